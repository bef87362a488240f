#include "recommendations.h"

#include "templatedata.h"

namespace arckit {

namespace {

bool highRisk(const Answers &answers)
{
    const QString risk = answers.riskLevel.trimmed();
    return risk.compare(QLatin1String("High"), Qt::CaseInsensitive) == 0 ||
           risk.compare(QLatin1String("Very High"), Qt::CaseInsensitive) == 0;
}

bool blankText(const QString &value)
{
    return value.trimmed().isEmpty();
}

} // namespace

Recommendation Recommendations::of(const Answers &answers, const QString &field)
{
    const QString strategy = answers.deploymentStrategy.trimmed();
    if (field == QLatin1String("deploymentStrategy")) {
        if (highRisk(answers))
            return {
                QStringLiteral("Shadow, then canary"),
                QStringLiteral("at a High risk level a new version first runs on mirrored traffic that reaches nobody, "
                               "then serves a small share")};
        return {QStringLiteral("Canary"),
                QStringLiteral("a new version serves a small share of traffic first and is rolled back on the criteria "
                               "below; shadow first if the risk level is High")};
    }
    if (field == QLatin1String("trafficSplit")) {
        if (strategy == QLatin1String("shadow"))
            return {};
        if (strategy == QLatin1String("ab"))
            return {QStringLiteral("50/50"), QStringLiteral("an A/B test compares equal shares")};
        return {QStringLiteral("90/10, widened in steps after each clean monitoring window"),
                QStringLiteral("the canary's share")};
    }
    if (field == QLatin1String("rollbackCriteria"))
        return {
            QStringLiteral("error rate or p99 latency above the serving targets (Section 6), or a performance metric "
                           "below its critical threshold (Section 7)"),
            QStringLiteral("the limits the monitoring alerts on")};
    if (field == QLatin1String("driftMethod"))
        return {QStringLiteral("PSI"),
                QStringLiteral("population stability index of each numeric feature against the training data")};
    if (field == QLatin1String("driftThreshold")) {
        // A threshold means something only for its method: 0.2 is a PSI value.
        if (!blankText(answers.driftMethod) &&
            !answers.driftMethod.contains(QLatin1String("PSI"), Qt::CaseInsensitive) &&
            !answers.driftMethod.contains(QLatin1String("population stability"), Qt::CaseInsensitive))
            return {};
        return {QStringLiteral("0.2"), QStringLiteral("a PSI above 0.2 is the usual mark of a significant shift")};
    }
    if (field == QLatin1String("fairnessMonitoring") && answers.isUkGovernment())
        return {QStringLiteral("Enabled"),
                QStringLiteral("a public body watches the outcomes of decisions affecting people for unequal treatment "
                               "of protected groups")};
    if (field == QLatin1String("performanceThreshold"))
        return {QStringLiteral("5 points worse than baseline"),
                QStringLiteral("past the warning level of 2 points, a loss that calls for retraining or rollback")};
    if (field == QLatin1String("fairnessThreshold"))
        return {QStringLiteral("< 0.1 difference"),
                QStringLiteral("the gap in the metric between a group and the others")};
    if (field == QLatin1String("fairnessFrequency"))
        return {QStringLiteral("Daily"),
                QStringLiteral("over the day's decisions; weekly or monthly when each group has too few a day for the "
                               "gap to mean something")};
    if (field == QLatin1String("promptManagement"))
        return {
            QStringLiteral("prompts in version control beside the code; each release pins a prompt version with its "
                           "golden-set result"),
            QStringLiteral("a prompt change is a release (Section 9)")};
    if (field == QLatin1String("predictionRetention"))
        return {QStringLiteral("12 months"),
                QStringLiteral("long enough to investigate a complaint or a drift incident; longer where the records "
                               "policy keeps decisions about people")};
    if (field == QLatin1String("dataVersioning"))
        return {QStringLiteral(
                    "an immutable snapshot of each training set, its version recorded with the model in the registry"),
                QStringLiteral("a model can be rebuilt only from the data it was trained on")};
    return {};
}

QStringList Recommendations::items(const Answers &answers, const QString &field)
{
    if (field == QLatin1String("retrainingTriggers")) {
        // Level 0 retrains by hand; from level 1 the monitoring starts it.
        if (answers.targetMaturity == 0)
            return {QStringLiteral("manual")};
        return {QStringLiteral("drift"), QStringLiteral("performance")};
    }
    if (field == QLatin1String("guardrails") && answers.usesGenAi())
        return {QStringLiteral("Prompt-injection and jailbreak screening of inputs"),
                QStringLiteral("Personal data redaction in prompts and logs"),
                QStringLiteral("Harmful-content and grounding checks on outputs")};
    if (field == QLatin1String("protectedGroups") && answers.isUkGovernment())
        return {QStringLiteral(
            "the protected characteristics of the applicable equality law (in the UK, the Equality Act "
            "2010: age, disability, race, sex and the others) that the data records or can stand in for")};
    // Fairness monitored under a regime still to be chosen (or another
    // country's): the same advice without naming a law that may not apply.
    if (field == QLatin1String("protectedGroups") &&
        (blankText(answers.regime) || answers.regime == QLatin1String("other-gov")) &&
        answers.fairnessMonitoring.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0)
        return {QStringLiteral(
            "the protected characteristics of the applicable equality law that the data records or can stand in for")};
    return {};
}

QString Recommendations::metricFor(const QString &kind)
{
    // The usual measure of each kind of model, as its evaluation reports it.
    static const QList<std::pair<QString, QString>> metrics = {
        {QStringLiteral("classification"), QStringLiteral("F1 score")},
        {QStringLiteral("regression"), QStringLiteral("MAE")},
        {QStringLiteral("nlp"), QStringLiteral("F1 score")},
        {QStringLiteral("computer-vision"), QStringLiteral("Precision and recall")},
        {QStringLiteral("genai"), QStringLiteral("Golden-set answer accuracy and groundedness")},
        {QStringLiteral("recommendation"), QStringLiteral("NDCG@10")},
        {QStringLiteral("forecasting"), QStringLiteral("MAPE")},
        {QStringLiteral("anomaly-detection"), QStringLiteral("Precision and recall at the alert threshold")},
    };
    const QString trimmed = kind.trimmed();
    for (const auto &[key, metric] : metrics)
        if (trimmed.compare(key, Qt::CaseInsensitive) == 0 ||
            trimmed.compare(Answers::useCaseLabel(key), Qt::CaseInsensitive) == 0)
            return metric;
    return {};
}

QStringList Recommendations::metrics(const Answers &answers)
{
    QStringList result;
    auto add = [&result](const QString &kind) {
        const QString metric = metricFor(kind);
        if (!metric.isEmpty() && !result.contains(metric))
            result.append(metric);
    };
    for (const ModelEntry &model : answers.models)
        add(model.type);
    if (result.isEmpty())
        for (const QString &kind : answers.useCases)
            add(kind);
    return result;
}

QString Recommendations::text(const Recommendation &recommendation)
{
    if (recommendation.isEmpty())
        return {};
    return TemplateData::cell(
        QStringLiteral("Recommended: %1 (%2) — confirm").arg(recommendation.value, recommendation.reason));
}

QString Recommendations::brief(const Recommendation &recommendation)
{
    if (recommendation.isEmpty())
        return {};
    return TemplateData::cell(QStringLiteral("recommended: %1").arg(recommendation.value));
}

} // namespace arckit
