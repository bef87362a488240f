#include "requirementspanel.h"

#include "requirementsfiltermodel.h"
#include "requirementsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace arckit {

RequirementsPanel::RequirementsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequirementsModel(this))
    , m_filter(new RequirementsFilterModel(this))
    , m_view(new QTableView(this))
    , m_mlOnly(new QCheckBox(tr("&ML-related only"), this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    // Alt+3 lands in the search box: typing narrows the list, Tab then reaches it.
    setFocusProxy(m_search);
    m_view->setAccessibleName(tr("Requirements"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RequirementsModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequirementsModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(RequirementsModel::IdColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("NFR-SEC-0000")));
    header->resizeSection(RequirementsModel::KindColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("NFR (SEC)00")));
    header->resizeSection(RequirementsModel::MlColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("ML000")));
    header->resizeSection(RequirementsModel::EvidenceColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("machine learning, model")));
    header->resizeSection(RequirementsModel::SourceColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("ARC-001-REQ-v1.0.md:0000")));

    m_mlOnly->setAccessibleName(tr("Show ML-related requirements only"));
    m_kind->setAccessibleName(tr("Requirement kind"));
    m_kind->addItem(tr("All kinds"), QString());
    m_search->setPlaceholderText(tr("Search requirements…"));
    m_search->setAccessibleName(tr("Search requirements"));
    m_search->setClearButtonEnabled(true);
    m_summary->setAccessibleName(tr("Requirements summary"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_mlOnly);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_mlOnly, &QCheckBox::toggled, m_filter, &RequirementsFilterModel::setMlOnly);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setKind(m_kind->itemData(index).toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &RequirementsFilterModel::setSearchText);
    connect(m_filter, &RequirementsFilterModel::filterChanged, this, &RequirementsPanel::updateSummary);
    connect(m_view, &QTableView::activated, this, &RequirementsPanel::openSource);
    updateSummary();
}

void RequirementsPanel::setRequirements(const Requirements &requirements, const QString &repositoryRoot)
{
    m_model->setRequirements(requirements, repositoryRoot);
    const QString previousKind = m_filter->kind();
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        m_kind->addItem(tr("All kinds"), QString());
        for (const QString &kind : m_model->kinds())
            m_kind->addItem(kind, kind);
        const int keep = m_kind->findData(previousKind);
        m_kind->setCurrentIndex(keep < 0 ? 0 : keep);
    }
    m_filter->setKind(m_kind->currentData().toString());
    updateSummary();
}

QString RequirementsPanel::summary() const
{
    return m_summary->text();
}

void RequirementsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_summary->setText(shown == total ? tr("%n requirement(s), %1 ML-related", nullptr, total).arg(m_model->mlCount())
                                      : tr("%1 of %2 shown").arg(shown).arg(total));
}

void RequirementsPanel::openSource(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    const QString path = index.data(RequirementsModel::PathRole).toString();
    if (path.isEmpty())
        return;
    const int line = index.data(RequirementsModel::LineRole).toInt();
    const QString source = m_model->index(index.row(), RequirementsModel::SourceColumn).data().toString();
    Q_EMIT sourceRequested(path, line, source);
}

} // namespace arckit
