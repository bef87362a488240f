#include "mainwindow.h"

#include "aboutdialog.h"
#include "document/documentsession.h"
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "editor/sourceviewer.h"
#include "fileactions.h"
#include "mainwindow/documentview.h"
#include "panels/checklistmodel.h"
#include "panels/checklistpanel.h"
#include "panels/livechecks.h"
#include "panels/outlinepanel.h"
#include "panels/requirementspanel.h"
#include "panels/warningsmodel.h"
#include "panels/warningspanel.h"
#include "preview/previewpane.h"
#include "project/projecttreepanel.h"
#include "project/repositorymonitor.h"
#include "repositoryscanner.h"
#include "revision/revisionpanel.h"
#include "sectiongaps.h"
#include "welcomeview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>

namespace arckit {

MainWindow::MainWindow(KSyntaxHighlighting::Repository &highlighting, const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_highlighting(highlighting)
    , m_session(new DocumentSession(recoveryDirectory.isEmpty() ? RecoveryStore::defaultDirectory() : recoveryDirectory,
                                    this))
    , m_monitor(new RepositoryMonitor(this))
    , m_checks(new LiveChecks(this))
    , m_view(new DocumentView(highlighting, this))
    , m_central(new QStackedWidget(this))
    , m_tree(new ProjectTreePanel(this))
    , m_requirements(new RequirementsPanel(this))
    , m_warnings(new WarningsPanel(this))
    , m_checklist(new ChecklistPanel(this))
    , m_outline(new OutlinePanel(this))
    , m_revision(new RevisionPanel(this))
    , m_cursorLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_scanProgress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);
    // The left column (projects, outline) runs the full height: the project
    // tree is the longest list of the window and should show most of itself.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_central->addWidget(m_view);
    setCentralWidget(m_central);
    m_view->setSession(m_session);
    m_checks->setTextProvider([this] { return m_session->text(); });

    // Projects and the outline on the left; the tables and lists along the
    // bottom, so that the editor and the preview get the full width.
    QDockWidget *projects = addDock(tr("Projects"), QStringLiteral("ProjectsDock"), m_tree, Qt::LeftDockWidgetArea);
    QDockWidget *outline = addDock(tr("Outline"), QStringLiteral("OutlineDock"), m_outline, Qt::LeftDockWidgetArea);
    QDockWidget *requirements =
        addDock(tr("Requirements"), QStringLiteral("RequirementsDock"), m_requirements, Qt::BottomDockWidgetArea);
    QDockWidget *checklist =
        addDock(tr("Checklist"), QStringLiteral("ChecklistDock"), m_checklist, Qt::BottomDockWidgetArea);
    QDockWidget *warnings =
        addDock(tr("Warnings"), QStringLiteral("WarningsDock"), m_warnings, Qt::BottomDockWidgetArea);
    splitDockWidget(requirements, checklist, Qt::Horizontal);
    splitDockWidget(checklist, warnings, Qt::Horizontal);
    // The revision panel shares the outline's place; it comes forward when a
    // strategy is opened for revision.
    QDockWidget *revision = addDock(tr("Revision"), QStringLiteral("RevisionDock"), m_revision, Qt::LeftDockWidgetArea);
    tabifyDockWidget(outline, revision);
    outline->raise();
    Q_UNUSED(projects)

    m_fileActions = new FileActions(this);
    createMenus();
    m_welcome = new WelcomeView(m_fileActions->newAction(), m_fileActions->openAction(),
                                m_fileActions->openRepositoryAction(), m_central);
    m_central->addWidget(m_welcome);
    connect(m_welcome, &WelcomeView::fileRequested, m_fileActions, &FileActions::openFile);

