#pragma once
// What a project's documents say about the ML system it builds or uses: its
// capabilities (and so its models), the platform and providers decided, the
// maturity the documents suggest, the Document Control defaults, the business
// purpose, the training data and the serving targets. Every value keeps the
// file and line that state it; a value the documents do not settle stays empty
// (with the candidates they mention), so the architect decides it.

#include "projectcontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

// One distinct ML capability the system uses or builds.
struct MlCapability
{
    QString key;            // catalogue key: "speech-to-text", "llm-generation", "ocr", ...
    QString name;           // "Speech-to-text"
    QString kind;           // a use-case key of Answers::useCaseKeys(): "nlp", "genai", ...
    QString approach;       // a model-type key of Answers::modelTypeKeys(); empty when the documents don't say
    QString approachSource; // "path:line" of the statement that gives the approach
    QString service;        // the named service or model ("Azure AI Speech"); empty when none is named
    QString purpose;        // what it is for, from the first requirement that needs it
    QString purposeSource;  // "path:line" of that requirement
    // The functional requirement whose statement names it in words that mean
    // ML on their own and says what it is for ("extract the dates from scanned
    // evidence"): ML work, whatever words the classifier knows.
    QString definedBy;
    // The other functional requirements whose statement asks the system for it
    // in such words ("alert when claims rise unusually compared with their
    // usual pattern"): ML work too.
    QStringList statedBy;
    QString serving;          // "batch" when its requirements say it runs on a schedule; empty: not said
    QString servingSource;    // "path:line" of the requirement that says so
    QString risk;             // from the AI Playbook assessment, when it rates this capability
    QString owner;            // from a supplied model card (external/), when one describes it
    QStringList requirements; // IDs of the requirements that need it, in document order
    // How the requirements speak of it and of what it produces ("fraud
    // scores", "priority bands"): the project's own words for the
    // classifier, so that a requirement about them is ML work.
    QStringList terms;
    QStringList evidence; // "path:line" of each statement, first one first
};

// How strongly a document settles a choice; higher beats lower.
enum class Authority {
    Mention = 0,  // the option is named somewhere
    Research = 1, // a research document recommends it
    Decision = 2, // an accepted ADR (or a design review) chose it
    Mandate = 3,  // a requirement or constraint mandates it
};

struct Candidate
{
    QString value; // "Azure ML", "Azure OpenAI"
    Authority authority = Authority::Mention;
    QString source; // "path:line"
    QString reason; // "constraint TC-2 mandates Azure AI services"
};

// A choice the documents may or may not settle: decided is filled only when
// one candidate has more authority than every other.
struct DecidedChoice
{
    ContextValue decided;
    QString reason;              // why that one, in words
    QList<Candidate> candidates; // every option seen, strongest first

    bool isDecided() const { return !decided.isEmpty(); }
};

struct MaturitySuggestion
{
    int current = -1; // 0-4; -1 when nothing supports a level
    int target = -1;
    QString reason; // "Pilot phase with 4 models, none in production yet: ..."
    QStringList evidence;
};

struct MlSystemProfile
{
    // What the documents call the part that runs the models, when they
    // name it so ("The assistant will use a large language model": the
    // assistant); a requirement that asks it to act is ML work.
    QStringList aiNames;
    // What the ML requirements call the system's models ("risk model", "fraud
    // model"): said elsewhere ("risk model scoring within 800 ms"), they are ML work.
    QStringList modelNames;
    // What the summary's list of the solution's parts calls those that run a
    // model ("likeness check", "form reading"): said in a requirement, they are ML work.
    QStringList partNames;
    // False for a project that publishes guidance about AI or runs rules it
    // calls automated decision-making: it builds and runs no model.
    bool isMlSystem = false;
    QString notMlReason;

    QList<MlCapability> capabilities;

    DecidedChoice platform;    // the ML platform: "SageMaker", "Azure ML", "Vertex AI", ...
    DecidedChoice llmProvider; // "Azure OpenAI", "Amazon Bedrock", "OpenAI", "Anthropic", ...
    DecidedChoice llmModel;    // "GPT-4o", "Claude 3.5 Sonnet"
    DecidedChoice embeddingModel;
    DecidedChoice vectorStore;
    QList<Candidate> llmProviders; // every provider an ADR or research recommends (several behind one adaptor)

    ContextValue phase; // discovery / poc / pilot / alpha / beta / live
    bool inProduction = false;
    MaturitySuggestion maturity;
    ContextValue goLive; // the plan's production launch milestone: when the target maturity is due

    // Document Control defaults (from the REQ's Document Control)
    ContextValue owner;
    ContextValue reviewCycle;
    ContextValue distribution;
    ContextValue classification;

    ContextValue businessPurpose; // a sentence or two, cited
    ContextValue userImpact;

    QList<ContextValue> trainingData; // DATA sources that feed models (not every entity)

    // Serving targets from ML-related requirements only, each at its own percentile.
    ContextValue latencyP50;
    ContextValue latencyP95;
    ContextValue latencyP99;
    ContextValue throughput;
    ContextValue batchTarget;  // "10,000 items in 4 hours"
    ContextValue responseTime; // "< 30 s": a response time at no stated percentile (serving on request)
    ContextValue availability;
    // The load the summary states ("1.6 million calls a year"): the throughput
    // to size for when no ML requirement states one.
    ContextValue statedVolume;

    // What the ML requirements state about supervising the models (OversightTargetReader).
    ContextValue humanOversight;      // "Required" / "Advisory"
    ContextValue confidenceThreshold; // below it a person reviews: "70%", "0.8"
    ContextValue fairnessMonitoring;  // "Enabled"
    // What the documents state about the fairness checks (FairnessReader).
    ContextValue fairnessThreshold;    // "< 5% deviation"
    ContextValue fairnessFrequency;    // "Quarterly"
    QStringList protectedGroups;       // "Gender", "Age", ...
    QString protectedGroupsSource;     // the line of the requirement or the label that lists them
    ContextValue performanceMetric;    // "Accuracy"
    ContextValue performanceThreshold; // "< 85%": the critical side of the stated bound

    ContextValue dpiaReference; // the DPIA document, when one exists
    ContextValue atrsRequired;  // "Required" when the AIPB or a requirement makes publication mandatory
    ContextValue servingCost;   // from a business case or FinOps document, else the decided cloud's research
    ContextValue trainingCost;  // the decided cloud's research estimate (ResearchCostReader)
    ContextValue storageCost;
    ContextValue monitoringCost;
    // The team the documents plan, in FTE (TeamReader).
    ContextValue mlEngineerFte;
    ContextValue dataScientistFte;
    ContextValue dataEngineerFte;
    ContextValue predictionRetention; // how long the models' outputs are kept ("7 years"), from the REQ or DATA
    ContextValue riskLevel;           // AIPB
    ContextValue riskCandidate;       // the DPIA's residual risk, offered when the AIPB gives none

    // For `answers --json` and `scan --json`: every value with its source.
    QJsonObject toJson() const;
    static QJsonObject capabilityToJson(const MlCapability &capability);

    const MlCapability *capability(const QString &key) const
    {
        for (const MlCapability &c : capabilities)
            if (c.key == key)
                return &c;
        return nullptr;
    }
};

QString authorityName(Authority authority); // "mandate", "decision", "research", "mention"

} // namespace arckit
