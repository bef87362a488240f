#include "warningspanel.h"

#include "warningsmodel.h"

#include "wrappingdelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace arckit {

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new WarningsModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    setFocusProxy(m_view); // Alt+<n> lands in the list
    m_view->setAccessibleName(tr("Warnings"));
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(2);
    m_view->setTextElideMode(Qt::ElideNone); // each warning says what to do: show all of it
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Warnings summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &WarningsPanel::refreshSummary);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(WarningsModel::PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT fileRequested(path);
    });
    refreshSummary();
}

QString WarningsPanel::summary() const
{
    return m_summary->text();
}

void WarningsPanel::refreshSummary()
{
    using Level = MissingDocument::Level;
    const int mandatory = m_model->count(Level::Mandatory);
    const int recommended = m_model->count(Level::Recommended);
    const int optional = m_model->count(Level::Optional);
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing is missing for this project."));
    else
        m_summary->setText(
            tr("%1 mandatory, %2 recommended, %3 optional").arg(mandatory).arg(recommended).arg(optional));
}

} // namespace arckit
