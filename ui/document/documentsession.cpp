#include "documentsession.h"

#include "answersblock.h"
#include "arcfilename.h"
#include "revisionstamp.h"
#include "textfilereader.h"

#include <QDir>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace arckit {

namespace {

QString projectIdFromPath(const QString &path)
{
    // .../projects/001-name/...: the project folder's number.
    static const QRegularExpression folder(QStringLiteral("/projects/(\\d{3})-[^/]+/"));
    const auto match = folder.match(QDir::fromNativeSeparators(path));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool hasRevisionRow(const QString &markdown, const QString &version)
{
    const QRegularExpression row(QStringLiteral("^\\|\\s*v?%1\\s*\\|").arg(QRegularExpression::escape(version)),
                                 QRegularExpression::MultilineOption);
    const qsizetype history = markdown.indexOf(QLatin1String("Revision History"));
    return history >= 0 && row.match(markdown, history).hasMatch();
}

} // namespace

DocumentSession::DocumentSession(const QString &recoveryDirectory, QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_recovery(recoveryDirectory)
{
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_recovery.textProvider = [this] { return text(); };
    connect(m_document, &QTextDocument::contentsChanged, this, &DocumentSession::onContentsChanged);
    connect(m_document, &QTextDocument::modificationChanged, this, &DocumentSession::modifiedChanged);
    connect(m_document, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            m_recovery.discard();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentSession::onFileChanged);
}

DocumentSession::~DocumentSession()
{
    // A clean end: nothing to recover. A crash never gets here.
    m_recovery.discard();
}

QString DocumentSession::text() const
{
    // toPlainText() would turn no-break spaces into spaces: a revision must
    // keep every character the user did not change.
    QString raw = m_document->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    raw.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return raw;
}

QString DocumentSession::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_projectId.isEmpty())
        return tr("New MLOps strategy (project %1)").arg(m_projectId);
    return tr("Untitled");
}

void DocumentSession::setAnswers(const Answers &answers)
{
    m_answers = answers;
    m_answersError.clear();
}

bool DocumentSession::isModified() const
{
    return m_document->isModified();
}

void DocumentSession::setModified(bool modified)
{
    m_document->setModified(modified);
}

void DocumentSession::newDocument(const QString &markdown, const QString &projectId, const QString &repositoryRoot,
                                  const Answers &answers)
{
    setFilePath(QString());
    m_projectId = projectId;
    m_repositoryRoot = repositoryRoot;
    m_mlops = true;
    m_revision = false;
    m_answers = answers;
    m_answersError.clear();
    m_warning.clear();
    m_diskText.clear();
    m_originalText.clear();
    m_encoding = QStringLiteral("UTF-8");
    m_open = true;
    setPlainText(markdown);
    m_document->setModified(true);
    updateRecoveryInfo();
    m_recovery.schedule();
    Q_EMIT documentReplaced();
}

bool DocumentSession::open(const QString &path, const QString &repositoryRoot, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const TextFile file = TextFileReader::read(absolute);
    if (!file.ok()) {
        if (error)
            *error = file.error;
        return false;
    }
    const auto name = ArcFileName::parse(QFileInfo(absolute).fileName());
    m_mlops = name && name->type == QLatin1String("MLOPS");
    m_revision = m_mlops;
    m_projectId = name ? name->projectId : projectIdFromPath(absolute);
    m_repositoryRoot = repositoryRoot;
    m_warning = file.warning;
    m_answersError.clear();
    m_answers = m_mlops ? AnswersBlock::extract(file.text, &m_answersError) : std::nullopt;
    m_diskText = file.text;
    readOriginal(absolute, file);
    m_open = true;
    setFilePath(absolute);
    setPlainText(file.text);
    m_document->setModified(false);
    updateRecoveryInfo();
    Q_EMIT documentReplaced();
    return true;
}

bool DocumentSession::reload(QString *error)
{
    if (m_filePath.isEmpty())
        return false;
    const TextFile file = TextFileReader::read(m_filePath);
    if (!file.ok()) {
        if (error)
            *error = file.error;
        return false;
    }
    m_diskText = file.text;
    readOriginal(m_filePath, file);
    m_warning = file.warning;
    if (m_mlops) {
        m_answersError.clear();
        m_answers = AnswersBlock::extract(file.text, &m_answersError);
    }
    applyText(file.text);
    m_document->setModified(false);
    return true;
}

