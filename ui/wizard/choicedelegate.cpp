#include "choicedelegate.h"

#include "datasourcemodel.h"
#include "modelinventorymodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QStyle>

namespace arckit {

static_assert(ChoiceDelegate::ChoicesRole == ModelInventoryModel::ChoicesRole);
static_assert(ChoiceDelegate::ChoicesRole == DataSourceModel::ChoicesRole);

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    // Editable: the suggestions are common values, not the only ones allowed.
    combo->setEditable(true);
    combo->addItems(choices);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // The cell is narrow; the list that drops down shows each choice whole
    // ("Classification", not "Clas…tion").
    combo->view()->setTextElideMode(Qt::ElideNone);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 2 * combo->view()->frameWidth() +
                                   combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace arckit
