#include "projecttreepanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace arckit {

ProjectTreePanel::ProjectTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectTreeModel(this))
    , m_view(new QTreeView(this))
    , m_busy(new QProgressBar(this))
    , m_emptyLabel(new QLabel(this))
{
    m_view->setModel(m_model);
    setFocusProxy(m_view); // Alt+<n> lands in the list
    m_view->setAccessibleName(tr("Project tree"));
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProjectTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProjectTreeModel::VersionColumn, QHeaderView::ResizeToContents);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);

    m_busy->setRange(0, 0); // busy indicator: the scan does not know its length
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Scanning the repository"));
    m_busy->hide();

    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setText(
        tr("No repository is open.\nUse File › Open Repository… to choose a folder that holds projects/."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    m_view->hide();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectTreePanel::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, &ProjectTreePanel::onActivated);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ProjectTreePanel::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectTreePanel::restoreState);
}

void ProjectTreePanel::setSnapshot(const RepositorySnapshotPtr &snapshot)
{
    m_model->setSnapshot(snapshot);
    const bool empty = !snapshot;
    m_view->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
}

void ProjectTreePanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

bool ProjectTreePanel::isBusy() const
{
    return m_busy->isVisible();
}

bool ProjectTreePanel::selectProject(const QString &projectId)
{
    const QModelIndex index = m_model->projectIndex(projectId);
    if (!index.isValid())
        return false;
    m_view->expand(index.parent());
    m_view->expand(index);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString ProjectTreePanel::firstMlProjectId() const
{
    const RepositorySnapshotPtr snapshot = m_model->snapshot();
    if (!snapshot)
        return {};
    QString fallback;
    for (const ProjectAnalysis &analysis : snapshot->analyses) {
        if (analysis.project.isGlobal())
            continue;
        if (!analysis.mlRequirements().isEmpty())
            return analysis.project.id;
        if (fallback.isEmpty() && analysis.project.latest(QStringLiteral("REQ")))
            fallback = analysis.project.id;
    }
    if (fallback.isEmpty())
        for (const Project &project : snapshot->scan.projects)
            if (!project.isGlobal())
                return project.id;
    return fallback;
}

void ProjectTreePanel::onCurrentChanged(const QModelIndex &current)
{
    m_currentKey = current.data(ProjectTreeModel::KeyRole).toString();
    const QString projectId = current.data(ProjectTreeModel::ProjectIdRole).toString();
    if (projectId.isEmpty() || projectId == m_currentProjectId)
        return;
    m_currentProjectId = projectId;
    Q_EMIT projectSelected(projectId);
}

void ProjectTreePanel::onActivated(const QModelIndex &index)
{
    const QString path = index.data(ProjectTreeModel::PathRole).toString();
    const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::Kind>();
    if (path.isEmpty() || kind == ProjectTreeModel::Kind::Project) {
        m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
        return;
    }
    Q_EMIT documentActivated(path, index.data(ProjectTreeModel::ProjectIdRole).toString());
}

void ProjectTreePanel::rememberState()
{
    m_expandedKeys.clear();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_view->isExpanded(index)) {
                m_expandedKeys.insert(index.data(ProjectTreeModel::KeyRole).toString());
                walk(index);
            }
        }
    };
    walk({});
}

void ProjectTreePanel::restoreState()
{
    int restored = 0;
    for (const QString &key : std::as_const(m_expandedKeys)) {
        const QModelIndex index = m_model->indexForKey(key);
        if (index.isValid()) {
            m_view->expand(index);
            restored += key != QLatin1String("repository");
        }
    }
    if (m_firstSnapshot || restored == 0) {
        // First look at a repository (or another one): the repository and its projects open.
        const QModelIndex repository = m_model->index(0, 0);
        m_view->expand(repository);
        for (int row = 0; row < m_model->rowCount(repository); ++row)
            m_view->expand(m_model->index(row, 0, repository));
        m_firstSnapshot = !m_model->snapshot();
    }
    QModelIndex current = m_model->indexForKey(m_currentKey);
    if (!current.isValid() && !m_currentProjectId.isEmpty())
        current = m_model->projectIndex(m_currentProjectId);
    if (current.isValid()) {
        // The same project: onCurrentChanged emits nothing.
        m_view->setCurrentIndex(current);
        m_currentKey = current.data(ProjectTreeModel::KeyRole).toString();
    } else if (!m_currentProjectId.isEmpty()) {
        m_currentProjectId.clear(); // the project is gone
        Q_EMIT projectSelected(QString());
    }
}

} // namespace arckit