void DocumentSession::replaceText(const QString &markdown)
{
    applyText(markdown);
}

bool DocumentSession::restore(const RecoveryEntry &entry, QString *error)
{
    const QString recovered = entry.text();
    if (recovered.isEmpty() && QFileInfo(entry.textFile).size() > 0) {
        if (error)
            *error = tr("the recovery copy %1 cannot be read").arg(entry.textFile);
        return false;
    }
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
        if (!open(entry.originalPath, entry.repositoryRoot, error))
            return false;
        applyText(recovered);
    } else {
        const auto answers = AnswersBlock::extract(recovered);
        newDocument(recovered, entry.projectId, entry.repositoryRoot, answers.value_or(Answers{}));
        if (!answers)
            m_answers.reset();
    }
    m_document->setModified(true);
    m_recovery.schedule();
    return true;
}

void DocumentSession::close()
{
    m_recovery.discard();
    if (!m_filePath.isEmpty())
        m_watcher.removePath(m_filePath);
    m_open = false;
    m_mlops = false;
    m_revision = false;
    m_projectId.clear();
    m_answers.reset();
    m_answersError.clear();
    m_warning.clear();
    m_diskText.clear();
    m_originalText.clear();
    setFilePath(QString());
    setPlainText(QString());
    m_document->setModified(false);
    Q_EMIT documentReplaced();
}

QString DocumentSession::nextFileName(const Project &project, bool major)
{
    return DocumentWriter::nextFileName(project, major);
}

SaveResult DocumentSession::saveVersion(const Project &project, const SaveVersionOptions &options)
{
    const QString fileName = DocumentWriter::nextFileName(project, options.major);
    const QString version = DocumentWriter::nextVersion(project, options.major);
    QString markdown = text();
    RevisionInfo info;
    info.version = version;
    info.documentId = fileName.chopped(3);
    info.date = options.date;
    info.author = options.author;
    info.changes = options.changes;
    // A revision gets its own row; a first version already has the initial one.
    info.addRevisionRow = version != QLatin1String("1.0") && !hasRevisionRow(markdown, version);
    markdown = RevisionStamp::apply(markdown, info);
    if (m_answers && markdown.contains(QLatin1String("<!-- arckit-mlops-answers")))
        markdown = AnswersBlock::replace(markdown, *m_answers);

    const SaveResult result = DocumentWriter::writeNew(project, fileName, markdown.toUtf8());
    if (!result.ok())
        return result;
    applyText(markdown);
    m_diskText = markdown;
    m_originalText = markdown;
    m_encoding = QStringLiteral("UTF-8");
    m_mlops = true;
    m_revision = true;
    m_projectId = project.id;
    setFilePath(result.path);
    m_document->setModified(false);
    updateRecoveryInfo();
    return result;
}

void DocumentSession::readOriginal(const QString &path, const TextFile &shown)
{
    // What a revision compares against and writes back: the exact text (NUL
    // bytes and lone CRs kept) and its encoding.
    const TextFile exact = TextFileReader::read(path, TextFileReader::DefaultMaxBytes, TextFileReader::Fidelity::Exact);
    m_originalText = exact.ok() ? exact.text : shown.text;
    m_encoding = exact.ok() ? exact.encoding : shown.encoding;
}

bool DocumentSession::isChangedOnDisk() const
{
    if (m_filePath.isEmpty())
        return false;
    const TextFile file = TextFileReader::read(m_filePath);
    return !file.ok() || file.text != m_diskText;
}

RevisableDocument DocumentSession::revisable() const
{
    return RevisableDocument::fromText(m_filePath, m_originalText.isEmpty() ? m_diskText : m_originalText, m_encoding);
}

QString DocumentSession::textToSave() const
{
    QString markdown = text();
    if (m_answers && markdown.contains(QLatin1String("<!-- arckit-mlops-answers")))
        markdown = AnswersBlock::replace(markdown, *m_answers);
    return markdown;
}

RevisionOutcome DocumentSession::prepareRevision(RevisionRequest request) const
{
    request.editedText = textToSave();
    return DocumentRevision::prepare(revisable(), request);
}

