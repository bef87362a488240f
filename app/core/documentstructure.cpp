#include "documentstructure.h"

#include "markdowntablerow.h"
#include "referencesections.h"

#include <QHash>

namespace arckit {

namespace {

bool sameName(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "**Document ID**" -> "Document ID"; "__Status__:" -> "Status".
QString plainName(QStringView cell)
{
    QString name = cell.trimmed().toString();
    for (const QLatin1String marker : {QLatin1String("**"), QLatin1String("__")}) {
        if (name.size() > 4 && name.startsWith(marker) && name.endsWith(marker))
            name = name.mid(2, name.size() - 4).trimmed();
    }
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

// Whether a heading names the catalogue's section key, by its title or an alias.
bool namesSection(const QString &title, QStringView key)
{
    static const auto namesOf = [](QStringView k) {
        QStringList names;
        const ReferenceSection &section = ReferenceSections::all().at(ReferenceSections::indexOf(k));
        names.append(ReferenceSections::normalizedHeading(section.title));
        for (const QString &alias : section.aliases)
            names.append(ReferenceSections::normalizedHeading(alias));
        return names;
    };
    static const QStringList control = namesOf(u"document-control");
    static const QStringList history = namesOf(u"revision-history");
    const QString normalized = ReferenceSections::normalizedHeading(title);
    return (key == u"document-control" ? control : history).contains(normalized);
}

bool isHeaderRow(const QStringList &cells)
{
    static const QStringList names{QStringLiteral("field"), QStringLiteral("attribute"), QStringLiteral("property"),
                                   QStringLiteral("item"),  QStringLiteral("key"),       QStringLiteral("name")};
    static const QStringList values{QStringLiteral("value"), QStringLiteral("detail"), QStringLiteral("details"),
                                    QStringLiteral("description")};
    return cells.size() >= 2 && names.contains(plainName(cells.at(0)).toLower()) &&
           values.contains(plainName(cells.at(1)).toLower());
}

} // namespace

DocumentStructure DocumentStructure::parse(const QString &markdown)
{
    return parse(MarkdownOutline::parse(markdown));
}

DocumentStructure DocumentStructure::parse(const MarkdownOutline &outline)
{
    DocumentStructure structure;
    structure.m_outline = outline;
    const QString &markdown = outline.text();
    const qsizetype crlf = markdown.count(QLatin1String("\r\n"));
    const qsizetype lf = markdown.count(QLatin1Char('\n'));
    if (crlf * 2 > lf)
        structure.m_lineBreak = QStringLiteral("\r\n");
    structure.buildSections();
    structure.parseControl();
    structure.parseHistory();
    structure.findProblems();
    return structure;
}

DocumentStructure DocumentStructure::parseDocumentControl(const MarkdownOutline &outline)
{
    DocumentStructure structure;
    structure.m_outline = outline;
    structure.buildSections();
    structure.parseControl();
    return structure;
}

const DocumentControlField *DocumentStructure::field(QStringView name) const
{
    for (const DocumentControlField &field : m_fields) {
        if (sameName(field.name, name))
            return &field;
    }
    return nullptr;
}

QString DocumentStructure::fieldValue(QStringView name) const
{
    const DocumentControlField *found = field(name);
    return found ? found->value : QString();
}

QString DocumentStructure::linesText(int first, int last) const
{
    if (first < 1 || last < first)
        return {};
    const qsizetype start = m_outline.lineOffset(first);
    const qsizetype end = m_outline.lineOffset(last + 1);
    return text().mid(start, end - start);
}

void DocumentStructure::buildSections()
{
    const MarkdownHeadings &headings = m_outline.headings();
    m_sections.reserve(headings.size());
    QList<int> open; // indexes into m_sections of the headings enclosing the current one
    for (int i = 0; i < headings.size(); ++i) {
        const MarkdownHeading &heading = headings.at(i);
        while (!open.isEmpty() && m_sections.at(open.last()).level >= heading.level)
            open.removeLast();
        DocumentSection section;
        section.heading = i;
        section.parent = open.isEmpty() ? -1 : open.last();
        section.level = heading.level;
        section.title = heading.text;
        section.line = heading.line;
        section.endLine = heading.endLine;
        open.append(int(m_sections.size()));
        m_sections.append(section);
    }
}

const DocumentSection *DocumentStructure::sectionNamed(QStringView key) const
{
    for (const DocumentSection &section : m_sections) {
        if (namesSection(section.title, key))
            return &section;
    }
    return nullptr;
}

void DocumentStructure::forFirstTable(
    const DocumentSection &section, const std::function<void(int, QStringView, const MarkdownTableRow &)> &visit) const
{
    bool inTable = false;
    for (int line = section.line + 1; line <= section.endLine; ++line) {
        const QStringView text = m_outline.line(line);
        const MarkdownTableRow row = m_outline.lineKind(line) == MarkdownOutline::LineKind::Text
                                         ? MarkdownTableRow::split(text)
                                         : MarkdownTableRow{};
        if (!row.isRow()) {
            if (inTable)
                return; // the first table only
            continue;
        }
        inTable = true;
        visit(line, text, row);
    }
}

void DocumentStructure::parseControl()
{
    const DocumentSection *control = sectionNamed(u"document-control");
    if (!control)
        return;
    m_controlHeadingLine = control->line;
    forFirstTable(*control, [this](int line, QStringView text, const MarkdownTableRow &row) {
        if (row.isDelimiter() || row.cells.size() < 2)
            return;
        QStringList cells;
        for (const auto &cell : row.cells)
            cells.append(text.mid(cell.offset, cell.length).toString());
        if (isHeaderRow(cells))
            return;
        DocumentControlField field;
        field.name = plainName(cells.at(0));
        field.value = cells.at(1).trimmed();
        field.line = line;
        field.valueOffset = m_outline.lineOffset(line) + row.cells.at(1).offset;
        field.valueLength = row.cells.at(1).length;
        if (!field.name.isEmpty())
            m_fields.append(field);
    });
}

void DocumentStructure::parseHistory()
{
    const DocumentSection *history = sectionNamed(u"revision-history");
    if (!history)
        return;
    m_history.headingLine = history->line;
    forFirstTable(*history, [this](int line, QStringView text, const MarkdownTableRow &row) {
        m_history.lastTableLine = line;
        if (!m_history.hasTable()) {
            m_history.headerLine = line;
            for (const auto &cell : row.cells)
                m_history.columns.append(plainName(text.mid(cell.offset, cell.length)));
            return;
        }
        if (row.isDelimiter())
            return;
        RevisionHistoryRow entry;
        entry.line = line;
        for (const auto &cell : row.cells)
            entry.cells.append(text.mid(cell.offset, cell.length).trimmed().toString());
        entry.broken = entry.cells.size() != m_history.columns.size();
        m_history.rows.append(entry);
    });
}

void DocumentStructure::findProblems()
{
    if (m_controlHeadingLine == 0) {
        m_problems.append({0, QStringLiteral("The document has no Document Control section: its ID, version and "
                                             "dates cannot be updated in place.")});
    } else if (m_fields.isEmpty()) {
        m_problems.append({m_controlHeadingLine, QStringLiteral("The Document Control section has no table of "
                                                                "fields.")});
    }
    if (m_history.exists() && !m_history.hasTable()) {
        m_problems.append({m_history.headingLine, QStringLiteral("The Revision History section has no table.")});
    }
    for (const RevisionHistoryRow &row : std::as_const(m_history.rows)) {
        if (row.broken) {
            m_problems.append({row.line, QStringLiteral("Revision History row has %1 cells where the header has %2.")
                                             .arg(row.cells.size())
                                             .arg(m_history.columns.size())});
        }
    }
    QHash<QString, int> firstLine;
    for (const DocumentSection &section : std::as_const(m_sections)) {
        const QString key =
            QString::number(section.level) + QLatin1Char(' ') + ReferenceSections::normalizedHeading(section.title);
        const auto seen = firstLine.constFind(key);
        if (seen == firstLine.constEnd()) {
            firstLine.insert(key, section.line);
        } else if (section.level <= 2) {
            m_problems.append(
                {section.line,
                 QStringLiteral("Heading \"%1\" repeats the one on line %2.").arg(section.title).arg(*seen)});
        }
    }
    const int last = m_outline.lineCount();
    if (last > 0 && m_outline.isCode(last) && m_outline.lineKind(last) != MarkdownOutline::LineKind::Fence) {
        m_problems.append({last, QStringLiteral("A code fence is never closed: the headings after it are read as "
                                                "code.")});
    }
}

} // namespace arckit
