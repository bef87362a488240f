#include "outlinepanel.h"

#include "outlinemodel.h"
#include "referencesectionsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace arckit {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutlineModel(this))
    , m_sections(new ReferenceSectionsModel(this))
    , m_view(new QTreeView(this))
    , m_sectionsView(new QListView(this))
    , m_sectionsLabel(new QLabel(this))
{
    m_view->setModel(m_model);
    setFocusProxy(m_view); // Alt+<n> lands in the list
    m_view->setHeaderHidden(true);
    m_view->setAccessibleName(tr("Document outline"));
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_sectionsView->setModel(m_sections);
    m_sectionsView->setAccessibleName(tr("Reference sections"));
    m_sectionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectionsLabel->setWordWrap(true);
    m_sectionsLabel->setAccessibleName(tr("Reference sections summary"));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_sectionsLabel);
    lowerLayout->addWidget(m_sectionsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_view, &QTreeView::activated, this, &OutlinePanel::requestLine);
    connect(m_view, &QTreeView::clicked, this, &OutlinePanel::requestLine);
    connect(m_sectionsView, &QListView::activated, this, &OutlinePanel::requestLine);
    connect(m_sectionsView, &QListView::clicked, this, &OutlinePanel::requestLine);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    setOutline({}, {});
}

void OutlinePanel::setOutline(const MarkdownOutline &outline, const SectionMatches &matches)
{
    m_model->setHeadings(outline.headings());
    m_sections->setMatches(matches);
    m_sectionsLabel->setText(matches.isEmpty() ? tr("Reference sections: no document")
                                               : tr("Reference sections: %1 of %2 present")
                                                     .arg(m_sections->numberedFound())
                                                     .arg(m_sections->numberedTotal()));
}

void OutlinePanel::setCurrentLine(int line)
{
    const QModelIndex index = m_model->indexForLine(line);
    if (!index.isValid() || index == m_view->currentIndex())
        return;
    m_settingCurrent = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_settingCurrent = false;
}

QString OutlinePanel::sectionsSummary() const
{
    return m_sectionsLabel->text();
}

void OutlinePanel::requestLine(const QModelIndex &index)
{
    if (m_settingCurrent)
        return;
    const int line = index.data(OutlineModel::LineRole).toInt();
    if (line > 0)
        Q_EMIT lineRequested(line);
}

} // namespace arckit
