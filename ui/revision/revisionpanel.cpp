#include "revisionpanel.h"

#include "common/uiicons.h"
#include "revision/sectiongapsmodel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace arckit {

namespace {

QString fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("currentMaturity"), QObject::tr("Current maturity")},
        {QStringLiteral("targetMaturity"), QObject::tr("Target maturity")},
        {QStringLiteral("riskLevel"), QObject::tr("Risk level")},
        {QStringLiteral("platform"), QObject::tr("ML platform")},
        {QStringLiteral("regime"), QObject::tr("Governance")},
    };
    return labels.value(field, field);
}

QString valueLabel(const InferredAnswer &answer)
{
    if (answer.field.endsWith(QLatin1String("Maturity")))
        return Answers::maturityLabel(answer.value.toInt());
    if (answer.field == QLatin1String("regime"))
        return Answers::regimeLabel(answer.value);
    return answer.value;
}

} // namespace

RevisionPanel::RevisionPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_messages(new QListWidget(this))
    , m_gaps(new SectionGapsModel(this))
    , m_gapView(new QTreeView(this))
    , m_insertChecked(new QPushButton(tr("&Insert Checked"), this))
    , m_insertAll(new QPushButton(tr("Insert &All Missing"), this))
    , m_answersTitle(new QLabel(this))
    , m_answers(new QTreeWidget(this))
{
    auto *placeholder = new QLabel(tr("Open an MLOps strategy (ARC-…-MLOPS-v….md) to revise it: its reference "
                                      "sections, the answers its text implies and what to look at appear here."),
                                   this);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    placeholder->setMargin(8);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_messages->setWordWrap(true);
    m_messages->setAccessibleName(tr("Notes about the document"));
    m_messages->setMaximumHeight(110);
    m_gapView->setModel(m_gaps);
    m_gapView->setRootIsDecorated(false);
    m_gapView->setUniformRowHeights(true);
    m_gapView->setAccessibleName(tr("Reference sections"));
    m_gapView->header()->setSectionResizeMode(SectionGapsModel::SectionColumn, QHeaderView::ResizeToContents);
    m_gapView->header()->setStretchLastSection(true);
    m_gapView->setMinimumHeight(160);
    m_insertChecked->setToolTip(tr("Insert the checked sections from the template, each where the reference order "
                                   "puts it (one undo step)"));
    m_insertAll->setToolTip(tr("Insert every missing section that applies"));
    m_answers->setColumnCount(3);
    m_answers->setHeaderLabels({tr("Answer"), tr("Value"), tr("Line")});
    m_answers->setRootIsDecorated(false);
    m_answers->setAccessibleName(tr("Answers inferred from the document"));
    m_answers->setMaximumHeight(120);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_insertChecked);
    buttons->addWidget(m_insertAll);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_messages);
    layout->addWidget(m_gapView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_answersTitle);
    layout->addWidget(m_answers);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_gaps, &SectionGapsModel::checkedChanged, this, &RevisionPanel::updateButtons);
    connect(m_gapView, &QTreeView::activated, this, &RevisionPanel::onGapActivated);
    connect(m_messages, &QListWidget::itemActivated, this, &RevisionPanel::onMessageActivated);
    connect(m_answers, &QTreeWidget::itemActivated, this, &RevisionPanel::onAnswerActivated);
    connect(m_insertChecked, &QPushButton::clicked, this, [this] { Q_EMIT insertRequested(m_gaps->checkedKeys()); });
    connect(m_insertAll, &QPushButton::clicked, this, [this] { Q_EMIT insertRequested(m_gaps->missingKeys()); });
    clear();
}

bool RevisionPanel::hasDocument() const
{
    return m_stack->currentIndex() == 1;
}

void RevisionPanel::clear()
{
    m_stack->setCurrentIndex(0);
    m_messages->clear();
    m_answers->clear();
    m_gaps->setGaps({});
    updateButtons();
}

void RevisionPanel::setDocument(const RevisableDocument &document)
{
    m_stack->setCurrentIndex(1);
    const QString name = QFileInfo(document.path()).fileName();
    const QString version =
        document.version().isEmpty() ? tr("version unknown") : tr("version %1").arg(document.version());
    QString answers;
    switch (document.answersSource()) {
    case RevisableDocument::AnswersSource::Embedded:
        answers = tr("the wizard answers are embedded in it");
        break;
    case RevisableDocument::AnswersSource::Inferred:
        answers = tr("its answers are inferred from its text");
        break;
    case RevisableDocument::AnswersSource::None:
        answers = tr("its text implies no answers; the wizard starts from the project's documents");
        break;
    }
    m_summary->setText(tr("<b>%1</b>: %2; %3.").arg(name.toHtmlEscaped(), version, answers));

    m_messages->clear();
    static const QRegularExpression linePrefix(QStringLiteral("^Line (\\d+): "));
    for (const QString &message : document.messages()) {
        auto *item = new QListWidgetItem(UiIcons::severity(MissingDocument::Level::Recommended), message, m_messages);
        const auto match = linePrefix.match(message);
        if (match.hasMatch())
            item->setData(Qt::UserRole, match.captured(1).toInt());
    }
    m_messages->setVisible(!document.messages().isEmpty());

    m_answers->clear();
    const AnswersInferenceResult &inference = document.inference();
    for (const InferredAnswer &answer : inference.values) {
        auto *item = new QTreeWidgetItem(m_answers,
                                         {fieldLabel(answer.field), valueLabel(answer), QString::number(answer.line)});
        item->setData(0, Qt::UserRole, answer.line);
        item->setToolTip(1, answer.evidence);
        item->setToolTip(2, answer.evidence);
    }
    for (const QString &ambiguous : inference.ambiguous) {
        auto *item =
            new QTreeWidgetItem(m_answers, {fieldLabel(ambiguous.section(QLatin1Char(':'), 0, 0)),
                                            tr("unclear: %1").arg(ambiguous.section(QLatin1Char(':'), 1).trimmed())});
        item->setToolTip(1, tr("The document states this more than one way; choose it in the wizard."));
    }
    const bool inferred =
        document.answersSource() == RevisableDocument::AnswersSource::Inferred || !inference.ambiguous.isEmpty();
    m_answersTitle->setText(tr("Answers inferred from the text (double-click to see the line):"));
    m_answersTitle->setVisible(inferred);
    m_answers->setVisible(inferred);
    m_answers->resizeColumnToContents(0);
    setGaps(document.gaps());
}

void RevisionPanel::setGaps(const QList<SectionGap> &gaps)
{
    m_gaps->setGaps(gaps);
    updateButtons();
}

void RevisionPanel::updateButtons()
{
    const int missing = m_gaps->missingCount();
    m_insertAll->setEnabled(missing > 0);
    m_insertAll->setText(missing > 0 ? tr("Insert &All Missing (%1)").arg(missing) : tr("Insert &All Missing"));
    m_insertChecked->setEnabled(!m_gaps->checkedKeys().isEmpty());
}

void RevisionPanel::onGapActivated(const QModelIndex &index)
{
    const int line = index.data(SectionGapsModel::LineRole).toInt();
    if (line > 0)
        Q_EMIT lineRequested(line);
}

void RevisionPanel::onMessageActivated(QListWidgetItem *item)
{
    const int line = item->data(Qt::UserRole).toInt();
    if (line > 0)
        Q_EMIT lineRequested(line);
}

void RevisionPanel::onAnswerActivated(QTreeWidgetItem *item)
{
    const int line = item->data(0, Qt::UserRole).toInt();
    if (line > 0)
        Q_EMIT lineRequested(line);
}

} // namespace arckit
