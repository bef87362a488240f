#include "projecttreemodel.h"

#include "common/uiicons.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QMap>
#include <QStyle>

namespace arckit {

struct ProjectTreeModel::Node
{
    Kind kind = Kind::Repository;
    QString name;
    QString version;
    QString toolTip;
    QString path;
    QString projectId;
    QString key;
    int severity = -1;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

using Level = MissingDocument::Level;

QIcon severityIcon(int severity)
{
    return severity < 0 ? QIcon() : UiIcons::severity(Level(severity));
}

// The worst of two severities (Mandatory is 0, the most severe).
int worse(int a, int b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return qMin(a, b);
}

QString displayTitle(const Artifact &artifact)
{
    return artifact.title.isEmpty() ? QFileInfo(artifact.path).fileName() : artifact.title;
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

ProjectTreeModel::~ProjectTreeModel() = default;

QString ProjectTreeModel::typeName(const QString &type)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("REQ"), QT_TR_NOOP("Requirements")},
        {QStringLiteral("DATA"), QT_TR_NOOP("Data Model")},
        {QStringLiteral("AIPB"), QT_TR_NOOP("AI Playbook Assessment")},
        {QStringLiteral("PRIN"), QT_TR_NOOP("Architecture Principles")},
        {QStringLiteral("RSCH"), QT_TR_NOOP("Research")},
        {QStringLiteral("AWRS"), QT_TR_NOOP("AWS Research")},
        {QStringLiteral("AZRS"), QT_TR_NOOP("Azure Research")},
        {QStringLiteral("GCRS"), QT_TR_NOOP("Google Cloud Research")},
        {QStringLiteral("ATRS"), QT_TR_NOOP("Algorithmic Transparency Record")},
        {QStringLiteral("J936"), QT_TR_NOOP("JSP 936 AI Assurance")},
        {QStringLiteral("MLOPS"), QT_TR_NOOP("MLOps Strategy")},
        {QStringLiteral("STKE"), QT_TR_NOOP("Stakeholder Analysis")},
        {QStringLiteral("RISK"), QT_TR_NOOP("Risk Register")},
        {QStringLiteral("SOBC"), QT_TR_NOOP("Strategic Outline Business Case")},
        {QStringLiteral("PLAN"), QT_TR_NOOP("Project Plan")},
        {QStringLiteral("ADR"), QT_TR_NOOP("Architecture Decision Records")},
        {QStringLiteral("DIAG"), QT_TR_NOOP("Diagrams")},
        {QStringLiteral("DPIA"), QT_TR_NOOP("Data Protection Impact Assessment")},
        {QStringLiteral("SECD"), QT_TR_NOOP("Secure by Design")},
        {QStringLiteral("TCOP"), QT_TR_NOOP("Technology Code of Practice")},
        {QStringLiteral("TRAC"), QT_TR_NOOP("Traceability Matrix")},
        {QStringLiteral("BKLG"), QT_TR_NOOP("Product Backlog")},
        {QStringLiteral("STORY"), QT_TR_NOOP("Project Story")},
        {QStringLiteral("ANAL"), QT_TR_NOOP("Analysis Report")},
        {QStringLiteral("EVAL"), QT_TR_NOOP("Evaluation Criteria")},
        {QStringLiteral("SOW"), QT_TR_NOOP("Statement of Work")},
        {QStringLiteral("DSCT"), QT_TR_NOOP("Data Source Discovery")},
        {QStringLiteral("ML"), QT_TR_NOOP("ML-related requirements")},
    };
    const char *name = names.value(type);
    return name ? tr(name) : type;
}

void ProjectTreeModel::setSnapshot(const RepositorySnapshotPtr &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    build();
    endResetModel();
}

