#include "scanreport.h"

#include <QJsonArray>
#include <QThreadPool>

namespace arckit {

QJsonObject requirementToJson(const Requirement &requirement)
{
    return {{QStringLiteral("id"), requirement.id},
            {QStringLiteral("kind"), requirement.kind},
            {QStringLiteral("title"), requirement.title},
            {QStringLiteral("source"), requirement.source},
            {QStringLiteral("line"), requirement.line},
            {QStringLiteral("ml"), requirement.ml},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(requirement.evidence)}};
}

QJsonObject missingToJson(const MissingDocument &missing)
{
    return {{QStringLiteral("type"), missing.type},
            {QStringLiteral("level"), MissingDocument::levelName(missing.level)},
            {QStringLiteral("message"), missing.message}};
}

ScanReport ScanReport::build(const QString &root)
{
    ScanReport report;
    report.scan = RepositoryScanner().scan(root);
    // Projects are independent: analyse them on every core. Each task writes
    // only its own slot, and the scan they read is not changed meanwhile.
    report.analyses.resize(report.scan.projects.size());
    QThreadPool pool;
    for (qsizetype i = 0; i < report.scan.projects.size(); ++i)
        pool.start(
            [&report, i] { report.analyses[i] = ProjectAnalyzer().analyze(report.scan, report.scan.projects[i]); });
    pool.waitForDone();
    return report;
}

QJsonObject ScanReport::toJson() const
{
    QJsonArray projects;
    QJsonArray problems;
    for (const Problem &problem : scan.problems)
        if (!problem.path.startsWith(QLatin1String("projects/")) ||
            !scan.project(problem.path.section(QLatin1Char('/'), 1, 1)))
            problems.append(
                QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("message"), problem.message}});
    for (const ProjectAnalysis &analysis : analyses) {
        const Project &project = analysis.project;
        QJsonArray artifacts;
        for (const Artifact &artifact : project.artifacts)
            artifacts.append(QJsonObject{{QStringLiteral("type"), artifact.type()},
                                         {QStringLiteral("instance"), artifact.instance()},
                                         {QStringLiteral("version"), artifact.version()},
                                         {QStringLiteral("path"), artifact.relativePath},
                                         {QStringLiteral("title"), artifact.title},
                                         {QStringLiteral("latest"), artifact.latest}});
        QJsonArray missing;
        for (const MissingDocument &document : analysis.missing)
            missing.append(missingToJson(document));
        QJsonArray capabilities;
        for (const MlCapability &capability : analysis.profile.capabilities)
            capabilities.append(MlSystemProfile::capabilityToJson(capability));
        QJsonArray requirements;
        for (const Requirement &requirement : analysis.requirements)
            requirements.append(requirementToJson(requirement));
        for (const Problem &problem : analysis.problems)
            problems.append(
                QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("message"), problem.message}});
        projects.append(QJsonObject{{QStringLiteral("id"), project.id},
                                    {QStringLiteral("name"), project.name},
                                    {QStringLiteral("path"), project.relativePath},
                                    {QStringLiteral("artifacts"), artifacts},
                                    {QStringLiteral("external"), QJsonArray::fromStringList(project.externalFiles)},
                                    {QStringLiteral("other"), QJsonArray::fromStringList(project.otherDocuments)},
                                    {QStringLiteral("missing"), missing},
                                    {QStringLiteral("requirements"), requirements},
                                    {QStringLiteral("capabilities"), capabilities}});
    }
    return {{QStringLiteral("root"), scan.root},
            {QStringLiteral("projects"), projects},
            {QStringLiteral("problems"), problems}};
}

QString ScanReport::toText() const
{
    QString text = QStringLiteral("Repository: %1\n").arg(scan.root);
    for (const ProjectAnalysis &analysis : analyses) {
        const Project &project = analysis.project;
        int latest = 0;
        for (const Artifact &artifact : project.artifacts)
            latest += artifact.latest ? 1 : 0;
        text += QStringLiteral("\n%1  (%2 documents, %3 external)\n")
                    .arg(project.dirName)
                    .arg(latest)
                    .arg(project.externalFiles.size());
        QStringList types;
        for (const Artifact &artifact : project.artifacts)
            if (artifact.latest)
                types << QStringLiteral("%1 v%2").arg(artifact.typeKey(), artifact.version());
        if (!types.isEmpty())
            text += QStringLiteral("  documents: %1\n").arg(types.join(QLatin1String(", ")));
        for (const MissingDocument &missing : analysis.missing)
            text += QStringLiteral("  [%1] %2\n").arg(MissingDocument::levelName(missing.level), missing.message);
        if (!analysis.requirements.isEmpty()) {
            const Requirements ml = analysis.mlRequirements();
            text +=
                QStringLiteral("  requirements: %1, ML-related: %2\n").arg(analysis.requirements.size()).arg(ml.size());
            for (const Requirement &requirement : ml)
                text += QStringLiteral("    %1  %2  (%3:%4; %5)\n")
                            .arg(requirement.id, requirement.title, requirement.source)
                            .arg(requirement.line)
                            .arg(requirement.evidence.join(QLatin1String(", ")));
        }
        const MlSystemProfile &profile = analysis.profile;
        if (!profile.isMlSystem && !analysis.requirements.isEmpty())
            text += QStringLiteral("  ML system: none found (%1)\n").arg(profile.notMlReason);
        for (const MlCapability &capability : profile.capabilities)
            text += QStringLiteral("  capability: %1%2%3  [%4]  (%5)\n")
                        .arg(capability.name,
                             capability.service.isEmpty() ? QString() : QStringLiteral(" via ") + capability.service,
                             capability.approach.isEmpty() ? QString() : QStringLiteral(", ") + capability.approach,
                             capability.requirements.join(QLatin1String(", ")), capability.evidence.value(0));
        auto choice = [&text](const char *label, const DecidedChoice &decided) {
            if (decided.isDecided())
                text += QStringLiteral("  %1: %2 (%3; %4)\n")
                            .arg(QLatin1String(label), decided.decided.value, decided.reason, decided.decided.source);
            else if (!decided.candidates.isEmpty()) {
                QStringList names;
                for (const Candidate &candidate : decided.candidates)
                    names << QStringLiteral("%1 [%2]").arg(candidate.value, authorityName(candidate.authority));
                text += QStringLiteral("  %1: undecided, candidates %2\n")
                            .arg(QLatin1String(label), names.join(QLatin1String(", ")));
            }
        };
        choice("platform", profile.platform);
        choice("LLM provider", profile.llmProvider);
        choice("LLM", profile.llmModel);
        if (profile.maturity.current >= 0)
            text += QStringLiteral("  maturity: level %1 to %2 (%3)\n")
                        .arg(profile.maturity.current)
                        .arg(profile.maturity.target)
                        .arg(profile.maturity.reason);
        for (const Problem &problem : analysis.problems)
            text += QStringLiteral("  problem: %1: %2\n").arg(problem.path, problem.message);
    }
    for (const Problem &problem : scan.problems)
        if (!problem.path.startsWith(QLatin1String("projects/")) ||
            !scan.project(problem.path.section(QLatin1Char('/'), 1, 1)))
            text += QStringLiteral("problem: %1: %2\n").arg(problem.path, problem.message);
    return text;
}

} // namespace arckit