    m_scanProgress->setRange(0, 0);
    m_scanProgress->setMaximumWidth(120);
    m_scanProgress->setAccessibleName(tr("Scanning the repository"));
    m_scanProgress->hide();
    m_cursorLabel->setAccessibleName(tr("Cursor position"));
    m_modeLabel->setAccessibleName(tr("Document mode"));
    statusBar()->addPermanentWidget(m_scanProgress);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);

    connect(m_monitor, &RepositoryMonitor::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_monitor, &RepositoryMonitor::scanSlow, this, [this] {
        m_scanProgress->show();
        m_tree->setBusy(true);
        statusBar()->showMessage(tr("Scanning %1…").arg(QDir::toNativeSeparators(m_monitor->root())));
    });
    connect(m_monitor, &RepositoryMonitor::scanFinished, this, [this](qint64 elapsed) {
        const bool wasSlow = m_scanProgress->isVisible();
        m_scanProgress->hide();
        m_tree->setBusy(false);
        if (wasSlow)
            statusBar()->showMessage(tr("Repository scanned in %1 ms").arg(elapsed), 4000);
    });
    connect(m_tree, &ProjectTreePanel::projectSelected, this, &MainWindow::onProjectSelected);
    connect(m_tree, &ProjectTreePanel::documentActivated, m_fileActions, &FileActions::openFromTree);
    connect(m_requirements, &RequirementsPanel::sourceRequested, this, &MainWindow::showSource);
    connect(m_warnings, &WarningsPanel::fileRequested, this, [this](const QString &path) { showSource(path); });
    connect(m_checklist, &ChecklistPanel::lineRequested, this, &MainWindow::goToLine);
    connect(m_outline, &OutlinePanel::lineRequested, this, &MainWindow::goToLine);
    connect(m_revision, &RevisionPanel::lineRequested, this, &MainWindow::goToLine);
    connect(m_revision, &RevisionPanel::insertRequested, m_fileActions, &FileActions::insertSections);
    connect(m_checks, &LiveChecks::updated, this, &MainWindow::onChecksUpdated);
    connect(m_session, &DocumentSession::textChanged, m_checks, &LiveChecks::textChanged);
    connect(m_session, &DocumentSession::documentReplaced, this, [this] {
        updateValidationContext();
        updateRevisionPanel();
        m_checks->runNow();
        updateTitle();
        updateCentral();
    });
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateRevisionPanel);
    connect(m_session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(editor(), &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateCursorPosition);
    // Links in the document open in the system browser, never in the preview.
    connect(preview(), &PreviewPane::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });

    readSettings();
    updateCentral();
    updateTitle();
    updateCursorPosition();
    m_checks->runNow();
}

