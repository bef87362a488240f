#include "modelinventorydata.h"

#include "capabilitycatalogue.h"
#include "recommendations.h"
#include "templatedata.h"
#include "templatevalues.h"

namespace arckit {

using namespace templatevalues;

ModelInventoryData::ModelInventoryData(const Answers &answers, const PlatformEntry *platform,
                                       CitationRegister *citations)
    : m_a(answers)
    , m_platform(platform)
    , m_citations(citations)
{
}

QString ModelInventoryData::aiType(const ModelEntry &model)
{
    if (!blank(model.type))
        return model.type.simplified();
    const QString c = (model.capability + QLatin1Char(' ') + model.name).toLower();
    if (containsAny(c, {u"llm", u"generat", u"summar", u"chat", u"assistant"}))
        return QStringLiteral("Generative AI (LLM)");
    if (containsAny(c, {u"speech", u"transcri", u"diaris", u"voice"}))
        return QStringLiteral("Speech recognition");
    if (containsAny(c, {u"translat"}))
        return QStringLiteral("Machine translation");
    if (containsAny(c, {u"ocr", u"vision", u"image", u"defect", u"detect"}))
        return QStringLiteral("Computer vision");
    if (containsAny(c, {u"embedding", u"semantic search", u"retriev"}))
        return QStringLiteral("Embeddings and retrieval");
    if (containsAny(c, {u"entity", u"extraction"}))
        return QStringLiteral("NLP (entity extraction)");
    if (containsAny(c, {u"classif", u"triage", u"categor"}))
        return QStringLiteral("Classification");
    if (containsAny(c, {u"forecast"}))
        return QStringLiteral("Forecasting");
    if (containsAny(c, {u"anomal"}))
        return QStringLiteral("Anomaly detection");
    if (containsAny(c, {u"recommend", u"rank", u"match"}))
        return QStringLiteral("Ranking and matching");
    return {};
}

QString ModelInventoryData::framework(const ModelEntry &model) const
{
    if (!blank(model.framework))
        return TemplateData::cell(model.framework);
    const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
    if (blank(approach))
        return blank(model.service) ? QStringLiteral("—") : TemplateData::cell(model.service);
    const QString label = Answers::modelTypeLabel(approach);
    return TemplateData::cell(blank(model.service) ? label
                                                   : QStringLiteral("%1: %2").arg(label, model.service.simplified()));
}

QString ModelInventoryData::citation(const ModelEntry &model, int index, Cited cited) const
{
    // The line that states what is cited (the purpose, how the model is
    // obtained), else the first line that names the model.
    const QString &stated = cited == Cited::Purpose    ? model.purposeSource
                            : cited == Cited::Approach ? model.approachSource
                                                       : QString();
    const QString source = !blank(stated) ? stated : model.evidence.isEmpty() ? QString() : model.evidence.first();
    if (!m_citations || source.isEmpty())
        return {};
    return QLatin1Char(' ') + m_citations->cite(source, QStringLiteral("Model %1").arg(modelId(model, index)));
}

QString ModelInventoryData::trainingData(const ModelEntry &model) const
{
    if (providerModel(model, m_a))
        return QStringLiteral("None held by the project: the provider's pre-trained model");
    QStringList sources;
    for (const DataSourceEntry &source : m_a.dataSources)
        if (!blank(source.name))
            sources.append(source.name.simplified());
    const QString names =
        sources.isEmpty() ? placeholder("dataSources") : TemplateData::cell(sources.join(QStringLiteral(", ")));
    const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
    return approach == QLatin1String("fine-tuned") ? QStringLiteral("Fine-tuning set from ") + names : names;
}

QString ModelInventoryData::customisation(const ModelEntry &model) const
{
    const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
    // Prompts steer generative models; an embedding or speech model behind an API is used as it comes.
    const CapabilityDefinition *definition = nullptr;
    for (const CapabilityDefinition &candidate : CapabilityCatalogue::instance().capabilities())
        if (candidate.name == model.capability)
            definition = &candidate;
    if (approach == QLatin1String("foundation-api") && definition && definition->kind != QLatin1String("genai"))
        return QStringLiteral("Used as the provider supplies it, through its API; no fine-tuning");
    if (approach == QLatin1String("foundation-api"))
        return saysNone(m_a.vectorStore) || blank(m_a.vectorStore)
                   ? QStringLiteral("Prompts and system instructions; no fine-tuning")
                   : QStringLiteral("Prompts and retrieval from %1; no fine-tuning")
                         .arg(TemplateData::cell(m_a.vectorStore));
    if (approach == QLatin1String("prebuilt-saas"))
        return QStringLiteral("Service configuration only (used as supplied)");
    if (approach == QLatin1String("fine-tuned"))
        return QStringLiteral("Fine-tuned on project data");
    if (approach == QLatin1String("custom-trained"))
        return QStringLiteral("Trained by the project");
    // Nothing says how the model is obtained: the architect says, the document does not guess.
    return blank(approach) ? placeholder("modelType") : TemplateData::cell(approach);
}

QVariantList ModelInventoryData::capabilities() const
{
    // One row per capability, its models together: "LLM generation" served by a
    // main and a fallback model is one capability.
    QStringList order;
    QHash<QString, QList<int>> byCapability;
    for (int i = 0; i < m_a.models.size(); ++i) {
        const ModelEntry &model = m_a.models.at(i);
        QString key = model.capability.simplified();
        if (key.isEmpty())
            key = blank(model.name) ? modelId(model, i) : model.name.simplified();
        if (!byCapability.contains(key))
            order.append(key);
        byCapability[key].append(i);
    }
    QVariantList rows;
    for (const QString &capability : std::as_const(order)) {
        const QList<int> &indexes = byCapability[capability];
        const ModelEntry &first = m_a.models.at(indexes.first());
        QStringList ids;
        QStringList sources;
        QStringList requirements;
        for (int i : indexes) {
            const ModelEntry &model = m_a.models.at(i);
            ids.append(modelId(model, i));
            const QString source = framework(model);
            if (!sources.contains(source))
                sources.append(source);
            for (const QString &r : model.requirements)
                if (!requirements.contains(r.trimmed()))
                    requirements.append(r.trimmed());
        }
        const QString type = aiType(first);
        rows.append(QVariantHash{
            {QStringLiteral("capability"),
             QString(TemplateData::cell(capability) + citation(first, indexes.first(), Cited::Model))},
            {QStringLiteral("aiType"), type.isEmpty() ? placeholder("modelType") : TemplateData::cell(type)},
            {QStringLiteral("source"), sources.join(QStringLiteral("; "))},
            {QStringLiteral("customisation"), customisation(first)},
            {QStringLiteral("trainingData"), trainingData(first)},
            {QStringLiteral("models"), TemplateData::cell(ids.join(QStringLiteral(", ")))},
            {QStringLiteral("requirements"), requirements.isEmpty()
                                                 ? QStringLiteral("—")
                                                 : TemplateData::cell(requirements.join(QStringLiteral(", ")))}});
    }
    if (rows.isEmpty()) {
        const QString dash = QStringLiteral("—");
        rows.append(QVariantHash{{QStringLiteral("capability"), placeholder("models")},
                                 {QStringLiteral("aiType"), dash},
                                 {QStringLiteral("source"), dash},
                                 {QStringLiteral("customisation"), dash},
                                 {QStringLiteral("trainingData"), dash},
                                 {QStringLiteral("models"), dash},
                                 {QStringLiteral("requirements"), dash}});
    }
    return rows;
}

QString ModelInventoryData::monitoring(const ModelEntry &model) const
{
    const QString component = m_platform ? m_platform->component(QStringLiteral("monitoring")) : QString();
    if (providerModel(model, m_a)) {
        QString text =
            QStringLiteral("Golden-set regression before each release; output quality sampling, latency, "
                           "error rate and cost per request in production; alert on a provider model-version change");
        if (!component.isEmpty())
            text += QStringLiteral(" (%1)").arg(component);
        return TemplateData::cell(text);
    }
    QString text =
        QStringLiteral("Data drift (%1), performance (%2) against the values at promotion")
            .arg(blank(m_a.driftMethod)
                     ? Recommendations::brief(Recommendations::of(m_a, QStringLiteral("driftMethod")))
                     : answer(m_a.driftMethod, "driftMethod"),
                 m_a.performanceMetrics.isEmpty() && !Recommendations::metricFor(model.type).isEmpty()
                     ? TemplateData::cell(QStringLiteral("recommended: ") + Recommendations::metricFor(model.type))
                     : answer(m_a.performanceMetrics, "performanceMetrics"));
    if (!component.isEmpty())
        text += QStringLiteral(" in %1").arg(TemplateData::cell(component));
    return text;
}

QString ModelInventoryData::card(const ModelEntry &model, int index) const
{
    const bool provider = providerModel(model, m_a);
    const QString title = TemplateData::cell(modelTitle(model, index));
    QStringList lines;
    auto row = [&lines](const char *field, const QString &value) {
        lines << QStringLiteral("| **%1** | %2 |").arg(QLatin1String(field), value);
    };
    lines << QStringLiteral("#### Model Card: %1").arg(title) << QString() << QStringLiteral("| Field | Value |")
          << QStringLiteral("|-------|-------|");
    const QString type = aiType(model);
    QString details = QStringLiteral("%1; %2").arg(type.isEmpty() ? placeholder("modelType") : TemplateData::cell(type),
                                                   framework(model));
    details += citation(model, index, Cited::Approach);
    row("Model Details", details);
    row("Version", provider ? QStringLiteral("Pinned provider model version, recorded with each release")
                            : QStringLiteral("Semantic version in the model registry"));
    row("Owner", !blank(model.owner)  ? TemplateData::cell(model.owner)
                 : !blank(m_a.mlLead) ? TemplateData::cell(m_a.mlLead)
                                      : QStringLiteral("ML Lead (%1)").arg(placeholder("mlLead")));
    QString use = blank(model.purpose) ? (blank(model.capability) ? placeholder("models")
                                                                  : TemplateData::cell(model.capability.simplified()))
                                       : TemplateData::cell(model.purpose);
    if (!model.requirements.isEmpty())
        use += QStringLiteral(" (%1)").arg(TemplateData::cell(model.requirements.join(QStringLiteral(", "))));
    row("Intended Use", use);
    row("Out of Scope", QStringLiteral("Any use not in the model inventory, until approved"));
    row("Training Data", trainingData(model));
    QStringList metrics;
    for (const QString &metric : m_a.performanceMetrics)
        if (!blank(metric))
            metrics.append(metric.simplified());
    row("Metrics",
        provider ? QStringLiteral("Golden-set scores per release%1")
                       .arg(metrics.isEmpty()
                                ? QString()
                                : QStringLiteral(": ") + TemplateData::cell(metrics.join(QStringLiteral(", "))))
        : metrics.isEmpty()
            ? (Recommendations::metricFor(model.type).isEmpty()
                   ? placeholder("performanceMetrics")
                   : TemplateData::cell(
                         QStringLiteral("Recommended: %1 — confirm").arg(Recommendations::metricFor(model.type))))
            : TemplateData::cell(metrics.join(QStringLiteral(", "))) + QStringLiteral(", recorded at registration"));
    row("Limitations",
        provider ? QStringLiteral("The provider's published limitations for %1, and what the golden set shows")
                       .arg(blank(model.service) ? QStringLiteral("the model") : TemplateData::cell(model.service))
                 : QStringLiteral("Recorded from the evaluation report before promotion to Production"));
    row("Risk", blank(model.risk) ? answer(m_a.riskLevel, "riskLevel") : TemplateData::cell(model.risk));
    row("Monitoring", monitoring(model));
    return lines.join(QLatin1Char('\n'));
}

QVariantList ModelInventoryData::modelCards() const
{
    QVariantList cards;
    for (int i = 0; i < m_a.models.size(); ++i)
        cards.append(QVariantHash{{QStringLiteral("card"), card(m_a.models.at(i), i)}});
    if (cards.isEmpty())
        cards.append(QVariantHash{
            {QStringLiteral("card"),
             QStringLiteral("#### Model Card: %1\n\nOne card per model of the inventory, once the models are known.")
                 .arg(placeholder("models"))}});
    return cards;
}

} // namespace arckit
