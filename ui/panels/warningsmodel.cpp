#include "warningsmodel.h"

#include "common/uiicons.h"

#include <QDir>
#include <QFileInfo>

namespace arckit {

WarningsModel::WarningsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString WarningsModel::levelTitle(MissingDocument::Level level)
{
    switch (level) {
    case MissingDocument::Level::Mandatory:
        return tr("Mandatory");
    case MissingDocument::Level::Recommended:
        return tr("Recommended");
    case MissingDocument::Level::Optional:
        return tr("Optional");
    case MissingDocument::Level::Info:
        return tr("Note");
    }
    return {};
}

void WarningsModel::setWarnings(const MissingDocuments &missing, const Problems &problems,
                                const QString &repositoryRoot)
{
    beginResetModel();
    m_items.clear();
    for (const MissingDocument &document : missing) {
        WarningItem item;
        item.level = document.level;
        item.title = document.level == MissingDocument::Level::Info
                         ? tr("%1: %2").arg(levelTitle(document.level), document.type)
                         : tr("%1 document missing: %2").arg(levelTitle(document.level), document.type);
        item.message = document.messageWithoutSign(); // the icon shows the severity
        m_items.append(item);
    }
    for (const Problem &problem : problems) {
        WarningItem item;
        item.level = MissingDocument::Level::Recommended;
        item.title = tr("Cannot use %1").arg(problem.path);
        item.message =
            tr("%1. Fix or replace the file; the project tree updates by itself when it changes.").arg(problem.message);
        item.path = QDir(repositoryRoot).absoluteFilePath(problem.path);
        m_items.append(item);
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const WarningItem &a, const WarningItem &b) { return int(a.level) < int(b.level); });
    endResetModel();
}

void WarningsModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

int WarningsModel::count(MissingDocument::Level level) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [level](const WarningItem &item) { return item.level == level; }));
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WarningItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(item.title + QLatin1Char('\n') + item.message);
    case Qt::AccessibleTextRole:
        return QString(item.title + QStringLiteral(". ") + item.message);
    case Qt::ToolTipRole:
        return item.message;
    case Qt::DecorationRole:
        return UiIcons::severity(item.level);
    case LevelRole:
        return int(item.level);
    case TitleRole:
        return item.title;
    case MessageRole:
        return item.message;
    case PathRole:
        return item.path;
    default:
        return {};
    }
}

} // namespace arckit
