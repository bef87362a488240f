#include "referencesections.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace arckit {

namespace {

using Condition = ReferenceSection::Condition;

QList<ReferenceSection> makeCatalogue()
{
    auto section = [](int number, const char *key, const char *title, const char *shortName, Condition condition,
                       QStringList subsections, QStringList aliases, QStringList keywords) {
        ReferenceSection s;
        s.key = QString::fromLatin1(key);
        s.number = number;
        s.title = QString::fromUtf8(title);
        s.heading = number > 0 ? QStringLiteral("%1. %2").arg(number).arg(s.title) : s.title;
        s.shortName = QString::fromUtf8(shortName);
        s.condition = condition;
        s.subsections = std::move(subsections);
        s.aliases = std::move(aliases);
        s.keywords = std::move(keywords);
        return s;
    };
    const Condition always = Condition::Always;
    // Keywords are terms a section about the subject cannot avoid; three distinct
    // ones in one section are needed before its text counts as the section.
    return {
        section(1, "overview", "ML System Overview", "Overview", always,
                 {u"Business Context"_s, u"MLOps Maturity"_s, u"Key Stakeholders"_s},
                 {u"Overview"_s, u"System Overview"_s, u"Executive Summary"_s, u"Summary"_s,
                  u"Introduction"_s, u"Background"_s, u"Business Context"_s, u"System Context"_s,
                  u"Purpose and Scope"_s, u"Use Case Overview"_s, u"ML Use Cases"_s},
                 {u"business purpose"_s, u"use case"_s, u"stakeholder"_s, u"maturity"_s,
                  u"user impact"_s, u"business context"_s}),
        section(2, "model-inventory", "Model Inventory", "Inventory", always,
                 {u"Model Catalog"_s, u"Model Risk Classification"_s, u"Model Dependencies"_s},
                 {u"Inventory"_s, u"Model Catalog"_s, u"Model Catalogue"_s, u"Models"_s,
                  u"Model Portfolio"_s, u"Model Landscape"_s, u"Model Register"_s},
                 {u"model id"_s, u"ml-001"_s, u"model catalog"_s, u"model catalogue"_s, u"inventory"_s,
                  u"risk level"_s, u"framework"_s, u"model dependencies"_s}),
        section(3, "data-pipeline", "Data Pipeline", "Data", always,
                 {u"Training Data Sources"_s, u"Feature Engineering"_s, u"Feature Store"_s,
                  u"Data Quality Checks"_s, u"Data Versioning"_s},
                 {u"Data Pipelines"_s, u"Data Management"_s, u"Data Engineering"_s, u"Feature Engineering"_s,
                  u"Feature Store"_s, u"Data and Features"_s, u"Training Data"_s, u"Data Sources"_s,
                  u"Data Preparation"_s, u"Data Platform"_s, u"Feature Pipeline"_s, u"Data Ingestion"_s},
                 {u"feature store"_s, u"feature engineering"_s, u"data quality"_s, u"data versioning"_s,
                  u"dvc"_s, u"delta lake"_s, u"schema validation"_s, u"training data"_s, u"ingestion"_s,
                  u"feast"_s, u"data source"_s}),
        section(4, "training-pipeline", "Training Pipeline", "Training", always,
                 {u"Infrastructure"_s, u"Training Pipeline Architecture"_s, u"Experiment Tracking"_s,
                  u"Hyperparameter Optimization"_s, u"Training Triggers"_s},
                 {u"Training"_s, u"Model Training"_s, u"Training Infrastructure"_s, u"Model Development"_s,
                  u"Experimentation"_s, u"Experiment Tracking"_s, u"Development Environment"_s},
                 {u"experiment tracking"_s, u"mlflow"_s, u"weights & biases"_s, u"hyperparameter"_s,
                  u"optuna"_s, u"gpu"_s, u"training job"_s, u"training pipeline"_s, u"kubeflow"_s}),
        section(5, "model-registry", "Model Registry", "Registry", always,
                 {u"Registry Configuration"_s, u"Model Metadata"_s, u"Model Promotion Stages"_s,
                  u"Model Approval Workflow"_s},
                 {u"Registry"_s, u"Model Management"_s, u"Model Versioning"_s, u"Model Lifecycle"_s,
                  u"Model Lifecycle Management"_s, u"Model Promotion"_s, u"Model Store"_s,
                  u"Artifact Management"_s},
                 {u"model registry"_s, u"promotion"_s, u"staging"_s, u"semantic versioning"_s,
                  u"model version"_s, u"lineage"_s, u"approval workflow"_s}),
        section(6, "serving", "Serving Infrastructure", "Serving", always,
                 {u"Deployment Patterns"_s, u"Serving Architecture"_s, u"Serving Platforms"_s,
                  u"Performance Requirements"_s, u"A/B Testing & Canary"_s},
                 {u"Serving"_s, u"Model Serving"_s, u"Deployment"_s, u"Model Deployment"_s, u"Inference"_s,
                  u"Inference Infrastructure"_s, u"Deployment Architecture"_s, u"Hosting"_s,
                  u"Deployment and Serving"_s},
                 {u"endpoint"_s, u"latency"_s, u"throughput"_s, u"canary"_s, u"a/b test"_s,
                  u"autoscaling"_s, u"auto-scaling"_s, u"kserve"_s, u"batch inference"_s, u"real-time"_s,
                  u"api gateway"_s}),
        section(7, "monitoring", "Model Monitoring", "Monitoring", always,
                 {u"Monitoring Architecture"_s, u"Data Drift Monitoring"_s, u"Model Performance Monitoring"_s,
                  u"Fairness Monitoring"_s, u"Prediction Monitoring"_s, u"Monitoring Dashboards"_s},
                 {u"Monitoring"_s, u"Observability"_s, u"Monitoring and Observability"_s,
                  u"Model Observability"_s, u"Monitoring and Alerting"_s, u"Performance Monitoring"_s,
                  u"Drift Detection"_s, u"Drift Monitoring"_s, u"Model Health"_s},
                 {u"drift"_s, u"psi"_s, u"data drift"_s, u"canonical drift"_s, u"alert"_s, u"dashboard"_s,
                  u"performance monitoring"_s, u"prediction monitoring"_s, u"ks test"_s}),
        section(8, "retraining", "Retraining Strategy", "Retraining", always,
                 {u"Retraining Triggers"_s, u"Champion-Challenger Deployment"_s, u"Rollback Procedure"_s},
                 {u"Retraining"_s, u"Model Retraining"_s, u"Continuous Training"_s, u"Model Refresh"_s,
                  u"Model Updates"_s, u"Retraining and Rollback"_s, u"Champion Challenger"_s,
                  u"Model Maintenance"_s},
                 {u"retrain"_s, u"champion"_s, u"challenger"_s, u"rollback"_s, u"roll back"_s,
                  u"retraining trigger"_s, u"scheduled retraining"_s}),
        section(9, "llm-operations", "LLM/GenAI Operations", "LLM/GenAI", Condition::GenAi,
                 {u"LLM Configuration"_s, u"Prompt Management"_s, u"Guardrails & Safety"_s,
                  u"RAG Pipeline Operations"_s, u"Cost Optimization"_s},
                 {u"LLM Operations"_s, u"LLMOps"_s, u"GenAI Operations"_s, u"Generative AI"_s,
                  u"Generative AI Operations"_s, u"Large Language Models"_s, u"Foundation Models"_s,
                  u"Prompt Engineering"_s},
                 {u"llm"_s, u"prompt"_s, u"guardrail"_s, u"token"_s, u"rag"_s, u"vector store"_s,
                  u"embedding"_s, u"hallucination"_s, u"generative"_s, u"foundation model"_s}),
        section(10, "cicd", "CI/CD for ML", "CI/CD", always,
                 {u"Pipeline Architecture"_s, u"Source Control"_s, u"Automated Testing"_s,
                  u"Continuous Training"_s},
                 {u"CI/CD"_s, u"Continuous Integration and Delivery"_s, u"Continuous Delivery"_s,
                  u"ML Pipelines"_s, u"Build and Release"_s, u"Release Management"_s, u"DevOps"_s,
                  u"MLOps Pipeline"_s, u"Deployment Pipeline"_s, u"Pipeline Automation"_s,
                  u"Testing and Release"_s},
                 {u"ci/cd"_s, u"unit test"_s, u"integration test"_s, u"pytest"_s, u"source control"_s,
                  u"branch"_s, u"continuous integration"_s, u"continuous delivery"_s,
                  u"great expectations"_s}),
        section(11, "governance", "Model Governance", "Governance", always,
                 {u"Documentation Requirements"_s, u"Model Card Template"_s, u"Audit Trail"_s,
                  u"Model Retirement"_s},
                 {u"Governance"_s, u"ML Governance"_s, u"AI Governance"_s, u"Model Risk Management"_s,
                  u"Governance and Compliance"_s, u"Model Risk Governance"_s, u"Accountability"_s},
                 {u"governance"_s, u"audit trail"_s, u"model card"_s, u"approval"_s, u"retirement"_s,
                  u"sign-off"_s, u"risk assessment"_s, u"accountab"_s}),
        section(12, "responsible-ai", "Responsible AI Operations", "Responsible AI", always,
                 {u"Bias Detection"_s, u"Explainability"_s, u"Human Oversight"_s, u"Feedback Loop"_s},
                 {u"Responsible AI"_s, u"Ethics"_s, u"AI Ethics"_s, u"Ethical AI"_s, u"Fairness"_s,
                  u"Fairness and Bias"_s, u"Trustworthy AI"_s, u"Explainability"_s, u"Human Oversight"_s},
                 {u"bias"_s, u"fairness"_s, u"explainab"_s, u"shap"_s, u"lime"_s, u"human oversight"_s,
                  u"human review"_s, u"protected characteristic"_s, u"feedback loop"_s}),
        section(13, "uk-gov-compliance", "UK Government AI Compliance", "UK Gov compliance", Condition::UkGovernment,
                 {u"AI Playbook Principles"_s, u"ATRS Requirements"_s, u"JSP 936 Alignment (MOD Only)"_s,
                  u"DPIA Integration"_s},
                 {u"UK Government Compliance"_s, u"Government Compliance"_s, u"Regulatory Compliance"_s,
                  u"Compliance"_s, u"Public Sector Compliance"_s, u"AI Playbook Compliance"_s,
                  u"Algorithmic Transparency"_s, u"Legal and Regulatory"_s},
                 {u"ai playbook"_s, u"atrs"_s, u"algorithmic transparency"_s, u"jsp 936"_s, u"dpia"_s,
                  u"ico"_s, u"cddo"_s, u"uk gdpr"_s, u"data protection impact"_s, u"equality duty"_s}),
        section(14, "costs", "Costs and Resources", "Costs", always,
                 {u"Infrastructure Costs"_s, u"Team Structure"_s},
                 {u"Costs"_s, u"Budget"_s, u"Resourcing"_s, u"Resources"_s, u"Cost Management"_s,
                  u"Team and Skills"_s, u"FinOps"_s, u"Team Structure"_s, u"Cost Estimates"_s},
                 {u"cost"_s, u"budget"_s, u"fte"_s, u"monthly"_s, u"team structure"_s, u"headcount"_s,
                  u"licens"_s, u"£"_s}),
        section(15, "traceability", "Requirements Traceability", "Traceability", always, {},
                 {u"Traceability"_s, u"Traceability Matrix"_s, u"Requirements Mapping"_s,
                  u"Requirement Coverage"_s, u"Requirements Coverage"_s, u"Mapping to Requirements"_s},
                 {u"traceab"_s, u"requirement id"_s, u"fr-"_s, u"nfr-"_s, u"mlops element"_s}),
        section(0, "document-control", "Document Control", "Document Control", always, {},
                 {u"Document Information"_s, u"Document Details"_s, u"Document Metadata"_s,
                  u"Document Properties"_s, u"Document Info"_s},
                 {u"document id"_s, u"document type"_s, u"review cycle"_s, u"next review date"_s,
                  u"approved by"_s, u"classification"_s}),
        section(0, "revision-history", "Revision History", "Revisions", always, {},
                 {u"Version History"_s, u"Change History"_s, u"Change Log"_s, u"Changelog"_s,
                  u"Document History"_s, u"Revisions"_s, u"Amendment History"_s, u"Change Record"_s},
                 {}),
        section(0, "approval", "Approval", "Approval", always, {},
                 {u"Approvals"_s, u"Sign-off"_s, u"Sign Off"_s, u"Document Approval"_s,
                  u"Approval and Sign-off"_s, u"Authorisation"_s, u"Endorsement"_s},
                 {}),
        section(0, "external-references", "External References", "References", always, {},
                 {u"References"_s, u"External Documents"_s, u"Bibliography"_s,
                  u"Related Documents"_s, u"Source Documents"_s, u"Citations"_s,
                  u"Supporting Documents"_s},
                 {}),
    };
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
        u"a"_s, u"an"_s, u"the"_s, u"and"_s, u"or"_s, u"of"_s, u"for"_s, u"to"_s, u"in"_s, u"on"_s,
        u"with"_s, u"by"_s, u"at"_s, u"from"_s, u"our"_s, u"its"_s, u"ml"_s, u"ai"_s, u"mlop"_s,
        u"model"_s, u"machine"_s, u"learning"_s, u"strategy"_s, u"approach"_s, u"plan"_s,
        u"system"_s, u"operation"_s, u"management"_s, u"key"_s, u"detail"_s,
    };
    return words;
}

