#include "projectanalysis.h"

#include "capabilitycatalogue.h"
#include "contextextractor.h"
#include "mlclassifier.h"
#include "mlsystemprofiler.h"
#include "prerequisitechecker.h"
#include "requirementextractor.h"
#include "textfilereader.h"
#include "textpatterns.h"

#include <QSet>
#include <algorithm>

namespace arckit {

namespace {

// A service-level requirement (performance, availability) that traces to a
// functional ML requirement ("Traceability: FR-040 (Search)", "per FR-017")
// sets a target of the ML system: ML work, even in words that never say ML.
// When the functional requirement is one capability's, the target is that
// capability's too: its inventory row lists it, and traceability maps it to
// that model only.
void markTargetsOfMlRequirements(Requirements &requirements, MlSystemProfile &profile)
{
    struct Traced
    {
        QString id;      // the functional ML requirement
        QString subject; // what it needs
        int capability;  // its capability in the profile, -1 for none
    };
    QList<Traced> traced; // in document order
    for (const Requirement &requirement : std::as_const(requirements)) {
        if (!requirement.ml || requirement.id.isEmpty() ||
            (requirement.kind != QLatin1String("FR") && requirement.kind != QLatin1String("UC") &&
             requirement.kind != QLatin1String("US")))
            continue;
        Traced entry{requirement.id, QStringLiteral("the ML system"), -1};
        for (int index = 0; index < profile.capabilities.size(); ++index)
            if (profile.capabilities.at(index).requirements.contains(requirement.id)) {
                entry.subject = profile.capabilities.at(index).name;
                entry.capability = index;
                break;
            }
        traced.append(entry);
    }
    if (traced.isEmpty())
        return;
    for (Requirement &requirement : requirements) {
        const QString group = requirement.servingGroup();
        if (requirement.ml || (group != QLatin1String("performance") && group != QLatin1String("availability")))
            continue;
        const QString text = requirement.title + QLatin1Char('\n') + requirement.body;
        for (const Traced &entry : std::as_const(traced)) {
            if (!textpatterns::citesId(text, entry.id))
                continue;
            requirement.ml = true;
            // The reason first: the panel shows it before the words' own score.
            requirement.evidence.prepend(
                QStringLiteral("sets a target of %1 (traces to %2)").arg(entry.subject, entry.id));
            if (entry.capability >= 0 && !requirement.id.isEmpty()) {
                QStringList &ids = profile.capabilities[entry.capability].requirements;
                if (!ids.contains(requirement.id))
                    ids.append(requirement.id);
            }
            break;
        }
    }
}

// The functional requirement that says what one of the system's capabilities
// is for, naming it in words that mean ML on their own ("extract the dates
// from scanned evidence" is OCR), is ML work even where the classifier's
// vocabulary finds no ML word.
// Whether a requirement that was not ML before the profile's terms, and is
// now, names a capability the profile lacks.
bool namesNewCapability(const Requirements &requirements, const QList<bool> &mlBefore, const MlSystemProfile &profile)
{
    const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
    for (qsizetype index = 0; index < requirements.size(); ++index) {
        const Requirement &requirement = requirements.at(index);
        if (!requirement.ml || mlBefore.at(index))
            continue;
        for (const CapabilityMatch &match :
             catalogue.find(requirement.title + QLatin1Char('\n') + requirement.body, true))
            if (!profile.capability(match.definition->key))
                return true;
    }
    return false;
}

void markDefinersOfCapabilities(Requirements &requirements, const MlSystemProfile &profile)
{
    for (const MlCapability &capability : profile.capabilities) {
        for (Requirement &requirement : requirements) {
            if (requirement.ml)
                continue;
            if (requirement.id == capability.definedBy) {
                requirement.ml = true;
                requirement.evidence.prepend(QStringLiteral("says what the system's %1 is for").arg(capability.name));
            } else if (capability.statedBy.contains(requirement.id)) {
                requirement.ml = true;
                requirement.evidence.prepend(QStringLiteral("asks the system for %1").arg(capability.name));
            }
        }
    }
}

// "Reduce allocation time by automatically classifying correspondence", "by
// automating photo quality and likeness checks": a requirement that depends
// on one of the system's own capabilities, or a part the summary names, done
// automatically, is ML work though its words score low (a business
// requirement's body counts half). What it rules out is not.
void markAutomatedUsesOfCapabilities(Requirements &requirements, MlSystemProfile &profile)
{
    static const TextExpression automated = textpatterns::insensitive("\\bautomat(ic|ically|ed|ing|es|e|ion)\\b");
    QHash<QString, int> capabilityOf;
    for (int index = 0; index < profile.capabilities.size(); ++index)
        capabilityOf.insert(profile.capabilities.at(index).key, index);
    const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
    for (Requirement &requirement : requirements) {
        if (requirement.ml)
            continue;
        const QString text = requirement.title + QLatin1Char('\n') + requirement.body;
        if (!text.contains(QLatin1String("utomat"), Qt::CaseInsensitive) ||
            !MlClassifier::noModelDeclared(text).isEmpty())
            continue;
        QString reason;
        int capability = -1;
        for (const QStringView clause : textpatterns::clauses(text)) {
            // An aside names what others do: "(sanctions list check, fraud detection)".
            const QString said = textpatterns::withoutParentheses(clause);
            QList<std::pair<qsizetype, qsizetype>> automation;
            for (auto it = automated.globalMatch(said); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                automation.append({match.capturedStart(), match.capturedEnd()});
            }
            if (automation.isEmpty())
                continue;
            // Done automatically is said of it, next to it: "automatically
            // classifying", "translated automatically"; never across a comma.
            const auto doneAutomatically = [&said, &automation](qsizetype from, qsizetype to) {
                return std::any_of(automation.cbegin(), automation.cend(), [&](const auto &word) {
                    const bool before = word.second <= from && from - word.second <= 40;
                    const bool after = word.first >= to && word.first - to <= 25;
                    if (!before && !after)
                        return false;
                    const QStringView between = before ? QStringView(said).sliced(word.second, from - word.second)
                                                       : QStringView(said).sliced(to, word.first - to);
                    return !between.contains(QLatin1Char(',')) && !between.contains(QLatin1Char(':'));
                });
            };
            for (const CapabilityMatch &match : catalogue.find(said, true)) {
                const auto it = capabilityOf.constFind(match.definition->key);
                if (it != capabilityOf.constEnd() && doneAutomatically(match.offset, match.offset + match.length)) {
                    capability = *it;
                    reason = QStringLiteral("depends on the system's %1, done automatically")
                                 .arg(profile.capabilities.at(capability).name);
                    break;
                }
            }
            for (qsizetype i = 0; reason.isEmpty() && i < profile.partNames.size(); ++i) {
                const QString &part = profile.partNames.at(i);
                const qsizetype at = said.indexOf(part, 0, Qt::CaseInsensitive);
                if (at >= 0 && textpatterns::containsWords(said, part) && doneAutomatically(at, at + part.size() + 1))
                    reason = QStringLiteral("depends on the system's %1, done automatically").arg(part);
            }
            if (!reason.isEmpty())
                break;
        }
        if (reason.isEmpty())
            continue;
        requirement.ml = true;
        requirement.evidence.prepend(reason);
        if (capability >= 0 && !requirement.id.isEmpty()) {
            QStringList &ids = profile.capabilities[capability].requirements;
            if (!ids.contains(requirement.id))
                ids.append(requirement.id);
        }
    }
}

} // namespace

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
    // The AI Playbook assessment's oversight model, else what the ML requirements state.
    take("humanOversight", context.humanOversight.isEmpty() ? profile.humanOversight : context.humanOversight);
    take("atrsTier", context.atrsTier);
    if (!profile.atrsRequired.isEmpty())
        take("atrs", profile.atrsRequired);
    else if (!context.atrsTier.isEmpty())
        take("atrs", context.atrsTier, QStringLiteral("Required"));
    take("regime", context.regime);
    take("classification", profile.classification.isEmpty() ? context.classification : profile.classification);

