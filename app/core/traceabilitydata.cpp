#include "traceabilitydata.h"
#include "textexpression.h"

#include "templatedata.h"
#include "templatevalues.h"
#include "textpatterns.h"

#include <QRegularExpression>
#include <QStringMatcher>

#include <algorithm>

namespace arckit {

namespace {

using namespace templatevalues;
using textpatterns::distinctiveWords;

// Finds the inventory model whose name and purpose share most words with a
// requirement. The models' words are extracted once per document, not once
// per requirement.
class ModelMatcher
{
public:
    explicit ModelMatcher(const QList<ModelEntry> &models)
    {
        m_words.reserve(models.size());
        for (const ModelEntry &model : models) {
            QList<QStringMatcher> matchers;
            for (const QString &word : distinctiveWords(model.name + QLatin1Char(' ') + model.purpose))
                matchers.append(QStringMatcher(word));
            m_words.append(matchers);
        }
    }

    // lowerText: the requirement's text in lower case. -1 when no model
    // shares a word with it.
    int best(const QString &lowerText) const
    {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < m_words.size(); ++i) {
            int score = 0;
            for (const QStringMatcher &word : m_words.at(i))
                if (word.indexIn(lowerText) >= 0)
                    ++score;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

private:
    QList<QList<QStringMatcher>> m_words; // per model, its words with their search tables
};

// The MLOps topic a lower-case text is about; empty when none.
QString topicElement(const QString &lower, const Answers &answers)
{
    if (containsAny(lower, {u"atrs", u"algorithmic transparency", u"jsp 936", u"jsp936", u"ai playbook"}))
        return answers.isUkGovernment() ? QStringLiteral("UK Government AI compliance (Section 13)")
                                        : QStringLiteral("Model governance (Section 11)");
    if (containsAny(lower, {u"fairness", u"bias", u"discriminat", u"protected characteristic", u"equalit"}))
        return QStringLiteral("Responsible AI: fairness monitoring (Sections 7, 12)");
    if (containsAny(lower, {u"explainab", u"explanation", u"explain ", u"interpretab"}))
        return QStringLiteral("Responsible AI: explainability (Section 12)");
    if (containsAny(lower,
                    {u"human oversight", u"human review", u"human-in-the-loop", u"human in the loop", u"appeal"}))
        return QStringLiteral("Responsible AI: human oversight (Section 12)");
    if (answers.usesGenAi() &&
        containsAny(lower, {u"prompt", u"llm", u"large language", u"genai", u"generative", u"retrieval", u"rag ",
                            u"hallucinat", u"guardrail", u"chatbot", u"embedding", u"foundation model"}))
        return QStringLiteral("LLM/GenAI operations (Section 9)");
    if (containsAny(lower, {u"retrain"}))
        return QStringLiteral("Retraining strategy (Section 8)");
    if (containsAny(lower, {u"drift", u"monitor", u"degradation"}))
        return QStringLiteral("Model monitoring (Section 7)");
    if (containsAny(lower, {u"audit", u"governance", u"dpia", u"accountab", u"model card", u"lineage", u"approval"}))
        return QStringLiteral("Model governance (Section 11)");
    if (containsAny(lower, {u"model registry", u"registry", u"model version"}))
        return QStringLiteral("Model registry: versioning and promotion (Section 5)");
    if (containsAny(lower, {u"training data", u"dataset", u"feature", u"data quality", u"annotation", u"label"}))
        return QStringLiteral("Data pipeline: training data (Section 3)");
    return {};
}

// The models an ML requirement concerns when no inventory row lists it and
// it names none: what it is about says which, its title first (the body
// mentions other topics in passing). Transparency and governance of the AI
// concern every model; prompts, generation and LLM safety the generative ones; training
// data, labels, drift, retraining and the registry the models the project
// trains; predictions and their confidence the predictive ones; anything
// else every model.
struct ModelScope
{
    QList<int> models;
    QString note; // why these, for the status cell; empty when the system has one model
};

enum class ScopeKind { None, System, Generative, Trained, Predictive };

ScopeKind scopeKindOf(const QString &text, bool generative, bool trained, bool predictive)
{
    auto words = [](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
    };
    static const TextExpression systemWords =
        words("\\b(ATRS|algorithmic transparency|transparency|public trust|governance|AI playbook|accountab\\w*|"
              "ethic(s|al)?|impact assessments?|DPIA)\\b");
    static const TextExpression generativeWords =
        words("\\b(prompts?|LLMs?|large language|generative|gen ?AI|hallucinat\\w*|jailbreak\\w*|guardrails?|"
              "chat ?bots?|conversational|foundation models?|retrieval|RAG|generation)\\b");
    static const TextExpression trainingWords =
        words("\\b(retrain\\w*|training (data|datasets?|images?|sets?|pipelines?)|datasets?|label(s|led|ling)?|"
              "annotat\\w*|drift|trained models?|registry|lineage|artefacts?|artifacts?|feedback|overrides?|"
              "features)\\b");
    static const TextExpression predictionWords = words("\\b(predict\\w*|confidence|inference)\\b");
    if (systemWords.match(text).hasMatch())
        return ScopeKind::System;
    if (generative && generativeWords.match(text).hasMatch())
        return ScopeKind::Generative;
    if (trained && trainingWords.match(text).hasMatch())
        return ScopeKind::Trained;
    if (predictive && predictionWords.match(text).hasMatch())
        return ScopeKind::Predictive;
    return ScopeKind::None;
}

ModelScope modelScope(const Requirement &requirement, const Answers &answers)
{
    QList<int> all;
    QList<int> generative;
    QList<int> trained;
    QList<int> predictive;
    for (int i = 0; i < answers.models.size(); ++i) {
        const ModelEntry &model = answers.models.at(i);
        all.append(i);
        (generativeModel(model) ? generative : predictive).append(i);
        const QString approach = blank(model.approach) ? answers.modelType : model.approach;
        if (!blank(approach) && !providerModel(model, answers))
            trained.append(i);
    }
    ScopeKind kind = scopeKindOf(requirement.title, !generative.isEmpty(), !trained.isEmpty(), !predictive.isEmpty());
    if (kind == ScopeKind::None)
        kind = scopeKindOf(requirement.body, !generative.isEmpty(), !trained.isEmpty(), !predictive.isEmpty());
    auto scope = [&all](const QList<int> &models, const QString &note) {
        if (all.size() == 1)
            return ModelScope{models, QString()};
        return ModelScope{models, models.size() == all.size() ? QStringLiteral("concerns every model") : note};
    };
    switch (kind) {
    case ScopeKind::Generative:
        return scope(generative, QStringLiteral("concerns the generative models"));
    case ScopeKind::Trained:
        return scope(trained, QStringLiteral("concerns the models the project trains"));
    case ScopeKind::Predictive:
        return scope(predictive, QStringLiteral("concerns the predictive models"));
    case ScopeKind::System:
    case ScopeKind::None:
        break;
    }
    return scope(all, QString());
}

QString mlopsElementFor(const Requirement &requirement, const QString &group, const Answers &answers,
                        const ModelMatcher &matcher, int *matchedModel = nullptr)
{
    const QString title = requirement.title.toLower();
    const QString text = title + QLatin1Char(' ') + requirement.body.toLower();
    const QString kind = requirement.kind.toUpper();
    const bool functional = kind == QLatin1String("FR") || kind == QLatin1String("UC") || kind == QLatin1String("BR");

    auto model = [&](int index) {
        return QStringLiteral("Model: %1").arg(TemplateData::cell(modelTitle(answers.models.at(index), index)));
    };
    const int matched = matcher.best(text);
    if (matchedModel)
        *matchedModel = -1;
    // A functional requirement that names a model is that model's use case.
    if (functional && matched >= 0) {
        if (matchedModel)
            *matchedModel = matched;
        return model(matched);
    }

    // A service level or security control that says nothing of the AI part is
    // the whole service's, not a model endpoint's.
    const bool aboutAi =
        requirement.ml || containsAny(text, {u"model", u"ml ", u"machine learning", u"ai ", u"ai-",
                                             u"artificial intelligence", u"inference", u"prediction", u"llm", u"prompt",
                                             u"classif", u"transcri", u"translat", u"algorithm"});
    if (group == QLatin1String("performance"))
        return aboutAi ? QStringLiteral("Serving SLA: latency and throughput (Section 6)")
                       : QStringLiteral("Service level of the whole service, outside the ML serving SLA");
    // The service's availability the strategy took as the serving target (Section 6) is that target's source.
    const QString where =
        requirement.line > 0 ? QStringLiteral("%1:%2").arg(requirement.source).arg(requirement.line) : QString();
    const bool servingAvailability = !where.isEmpty() && answers.sources.value(QStringLiteral("availability")) == where;
    if (group == QLatin1String("availability"))
        return aboutAi || servingAvailability
                   ? QStringLiteral("Serving SLA: availability (Section 6)")
                   : QStringLiteral("Service level of the whole service, outside the ML serving SLA");
    if (group == QLatin1String("security"))
        return answers.usesGenAi() &&
                       containsAny(text, {u"prompt", u"llm", u"jailbreak", u"guardrail", u"large language"})
                   ? QStringLiteral("LLM guardrails (Section 9)")
               : aboutAi ? QStringLiteral("Access control: model endpoints and registry (Sections 5, 6)")
                         : QStringLiteral("Security of the whole service, outside the ML system's controls");

    // The title says what a requirement is about more reliably than its body,
    // which often mentions other topics in passing. A functional requirement
    // whose title names no MLOps topic is a use case of a model.
    QString topic = topicElement(title, answers);
    if (topic.isEmpty() && !functional)
        topic = topicElement(text + QLatin1Char(' ') + requirement.evidence.join(QLatin1Char(' ')).toLower(), answers);
    if (!topic.isEmpty())
        return topic;
    if (kind == QLatin1String("DR"))
        return QStringLiteral("Data pipeline: training data (Section 3)");
    if (matched >= 0) {
        if (matchedModel)
            *matchedModel = matched;
        return model(matched);
    }
    if (functional || requirement.category.compare(QLatin1String("ML"), Qt::CaseInsensitive) == 0) {
        if (answers.models.isEmpty())
            return QStringLiteral("Model: ") + DocumentRenderer::placeholderFor(QStringLiteral("models"));
        return model(0);
    }
    return QStringLiteral("Model governance (Section 11)");
}

} // namespace

QString TraceabilityData::mlopsElement(const Requirement &requirement, const Answers &answers)
{
    return mlopsElementFor(requirement, requirement.servingGroup(), answers, ModelMatcher(answers.models));
}

QString TraceabilityData::deployment(const ModelEntry &model, const Answers &answers, const PlatformEntry *platform)
{
    const QString service = !blank(model.service) ? model.service.simplified()
                            : !blank(model.name)  ? model.name.simplified()
                                                  : QString();
    const QString approach = blank(model.approach) ? answers.modelType : model.approach;
    if (approach == QLatin1String("foundation-api")) {
        const QString provider =
            blank(answers.llmProvider) ? answers.platform.simplified() : answers.llmProvider.simplified();
        if (provider.isEmpty())
            return TemplateData::cell(service.isEmpty() ? QStringLiteral("Foundation model API")
                                                        : service + QStringLiteral(" API"));
        return TemplateData::cell(QStringLiteral("%1 API (%2)")
                                      .arg(service.isEmpty() ? QStringLiteral("Foundation model") : service, provider));
    }
    if (approach == QLatin1String("prebuilt-saas"))
        return TemplateData::cell(service.isEmpty() ? QStringLiteral("Pre-built service endpoint")
                                                    : service + QStringLiteral(" endpoint (pre-built service)"));
    const bool batchOnly = answers.servingPatterns.contains(QLatin1String("batch")) &&
                           !answers.servingPatterns.contains(QLatin1String("real-time")) &&
                           !answers.servingPatterns.contains(QLatin1String("streaming"));
    const QString component =
        platform ? platform->component(batchOnly ? QStringLiteral("batchInference") : QStringLiteral("serving"))
                 : QString();
    if (!component.isEmpty())
        return TemplateData::cell(component);
    const QString kind = batchOnly ? QStringLiteral("Batch scoring job") : QStringLiteral("Real-time model endpoint");
    return blank(answers.platform) ? kind + QStringLiteral(" (platform ") + placeholder("platform") + QLatin1Char(')')
                                   : TemplateData::cell(kind + QStringLiteral(" on ") + answers.platform.simplified());
}

QVariantList TraceabilityData::rows(const RenderInput &input, const QStringList &groups, const PlatformEntry *platform)
{
    const Answers &answers = input.answers;
    const ModelMatcher matcher(answers.models);
    // Once the inventory says which requirements each model serves, that is the mapping;
    // guessing from words is only for an inventory typed by hand without that column.
    const bool listed = std::any_of(answers.models.cbegin(), answers.models.cend(),
                                    [](const ModelEntry &m) { return !m.requirements.isEmpty(); });
    QVariantList rows;
    for (qsizetype i = 0; i < input.requirements.size(); ++i) {
        const Requirement &requirement = input.requirements.at(i);
        const QString &group = groups.at(i);
        if (!requirement.ml && group.isEmpty())
            continue;
        QString title = requirement.title.simplified();
        if (title.isEmpty())
            title = requirement.body.simplified();
        // A table-row requirement's title is its whole text: keep the first words.
        if (title.size() > 120) {
            const qsizetype space = title.lastIndexOf(QLatin1Char(' '), 120);
            title = title.left(space > 60 ? space : 120) + QStringLiteral("…");
        }
        const QString source = requirement.line > 0
                                   ? QStringLiteral("%1:%2").arg(requirement.source).arg(requirement.line)
                                   : requirement.source;
        int matched = -1;
        QString element = mlopsElementFor(requirement, group, answers, matcher, &matched);
        QList<int> models;
        if (listed) {
            for (int m = 0; m < answers.models.size(); ++m)
                if (answers.models.at(m).requirements.contains(requirement.id.trimmed()))
                    models.append(m);
        } else if (matched >= 0) {
            models.append(matched);
        }
        // An ML requirement that no row lists and that names no model still
        // concerns some of them: say which, and why.
        QString scopeNote;
        if (models.isEmpty() && requirement.ml && !answers.models.isEmpty()) {
            const ModelScope scope = modelScope(requirement, answers);
            models = scope.models;
            scopeNote = scope.note;
        }
        QStringList titles;
        QStringList deployments;
        for (int m : std::as_const(models)) {
            titles.append(TemplateData::cell(modelTitle(answers.models.at(m), m)));
            const QString d = deployment(answers.models.at(m), answers, platform);
            if (!deployments.contains(d))
                deployments.append(d);
        }
        const bool mapped = !models.isEmpty();
        if (mapped && element.startsWith(QLatin1String("Model: ")))
            element = QStringLiteral("Model serving and monitoring (Sections 6, 7)");
        QString status = scopeNote.isEmpty() ? QStringLiteral("✅") : QStringLiteral("✅ (%1)").arg(scopeNote);
        QString modelCell = titles.join(QStringLiteral(", "));
        if (!mapped) {
            QString reason;
            // One placeholder per requirement that needs a model, not one per traced row.
            if (answers.models.isEmpty() && element.startsWith(QLatin1String("Model: "))) {
                modelCell = placeholder("models");
                reason = QStringLiteral("the model inventory is empty");
            } else {
                modelCell = QStringLiteral("Not mapped");
                if (group == QLatin1String("performance") || group == QLatin1String("availability"))
                    reason = QStringLiteral("a service level of the platform, not of one model");
                else if (group == QLatin1String("security"))
                    reason = QStringLiteral("a security control of the platform, not of one model");
                else if (element.startsWith(QLatin1String("Model: ")))
                    reason = listed ? QStringLiteral("no model of the inventory lists it")
                                    : QStringLiteral("no model of the inventory names it");
                else
                    reason = QStringLiteral("an MLOps process requirement, met by the section named");
            }
            if (element.startsWith(QLatin1String("Model: ")))
                element = QStringLiteral("Model inventory: assign a model (Section 2)");
            status = QStringLiteral("Not mapped: ") + reason;
        }
        rows.append(QVariantHash{
            {QStringLiteral("id"), TemplateData::cell(requirement.id)},
            {QStringLiteral("title"), title.isEmpty() ? QStringLiteral("—") : TemplateData::cell(title)},
            {QStringLiteral("model"), modelCell},
            {QStringLiteral("deployment"),
             deployments.isEmpty() ? QStringLiteral("—") : deployments.join(QStringLiteral("; "))},
            {QStringLiteral("element"), element},
            {QStringLiteral("source"),
             source.isEmpty() ? QStringLiteral("—")
                              : QStringLiteral("`%1`").arg(TemplateData::cell(source).remove(QLatin1Char('`')))},
            {QStringLiteral("status"), status},
            {QStringLiteral("mapped"), mapped},
            {QStringLiteral("ml"), requirement.ml}});
    }
    return rows;
}

} // namespace arckit