// Word (after plural stripping) -> the concept it stands for.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *canonical, std::initializer_list<const char *> words) {
            for (const char *word : words)
                m.insert(QString::fromLatin1(word), QString::fromLatin1(canonical));
        };
        add("overview", {"overview", "summary", "introduction", "intro", "background", "context"});
        add("inventory", {"inventory", "catalog", "catalogue", "portfolio", "landscape"});
        add("registry", {"registry", "versioning"});
        add("serving", {"serving", "serve", "deployment", "deploy", "inference", "hosting"});
        add("monitor", {"monitoring", "monitor", "observability"});
        add("alert", {"alert", "alerting"});
        add("retraining", {"retraining", "retrain", "refresh"});
        add("llm", {"llm", "genai", "generative", "gpt", "llmop"});
        add("cicd", {"cicd", "ci", "cd", "devop"});
        add("responsible", {"responsible", "ethic", "ethical", "fairness", "bias", "explainability",
                            "transparency", "trustworthy"});
        add("compliance", {"compliance", "regulatory", "regulation", "obligation", "legal"});
        add("governance", {"governance", "accountability"});
        add("cost", {"cost", "budget", "finop", "pricing", "spend", "funding"});
        add("resource", {"resource", "resourcing", "team", "staffing", "skill"});
        add("traceability", {"traceability", "trace"});
        add("approval", {"approval", "signoff", "authorisation", "authorization", "endorsement"});
        add("reference", {"reference", "bibliography", "citation"});
        add("training", {"training", "train", "experiment", "experimentation"});
        return m;
    }();
    return map;
}

