// The template's values for the models and their data: the inventory and model
// cards, the data pipeline, training.
#include "templatedatabuilder.h"

namespace arckit::templatebuilder {

void Builder::inventory()
{
    QVariantList rows;
    QVariantList nodes;
    for (int i = 0; i < m_a.models.size(); ++i) {
        const ModelEntry &model = m_a.models.at(i);
        Row row;
        row.insert(QStringLiteral("id"), TemplateData::cell(modelId(model, i)));
        const QString type = ModelInventoryData::aiType(model);
        row.insert(QStringLiteral("name"), orDash(blank(model.name) ? model.capability : model.name));
        row.insert(QStringLiteral("type"), orDash(type));
        row.insert(QStringLiteral("framework"), m_models.framework(model));
        row.insert(QStringLiteral("purpose"),
                   QString((blank(model.purpose) ? orDash(model.capability) : TemplateData::cell(model.purpose)) +
                           m_models.citation(model, i)));
        row.insert(QStringLiteral("risk"),
                   blank(model.risk) ? answer(m_a.riskLevel, "riskLevel") : TemplateData::cell(model.risk));
        row.insert(QStringLiteral("owner"), blank(model.owner) ? orDash(m_a.mlLead) : TemplateData::cell(model.owner));
        row.insert(QStringLiteral("title"), TemplateData::cell(modelTitle(model, i)));
        row.insert(QStringLiteral("deployment"), TraceabilityData::deployment(model, m_a, m_platform));
        row.insert(QStringLiteral("explainability"), explainability(model));
        row.insert(QStringLiteral("scaling"), hasPattern("real-time") || hasPattern("streaming")
                                                  ? QStringLiteral("Auto-scaling")
                                                  : QStringLiteral("Scheduled capacity"));
        row.insert(QStringLiteral("endpoint"),
                   QStringLiteral("`%1`").arg(modelId(model, i).toLower().remove(QLatin1Char('`'))));
        rows.append(row);
        nodes.append(Row{{QStringLiteral("line"), node(QStringLiteral("M%1").arg(i + 1), modelTitle(model, i))}});
    }
    if (rows.isEmpty()) {
        const QString ph = placeholder("models");
        const QString dash = QStringLiteral("—");
        rows.append(Row{{QStringLiteral("id"), ph},
                        {QStringLiteral("name"), dash},
                        {QStringLiteral("type"), dash},
                        {QStringLiteral("framework"), dash},
                        {QStringLiteral("purpose"), dash},
                        {QStringLiteral("risk"), dash},
                        {QStringLiteral("owner"), dash},
                        {QStringLiteral("title"), ph},
                        {QStringLiteral("explainability"), dash},
                        {QStringLiteral("scaling"), dash},
                        {QStringLiteral("deployment"), dash},
                        {QStringLiteral("endpoint"), dash}});
        nodes.append(Row{{QStringLiteral("line"), node(QStringLiteral("M1"), ph)}});
    }
    set("models", rows);
    set("modelNodes", nodes);
    set("capabilities", m_models.capabilities());
    set("modelCards", m_models.modelCards());
    set("architectureDiagram", ArchitectureDiagram::flowchart(m_a, m_platform));
    set("modelIds", modelIds());
    set("primaryModel", rows.first());
    const ModelEntry primary = m_a.models.isEmpty() ? ModelEntry{} : m_a.models.first();
    set("primaryModelCard", modelCard(primary));

    set("riskLevel", answer(m_a.riskLevel, "riskLevel"));
    const QString risk = m_a.riskLevel.trimmed().toLower();
    QString governance;
    if (risk == QLatin1String("low"))
        governance = QStringLiteral("standard review");
    else if (risk == QLatin1String("medium"))
        governance = QStringLiteral("enhanced review");
    else if (risk == QLatin1String("high"))
        governance = QStringLiteral("ethics board review");
    else if (risk == QLatin1String("very high"))
        governance = QStringLiteral("ministerial / executive approval");
    else if (!risk.isEmpty())
        governance = QStringLiteral("the review its risk level calls for");
    set("riskSummary", governance.isEmpty()
                           ? QStringLiteral("**System risk level**: %1").arg(placeholder("riskLevel"))
                           : QStringLiteral("**System risk level**: %1, so models go through %2 before production.")
                                 .arg(TemplateData::cell(m_a.riskLevel), governance));
    set("highRisk", risk == QLatin1String("high") || risk == QLatin1String("very high"));

    // Model dependencies: data sources -> feature pipeline -> models -> serving.
    QVariantList dataNodes;
    QStringList edges;
    const int sourceCount = qMax(1, int(m_a.dataSources.size()));
    for (int i = 0; i < sourceCount; ++i) {
        // A system that trains nothing takes its inputs as they come: the node names them.
        const QString label = m_a.dataSources.isEmpty() && m_provider && !m_trains
                                  ? QStringLiteral("Documents, audio and prompts")
                              : m_a.dataSources.isEmpty()         ? placeholder("dataSources")
                              : blank(m_a.dataSources.at(i).name) ? QStringLiteral("Source %1").arg(i + 1)
                                                                  : m_a.dataSources.at(i).name;
        dataNodes.append(Row{{QStringLiteral("line"), node(QStringLiteral("D%1").arg(i + 1), label)}});
        edges.append(edge(QStringLiteral("D%1").arg(i + 1), QStringLiteral("F1")));
    }
    const int modelCount = int(nodes.size());
    // Provider models take the inputs as they are; only trained models read engineered features.
    for (int i = 0; i < modelCount; ++i) {
        const bool provider = i < m_a.models.size() ? providerModel(m_a.models.at(i), m_a) : !m_trains;
        if (!provider) {
            edges.append(edge(QStringLiteral("F1"), QStringLiteral("M%1").arg(i + 1)));
            continue;
        }
        for (int d = 0; d < sourceCount; ++d)
            edges.append(edge(QStringLiteral("D%1").arg(d + 1), QStringLiteral("M%1").arg(i + 1)));
    }
    QVariantList servingNodes;
    QStringList servingIds;
    for (const QString &pattern : m_a.servingPatterns) {
        const QString id = QStringLiteral("S%1").arg(servingIds.size() + 1);
        QString label = servingPatternLabel(pattern) + QStringLiteral(" serving");
        if (pattern == QLatin1String("real-time"))
            label = QStringLiteral("Real-time API endpoint");
        else if (pattern == QLatin1String("batch"))
            label = QStringLiteral("Batch scoring job");
        else if (pattern == QLatin1String("streaming"))
            label = QStringLiteral("Streaming consumer");
        servingNodes.append(Row{{QStringLiteral("line"), node(id, label)}});
        servingIds.append(id);
    }
    if (servingIds.isEmpty()) {
        servingNodes.append(Row{{QStringLiteral("line"), node(QStringLiteral("S1"), placeholder("servingPatterns"))}});
        servingIds.append(QStringLiteral("S1"));
    }
    for (int i = 0; i < modelCount; ++i)
        for (const QString &s : servingIds)
            edges.append(edge(QStringLiteral("M%1").arg(i + 1), s));
    set("dataNodes", dataNodes);
    set("servingNodes", servingNodes);
    set("dependencyEdges", lines(edges));
    set("featureNode",
        node(QStringLiteral("F1"), m_provider && !m_trains ? QStringLiteral("Input validation and redaction")
                                   : blank(m_a.featureStore) || saysNone(m_a.featureStore)
                                       ? QStringLiteral("Feature engineering")
                                       : m_a.featureStore));
}

QString Builder::explainability(const ModelEntry &model) const
{
    const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
    if (approach == QLatin1String("prebuilt-saas"))
        return QStringLiteral("The service's confidence scores, logged with each output");
    if (approach == QLatin1String("foundation-api"))
        return QStringLiteral("Retrieved-source citations and response rationale logging");
    if (generativeModel(model))
        return QStringLiteral("Retrieved-source citations and response rationale logging");
    const QString kind = (model.type + QLatin1Char(' ') + model.framework).toLower();
    if (containsAny(kind, {u"nlp", u"text", u"language"}))
        return QStringLiteral("Attention / token attributions (Integrated Gradients)");
    if (containsAny(kind, {u"vision", u"image", u"cv"}))
        return QStringLiteral("Saliency maps (Grad-CAM)");
    return QStringLiteral("SHAP feature importance (global and per prediction)");
}

QString Builder::modelCard(const ModelEntry &model) const
{
    const bool none = m_a.models.isEmpty();
    const QString ph = placeholder("models");
    auto field = [&](const QString &value) { return none ? ph : orDash(value); };
    QStringList sources;
    for (const DataSourceEntry &source : m_a.dataSources)
        if (!blank(source.name))
            sources.append(source.name.simplified());
    QStringList card;
    card << QStringLiteral("## Model Card: %1").arg(none ? ph : TemplateData::cell(modelTitle(model, 0))) << QString()
         << QStringLiteral("### Model Details")
         << QStringLiteral("- Developer: %1")
                .arg(none                 ? ph
                     : blank(model.owner) ? orDash(m_a.mlLead)
                                          : TemplateData::cell(model.owner))
         << QStringLiteral("- Version: 1.0.0 (semantic versioning in the model registry)")
         << QStringLiteral("- Type: %1").arg(field(model.type))
         << QStringLiteral("- Framework: %1").arg(field(model.framework)) << QString()
         << QStringLiteral("### Intended Use") << QStringLiteral("- Primary: %1").arg(field(model.purpose))
         << QStringLiteral("- Out-of-scope: any use not listed in the model inventory without a new approval")
         << QString() << QStringLiteral("### Training Data")
         << QStringLiteral("- Dataset: %1")
                .arg(sources.isEmpty() ? placeholder("dataSources")
                                       : TemplateData::cell(sources.join(QStringLiteral(", "))))
         << QStringLiteral("- Size and date range: recorded with each data version (%1)")
                .arg(answer(m_a.dataVersioning, "dataVersioning"))
         << QString() << QStringLiteral("### Performance") << QStringLiteral("| Metric | Value |")
         << QStringLiteral("|--------|-------|");
    if (m_a.performanceMetrics.isEmpty()) {
        const QString metric = none ? QString() : Recommendations::metricFor(model.type);
        card << QStringLiteral("| %1 | Recorded at registration |")
                    .arg(metric.isEmpty()
                             ? placeholder("performanceMetrics")
                             : TemplateData::cell(QStringLiteral("Recommended: %1 — confirm").arg(metric)));
    }
    for (const QString &metric : m_a.performanceMetrics)
        card << QStringLiteral("| %1 | Recorded at registration |").arg(TemplateData::cell(metric));
    card << QString() << QStringLiteral("### Limitations")
         << QStringLiteral("- Recorded from the evaluation report before promotion to Production") << QString()
         << QStringLiteral("### Ethical Considerations")
         << QStringLiteral("- Bias analysis results across: %1").arg(fairnessGroupsText())
         << QStringLiteral("- Fairness metrics: demographic parity and equal opportunity difference");
    return card.join(QLatin1Char('\n'));
}

QString Builder::fairnessGroupsText() const
{
    if (saysNone(m_a.fairnessMonitoring) ||
        m_a.fairnessMonitoring.trimmed().compare(QLatin1String("Not Required"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("not required (fairness monitoring: %1)").arg(TemplateData::cell(m_a.fairnessMonitoring));
    const QStringList recommended = Recommendations::items(m_a, QStringLiteral("protectedGroups"));
    if (m_a.protectedGroups.isEmpty() && !recommended.isEmpty())
        return TemplateData::cell(QStringLiteral("recommended: %1").arg(recommended.first()));
    return answer(m_a.protectedGroups, "protectedGroups");
}

void Builder::dataPipeline()
{
    QVariantList rows;
    QVariantList features;
    for (const DataSourceEntry &source : m_a.dataSources) {
        rows.append(Row{{QStringLiteral("name"), orDash(source.name)},
                        {QStringLiteral("type"), orDash(source.type)},
                        {QStringLiteral("frequency"), orDash(source.frequency)},
                        {QStringLiteral("volume"), orDash(source.volume)},
                        {QStringLiteral("pii"), orDash(source.pii)},
                        {QStringLiteral("owner"), orDash(source.owner)}});
        const QString type = source.type.toLower();
        QString transformation = QStringLiteral("Standardisation, categorical encoding");
        if (containsAny(type, {u"text", u"document"}))
            transformation = QStringLiteral("Tokenisation, embeddings");
        else if (containsAny(type, {u"stream", u"event"}))
            transformation = QStringLiteral("Windowed aggregations");
        else if (containsAny(type, {u"image", u"video"}))
            transformation = QStringLiteral("Resizing, normalisation");
        const bool pii = source.pii.trimmed().startsWith(QLatin1String("y"), Qt::CaseInsensitive);
        if (pii)
            transformation += QStringLiteral(", pseudonymisation of personal data");
        features.append(
            Row{{QStringLiteral("group"),
                 blank(source.name) ? QStringLiteral("—")
                                    : TemplateData::cell(source.name.simplified() + QStringLiteral(" features"))},
                {QStringLiteral("features"), QStringLiteral("Derived from %1").arg(orDash(source.name))},
                {QStringLiteral("transformation"), transformation},
                {QStringLiteral("refresh"), orDash(source.frequency)}});
    }
    const bool providerOnly = m_provider && !m_trains;
    if (rows.isEmpty() && providerOnly) {
        // A system that trains nothing has no training data to list (issue 9: listing the data
        // model's entities there was wrong); the row says so instead of asking for sources.
        const QString dash = QStringLiteral("—");
        rows.append(Row{{QStringLiteral("name"),
                         QStringLiteral("None: no model is trained by the project; the provider's models are "
                                        "pre-trained (Section 2)")},
                        {QStringLiteral("type"), dash},
                        {QStringLiteral("frequency"), dash},
                        {QStringLiteral("volume"), dash},
                        {QStringLiteral("pii"), dash},
                        {QStringLiteral("owner"), dash}});
    } else if (rows.isEmpty()) {
        const QString ph = placeholder("dataSources");
        const QString dash = QStringLiteral("—");
        rows.append(Row{{QStringLiteral("name"), ph},
                        {QStringLiteral("type"), dash},
                        {QStringLiteral("frequency"), dash},
                        {QStringLiteral("volume"), dash},
                        {QStringLiteral("pii"), dash},
                        {QStringLiteral("owner"), dash}});
        features.append(Row{{QStringLiteral("group"), ph},
                            {QStringLiteral("features"), dash},
                            {QStringLiteral("transformation"), dash},
                            {QStringLiteral("refresh"), dash}});
    }
    set("dataSources", rows);
    set("featureGroups", features);

    // A system that trains nothing has no features to store, unless the documents name a store.
    set("featureStore", providerOnly && blank(m_a.featureStore)
                            ? QStringLiteral("Not applicable: no model is trained; the provider's models take "
                                             "documents, audio and prompts as they are")
                        : blank(m_a.featureStore)
                            ? QStringLiteral("%1 (recommended for features shared by training and serving — confirm)")
                                  .arg(m_data.value(QStringLiteral("cFeatureStore")).toString())
                            : answer(m_a.featureStore, "featureStore"));
    const bool noStore = saysNone(m_a.featureStore) || (providerOnly && blank(m_a.featureStore));
    const bool online = hasPattern("real-time") || hasPattern("streaming");
    set("onlineStore", noStore  ? QStringLiteral("No - no feature store")
                       : online ? QStringLiteral("Yes - for real-time serving")
                                : QStringLiteral("No - no real-time serving"));
    set("offlineStore", noStore ? QStringLiteral("No - features are computed in the training pipeline")
                                : QStringLiteral("Yes - for training"));
    set("featureVersioning", noStore ? QStringLiteral("Disabled") : QStringLiteral("Enabled"));
    set("driftCheck", driftComparison());
    set("dataVersioning",
        providerOnly && blank(m_a.dataVersioning)
            ? QStringLiteral("Golden evaluation sets versioned with the prompts in the project repository")
            : orRecommended(m_a.dataVersioning, "dataVersioning"));
    set("platform", answer(m_a.platform, "platform"));
    set("platformCited", cited(answer(m_a.platform, "platform"), "platform", QStringLiteral("Platform")));
}

QString Builder::driftComparison() const
{
    if (blank(m_a.driftThreshold)) {
        const Recommendation threshold = Recommendations::of(m_a, QStringLiteral("driftThreshold"));
        if (threshold.isEmpty())
            return placeholder("driftThreshold");
        const QString method = blank(m_a.driftMethod) ? Recommendations::of(m_a, QStringLiteral("driftMethod")).value
                                                      : m_a.driftMethod.simplified();
        return QStringLiteral("Recommended: %1 — confirm").arg(comparison(method, threshold.value));
    }
    return comparison(blank(m_a.driftMethod) ? QString() : m_a.driftMethod.simplified(),
                      m_a.driftThreshold.simplified());
}

QString Builder::recommendedCriticalThreshold() const
{
    // A stated metric needs its own bound, which only the architect knows;
    // with no metric recommended either, there is nothing to bound.
    if (!m_a.performanceMetrics.isEmpty() || Recommendations::metrics(m_a).isEmpty())
        return placeholder("performanceThreshold");
    // The recommended metrics come with a bound relative to their baseline,
    // as the warning level is ("2 points below baseline").
    // In the tables beside it: the value alone, as short as the warning level.
    const Recommendation recommended = Recommendations::of(m_a, QStringLiteral("performanceThreshold"));
    return recommended.isEmpty()
               ? placeholder("performanceThreshold")
               : TemplateData::cell(QStringLiteral("Recommended: %1 — confirm").arg(recommended.value));
}

QString Builder::performanceComparison() const
{
    if (blank(m_a.performanceThreshold))
        return recommendedCriticalThreshold();
    const QString metric = m_a.performanceMetrics.isEmpty() ? QString() : m_a.performanceMetrics.first();
    return comparison(metric, m_a.performanceThreshold.simplified(), QStringLiteral("<"));
}

void Builder::training()
{
    // Accelerators train deep networks the project trains itself: a
    // provider's model runs on the provider's hardware, and a model whose
    // approach is not stated yet may be a small classical one.
    QString gpu = QStringLiteral("No");
    QString gpuSpec = QStringLiteral("CPU instances are sufficient for the model types in the inventory");
    QStringList undecided;
    bool deepTrained = false;
    for (qsizetype i = 0; i < m_a.models.size(); ++i) {
        const ModelEntry &model = m_a.models.at(i);
        const QString kind = (model.type + QLatin1Char(' ') + model.framework).toLower();
        // A deep-learning framework says it; an NLP, vision or LLM kind only may.
        const bool deep = containsAny(kind, {u"pytorch", u"tensorflow", u"keras", u"jax", u"deep"});
        if (providerModel(model, m_a) || !(deep || containsAny(kind, {u"nlp", u"vision", u"genai", u"llm"})))
            continue;
        if (!deep && blank(model.approach) && blank(m_a.modelType))
            undecided.append(modelId(model, int(i)));
        else
            deepTrained = true;
    }
    if (deepTrained) {
        gpu = QStringLiteral("Yes");
        gpuSpec = QStringLiteral("Accelerated instances for deep learning training, sized per training run");
    } else if (!undecided.isEmpty()) {
        gpu = QStringLiteral("With the model approach");
        gpuSpec = QStringLiteral("Accelerated instances only if %1 is trained by the project as a deep network; its "
                                 "approach is not stated yet")
                      .arg(undecided.join(QStringLiteral(", ")));
    } else if (!m_trains && !m_a.models.isEmpty()) {
        gpu = QStringLiteral("No");
        gpuSpec = QStringLiteral("Inference runs on the provider's infrastructure");
    }
    set("gpu", gpu);
    set("gpuSpec", gpuSpec);
    set("experimentTracking", answer(m_a.experimentTracking, "experimentTracking"));
    set("orchestration", answer(m_a.orchestration, "orchestration"));
    const bool mlflow = m_a.experimentTracking.contains(QLatin1String("mlflow"), Qt::CaseInsensitive);
    // A model service's registry (pinned model versions) is the registry of a
    // project that trains nothing; beside a trained model it is not.
    const QString registry = m_platform && (m_platform->trainsCustomModels || !m_trains)
                                 ? m_platform->component(QStringLiteral("registry"))
                                 : QString();
    // A model service keeps no artefacts of the project: its data and versions
    // are stored beside it, in the project's own cloud account.
    set("artifactStorage",
        m_platform && !m_platform->trainsCustomModels
            ? QStringLiteral("Object storage in the project's cloud account (%1 holds no artefacts of the project)")
                  .arg(TemplateData::cell(m_a.platform.simplified()))
            : QStringLiteral("Object storage on ") + answer(m_a.platform, "platform"));
    set("registryPlatform", !registry.isEmpty() ? TemplateData::cell(registry)
                            : mlflow            ? QStringLiteral("MLflow Model Registry")
                            : blank(m_a.platform)
                                ? placeholder("platform")
                                : TemplateData::cell(m_a.platform.simplified() + QStringLiteral(" model registry")));

    // Triggers: section 4 (training) and section 8 (retraining) read the same list.
    QVariantList triggers;
    const bool recommendedTriggers = m_a.retrainingTriggers.isEmpty();
    for (const QString &trigger : retrainingTriggers()) {
        Row row;
        if (trigger == QLatin1String("scheduled")) {
            row = {{QStringLiteral("name"), QStringLiteral("Scheduled")},
                   {QStringLiteral("condition"), answer(m_a.retrainingSchedule, "retrainingSchedule")},
                   {QStringLiteral("action"), QStringLiteral("Full retraining")},
                   {QStringLiteral("approval"), QStringLiteral("Automatic")}};
        } else if (trigger == QLatin1String("performance")) {
            row = {{QStringLiteral("name"), QStringLiteral("Performance")},
                   {QStringLiteral("condition"), performanceComparison()},
                   {QStringLiteral("action"), QStringLiteral("Full retraining")},
                   {QStringLiteral("approval"), withName(QStringLiteral("ML Lead"), m_a.mlLead)}};
        } else if (trigger == QLatin1String("drift")) {
            row = {{QStringLiteral("name"), QStringLiteral("Data drift")},
                   {QStringLiteral("condition"), driftComparison()},
                   {QStringLiteral("action"), QStringLiteral("Evaluate + retrain")},
                   {QStringLiteral("approval"), withName(QStringLiteral("Data Scientist"), m_a.dataScientist)}};
        } else if (trigger == QLatin1String("manual")) {
            row = {{QStringLiteral("name"), QStringLiteral("Manual")},
                   {QStringLiteral("condition"), QStringLiteral("On request")},
                   {QStringLiteral("action"), QStringLiteral("As specified")},
                   {QStringLiteral("approval"), QStringLiteral("Requestor")}};
        } else if (!blank(trigger)) {
            row = {{QStringLiteral("name"), TemplateData::cell(trigger)},
                   {QStringLiteral("condition"), QStringLiteral("As defined by the trigger")},
                   {QStringLiteral("action"), QStringLiteral("Evaluate + retrain")},
                   {QStringLiteral("approval"), withName(QStringLiteral("ML Lead"), m_a.mlLead)}};
        }
        if (!row.isEmpty() && recommendedTriggers)
            row.insert(QStringLiteral("name"), QString(row.value(QStringLiteral("name")).toString() +
                                                       QStringLiteral(" (recommended — confirm)")));
        if (!row.isEmpty())
            triggers.append(row);
    }
    if (triggers.isEmpty() && m_provider && !m_trains) {
        // Nothing to retrain: what starts a new evaluation of a provider model.
        triggers.append(
            Row{{QStringLiteral("name"), QStringLiteral("Provider model version")},
                {QStringLiteral("condition"), QStringLiteral("The provider releases or retires a model version")},
                {QStringLiteral("action"), QStringLiteral("Golden-set regression, then re-pin")},
                {QStringLiteral("approval"), withName(QStringLiteral("ML Lead"), m_a.mlLead)}});
        triggers.append(Row{{QStringLiteral("name"), QStringLiteral("Quality below baseline")},
                            {QStringLiteral("condition"),
                             blank(m_a.performanceThreshold)
                                 ? QStringLiteral("Golden-set or sampled quality below the pinned baseline")
                                 : performanceComparison()},
                            {QStringLiteral("action"), QStringLiteral("Re-evaluate; switch to the fallback provider")},
                            {QStringLiteral("approval"), withName(QStringLiteral("ML Lead"), m_a.mlLead)}});
        triggers.append(
            Row{{QStringLiteral("name"), QStringLiteral("Prompt change")},
                {QStringLiteral("condition"), QStringLiteral("Any change to a prompt or system instruction")},
                {QStringLiteral("action"), QStringLiteral("Golden-set regression before release")},
                {QStringLiteral("approval"), withName(QStringLiteral("Product Owner"), m_a.productOwner)}});
    }
    if (triggers.isEmpty()) {
        const QString dash = QStringLiteral("—");
        triggers.append(Row{{QStringLiteral("name"), placeholder("retrainingTriggers")},
                            {QStringLiteral("condition"), dash},
                            {QStringLiteral("action"), dash},
                            {QStringLiteral("approval"), dash}});
    }
    set("triggers", triggers);
    set("retrainingSchedule", answer(m_a.retrainingSchedule, "retrainingSchedule"));
    set("scheduledRetraining", m_a.retrainingTriggers.contains(QLatin1String("scheduled")));
}

} // namespace arckit::templatebuilder
