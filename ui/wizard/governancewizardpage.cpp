#include "governancewizardpage.h"

#include "answers.h"
#include "projectwizardpage.h"
#include "sourcelink.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace arckit {

namespace {

struct RiskRow
{
    const char *criteria;
    const char *governance;
};

// The template's Model Risk Classification table.
const RiskRow riskRows[] = {
    {QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "No significant impact on individuals"),
     QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Standard review")},
    {QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Some impact, not life-affecting"),
     QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Enhanced review")},
    {QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Significant impact on individuals"),
     QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Ethics board review")},
    {QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Life-affecting, legal, employment"),
     QT_TRANSLATE_NOOP("arckit::GovernanceWizardPage", "Ministerial / executive approval")},
};

} // namespace

GovernanceWizardPage::GovernanceWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("Governance"),
                  tr("The rules the ML system answers to, how risky its models are, and the oversight and "
                     "transparency that follow."),
                  parent)
{
    QFormLayout *regime = addGroup(tr("Regime"));
    QList<Choice> regimes;
    for (const QString &key : Answers::regimeKeys())
        regimes.append({key, Answers::regimeLabel(key)});
    m_regime = addChoice(regime, QStringLiteral("regime"), tr("&Jurisdiction"), regimes, Required::Yes);

    QGroupBox *riskBox = nullptr;
    QFormLayout *riskForm = addGroup(tr("Model risk"), &riskBox);
    QList<Choice> risks;
    for (const QString &level : Answers::riskLevels())
        risks.append({level, level});
    m_risk = addChoice(riskForm, QStringLiteral("riskLevel"), tr("Model &risk level"), risks, Required::Yes);
    addChoice(riskForm, QStringLiteral("humanOversight"), tr("&Human oversight"),
              {{QStringLiteral("Required"), tr("Required")}, {QStringLiteral("Advisory"), tr("Advisory")}},
              Required::Yes);
    addText(riskForm, QStringLiteral("confidenceThreshold"), tr("Confidence threshold for re&view"), Required::No,
            tr("e.g. 70%: below it a person reviews the output"));
    m_criteria = new QTableWidget(4, 3, riskBox);
    m_criteria->setObjectName(QStringLiteral("riskCriteria"));
    m_criteria->setAccessibleName(tr("Model risk criteria"));
    m_criteria->setHorizontalHeaderLabels({tr("Risk level"), tr("Criteria"), tr("Governance")});
    m_criteria->verticalHeader()->hide();
    m_criteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteria->setSelectionMode(QAbstractItemView::NoSelection);
    m_criteria->setFocusPolicy(Qt::NoFocus);
    m_criteria->setWordWrap(false);
    const QStringList levels = Answers::riskLevels();
    for (int row = 0; row < 4; ++row) {
        m_criteria->setItem(row, 0, new QTableWidgetItem(levels.at(row)));
        m_criteria->setItem(row, 1, new QTableWidgetItem(tr(riskRows[row].criteria)));
        m_criteria->setItem(row, 2, new QTableWidgetItem(tr(riskRows[row].governance)));
    }
    m_criteria->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_criteria->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_criteria->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeightToRows(m_criteria);
    riskForm->insertRow(1, m_criteria); // the criteria right under the level they explain
    // What a DPIA says of the residual risk, when no AI Playbook assessment
    // rates the model: offered as a suggestion, never chosen for the architect.
    m_riskSuggestion = makeNote(QStringLiteral("riskSuggestion"));
    m_riskSuggestion->hide();
    riskForm->insertRow(1, m_riskSuggestion);

    QFormLayout *transparency = addGroup(tr("Transparency and assurance"));
    m_atrs =
        addChoice(transparency, QStringLiteral("atrs"), tr("&ATRS record"),
                  {{QStringLiteral("Required"), tr("Required")}, {QStringLiteral("Not Required"), tr("Not Required")}});
    m_atrs->setToolTip(tr("Algorithmic Transparency Recording Standard"));
    // The standard's two tiers are two parts of one record, not kinds of
    // system: Tier 1 is the short summary for the general public, Tier 2 the
    // detailed record for specialists; a published record has both.
    m_atrsTier = addChoice(transparency, QStringLiteral("atrsTier"), tr("ATRS &tiers"),
                           {{QStringLiteral("1"), tr("Tier 1 so far: the short summary for the public")},
                            {QStringLiteral("2"), tr("Tiers 1 and 2: summary and detailed record")}});
    m_atrsTier->setToolTip(tr("How far the Algorithmic Transparency Record is completed. Tier 1 is the short "
                              "summary for the general public; Tier 2 is the detailed record (data, model, "
                              "risks, human oversight). Both are completed for a published record."));
    m_jsp936 = addSuggestions(transparency, QStringLiteral("jsp936RiskClass"), tr("JSP &936 risk class"),
                              {tr("Critical"), tr("Severe"), tr("Major"), tr("Moderate"), tr("Minor")});
    m_jsp936->setToolTip(tr("Defence AI assurance; only for the Ministry of Defence"));
    addText(transparency, QStringLiteral("dpiaLink"), tr("&DPIA"), Required::No,
            tr("Link or document ID of the Data Protection Impact Assessment"));
    addText(transparency, QStringLiteral("predictionRetention"), tr("&Prediction log retention"), Required::No,
            tr("e.g. 7 years, as the records policy keeps decisions"));
    body()->addStretch();

    connect(m_regime, &QComboBox::currentIndexChanged, this, &GovernanceWizardPage::updateDependentFields);
    connect(m_atrs, &QComboBox::currentIndexChanged, this, &GovernanceWizardPage::updateDependentFields);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &GovernanceWizardPage::markRisk);
    updateDependentFields();
}

