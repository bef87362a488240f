#include "platformwizardpage.h"

#include "candidatechooser.h"
#include "datasourcemodel.h"
#include "tableeditor.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace arckit {

PlatformWizardPage::PlatformWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("Platform and pipeline"),
                  tr("Where models are trained, tracked and served, the targets serving must meet, the training "
                     "data, and what it costs."),
                  parent)
    , m_sources(new DataSourceModel(this))
    , m_sourcesEditor(nullptr)
{
    QFormLayout *platform = addGroup(tr("Platform and pipeline"));
    QComboBox *platformCombo =
        addSuggestions(platform, QStringLiteral("platform"), tr("ML &platform"),
                       {QStringLiteral("SageMaker"), QStringLiteral("Vertex AI"), QStringLiteral("Azure ML"),
                        QStringLiteral("Databricks"), QStringLiteral("MLflow"), QStringLiteral("Kubeflow"),
                        // Model services, for systems that train nothing.
                        QStringLiteral("Amazon Bedrock"), QStringLiteral("Azure AI services"), tr("On-premises")},
                       Required::Yes);
    // The documents' candidates, with their authority and source: a choice when none is decided.
    addCandidates(platform, state->analysis.profile.platform, platformCombo, tr("platforms"));
    addSuggestions(platform, QStringLiteral("experimentTracking"), tr("&Experiment tracking"),
                   {QStringLiteral("MLflow"), QStringLiteral("Weights & Biases"),
                    QStringLiteral("SageMaker Experiments"), QStringLiteral("Vertex AI Experiments"),
                    QStringLiteral("Neptune")});
    addSuggestions(platform, QStringLiteral("featureStore"), tr("Feature s&tore"),
                   {tr("None"), QStringLiteral("Feast"), QStringLiteral("SageMaker Feature Store"),
                    QStringLiteral("Vertex AI Feature Store"), QStringLiteral("Databricks Feature Store"),
                    QStringLiteral("Tecton")});
    addSuggestions(platform, QStringLiteral("orchestration"), tr("&Orchestration"),
                   {QStringLiteral("Apache Airflow"), QStringLiteral("Kubeflow Pipelines"),
                    QStringLiteral("SageMaker Pipelines"), QStringLiteral("Vertex AI Pipelines"),
                    QStringLiteral("Azure ML Pipelines"), QStringLiteral("AWS Step Functions"),
                    QStringLiteral("Prefect"), QStringLiteral("Dagster")});
    addSuggestions(
        platform, QStringLiteral("dataVersioning"), tr("&Data versioning"),
        {QStringLiteral("DVC"), QStringLiteral("Delta Lake"), QStringLiteral("lakeFS"), QStringLiteral("Git LFS")});

    QFormLayout *serving = addGroup(tr("Serving"));
    addChecks(serving, QStringLiteral("servingPatterns"), tr("Serving patterns"),
              {{QStringLiteral("real-time"), tr("&Real-time")},
               {QStringLiteral("batch"), tr("B&atch")},
               {QStringLiteral("streaming"), tr("&Streaming")}},
              3, Required::Yes);
    addText(serving, QStringLiteral("latencyP50"), tr("Latency p&50"), Required::No, tr("e.g. < 100 ms"));
    addText(serving, QStringLiteral("latencyP95"), tr("Latenc&y p95"), Required::No, tr("e.g. < 300 ms"));
    addText(serving, QStringLiteral("latencyP99"), tr("Latency p&99"), Required::No, tr("e.g. < 500 ms"));
    addText(serving, QStringLiteral("responseTime"), tr("Response time (no per&centile)"), Required::No,
            tr("e.g. < 30 s"));
    addText(serving, QStringLiteral("throughput"), tr("T&hroughput"), Required::No, tr("e.g. 1,000 requests/second"));
    addText(serving, QStringLiteral("availability"), tr("Avai&lability"), Required::No, tr("e.g. 99.9%"));

    auto *sourcesBox = new QGroupBox(tr("Training data sources"));
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    m_sourcesEditor =
        new TableEditor(m_sources, tr("Add so&urce"), tr("Re&move source"), DataSourceModel::NameColumn, sourcesBox);
    m_sourcesEditor->view()->setObjectName(QStringLiteral("dataSources"));
    m_sourcesEditor->view()->setAccessibleName(tr("Training data sources"));
    m_sourcesEditor->addButton()->setObjectName(QStringLiteral("addDataSource"));
    m_sourcesEditor->removeButton()->setObjectName(QStringLiteral("removeDataSource"));
    m_sourcesEditor->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    sourcesLayout->addWidget(m_sourcesEditor);
    sourcesLayout->addWidget(addHint(QStringLiteral("dataSources")));
    body()->addWidget(sourcesBox);

    QFormLayout *costs = addGroup(tr("Costs and team"));
    addText(costs, QStringLiteral("trainingCost"), tr("Train&ing cost"), Required::No, tr("e.g. £2,000 per month"));
    addText(costs, QStringLiteral("servingCost"), tr("Ser&ving cost"), Required::No, tr("e.g. £1,500 per month"));
    addText(costs, QStringLiteral("storageCost"), tr("Storage cost"), Required::No, tr("e.g. £200 per month"));
    addText(costs, QStringLiteral("monitoringCost"), tr("Monitoring cost"), Required::No, tr("e.g. £300 per month"));
    addText(costs, QStringLiteral("mlEngineerFte"), tr("ML engineers (FTE)"), Required::No, tr("e.g. 2"));
    addText(costs, QStringLiteral("dataScientistFte"), tr("Data scientists (FTE)"), Required::No, tr("e.g. 1.5"));
    addText(costs, QStringLiteral("dataEngineerFte"), tr("Data engineers (FTE)"), Required::No, tr("e.g. 1"));
    body()->addStretch();
}

void PlatformWizardPage::load(const Answers &answers)
{
    AnswersPage::load(answers);
    m_sources->setSources(answers.dataSources);
}

void PlatformWizardPage::store(Answers &answers) const
{
    AnswersPage::store(answers);
    answers.dataSources = m_sources->sources();
}

} // namespace arckit
