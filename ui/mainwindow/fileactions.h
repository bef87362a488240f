#pragma once
// The File and Document menu operations of the main window: New (the wizard
// on the selected project), Open, Open Repository, recent lists, Save (the
// next version, never overwriting), Save As, Export HTML/PDF, revising a
// document with the wizard, unsaved-changes and crash-recovery questions, and
// reloading a document changed on disk. It shows the dialogs; the session and
// the engine do the work and return results.
//
// One file per job: fileactions.cpp (the menus, open, save, export, close),
// strategyactions.cpp (new, revise, regenerate, insert sections: the strategy
// itself) and recoveryactions.cpp (unsaved changes, crash recovery, changes on
// disk).

#include "answers.h"
#include "projectanalysis.h"

#include <QKeySequence>
#include <QObject>
#include <optional>

class QAction;
class QMenu;

namespace arckit {

class MainWindow;
class RecentList;

class FileActions : public QObject
{
    Q_OBJECT
public:
    explicit FileActions(MainWindow *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openRepositoryAction() const { return m_openRepository; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *reviseAction() const { return m_revise; }
    QAction *closeAction() const { return m_close; }
    QAction *quitAction() const { return m_quit; }
    QMenu *recentFilesMenu() const { return m_recentFilesMenu; }
    QMenu *recentRepositoriesMenu() const { return m_recentRepositoriesMenu; }

    // The interactive operations (dialogs included).
    bool newDocument();
    bool open();
    bool openRepository();
    bool save();
    bool saveAs();
    bool exportHtml();
    bool exportPdf();
    bool revise();
    bool closeDocument();
    // Asks about unsaved changes: true when it is fine to go on.
    bool maybeSave();
    void offerRecovery();

    // The same without dialogs, for the tour and the tests.
    bool openDocument(const QString &path);
    bool generateDocument(const ProjectAnalysis &analysis, const Answers &answers, QString *error = nullptr);
    // Regenerates the open document from newAnswers, keeping hand-edited
    // sections when keepEdits; editedSections gets their titles.
    bool regenerate(const Answers &newAnswers, bool keepEdits, QStringList *editedSections = nullptr,
                    QString *error = nullptr);
    // The titles of the sections of the open document edited by hand.
    QStringList handEditedSections() const;
    // Inserts the missing reference sections named by keys from the template
    // (pre-filled from the answers), each at its reference place, as one undo step.
    bool insertSections(const QStringList &keys);

    void openFromTree(const QString &path, const QString &projectId);
    // A recent or listed file: asks about unsaved changes, then opens it.
    bool openFile(const QString &path);
    QStringList recentFiles() const;
    void repositoryOpened(const QString &root);
    void updateActions();

    // Runs the wizard; nullopt when cancelled.
    std::optional<Answers> runWizard(const ProjectAnalysis &analysis, const Answers &initial);

private:
    QAction *makeAction(const QString &text, QKeySequence::StandardKey key, const QString &iconName, int fallbackIcon);
    void onChangedOnDisk(const QString &path);
    QString defaultAuthor() const;
    QString exportPath(const QString &title, const QString &suffix, const QString &filter);
    std::optional<Answers> answersForRevision(const ProjectAnalysis &analysis) const;
    bool saveRevision();

    MainWindow *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openRepository;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_exportHtml;
    QAction *m_exportPdf;
    QAction *m_revise;
    QAction *m_close;
    QAction *m_quit;
    QMenu *m_recentFilesMenu;
    QMenu *m_recentRepositoriesMenu;
    RecentList *m_recentFiles;
    RecentList *m_recentRepositories;
    bool m_askingReload = false;
};

} // namespace arckit
