#include "referencesectionsmodel.h"

#include "common/uiicons.h"

namespace arckit {

namespace {
bool sameMatches(const SectionMatches &a, const SectionMatches &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).status != b.at(i).status || a.at(i).line != b.at(i).line || a.at(i).heading != b.at(i).heading)
            return false;
    return true;
}
} // namespace

ReferenceSectionsModel::ReferenceSectionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ReferenceSectionsModel::setMatches(const SectionMatches &matches)
{
    if (sameMatches(matches, m_matches))
        return;
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

int ReferenceSectionsModel::numberedFound() const
{
    const auto &all = ReferenceSections::all();
    int found = 0;
    for (const SectionMatch &match : m_matches)
        if (match.section >= 0 && match.section < all.size() && all.at(match.section).number > 0 && match.found())
            ++found;
    return found;
}

int ReferenceSectionsModel::numberedTotal() const
{
    const auto &all = ReferenceSections::all();
    return int(
        std::count_if(all.cbegin(), all.cend(), [](const ReferenceSection &section) { return section.number > 0; }));
}

int ReferenceSectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant ReferenceSectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SectionMatch &match = m_matches.at(index.row());
    const auto &all = ReferenceSections::all();
    if (match.section < 0 || match.section >= all.size())
        return {};
    const ReferenceSection &section = all.at(match.section);
    const QString name =
        section.number > 0 ? QStringLiteral("%1. %2").arg(section.number).arg(section.title) : section.title;
    switch (role) {
    case Qt::DisplayRole:
        switch (match.status) {
        case SectionMatch::Status::Present:
            return name;
        case SectionMatch::Status::Renamed:
            return tr("%1 (as “%2”)").arg(name, match.heading);
        case SectionMatch::Status::Missing:
            return section.isConditional() ? tr("%1 (missing; if applicable)").arg(name) : tr("%1 (missing)").arg(name);
        }
        return name;
    case Qt::ToolTipRole:
        if (!match.found())
            return tr("Not found in the document");
        return match.missingSubsections.isEmpty()
                   ? tr("Line %1: %2").arg(match.line).arg(match.reason)
                   : tr("Line %1: %2. Subsections not found: %3")
                         .arg(match.line)
                         .arg(match.reason, match.missingSubsections.join(QStringLiteral(", ")));
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        switch (match.status) {
        case SectionMatch::Status::Present:
            return UiIcons::present();
        case SectionMatch::Status::Renamed:
            return UiIcons::partial();
        case SectionMatch::Status::Missing:
            return section.isConditional() ? UiIcons::partial() : UiIcons::missing();
        }
        return {};
    case LineRole:
        return match.line;
    case StatusRole:
        return int(match.status);
    case KeyRole:
        return section.key;
    default:
        return {};
    }
}

} // namespace arckit
