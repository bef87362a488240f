#pragma once
// A small editable table with Add and Remove buttons (and Move Up and Move
// Down where order matters), for the wizard's lists (model inventory, data sources). Tab leaves the table rather than walking
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
    // Null until enableReordering().
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

    // Adds Move Up and Move Down buttons (the model must implement moveRows).
    void enableReordering(const QString &upText, const QString &downText);

    void addRow();
    void removeSelectedRows();
    // Moves the current row by one (-1 up, +1 down), keeping it current.
    void moveCurrentRow(int step);

private:
    void updateButtons();

    QAbstractItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    int m_editColumn;
};

} // namespace arckit
