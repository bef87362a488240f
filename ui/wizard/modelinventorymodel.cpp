#include "modelinventorymodel.h"

#include <QRegularExpression>

namespace arckit {

namespace {

QString ModelEntry::*const memberOf[ModelInventoryModel::ColumnCount] = {
    &ModelEntry::id,      &ModelEntry::name, &ModelEntry::type, &ModelEntry::framework,
    &ModelEntry::purpose, &ModelEntry::risk, &ModelEntry::owner,
};

} // namespace

ModelInventoryModel::ModelInventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ModelInventoryModel::setModels(const QList<ModelEntry> &models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

QString ModelInventoryModel::nextModelId() const
{
    static const QRegularExpression pattern(QStringLiteral("^ML-(\\d+)$"));
    int highest = 0;
    for (const ModelEntry &model : m_models) {
        const QRegularExpressionMatch match = pattern.match(model.id.trimmed());
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return QStringLiteral("ML-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

int ModelInventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelInventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelEntry &model = m_models.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return model.*memberOf[index.column()];
    case Qt::ToolTipRole:
        if (index.column() == IdColumn)
            return tr("Numbered automatically");
        return {};
    case ChoicesRole:
        switch (index.column()) {
        case TypeColumn:
            return QStringList{tr("Classification"), tr("Regression"),  tr("NLP"),
                               tr("Computer Vision"), tr("GenAI"),      tr("Recommendation"),
                               tr("Forecasting"),    tr("Anomaly Detection")};
        case FrameworkColumn:
            return QStringList{QStringLiteral("PyTorch"), QStringLiteral("TensorFlow"), QStringLiteral("scikit-learn"),
                               QStringLiteral("XGBoost"), QStringLiteral("Hugging Face Transformers"),
                               tr("Foundation model API")};
        case RiskColumn:
            return Answers::riskLevels();
        default:
            return QStringList();
        }
    default:
        return {};
    }
}

bool ModelInventoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() == IdColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString &cell = m_models[index.row()].*memberOf[index.column()];
    const QString text = value.toString().trimmed();
    if (cell == text)
        return true;
    cell = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant ModelInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IdColumn: return tr("Model ID");
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case FrameworkColumn: return tr("Framework");
    case PurposeColumn: return tr("Purpose");
    case RiskColumn: return tr("Risk");
    case OwnerColumn: return tr("Owner");
    default: return {};
    }
}

Qt::ItemFlags ModelInventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return index.column() == IdColumn ? base : base | Qt::ItemIsEditable;
}

bool ModelInventoryModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_models.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        ModelEntry entry;
        entry.id = nextModelId();
        m_models.insert(row + i, entry);
    }
    endInsertRows();
    return true;
}

bool ModelInventoryModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_models.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_models.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace arckit
