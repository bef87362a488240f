#include "revisabledocument.h"
#include "textexpression.h"

#include "answersblock.h"
#include "textencoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace arckit {

namespace {

// "1.1", "v1.1", "ARC-001-MLOPS-v1.1", "1.01 (draft)" -> "1.1"; empty when none.
QString versionIn(QStringView text)
{
    static const TextExpression pattern(QStringLiteral("(?:^|\\bv|\\s)(\\d+)\\.(\\d+)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(text.trimmed());
    return m.hasMatch()
               ? QString::number(m.captured(1).toInt()) + QLatin1Char('.') + QString::number(m.captured(2).toInt())
               : QString();
}

// Whether version a is higher than b ("1.10" > "1.9"); an empty b is lower than anything.
bool higher(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return false;
    if (b.isEmpty())
        return true;
    const int aMajor = a.section(QLatin1Char('.'), 0, 0).toInt();
    const int bMajor = b.section(QLatin1Char('.'), 0, 0).toInt();
    return aMajor != bMajor ? aMajor > bMajor
                            : a.section(QLatin1Char('.'), 1, 1).toInt() > b.section(QLatin1Char('.'), 1, 1).toInt();
}

} // namespace

RevisableDocument RevisableDocument::open(const QString &path)
{
    RevisableDocument document;
    document.m_path = path;
    const QFileInfo info(path);
    document.m_modified = info.lastModified();
    document.m_size = info.size();
    QFile input(path);
    const TextFile file = TextFileReader::read(path, TextFileReader::DefaultMaxBytes, TextFileReader::Fidelity::Exact);
    if (!file.ok()) {
        document.m_error = file.error;
        return document;
    }
    document.m_encoding = file.encoding;
    // Bytes the decoder could not read (invalid UTF-8 after a BOM, broken
    // UTF-16) would come back as U+FFFD: say so before anything is saved.
    if (input.open(QIODevice::ReadOnly) && TextEncoder::encode(file.text, file.encoding) != input.readAll())
        document.m_messages.append(QStringLiteral("%1 contains bytes that cannot be read as %2: a revision saves them "
                                                  "as \uFFFD. Everything else is kept as it is.")
                                       .arg(info.fileName(), file.encoding));
    if (!file.warning.isEmpty())
        document.m_messages.append(
            QStringLiteral("%1: %2; it is written back the same way.").arg(info.fileName(), file.warning));
    document.m_structure = DocumentStructure::parse(file.text);
    document.analyse();
    return document;
}

RevisableDocument RevisableDocument::fromText(const QString &path, const QString &text, const QString &encoding)
{
    RevisableDocument document;
    document.m_path = path;
    if (!encoding.isEmpty())
        document.m_encoding = encoding;
    const QFileInfo info(path);
    if (info.exists()) {
        document.m_modified = info.lastModified();
        document.m_size = info.size();
    }
    document.m_structure = DocumentStructure::parse(text);
    document.analyse();
    return document;
}

QString RevisableDocument::folder() const
{
    return QFileInfo(m_path).absolutePath();
}

QString RevisableDocument::version() const
{
    QString highest = m_versionInName;
    for (const QString &other : {m_versionInTable, m_versionInHistory}) {
        if (higher(other, highest))
            highest = other;
    }
    return highest;
}

bool RevisableDocument::nameLags() const
{
    return !m_versionInName.isEmpty() && higher(version(), m_versionInName);
}

bool RevisableDocument::changedOnDisk() const
{
    const QFileInfo info(m_path);
    return m_size >= 0 && (!info.exists() || info.size() != m_size || info.lastModified() != m_modified);
}

void RevisableDocument::analyse()
{
    const QString fileName = QFileInfo(m_path).fileName();
    if (const auto name = ArcFileName::parse(fileName)) {
        m_projectId = name->projectId;
        m_versionInName = name->versionString();
        if (name->type != QLatin1String("MLOPS"))
            m_messages.append(QStringLiteral("%1 is a %2 document, not an MLOps strategy: it is revised as it is.")
                                  .arg(fileName, name->type));
    }
    // Version, else the version in the Document ID ("ARC-001-MLOPS-v1.1").
    m_versionInTable = versionIn(m_structure.fieldValue(u"Version"));
    if (m_versionInTable.isEmpty())
        m_versionInTable = versionIn(m_structure.fieldValue(u"Document ID"));
    // The highest version a Revision History row names, in its Version column
    // (the first when no column is called so).
    const RevisionHistory &history = m_structure.revisionHistory();
    qsizetype versionColumn = 0;
    for (qsizetype i = 0; i < history.columns.size(); ++i) {
        if (history.columns.at(i).compare(QLatin1String("Version"), Qt::CaseInsensitive) == 0) {
            versionColumn = i;
            break;
        }
    }
    for (const RevisionHistoryRow &row : history.rows) {
        const QString rowVersion = versionIn(row.cells.value(versionColumn));
        if (higher(rowVersion, m_versionInHistory))
            m_versionInHistory = rowVersion;
    }
    if (m_projectId.isEmpty()) {
        if (const auto id = ArcFileName::parse(m_structure.fieldValue(u"Document ID") + QStringLiteral(".md")))
            m_projectId = id->projectId;
    }
    if (nameLags()) {
        QStringList said;
        if (higher(m_versionInTable, m_versionInName))
            said.append(QStringLiteral("Document Control says %1").arg(m_versionInTable));
        if (higher(m_versionInHistory, m_versionInName))
            said.append(QStringLiteral("Revision History reaches %1").arg(m_versionInHistory));
        m_messages.append(QStringLiteral("The file name says version %1 but %2: the file name lags, so the document "
                                         "is taken to be at version %3 and the revision follows it.")
                              .arg(m_versionInName, said.join(QStringLiteral(" and ")), version()));
    } else if (!m_versionInName.isEmpty() && !m_versionInTable.isEmpty() && m_versionInName != m_versionInTable) {
        m_messages.append(QStringLiteral("The file name says version %1 but Document Control says %2: the file "
                                         "name's version is used.")
                              .arg(m_versionInName, m_versionInTable));
    }
    if (version().isEmpty())
        m_messages.append(QStringLiteral("Neither the file name, Document Control nor Revision History gives a "
                                         "version: choose the version to revise from."));
    for (const StructureProblem &problem : m_structure.problems()) {
        m_messages.append(problem.line > 0 ? QStringLiteral("Line %1: %2").arg(problem.line).arg(problem.message)
                                           : problem.message);
    }

    QString blockError;
    if (const auto embedded = AnswersBlock::extract(m_structure.text(), &blockError)) {
        m_answers = *embedded;
        m_answersSource = AnswersSource::Embedded;
    } else {
        if (!blockError.isEmpty())
            m_messages.append(QStringLiteral("The embedded answers could not be read (%1): they are inferred from the "
                                             "text instead.")
                                  .arg(blockError));
        m_inference = AnswersInference::infer(m_structure.outline());
        m_answers = m_inference.answers;
        m_answersSource = m_inference.values.isEmpty() ? AnswersSource::None : AnswersSource::Inferred;
    }
    m_gaps = SectionGaps::analyse(m_structure.outline(), m_answers);
}

} // namespace arckit
