#pragma once
// Every choice the wizard asks for, as one plain value. The engine pre-fills it
// from the project's documents (ProjectContext), the wizard edits it, the
// renderer turns it into Markdown, and the document embeds it as JSON so that
// re-opening restores it. Scalar fields are Q_GADGET properties so that JSON
// and the template data are written once, generically, from the meta-object.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace arckit {

struct ModelEntry
{
    QString id; // ML-001
    QString name;
    QString type;      // Classification / Regression / NLP / GenAI / ...
    QString framework; // PyTorch / TensorFlow / scikit-learn / Foundation model API
    QString purpose;
    QString risk; // Low / Medium / High / Very High
    QString owner;
    // What the ML system profile knows of the model (empty when typed by hand).
    QString capability;       // the capability it serves: "Speech-to-text", "LLM generation"
    QString approach;         // a key of Answers::modelTypeKeys(): how the model is obtained
    QString service;          // the named service or model: "Azure AI Speech", "GPT-4o"
    QStringList requirements; // IDs of the requirements that need it: "FR-003", "NFR-P-2"
    QStringList evidence;     // where the documents say so: "projects/001-x/ARC-001-REQ-v1.0.md:212"
    QString approachSource{}; // the line of evidence that says how it is obtained (approach)
    QString purposeSource{};  // the line that says what it is for (purpose)
    QString serving{};        // "batch" when the documents say it runs on a schedule; empty: with the others
    QString servingSource{};  // the line that says so

    QJsonObject toJson() const;
    static ModelEntry fromJson(const QJsonObject &object);
    friend bool operator==(const ModelEntry &, const ModelEntry &) = default;
};

struct DataSourceEntry
{
    QString name;
    QString type;      // Database / API / File / Stream
    QString frequency; // Real-time / Daily / Weekly
    QString volume;
    QString pii; // Yes / No
    QString owner;

    QJsonObject toJson() const;
    static DataSourceEntry fromJson(const QJsonObject &object);
    friend bool operator==(const DataSourceEntry &, const DataSourceEntry &) = default;
};