struct Phrase {
    QStringList words;
    QString canonical;
};

// Phrases folded onto one concept before words are looked at one by one.
const QList<Phrase> &phrases()
{
    static const QList<Phrase> list = [] {
        QList<Phrase> result;
        auto add = [&result](const char *phrase, const char *canonical) {
            result.append({QString::fromLatin1(phrase).split(u' '), QString::fromLatin1(canonical)});
        };
        add("executive summary", "overview");
        add("large language models", "llm");
        add("large language model", "llm");
        add("generative ai", "llm");
        add("gen ai", "llm");
        add("foundation models", "llm");
        add("foundation model", "llm");
        add("ci cd", "cicd");
        add("continuous integration", "cicd");
        add("continuous delivery", "cicd");
        add("continuous deployment", "cicd");
        add("uk government", "ukgov");
        add("uk gov", "ukgov");
        add("hm government", "ukgov");
        add("public sector", "ukgov");
        add("sign off", "signoff");
        add("jsp 936", "jsp936");
        return result;
    }();
    return list;
}

QString stem(QStringView word)
{
    if (word.size() > 4 && word.endsWith(u"ies"))
        return word.first(word.size() - 3).toString() + u'y';
    if (word.size() > 3 && word.endsWith(u's')) {
        const QChar before = word.at(word.size() - 2);
        if (before != u'a' && before != u'i' && before != u'u' && before != u's')
            return word.first(word.size() - 1).toString();
    }
    return word.toString();
}

