#include "revisionstamp.h"

#include "documentstructure.h"

#include <QList>
#include <algorithm>

namespace arckit {

namespace {

struct Replacement
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text;
};

QString applyReplacements(QString text, QList<Replacement> replacements)
{
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement &a, const Replacement &b) { return a.offset > b.offset; });
    for (const Replacement &r : std::as_const(replacements))
        text.replace(r.offset, r.length, r.text);
    return text;
}

// The new cell keeps the old one's spacing and bold markers.
Replacement cellReplacement(const QString &text, const DocumentControlField &field, const QString &value)
{
    const QStringView cell = QStringView(text).mid(field.valueOffset, field.valueLength);
    qsizetype lead = 0;
    while (lead < cell.size() && cell.at(lead).isSpace())
        ++lead;
    qsizetype trail = 0;
    while (trail < cell.size() - lead && cell.at(cell.size() - 1 - trail).isSpace())
        ++trail;
    QString content = RevisionStamp::cellText(value);
    const QStringView old = cell.mid(lead, cell.size() - lead - trail);
    if (old.size() > 4 && old.startsWith(QLatin1String("**")) && old.endsWith(QLatin1String("**")))
        content = QStringLiteral("**") + content + QStringLiteral("**");
    if (old.isEmpty()) // "||" or "|  |": write the usual single spaces
        return {field.valueOffset, field.valueLength, QLatin1Char(' ') + content + QLatin1Char(' ')};
    return {field.valueOffset + lead, old.size(), content};
}

const DocumentControlField *firstField(const DocumentStructure &structure, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (const DocumentControlField *field = structure.field(QString::fromLatin1(name)))
            return field;
    }
    return nullptr;
}

QString rowFor(const QStringList &columns, const RevisionInfo &info)
{
    QStringList cells;
    const QString date = info.date.toString(Qt::ISODate);
    const QStringList defaults{info.version, date, info.author, info.changes};
    for (int i = 0; i < columns.size(); ++i) {
        const QString column = columns.at(i).toLower();
        QString value;
        if (column.contains(QLatin1String("approv")))
            value = QStringLiteral("PENDING");
        else if (column.contains(QLatin1String("version")))
            value = info.version;
        else if (column.contains(QLatin1String("date")))
            value = date;
        else if (column.contains(QLatin1String("author")) || column.contains(QLatin1String("by")) ||
                 column.contains(QLatin1String("editor")))
            value = info.author;
        else if (column.contains(QLatin1String("change")) || column.contains(QLatin1String("description")) ||
                 column.contains(QLatin1String("summary")) || column.contains(QLatin1String("comment")))
            value = info.changes;
        else if (i < defaults.size())
            value = defaults.at(i); // unknown header: ArcKit's column order
        cells.append(RevisionStamp::cellText(value));
    }
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

} // namespace

QString RevisionStamp::cellText(QString text)
{
    // A pipe would split the row, a line break would end it.
    return text.replace(QLatin1Char('|'), QLatin1Char('/'))
        .replace(QLatin1String("\r\n"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .trimmed();
}

QString RevisionStamp::field(const QString &markdown, const QString &name)
{
    return DocumentStructure::parse(markdown).fieldValue(name);
}

QString RevisionStamp::setField(const QString &markdown, const QString &name, const QString &value)
{
    const DocumentStructure structure = DocumentStructure::parse(markdown);
    const DocumentControlField *found = structure.field(name);
    if (!found)
        return markdown;
    return applyReplacements(markdown, {cellReplacement(markdown, *found, value)});
}

int RevisionStamp::revisionRowCount(const QString &markdown)
{
    return int(DocumentStructure::parse(markdown).revisionHistory().rows.size());
}

StampResult RevisionStamp::stamp(const QString &markdown, const RevisionInfo &info)
{
    StampResult result;
    const DocumentStructure structure = DocumentStructure::parse(markdown);
    const MarkdownOutline &outline = structure.outline();
    const QString br = structure.lineBreak();
    QList<Replacement> edits;

    auto set = [&](const DocumentControlField *field, const QString &value) {
        if (field && !value.isEmpty() && field->value != value)
            edits.append(cellReplacement(markdown, *field, value));
    };
    set(firstField(structure, {"Document ID"}), info.documentId);
    set(firstField(structure, {"Version"}), info.version);
    set(firstField(structure, {"Last Modified", "Last Updated", "Date Modified", "Modified Date"}),
        info.date.toString(Qt::ISODate));
    if (const DocumentControlField *status = structure.field(u"Status")) {
        if (status->value.contains(QLatin1String("APPROVED"), Qt::CaseInsensitive)) {
            set(status, QStringLiteral("DRAFT"));
            result.notes.append(
                QStringLiteral("Status was %1; a new version starts as DRAFT until it is approved again.")
                    .arg(status->value));
        }
    }
    if (structure.controlHeadingLine() == 0)
        result.notes.append(QStringLiteral("No Document Control table: the version is in the file name only."));

    if (info.addRevisionRow) {
        const RevisionHistory &history = structure.revisionHistory();
        const bool endsWithBreak = markdown.endsWith(QLatin1Char('\n'));
        if (history.hasTable()) {
            const qsizetype at = outline.lineOffset(history.lastTableLine + 1);
            const QString row = rowFor(history.columns, info);
            // The table is the last line and has no final line break: the row goes after a new one.
            if (at >= markdown.size() && !endsWithBreak)
                edits.append({at, 0, br + row});
            else
                edits.append({at, 0, row + br});
        } else {
            static const QStringList columns{QStringLiteral("Version"),     QStringLiteral("Date"),
                                             QStringLiteral("Author"),      QStringLiteral("Changes"),
                                             QStringLiteral("Approved By"), QStringLiteral("Approval Date")};
            const QString table =
                QStringLiteral("| Version | Date | Author | Changes | Approved By | Approval Date |") + br +
                QStringLiteral("|---------|------|--------|---------|-------------|---------------|") + br +
                rowFor(columns, info) + br;
            if (history.exists()) {
                // A heading without a table: the table goes right under it.
                const qsizetype at = outline.lineOffset(history.headingLine + 1);
                const QString lead = at >= markdown.size() && !endsWithBreak ? br : QString();
                edits.append({at, 0, lead + br + table});
            } else {
                // No history at all: a new section after Document Control, else at the end.
                const QString section = QStringLiteral("## Revision History") + br + br + table + br;
                const DocumentSection *control = nullptr;
                for (const DocumentSection &s : structure.sections()) {
                    if (s.line == structure.controlHeadingLine())
                        control = &s;
                }
                qsizetype at = control ? outline.lineOffset(control->endLine + 1) : markdown.size();
                QString lead;
                if (at >= markdown.size()) {
                    at = markdown.size();
                    if (!endsWithBreak && !markdown.isEmpty())
                        lead = br + br;
                    else if (!markdown.isEmpty() && !markdown.endsWith(br + br))
                        lead = br;
                }
                edits.append({at, 0, lead + section});
            }
            result.notes.append(QStringLiteral("The document had no Revision History table; one was added."));
        }
    }
    result.text = applyReplacements(markdown, edits);
    return result;
}

} // namespace arckit