void ProjectTreeModel::build()
{
    m_root = std::make_unique<Node>();
    if (!m_snapshot)
        return;
    const RepositoryScan &scan = m_snapshot->scan;
    const QDir rootDir(scan.root);

    auto repository = std::make_unique<Node>();
    repository->kind = Kind::Repository;
    repository->name = QFileInfo(scan.root).fileName();
    repository->toolTip = QDir::toNativeSeparators(scan.root);
    repository->key = QStringLiteral("repository");
    Node *repositoryNode = m_root->add(std::move(repository));

    for (const Project &project : scan.projects) {
        const ProjectAnalysis *analysis = m_snapshot->analysis(project.id);
        auto projectNode = std::make_unique<Node>();
        projectNode->kind = Kind::Project;
        projectNode->name = project.dirName;
        projectNode->projectId = project.id;
        projectNode->path = project.path;
        projectNode->key = QStringLiteral("project:") + project.dirName;
        projectNode->toolTip = QDir::toNativeSeparators(project.relativePath);
        Node *projectItem = repositoryNode->add(std::move(projectNode));

        // Artifacts are sorted by type key then version: group them.
        QMap<QString, QList<const Artifact *>> byTypeKey;
        QStringList typeKeyOrder;
        for (const Artifact &artifact : project.artifacts) {
            if (!byTypeKey.contains(artifact.typeKey()))
                typeKeyOrder.append(artifact.typeKey());
            byTypeKey[artifact.typeKey()].append(&artifact);
        }
        QHash<QString, Node *> typeGroups;
        for (const QString &typeKey : std::as_const(typeKeyOrder)) {
            QList<const Artifact *> versions = byTypeKey.value(typeKey);
            std::sort(versions.begin(), versions.end(),
                      [](const Artifact *a, const Artifact *b) { return b->name.olderThan(a->name); });
            const Artifact *latest = versions.first();
            Node *parent = projectItem;
            if (!latest->instance().isEmpty()) {
                // Multi-instance types (ADR-001, ADR-002, ...) share one group.
                Node *&group = typeGroups[latest->type()];
                if (!group) {
                    auto groupNode = std::make_unique<Node>();
                    groupNode->kind = Kind::TypeGroup;
                    groupNode->name = QStringLiteral("%1 · %2").arg(latest->type(), typeName(latest->type()));
                    groupNode->projectId = project.id;
                    groupNode->key = QStringLiteral("group:%1:%2").arg(project.dirName, latest->type());
                    group = projectItem->add(std::move(groupNode));
                }
                parent = group;
            }
            auto artifactNode = std::make_unique<Node>();
            artifactNode->kind = Kind::Artifact;
            artifactNode->name = QStringLiteral("%1 · %2").arg(typeKey, displayTitle(*latest));
            artifactNode->version = QStringLiteral("v") + latest->version();
            artifactNode->path = latest->path;
            artifactNode->projectId = project.id;
            artifactNode->key = QStringLiteral("artifact:%1:%2").arg(project.dirName, typeKey);
            artifactNode->toolTip =
                tr("%1\n%2, version %3")
                    .arg(QDir::toNativeSeparators(latest->relativePath), typeName(latest->type()), latest->version());
            Node *artifactItem = parent->add(std::move(artifactNode));
            for (qsizetype i = 1; i < versions.size(); ++i) {
                const Artifact *older = versions.at(i);
                auto olderNode = std::make_unique<Node>();
                olderNode->kind = Kind::OlderVersion;
                olderNode->name = displayTitle(*older);
                olderNode->version = QStringLiteral("v") + older->version();
                olderNode->path = older->path;
                olderNode->projectId = project.id;
                olderNode->key = QStringLiteral("artifact:%1:%2:%3").arg(project.dirName, typeKey, older->version());
                olderNode->toolTip =
                    tr("%1\nOlder version %2").arg(QDir::toNativeSeparators(older->relativePath), older->version());
                artifactItem->add(std::move(olderNode));
            }
        }

        int projectSeverity = -1;
        if (analysis) {
            // The command reports mandatory and recommended documents; optional
            // ones are skipped silently, so the tree only marks the first two.
            for (const MissingDocument &missing : analysis->missing) {
                if (missing.level != Level::Mandatory && missing.level != Level::Recommended)
                    continue;
                auto missingNode = std::make_unique<Node>();
                missingNode->kind = Kind::Missing;
                missingNode->name =
                    tr("%1 · %2 (missing, %3)")
                        .arg(missing.type, typeName(missing.type), MissingDocument::levelName(missing.level));
                missingNode->severity = int(missing.level);
                missingNode->projectId = project.id;
                missingNode->toolTip = missing.message;
                missingNode->key = QStringLiteral("missing:%1:%2").arg(project.dirName, missing.type);
                projectItem->add(std::move(missingNode));
                projectSeverity = worse(projectSeverity, int(missing.level));
            }
            for (const Problem &problem : analysis->problems) {
                auto problemNode = std::make_unique<Node>();
                problemNode->kind = Kind::Problem;
                problemNode->name = tr("%1: %2").arg(QFileInfo(problem.path).fileName(), problem.message);
                problemNode->severity = int(Level::Recommended);
                problemNode->projectId = project.id;
                problemNode->path = rootDir.absoluteFilePath(problem.path);
                problemNode->toolTip = problem.message;
                problemNode->key = QStringLiteral("problem:%1:%2").arg(project.dirName, problem.path);
                projectItem->add(std::move(problemNode));
                projectSeverity = worse(projectSeverity, int(Level::Recommended));
            }
        }
        projectItem->severity = projectSeverity;

        const auto addFolder = [&](const QString &title, const QString &keyName, const QStringList &files,
                                   const QString &relativeTo) {
            if (files.isEmpty())
                return;
            auto folder = std::make_unique<Node>();
            folder->kind = Kind::Folder;
            folder->name = title;
            folder->projectId = project.id;
            folder->key = QStringLiteral("folder:%1:%2").arg(project.dirName, keyName);
            Node *folderItem = projectItem->add(std::move(folder));
            for (const QString &relative : files) {
                auto file = std::make_unique<Node>();
                file->kind = Kind::File;
                const QString absolute = rootDir.absoluteFilePath(relative);
                file->name = QDir(relativeTo).relativeFilePath(absolute);
                file->path = absolute;
                file->projectId = project.id;
                file->toolTip = QDir::toNativeSeparators(relative);
                file->key = QStringLiteral("file:") + relative;
                folderItem->add(std::move(file));
            }
        };
        addFolder(tr("external/"), QStringLiteral("external"), project.externalFiles,
                  project.path + QStringLiteral("/external"));
        addFolder(tr("Other documents"), QStringLiteral("other"), project.otherDocuments, project.path);
    }

    for (const Problem &problem : scan.problems) {
        // Problems outside any project (projects/ unreadable, ...).
        if (m_snapshot->projectContaining(rootDir.absoluteFilePath(problem.path)))
            continue;
        auto problemNode = std::make_unique<Node>();
        problemNode->kind = Kind::Problem;
        problemNode->name = tr("%1: %2").arg(problem.path, problem.message);
        problemNode->severity = int(Level::Recommended);
        problemNode->toolTip = problem.message;
        problemNode->key = QStringLiteral("problem::") + problem.path;
        repositoryNode->add(std::move(problemNode));
    }
}

