#pragma once
// What the main window shows while no document is open, in place of an empty
// editor and a blank preview (as Kate's welcome view does): what to do next
// (a new MLOps strategy for the selected project, open an existing strategy
// of the repository, open a repository) and the recent files.

#include "project/repositorysnapshot.h"

#include <QWidget>

class QAction;
class QCommandLinkButton;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace arckit {

class WelcomeView : public QWidget
{
    Q_OBJECT
public:
    WelcomeView(QAction *newAction, QAction *openAction, QAction *openRepositoryAction, QWidget *parent = nullptr);

    // The repository and the selected project the view offers to work on.
    void setRepository(const RepositorySnapshotPtr &snapshot, const QString &projectId);
    void setRecentFiles(const QStringList &paths);

    // Puts the keyboard on the first thing to do: New when a project is
    // selected, else Open.
    void focusStart(Qt::FocusReason reason);

    QCommandLinkButton *newButton() const { return m_newButton; }
    QListWidget *strategies() const { return m_strategies; }
    QListWidget *recentFiles() const { return m_recent; }

Q_SIGNALS:
    // A listed document was chosen (click, Return).
    void fileRequested(const QString &path);

private:
    QCommandLinkButton *addActionButton(QAction *action, const QString &description);
    void onItemActivated(QListWidgetItem *item);
    void updateNewButton();

    QAction *m_newAction;
    QLabel *m_repository;
    QCommandLinkButton *m_newButton;
    QCommandLinkButton *m_openButton = nullptr;
    QListWidget *m_strategies;
    QListWidget *m_recent;
    QWidget *m_actions;
    QString m_projectName;
};

} // namespace arckit
