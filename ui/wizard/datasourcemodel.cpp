#include "datasourcemodel.h"

namespace arckit {

namespace {

QString DataSourceEntry::*const memberOf[DataSourceModel::ColumnCount] = {
    &DataSourceEntry::name,   &DataSourceEntry::type, &DataSourceEntry::frequency,
    &DataSourceEntry::volume, &DataSourceEntry::pii,  &DataSourceEntry::owner,
};

} // namespace

DataSourceModel::DataSourceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DataSourceModel::setSources(const QList<DataSourceEntry> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int DataSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int DataSourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataSourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataSourceEntry &source = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return source.*memberOf[index.column()];
    case ChoicesRole:
        switch (index.column()) {
        case TypeColumn:
            return QStringList{tr("Database"), tr("API"), tr("File"), tr("Stream")};
        case FrequencyColumn:
            return QStringList{tr("Real-time"), tr("Hourly"), tr("Daily"), tr("Weekly"), tr("Monthly")};
        case PiiColumn:
            return QStringList{tr("Yes"), tr("No")};
        default:
            return QStringList();
        }
    default:
        return {};
    }
}

bool DataSourceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString &cell = m_sources[index.row()].*memberOf[index.column()];
    const QString text = value.toString().trimmed();
    if (cell == text)
        return true;
    cell = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant DataSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case FrequencyColumn:
        return tr("Frequency");
    case VolumeColumn:
        return tr("Volume");
    case PiiColumn:
        return tr("PII");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

Qt::ItemFlags DataSourceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool DataSourceModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_sources.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_sources.insert(row + i, DataSourceEntry());
    endInsertRows();
    return true;
}

bool DataSourceModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_sources.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_sources.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace arckit
