#include "citationregister.h"
#include "textexpression.h"

#include "templatedata.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QVariantHash>

namespace arckit {

QString CitationRegister::documentCode(const QString &fileName)
{
    static const TextExpression arc(QStringLiteral("^ARC-[0-9A-Z]+-([A-Z]+(?:-[0-9]+)?)-v"),
                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = arc.match(fileName);
    if (match.hasMatch())
        return match.captured(1).toUpper();
    QString code;
    for (const QChar c : QFileInfo(fileName).completeBaseName())
        if (c.isLetterOrNumber() && c.unicode() < 128 && code.size() < 8)
            code.append(c.toUpper());
    return code.isEmpty() ? QStringLiteral("DOC") : code;
}

QString CitationRegister::cite(const QString &location, const QString &usedIn)
{
    const QString where = location.trimmed();
    if (where.isEmpty())
        return {};
    for (Citation &citation : m_citations) {
        if (citation.location == where) {
            if (!citation.usedIn.contains(usedIn))
                citation.usedIn.append(usedIn);
            return QLatin1Char('[') + citation.id + QLatin1Char(']');
        }
    }
    // "projects/001-x/ARC-001-REQ-v1.0.md:42": the line after the last colon, when it is a number.
    QString path = where;
    int line = 0;
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        bool ok = false;
        const int n = where.mid(colon + 1).toInt(&ok);
        if (ok) {
            path = where.left(colon);
            line = n;
        }
    }
    int document = -1;
    for (int i = 0; i < m_documents.size(); ++i)
        if (m_documents.at(i).path == path)
            document = i;
    if (document < 0) {
        QString code = documentCode(QFileInfo(path).fileName());
        // Two documents of one type (two research documents): keep their codes apart.
        int same = 0;
        for (const Document &d : std::as_const(m_documents))
            if (d.code == code || d.code.startsWith(code + QLatin1Char('_')))
                ++same;
        if (same > 0)
            code += QStringLiteral("_%1").arg(same + 1);
        m_documents.append({code, path, 0});
        document = int(m_documents.size() - 1);
    }
    Document &doc = m_documents[document];
    ++doc.count;
    // n is the cited line, not a running count: a hand-edited section that
    // regeneration keeps (SectionMerge) keeps markers that still resolve after
    // other answers gained or lost a source.
    const QString id = QStringLiteral("%1-C%2").arg(doc.code).arg(line);
    m_citations.append({id, document, where, line, {usedIn}});
    return QLatin1Char('[') + id + QLatin1Char(']');
}

QVariantList CitationRegister::documents() const
{
    QVariantList rows;
    for (const Document &document : m_documents) {
        const QFileInfo info(document.path);
        const bool arcKit = info.fileName().startsWith(QLatin1String("ARC-"), Qt::CaseInsensitive);
        rows.append(QVariantHash{
            {QStringLiteral("docId"), document.code},
            {QStringLiteral("fileName"), TemplateData::cell(info.fileName())},
            {QStringLiteral("type"), arcKit ? QStringLiteral("ArcKit artifact") : QStringLiteral("External document")},
            {QStringLiteral("location"),
             QStringLiteral("`%1`").arg(TemplateData::cell(info.path()).remove(QLatin1Char('`')))},
            {QStringLiteral("description"),
             document.count == 1 ? QStringLiteral("1 citation") : QStringLiteral("%1 citations").arg(document.count)}});
    }
    return rows;
}

QVariantList CitationRegister::citations() const
{
    QVariantList rows;
    for (const Citation &citation : m_citations) {
        rows.append(QVariantHash{
            {QStringLiteral("id"), citation.id},
            {QStringLiteral("docId"), m_documents.at(citation.document).code},
            {QStringLiteral("line"), citation.line > 0 ? QString::number(citation.line) : QStringLiteral("—")},
            {QStringLiteral("usedIn"), TemplateData::cell(citation.usedIn.join(QStringLiteral(", ")))},
            {QStringLiteral("path"),
             QStringLiteral("`%1`").arg(TemplateData::cell(citation.location).remove(QLatin1Char('`')))}});
    }
    return rows;
}

} // namespace arckit