    // Document Control and the system's purpose, as the REQ states them.
    take("owner", profile.owner);
    take("reviewCycle", profile.reviewCycle);
    take("distribution", profile.distribution);
    take("businessPurpose", profile.businessPurpose);
    take("userImpact", profile.userImpact);
    take("dpiaLink", profile.dpiaReference);
    take("servingCost", profile.servingCost);
    take("trainingCost", profile.trainingCost);
    take("storageCost", profile.storageCost);
    take("monitoringCost", profile.monitoringCost);
    take("mlEngineerFte", profile.mlEngineerFte);
    take("dataScientistFte", profile.dataScientistFte);
    take("dataEngineerFte", profile.dataEngineerFte);
    take("predictionRetention", profile.predictionRetention);
    take("confidenceThreshold", profile.confidenceThreshold);

    // Choices only when the documents decide them; candidates stay in the profile.
    take("platform", profile.platform.decided);
    if (profile.platform.decided.value == QLatin1String("SageMaker"))
        take("experimentTracking", profile.platform.decided, QStringLiteral("SageMaker Experiments"));
    else if (profile.platform.decided.value == QLatin1String("Vertex AI"))
        take("experimentTracking", profile.platform.decided, QStringLiteral("Vertex AI Experiments"));
    else if (profile.platform.decided.value == QLatin1String("Azure ML"))
        take("experimentTracking", profile.platform.decided, QStringLiteral("MLflow (Azure ML)"));
    take("llmProvider", profile.llmProvider.decided);
    take("llmModel", profile.llmModel.decided);
    take("embeddingModel", profile.embeddingModel.decided);
    take("vectorStore", profile.vectorStore.decided);
    for (const Candidate &provider : profile.llmProviders) {
        if (!answers.llmProvider.isEmpty() && provider.value != answers.llmProvider) {
            answers.llmFallbackProvider = provider.value;
            answers.sources.insert(QStringLiteral("llmFallbackProvider"), provider.source);
            break;
        }
    }

