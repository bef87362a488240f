#include "tableeditor.h"

#include "choicedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace arckit {

TableEditor::TableEditor(QAbstractItemModel *model, const QString &addText, const QString &removeText, int editColumn,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
    , m_editColumn(editColumn)
{
    m_add->setAccessibleName(QString(addText).remove(QLatin1Char('&')));
    m_remove->setAccessibleName(QString(removeText).remove(QLatin1Char('&')));
    m_view->setModel(model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->hide();
    m_view->setMinimumHeight(120);
    m_view->setAlternatingRowColors(true);

    // The buttons in a row under the table, so that the table has the page's whole width for its columns.
    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::removeSelectedRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TableEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableEditor::updateButtons);
    updateButtons();
}

void TableEditor::enableReordering(const QString &upText, const QString &downText)
{
    if (m_up)
        return;
    m_up = new QPushButton(upText, this);
    m_down = new QPushButton(downText, this);
    m_up->setAccessibleName(QString(upText).remove(QLatin1Char('&')));
    m_down->setAccessibleName(QString(downText).remove(QLatin1Char('&')));
    auto *buttons = findChild<QHBoxLayout *>(QStringLiteral("buttons"));
    // After Add and Remove, before the stretch.
    buttons->insertWidget(2, m_up);
    buttons->insertWidget(3, m_down);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TableEditor::updateButtons);
    updateButtons();
}

void TableEditor::moveCurrentRow(int step)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int to = row + step;
    if (to < 0 || to >= m_model->rowCount())
        return;
    // moveRow's destination is the row it goes before: one further when moving down.
    if (!m_model->moveRow(QModelIndex(), row, QModelIndex(), step > 0 ? to + 1 : to))
        return;
    m_view->setCurrentIndex(m_model->index(to, current.column()));
    m_view->selectRow(to);
    updateButtons();
}

void TableEditor::addRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row, m_editColumn);
    m_view->setCurrentIndex(index);
    m_view->setFocus();
    m_view->edit(index);
}

void TableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    // From the bottom up so that the remaining rows keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    updateButtons();
}

void TableEditor::updateButtons()
{
    m_remove->setEnabled(m_view->selectionModel()->hasSelection() || m_view->currentIndex().isValid());
    if (m_up) {
        const QModelIndex current = m_view->currentIndex();
        m_up->setEnabled(current.isValid() && current.row() > 0);
        m_down->setEnabled(current.isValid() && current.row() < m_model->rowCount() - 1);
    }
}

} // namespace arckit
