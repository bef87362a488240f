#include "monitoringwizardpage.h"

#include "mlopswizard.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace arckit {

MonitoringWizardPage::MonitoringWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("Monitoring and retraining"),
                  tr("How drift, performance and fairness are watched, what makes a model retrain, and how a "
                     "new model reaches production and is rolled back."),
                  parent)
{
    QFormLayout *drift = addGroup(tr("Drift and performance"));
    addSuggestions(drift, QStringLiteral("driftMethod"), tr("Drift &method"),
                   {tr("Population Stability Index (PSI)"), tr("Kolmogorov-Smirnov test"),
                    tr("Jensen-Shannon divergence"), tr("Wasserstein distance"), tr("Chi-squared test")});
    addText(drift, QStringLiteral("driftThreshold"), tr("Drift &threshold"), Required::No, tr("e.g. PSI > 0.2"));
    addList(drift, QStringLiteral("performanceMetrics"), tr("Performance metr&ics"), Required::No,
            tr("e.g. accuracy, precision, recall, F1"));
    addText(drift, QStringLiteral("performanceThreshold"), tr("Performance thres&hold"), Required::No,
            tr("e.g. F1 below 0.85 raises an alert"));

    QFormLayout *fairness = addGroup(tr("Fairness"));
    m_fairness =
        addChoice(fairness, QStringLiteral("fairnessMonitoring"), tr("Fairness monitorin&g"),
                  {{QStringLiteral("Enabled"), tr("Enabled")}, {QStringLiteral("Not Required"), tr("Not Required")}});
    m_groups = addList(fairness, QStringLiteral("protectedGroups"), tr("Protected gro&ups"), Required::No,
                       tr("e.g. age, sex, disability, ethnicity"));
    m_fairnessThreshold = addText(fairness, QStringLiteral("fairnessThreshold"), tr("Fairness thresh&old"),
                                  Required::No, tr("e.g. < 5% difference between groups"));
    m_fairnessFrequency = addText(fairness, QStringLiteral("fairnessFrequency"), tr("Fairness check fre&quency"),
                                  Required::No, tr("e.g. Daily, Monthly, Quarterly"));

    QFormLayout *retraining = addGroup(tr("Retraining"));
    const QList<QCheckBox *> triggers =
        addChecks(retraining, QStringLiteral("retrainingTriggers"), tr("Retraining triggers"),
                  {{QStringLiteral("scheduled"), tr("&Scheduled")},
                   {QStringLiteral("performance"), tr("&Performance degradation")},
                   {QStringLiteral("drift"), tr("&Drift detected")},
                   {QStringLiteral("manual"), tr("Manua&l")}},
                  2);
    for (QCheckBox *trigger : triggers)
        if (trigger->objectName().endsWith(QLatin1String(":scheduled")))
            m_scheduled = trigger;
    m_schedule = addText(retraining, QStringLiteral("retrainingSchedule"), tr("Retraining schedul&e"), Required::No,
                         tr("e.g. monthly, first Monday"));

    QFormLayout *deployment = addGroup(tr("Deployment"));
    m_strategy = addChoice(deployment, QStringLiteral("deploymentStrategy"), tr("Deplo&yment strategy"),
                           {{QStringLiteral("canary"), tr("Canary release")},
                            {QStringLiteral("shadow"), tr("Shadow deployment")},
                            {QStringLiteral("ab"), tr("A/B test")}});
    m_split = addText(deployment, QStringLiteral("trafficSplit"), tr("T&raffic split"), Required::No,
                      tr("e.g. 10% challenger / 90% champion"));
    addText(deployment, QStringLiteral("rollbackCriteria"), tr("Rollback &criteria"), Required::No,
            tr("e.g. error rate above 1% or p99 latency above target for 5 minutes"));
    body()->addStretch();

    connect(m_fairness, &QComboBox::currentIndexChanged, this, &MonitoringWizardPage::updateDependentFields);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &MonitoringWizardPage::updateDependentFields);
    if (m_scheduled)
        connect(m_scheduled, &QCheckBox::toggled, this, &MonitoringWizardPage::updateDependentFields);
    updateDependentFields();
}

void MonitoringWizardPage::load(const Answers &answers)
{
    AnswersPage::load(answers);
    updateDependentFields();
}

void MonitoringWizardPage::updateDependentFields()
{
    const bool fairnessMonitored = m_fairness->currentData().toString() == QLatin1String("Enabled");
    m_groups->setEnabled(fairnessMonitored);
    m_fairnessThreshold->setEnabled(fairnessMonitored);
    m_fairnessFrequency->setEnabled(fairnessMonitored);
    m_schedule->setEnabled(m_scheduled && m_scheduled->isChecked());
    // A shadow deployment serves no live traffic from the new model.
    m_split->setEnabled(m_strategy->currentData().toString() != QLatin1String("shadow"));
    refreshCompleteness();
}

QStringList MonitoringWizardPage::problems() const
{
    QStringList problems = AnswersPage::problems();
    if (m_groups->isEnabled() && !hasValue(QStringLiteral("protectedGroups")))
        problems.append(tr("Name the protected groups that fairness monitoring covers."));
    if (m_schedule->isEnabled() && !hasValue(QStringLiteral("retrainingSchedule")))
        problems.append(tr("Enter the retraining schedule."));
    return problems;
}

int MonitoringWizardPage::nextId() const
{
    return state()->answers.usesGenAi() ? MlopsWizard::LlmPage : MlopsWizard::ReviewPage;
}

} // namespace arckit
