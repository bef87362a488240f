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

TableEditor::TableEditor(QAbstractItemModel *model, const QString &addText, const QString &removeText,
                         int editColumn, QWidget *parent)
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
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->hide();
    m_view->setMinimumHeight(120);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::removeSelectedRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableEditor::updateButtons);
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
}

} // namespace arckit
