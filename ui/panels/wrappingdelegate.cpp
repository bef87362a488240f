#include "wrappingdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>

namespace arckit {

WrappingDelegate::WrappingDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
    const int iconWidth =
        opt.features & QStyleOptionViewItem::HasDecoration ? opt.decorationSize.width() + 2 * margin : 0;
    const int width = qMax(80, m_view->viewport()->width() - iconWidth - 4 * margin - 8);
    const QRect text =
        opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    const int height = qMax(text.height(), opt.decorationSize.height()) + 2 * margin + 4;
    return {m_view->viewport()->width() - 8, height};
}

} // namespace arckit
