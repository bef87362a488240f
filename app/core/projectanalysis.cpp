#include "projectanalysis.h"

#include "contextextractor.h"
#include "mlclassifier.h"
#include "prerequisitechecker.h"
#include "requirementextractor.h"
#include "textfilereader.h"

#include <QSet>

namespace arckit {

Requirements ProjectAnalysis::mlRequirements() const
{
    Requirements result;
    for (const Requirement &requirement : requirements)
        if (requirement.ml)
            result.append(requirement);
    return result;
}

Answers ProjectAnalysis::defaultAnswers() const
{
    Answers answers;
    auto take = [&answers](const char *field, const ContextValue &value, const QString &shown = {}) {
        if (value.isEmpty())
            return;
        answers.setValue(QLatin1String(field), shown.isEmpty() ? value.value : shown);
        if (!value.source.isEmpty())
            answers.sources.insert(QLatin1String(field), value.source);
    };
    take("systemName", context.systemName);
    take("riskLevel", context.riskLevel);
    take("humanOversight", context.humanOversight);
    take("atrsTier", context.atrsTier);
    if (!context.atrsTier.isEmpty())
        take("atrs", context.atrsTier, QStringLiteral("Required"));
    take("regime", context.regime);
    take("platform", context.platform);
    take("classification", context.classification);
    take("latencyP50", context.latencyP50);
    take("latencyP99", context.latencyP99);
    take("throughput", context.throughput);
    take("availability", context.availability);
    if (!context.genAi.isEmpty()) {
        answers.llmOperations = true;
        answers.useCases.append(QStringLiteral("genai"));
        answers.sources.insert(QStringLiteral("llmOperations"), context.genAi.source);
        answers.sources.insert(QStringLiteral("useCases"), context.genAi.source);
    }
    if (context.platform.value == QLatin1String("SageMaker"))
        take("experimentTracking", context.platform, QStringLiteral("SageMaker Experiments"));
    else if (context.platform.value == QLatin1String("Vertex AI"))
        take("experimentTracking", context.platform, QStringLiteral("Vertex AI Experiments"));
    else if (context.platform.value == QLatin1String("Azure ML"))
        take("experimentTracking", context.platform, QStringLiteral("MLflow (Azure ML)"));
    if (!context.riskLevel.isEmpty() && context.riskLevel.value != QLatin1String("Low"))
        take("fairnessMonitoring", context.riskLevel, QStringLiteral("Enabled"));
    for (const ContextValue &source : context.dataSources) {
        DataSourceEntry entry;
        entry.name = source.value;
        entry.pii = context.pii.isEmpty() ? QString() : context.pii.value;
        answers.dataSources.append(entry);
    }
    if (!context.dataSources.isEmpty())
        answers.sources.insert(QStringLiteral("dataSources"), context.dataSources.first().source);
    return answers;
}

ProjectAnalysis ProjectAnalyzer::analyze(const RepositoryScan &scan, const Project &project) const
{
    ProjectAnalysis analysis;
    analysis.project = project;
    analysis.global = scan.globalProject();
    analysis.missing = PrerequisiteChecker().check(project, analysis.global);

    if (const Artifact *req = project.latest(QStringLiteral("REQ"))) {
        const TextFile file = TextFileReader::read(req->path);
        if (!file.ok()) {
            analysis.problems.append({req->relativePath, file.error});
        } else {
            if (!file.warning.isEmpty())
                analysis.problems.append({req->relativePath, file.warning});
            analysis.requirements = RequirementExtractor().extract(file.text, req->relativePath);
            MlClassifier().classify(analysis.requirements);
            if (analysis.mlRequirements().isEmpty())
                analysis.missing.append(PrerequisiteChecker::noMlRequirements());
        }
    }
    analysis.context = ContextExtractor(scan.root)
                           .extract(project, analysis.global, analysis.requirements, &analysis.problems);
    PrerequisiteChecker::refine(analysis.missing, project, analysis.requirements, analysis.context.regime.value);

    // The project's own scan problems come first; a file reported twice is said once.
    Problems all;
    for (const Problem &problem : scan.problems)
        if (problem.path.startsWith(project.relativePath + QLatin1Char('/')) || problem.path == project.relativePath)
            all.append(problem);
    all.append(analysis.problems);
    QSet<QString> seen;
    Problems unique;
    for (const Problem &problem : std::as_const(all))
        if (!seen.contains(problem.path + QLatin1Char('\n') + problem.message)) {
            seen.insert(problem.path + QLatin1Char('\n') + problem.message);
            unique.append(problem);
        }
    analysis.problems = unique;
    return analysis;
}

} // namespace arckit
