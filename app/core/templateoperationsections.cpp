// The template's values for running the models: serving, monitoring,
// retraining, LLM operations, governance, compliance, costs, traceability.
#include "templatedatabuilder.h"
#include "textexpression.h"

namespace arckit::templatebuilder {

void Builder::serving()
{
    QVariantList patterns;
    // A model the documents say runs on a schedule is served in batch; the
    // others by every pattern answered.
    QStringList scheduled;
    QStringList others;
    QString scheduleSource; // the line that says the first of them runs on a schedule
    for (int i = 0; i < m_a.models.size(); ++i) {
        const ModelEntry &model = m_a.models.at(i);
        const bool batch = model.serving == QLatin1String("batch");
        (batch ? scheduled : others).append(modelId(model, i));
        if (batch && scheduleSource.isEmpty())
            scheduleSource = model.servingSource;
    }
    for (const QString &pattern : m_a.servingPatterns) {
        if (blank(pattern))
            continue;
        QString ids;
        if (scheduled.isEmpty())
            ids = modelIds();
        else if (pattern == QLatin1String("batch"))
            ids = TemplateData::cell(scheduled.join(QStringLiteral(", ")));
        else
            ids = others.isEmpty() ? QStringLiteral("—") : TemplateData::cell(others.join(QStringLiteral(", ")));
        const QString label = TemplateData::cell(servingPatternLabel(pattern));
        const bool ownSource = pattern == QLatin1String("batch") && !scheduleSource.isEmpty();
        Row row{{QStringLiteral("name"),
                 ownSource ? QString(label + QLatin1Char(' ') +
                                     m_citations.cite(scheduleSource, QStringLiteral("Serving patterns")))
                           : cited(label, "servingPatterns", QStringLiteral("Serving patterns"))},
                {QStringLiteral("models"), ids}};
        if (pattern == QLatin1String("real-time")) {
            row.insert(QStringLiteral("useCase"), QStringLiteral("User-facing predictions"));
            row.insert(QStringLiteral("latency"), servingLatency());
        } else if (pattern == QLatin1String("batch")) {
            row.insert(QStringLiteral("useCase"), QStringLiteral("Scheduled bulk scoring"));
            row.insert(QStringLiteral("latency"), QStringLiteral("Hours"));
        } else if (pattern == QLatin1String("streaming")) {
            row.insert(QStringLiteral("useCase"), QStringLiteral("Event-driven"));
            row.insert(QStringLiteral("latency"), QStringLiteral("< 1 s"));
        } else {
            row.insert(QStringLiteral("useCase"), QStringLiteral("As required by the use case"));
            row.insert(QStringLiteral("latency"), QStringLiteral("—"));
        }
        patterns.append(row);
    }
    if (patterns.isEmpty()) {
        const QString dash = QStringLiteral("—");
        patterns.append(Row{{QStringLiteral("name"), placeholder("servingPatterns")},
                            {QStringLiteral("useCase"), dash},
                            {QStringLiteral("latency"), dash},
                            {QStringLiteral("models"), dash}});
    }
    set("servingPatterns", patterns);

    QStringList clients;
    QStringList clientEdges;
    if (hasPattern("real-time") || m_a.servingPatterns.isEmpty()) {
        // The documents name no client kinds: one node, not a web and a mobile app nobody asked for.
        clients << node(QStringLiteral("A"), QStringLiteral("Client applications"));
        clientEdges << edge(QStringLiteral("A"), QStringLiteral("D"));
    }
    if (hasPattern("batch") || m_a.servingPatterns.isEmpty()) {
        clients << node(QStringLiteral("C"), QStringLiteral("Batch Job"));
        clientEdges << edge(QStringLiteral("C"), QStringLiteral("E"));
    }
    if (hasPattern("streaming")) {
        clients << node(QStringLiteral("H"), QStringLiteral("Event Stream"));
        clientEdges << edge(QStringLiteral("H"), QStringLiteral("E"));
    }
    if (clients.isEmpty()) { // only patterns the diagram has no picture for
        clients << node(QStringLiteral("A"), QStringLiteral("Client Application"));
        clientEdges << edge(QStringLiteral("A"), QStringLiteral("D"));
    }
    set("servingClients", lines(clients));
    set("servingClientEdges", lines(clientEdges));
    set("modelServerNode", node(QStringLiteral("E"),
                                blank(m_a.platform) ? QStringLiteral("Model Server")
                                                    : QStringLiteral("Model Server on ") + m_a.platform.simplified()));

    QStringList performanceIds;
    QStringList availabilityIds;
    for (qsizetype i = 0; i < m_in.requirements.size(); ++i) {
        const Requirement &requirement = m_in.requirements.at(i);
        const QString &group = m_groups.at(i);
        if (group == QLatin1String("performance"))
            performanceIds.append(requirement.id);
        else if (group == QLatin1String("availability"))
            availabilityIds.append(requirement.id);
    }
    const QString dash = QStringLiteral("—");
    // The template's p50 and p99 rows always, with the p95 and the response
    // time at no percentile beside them when the documents state them.
    QVariantList latencies;
    auto latencyRow = [&](const QString &metric, const QString &value, const char *field, const QString &what) {
        latencies.append(Row{{QStringLiteral("metric"), metric},
                             {QStringLiteral("target"), cited(answer(value, field), field, what)}});
    };
    latencyRow(QStringLiteral("Latency (p50)"), m_a.latencyP50, "latencyP50",
               QStringLiteral("Serving targets: latency p50"));
    if (!blank(m_a.latencyP95))
        latencyRow(QStringLiteral("Latency (p95)"), m_a.latencyP95, "latencyP95",
                   QStringLiteral("Serving targets: latency p95"));
    latencyRow(QStringLiteral("Latency (p99)"), m_a.latencyP99, "latencyP99",
               QStringLiteral("Serving targets: latency p99"));
    if (!blank(m_a.responseTime))
        latencyRow(QStringLiteral("Response time"), m_a.responseTime, "responseTime",
                   QStringLiteral("Serving targets: response time"));
    set("latencyTargets", latencies);
    set("throughput",
        cited(answer(m_a.throughput, "throughput"), "throughput", QStringLiteral("Serving targets: throughput")));
    set("availability", cited(answer(m_a.availability, "availability"), "availability",
                              QStringLiteral("Serving targets: availability")));
    set("performanceRequirementIds",
        performanceIds.isEmpty() ? dash : TemplateData::cell(performanceIds.join(QStringLiteral(", "))));
    set("availabilityRequirementIds",
        availabilityIds.isEmpty() ? dash : TemplateData::cell(availabilityIds.join(QStringLiteral(", "))));

    set("deploymentStrategy", blank(m_a.deploymentStrategy)
                                  ? orRecommended(m_a.deploymentStrategy, "deploymentStrategy")
                                  : TemplateData::cell(deploymentStrategyLabel(m_a.deploymentStrategy)));
    set("trafficSplit", orRecommended(m_a.trafficSplit, "trafficSplit"));
    set("rollbackCriteria", orRecommended(m_a.rollbackCriteria, "rollbackCriteria"));
    set("rollbackTrigger", blank(m_a.rollbackCriteria)
                               ? Recommendations::brief(Recommendations::of(m_a, QStringLiteral("rollbackCriteria")))
                               : answer(m_a.rollbackCriteria, "rollbackCriteria"));
    QStringList success = m_a.performanceMetrics;
    success.removeAll(QString());
    success << QStringLiteral("latency") << QStringLiteral("error rate");
    set("successMetrics", TemplateData::cell(success.join(QStringLiteral(", "))));
}

// The real-time pattern's latency: the tail target the documents state, the
// p99 first, then the p95, then a response time at no percentile. None stated
// is no licence to invent one.
QString Builder::servingLatency() const
{
    if (!blank(m_a.latencyP99))
        return answer(m_a.latencyP99, "latencyP99");
    if (!blank(m_a.latencyP95))
        return TemplateData::cell(m_a.latencyP95.simplified() + QStringLiteral(" (p95)"));
    if (!blank(m_a.responseTime))
        return TemplateData::cell(m_a.responseTime.simplified());
    return answer(m_a.latencyP99, "latencyP99");
}

void Builder::monitoring()
{
    set("driftMethod", orRecommended(m_a.driftMethod, "driftMethod"));
    set("driftThreshold", orRecommended(m_a.driftThreshold, "driftThreshold"));
    const bool retrainOnDrift = retrainingTriggers().contains(QLatin1String("drift"));
    set("driftAction", retrainOnDrift ? QStringLiteral("Alert + evaluate retraining") : QStringLiteral("Alert"));
    set("textDrift", m_a.usesGenAi() || m_a.useCases.contains(QLatin1String("nlp")));

    QVariantList metrics;
    const QString critical = blank(m_a.performanceThreshold)
                                 ? recommendedCriticalThreshold()
                                 : cited(TemplateData::cell(m_a.performanceThreshold), "performanceThreshold",
                                         QStringLiteral("Performance monitoring: critical threshold"));
    for (const QString &metric : m_a.performanceMetrics)
        if (!blank(metric))
            metrics.append(Row{{QStringLiteral("name"), cited(TemplateData::cell(metric), "performanceMetrics",
                                                              QStringLiteral("Performance monitoring: metric"))},
                               {QStringLiteral("critical"), critical}});
    if (metrics.isEmpty())
        for (const QString &metric : Recommendations::metrics(m_a))
            metrics.append(Row{
                {QStringLiteral("name"), TemplateData::cell(QStringLiteral("Recommended: %1 — confirm").arg(metric))},
                {QStringLiteral("critical"), critical}});
    if (metrics.isEmpty())
        metrics.append(
            Row{{QStringLiteral("name"), placeholder("performanceMetrics")}, {QStringLiteral("critical"), critical}});
    set("performanceMetrics", metrics);
    set("performanceThreshold", critical);

    const QString fairness = m_a.fairnessMonitoring.trimmed();
    const bool notRequired = saysNone(fairness);
    set("fairnessMonitoring", cited(orRecommended(m_a.fairnessMonitoring, "fairnessMonitoring"), "fairnessMonitoring",
                                    QStringLiteral("Fairness monitoring")));
    set("fairnessRequired", !notRequired);
    QVariantList groups;
    for (const QString &group : m_a.protectedGroups)
        if (!blank(group))
            groups.append(Row{{QStringLiteral("name"), TemplateData::cell(group)}});
    for (const QString &group : Recommendations::items(m_a, QStringLiteral("protectedGroups")))
        if (groups.isEmpty())
            groups.append(Row{
                {QStringLiteral("name"), TemplateData::cell(QStringLiteral("Recommended: %1 — confirm").arg(group))}});
    if (groups.isEmpty())
        groups.append(Row{{QStringLiteral("name"), placeholder("protectedGroups")}});
    // The bound and the frequency hold for every group: stated (and cited) on
    // the first row, "As above" on the others when only recommended.
    const QString threshold = orRecommended(m_a.fairnessThreshold, "fairnessThreshold");
    const QString frequency = orRecommended(m_a.fairnessFrequency, "fairnessFrequency");
    const QString asAbove = QStringLiteral("As above");
    for (qsizetype i = 0; i < groups.size(); ++i) {
        Row row = groups.at(i).toHash();
        if (i == 0) {
            if (!m_a.protectedGroups.isEmpty()) // the groups a document lists: cited once
                row.insert(QStringLiteral("name"),
                           cited(row.value(QStringLiteral("name")).toString(), "protectedGroups",
                                 QStringLiteral("Fairness monitoring: protected groups")));
            row.insert(QStringLiteral("fairnessThreshold"),
                       cited(threshold, "fairnessThreshold", QStringLiteral("Fairness monitoring: threshold")));
            row.insert(QStringLiteral("fairnessFrequency"),
                       cited(frequency, "fairnessFrequency", QStringLiteral("Fairness monitoring: frequency")));
        } else {
            row.insert(QStringLiteral("fairnessThreshold"), blank(m_a.fairnessThreshold) ? asAbove : threshold);
            row.insert(QStringLiteral("fairnessFrequency"), blank(m_a.fairnessFrequency) ? asAbove : frequency);
        }
        groups[i] = row;
    }
    set("protectedGroups", groups);
    set("protectedGroupsText", fairnessGroupsText());
    // Section 12's bias check runs as often as the fairness monitoring.
    set("biasCheckFrequency", blank(m_a.fairnessFrequency) ? QStringLiteral("As the fairness monitoring (Section 7)")
                                                           : TemplateData::cell(m_a.fairnessFrequency.simplified()));
}

void Builder::retraining()
{
    // "90/10", "90% / 10%", "95-5": the champion's and the challenger's share.
    static const TextExpression split(QStringLiteral("(\\d{1,3})\\s*%?\\s*[/:\\-]\\s*(\\d{1,3})\\s*%?"));
    const QRegularExpressionMatch match = split.match(m_a.trafficSplit);
    QString champion = QStringLiteral("Champion share");
    QString challenger = QStringLiteral("Challenger share");
    if (match.hasMatch()) {
        champion = match.captured(1) + QLatin1Char('%');
        challenger = match.captured(2) + QLatin1Char('%');
    }
    if (m_a.deploymentStrategy == QLatin1String("shadow")) {
        champion = QStringLiteral("Live traffic");
        challenger = QStringLiteral("Mirrored copy");
    }
    set("championEdge", edge(QStringLiteral("B"), QStringLiteral("C"), champion));
    set("challengerEdge", edge(QStringLiteral("B"), QStringLiteral("D"), challenger));
    set("shadow", m_a.deploymentStrategy == QLatin1String("shadow"));
}

void Builder::llm()
{
    set("genai", m_a.usesGenAi());
    set("llmProvider", answer(m_a.llmProvider, "llmProvider"));
    set("llmModel", answer(m_a.llmModel, "llmModel"));
    const QString provider = m_a.llmProvider.toLower();
    set("llmDeployment", containsAny(provider, {u"self-hosted", u"self hosted", u"on-prem", u"on prem"})
                             ? QStringLiteral("Self-hosted")
                             : QStringLiteral("API"));
    QString fallback;
    if (!blank(m_a.llmFallbackProvider) || !blank(m_a.llmFallbackModel)) {
        QStringList parts;
        if (!blank(m_a.llmFallbackModel))
            parts.append(m_a.llmFallbackModel.simplified());
        if (!blank(m_a.llmFallbackProvider))
            parts.append(QStringLiteral("(%1)").arg(m_a.llmFallbackProvider.simplified()));
        fallback = TemplateData::cell(parts.join(QLatin1Char(' ')));
    } else {
        fallback = placeholder("llmFallbackProvider");
    }
    set("llmFallback", fallback);
    set("llmProviderCited",
        cited(answer(m_a.llmProvider, "llmProvider"), "llmProvider", QStringLiteral("LLM provider")));
    set("llmModelCited", cited(answer(m_a.llmModel, "llmModel"), "llmModel", QStringLiteral("LLM model")));
    set("llmFineTuned", m_a.modelType == QLatin1String("fine-tuned") ? QStringLiteral("Yes") : QStringLiteral("No"));
    set("promptManagement", orRecommended(m_a.promptManagement, "promptManagement"));
    set("promptAbTesting",
        m_a.deploymentStrategy == QLatin1String("ab")
            ? QStringLiteral("Yes")
            : QStringLiteral("No - prompt changes ship through the %1 release")
                  .arg(m_a.deploymentStrategy == QLatin1String("canary")   ? QStringLiteral("canary")
                       : m_a.deploymentStrategy == QLatin1String("shadow") ? QStringLiteral("shadow")
                                                                           : QStringLiteral("staged")));
    QVariantList guardrails;
    for (const QString &guardrail : m_a.guardrails)
        if (!blank(guardrail))
            guardrails.append(Row{{QStringLiteral("name"), TemplateData::cell(guardrail)}});
    if (guardrails.isEmpty())
        for (const QString &guardrail : Recommendations::items(m_a, QStringLiteral("guardrails")))
            guardrails.append(Row{{QStringLiteral("name"),
                                   TemplateData::cell(QStringLiteral("Recommended: %1 — confirm").arg(guardrail))}});
    if (guardrails.isEmpty())
        guardrails.append(Row{{QStringLiteral("name"), placeholder("guardrails")}});
    set("guardrails", guardrails);
    set("tokenBudget", answer(m_a.tokenBudget, "tokenBudget"));
    const bool noRag = saysNone(m_a.vectorStore);
    set("rag", !noRag);
    set("vectorStore", answer(m_a.vectorStore, "vectorStore"));
    set("embeddingModel", answer(m_a.embeddingModel, "embeddingModel"));
}

void Builder::governance()
{
    set("humanOversight", cited(answer(m_a.humanOversight, "humanOversight"), "humanOversight",
                                QStringLiteral("Governance: human oversight")));
    // Oversight Required: no output is released without a person, whatever its confidence.
    const bool required = isRequired(m_a.humanOversight);
    set("oversightRequired", required);
    set("oversightHigh", required ? QStringLiteral("Human review") : QStringLiteral("None"));
    set("oversightHighImplementation",
        required ? QStringLiteral("Reviewer confirms before release") : QStringLiteral("Automated"));
    const bool advisory = m_a.humanOversight.trimmed().compare(QLatin1String("Advisory"), Qt::CaseInsensitive) == 0;
    set("oversightMedium", advisory ? QStringLiteral("Sampled review") : QStringLiteral("Review queue"));
    set("oversightLow", advisory ? QStringLiteral("Review queue") : QStringLiteral("Mandatory review"));
    // The confidence bands: around the threshold the documents state, else
    // the usual three, shown as a recommendation.
    const bool stated = !blank(m_a.confidenceThreshold);
    set("confidenceStated", stated);
    if (stated) {
        const QString value = TemplateData::cell(m_a.confidenceThreshold.simplified());
        set("confidenceHigh", cited(QStringLiteral("Confidence at or above ") + value, "confidenceThreshold",
                                    QStringLiteral("Governance: review threshold")));
        set("confidenceLow", QString(QStringLiteral("Confidence below ") + value));
    }
    set("dpiaLink", blank(m_a.dpiaLink) && projectLacks(QStringLiteral("DPIA"))
                        ? QStringLiteral("No DPIA document in the project")
                        : answer(m_a.dpiaLink, "dpiaLink"));
    set("retention", m_a.isUkGovernment() ? QStringLiteral("7 years (public records)") : QStringLiteral("7 years"));
    // What the documents keep the models' outputs for, else a recommendation to confirm.
    set("predictionRetention", cited(orRecommended(m_a.predictionRetention, "predictionRetention"),
                                     "predictionRetention", QStringLiteral("Prediction retention")));
}

void Builder::compliance()
{
    set("ukGov", m_a.isUkGovernment());
    set("regimeOpen", blank(m_a.regime)); // not chosen yet: the section waits for it
    set("mod", m_a.isMod());
    set("atrs", answer(m_a.atrs, "atrs"));
    const bool atrsNotRequired = saysNone(m_a.atrs);
    set("atrsRequired", !atrsNotRequired);
    // The standard's tiers are the two parts of one record (the wizard's
    // meaning): Tier 1 the public summary, Tier 2 the detailed record.
    const QString tier = m_a.atrsTier.trimmed();
    QString tierText;
    if (tier == QLatin1String("1"))
        tierText = QStringLiteral("Tier 1 so far: the summary for the public");
    else if (tier == QLatin1String("2"))
        tierText = QStringLiteral("Tiers 1 and 2: the public summary and the detailed record");
    else if (tier.isEmpty() && projectLacks(QStringLiteral("ATRS")))
        tierText = QStringLiteral("No ATRS record in the project");
    set("atrsTier", !tierText.isEmpty() ? tierText
                    : tier.isEmpty()    ? placeholder("atrsTier")
                                        : TemplateData::cell(tier));
    set("jsp936RiskClass", answer(m_a.jsp936RiskClass, "jsp936RiskClass"));
    const int current = m_a.currentMaturity;
    set("lifecyclePhase", current >= 2   ? QStringLiteral("In-service (operate and monitor)")
                          : current >= 0 ? QStringLiteral("Development and assurance")
                                         : placeholder("currentMaturity"));
}

void Builder::costs()
{
    // A system that trains nothing pays for no training: the row says so rather than ask.
    const QString trainingCost =
        blank(m_a.trainingCost) && m_provider && !m_trains ? QStringLiteral("N/A") : m_a.trainingCost;
    set("trainingCost", cited(answer(trainingCost, "trainingCost"), "trainingCost", QStringLiteral("Costs: training")));
    set("servingCost", cited(answer(m_a.servingCost, "servingCost"), "servingCost", QStringLiteral("Costs: serving")));
    set("storageCost", cited(answer(m_a.storageCost, "storageCost"), "storageCost", QStringLiteral("Costs: storage")));
    set("monitoringCost",
        cited(answer(m_a.monitoringCost, "monitoringCost"), "monitoringCost", QStringLiteral("Costs: monitoring")));
    const QStringList all{trainingCost, m_a.servingCost, m_a.storageCost, m_a.monitoringCost};
    bool anyBlank = false;
    for (const QString &cost : all)
        anyBlank = anyBlank || blank(cost);
    // An incomplete total would look like a real figure; the blanks already carry placeholders.
    // The serving budget in a sentence: an answer that already says "per month" is not given a second one.
    static const TextExpression perMonth(QStringLiteral("(/|per)\\s*(month|mo)\\b|pcm|monthly|a month"),
                                         QRegularExpression::CaseInsensitiveOption);
    // "£40,000 (Amazon Bedrock)": the period goes after the amount, before what it pays for.
    static const TextExpression amountThenNote(QStringLiteral("^([^(]*\\S)\\s*(\\(.*\\))$"));
    if (blank(m_a.servingCost) || notApplicable(m_a.servingCost)) {
        set("servingBudget", QStringLiteral("the serving budget in Section 14"));
    } else if (m_a.servingCost.contains(perMonth)) {
        set("servingBudget", QStringLiteral("the serving budget of %1").arg(TemplateData::cell(m_a.servingCost)));
    } else {
        const QRegularExpressionMatch note = amountThenNote.match(m_a.servingCost.simplified());
        set("servingBudget",
            note.hasMatch()
                ? QStringLiteral("the serving budget of %1 per month %2")
                      .arg(TemplateData::cell(note.captured(1)), TemplateData::cell(note.captured(2)))
                : QStringLiteral("the serving budget of %1 per month").arg(TemplateData::cell(m_a.servingCost)));
    }
    set("totalCost", anyBlank ? QStringLiteral("Sum of the above") : totalCost(all));
    set("mlEngineerFte",
        cited(answer(m_a.mlEngineerFte, "mlEngineerFte"), "mlEngineerFte", QStringLiteral("Team: ML engineers")));
    set("dataScientistFte", cited(answer(m_a.dataScientistFte, "dataScientistFte"), "dataScientistFte",
                                  QStringLiteral("Team: data scientists")));
    set("dataEngineerFte", cited(answer(m_a.dataEngineerFte, "dataEngineerFte"), "dataEngineerFte",
                                 QStringLiteral("Team: data engineers")));
}

void Builder::traceability()
{
    const QVariantList rows = TraceabilityData::rows(m_in, m_groups, m_platform);
    set("traceability", rows);
    set("hasTraceability", !rows.isEmpty());
}

} // namespace arckit::templatebuilder