    // Serving targets, each at the percentile its requirement names.
    take("latencyP50", profile.latencyP50);
    take("targetTimeline", profile.goLive);
    take("latencyP95", profile.latencyP95);
    take("latencyP99", profile.latencyP99);
    take("responseTime", profile.responseTime);
    take("throughput", profile.throughput);
    take("availability", profile.availability);
    if (!profile.batchTarget.isEmpty() && answers.throughput.isEmpty())
        take("throughput", profile.batchTarget);
    if (answers.throughput.isEmpty() && !profile.statedVolume.isEmpty())
        take("throughput", profile.statedVolume,
             QStringLiteral("%1 (the volume the summary states)").arg(profile.statedVolume.value));

    if (!context.riskLevel.isEmpty() && context.riskLevel.value != QLatin1String("Low"))
        take("fairnessMonitoring", context.riskLevel, QStringLiteral("Enabled"));
    else
        take("fairnessMonitoring", profile.fairnessMonitoring);
    take("fairnessThreshold", profile.fairnessThreshold);
    take("fairnessFrequency", profile.fairnessFrequency);
    if (!profile.protectedGroups.isEmpty()) {
        answers.protectedGroups = profile.protectedGroups;
        answers.sources.insert(QStringLiteral("protectedGroups"), profile.protectedGroupsSource);
    }
    // A quality metric an ML requirement states with its number: the metric
    // to monitor, and the bound below which it is critical.
    if (!profile.performanceMetric.isEmpty()) {
        answers.performanceMetrics = {profile.performanceMetric.value};
        answers.sources.insert(QStringLiteral("performanceMetrics"), profile.performanceMetric.source);
        take("performanceThreshold", profile.performanceThreshold);
    }
    // How the models serve, as the ML requirements' targets say: a response
    // time is real-time serving (unless every model runs on a schedule), a
    // volume in a window is batch, and so is a model its requirements say is
    // refreshed daily or run as a batch job.
    const bool allBatch =
        !profile.capabilities.isEmpty() &&
        std::all_of(profile.capabilities.cbegin(), profile.capabilities.cend(),
                    [](const MlCapability &capability) { return capability.serving == QLatin1String("batch"); });
    for (const ContextValue *target :
         {&profile.latencyP50, &profile.latencyP95, &profile.latencyP99, &profile.responseTime}) {
        if (!target->isEmpty() && !allBatch) {
            answers.servingPatterns.append(QStringLiteral("real-time"));
            answers.sources.insert(QStringLiteral("servingPatterns"), target->source);
            break;
        }
    }
    if (!profile.batchTarget.isEmpty()) {
        answers.servingPatterns.append(QStringLiteral("batch"));
        if (!answers.sources.contains(QStringLiteral("servingPatterns")))
            answers.sources.insert(QStringLiteral("servingPatterns"), profile.batchTarget.source);
    }
    for (const MlCapability &capability : profile.capabilities) {
        if (capability.serving != QLatin1String("batch") || answers.servingPatterns.contains(capability.serving))
            continue;
        answers.servingPatterns.append(capability.serving);
        if (!answers.sources.contains(QStringLiteral("servingPatterns")))
            answers.sources.insert(QStringLiteral("servingPatterns"), capability.servingSource);
    }

