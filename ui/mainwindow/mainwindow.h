#pragma once
// The main window: the project tree, the panels (docks) and the editor with
// its preview, wired together. It owns the repository monitor and the open
// document's session; the file operations live in FileActions, the checks in
// LiveChecks, so that this class only arranges and connects.

#include "answers.h"
#include "project/repositorysnapshot.h"
#include "projectanalysis.h"

#include <QMainWindow>

namespace KSyntaxHighlighting {
class Repository;
}

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace arckit {

class ChecklistPanel;
class DocumentSession;
class DocumentView;
class RevisionPanel;
class FileActions;
class LiveChecks;
class MarkdownEditor;
class OutlinePanel;
class PreviewPane;
class ProjectTreePanel;
class RepositoryMonitor;
class RequirementsPanel;
class WarningsPanel;
class WelcomeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // recoveryDirectory: where crash-recovery copies go (tests use a temporary one).
    explicit MainWindow(KSyntaxHighlighting::Repository &highlighting, const QString &recoveryDirectory = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // At start: repositoryOrFile, else the last repository, else
    // exampleRepository (the bundled example the application found; empty: none);
    // then offers any crash-recovery copy.
    void openAtStart(const QString &repositoryOrFile, const QString &exampleRepository = {});
    // Opens the repository holding path (a folder inside it or the root).
    // A document open from another repository is closed first, after asking
    // about its unsaved changes; false when the person cancels.
    bool openRepository(const QString &path);
    // Shows a read-only copy of a repository document at line.
    void showSource(const QString &path, int line = 0, const QString &displayName = {});

    QString repositoryRoot() const;
    RepositorySnapshotPtr snapshot() const;
    QString currentProjectId() const { return m_projectId; }
    // The analysis of the selected project; nullptr when none.
    const ProjectAnalysis *currentAnalysis() const;
    // The analysis of the project the open document belongs to.
    const ProjectAnalysis *sessionAnalysis() const;
    // Selects a project in the tree, or, while the repository is still being
    // scanned, as soon as the scan has it (instead of the first ML project).
    bool selectProject(const QString &projectId);

    KSyntaxHighlighting::Repository &highlighting() const { return m_highlighting; }
    DocumentSession *session() const { return m_session; }
    RepositoryMonitor *monitor() const { return m_monitor; }
    FileActions *fileActions() const { return m_fileActions; }
    LiveChecks *liveChecks() const { return m_checks; }
    ProjectTreePanel *treePanel() const { return m_tree; }
    RequirementsPanel *requirementsPanel() const { return m_requirements; }
    WarningsPanel *warningsPanel() const { return m_warnings; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    OutlinePanel *outlinePanel() const { return m_outline; }
    RevisionPanel *revisionPanel() const { return m_revision; }
    DocumentView *documentView() const { return m_view; }
    // Shown instead of the editor and preview while no document is open.
    WelcomeView *welcomeView() const { return m_welcome; }
    // After a dialog closes: the keyboard goes back to the editor (or the
    // welcome view), so that the window's shortcuts work at once.
    void restoreFocus();
    MarkdownEditor *editor() const;
    PreviewPane *preview() const;
    QList<QDockWidget *> docks() const { return m_docks; }

    // Called by FileActions when the open document changes its project or kind.
    void updateValidationContext();

Q_SIGNALS:
    void projectChanged(const QString &projectId);
    // A snapshot of the repository was applied to the tree and the panels.
    void repositoryUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    void createMenus();
    void onSnapshot(const RepositorySnapshotPtr &snapshot);
    void onProjectSelected(const QString &projectId);
    void onChecksUpdated();
    void updateRevisionPanel();
    Answers revisionAnswers() const;
    void updateTitle();
    void updateCentral();
    void updateCursorPosition();
    void goToLine(int line);
    void goToLineDialog();
    void showAbout();
    void readSettings();
    void applyDefaultLayout();
    void writeSettings();

    KSyntaxHighlighting::Repository &m_highlighting;
    DocumentSession *m_session;
    RepositoryMonitor *m_monitor;
    LiveChecks *m_checks;
    DocumentView *m_view;
    QStackedWidget *m_central;
    WelcomeView *m_welcome = nullptr;
    ProjectTreePanel *m_tree;
    RequirementsPanel *m_requirements;
    WarningsPanel *m_warnings;
    ChecklistPanel *m_checklist;
    OutlinePanel *m_outline;
    RevisionPanel *m_revision;
    Answers m_revisionAnswers; // inferred from an opened document without embedded answers
    FileActions *m_fileActions;
    QList<QDockWidget *> m_docks;
    QLabel *m_cursorLabel;
    QLabel *m_modeLabel;
    QProgressBar *m_scanProgress;
    QString m_projectId;
    QString m_pendingProjectId; // to select once the scan has it
    bool m_selectFirstProject = true;
};

} // namespace arckit