// The concepts of an already normalised heading, sorted and unique.
QStringList conceptWords(QStringView normalized)
{
    const QList<QStringView> words = normalized.split(u' ', Qt::SkipEmptyParts);
    const QSet<QString> &stops = stopWords();
    const QHash<QString, QString> &map = synonyms();
    QStringList result;
    auto add = [&result](const QString &canonical) {
        if (!result.contains(canonical))
            result.append(canonical);
    };
    for (qsizetype i = 0; i < words.size();) {
        bool folded = false;
        for (const Phrase &phrase : phrases()) {
            if (phrase.words.size() > words.size() - i)
                continue;
            bool same = true;
            for (qsizetype w = 0; w < phrase.words.size() && same; ++w)
                same = words.at(i + w) == phrase.words.at(w);
            if (same) {
                add(phrase.canonical);
                i += phrase.words.size();
                folded = true;
                break;
            }
        }
        if (folded)
            continue;
        const QString stemmed = stem(words.at(i++));
        if (!stops.contains(stemmed))
            add(map.value(stemmed, stemmed));
    }
    std::sort(result.begin(), result.end());
    return result;
}

// Concepts as small sorted id lists, for the many comparisons of a match: each
// concept the catalogue's names use has an id; other words of a heading only count.
struct ConceptSet {
    static constexpr int Capacity = 8;
    std::array<int, Capacity> ids = {};
    int known = 0; // ids in use
    int count = 0; // all distinct concepts, known or not

