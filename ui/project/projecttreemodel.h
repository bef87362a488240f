#pragma once
// The open repository as a tree: the repository, its projects (000-global
// first), each project's artifacts grouped by type with older versions folded
// under the latest, the documents it lacks (with a severity icon), its
// external/ files and its other documents.

#include "repositorysnapshot.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace arckit {

class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Repository, Project, TypeGroup, Artifact, OlderVersion, Missing, Folder, File, Problem };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1,
        PathRole,      // absolute path of a document; empty for other nodes
        ProjectIdRole, // the project a node belongs to
        SeverityRole,  // MissingDocument::Level as int, -1 when nothing is missing
        KeyRole,       // stable across rescans, to keep expansion and selection
        LineRole,
    };
    enum Column { NameColumn, VersionColumn, ColumnCount };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    void setSnapshot(const RepositorySnapshotPtr &snapshot);
    RepositorySnapshotPtr snapshot() const { return m_snapshot; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexForKey(const QString &key) const;
    QModelIndex projectIndex(const QString &projectId) const;

    // Human name of an ArcKit type code ("REQ" -> "Requirements"); the code when unknown.
    static QString typeName(const QString &type);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    void build();

    RepositorySnapshotPtr m_snapshot;
    std::unique_ptr<Node> m_root;
};

} // namespace arckit
