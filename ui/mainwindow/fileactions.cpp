#include "fileactions.h"

#include "mainwindow.h"
#include "saveversiondialog.h"
#include "revision/revisiondialog.h"
#include "sectiongaps.h"
#include "answersblock.h"
#include "mainwindow/recentlist.h"
#include "document/documentsession.h"
#include "mainwindow/documentview.h"
#include "editor/markdowneditor.h"
#include "strategygenerator.h"
#include "preview/previewpane.h"
#include "project/repositorymonitor.h"
#include "repositoryscanner.h"
#include "wizard/mlopswizard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace arckit {

FileActions::FileActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_new = makeAction(tr("&New MLOps Strategy…"), QKeySequence::New, QStringLiteral("document-new"), QStyle::SP_FileIcon);
    m_new->setStatusTip(tr("Run the wizard on the selected project and generate its MLOps strategy"));
    m_open = makeAction(tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton);
    m_open->setStatusTip(tr("Open a Markdown document; an MLOps strategy opens for revision"));
    m_openRepository = makeAction(tr("Open &Repository…"), QKeySequence::UnknownKey, QStringLiteral("folder-open"),
                                  QStyle::SP_DirOpenIcon);
    m_openRepository->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openRepository->setStatusTip(tr("Open an ArcKit repository (a folder holding projects/)"));
    m_save = makeAction(tr("&Save Version…"), QKeySequence::Save, QStringLiteral("document-save"), QStyle::SP_DialogSaveButton);
    m_save->setStatusTip(tr("Save the document as the project's next version; existing versions are never overwritten"));
    m_saveAs = makeAction(tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton);
    m_exportHtml = makeAction(tr("Export as &HTML…"), QKeySequence::UnknownKey, QStringLiteral("text-html"), QStyle::SP_FileIcon);
    m_exportPdf = makeAction(tr("Export as &PDF…"), QKeySequence::Print, QStringLiteral("application-pdf"), QStyle::SP_FileIcon);
    m_exportPdf->setText(tr("Export as &PDF…"));
    m_revise = makeAction(tr("Revise with &Wizard…"), QKeySequence::UnknownKey, QStringLiteral("tools-wizard"),
                          QStyle::SP_FileDialogDetailedView);
    m_revise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revise->setStatusTip(tr("Re-open the wizard with this document's answers and regenerate it"));
    m_close = makeAction(tr("&Close Document"), QKeySequence::Close, QStringLiteral("document-close"), QStyle::SP_DialogCloseButton);
    m_quit = makeAction(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton);
    m_quit->setMenuRole(QAction::QuitRole);

    m_recentFilesMenu = new QMenu(tr("Open Recent &File"), window);
    m_recentRepositoriesMenu = new QMenu(tr("Open Recent Re&pository"), window);
    m_recentFiles = new RecentList(QStringLiteral("recent/files"), m_recentFilesMenu, this);
    m_recentRepositories = new RecentList(QStringLiteral("recent/repositories"), m_recentRepositoriesMenu, this);

    connect(m_new, &QAction::triggered, this, &FileActions::newDocument);
    connect(m_open, &QAction::triggered, this, &FileActions::open);
    connect(m_openRepository, &QAction::triggered, this, &FileActions::openRepository);
    connect(m_save, &QAction::triggered, this, &FileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);
    connect(m_exportHtml, &QAction::triggered, this, &FileActions::exportHtml);
    connect(m_exportPdf, &QAction::triggered, this, &FileActions::exportPdf);
    connect(m_revise, &QAction::triggered, this, &FileActions::revise);
    connect(m_close, &QAction::triggered, this, &FileActions::closeDocument);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    connect(m_recentFiles, &RecentList::chosen, this, &FileActions::openFile);
    connect(m_recentRepositories, &RecentList::chosen, this, [this](const QString &path) {
        if (!QFileInfo(path).isDir()) {
            m_recentRepositories->remove(path);
            QMessageBox::information(m_window, tr("Open Recent Repository"),
                                     tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        m_window->openRepository(path);
    });
    connect(m_window->session(), &DocumentSession::changedOnDisk, this, &FileActions::onChangedOnDisk);
    connect(m_window->preview(), &PreviewPane::pdfExported, this, [this](const QString &path, bool ok) {
        if (ok)
            m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        else
            QMessageBox::warning(m_window, tr("Export as PDF"),
                                 tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
    });
}

QAction *FileActions::makeAction(const QString &text, QKeySequence::StandardKey key, const QString &iconName,
                                 int fallbackIcon)
{
    auto *action = new QAction(text, this);
    if (key != QKeySequence::UnknownKey)
        action->setShortcuts(key);
    action->setIcon(QIcon::fromTheme(iconName, m_window->style()->standardIcon(QStyle::StandardPixmap(fallbackIcon))));
    return action;
}

void FileActions::updateActions()
{
    DocumentSession *session = m_window->session();
    const bool open = session->isOpen();
    const ProjectAnalysis *selected = m_window->currentAnalysis();
    m_new->setEnabled(selected && !selected->project.isGlobal());
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_exportHtml->setEnabled(open);
    m_exportPdf->setEnabled(open);
    m_close->setEnabled(open);
    m_revise->setEnabled(open && session->isMlopsDocument() && m_window->sessionAnalysis());
}

QString FileActions::defaultAuthor() const
{
    const auto &answers = m_window->session()->answers();
    if (answers && !answers->owner.isEmpty())
        return answers->owner;
    const QString remembered = QSettings().value(QStringLiteral("save/author")).toString();
    if (!remembered.isEmpty())
        return remembered;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

std::optional<Answers> FileActions::runWizard(const ProjectAnalysis &analysis, const Answers &initial)
{
    MlopsWizard wizard(analysis, initial, m_window);
    wizard.setHighlighting(&m_window->highlighting());
    const bool accepted = wizard.exec() == QDialog::Accepted;
    // The wizard had the keyboard; without this, Ctrl+N and Ctrl+W wait for a click in the window.
    m_window->restoreFocus();
    if (!accepted)
        return std::nullopt;
    return wizard.answers();
}

bool FileActions::newDocument()
{
    const ProjectAnalysis *analysis = m_window->currentAnalysis();
    if (!analysis || analysis->project.isGlobal()) {
        QMessageBox::information(m_window, tr("New MLOps Strategy"),
                                 tr("Select a project in the project tree first (000-global holds cross-project "
                                    "policies and gets no MLOps strategy)."));
        return false;
    }
    if (!maybeSave())
        return false;
    const QString projectId = analysis->project.id;
    // The wizard starts from the latest version's answers, as the command line does.
    const StrategyGenerator generator(*analysis, m_window->repositoryRoot());
    if (!generator.previousProblem().isEmpty()) {
        QMessageBox::critical(m_window, tr("New MLOps Strategy"),
                              tr("The latest version could not be read, so a new one would lose its history: %1")
                                  .arg(generator.previousProblem()));
        return false;
    }
    const std::optional<Answers> answers = runWizard(*analysis, generator.startingAnswers());
    // The wizard is modal; a rescan may have replaced the snapshot meanwhile.
    const RepositorySnapshotPtr snapshot = m_window->snapshot();
    const ProjectAnalysis *current = snapshot ? snapshot->analysis(projectId) : nullptr;
    if (!answers || !current)
        return false;
    QString error;
    if (!generateDocument(*current, *answers, &error)) {
        QMessageBox::critical(m_window, tr("New MLOps Strategy"), tr("The document could not be generated: %1").arg(error));
        return false;
    }
    return true;
}

bool FileActions::generateDocument(const ProjectAnalysis &analysis, const Answers &answers, QString *error)
{
    const StrategyDocument result = StrategyGenerator(analysis, m_window->repositoryRoot()).generate(answers);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    m_window->session()->newDocument(result.markdown, analysis.project.id, m_window->repositoryRoot(), answers);
    m_window->statusBar()->showMessage(
        tr("Generated the MLOps strategy for %1; Save writes %2").arg(analysis.project.dirName, DocumentSession::nextFileName(analysis.project)),
        8000);
    updateActions();
    return true;
}

bool FileActions::open()
{
    if (!maybeSave())
        return false;
    QString start = m_window->repositoryRoot();
    if (const ProjectAnalysis *analysis = m_window->currentAnalysis())
        start = analysis->project.path;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Document"), start,
                                                      tr("Markdown documents (*.md *.markdown);;All files (*)"));
    return !path.isEmpty() && openDocument(path);
}

bool FileActions::openDocument(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto root = RepositoryScanner::findRoot(absolute);
    if (root && QDir::cleanPath(*root) != m_window->repositoryRoot() && !m_window->openRepository(*root))
        return false; // the person kept the document of the other repository
    DocumentSession *session = m_window->session();
    QString error;
    if (!session->open(absolute, root.value_or(QString()), &error)) {
        QMessageBox::warning(m_window, tr("Open Document"),
                             tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(absolute), error));
        return false;
    }
    m_recentFiles->add(absolute);
    QString message = session->isRevision() ? tr("Opened %1 for revision").arg(session->displayName())
                                            : tr("Opened %1").arg(session->displayName());
    if (session->isMlopsDocument()) {
        if (session->answers())
            message += tr("; the wizard's answers were restored from the document");
        else if (!session->answersError().isEmpty())
            message += tr("; its embedded answers could not be read (%1), so the wizard starts from the project's documents")
                           .arg(session->answersError());
        else if (!session->revisable().inference().values.isEmpty())
            message += tr("; it has no embedded answers: the Revision panel lists those its text implies, which the "
                          "wizard starts from");
        else
            message += tr("; it has no embedded answers, so the wizard starts from the project's documents");
    }
    if (!session->encodingWarning().isEmpty())
        message += QStringLiteral(" (") + session->encodingWarning() + QLatin1Char(')');
    m_window->statusBar()->showMessage(message, 10000);
    if (!session->projectId().isEmpty())
        m_window->selectProject(session->projectId());
    m_window->updateValidationContext();
    updateActions();
    return true;
}

bool FileActions::openFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_recentFiles->remove(path);
        QMessageBox::information(m_window, tr("Open Recent File"),
                                 tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return maybeSave() && openDocument(path);
}

QStringList FileActions::recentFiles() const
{
    return m_recentFiles->items();
}

void FileActions::openFromTree(const QString &path, const QString &projectId)
{
    Q_UNUSED(projectId)
    const auto name = ArcFileName::parse(QFileInfo(path).fileName());
    if (name && name->type == QLatin1String("MLOPS")) {
        // An MLOps strategy opens for revision; every other document is only read.
        if (maybeSave())
            openDocument(path);
        return;
    }
    m_window->showSource(path);
}

bool FileActions::openRepository()
{
    const QString path = QFileDialog::getExistingDirectory(m_window, tr("Open Repository"), m_window->repositoryRoot());
    return !path.isEmpty() && m_window->openRepository(path);
}

void FileActions::repositoryOpened(const QString &root)
{
    m_recentRepositories->add(root);
}

bool FileActions::save()
{
    DocumentSession *session = m_window->session();
    if (!session->isOpen())
        return false;
    // An opened (or already saved) version: the next version beside it, only
    // the changed parts differing.
    if (session->isRevision() && QFileInfo::exists(session->filePath()))
        return saveRevision();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!session->isMlopsDocument() || !analysis)
        return saveAs();
    SaveVersionDialog dialog(analysis->project, session->isRevision(), defaultAuthor(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const SaveVersionOptions options = dialog.options();
    if (!options.author.isEmpty())
        QSettings().setValue(QStringLiteral("save/author"), options.author);
    const SaveResult result = session->saveVersion(analysis->project, options);
    if (!result.ok()) {
        QMessageBox::critical(m_window, tr("Save Version"), tr("Nothing was written: %1").arg(result.error));
        return false;
    }
    m_recentFiles->add(result.path);
    m_window->statusBar()->showMessage(
        tr("Saved %1").arg(QDir::toNativeSeparators(QDir(m_window->repositoryRoot()).relativeFilePath(result.path))), 8000);
    m_window->monitor()->rescan();
    m_window->updateValidationContext();
    updateActions();
    return true;
}

bool FileActions::saveRevision()
{
    DocumentSession *session = m_window->session();
    if (session->isChangedOnDisk()) {
        const auto answer = QMessageBox::warning(
            m_window, tr("Save Revision"),
            tr("%1 was changed by another program after you opened it. The new version is compared with the text you "
               "opened, so the other program's changes would not be in it.\n\nSave the revision anyway?")
                .arg(QFileInfo(session->filePath()).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    RevisionDialog dialog(session, defaultAuthor(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!dialog.author().isEmpty())
        QSettings().setValue(QStringLiteral("save/author"), dialog.author());
    const RevisionOutcome outcome = dialog.outcome();
    const SaveResult result = session->saveRevision(outcome);
    if (!result.ok()) {
        QMessageBox::critical(m_window, tr("Save Revision"), tr("Nothing was written: %1").arg(result.error));
        return false;
    }
    m_recentFiles->add(result.path);
    QString message = tr("Saved %1").arg(QDir::toNativeSeparators(QDir(m_window->repositoryRoot()).relativeFilePath(result.path)));
    if (!outcome.notes.isEmpty())
        message += QStringLiteral(" · ") + outcome.notes.join(QStringLiteral(" "));
    m_window->statusBar()->showMessage(message, 10000);
    m_window->monitor()->rescan();
    m_window->updateValidationContext();
    updateActions();
    return true;
}

bool FileActions::insertSections(const QStringList &keys)
{
    DocumentSession *session = m_window->session();
    if (!session->isOpen() || keys.isEmpty())
        return false;
    const QString current = session->text();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    Answers answers = session->answers() ? *session->answers() : session->revisable().answers();
    // A document outside any repository: the template with its answers alone.
    ProjectAnalysis outside;
    outside.project.id = session->projectId();
    const StrategyDocument generated = StrategyGenerator(analysis ? *analysis : outside,
                                                                 analysis ? m_window->repositoryRoot() : QString())
                                           .generateLike(current, answers);
    if (!generated.ok()) {
        QMessageBox::critical(m_window, tr("Insert Sections"), tr("The template could not be rendered: %1").arg(generated.error));
        return false;
    }
    const SectionInsertion insertion = SectionGaps::insert(current, generated.markdown, keys);
    if (insertion.inserted.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Nothing to insert: the document already has those sections."), 6000);
        return false;
    }
    session->replaceText(insertion.text);
    m_window->statusBar()->showMessage(tr("Inserted %n section(s): %1. Undo removes them.", nullptr,
                                          int(insertion.inserted.size()))
                                           .arg(insertion.inserted.join(QStringLiteral(", "))),
                                       10000);
    // Show the first one.
    const MarkdownOutline outline = MarkdownOutline::parse(insertion.text);
    for (const MarkdownHeading &heading : outline.headings()) {
        if (heading.text == insertion.inserted.constFirst()) {
            m_window->editor()->goToLine(heading.line);
            break;
        }
    }
    return true;
}

bool FileActions::saveAs()
{
    DocumentSession *session = m_window->session();
    if (!session->isOpen())
        return false;
    QString start = session->filePath();
    if (start.isEmpty()) {
        const ProjectAnalysis *analysis = m_window->sessionAnalysis();
        start = analysis ? QDir(analysis->project.path).filePath(DocumentSession::nextFileName(analysis->project))
                         : QDir::homePath();
    }
    // QFileDialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save As"), start, tr("Markdown documents (*.md)"));
    if (path.isEmpty())
        return false;
    const SaveResult result = session->saveAs(path, QFileInfo::exists(path));
    if (!result.ok()) {
        QMessageBox::critical(m_window, tr("Save As"), tr("Nothing was written: %1").arg(result.error));
        return false;
    }
    m_recentFiles->add(result.path);
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(result.path)), 8000);
    updateActions();
    return true;
}

QString FileActions::exportPath(const QString &title, const QString &suffix, const QString &filter)
{
    DocumentSession *session = m_window->session();
    QString base = session->filePath();
    if (base.isEmpty()) {
        const ProjectAnalysis *analysis = m_window->sessionAnalysis();
        base = analysis ? QDir(analysis->project.path).filePath(DocumentSession::nextFileName(analysis->project))
                        : QDir::home().filePath(QStringLiteral("mlops-strategy.md"));
    }
    const QFileInfo info(base);
    const QString proposed = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + suffix;
    return QFileDialog::getSaveFileName(m_window, title, proposed, filter);
}

bool FileActions::exportHtml()
{
    if (!m_window->session()->isOpen())
        return false;
    const QString path = exportPath(tr("Export as HTML"), QStringLiteral(".html"), tr("HTML documents (*.html)"));
    if (path.isEmpty())
        return false;
    QString error;
    m_window->preview()->updateNow();
    if (!m_window->preview()->exportHtml(path, &error)) {
        QMessageBox::warning(m_window, tr("Export as HTML"), tr("Nothing was written: %1").arg(error));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool FileActions::exportPdf()
{
    if (!m_window->session()->isOpen())
        return false;
    const QString path = exportPath(tr("Export as PDF"), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    m_window->preview()->updateNow();
    m_window->preview()->exportPdf(path); // reports through pdfExported
    m_window->statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

std::optional<Answers> FileActions::answersForRevision(const ProjectAnalysis &analysis) const
{
    const auto &answers = m_window->session()->answers();
    if (answers)
        return answers;
    // No embedded answers: the project's defaults, with what the document's
    // own text says laid over them.
    Answers result = analysis.defaultAnswers();
    if (m_window->session()->isRevision() && !m_window->session()->filePath().isEmpty()) {
        const RevisableDocument document = m_window->session()->revisable();
        for (const InferredAnswer &inferred : document.inference().values)
            result.setValue(inferred.field, document.answers().value(inferred.field));
    }
    return result;
}

QStringList FileActions::handEditedSections() const
{
    DocumentSession *session = m_window->session();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!analysis || !session->answers())
        return {};
    return StrategyGenerator(*analysis, m_window->repositoryRoot()).editedSections(session->text(), *session->answers());
}

bool FileActions::regenerate(const Answers &newAnswers, bool keepEdits, QStringList *editedSections, QString *error)
{
    DocumentSession *session = m_window->session();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!analysis) {
        if (error)
            *error = tr("the document's project is not in the open repository");
        return false;
    }
    const Answers oldAnswers = answersForRevision(*analysis).value_or(Answers{});
    const Regeneration regenerated = StrategyGenerator(*analysis, m_window->repositoryRoot())
                                         .regenerate(session->text(), oldAnswers, newAnswers, keepEdits);
    if (!regenerated.document.ok()) {
        if (error)
            *error = regenerated.document.error;
        return false;
    }
    if (editedSections)
        *editedSections = regenerated.editedSections;
    session->replaceText(regenerated.document.markdown);
    session->setAnswers(newAnswers);
    m_window->updateValidationContext();
    return true;
}

bool FileActions::revise()
{
    DocumentSession *session = m_window->session();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!session->isOpen() || !session->isMlopsDocument() || !analysis)
        return false;
    const QString projectId = analysis->project.id;
    const std::optional<Answers> newAnswers = runWizard(*analysis, *answersForRevision(*analysis));
    if (!newAnswers || !m_window->sessionAnalysis() || m_window->sessionAnalysis()->project.id != projectId)
        return false;

    bool keepEdits = true;
    const QStringList edited = handEditedSections();
    if (!edited.isEmpty() || !session->answers()) {
        QMessageBox box(QMessageBox::Question, tr("Regenerate Document"), QString(), QMessageBox::NoButton, m_window);
        if (!session->answers())
            box.setText(tr("This document has no embedded wizard answers, so every section looks edited by hand. "
                           "Regenerating can keep all of them (only Document Control changes) or replace them."));
        else
            box.setText(tr("These sections were edited by hand since the document was generated:\n\n• %1\n\n"
                           "Keep your edits, or replace them with text generated from the new answers?")
                            .arg(edited.join(QStringLiteral("\n• "))));
        QPushButton *keep = box.addButton(tr("&Keep My Edits"), QMessageBox::AcceptRole);
        QPushButton *replace = box.addButton(tr("&Replace Them"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == replace)
            keepEdits = false;
        else if (box.clickedButton() != keep)
            return false;
    }
    QString error;
    if (!regenerate(*newAnswers, keepEdits, nullptr, &error)) {
        QMessageBox::critical(m_window, tr("Regenerate Document"), tr("The document could not be regenerated: %1").arg(error));
        return false;
    }
    m_window->statusBar()->showMessage(keepEdits && !edited.isEmpty()
                                           ? tr("Regenerated; %n hand-edited section(s) kept. Undo restores the previous text.",
                                                nullptr, int(edited.size()))
                                           : tr("Regenerated. Undo restores the previous text."),
                                       8000);
    return true;
}

bool FileActions::closeDocument()
{
    if (!maybeSave())
        return false;
    m_window->session()->close();
    updateActions();
    return true;
}

bool FileActions::maybeSave()
{
    DocumentSession *session = m_window->session();
    if (!session->isOpen() || !session->isModified())
        return true;
    const auto choice = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them as a new version?").arg(session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Save)
        return save();
    if (choice == QMessageBox::Discard) {
        session->setModified(false); // also drops the recovery copy
        return true;
    }
    return false;
}

void FileActions::offerRecovery()
{
    DocumentSession *session = m_window->session();
    const QList<RecoveryEntry> entries = session->recovery()->orphans();
    if (entries.isEmpty())
        return;
    const RecoveryEntry &entry = entries.first(); // the newest
    const QString name = entry.originalPath.isEmpty()
        ? tr("a new MLOps strategy (project %1)").arg(entry.projectId.isEmpty() ? tr("unknown") : entry.projectId)
        : QDir::toNativeSeparators(entry.originalPath);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("ArcKit MLOps Studio did not close properly last time. Unsaved changes to %1 from %2 were kept.\n\n"
                       "Restore them? (Nothing is written to the document until you save.)")
                        .arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) {
        if (!entry.repositoryRoot.isEmpty() && QFileInfo(entry.repositoryRoot).isDir())
            m_window->openRepository(entry.repositoryRoot);
        QString error;
        if (!session->restore(entry, &error)) {
            QMessageBox::warning(m_window, tr("Recover Unsaved Changes"), tr("The changes could not be restored: %1").arg(error));
            return; // keep the copy for another try
        }
    }
    for (const RecoveryEntry &old : entries)
        RecoveryStore::remove(old);
    updateActions();
}

void FileActions::onChangedOnDisk(const QString &path)
{
    if (m_askingReload)
        return;
    m_askingReload = true;
    DocumentSession *session = m_window->session();
    if (!QFileInfo::exists(path)) {
        m_window->statusBar()->showMessage(
            tr("%1 was removed from disk; Save writes a new version").arg(QDir::toNativeSeparators(path)), 10000);
        session->setModified(true);
    } else {
        const QString question = session->isModified()
            ? tr("%1 was changed by another program. Reload it and lose your unsaved changes?")
            : tr("%1 was changed by another program. Reload it?");
        if (QMessageBox::question(m_window, tr("Document Changed on Disk"), question.arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes) {
            QString error;
            if (!session->reload(&error))
                QMessageBox::warning(m_window, tr("Reload"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
        }
    }
    m_askingReload = false;
}

} // namespace arckit