ProjectTreeModel::Node *ProjectTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeFor(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return indexFor(node->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    if (index.column() == VersionColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return node->version;
        if (role != KindRole && role != PathRole && role != ProjectIdRole && role != KeyRole && role != SeverityRole)
            return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::AccessibleTextRole:
        return node->version.isEmpty() ? node->name : tr("%1, version %2").arg(node->name, node->version.mid(1));
    case Qt::ToolTipRole:
        return node->toolTip;
    case Qt::DecorationRole: {
        if (node->severity >= 0)
            return severityIcon(node->severity);
        QStyle *style = QApplication::style();
        switch (node->kind) {
        case Kind::Repository:
            return style->standardIcon(QStyle::SP_DriveHDIcon);
        case Kind::Project:
        case Kind::TypeGroup:
        case Kind::Folder:
            return style->standardIcon(QStyle::SP_DirIcon);
        default:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
    }
    case Qt::ForegroundRole:
        if (node->kind == Kind::OlderVersion || node->kind == Kind::Missing)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case KindRole:
        return QVariant::fromValue(node->kind);
    case PathRole:
        return node->path;
    case ProjectIdRole:
        return node->projectId;
    case SeverityRole:
        return node->severity;
    case KeyRole:
        return node->key;
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Document");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex ProjectTreeModel::indexForKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->key == key)
            return indexFor(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

QModelIndex ProjectTreeModel::projectIndex(const QString &projectId) const
{
    if (m_root->children.empty())
        return {};
    for (const auto &child : m_root->children.front()->children)
        if (child->kind == Kind::Project && (child->projectId == projectId || child->name == projectId))
            return indexFor(child.get());
    return {};
}

} // namespace arckit
