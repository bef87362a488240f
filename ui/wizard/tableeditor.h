#pragma once
// A small editable table with Add and Remove buttons, for the wizard's lists
// (model inventory, data sources). Tab leaves the table rather than walking
// its cells, so that the page stays usable from the keyboard; arrows move
// between cells and F2 or typing edits one.

#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace arckit {

class TableEditor : public QWidget
{
    Q_OBJECT
public:
    // editColumn: the column a new row is opened for editing at.
    TableEditor(QAbstractItemModel *model, const QString &addText, const QString &removeText, int editColumn,
                QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    void addRow();
    void removeSelectedRows();

private:
    void updateButtons();

    QAbstractItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    int m_editColumn;
};

} // namespace arckit
