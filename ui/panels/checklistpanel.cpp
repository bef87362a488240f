#include "checklistpanel.h"

#include "checklistmodel.h"

#include "wrappingdelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace arckit {

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    setFocusProxy(m_view); // Alt+<n> lands in the list
    m_view->setAccessibleName(tr("Validation checklist"));
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Validation summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistPanel::refreshSummary);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const int line = index.data(ChecklistModel::LineRole).toInt();
        if (line > 0)
            Q_EMIT lineRequested(line);
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        const int line = index.data(ChecklistModel::LineRole).toInt();
        if (line > 0)
            Q_EMIT lineRequested(line);
    });
    setInactiveMessage(tr("Open or generate an MLOps strategy to see its checks."));
}

QString ChecklistPanel::summary() const
{
    return m_summary->text();
}

void ChecklistPanel::setInactiveMessage(const QString &message)
{
    m_inactive = message;
    refreshSummary();
}

void ChecklistPanel::refreshSummary()
{
    using Severity = ValidationFinding::Severity;
    if (!m_inactive.isEmpty() && m_model->rowCount() == 0) {
        m_summary->setText(m_inactive);
        return;
    }
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int notes = m_model->count(Severity::Info);
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("All checks pass.")
                           : tr("%1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(notes));
}

} // namespace arckit
