#include "fileactions.h"

#include "answersblock.h"
#include "document/documentsession.h"
#include "mainwindow.h"
#include "mainwindow/documentview.h"
#include "mainwindow/recentlist.h"
#include "preview/previewpane.h"
#include "project/repositorymonitor.h"
#include "repositoryscanner.h"
#include "revision/revisiondialog.h"
#include "saveversiondialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace arckit {

FileActions::FileActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_new =
        makeAction(tr("&New MLOps Strategy…"), QKeySequence::New, QStringLiteral("document-new"), QStyle::SP_FileIcon);
    m_new->setStatusTip(tr("Run the wizard on the selected project and generate its MLOps strategy"));
    m_open = makeAction(tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton);
    m_open->setStatusTip(tr("Open a Markdown document; an MLOps strategy opens for revision"));
    m_openRepository = makeAction(tr("Open &Repository…"), QKeySequence::UnknownKey, QStringLiteral("folder-open"),
                                  QStyle::SP_DirOpenIcon);
    m_openRepository->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openRepository->setStatusTip(tr("Open an ArcKit repository (a folder holding projects/)"));
    m_save = makeAction(tr("&Save Version…"), QKeySequence::Save, QStringLiteral("document-save"),
                        QStyle::SP_DialogSaveButton);
    m_save->setStatusTip(
        tr("Save the document as the project's next version; existing versions are never overwritten"));
    m_saveAs = makeAction(tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("document-save-as"),
                          QStyle::SP_DialogSaveButton);
    m_exportHtml =
        makeAction(tr("Export as &HTML…"), QKeySequence::UnknownKey, QStringLiteral("text-html"), QStyle::SP_FileIcon);
    m_exportPdf =
        makeAction(tr("Export as &PDF…"), QKeySequence::Print, QStringLiteral("application-pdf"), QStyle::SP_FileIcon);
    m_exportPdf->setText(tr("Export as &PDF…"));
    m_revise = makeAction(tr("Revise with &Wizard…"), QKeySequence::UnknownKey, QStringLiteral("tools-wizard"),
                          QStyle::SP_FileDialogDetailedView);
    m_revise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revise->setStatusTip(tr("Re-open the wizard with this document's answers and regenerate it"));
    m_close = makeAction(tr("&Close Document"), QKeySequence::Close, QStringLiteral("document-close"),
                         QStyle::SP_DialogCloseButton);
    m_quit =
        makeAction(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton);
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
            message +=
                tr("; its embedded answers could not be read (%1), so the wizard starts from the project's documents")
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
        tr("Saved %1").arg(QDir::toNativeSeparators(QDir(m_window->repositoryRoot()).relativeFilePath(result.path))),
        8000);
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
    QString message =
        tr("Saved %1").arg(QDir::toNativeSeparators(QDir(m_window->repositoryRoot()).relativeFilePath(result.path)));
    if (!outcome.notes.isEmpty())
        message += QStringLiteral(" · ") + outcome.notes.join(QStringLiteral(" "));
    m_window->statusBar()->showMessage(message, 10000);
    m_window->monitor()->rescan();
    m_window->updateValidationContext();
    updateActions();
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

bool FileActions::closeDocument()
{
    if (!maybeSave())
        return false;
    m_window->session()->close();
    updateActions();
    return true;
}

} // namespace arckit