MainWindow::~MainWindow()
{
    // The editor shows the session's document: the editor goes first.
    delete m_view;
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(widget);
    dock->setAccessibleName(title);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createMenus()
{
    FileActions *files = m_fileActions;
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(files->newAction());
    fileMenu->addAction(files->openAction());
    fileMenu->addAction(files->openRepositoryAction());
    fileMenu->addMenu(files->recentFilesMenu());
    fileMenu->addMenu(files->recentRepositoriesMenu());
    fileMenu->addSeparator();
    fileMenu->addAction(files->saveAction());
    fileMenu->addAction(files->saveAsAction());
    fileMenu->addSeparator();
    fileMenu->addAction(files->exportHtmlAction());
    fileMenu->addAction(files->exportPdfAction());
    fileMenu->addSeparator();
    fileMenu->addAction(files->closeAction());
    fileMenu->addAction(files->quitAction());

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    MarkdownEditor *ed = editor();
    const auto addEditAction = [&](const QString &text, QKeySequence::StandardKey key, auto slot, auto availability) {
        QAction *action = editMenu->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, ed, slot);
        if constexpr (!std::is_same_v<decltype(availability), std::nullptr_t>) {
            action->setEnabled(false);
            connect(ed, availability, action, &QAction::setEnabled);
        }
        return action;
    };
    addEditAction(tr("&Undo"), QKeySequence::Undo, &QPlainTextEdit::undo, &QPlainTextEdit::undoAvailable);
    addEditAction(tr("&Redo"), QKeySequence::Redo, &QPlainTextEdit::redo, &QPlainTextEdit::redoAvailable);
    editMenu->addSeparator();
    addEditAction(tr("Cu&t"), QKeySequence::Cut, &QPlainTextEdit::cut, &QPlainTextEdit::copyAvailable);
    addEditAction(tr("&Copy"), QKeySequence::Copy, &QPlainTextEdit::copy, &QPlainTextEdit::copyAvailable);
    addEditAction(tr("&Paste"), QKeySequence::Paste, &QPlainTextEdit::paste, nullptr);
    addEditAction(tr("Select &All"), QKeySequence::SelectAll, &QPlainTextEdit::selectAll, nullptr);
    editMenu->addSeparator();
    QAction *goTo = editMenu->addAction(tr("&Go to Line…"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(goTo, &QAction::triggered, this, &MainWindow::goToLineDialog);
    editMenu->addSeparator();
    const FindBar *findBar = m_view->findBar();
    editMenu->addActions(
        {findBar->findAction(), findBar->replaceAction(), findBar->findNextAction(), findBar->findPreviousAction()});

    QMenu *documentMenu = menuBar()->addMenu(tr("&Document"));
    documentMenu->addAction(files->reviseAction());
    QAction *validate = documentMenu->addAction(tr("&Check Now"));
    validate->setShortcut(QKeySequence(Qt::Key_F7));
    connect(validate, &QAction::triggered, m_checks, &LiveChecks::runNow);
    QAction *rescan = documentMenu->addAction(tr("&Rescan Repository"));
    rescan->setShortcut(QKeySequence::Refresh);
    connect(rescan, &QAction::triggered, m_monitor, &RepositoryMonitor::rescan);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        viewMenu->addAction(dock->toggleViewAction());
    // Keyboard-only use: a shortcut to reach each panel and the editor.
    QMenu *focusMenu = viewMenu->addMenu(tr("&Go to Panel"));
    QAction *focusEditor = focusMenu->addAction(tr("&Editor"));
    focusEditor->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    connect(focusEditor, &QAction::triggered, this, [this] {
        // With no document the welcome view stands where the editor is.
        if (m_session->isOpen())
            editor()->setFocus(Qt::ShortcutFocusReason);
        else
            m_welcome->focusStart(Qt::ShortcutFocusReason);
    });
    for (int i = 0; i < int(m_docks.size()); ++i) {
        QDockWidget *dock = m_docks.at(i);
        QAction *focus = focusMenu->addAction(dock->windowTitle());
        focus->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(focus, &QAction::triggered, dock, [dock] {
            dock->show();
            dock->raise();
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    viewMenu->addSeparator();
    QAction *showPreview = viewMenu->addAction(tr("Show &Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(showPreview, &QAction::toggled, m_view, &DocumentView::setPreviewVisible);
    QAction *sync = viewMenu->addAction(tr("&Synchronise Scrolling"));
    sync->setCheckable(true);
    sync->setChecked(true);
    connect(sync, &QAction::toggled, m_view, &DocumentView::setSyncScrolling);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("MainToolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(files->newAction());
    toolBar->addAction(files->openAction());
    toolBar->addAction(files->openRepositoryAction());
    toolBar->addAction(files->saveAction());
    toolBar->addSeparator();
    toolBar->addAction(files->reviseAction());
    toolBar->addAction(files->exportPdfAction());
    viewMenu->addAction(toolBar->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About ArcKit MLOps Studio"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

MarkdownEditor *MainWindow::editor() const
{
    return m_view->editor();
}

PreviewPane *MainWindow::preview() const
{
    return m_view->preview();
}

void MainWindow::openAtStart(const QString &repositoryOrFile, const QString &exampleRepository)
{
    QString target = repositoryOrFile;
    if (target.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("session/lastRepository")).toString();
        target = !last.isEmpty() && QFileInfo(last + QStringLiteral("/projects")).isDir() ? last : exampleRepository;
    }
    if (!target.isEmpty()) {
        const QFileInfo info(target);
        if (info.isFile())
            m_fileActions->openDocument(info.absoluteFilePath());
        else
            openRepository(target);
    }
    m_fileActions->offerRecovery();
}

bool MainWindow::openRepository(const QString &path)
{
    const auto root = RepositoryScanner::findRoot(path);
    if (!root) {
        QMessageBox::warning(
            this, tr("Open Repository"),
            tr("%1 is not inside an ArcKit repository: no folder named projects/ was found there or above it.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (QDir::cleanPath(*root) == m_monitor->root())
        return true;
    // The open document belongs to the repository being left: Save would
    // write there while the tree and panels show the new one.
    if (m_session->isOpen()) {
        if (!m_fileActions->maybeSave())
            return false;
        m_session->close();
    }
    m_selectFirstProject = true;
    m_pendingProjectId.clear();
    m_projectId.clear();
    m_monitor->setRoot(*root);
    m_fileActions->repositoryOpened(*root);
    QSettings().setValue(QStringLiteral("session/lastRepository"), *root);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(*root)), 4000);
    updateTitle();
    return true;
}

QString MainWindow::repositoryRoot() const
{
    return m_monitor->root();
}

RepositorySnapshotPtr MainWindow::snapshot() const
{
    return m_monitor->snapshot();
}

const ProjectAnalysis *MainWindow::currentAnalysis() const
{
    const RepositorySnapshotPtr snapshot = m_monitor->snapshot();
    return snapshot && !m_projectId.isEmpty() ? snapshot->analysis(m_projectId) : nullptr;
}

const ProjectAnalysis *MainWindow::sessionAnalysis() const
{
    const RepositorySnapshotPtr snapshot = m_monitor->snapshot();
    if (!snapshot || m_session->projectId().isEmpty())
        return nullptr;
    if (!m_session->repositoryRoot().isEmpty() && QDir::cleanPath(m_session->repositoryRoot()) != m_monitor->root())
        return nullptr;
    return snapshot->analysis(m_session->projectId());
}

bool MainWindow::selectProject(const QString &projectId)
{
    // Until the scan of a repository just opened arrives, the tree shows the
    // previous one (or nothing): the choice waits for the scan.
    const RepositorySnapshotPtr shown = m_monitor->snapshot();
    const bool current = shown && QDir::cleanPath(shown->scan.root) == QDir::cleanPath(m_monitor->root());
    if (!current) {
        m_pendingProjectId = projectId;
        return false;
    }
    if (!m_tree->selectProject(projectId))
        return false;
    m_pendingProjectId.clear();
    return true;
}

void MainWindow::onSnapshot(const RepositorySnapshotPtr &snapshot)
{
    m_tree->setSnapshot(snapshot);
    if (!m_pendingProjectId.isEmpty() && m_tree->selectProject(m_pendingProjectId)) {
        // The project of the document opened while the scan ran.
        m_selectFirstProject = false;
        m_pendingProjectId.clear();
    } else if (m_selectFirstProject) {
        m_selectFirstProject = false;
        const QString first = m_tree->firstMlProjectId();
        if (!first.isEmpty())
            m_tree->selectProject(first);
    }
    // The tree keeps its selection across rescans; the panels show the new data.
    onProjectSelected(m_tree->currentProjectId());
    updateValidationContext();
    m_checks->runNow();
    Q_EMIT repositoryUpdated();
}

void MainWindow::onProjectSelected(const QString &projectId)
{
    const bool changed = projectId != m_projectId;
    m_projectId = projectId;
    const ProjectAnalysis *analysis = currentAnalysis();
    const RepositorySnapshotPtr snapshot = m_monitor->snapshot();
    if (!analysis || !snapshot) {
        m_requirements->setRequirements({}, {});
        m_warnings->model()->clear();
    } else {
        m_requirements->setRequirements(analysis->requirements, snapshot->scan.root);
        Problems problems = analysis->problems;
        const QString prefix = analysis->project.relativePath + QLatin1Char('/');
        for (const Problem &problem : snapshot->scan.problems)
            if (problem.path.startsWith(prefix) && !problems.contains(problem))
                problems.append(problem);
        m_warnings->model()->setWarnings(analysis->missing, problems, snapshot->scan.root);
    }
    m_fileActions->updateActions();
    m_welcome->setRepository(snapshot, projectId);
    if (changed)
        Q_EMIT projectChanged(projectId);
}

void MainWindow::updateValidationContext()
{
    ValidationContext context;
    const QString path = m_session->filePath();
    const ProjectAnalysis *analysis = sessionAnalysis();
    if (!path.isEmpty())
        context.fileName = QFileInfo(path).fileName();
    else if (analysis)
        context.fileName = DocumentSession::nextFileName(analysis->project);
    if (analysis)
        context.mlRequirements = analysis->mlRequirements();
    if (m_session->answers())
        context.ukGovernment = m_session->answers()->isUkGovernment();
    const bool validate = m_session->isOpen() && m_session->isMlopsDocument();
    m_checks->setValidationContext(context, validate);
    if (!m_session->isOpen())
        m_checklist->setInactiveMessage(tr("Open or generate an MLOps strategy to see its checks."));
    else if (!validate)
        m_checklist->setInactiveMessage(
            tr("Checks apply to MLOps strategy documents (ARC-*-MLOPS-*); this document is only outlined."));
    else
        m_checklist->setInactiveMessage(QString());
}

void MainWindow::onChecksUpdated()
{
    m_checklist->model()->setFindings(m_checks->findings());
    m_outline->setOutline(m_checks->outline(), m_session->isOpen() ? m_checks->sections() : SectionMatches{});
    m_outline->setCurrentLine(editor()->currentLine());
    if (m_revision->hasDocument())
        m_revision->setGaps(SectionGaps::fromMatches(m_checks->sections(), revisionAnswers()));
}

Answers MainWindow::revisionAnswers() const
{
    if (m_session->answers())
        return *m_session->answers();
    return m_revisionAnswers;
}

void MainWindow::updateRevisionPanel()
{
    // A saved or opened strategy version is revised; new documents are not yet.
    if (!m_session->isOpen() || !m_session->isRevision() || m_session->filePath().isEmpty()) {
        m_revision->clear();
        m_revisionAnswers = Answers{};
        return;
    }
    const RevisableDocument document = m_session->revisable();
    m_revisionAnswers = document.answers();
    m_revision->setDocument(document);
    if (QDockWidget *dock = qobject_cast<QDockWidget *>(m_revision->parentWidget()))
        dock->raise();
}

void MainWindow::goToLine(int line)
{
    editor()->goToLine(line);
}

void MainWindow::goToLineDialog()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"), editor()->currentLine(), 1,
                                          editor()->blockCount(), 1, &ok);
    if (ok)
        goToLine(line);
}

void MainWindow::showSource(const QString &path, int line, const QString &displayName)
{
    auto *viewer = new SourceViewer(m_highlighting, this);
    QString error;
    const QString root = repositoryRoot();
    const QString name = displayName.isEmpty() && !root.isEmpty() ? QDir(root).relativeFilePath(path) : displayName;
    if (!viewer->openFile(path, line, name, &error)) {
        delete viewer;
        QMessageBox::warning(this, tr("Open Document"),
                             tr("%1 cannot be shown: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    viewer->show();
}

void MainWindow::updateTitle()
{
    QString title = m_session->isOpen() ? m_session->displayName() + QStringLiteral("[*]") : QString();
    const QString root = repositoryRoot();
    if (!root.isEmpty())
        title += (title.isEmpty() ? QString() : QStringLiteral(" — ")) + QFileInfo(root).fileName();
    setWindowTitle(title);
    setWindowModified(m_session->isOpen() && m_session->isModified());
    if (!m_session->isOpen())
        m_modeLabel->setText(tr("No document"));
    else if (!m_session->isMlopsDocument())
        m_modeLabel->setText(tr("Markdown document"));
    else if (m_session->isRevision())
        m_modeLabel->setText(tr("Revision mode"));
    else
        m_modeLabel->setText(tr("New MLOps strategy"));
    m_fileActions->updateActions();
}

void MainWindow::updateCentral()
{
    if (m_session->isOpen()) {
        const bool hadFocus = m_welcome->isAncestorOf(QApplication::focusWidget());
        m_central->setCurrentWidget(m_view);
        if (hadFocus)
            editor()->setFocus(Qt::OtherFocusReason);
    } else {
        const bool hadFocus = m_view->isAncestorOf(QApplication::focusWidget());
        m_welcome->setRecentFiles(m_fileActions->recentFiles());
        m_central->setCurrentWidget(m_welcome);
        if (hadFocus)
            m_welcome->focusStart(Qt::OtherFocusReason);
    }
}

void MainWindow::restoreFocus()
{
    activateWindow();
    if (m_session->isOpen())
        editor()->setFocus(Qt::OtherFocusReason);
    else
        m_welcome->focusStart(Qt::OtherFocusReason);
}

void MainWindow::updateCursorPosition()
{
    const QTextCursor cursor = editor()->textCursor();
    m_cursorLabel->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    m_outline->setCurrentLine(cursor.blockNumber() + 1);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1500, 950);
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray())) {
        // Dock sizes only take once the window has its size: after it is shown.
        QTimer::singleShot(0, this, &MainWindow::applyDefaultLayout);
    }
    m_view->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::applyDefaultLayout()
{
    QDockWidget *projects = m_docks.at(0);
    QDockWidget *outline = m_docks.at(1);
    QDockWidget *requirements = m_docks.at(2);
    QDockWidget *checklist = m_docks.at(3);
    QDockWidget *warnings = m_docks.at(4);
    const int w = width();
    const int h = height();
    resizeDocks({projects}, {qBound(280, w / 4, 420)}, Qt::Horizontal);
    resizeDocks({projects, outline}, {h * 11 / 20, h * 9 / 20}, Qt::Vertical);
    resizeDocks({requirements}, {qBound(180, h / 4, 320)}, Qt::Vertical);
    resizeDocks({requirements, checklist, warnings}, {w * 5 / 10, w * 3 / 10, w * 2 / 10}, Qt::Horizontal);
    const int editorAndPreview = m_view->width();
    m_view->setSizes({editorAndPreview / 2, editorAndPreview - editorAndPreview / 2});
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_view->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_session->close();
    event->accept();
}

} // namespace arckit