    // The models: one per capability the documents describe.
    QStringList useCases;
    QString firstUseCaseSource;
    QStringList approaches;
    for (qsizetype i = 0; i < profile.capabilities.size(); ++i) {
        const MlCapability &capability = profile.capabilities.at(i);
        ModelEntry model;
        model.id = QStringLiteral("MOD-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        model.name = capability.service.isEmpty() ? capability.name
                                                  : QStringLiteral("%1: %2").arg(capability.name, capability.service);
        model.type = Answers::useCaseLabel(capability.kind);
        model.framework = capability.approach.isEmpty() ? QString() : Answers::modelTypeLabel(capability.approach);
        model.purpose = capability.purpose;
        model.risk = capability.risk;
        model.owner = capability.owner;
        model.capability = capability.name;
        model.approach = capability.approach;
        model.approachSource = capability.approachSource;
        model.purposeSource = capability.purposeSource;
        model.serving = capability.serving;
        model.servingSource = capability.servingSource;
        model.service = capability.service;
        model.requirements = capability.requirements;
        model.evidence = capability.evidence;
        answers.models.append(model);
        if (!useCases.contains(capability.kind)) {
            useCases.append(capability.kind);
            if (firstUseCaseSource.isEmpty() && !capability.evidence.isEmpty())
                firstUseCaseSource = capability.evidence.first();
        }
        if (!capability.approach.isEmpty() && !approaches.contains(capability.approach))
            approaches.append(capability.approach);
    }
    if (!answers.models.isEmpty() && !answers.models.first().evidence.isEmpty())
        answers.sources.insert(QStringLiteral("models"), answers.models.first().evidence.first());
    if (!useCases.isEmpty()) {
        answers.useCases = useCases;
        answers.sources.insert(QStringLiteral("useCases"), firstUseCaseSource);
    }
    // One model type for the system only when every model is obtained the same
    // way: one model's approach says nothing of the others' (the wizard asks
    // for the type of the models the documents leave open).
    const bool everyApproachStated = std::all_of(profile.capabilities.cbegin(), profile.capabilities.cend(),
                                                 [](const MlCapability &c) { return !c.approach.isEmpty(); });
    if (approaches.size() == 1 && everyApproachStated) {
        answers.modelType = approaches.first();
        for (const MlCapability &capability : profile.capabilities)
            if (capability.approach == approaches.first() && !capability.evidence.isEmpty()) {
                answers.sources.insert(QStringLiteral("modelType"), capability.approachSource.isEmpty()
                                                                        ? capability.evidence.first()
                                                                        : capability.approachSource);
                break;
            }
    }
    if (useCases.contains(QLatin1String("genai"))) {
        answers.llmOperations = true;
        for (const MlCapability &capability : profile.capabilities)
            if (capability.kind == QLatin1String("genai") && !capability.evidence.isEmpty()) {
                answers.sources.insert(QStringLiteral("llmOperations"), capability.evidence.first());
                break;
            }
    } else if (!context.genAi.isEmpty() && profile.isMlSystem) {
        answers.llmOperations = true;
        answers.useCases.append(QStringLiteral("genai"));
        answers.sources.insert(QStringLiteral("llmOperations"), context.genAi.source);
        answers.sources.insert(QStringLiteral("useCases"), context.genAi.source);
    }

    // The maturity the documents suggest, with its reason: a suggestion the wizard shows as one.
    if (profile.maturity.current >= 0) {
        answers.currentMaturity = profile.maturity.current;
        answers.targetMaturity = profile.maturity.target;
        answers.maturityReason = profile.maturity.reason;
        const QString source = profile.maturity.evidence.isEmpty() ? QString() : profile.maturity.evidence.first();
        if (!source.isEmpty()) {
            answers.sources.insert(QStringLiteral("currentMaturity"), source);
            answers.sources.insert(QStringLiteral("targetMaturity"), source);
        }
    }

    // Training data: only the sources that feed models.
    for (const ContextValue &source : profile.trainingData) {
        DataSourceEntry entry;
        entry.name = source.value;
        entry.pii = context.pii.isEmpty() ? QString() : context.pii.value;
        answers.dataSources.append(entry);
    }
    if (!profile.trainingData.isEmpty())
        answers.sources.insert(QStringLiteral("dataSources"), profile.trainingData.first().source);
    return answers;
}

ProjectAnalysis ProjectAnalyzer::analyze(const RepositoryScan &scan, const Project &project) const
{
    ProjectAnalysis analysis;
    analysis.project = project;
    analysis.global = scan.globalProject();
    analysis.missing = PrerequisiteChecker().check(project, analysis.global);

    // Every document of the project is read once, here, and shared by the
    // requirement reader, the profile and the context.
    const ProfileDocuments documents = MlSystemProfiler::load(project, analysis.global, scan.root, &analysis.problems);
    if (const ProfileDocument *req = documentOfType(documents, QLatin1StringView("REQ"))) {
        analysis.requirements = RequirementExtractor().extract(req->outline.text(), req->relativePath);
        MlClassifier().classify(analysis.requirements);
    }
    // The global project holds principles, not a system: it has no profile.
    if (!project.isGlobal())
        analysis.profile = MlSystemProfiler::profile(documents, analysis.requirements);
    // A requirement that constrains one of the system's own ML capabilities
    // (its latency, fallback, monitoring, cost) is ML work even without ML words.
    if (analysis.profile.isMlSystem) {
        // In a system that runs models, "the model" that acts is one of them.
        const auto classifyWithTheProfile = [&analysis] {
            MlClassifier().classify(analysis.requirements, MlSystemProfiler::systemTerms(analysis.profile),
                                    analysis.profile.aiNames + QStringList{QStringLiteral("model")},
                                    analysis.profile.modelNames);
        };
        QList<bool> mlBefore;
        for (const Requirement &requirement : std::as_const(analysis.requirements))
            mlBefore.append(requirement.ml);
        classifyWithTheProfile();
        // A requirement that asks the AI to act, found ML only now ("the
        // assistant MUST produce a draft call summary"), may name a capability
        // in words that count only in ML work: the profile is made once more
        // with those, and its terms read again.
        Requirements asked = analysis.requirements;
        for (qsizetype index = 0; index < asked.size(); ++index)
            asked[index].ml = mlBefore.at(index) || MlClassifier::asksTheAiToAct(asked.at(index));
        if (namesNewCapability(asked, mlBefore, analysis.profile)) {
            analysis.profile = MlSystemProfiler::profile(documents, asked);
            classifyWithTheProfile();
        }
        markDefinersOfCapabilities(analysis.requirements, analysis.profile);
        markAutomatedUsesOfCapabilities(analysis.requirements, analysis.profile);
        markTargetsOfMlRequirements(analysis.requirements, analysis.profile);
        MlSystemProfiler::readTargetsOfReclassified(analysis.requirements, analysis.profile);
        for (MlCapability &capability : analysis.profile.capabilities)
            capability.requirements.removeIf([](const QString &id) { return id.isEmpty(); });
    }
    if (!analysis.profile.isMlSystem && !analysis.mlRequirements().isEmpty()) {
        // A project that runs no model has no ML requirements, whatever words they use.
        for (Requirement &requirement : analysis.requirements) {
            if (!requirement.ml)
                continue;
            requirement.ml = false;
            requirement.evidence.append(QStringLiteral("not ML: %1").arg(analysis.profile.notMlReason));
        }
    }
    // Said once all is read: a system described in plain words has ML
    // requirements only after its profile.
    if (documentOfType(documents, QLatin1StringView("REQ")) && analysis.mlRequirements().isEmpty())
        analysis.missing.append(PrerequisiteChecker::noMlRequirements());
    analysis.context = ContextExtractor::extract(documents, project, analysis.requirements);
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
