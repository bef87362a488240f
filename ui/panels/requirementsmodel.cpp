#include "requirementsmodel.h"

#include <QCollator>
#include <QDir>
#include <QSet>

namespace arckit {

namespace {

// "FR-ML-004a" -> "FR-ML-0000000004a": digits padded so that plain string
// comparison gives the natural order.
QString naturalKey(const QString &id)
{
    QString key;
    QString digits;
    const auto flush = [&] {
        if (!digits.isEmpty()) {
            key += digits.rightJustified(10, QLatin1Char('0'));
            digits.clear();
        }
    };
    for (const QChar c : id) {
        if (c.isDigit()) {
            digits += c;
        } else {
            flush();
            key += c.toUpper();
        }
    }
    flush();
    return key;
}

} // namespace

RequirementsModel::RequirementsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RequirementsModel::setRequirements(const Requirements &requirements, const QString &repositoryRoot)
{
    beginResetModel();
    m_requirements = requirements;
    m_root = repositoryRoot;
    endResetModel();
}

QStringList RequirementsModel::kinds() const
{
    QSet<QString> kinds;
    for (const Requirement &requirement : m_requirements)
        kinds.insert(requirement.kind);
    QStringList result(kinds.cbegin(), kinds.cend());
    result.sort();
    return result;
}

int RequirementsModel::mlCount() const
{
    return int(std::count_if(m_requirements.cbegin(), m_requirements.cend(),
                             [](const Requirement &requirement) { return requirement.ml; }));
}

int RequirementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requirements.size());
}

int RequirementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Requirement &requirement = m_requirements.at(index.row());
    const QString source = requirement.line > 0 ? QStringLiteral("%1:%2").arg(requirement.source).arg(requirement.line)
                                                : requirement.source;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return requirement.id;
        case TitleColumn:
            return requirement.title;
        case KindColumn:
            return requirement.category.isEmpty()
                       ? requirement.kind
                       : QStringLiteral("%1 (%2)").arg(requirement.kind, requirement.category);
        case MlColumn:
            return requirement.ml ? tr("Yes") : tr("No");
        case EvidenceColumn:
            return requirement.evidence.join(QStringLiteral(", "));
        case SourceColumn:
            return source;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return requirement.body.left(600);
        case MlColumn:
        case EvidenceColumn:
            return requirement.ml ? tr("ML-related: %1").arg(requirement.evidence.join(QStringLiteral(", ")))
                                  : tr("Not ML-related");
        case SourceColumn:
            return tr("Double-click to open %1 read-only").arg(source);
        default:
            return requirement.title;
        }
    case Qt::AccessibleTextRole:
        if (index.column() == MlColumn)
            return requirement.ml ? tr("ML-related") : tr("Not ML-related");
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return naturalKey(requirement.id);
        case SourceColumn:
            return QStringLiteral("%1:%2").arg(requirement.source).arg(requirement.line, 8, 10, QLatin1Char('0'));
        case MlColumn:
            return requirement.ml ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case KindRole:
        return requirement.kind;
    case MlRole:
        return requirement.ml;
    case PathRole:
        return requirement.source.isEmpty() ? QString() : QDir(m_root).absoluteFilePath(requirement.source);
    case LineRole:
        return requirement.line;
    case SearchTextRole:
        return QStringList{requirement.id, requirement.title, requirement.body,
                           requirement.evidence.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case MlColumn:
        return tr("ML");
    case EvidenceColumn:
        return tr("Evidence");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace arckit
