#pragma once
// Item delegate for the word-wrapped lists (warnings, checklist): sizes each
// row for its text wrapped at the view's current width beside the icon, so
// that no warning loses its last line (QStyledItemDelegate measures with a
// width that ignores the icon and elides what does not fit).

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace arckit {

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QAbstractItemView *m_view;
};

} // namespace arckit