    int common(const ConceptSet &other) const
    {
        int n = 0;
        for (int i = 0, j = 0; i < known && j < other.known;) {
            if (ids[i] == other.ids[j]) {
                ++n;
                ++i;
                ++j;
            } else if (ids[i] < other.ids[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        return n;
    }
};

struct Vocabulary {
    QHash<QString, int> ids;

    int idOf(const QString &word)
    {
        const auto it = ids.constFind(word);
        if (it != ids.cend())
            return it.value();
        const int id = int(ids.size());
        ids.insert(word, id);
        return id;
    }

    ConceptSet setOf(const QStringList &words) const
    {
        ConceptSet set;
        set.count = int(words.size());
        for (const QString &word : words) {
            const int id = ids.value(word, -1);
            if (id >= 0 && set.known < ConceptSet::Capacity)
                set.ids[set.known++] = id;
        }
        std::sort(set.ids.begin(), set.ids.begin() + set.known);
        return set;
    }
};

// 0.7 x how much of the name the heading has + 0.3 x how much of the heading is the name.
double overlap(const ConceptSet &name, const ConceptSet &heading, bool *full)
{
    if (name.count == 0 || heading.count == 0)
        return 0;
    const int common = name.common(heading);
    *full = common == name.count;
    return 0.7 * common / name.count + 0.3 * common / heading.count;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Strips "7.", "7.1", "A.", "IV)", "Appendix A:", "Section 3 -" from the start.
QStringView stripNumbering(QStringView text)
{
    text = text.trimmed();
    bool prefixed = false;
    static const char *const prefixWords[] = {"appendix", "annexe", "annex", "section", "part", "chapter"};
    for (const char *word : prefixWords) {
        const QLatin1StringView prefix(word);
        if (text.startsWith(prefix, Qt::CaseInsensitive)
            && (text.size() == prefix.size() || !isWordChar(text[prefix.size()]))) {
            text = text.sliced(prefix.size()).trimmed();
            prefixed = true;
            break;
        }
    }
    qsizetype end = 0;
    if (!text.isEmpty() && text[0].isDigit()) {
        while (end < text.size() && (text[end].isDigit() || (text[end] == u'.' && end + 1 < text.size()
                                                              && text[end + 1].isDigit())))
            ++end;
    } else {
        while (end < text.size() && text[end].isLetter() && end < 8)
            ++end;
        const QStringView token = text.first(end);
        static const QStringList romans = {u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s, u"v"_s, u"vi"_s, u"vii"_s,
                                           u"viii"_s, u"ix"_s, u"x"_s, u"xi"_s, u"xii"_s, u"xiii"_s,
                                           u"xiv"_s, u"xv"_s, u"xvi"_s};
        const bool label = end == 1 || romans.contains(token.toString().toLower());
        // Without "Appendix"/"Section", a letter only counts when punctuated: "A. Glossary", not "A/B Testing".
        const bool punctuated = end < text.size() && (text[end] == u'.' || text[end] == u')' || text[end] == u':')
            && (end + 1 == text.size() || text[end + 1].isSpace());
        if (!label || (!prefixed && !punctuated) || (prefixed && end < text.size() && isWordChar(text[end])))
            end = 0;
    }
    if (end == 0)
        return text;
    if (end < text.size() && isWordChar(text[end]))
        return text; // "3D Models"
    QStringView rest = text.sliced(end);
    qsizetype skip = 0;
    while (skip < rest.size()
           && (rest[skip].isSpace() || rest[skip] == u'.' || rest[skip] == u')' || rest[skip] == u':'
               || rest[skip] == u'-' || rest[skip] == u'\u2013' || rest[skip] == u'\u2014'))
        ++skip;
    return rest.sliced(skip);
}

struct PreparedSection {
    QString normalizedTitle;
    QSet<QString> normalizedAliases;
    QList<ConceptSet> names; // title first, then each alias
    QList<QString> normalizedSubsections;
    QList<ConceptSet> subsections;
};

struct Prepared {
    Vocabulary vocabulary;
    QList<PreparedSection> sections;
    QMultiHash<QString, std::pair<int, int>> byName; // normalised title or alias -> (section, kind 0 title / 1 alias)
    QHash<int, quint32> byConcept;                    // concept id -> bit mask of the sections whose names use it
};

const Prepared &prepared()
{
    static const Prepared data = [] {
        Prepared result;
        QList<QList<QStringList>> nameWords;
        QList<QList<QStringList>> subsectionWords;
        for (const ReferenceSection &section : ReferenceSections::all()) {
            PreparedSection p;
            QList<QStringList> names{ReferenceSections::concepts(section.title)};
            p.normalizedTitle = ReferenceSections::normalizedHeading(section.title);
            for (const QString &alias : section.aliases) {
                p.normalizedAliases.insert(ReferenceSections::normalizedHeading(alias));
                names.append(ReferenceSections::concepts(alias));
            }
            QList<QStringList> subs;
            for (const QString &sub : section.subsections) {
                p.normalizedSubsections.append(ReferenceSections::normalizedHeading(sub));
                subs.append(ReferenceSections::concepts(sub));
            }
            for (const QList<QStringList> *lists : {&names, &subs}) {
                for (const QStringList &words : *lists) {
                    for (const QString &word : words)
                        result.vocabulary.idOf(word);
                }
            }
            nameWords.append(names);
            subsectionWords.append(subs);
            result.sections.append(p);
        }
        static_assert(sizeof(quint32) * 8 >= 19, "a section mask bit per section");
        for (qsizetype s = 0; s < result.sections.size(); ++s) {
            PreparedSection &p = result.sections[s];
            result.byName.insert(p.normalizedTitle, {int(s), 0});
            for (const QString &alias : std::as_const(p.normalizedAliases))
                result.byName.insert(alias, {int(s), 1});
            for (const QStringList &words : std::as_const(nameWords.at(s))) {
                if (words.isEmpty())
                    continue;
                const ConceptSet set = result.vocabulary.setOf(words);
                p.names.append(set);
                for (int i = 0; i < set.known; ++i)
                    result.byConcept[set.ids[i]] |= quint32(1) << s;
            }
            for (const QStringList &words : std::as_const(subsectionWords.at(s)))
                result.sections[s].subsections.append(result.vocabulary.setOf(words));
        }
        return result;
    }();
    return data;
}

constexpr double SimilarThreshold = 0.6;     // a top-level heading with a similar name
constexpr double SubsectionThreshold = 0.9;  // a deeper heading must be nearly the name
constexpr int ContentHits = 3;               // distinct keywords for a content match

// A heading's normalised text and concepts, worked out when first needed: most
// headings of a long document are never compared.
class HeadingInfos
{
public:
    explicit HeadingInfos(const MarkdownHeadings &headings)
        : m_headings(headings)
        , m_infos(headings.size())
    {
    }

    const QString &normalized(int h)
    {
        Info &info = m_infos[h];
        if (info.state < 1) {
            info.normalized = ReferenceSections::normalizedHeading(m_headings.at(h).text);
            info.state = 1;
        }
        return info.normalized;
    }

    const ConceptSet &concepts(int h)
    {
        normalized(h);
        Info &info = m_infos[h];
        if (info.state < 2) {
            info.concepts = prepared().vocabulary.setOf(conceptWords(info.normalized));
            info.state = 2;
        }
        return info.concepts;
    }

private:
    struct Info {
        QString normalized;
        ConceptSet concepts;
        int state = 0; // 1: normalized known, 2: concepts known
    };
    const MarkdownHeadings &m_headings;
    QList<Info> m_infos;
};

struct Candidate {
    int section = -1;
    int heading = -1;
    double score = 0;
    bool full = false; // the heading holds every concept of the name it matched
    int kind = 0;      // 0 exact, 1 alias, 2 similar
};

// Every (section, heading) pair worth considering for one heading: by exact
// title or alias through the name index, otherwise by shared concepts through
// the concept index, so that a heading is compared only with the few sections
// it could be.
void scoreHeading(int heading, HeadingInfos &infos, const SectionMatches &result, double threshold,
                  QList<Candidate> *candidates)
{
    const Prepared &data = prepared();
    const QString &normalized = infos.normalized(heading);
    if (normalized.isEmpty())
        return;
    quint32 named = 0;
    for (auto it = data.byName.constFind(normalized); it != data.byName.cend() && it.key() == normalized; ++it) {
        const auto [section, kind] = it.value();
        if (result.at(section).found())
            continue;
        candidates->append({section, heading, kind == 0 ? 1.0 : 0.95, true, kind});
        named |= quint32(1) << section;
    }
    const ConceptSet &concepts = infos.concepts(heading);
    quint32 sections = 0;
    for (int i = 0; i < concepts.known; ++i)
        sections |= data.byConcept.value(concepts.ids[i]);
    sections &= ~named;
    for (int section = 0; sections != 0; ++section, sections >>= 1) {
        if (!(sections & 1) || result.at(section).found())
            continue;
        double best = 0;
        bool bestFull = false;
        for (const ConceptSet &name : data.sections.at(section).names) {
            bool full = false;
            const double score = overlap(name, concepts, &full);
            if (score > best) {
                best = score;
                bestFull = full;
            }
        }
        if (best >= threshold)
            candidates->append({section, heading, 0.9 * best, bestFull, 2});
    }
}

bool isExecutiveSummary(const MarkdownHeading &heading)
{
    return heading.text.contains(u"Executive Summary"_s, Qt::CaseInsensitive);
}

// Whether at least half of the numbered reference sections have a heading at
// the section level with their exact title.
bool followsTemplateNumbering(const MarkdownHeadings &headings, HeadingInfos &infos, int top)
{
    const Prepared &data = prepared();
    const QList<ReferenceSection> &catalogue = ReferenceSections::all();
    int numbered = 0;
    for (const ReferenceSection &section : catalogue)
        numbered += section.number > 0 ? 1 : 0;
    quint32 exact = 0;
    for (int h = 0; h < headings.size(); ++h) {
        if (headings.at(h).level != top)
            continue;
        const QString &normalized = infos.normalized(h);
        for (auto it = data.byName.constFind(normalized); it != data.byName.cend() && it.key() == normalized; ++it) {
            const auto [section, kind] = it.value();
            if (kind == 0 && catalogue.at(section).number > 0)
                exact |= quint32(1) << section;
        }
    }
    return numbered > 0 && 2 * std::popcount(exact) >= numbered;
}

void sortCandidates(QList<Candidate> &candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.heading != b.heading)
            return a.heading < b.heading;
        return a.section < b.section;
    });
}

} // namespace

