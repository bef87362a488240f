#include "requirementsfiltermodel.h"

#include "requirementsmodel.h"

namespace arckit {

RequirementsFilterModel::RequirementsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequirementsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RequirementsFilterModel::setMlOnly(bool mlOnly)
{
    if (m_mlOnly == mlOnly)
        return;
    m_mlOnly = mlOnly;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void RequirementsFilterModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void RequirementsFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool RequirementsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_mlOnly && !index.data(RequirementsModel::MlRole).toBool())
        return false;
    if (!m_kind.isEmpty() && index.data(RequirementsModel::KindRole).toString() != m_kind)
        return false;
    if (!m_search.isEmpty()) {
        const QString haystack = index.data(RequirementsModel::SearchTextRole).toString();
        const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
    }
    return true;
}

} // namespace arckit