SaveResult DocumentSession::saveRevision(const RevisionOutcome &outcome)
{
    const SaveResult result = DocumentRevision::save(revisable(), outcome);
    if (!result.ok())
        return result;
    const TextFile written = TextFileReader::decode(outcome.bytes);
    m_originalText = outcome.text;
    m_encoding = written.encoding;
    m_diskText = written.text;
    applyText(written.text);
    m_mlops = true;
    m_revision = true;
    setFilePath(result.path);
    m_document->setModified(false);
    updateRecoveryInfo();
    return result;
}

SaveResult DocumentSession::saveAs(const QString &path, bool overwrite)
{
    const QString markdown = text();
    if (!m_filePath.isEmpty())
        m_watcher.removePath(m_filePath); // our own write is not an outside change
    const SaveResult result = DocumentWriter::writeFile(path, markdown.toUtf8(), overwrite);
    if (!result.ok()) {
        watch(m_filePath);
        return result;
    }
    m_diskText = markdown;
    m_originalText = markdown;
    m_encoding = QStringLiteral("UTF-8");
    const auto name = ArcFileName::parse(QFileInfo(result.path).fileName());
    m_mlops = m_mlops || (name && name->type == QLatin1String("MLOPS"));
    setFilePath(result.path);
    m_document->setModified(false);
    updateRecoveryInfo();
    return result;
}

void DocumentSession::setFilePath(const QString &path)
{
    if (!m_filePath.isEmpty())
        m_watcher.removePath(m_filePath);
    const bool changed = path != m_filePath;
    m_filePath = path;
    watch(path);
    if (changed)
        Q_EMIT filePathChanged(path);
}

void DocumentSession::watch(const QString &path)
{
    if (!path.isEmpty() && QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void DocumentSession::setPlainText(const QString &text)
{
    m_settingText = true;
    m_document->setPlainText(text);
    m_settingText = false;
}

void DocumentSession::applyText(const QString &text)
{
    // Replace only the lines that differ, as one undoable step: the editor
    // keeps its scroll position and the user can undo a regeneration.
    const QStringList before = this->text().split(QLatin1Char('\n'));
    const QStringList after = text.split(QLatin1Char('\n'));
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    if (prefix == before.size() && prefix == after.size())
        return;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;

    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    const QTextBlock first = m_document->findBlockByNumber(int(prefix));
    if (first.isValid()) {
        cursor.setPosition(first.position());
    } else {
        cursor.movePosition(QTextCursor::End);
    }
    const qsizetype removeCount = before.size() - prefix - suffix;
    const qsizetype lastRemoved = prefix + removeCount - 1;
    if (removeCount > 0) {
        const QTextBlock last = m_document->findBlockByNumber(int(lastRemoved));
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    }
    QStringList inserted = after.mid(prefix, after.size() - prefix - suffix);
    QString insertText = inserted.join(QLatin1Char('\n'));
    if (removeCount == 0) {
        // Pure insertion before line `prefix` (or at the end).
        if (first.isValid())
            insertText += QLatin1Char('\n');
        else
            insertText.prepend(QLatin1Char('\n'));
    } else if (inserted.isEmpty()) {
        // Pure deletion: take one line break with the removed lines.
        const QTextBlock next = m_document->findBlockByNumber(int(lastRemoved + 1));
        if (next.isValid())
            cursor.setPosition(next.position(), QTextCursor::KeepAnchor);
        else if (prefix > 0) {
            const QTextBlock previous = m_document->findBlockByNumber(int(prefix - 1));
            const int end = cursor.position();
            cursor.setPosition(previous.position() + previous.length() - 1);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
    }
    cursor.insertText(insertText);
    cursor.endEditBlock();
}

void DocumentSession::onContentsChanged()
{
    Q_EMIT textChanged();
    if (!m_settingText && m_document->isModified())
        m_recovery.schedule();
}

void DocumentSession::onFileChanged(const QString &path)
{
    if (path != m_filePath)
        return;
    // An atomic save by another program replaces the file, which ends the watch.
    watch(path);
    if (!QFileInfo::exists(path)) {
        Q_EMIT changedOnDisk(path);
        return;
    }
    const TextFile file = TextFileReader::read(path);
    if (file.ok() && file.text == m_diskText)
        return;
    Q_EMIT changedOnDisk(path);
}

void DocumentSession::updateRecoveryInfo()
{
    m_recovery.setDocumentInfo(m_filePath, m_projectId, m_repositoryRoot);
}

} // namespace arckit
