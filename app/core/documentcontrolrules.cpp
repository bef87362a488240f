// Document Control (its fields, Document ID, Status, Classification), Revision
// History and the generation footer.
#include "documentvalidation.h"
#include "markdowntablerow.h"
#include "textexpression.h"
#include "textpatterns.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <iterator>

namespace arckit::validation {

namespace {

QString plainValue(QStringView value)
{
    QString plain;
    plain.reserve(value.size());
    for (QChar c : value) {
        if (c != u'*' && c != u'`')
            plain.append(c);
    }
    return plain.trimmed();
}

QString withoutRemarks(const QString &value)
{
    // "OFFICIAL-SENSITIVE (Personal)" -> "OFFICIAL-SENSITIVE"
    static const TextExpression remarks(u"\\([^)]*\\)"_s);
    QString result = value;
    result.remove(remarks);
    return result.trimmed();
}

struct DocumentControlField
{
    const char *name;
    std::initializer_list<const char *> aliases;
};

const DocumentControlField documentControlFields[] = {
    {"Document ID", {"Doc ID", "Document Reference"}},
    {"Document Type", {"Type"}},
    {"Project", {"Project Name"}},
    {"Classification", {"Security Classification"}},
    {"Status", {"Document Status"}},
    {"Version", {"Document Version"}},
    {"Created Date", {"Created", "Date Created", "Creation Date"}},
    {"Last Modified", {"Last Updated", "Modified", "Last Modified Date", "Updated"}},
    {"Review Cycle", {"Review Frequency"}},
    {"Next Review Date", {"Next Review"}},
    {"Owner", {"Document Owner"}},
    {"Reviewed By", {"Reviewers", "Reviewer"}},
    {"Approved By", {"Approver"}},
    {"Distribution", {"Distribution List"}},
};
constexpr int DocumentControlFieldCount = int(std::size(documentControlFields));

// Index into documentControlFields of a table's first cell, -1 when none.
int documentControlField(QStringView cell)
{
    QString name = plainValue(cell);
    if (name.endsWith(u':'))
        name.chop(1);
    name = name.trimmed();
    for (int i = 0; i < DocumentControlFieldCount; ++i) {
        if (name.compare(QLatin1StringView(documentControlFields[i].name), Qt::CaseInsensitive) == 0)
            return i;
        for (const char *alias : documentControlFields[i].aliases) {
            if (name.compare(QLatin1StringView(alias), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

void Validation::collectFields(const Table &table, FieldValue *fields) const
{
    for (const TableRow &row : table.rows) {
        const int field = documentControlField(row.first);
        if (field >= 0 && !fields[field].found)
            fields[field] = {plainValue(row.second), row.line, true};
    }
}

void Validation::checkDocumentControl()
{
    const SectionMatch &dc = match(u"document-control");
    FieldValue fields[DocumentControlFieldCount];
    int tableLine = 0;
    if (dc.found()) {
        for (const Table &table : std::as_const(m_tables)) {
            if (table.headerLine >= dc.line && table.headerLine <= dc.endLine) {
                collectFields(table, fields);
                if (tableLine == 0)
                    tableLine = table.headerLine;
            }
        }
        // "**Document ID**: ARC-001-MLOPS-v1.0" lines, as some hand-written documents have.
        for (int n = dc.line; n <= dc.endLine; ++n) {
            const QStringView line = m_outline.line(n);
            if (m_outline.lineKind(n) != LineKind::Text || MarkdownTableRow::split(line.trimmed()).isRow())
                continue;
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                continue;
            const int field = documentControlField(line.first(colon).trimmed().toString().remove(u'-'));
            if (field >= 0 && !fields[field].found)
                fields[field] = {plainValue(line.sliced(colon + 1)), n, true};
        }
    }
    auto foundCount = [&fields] {
        return std::count_if(std::begin(fields), std::end(fields), [](const FieldValue &f) { return f.found; });
    };
    if (foundCount() == 0) {
        // No Document Control heading: the first table that looks like one.
        for (const Table &table : std::as_const(m_tables)) {
            const auto hits = std::count_if(table.rows.cbegin(), table.rows.cend(),
                                            [](const TableRow &row) { return documentControlField(row.first) >= 0; });
            if (hits >= 3) {
                collectFields(table, fields);
                tableLine = table.headerLine;
                break;
            }
        }
    }
    if (foundCount() == 0) {
        add(Severity::Error, u"document-control"_s,
            dc.found() ? u"Document Control (\"%1\") has none of its 14 fields (Document ID, Status, "
                         u"Classification, ...)"_s.arg(elide(dc.heading))
                       : u"Document Control is missing: no table with Document ID, Status, Classification "
                         u"and the other fields"_s,
            dc.found() ? dc.line : 0);
        return;
    }
    const int anchor = tableLine > 0 ? tableLine : dc.line;
    QStringList missing;
    for (int i = 0; i < DocumentControlFieldCount; ++i) {
        if (!fields[i].found)
            missing.append(QLatin1StringView(documentControlFields[i].name));
        else if (fields[i].value.isEmpty() || fields[i].value == u"-")
            add(Severity::Warning, u"document-control"_s,
                u"Document Control field %1 is empty"_s.arg(QLatin1StringView(documentControlFields[i].name)),
                fields[i].line);
    }
    if (!missing.isEmpty()) {
        add(Severity::Error, u"document-control"_s,
            u"Document Control lacks %1 of its %2 fields: %3"_s.arg(missing.size())
                .arg(DocumentControlFieldCount)
                .arg(missing.join(u", "_s)),
            anchor);
    }

    const FieldValue &id = fields[0];
    const FieldValue &classification = fields[3];
    const FieldValue &status = fields[4];
    const FieldValue &version = fields[5];
    auto filledIn = [](const FieldValue &f) {
        return f.found && !f.value.isEmpty() && !f.value.contains(u'[') && !f.value.contains(u"{{");
    };

    if (filledIn(id)) {
        if (!m_context.fileName.isEmpty()) {
            QString expected = QFileInfo(m_context.fileName).fileName();
            if (expected.endsWith(u".md", Qt::CaseInsensitive))
                expected.chop(3);
            if (id.value != expected) {
                add(Severity::Error, u"document-id"_s,
                    u"Document ID %1 does not match the file name %2"_s.arg(id.value,
                                                                            QFileInfo(m_context.fileName).fileName()),
                    id.line);
            }
        }
        static const TextExpression idPattern(u"^ARC-[0-9A-Z]+-[A-Z][A-Z0-9]*(-\\d+)?-v(\\d+\\.\\d+)$"_s);
        const QRegularExpressionMatch idMatch = idPattern.match(id.value);
        if (!idMatch.hasMatch()) {
            add(Severity::Warning, u"document-id"_s,
                u"Document ID %1 is not of ArcKit's form ARC-<project>-MLOPS-v<major>.<minor>"_s.arg(id.value),
                id.line);
        } else if (filledIn(version)) {
            QString v = version.value;
            if (v.startsWith(u'v', Qt::CaseInsensitive))
                v.remove(0, 1);
            if (v != idMatch.captured(2)) {
                add(Severity::Warning, u"document-id"_s,
                    u"Document ID %1 is for version %2 but Version says %3"_s.arg(id.value, idMatch.captured(2),
                                                                                  version.value),
                    version.line);
            }
        }
    }

    if (filledIn(status)) {
        static const QStringList statuses = {u"DRAFT"_s,     u"IN_REVIEW"_s,  u"APPROVED"_s,
                                             u"PUBLISHED"_s, u"SUPERSEDED"_s, u"ARCHIVED"_s};
        QString value = withoutRemarks(status.value).toUpper();
        value.replace(u' ', u'_').replace(u'-', u'_');
        if (!statuses.contains(value)) {
            add(Severity::Error, u"status"_s,
                u"Status \"%1\" is not one of %2"_s.arg(elide(status.value), statuses.join(u", "_s)), status.line);
        }
    }

    if (filledIn(classification)) {
        // A descriptor after the marking ("OFFICIAL – COMMERCIAL") is allowed.
        const QString value = textpatterns::classificationMarking(withoutRemarks(classification.value));
        static const QStringList government = {u"OFFICIAL"_s, u"OFFICIAL-SENSITIVE"_s, u"SECRET"_s, u"TOP SECRET"_s};
        if (government.contains(value))
            m_governmentClassification = true;
        else if (value.isEmpty())
            add(Severity::Error, u"classification"_s,
                u"Classification \"%1\" is not one of PUBLIC, OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET "
                u"or INTERNAL, CONFIDENTIAL, RESTRICTED"_s.arg(elide(classification.value)),
                classification.line);
    }
}

void Validation::checkRevisionHistory()
{
    const SectionMatch &history = match(u"revision-history");
    if (!history.found()) {
        add(Severity::Error, u"revision-history"_s, u"Revision History is missing"_s, 0);
        return;
    }
    const bool entries = std::any_of(m_tables.cbegin(), m_tables.cend(), [&history](const Table &table) {
        return table.headerLine >= history.line && table.headerLine <= history.endLine && table.rows.size() > 1;
    });
    if (!entries)
        add(Severity::Warning, u"revision-history"_s, describe(history) + u" has no entries"_s, history.line);
}

void Validation::checkFooter()
{
    for (qsizetype at = m_lower.indexOf(u"generated by"); at >= 0; at = m_lower.indexOf(u"generated by", at + 12)) {
        const int n = m_outline.lineAtOffset(at);
        if (m_outline.lineKind(n) != LineKind::Text)
            continue;
        const QStringView before = QStringView(m_lower).sliced(m_outline.lineOffset(n), at - m_outline.lineOffset(n));
        if (std::all_of(before.begin(), before.end(),
                        [](QChar c) { return c.isSpace() || c == u'*' || c == u'_' || c == u'>'; }))
            return;
    }
    add(Severity::Warning, u"footer"_s,
        u"The generation footer (**Generated by**, **Generated on**, **ArcKit Version**, ...) is missing"_s, 0);
}

} // namespace arckit::validation