void GovernanceWizardPage::load(const Answers &answers)
{
    AnswersPage::load(answers);
    updateDependentFields();
    markRisk();
    const ContextValue &candidate = state()->analysis.profile.riskCandidate;
    const bool offered = !candidate.isEmpty() && state()->analysis.context.riskLevel.isEmpty();
    m_riskSuggestion->setVisible(offered);
    if (!offered)
        return;
    QString text = tr("<b>Suggested from the documents:</b> %1, the residual risk the DPIA states (%2). It rates the "
                      "risk to the people whose data is processed; the model's risk level is yours to choose.")
                       .arg(candidate.value.toHtmlEscaped(), SourceLink::html(candidate.source));
    if (!answers.riskLevel.isEmpty() && answers.riskLevel != candidate.value)
        text += QStringLiteral("<br>") + tr("The level chosen differs from it.");
    m_riskSuggestion->setText(text);
}

void GovernanceWizardPage::updateDependentFields()
{
    const QString regime = m_regime->currentData().toString();
    m_jsp936->setEnabled(regime == QLatin1String("mod"));
    m_atrsTier->setEnabled(m_atrs->currentData().toString() == QLatin1String("Required"));
    Q_EMIT regimeChanged(regime);
    refreshCompleteness();
}

void GovernanceWizardPage::markRisk()
{
    const int chosen = m_risk->currentIndex();
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(60);
    for (int row = 0; row < m_criteria->rowCount(); ++row)
        for (int column = 0; column < m_criteria->columnCount(); ++column) {
            QTableWidgetItem *item = m_criteria->item(row, column);
            const bool mine = m_criteria->item(row, 0)->text() == m_risk->itemText(chosen) && chosen >= 0;
            item->setBackground(mine ? QBrush(background) : QBrush());
            QFont font = item->font();
            font.setBold(mine);
            item->setFont(font);
        }
}

QStringList GovernanceWizardPage::problems() const
{
    QStringList problems = AnswersPage::problems();
    if (m_atrsTier->isEnabled() && !m_atrsTier->currentData().isValid())
        problems.append(tr("Choose the ATRS tier."));
    const QString regime = m_regime->currentData().toString();
    const QString classification = state()->answers.classification;
    if (!regime.isEmpty() && !classification.isEmpty() &&
        !ProjectWizardPage::classificationScale(regime).contains(classification))
        problems.append(tr("The classification %1 (first page) is not on the %2 scale: go Back and choose one of %3.")
                            .arg(classification, Answers::regimeLabel(regime),
                                 ProjectWizardPage::classificationScale(regime).join(QLatin1String(", "))));
    return problems;
}

} // namespace arckit
