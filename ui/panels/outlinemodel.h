#pragma once
// The headings of the document in the editor as a tree (H2 under H1, H3
// under H2, ...), each knowing its line.

#include "markdownoutline.h"

#include <QAbstractItemModel>
#include <QList>

namespace arckit {

class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { LineRole = Qt::UserRole + 1, LevelRole };

    explicit OutlineModel(QObject *parent = nullptr);

    void setHeadings(const MarkdownHeadings &headings);
    const MarkdownHeadings &headings() const { return m_headings; }
    // The deepest heading at or before line.
    QModelIndex indexForLine(int line) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // Per heading (by index in m_headings): its parent heading (-1 for top level),
    // its row under that parent, and its children's indexes.
    struct Entry
    {
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    QModelIndex indexOf(int heading) const;

    MarkdownHeadings m_headings;
    QList<Entry> m_entries;
    QList<int> m_topLevel;
};

} // namespace arckit
