#include "modelinventorymodel.h"

#include "sourcelink.h"

#include <QGuiApplication>
#include <QPalette>

#include <QRegularExpression>

namespace arckit {

namespace {

// The text columns; the requirements and source columns are lists.
QString ModelEntry::*memberOf(int column)
{
    switch (column) {
    case ModelInventoryModel::IdColumn:
        return &ModelEntry::id;
    case ModelInventoryModel::NameColumn:
        return &ModelEntry::name;
    case ModelInventoryModel::TypeColumn:
        return &ModelEntry::type;
    case ModelInventoryModel::FrameworkColumn:
        return &ModelEntry::framework;
    case ModelInventoryModel::ServiceColumn:
        return &ModelEntry::service;
    case ModelInventoryModel::PurposeColumn:
        return &ModelEntry::purpose;
    case ModelInventoryModel::RiskColumn:
        return &ModelEntry::risk;
    case ModelInventoryModel::OwnerColumn:
        return &ModelEntry::owner;
    default:
        return nullptr;
    }
}

QStringList splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

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
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]+)-(\\d+)$"));
    QString prefix;
    int highest = 0;
    for (const ModelEntry &model : m_models) {
        const QRegularExpressionMatch match = pattern.match(model.id.trimmed());
        if (!match.hasMatch())
            continue;
        if (prefix.isEmpty())
            prefix = match.captured(1);
        if (match.captured(1) == prefix)
            highest = qMax(highest, match.captured(2).toInt());
    }
    if (prefix.isEmpty())
        prefix = QStringLiteral("ML");
    return QStringLiteral("%1-%2").arg(prefix).arg(highest + 1, 3, 10, QLatin1Char('0'));
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
        if (index.column() == RequirementsColumn)
            return model.requirements.join(QStringLiteral(", "));
        if (index.column() == SourceColumn) {
            if (model.evidence.isEmpty())
                return {};
            // The first statement; the others are in the tooltip.
            return SourceLink::parse(model.evidence.first()).shortText();
        }
        return model.*memberOf(index.column());
    case SourceRole:
        return model.evidence.isEmpty() ? QString() : model.evidence.first();
    case Qt::ToolTipRole:
        if (index.column() == IdColumn)
            return tr("Numbered automatically");
        if (index.column() == SourceColumn && !model.evidence.isEmpty())
            return tr("Where the documents describe this model (click to open the first):\n%1")
                .arg(model.evidence.join(QLatin1Char('\n')));
        if (index.column() == RequirementsColumn)
            return tr("The requirements that need this model, separated by commas");
        if (QString ModelEntry::*member = memberOf(index.column()))
            return model.*member; // the whole text of a narrow cell
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SourceColumn)
            return QGuiApplication::palette().link();
        return {};
    case ChoicesRole:
        switch (index.column()) {
        case TypeColumn:
            return QStringList{tr("Classification"), tr("Regression"),     tr("NLP"),         tr("Computer Vision"),
                               tr("GenAI"),          tr("Recommendation"), tr("Forecasting"), tr("Anomaly Detection")};
        case FrameworkColumn:
            return QStringList{QStringLiteral("PyTorch"),
                               QStringLiteral("TensorFlow"),
                               QStringLiteral("scikit-learn"),
                               QStringLiteral("XGBoost"),
                               QStringLiteral("Hugging Face Transformers"),
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
    if (role != Qt::EditRole || index.column() == IdColumn || index.column() == SourceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == RequirementsColumn) {
        const QStringList ids = splitIds(value.toString());
        if (m_models[index.row()].requirements == ids)
            return true;
        m_models[index.row()].requirements = ids;
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    QString &cell = m_models[index.row()].*memberOf(index.column());
    const QString text = value.toString().trimmed();
    if (cell == text)
        return true;
    cell = text;
    // A purpose the architect typed is theirs: the line that stated the old one no longer supports it.
    if (index.column() == PurposeColumn)
        m_models[index.row()].purposeSource.clear();
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant ModelInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IdColumn:
        return tr("Model ID");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case FrameworkColumn:
        return tr("Framework");
    case ServiceColumn:
        return tr("Service");
    case RequirementsColumn:
        return tr("Requirements");
    case SourceColumn:
        return tr("Source");
    case PurposeColumn:
        return tr("Purpose");
    case RiskColumn:
        return tr("Risk");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

Qt::ItemFlags ModelInventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return index.column() == IdColumn || index.column() == SourceColumn ? base : base | Qt::ItemIsEditable;
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

bool ModelInventoryModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                   const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > m_models.size() || destinationChild < 0 || destinationChild > m_models.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<ModelEntry> moved = m_models.mid(sourceRow, count);
    m_models.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_models.insert(to + i, moved.at(i));
    endMoveRows();
    return true;
}

} // namespace arckit
