#pragma once
// The project tree dock's contents: the tree view over ProjectTreeModel, a
// busy bar while a slow scan runs, and the selection that drives the other
// panels. Expansion and selection survive rescans.

#include "projecttreemodel.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeView;

namespace arckit {

class ProjectTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTreePanel(QWidget *parent = nullptr);

    ProjectTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    void setSnapshot(const RepositorySnapshotPtr &snapshot);
    void setBusy(bool busy);
    bool isBusy() const;

    QString currentProjectId() const { return m_currentProjectId; }
    // Selects the project's node (and emits projectSelected when it changes).
    bool selectProject(const QString &projectId);
    // The first project that is not 000-global, preferring one with a REQ document.
    QString firstMlProjectId() const;

Q_SIGNALS:
    void projectSelected(const QString &projectId);
    // A document node was activated (double-click or Enter).
    void documentActivated(const QString &path, const QString &projectId);

private:
    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);
    void rememberState();
    void restoreState();

    ProjectTreeModel *m_model;
    QTreeView *m_view;
    QProgressBar *m_busy;
    QLabel *m_emptyLabel;
    QSet<QString> m_expandedKeys;
    QString m_currentKey;
    QString m_currentProjectId;
    bool m_firstSnapshot = true;
};

} // namespace arckit
