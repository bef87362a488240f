#pragma once
// Edits a table cell with an editable combo box when the model suggests values
// for it (ChoicesRole), and with the usual line edit otherwise.

#include <QStyledItemDelegate>

namespace arckit {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The role under which a model returns a QStringList of suggested values.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace arckit