const QList<ReferenceSection> &ReferenceSections::all()
{
    static const QList<ReferenceSection> catalogue = makeCatalogue();
    return catalogue;
}

int ReferenceSections::indexOf(QStringView key)
{
    const QList<ReferenceSection> &catalogue = all();
    for (int i = 0; i < catalogue.size(); ++i) {
        if (catalogue.at(i).key == key)
            return i;
    }
    return -1;
}

QString ReferenceSections::normalizedHeading(QStringView heading)
{
    // Markup and parenthesised remarks out first, so that numbering is at the
    // start. Runs for every heading of the outline on each edit: no QString
    // growth in the loops.
    QVarLengthArray<QChar, 128> plain;
    int parentheses = 0;
    for (qsizetype i = 0; i < heading.size(); ++i) {
        const QChar c = heading[i];
        if (c == u'(') {
            ++parentheses;
        } else if (c == u')' && parentheses > 0) {
            --parentheses;
        } else if (parentheses > 0) {
            continue;
        } else if (c == u']' && i + 1 < heading.size() && heading[i + 1] == u'(') {
            // [text](url): keep the text, skip the target
            const qsizetype close = heading.indexOf(u')', i + 2);
            i = close < 0 ? heading.size() : close;
        } else if (c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'~') {
            continue;
        } else {
            plain.append(c);
        }
    }
    const QStringView stripped = stripNumbering(QStringView(plain.constData(), plain.size()));
    QVarLengthArray<QChar, 128> out;
    bool space = false;
    for (const QChar c : stripped) {
        const char16_t u = c.unicode();
        QChar lower;
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            lower = c;
        else if (u >= u'A' && u <= u'Z')
            lower = QChar(char16_t(u + 32));
        else if (u >= 0x80 && c.isLetterOrNumber())
            lower = c.toLower();
        if (!lower.isNull()) {
            if (space && !out.isEmpty() && out.last() != u' ')
                out.append(u' ');
            space = false;
            out.append(lower);
        } else if (c == u'&') {
            if (!out.isEmpty() && out.last() != u' ')
                out.append(u' ');
            for (QChar a : QStringView(u"and "))
                out.append(a);
            space = false;
        } else {
            space = true;
        }
    }
    if (!out.isEmpty() && out.last() == u' ')
        out.removeLast();
    return QString(out.constData(), out.size());
}

QStringList ReferenceSections::concepts(QStringView heading)
{
    return conceptWords(normalizedHeading(heading));
}

qsizetype ReferenceSections::findTerm(QStringView lowerText, QStringView term, qsizetype from)
{
    if (term.isEmpty())
        return -1;
    const bool checkStart = isWordChar(term.front());
    const bool checkEnd = term.size() <= 3 && isWordChar(term.back());
    while (from <= lowerText.size() - term.size()) {
        const qsizetype at = lowerText.indexOf(term, from);
        if (at < 0)
            return -1;
        const qsizetype after = at + term.size();
        const bool startOk = !checkStart || at == 0 || !isWordChar(lowerText[at - 1]);
        const bool endOk = !checkEnd || after >= lowerText.size() || !isWordChar(lowerText[after]);
        if (startOk && endOk)
            return at;
        from = at + 1;
    }
    return -1;
}

