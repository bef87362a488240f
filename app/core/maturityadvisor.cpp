#include "maturityadvisor.h"

namespace arckit {

MaturitySuggestion MaturityAdvisor::suggest(const Facts &facts) const
{
    MaturitySuggestion suggestion;
    if (facts.models == 0)
        return suggestion; // no model, no MLOps maturity to suggest

    QStringList reasons;
    auto cite = [&suggestion](const QString &source) {
        if (!source.isEmpty() && !suggestion.evidence.contains(source))
            suggestion.evidence.append(source);
    };

    // Current level: what is already running.
    if (facts.inProduction) {
        suggestion.current = facts.models > 1 ? 2 : 1;
        reasons.append(facts.models > 1 ? QStringLiteral("models are already in production (level 2 runs several)")
                                        : QStringLiteral("a model is already in production (level 1)"));
        cite(facts.productionSource);
    } else {
        suggestion.current = 0;
        reasons.append(
            facts.phase.isEmpty()
                ? QStringLiteral(
                      "the documents describe a system still to be built, with no model in production (level 0)")
                : QStringLiteral("%1 phase, no model in production yet (level 0)").arg(phaseLabel(facts.phase)));
        cite(facts.phaseSource);
    }

    // Target level: what the system will need once it runs.
    int target = facts.models > 1 ? 2 : 1;
    QString targetReason =
        facts.models > 1
            ? QStringLiteral("%1 models to build, deploy and monitor together call for CI/CD for ML (level 2)")
                  .arg(facts.models)
            : QStringLiteral(
                  "one model going to production needs an automated training or deployment pipeline (level 1)");
    if (facts.trainedModels > 0 && facts.atScale) {
        target = 3;
        targetReason = QStringLiteral("trained models running at scale need monitoring-triggered retraining (level 3)");
        cite(facts.scaleSource);
    }
    if (facts.trainedModels > 0 && facts.enterprise && facts.models >= 4) {
        target = 4;
        targetReason =
            QStringLiteral(
                "an enterprise portfolio of %1 trained and served models calls for full automation (level 4)")
                .arg(facts.models);
        cite(facts.enterpriseSource);
    }
    const bool allServices = facts.servicedModels == facts.models;
    if (allServices && target > 2)
        target = 2;
    if (allServices)
        targetReason += QStringLiteral(
            "; the models are consumed as services, so retraining automation (level 3 and above) does not apply");
    if (facts.phase == QLatin1String("discovery") || facts.phase == QLatin1String("poc")) {
        target = std::min(target, 1);
        targetReason = QStringLiteral("a %1 aims at a first production model (level 1)").arg(phaseLabel(facts.phase));
    }
    if (target < suggestion.current)
        target = suggestion.current;
    suggestion.target = target;
    reasons.append(targetReason);
    suggestion.reason = reasons.join(QStringLiteral("; "));
    suggestion.reason[0] = suggestion.reason.at(0).toUpper();
    suggestion.reason += QLatin1Char('.');
    return suggestion;
}

QString MaturityAdvisor::phaseLabel(const QString &phase)
{
    if (phase == QLatin1String("poc"))
        return QStringLiteral("proof of concept");
    if (phase == QLatin1String("live"))
        return QStringLiteral("live");
    QString label = phase;
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace arckit