struct Answers
{
    Q_GADGET
    // Document Control, supplied by a person (remembered between documents)
    Q_PROPERTY(QString owner MEMBER owner)
    Q_PROPERTY(QString classification MEMBER classification)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString reviewCycle MEMBER reviewCycle)
    Q_PROPERTY(QString distribution MEMBER distribution)
    Q_PROPERTY(QString reviewers MEMBER reviewers)
    Q_PROPERTY(QString approver MEMBER approver)
    // 1. Use case and model type
    Q_PROPERTY(QString systemName MEMBER systemName)
    Q_PROPERTY(QString businessPurpose MEMBER businessPurpose)
    Q_PROPERTY(QString userImpact MEMBER userImpact)
    Q_PROPERTY(QStringList useCases MEMBER useCases)
    Q_PROPERTY(QString modelType MEMBER modelType)
    // Key stakeholders
    Q_PROPERTY(QString mlLead MEMBER mlLead)
    Q_PROPERTY(QString dataScientist MEMBER dataScientist)
    Q_PROPERTY(QString mlEngineer MEMBER mlEngineer)
    Q_PROPERTY(QString productOwner MEMBER productOwner)
    Q_PROPERTY(QString dataEngineer MEMBER dataEngineer)
    // Maturity (levels 0-4; -1 = not chosen)
    Q_PROPERTY(int currentMaturity MEMBER currentMaturity)
    Q_PROPERTY(int targetMaturity MEMBER targetMaturity)
    Q_PROPERTY(QString targetTimeline MEMBER targetTimeline)
    Q_PROPERTY(QString maturityReason MEMBER maturityReason)
    // Governance
    Q_PROPERTY(QString regime MEMBER regime)
    Q_PROPERTY(QString riskLevel MEMBER riskLevel)
    Q_PROPERTY(QString humanOversight MEMBER humanOversight)
    Q_PROPERTY(QString atrs MEMBER atrs)
    Q_PROPERTY(QString atrsTier MEMBER atrsTier)
    Q_PROPERTY(QString jsp936RiskClass MEMBER jsp936RiskClass)
    Q_PROPERTY(QString dpiaLink MEMBER dpiaLink)
    // Platform and pipeline
    Q_PROPERTY(QString platform MEMBER platform)
    Q_PROPERTY(QString experimentTracking MEMBER experimentTracking)
    Q_PROPERTY(QString featureStore MEMBER featureStore)
    Q_PROPERTY(QString orchestration MEMBER orchestration)
    Q_PROPERTY(QString dataVersioning MEMBER dataVersioning)
    Q_PROPERTY(QStringList servingPatterns MEMBER servingPatterns)
    Q_PROPERTY(QString latencyP50 MEMBER latencyP50)
    Q_PROPERTY(QString latencyP95 MEMBER latencyP95)
    Q_PROPERTY(QString latencyP99 MEMBER latencyP99)
    Q_PROPERTY(QString responseTime MEMBER responseTime)
    Q_PROPERTY(QString throughput MEMBER throughput)
    Q_PROPERTY(QString availability MEMBER availability)
    // Monitoring and retraining
    Q_PROPERTY(QString driftMethod MEMBER driftMethod)
    Q_PROPERTY(QString driftThreshold MEMBER driftThreshold)
    Q_PROPERTY(QStringList performanceMetrics MEMBER performanceMetrics)
    Q_PROPERTY(QString performanceThreshold MEMBER performanceThreshold)
    Q_PROPERTY(QString fairnessMonitoring MEMBER fairnessMonitoring)
    Q_PROPERTY(QStringList protectedGroups MEMBER protectedGroups)
    Q_PROPERTY(QString fairnessThreshold MEMBER fairnessThreshold)
    Q_PROPERTY(QString fairnessFrequency MEMBER fairnessFrequency)
    Q_PROPERTY(QStringList retrainingTriggers MEMBER retrainingTriggers)
    Q_PROPERTY(QString retrainingSchedule MEMBER retrainingSchedule)
    Q_PROPERTY(QString deploymentStrategy MEMBER deploymentStrategy)
    Q_PROPERTY(QString trafficSplit MEMBER trafficSplit)
    Q_PROPERTY(QString rollbackCriteria MEMBER rollbackCriteria)
    // LLM / GenAI operations
    Q_PROPERTY(bool llmOperations MEMBER llmOperations)
    Q_PROPERTY(QString llmProvider MEMBER llmProvider)
    Q_PROPERTY(QString llmModel MEMBER llmModel)
    Q_PROPERTY(QString llmFallbackProvider MEMBER llmFallbackProvider)
    Q_PROPERTY(QString llmFallbackModel MEMBER llmFallbackModel)
    Q_PROPERTY(QString promptManagement MEMBER promptManagement)
    Q_PROPERTY(QStringList guardrails MEMBER guardrails)
    Q_PROPERTY(QString vectorStore MEMBER vectorStore)
    Q_PROPERTY(QString embeddingModel MEMBER embeddingModel)
    Q_PROPERTY(QString tokenBudget MEMBER tokenBudget)
    // Costs and team
    Q_PROPERTY(QString trainingCost MEMBER trainingCost)
    Q_PROPERTY(QString servingCost MEMBER servingCost)
    Q_PROPERTY(QString predictionRetention MEMBER predictionRetention)
    Q_PROPERTY(QString confidenceThreshold MEMBER confidenceThreshold)
    Q_PROPERTY(QString storageCost MEMBER storageCost)
    Q_PROPERTY(QString monitoringCost MEMBER monitoringCost)
    Q_PROPERTY(QString mlEngineerFte MEMBER mlEngineerFte)
    Q_PROPERTY(QString dataScientistFte MEMBER dataScientistFte)
    Q_PROPERTY(QString dataEngineerFte MEMBER dataEngineerFte)