QString ReferenceSections::lowerCase(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    const char16_t *in = text.utf16();
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = in[i];
        if (c < 0x80)
            out[i] = char16_t(c - u'A') < 26u ? char16_t(c + 32) : c;
        else if (QChar::isSurrogate(c))
            out[i] = c; // case mapping of other planes is not needed for keywords
        else
            out[i] = QChar::toLower(char32_t(c));
    }
    return result;
}

SectionMatches ReferenceSections::match(const MarkdownOutline &outline, bool subsections)
{
    const QList<ReferenceSection> &catalogue = all();
    const MarkdownHeadings &headings = outline.headings();
    const int top = outline.sectionLevel();

    SectionMatches result(catalogue.size());
    for (int s = 0; s < catalogue.size(); ++s)
        result[s].section = s;

    HeadingInfos infos(headings);

    QList<int> claims(headings.size(), 0);
    // How each heading was first claimed (Candidate::kind): a heading that has a
    // section's exact name or alias is that section and stands for no other.
    QList<int> claimKind(headings.size(), -1);
    // The top-level heading each heading sits under (itself for a top-level one).
    QList<int> parents(headings.size(), -1);
    for (int h = 0, parent = -1; h < headings.size(); ++h) {
        if (headings.at(h).level <= top)
            parent = h;
        parents[h] = parent;
    }
    auto assign = [&](const Candidate &c, const QString &reason) {
        SectionMatch &m = result[c.section];
        const MarkdownHeading &heading = headings.at(c.heading);
        m.status = c.kind == 0 ? SectionMatch::Status::Present : SectionMatch::Status::Renamed;
        m.headingIndex = c.heading;
        m.heading = heading.text;
        m.line = heading.line;
        m.endLine = heading.endLine;
        m.score = c.score;
        m.reason = c.kind == 0 ? u"exact name"_s : reason;
        if (claims.at(c.heading) == 0)
            claimKind[c.heading] = c.kind;
        ++claims[c.heading];
    };

    // By name, best scores first:
    // 1. headings at the section level (for Document Control, Revision History,
    //    Approval and External References also above it);
    // 2. only when something is still missing, the level below: "### Monitoring"
    //    under "## Operations", or "## Document Control" under an H1 title when
    //    a document groups its sections under several H1s ("# Part 1").
    // A heading may stand for several sections ("Monitoring and Retraining")
    // only when it names each of them fully and none of them by its exact name
    // or an alias: "3. Data Pipeline" is the data section, never also CI/CD's
    // "ML Pipelines". In the second pass a heading under a top-level section
    // that already stands for a numbered section is part of that section:
    // "### Continuous Training" under "10. CI/CD for ML" is not the deleted
    // "8. Retraining Strategy".
    // ArcKit's template has no executive summary. In a document that keeps most
    // of the template's numbered headings, an Executive Summary is the author's
    // extra and stands for no section; in one written its own way it is the
    // overview ("Executive Summary" is an alias).
    const bool followsTemplate = followsTemplateNumbering(headings, infos, top);
    auto excludedSummary = [&](int h) { return followsTemplate && isExecutiveSummary(headings.at(h)); };
    auto pass = [&](bool subsectionPass) {
        const double threshold = subsectionPass ? SubsectionThreshold : SimilarThreshold;
        const QString reason = subsectionPass ? u"subsection"_s : u"similar name"_s;
        QList<Candidate> candidates;
        for (int h = 0; h < headings.size(); ++h) {
            const int level = headings.at(h).level;
            if (claims.at(h) > 0 || (subsectionPass ? level != top + 1 : level > top) || excludedSummary(h))
                continue;
            scoreHeading(h, infos, result, threshold, &candidates);
        }
        sortCandidates(candidates);
        for (const Candidate &c : std::as_const(candidates)) {
            if (result.at(c.section).found())
                continue;
            if (!subsectionPass && catalogue.at(c.section).number > 0 && headings.at(c.heading).level != top)
                continue; // numbered sections are not above the section level
            if (claims.at(c.heading) > 0 && (!c.full || c.kind != 2 || claimKind.at(c.heading) != 2))
                continue;
            if (subsectionPass && catalogue.at(c.section).number > 0) {
                const int parent = parents.at(c.heading);
                if (parent >= 0 && parent != c.heading && claims.at(parent) > 0)
                    continue;
            }
            assign(c, c.kind == 1 ? reason + u" (alias)"_s : reason);
        }
    };
    pass(false);
    const bool missing = std::any_of(result.cbegin(), result.cend(), [](const SectionMatch &m) { return !m.found(); });
    if (missing && top < 6)
        pass(true);

    // 3. Still missing: the top-level section whose text mentions most of its keywords.
    QList<int> pending;
    for (int s = 0; s < catalogue.size(); ++s) {
        if (!result.at(s).found() && !catalogue.at(s).keywords.isEmpty())
            pending.append(s);
    }
    if (!pending.isEmpty() && outline.lineCount() > 0) {
        // Regions: the text before the first top-level heading, then each top-level section.
        struct Region {
            qsizetype start;
            qsizetype end;
            int heading;   // -1 for the preamble
            bool eligible;
        };
        QList<Region> regions;
        int firstTop = -1;
        for (int h = 0; h < headings.size(); ++h) {
            if (headings.at(h).level == top) {
                firstTop = h;
                break;
            }
        }
        const int preambleEnd = firstTop >= 0 ? headings.at(firstTop).line - 1 : outline.lineCount();
        // Only sections that no reference section has claimed by name are
        // candidates: "8. Retraining Strategy" talks about drift and alerts but is
        // not the monitoring section. The preamble can only hold Document Control.
        if (preambleEnd >= 1)
            regions.append({0, outline.lineOffset(preambleEnd + 1), -1, false});
        for (int h = 0; h < headings.size(); ++h) {
            const MarkdownHeading &heading = headings.at(h);
            // An executive summary touches every subject by design: it stands
            // for no section by its text.
            const bool summary = isExecutiveSummary(heading);
            if (heading.level == top)
                regions.append({outline.lineOffset(heading.line), outline.lineOffset(heading.endLine + 1), h,
                                claims.at(h) == 0 && !summary});
        }
        // Lower-case copies of the candidate regions only, made when first searched.
        QList<QString> lowerRegions(regions.size());
        // Every (section, region) pair with enough keywords; then one to one,
        // most keywords first: a region that stands for one section by its
        // text stands for no other.
        struct ContentCandidate {
            int section;
            int region;
            QStringList hits;
        };
        QList<ContentCandidate> found;
        for (int s : std::as_const(pending)) {
            const ReferenceSection &section = catalogue.at(s);
            // Document Control is only looked for at the start: before the first
            // section or in it, never in a later section that mentions approvals.
            const bool documentControl = section.key == u"document-control";
            QList<QStringList> hits(regions.size());
            for (int r = 0; r < regions.size(); ++r) {
                const Region &region = regions.at(r);
                const bool first = r == 0 || (r == 1 && regions.at(0).heading < 0);
                if (region.heading < 0 ? !documentControl : (!region.eligible || (documentControl && !first)))
                    continue;
                if (lowerRegions.at(r).isNull())
                    lowerRegions[r] = lowerCase(QStringView(outline.text()).sliced(region.start, region.end - region.start));
                for (const QString &keyword : section.keywords) {
                    if (findTerm(lowerRegions.at(r), keyword) >= 0)
                        hits[r].append(keyword);
                }
            }
            const qsizetype needed = std::min<qsizetype>(ContentHits, section.keywords.size());
            for (int r = 0; r < regions.size(); ++r) {
                if (hits.at(r).size() >= needed)
                    found.append({s, r, hits.at(r)});
            }
        }
        std::stable_sort(found.begin(), found.end(), [](const ContentCandidate &a, const ContentCandidate &b) {
            return a.hits.size() > b.hits.size();
        });
        QList<bool> regionTaken(regions.size(), false);
        for (const ContentCandidate &candidate : std::as_const(found)) {
            const int s = candidate.section;
            const int best = candidate.region;
            if (result.at(s).found() || regionTaken.at(best))
                continue;
            regionTaken[best] = true;
            const ReferenceSection &section = catalogue.at(s);
            SectionMatch &m = result[s];
            const Region &region = regions.at(best);
            m.status = SectionMatch::Status::Renamed;
            m.score = 0.5 * double(candidate.hits.size()) / double(section.keywords.size());
            m.reason = u"content: "_s + candidate.hits.join(u", "_s);
            if (region.heading >= 0) {
                const MarkdownHeading &heading = headings.at(region.heading);
                m.headingIndex = region.heading;
                m.heading = heading.text;
                m.line = heading.line;
                m.endLine = heading.endLine;
            } else {
                m.line = 1;
                m.endLine = preambleEnd;
                if (!headings.isEmpty() && headings.first().line <= preambleEnd) {
                    m.headingIndex = 0;
                    m.heading = headings.first().text;
                    m.line = headings.first().line;
                }
            }
        }
    }

    // The template's subsections not found under each matched top-level heading.
    for (int s = 0; subsections && s < catalogue.size(); ++s) {
        SectionMatch &m = result[s];
        const PreparedSection &p = prepared().sections.at(s);
        if (!m.found() || p.normalizedSubsections.isEmpty())
            continue;
        QList<int> children;
        if (m.headingIndex >= 0 && headings.at(m.headingIndex).level == top) {
            for (int h = m.headingIndex + 1; h < headings.size() && headings.at(h).line <= m.endLine; ++h) {
                if (headings.at(h).level == top + 1)
                    children.append(h);
            }
        }
        for (int i = 0; i < p.normalizedSubsections.size(); ++i) {
            // Exact names first: the concepts of a child are only worked out when needed.
            bool present = std::any_of(children.cbegin(), children.cend(),
                                       [&](int h) { return infos.normalized(h) == p.normalizedSubsections.at(i); });
            present = present || std::any_of(children.cbegin(), children.cend(), [&](int h) {
                bool full = false;
                return overlap(p.subsections.at(i), infos.concepts(h), &full) >= SimilarThreshold;
            });
            if (!present)
                m.missingSubsections.append(catalogue.at(s).subsections.at(i));
        }
    }
    return result;
}

} // namespace arckit
