#include "sectiongapsmodel.h"

#include "common/uiicons.h"

namespace arckit {

namespace {

const ReferenceSection &sectionOf(const SectionGap &gap)
{
    return ReferenceSections::all().at(gap.section);
}

bool sameGaps(const QList<SectionGap> &a, const QList<SectionGap> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const SectionMatch &x = a.at(i).match;
        const SectionMatch &y = b.at(i).match;
        if (x.status != y.status || x.line != y.line || x.heading != y.heading || a.at(i).applies != b.at(i).applies)
            return false;
    }
    return true;
}

} // namespace

SectionGapsModel::SectionGapsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SectionGapsModel::setGaps(const QList<SectionGap> &gaps)
{
    if (sameGaps(gaps, m_gaps))
        return;
    beginResetModel();
    m_gaps = gaps;
    // A section that is no longer missing cannot stay checked.
    const QStringList missing = missingKeys();
    for (auto it = m_checked.begin(); it != m_checked.end();) {
        if (missing.contains(*it))
            ++it;
        else
            it = m_checked.erase(it);
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

QStringList SectionGapsModel::checkedKeys() const
{
    QStringList keys;
    for (const QString &key : missingKeys()) {
        if (m_checked.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList SectionGapsModel::missingKeys() const
{
    return SectionGaps::missingKeys(m_gaps);
}

int SectionGapsModel::missingCount() const
{
    return int(missingKeys().size());
}

int SectionGapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gaps.size());
}

int SectionGapsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionGapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return tr("Reference section");
    case StatusColumn:
        return tr("In the document");
    }
    return {};
}

Qt::ItemFlags SectionGapsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SectionColumn && m_gaps.at(index.row()).isMissing())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant SectionGapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SectionGap &gap = m_gaps.at(index.row());
    const ReferenceSection &section = sectionOf(gap);
    const SectionMatch &match = gap.match;
    switch (role) {
    case LineRole:
        return match.found() ? match.line : 0;
    case KeyRole:
        return section.key;
    case MissingRole:
        return gap.isMissing();
    case Qt::CheckStateRole:
        if (index.column() == SectionColumn && gap.isMissing())
            return m_checked.contains(section.key) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() != SectionColumn)
            return {};
        if (!gap.applies && !match.found())
            return {};
        return match.status == SectionMatch::Status::Present   ? UiIcons::present()
               : match.status == SectionMatch::Status::Renamed ? UiIcons::partial()
                                                               : UiIcons::missing();
    case Qt::ToolTipRole:
        if (match.found())
            return tr("Line %1: %2").arg(match.line).arg(match.reason);
        return gap.applies ? tr("Missing: check it and choose Insert to add it from the template")
                           : tr("Applies only to %1")
                                 .arg(section.condition == ReferenceSection::Condition::GenAi
                                          ? tr("systems using generative AI")
                                          : tr("UK public-sector systems"));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SectionColumn:
            return section.number > 0 ? QStringLiteral("%1. %2").arg(section.number).arg(section.title) : section.title;
        case StatusColumn:
            if (match.status == SectionMatch::Status::Present)
                return tr("present, line %1").arg(match.line);
            if (match.status == SectionMatch::Status::Renamed)
                return tr("as “%1”, line %2").arg(match.heading).arg(match.line);
            return gap.applies ? tr("missing") : tr("not applicable");
        }
        return {};
    }
    return {};
}

bool SectionGapsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const QString key = sectionOf(m_gaps.at(index.row())).key;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

} // namespace arckit