public:
    QString owner;
    QString classification;
    QString status = QStringLiteral("DRAFT");
    QString reviewCycle;
    QString distribution;
    QString reviewers;
    QString approver;

    QString systemName;
    QString businessPurpose;
    QString userImpact;
    QStringList useCases; // keys of useCaseKeys()
    QString modelType;    // a key of modelTypeKeys()
    QString mlLead;
    QString dataScientist;
    QString mlEngineer;
    QString productOwner;
    QString dataEngineer;

    int currentMaturity = -1;
    int targetMaturity = -1;
    QString targetTimeline;
    QString maturityReason; // why the levels were suggested, in words (empty when typed by hand)

    QString regime;         // "uk-gov", "mod", "commercial"
    QString riskLevel;      // "Low", "Medium", "High", "Very High"
    QString humanOversight; // "Required", "Advisory"
    QString atrs;           // "Required", "Not Required"
    QString atrsTier;       // "1", "2"
    QString jsp936RiskClass;
    QString dpiaLink;

    QString platform;
    QString experimentTracking;
    QString featureStore;
    QString orchestration;
    QString dataVersioning;
    QStringList servingPatterns; // "real-time", "batch", "streaming"
    QString latencyP50;
    QString latencyP95; // shown only when stated: the template's rows are p50 and p99
    QString latencyP99;
    QString responseTime; // a response time stated at no percentile ("< 30 s")
    QString throughput;
    QString availability;

    QString driftMethod;
    QString driftThreshold;
    QStringList performanceMetrics;
    QString performanceThreshold;
    QString fairnessMonitoring; // "Enabled", "Not Required"
    QStringList protectedGroups;
    QString fairnessThreshold;      // the fairness metric's bound: "< 5% deviation"
    QString fairnessFrequency;      // how often it is checked: "Quarterly"
    QStringList retrainingTriggers; // "scheduled", "performance", "drift", "manual"
    QString retrainingSchedule;
    QString deploymentStrategy; // "canary", "shadow", "ab"
    QString trafficSplit;
    QString rollbackCriteria;

    bool llmOperations = false;
    QString llmProvider;
    QString llmModel;
    QString llmFallbackProvider; // a second provider behind the same adaptor
    QString llmFallbackModel;
    QString promptManagement;
    QStringList guardrails;
    QString vectorStore;
    QString embeddingModel;
    QString tokenBudget;

    QString trainingCost;
    QString servingCost;
    QString predictionRetention; // how long prediction logs are kept: "7 years"
    QString confidenceThreshold; // the model confidence below which a person reviews: "70%"
    QString storageCost;
    QString monitoringCost;
    QString mlEngineerFte;
    QString dataScientistFte;
    QString dataEngineerFte;

    QList<ModelEntry> models;
    QList<DataSourceEntry> dataSources;

    // Where a pre-filled value came from: property name -> "projects/001-x/ARC-001-AIPB-v1.0.md:42"
    QMap<QString, QString> sources;

    QJsonObject toJson() const;
    // Unknown keys are ignored; a wrong type leaves the default and adds a message to errors.
    static Answers fromJson(const QJsonObject &object, QStringList *errors = nullptr);

    // Generic access by property name, for the wizard and the template data.
    // Changing a value drops its source: the document no longer states it.
    QVariant value(const QString &field) const;
    bool setValue(const QString &field, const QVariant &value);
    static QStringList fieldNames();

    bool isUkGovernment() const { return regime == QLatin1String("uk-gov") || regime == QLatin1String("mod"); }
    bool isMod() const { return regime == QLatin1String("mod"); }
    bool usesGenAi() const { return llmOperations || useCases.contains(QLatin1String("genai")); }

    static QStringList useCaseKeys();
    static QString useCaseLabel(const QString &key);
    static QStringList modelTypeKeys();
    static QString modelTypeLabel(const QString &key);
    static QStringList regimeKeys();
    static QString regimeLabel(const QString &key);
    static QStringList riskLevels();
    static QString maturityLabel(int level); // "Level 2 (CI/CD for ML)"
};

} // namespace arckit

Q_DECLARE_METATYPE(arckit::Answers)
