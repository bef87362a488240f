#include "outlinemodel.h"

namespace arckit {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void OutlineModel::setHeadings(const MarkdownHeadings &headings)
{
    if (headings == m_headings)
        return; // most keystrokes leave the outline alone: keep the view's state
    beginResetModel();
    m_headings = headings;
    m_entries = QList<Entry>(headings.size());
    m_topLevel.clear();
    QList<int> stack; // indexes of the open headings, shallowest first
    for (int i = 0; i < int(headings.size()); ++i) {
        while (!stack.isEmpty() && headings.at(stack.last()).level >= headings.at(i).level)
            stack.removeLast();
        Entry &entry = m_entries[i];
        entry.parent = stack.isEmpty() ? -1 : stack.last();
        QList<int> &siblings = entry.parent < 0 ? m_topLevel : m_entries[entry.parent].children;
        entry.row = int(siblings.size());
        siblings.append(i);
        stack.append(i);
    }
    endResetModel();
}

QModelIndex OutlineModel::indexForLine(int line) const
{
    int best = -1;
    for (int i = 0; i < int(m_headings.size()) && m_headings.at(i).line <= line; ++i)
        best = i;
    return best < 0 ? QModelIndex() : indexOf(best);
}

QModelIndex OutlineModel::indexOf(int heading) const
{
    if (heading < 0 || heading >= int(m_entries.size()))
        return {};
    return createIndex(m_entries.at(heading).row, 0, quintptr(heading));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &children = parent.isValid() ? m_entries.at(int(parent.internalId())).children : m_topLevel;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(children.size()))
        return {};
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(m_entries.at(int(child.internalId())).parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_entries.at(int(parent.internalId())).children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const MarkdownHeading &heading = m_headings.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return heading.text;
    case Qt::ToolTipRole:
        return tr("Line %1").arg(heading.line);
    case Qt::AccessibleTextRole:
        return tr("%1, heading level %2, line %3").arg(heading.text).arg(heading.level).arg(heading.line);
    case LineRole:
        return heading.line;
    case LevelRole:
        return heading.level;
    default:
        return {};
    }
}

} // namespace arckit
