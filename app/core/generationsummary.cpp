#include "generationsummary.h"

namespace arckit {

namespace {

QString orPending(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(not chosen)") : value;
}

QString deployment(const QStringList &patterns)
{
    const bool realTime = patterns.contains(QLatin1String("real-time"));
    const bool batch = patterns.contains(QLatin1String("batch"));
    const bool streaming = patterns.contains(QLatin1String("streaming"));
    QStringList names;
    if (realTime)
        names << QStringLiteral("Real-time");
    if (batch)
        names << QStringLiteral("Batch");
    if (streaming)
        names << QStringLiteral("Streaming");
    if (realTime && batch && !streaming)
        return QStringLiteral("Both (Real-time and Batch)");
    return names.isEmpty() ? orPending({}) : names.join(QLatin1String(" / "));
}

} // namespace

QString GenerationSummary::format(const Answers &answers, const QString &filePath)
{
    const QString maturity =
        answers.currentMaturity < 0 ? orPending({}) : QStringLiteral("Level %1").arg(answers.currentMaturity);
    const QString target =
        answers.targetMaturity < 0 ? orPending({}) : QStringLiteral("Level %1").arg(answers.targetMaturity);
    const bool driftEnabled = !answers.driftMethod.isEmpty();
    const bool performanceEnabled = !answers.performanceMetrics.isEmpty();
    QString text;
    text += QStringLiteral("✅ MLOps Strategy generated!\n\n");
    text += QStringLiteral("**ML System**: %1\n").arg(orPending(answers.systemName));
    if (answers.models.isEmpty()) {
        text += QStringLiteral("**Models**: none identified: no ML system found in the project's documents\n");
    } else {
        QStringList names;
        for (const ModelEntry &model : answers.models)
            names.append(model.capability.isEmpty() ? model.name : model.capability);
        text += QStringLiteral("**Models**: %1 %2 identified (%3)\n")
                    .arg(answers.models.size())
                    .arg(answers.models.size() == 1 ? QStringLiteral("model") : QStringLiteral("models"))
                    .arg(names.join(QLatin1String(", ")));
    }
    text += QStringLiteral("**MLOps Maturity**: %1 (target: %2)\n").arg(maturity, target);
    text += QStringLiteral("**Deployment**: %1\n\n").arg(deployment(answers.servingPatterns));
    text += QStringLiteral("**Training Pipeline**:\n");
    text += QStringLiteral("- Platform: %1\n").arg(orPending(answers.platform));
    text += QStringLiteral("- Experiment Tracking: %1\n").arg(orPending(answers.experimentTracking));
    text += QStringLiteral("- Feature Store: %1\n\n")
                .arg(answers.featureStore.isEmpty() || answers.featureStore == QLatin1String("None")
                         ? QStringLiteral("No")
                         : QStringLiteral("Yes (%1)").arg(answers.featureStore));
    text += QStringLiteral("**Model Monitoring**:\n");
    text += QStringLiteral("- Data Drift: %1\n")
                .arg(driftEnabled ? QStringLiteral("Enabled (%1)").arg(answers.driftMethod)
                                  : QStringLiteral("Not configured"));
    text += QStringLiteral("- Performance Monitoring: %1\n")
                .arg(performanceEnabled
                         ? QStringLiteral("Enabled (%1)").arg(answers.performanceMetrics.join(QLatin1String(", ")))
                         : QStringLiteral("Not configured"));
    text +=
        QStringLiteral("- Fairness Monitoring: %1\n\n")
            .arg(answers.fairnessMonitoring.isEmpty() ? QStringLiteral("Not Required") : answers.fairnessMonitoring);
    text += QStringLiteral("**Governance**:\n");
    text += QStringLiteral("- Model Risk Level: %1\n").arg(orPending(answers.riskLevel));
    text += QStringLiteral("- Human Oversight: %1\n").arg(orPending(answers.humanOversight));
    text +=
        QStringLiteral("- ATRS: %1\n\n").arg(answers.atrs.isEmpty() ? QStringLiteral("Not Required") : answers.atrs);
    text += QStringLiteral("**File**: %1\n\n").arg(filePath);
    text += QStringLiteral("**Next Steps**:\n"
                           "1. Review model inventory with data science team\n"
                           "2. Set up experiment tracking infrastructure\n"
                           "3. Implement monitoring dashboards\n"
                           "4. Define retraining triggers and thresholds\n"
                           "5. Complete responsible AI assessments\n");
    return text;
}

} // namespace arckit
