#include "templatedata.h"

#include "architecturediagram.h"
#include "citationregister.h"
#include "modelinventorydata.h"
#include "platformcomponents.h"
#include "templatevalues.h"
#include "traceabilitydata.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringMatcher>
#include <QVariantList>

#include <optional>

namespace arckit {

namespace {

using namespace templatevalues;

// "PSI" + "0.2" -> "PSI > 0.2"; a threshold that already compares is kept.
QString comparison(const QString &metric, const QString &threshold, const QString &op = QStringLiteral(">"))
{
    static const QRegularExpression comparator(QStringLiteral("[<>=≤≥]"));
    if (threshold.contains(comparator))
        return TemplateData::cell(threshold);
    if (blank(metric))
        return TemplateData::cell(op + QLatin1Char(' ') + threshold);
    return TemplateData::cell(metric + QLatin1Char(' ') + op + QLatin1Char(' ') + threshold);
}

QString servingPatternLabel(const QString &key)
{
    if (key == QLatin1String("real-time"))
        return QStringLiteral("Real-time");
    if (key == QLatin1String("batch"))
        return QStringLiteral("Batch");
    if (key == QLatin1String("streaming"))
        return QStringLiteral("Streaming");
    return key;
}

QString deploymentStrategyLabel(const QString &key)
{
    if (key == QLatin1String("canary"))
        return QStringLiteral("Canary");
    if (key == QLatin1String("shadow"))
        return QStringLiteral("Shadow");
    if (key == QLatin1String("ab"))
        return QStringLiteral("A/B Testing");
    return key;
}

QString withName(const QString &role, const QString &name)
{
    return blank(name) ? role : QStringLiteral("%1 (%2)").arg(role, TemplateData::cell(name));
}

// "£12,500", "12500", "£12.5k", "£3k / month" -> value and currency sign.
std::optional<std::pair<double, QString>> parseMoney(const QString &text)
{
    static const QRegularExpression money(QStringLiteral(
        "^\\s*([£$€])?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kKmM])?\\s*(?:(?:/|per)\\s*(?:month|mo)|pcm|monthly)?\\s*$"));
    const QRegularExpressionMatch match = money.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = QString(match.captured(2)).remove(QLatin1Char(',')).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString scale = match.captured(3).toLower();
    if (scale == QLatin1String("k"))
        value *= 1000;
    else if (scale == QLatin1String("m"))
        value *= 1000000;
    return std::make_pair(value, match.captured(1));
}

QString totalCost(const QStringList &costs)
{
    double total = 0;
    QString currency;
    for (const QString &cost : costs) {
        const auto parsed = parseMoney(cost);
        if (!parsed)
            return QStringLiteral("Sum of the above");
        if (!parsed->second.isEmpty()) {
            if (!currency.isEmpty() && currency != parsed->second)
                return QStringLiteral("Sum of the above");
            currency = parsed->second;
        }
        total += parsed->first;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return currency + locale.toString(total, 'f', total == qRound64(total) ? 0 : 2);
}

QString externalType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("docx") || suffix == QLatin1String("odt"))
        return QStringLiteral("Word document");
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv")
        || suffix == QLatin1String("ods"))
        return QStringLiteral("Spreadsheet");
    if (suffix == QLatin1String("ppt") || suffix == QLatin1String("pptx") || suffix == QLatin1String("odp"))
        return QStringLiteral("Presentation");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("Markdown");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("Text");
    if (suffix == QLatin1String("json") || suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return QStringLiteral("Configuration");
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
        || suffix == QLatin1String("svg"))
        return QStringLiteral("Image");
    return suffix.isEmpty() ? QStringLiteral("File") : suffix.toUpper();
}


class Builder
{
public:
    explicit Builder(const RenderInput &input)
        : m_in(input)
        , m_a(input.answers)
        , m_catalogue(PlatformComponents::load(input.repositoryRoot))
        , m_platform(m_catalogue.find(input.answers.platform))
        , m_llmPlatform(m_catalogue.find(input.answers.llmProvider))
        , m_models(input.answers, m_platform, &m_citations)
    {
        for (const ModelEntry &model : m_a.models) {
            m_trains = m_trains || trainedByProject(model, m_a);
            m_provider = m_provider || providerModel(model, m_a);
        }
        if (m_a.models.isEmpty()) {
            m_provider = m_a.modelType == QLatin1String("foundation-api") || m_a.modelType == QLatin1String("prebuilt-saas");
            m_trains = !m_provider;
        }
        // Worked out once: the performance table and the traceability table both need it.
        m_groups.reserve(input.requirements.size());
        for (const Requirement &requirement : input.requirements)
            m_groups.append(requirement.servingGroup());
    }

    QVariantHash build()
    {
        documentControl();
        modes();
        platformComponents();
        overview();
        inventory();
        executiveSummary(); // after the inventory: its decisions cite the models' sources
        dataPipeline();
        training();
        serving();
        monitoring();
        retraining();
        llm();
        governance();
        compliance();
        costs();
        traceability();
        roadmap();
        externalReferences();
        return m_data;
    }

private:
    void set(const char *key, const QVariant &value) { m_data.insert(QLatin1String(key), value); }

    QString modelIds() const
    {
        if (m_a.models.isEmpty())
            return placeholder("models");
        QStringList ids;
        for (int i = 0; i < m_a.models.size(); ++i)
            ids.append(modelId(m_a.models.at(i), i));
        return TemplateData::cell(ids.join(QStringLiteral(", ")));
    }

    bool hasPattern(const char *key) const { return m_a.servingPatterns.contains(QLatin1String(key)); }


    // The value with its citation marker when the answer came from a document.
    QString cited(const QString &value, const char *field, const QString &usedIn)
    {
        const QString where = m_a.sources.value(QLatin1String(field));
        if (where.isEmpty() || value.startsWith(QLatin1Char('[')))
            return value;
        return value + QLatin1Char(' ') + m_citations.cite(where, usedIn);
    }

    void modes()
    {
        set("trainsModels", m_trains);
        set("usesProviderModels", m_provider);
        set("providerOnly", m_provider && !m_trains);
        QStringList trained;
        QStringList provided;
        for (int i = 0; i < m_a.models.size(); ++i) {
            const ModelEntry &model = m_a.models.at(i);
            if (trainedByProject(model, m_a))
                trained.append(modelId(model, i));
            else if (providerModel(model, m_a))
                provided.append(modelId(model, i));
        }
        set("trainedModelIds", trained.isEmpty() ? QStringLiteral("every model of the inventory")
                                                  : TemplateData::cell(trained.join(QStringLiteral(", "))));
        set("providerModelIds", provided.isEmpty() ? QStringLiteral("every model of the inventory")
                                                    : TemplateData::cell(provided.join(QStringLiteral(", "))));
        set("mixedModels", m_trains && m_provider);
    }

    // The chosen platform's named component for each concern, or the generic
    // words when the catalogue does not know the platform (or it has none).
    void platformComponents()
    {
        const QString platformName = blank(m_a.platform) || notApplicable(m_a.platform) ? QString() : m_a.platform.simplified();
        auto component = [&](const char *concern, const PlatformEntry *entry, const QString &generic) {
            const QString named = entry ? entry->component(QLatin1String(concern)) : QString();
            if (!named.isEmpty())
                return TemplateData::cell(named);
            return generic;
        };
        const QString on = platformName.isEmpty() ? QString() : QStringLiteral(" on ") + TemplateData::cell(platformName);
        // A platform of ready-made models names no training components for the models the project trains.
        const PlatformEntry *trainer = m_platform && (m_platform->trainsCustomModels || !m_trains) ? m_platform : nullptr;
        // An answer the user gave wins over the catalogue's component; a blank one
        // with no component keeps its placeholder.
        set("cPipelines", blank(m_a.orchestration) ? component("pipelines", trainer, placeholder("orchestration"))
                                                   : answer(m_a.orchestration, "orchestration"));
        set("cExperimentTracking", blank(m_a.experimentTracking)
                                       ? component("experimentTracking", trainer, placeholder("experimentTracking"))
                                       : answer(m_a.experimentTracking, "experimentTracking"));
        set("cRegistry", component("registry", trainer, QStringLiteral("Model registry") + on));
        set("cServing", component("serving", m_platform, QStringLiteral("Model serving endpoints") + on));
        set("cBatchInference", component("batchInference", m_platform, QStringLiteral("Batch scoring jobs") + on));
        set("cMonitoring", component("monitoring", m_platform, QStringLiteral("Monitoring console") + on));
        set("cExplainability", component("explainability", m_platform, QStringLiteral("Explainability and fairness tooling") + on));
        set("cFeatureStore", component("featureStore", trainer, QStringLiteral("Feature store") + on));
        set("cCicd", component("cicd", m_platform, QStringLiteral("The project's CI/CD service")));
        const PlatformEntry *llm = m_llmPlatform ? m_llmPlatform : m_platform;
        const QString llmEvaluation = llm ? llm->component(QStringLiteral("llmEvaluation")) : QString();
        set("cLlmEvaluation", component("llmEvaluation", llm, QStringLiteral("Evaluation harness in the CI pipeline")));
        set("cGuardrails", component("guardrails", llm, QStringLiteral("Guardrails in the LLM gateway")));
        set("platformKnown", m_platform != nullptr);
        set("platformCatalogueName", m_platform ? TemplateData::cell(m_platform->name) : QString());
        set("platformDocumentationDate", TemplateData::cell(m_catalogue.documentationDate()));
        Q_UNUSED(llmEvaluation)
    }

    void executiveSummary()
    {
        const QString system = blank(m_a.systemName) ? m_in.project.name.simplified() : m_a.systemName.simplified();
        set("summarySystem", TemplateData::cell(system));
        set("summaryPurpose", cited(answer(m_a.businessPurpose, "businessPurpose"), "businessPurpose", QStringLiteral("Executive Summary: purpose")));
        QStringList capabilityNames;
        for (const ModelEntry &model : m_a.models) {
            const QString c = model.capability.simplified();
            if (!c.isEmpty() && !capabilityNames.contains(c))
                capabilityNames.append(c);
        }
        set("summaryModels", m_a.models.isEmpty()
                                 ? QStringLiteral("No model is in the inventory yet (%1).").arg(placeholder("models"))
                                 : QStringLiteral("%1 %2 across %3 %4: %5.")
                                       .arg(m_a.models.size())
                                       .arg(m_a.models.size() == 1 ? QStringLiteral("model") : QStringLiteral("models"))
                                       .arg(qMax<qsizetype>(1, capabilityNames.size()))
                                       .arg(capabilityNames.size() == 1 ? QStringLiteral("capability") : QStringLiteral("capabilities"))
                                       .arg(capabilityNames.isEmpty() ? modelIds() : TemplateData::cell(capabilityNames.join(QStringLiteral(", ")))));
        const QString current = m_a.currentMaturity < 0 ? placeholder("currentMaturity") : Answers::maturityLabel(m_a.currentMaturity);
        const QString target = m_a.targetMaturity < 0 ? placeholder("targetMaturity") : Answers::maturityLabel(m_a.targetMaturity);
        QString maturity = QStringLiteral("%1 now, %2 by %3").arg(current, target, answer(m_a.targetTimeline, "targetTimeline"));
        maturity = cited(maturity, "currentMaturity", QStringLiteral("Executive Summary: maturity"));
        if (!blank(m_a.maturityReason))
            maturity += QStringLiteral(". Why: ") + TemplateData::cell(m_a.maturityReason);
        set("summaryMaturity", maturity);

        QVariantList decisions;
        auto decision = [&](const QString &name, const QString &choice, const char *field, const QString &rationale,
                            const QString &fallbackSource = {}) {
            QString where = m_a.sources.value(QLatin1String(field));
            if (where.isEmpty())
                where = fallbackSource;
            QString source = QStringLiteral("—");
            QString why = rationale;
            if (!where.isEmpty()) {
                source = m_citations.cite(where, QStringLiteral("Key Design Decisions: ") + name) + QStringLiteral(" `")
                    + TemplateData::cell(where).remove(QLatin1Char('`')) + QLatin1Char('`');
            } else if (!choice.contains(QLatin1Char('['))) {
                why += QStringLiteral(" (chosen in the wizard; no document states it)");
            }
            decisions.append(QVariantHash{{QStringLiteral("decision"), name}, {QStringLiteral("choice"), choice},
                                          {QStringLiteral("rationale"), why}, {QStringLiteral("source"), source}});
        };
        decision(QStringLiteral("Platform"),
                 blank(m_a.platform) ? placeholder("platform") : answer(m_a.platform, "platform"), "platform",
                 blank(m_a.platform) ? QStringLiteral("Not decided: no requirement, accepted ADR or research recommendation decides it")
                                     : m_platform ? QStringLiteral("Named components from the %1 documentation (as of %2) in Sections 4 to 10")
                                                        .arg(TemplateData::cell(m_platform->name), TemplateData::cell(m_catalogue.documentationDate()))
                                                  : QStringLiteral("The platform the documents decide"));
        // Model approach: the approaches of the inventory, else the answer.
        QMap<QString, QStringList> approaches;
        QString approachSource;
        for (int i = 0; i < m_a.models.size(); ++i) {
            const ModelEntry &model = m_a.models.at(i);
            const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
            approaches[blank(approach) ? QString() : Answers::modelTypeLabel(approach)].append(modelId(model, i));
            if (approachSource.isEmpty() && !model.evidence.isEmpty())
                approachSource = model.evidence.first();
        }
        QStringList approachText;
        for (auto it = approaches.cbegin(); it != approaches.cend(); ++it)
            approachText.append(QStringLiteral("%1 (%2)").arg(it.key().isEmpty() ? placeholder("modelType") : it.key(),
                                                               it.value().join(QStringLiteral(", "))));
        decision(QStringLiteral("Model approach"),
                 approachText.isEmpty() ? (blank(m_a.modelType) ? placeholder("modelType") : Answers::modelTypeLabel(m_a.modelType))
                                        : TemplateData::cell(approachText.join(QStringLiteral("; "))),
                 "modelType",
                 m_trains && m_provider ? QStringLiteral("Provider models where a service meets the need; the project trains the others")
                 : m_provider           ? QStringLiteral("Provider models: evaluation, version pinning and provider terms replace training")
                                        : QStringLiteral("The project trains its models: training pipeline, registry and retraining apply"),
                 approachSource);
        QStringList sources;
        for (const DataSourceEntry &source : m_a.dataSources)
            if (!blank(source.name))
                sources.append(source.name.simplified());
        decision(QStringLiteral("Training data"),
                 !m_trains ? QStringLiteral("None held by the project")
                 : sources.isEmpty() ? placeholder("dataSources") : TemplateData::cell(sources.join(QStringLiteral(", "))),
                 "dataSources",
                 !m_trains ? QStringLiteral("The provider's pre-trained models; the provider's terms must exclude training on project data")
                           : QStringLiteral("The sources that feed training (Section 3)"));
        QString monitoringChoice;
        if (m_trains)
            monitoringChoice = QStringLiteral("Drift (%1) and performance (%2)")
                                   .arg(answer(m_a.driftMethod, "driftMethod"), answer(m_a.performanceMetrics, "performanceMetrics"));
        else
            monitoringChoice = QStringLiteral("Golden-set regression, quality sampling, latency and cost per request");
        decision(QStringLiteral("Monitoring"), monitoringChoice, m_trains ? "driftMethod" : "performanceMetrics",
                 QStringLiteral("Section 7, in %1").arg(m_data.value(QStringLiteral("cMonitoring")).toString()));
        decision(QStringLiteral("Human oversight"), answer(m_a.humanOversight, "humanOversight"), "humanOversight",
                 isRequired(m_a.humanOversight) ? QStringLiteral("Every output affecting a person is reviewed by a person (Section 12)")
                 : blank(m_a.humanOversight)    ? QStringLiteral("To be decided with the risk assessment")
                                                : QStringLiteral("People review low-confidence outputs and appeals (Section 12)"));
        set("keyDecisions", decisions);
    }

    static bool isRequired(const QString &oversight)
    {
        return oversight.trimmed().compare(QLatin1String("Required"), Qt::CaseInsensitive) == 0;
    }

    void roadmap()
    {
        // What each level adds: the command's maturity table, and what it means for
        // the models this system has.
        static const char *const adds[] = {
            "Manual, notebooks: no automation (PoC, exploration)",
            "Automated training: a training pipeline (first production model)",
            "CI/CD for ML: + a serving pipeline (multiple models)",
            "Automated retraining: + monitoring triggers (production at scale)",
            "Full automation: + auto-remediation (enterprise ML)",
        };
        static const char *const trained[] = {
            "Experiments in notebooks; results recorded by hand",
            "Training pipeline, experiment tracking and model registry (Sections 4, 5)",
            "Automated tests, staged promotion and serving deployment (Sections 6, 10)",
            "Drift and performance alerts trigger retraining (Sections 7, 8)",
            "Rollback and retraining without manual steps; enterprise registry (Sections 8, 11)",
        };
        static const char *const provided[] = {
            "Prompts and services tried by hand",
            "Automated golden-set evaluation of each prompt and pinned model version (Section 4)",
            "Prompts, model versions and service configuration released through CI/CD (Section 10)",
            "Quality and drift alerts trigger re-evaluation and a switch to the fallback (Sections 7, 8)",
            "Automatic failover and remediation across providers (Sections 8, 9)",
        };
        const int current = m_a.currentMaturity;
        const int target = m_a.targetMaturity;
        QVariantList rows;
        if (current < 0 || target < 0 || target <= current) {
            // The levels' placeholders are in Section 1 already; the roadmap says what it waits for.
            const QString why = current < 0 || target < 0
                ? QStringLiteral("Follows once the current and target maturity are set (Section 1)")
                : QStringLiteral("Already at the target: keep %1").arg(Answers::maturityLabel(current));
            rows.append(QVariantHash{{QStringLiteral("phase"), QStringLiteral("—")}, {QStringLiteral("level"), why},
                                     {QStringLiteral("adds"), QStringLiteral("—")}, {QStringLiteral("here"), QStringLiteral("—")},
                                     {QStringLiteral("timeline"), QStringLiteral("—")}});
        } else {
            for (int level = current + 1; level <= target && level <= 4; ++level) {
                QString here = QLatin1String(m_trains ? trained[level] : provided[level]);
                if (m_trains && m_provider)
                    here = QStringLiteral("%1; provider models: %2").arg(here, QLatin1String(provided[level]));
                rows.append(QVariantHash{{QStringLiteral("phase"), QString::number(level - current)},
                                         {QStringLiteral("level"), Answers::maturityLabel(level)},
                                         {QStringLiteral("adds"), QLatin1String(adds[level])},
                                         {QStringLiteral("here"), here},
                                         {QStringLiteral("timeline"), level == target ? answer(m_a.targetTimeline, "targetTimeline")
                                                                                      : QStringLiteral("Before the target")}});
            }
        }
        set("roadmap", rows);
    }

    void documentControl()
    {
        const QString pid = m_in.project.id;
        const QString version = m_in.version.trimmed();
        const QDate created = m_in.createdDate.isValid() ? m_in.createdDate : m_in.date;
        set("projectId", TemplateData::cell(pid));
        set("projectName", TemplateData::cell(m_in.project.name));
        // ArcKit writes the system's name here, as its other documents do; the
        // folder slug is the fallback.
        const QString shownName = blank(m_a.systemName) ? m_in.project.name : m_a.systemName.trimmed();
        set("projectLabel", TemplateData::cell(QStringLiteral("%1 (Project %2)").arg(shownName, pid)));
        set("documentId", TemplateData::cell(QStringLiteral("ARC-%1-MLOPS-v%2").arg(pid, version)));
        set("version", TemplateData::cell(version));
        set("date", m_in.date.toString(Qt::ISODate));
        set("createdDate", created.toString(Qt::ISODate));
        set("lastModified", m_in.date.toString(Qt::ISODate));
        set("classification", answer(m_a.classification, "classification"));
        set("status", answer(m_a.status, "status"));
        set("reviewCycle", answer(m_a.reviewCycle, "reviewCycle"));
        const QString next = TemplateData::nextReviewDate(m_a.reviewCycle, m_in.date);
        set("nextReviewDate", next.isEmpty() ? placeholder("reviewCycle") : TemplateData::cell(next));
        set("owner", answer(m_a.owner, "owner"));
        // Nobody has reviewed or approved a document that is being generated:
        // the names (when known) say who will, PENDING says it has not happened.
        set("reviewedBy", blank(m_a.reviewers) ? QStringLiteral("PENDING")
                                               : TemplateData::cell(m_a.reviewers) + QStringLiteral(" (PENDING)"));
        set("approvedBy", blank(m_a.approver) ? QStringLiteral("PENDING")
                                              : TemplateData::cell(m_a.approver) + QStringLiteral(" (PENDING)"));
        set("distribution", answer(m_a.distribution, "distribution"));
        set("generator", TemplateData::cell(m_in.generator));
        set("revisionAuthor", TemplateData::cell(m_in.generator));
        const QString changes = !m_in.revisionChanges.trimmed().isEmpty()
            ? TemplateData::cell(m_in.revisionChanges)
            : version == QLatin1String("1.0")
                ? QStringLiteral("Initial creation from `/arckit.mlops` command")
                : QStringLiteral("Version %1 generated from `/arckit.mlops` command").arg(TemplateData::cell(version));
        set("revisionChanges", changes);
        QStringList rows;
        for (const QString &row : m_in.previousRevisionRows)
            rows.append(row.trimmed());
        rows.append(QStringLiteral("| %1 | %2 | %3 | %4 | PENDING | PENDING |")
                        .arg(TemplateData::cell(version), m_in.date.toString(Qt::ISODate), TemplateData::cell(m_in.generator), changes));
        set("revisionRows", rows.join(QLatin1Char('\n')));
        set("arckitVersion", QStringLiteral(ARCKIT_VERSION));
        set("generationModel", QStringLiteral("None (deterministic template rendering, no AI model)"));
    }

    void overview()
    {
        set("systemName", answer(m_a.systemName, "systemName"));
        set("businessPurpose", answer(m_a.businessPurpose, "businessPurpose"));
        set("useCases", answer(m_a.useCases, "useCases", &Answers::useCaseLabel));
        set("userImpact", answer(m_a.userImpact, "userImpact"));
        set("modelType", blank(m_a.modelType) ? placeholder("modelType")
                                              : TemplateData::cell(Answers::modelTypeLabel(m_a.modelType)));
        set("regime", blank(m_a.regime) ? placeholder("regime") : TemplateData::cell(Answers::regimeLabel(m_a.regime)));

        const int current = m_a.currentMaturity;
        const int target = m_a.targetMaturity;
        const QString timeline = answer(m_a.targetTimeline, "targetTimeline");
        QVariantList rows;
        for (int level = 0; level <= 4; ++level) {
            Row row;
            row.insert(QStringLiteral("level"), Answers::maturityLabel(level));
            row.insert(QStringLiteral("current"), current < 0 ? placeholder("currentMaturity")
                                                  : level <= current ? QStringLiteral("Yes") : QStringLiteral("No"));
            QString targetCell = QStringLiteral("-");
            QString timelineCell = QStringLiteral("-");
            if (level > 0 || target == 0) {
                targetCell = target < 0 ? placeholder("targetMaturity")
                                        : level <= target ? QStringLiteral("Yes") : QStringLiteral("No");
                // A level still to be reached gets the timeline; reached ones do not.
                if (target >= 0 && level <= target && (current < 0 || level > current))
                    timelineCell = timeline;
            }
            row.insert(QStringLiteral("target"), targetCell);
            row.insert(QStringLiteral("timeline"), timelineCell);
            rows.append(row);
        }
        set("maturityRows", rows);
        set("currentMaturity", current < 0 ? placeholder("currentMaturity") : Answers::maturityLabel(current));
        set("targetMaturity", target < 0 ? placeholder("targetMaturity") : Answers::maturityLabel(target));
        set("targetTimeline", timeline);

        set("mlLead", answer(m_a.mlLead, "mlLead"));
        set("dataScientist", answer(m_a.dataScientist, "dataScientist"));
        set("mlEngineer", answer(m_a.mlEngineer, "mlEngineer"));
        set("productOwner", answer(m_a.productOwner, "productOwner"));
        set("dataEngineer", answer(m_a.dataEngineer, "dataEngineer"));
        // The approval table leaves a name blank rather than repeating a placeholder.
        set("mlLeadName", blank(m_a.mlLead) ? QString() : TemplateData::cell(m_a.mlLead));
        set("dataScientistName", blank(m_a.dataScientist) ? QString() : TemplateData::cell(m_a.dataScientist));
        set("productOwnerName", blank(m_a.productOwner) ? QString() : TemplateData::cell(m_a.productOwner));
    }

    void inventory()
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
            row.insert(QStringLiteral("purpose"), (blank(model.purpose) ? orDash(model.capability) : TemplateData::cell(model.purpose))
                                                      + m_models.citation(model, i));
            row.insert(QStringLiteral("risk"), blank(model.risk) ? answer(m_a.riskLevel, "riskLevel")
                                                                 : TemplateData::cell(model.risk));
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
            rows.append(Row{{QStringLiteral("id"), ph},           {QStringLiteral("name"), dash},
                            {QStringLiteral("type"), dash},       {QStringLiteral("framework"), dash},
                            {QStringLiteral("purpose"), dash},    {QStringLiteral("risk"), dash},
                            {QStringLiteral("owner"), dash},      {QStringLiteral("title"), ph},
                            {QStringLiteral("explainability"), dash}, {QStringLiteral("scaling"), dash},
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
            const QString label = m_a.dataSources.isEmpty() ? placeholder("dataSources")
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
        set("featureNode", node(QStringLiteral("F1"), m_provider && !m_trains ? QStringLiteral("Input validation and redaction")
                                                      : blank(m_a.featureStore) || saysNone(m_a.featureStore)
                                                          ? QStringLiteral("Feature engineering")
                                                          : m_a.featureStore));
    }

    QString explainability(const ModelEntry &model) const
    {
        const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
        if (approach == QLatin1String("prebuilt-saas"))
            return QStringLiteral("The service's confidence scores, logged with each output");
        if (approach == QLatin1String("foundation-api"))
            return QStringLiteral("Retrieved-source citations and response rationale logging");
        const QString kind = (model.type + QLatin1Char(' ') + model.framework).toLower();
        if (containsAny(kind, {u"genai", u"llm", u"generative", u"foundation"}))
            return QStringLiteral("Retrieved-source citations and response rationale logging");
        if (containsAny(kind, {u"nlp", u"text", u"language"}))
            return QStringLiteral("Attention / token attributions (Integrated Gradients)");
        if (containsAny(kind, {u"vision", u"image", u"cv"}))
            return QStringLiteral("Saliency maps (Grad-CAM)");
        return QStringLiteral("SHAP feature importance (global and per prediction)");
    }

    QString modelCard(const ModelEntry &model) const
    {
        const bool none = m_a.models.isEmpty();
        const QString ph = placeholder("models");
        auto field = [&](const QString &value) { return none ? ph : orDash(value); };
        QStringList sources;
        for (const DataSourceEntry &source : m_a.dataSources)
            if (!blank(source.name))
                sources.append(source.name.simplified());
        QStringList card;
        card << QStringLiteral("## Model Card: %1").arg(none ? ph : TemplateData::cell(modelTitle(model, 0)))
             << QString() << QStringLiteral("### Model Details")
             << QStringLiteral("- Developer: %1").arg(none ? ph : blank(model.owner) ? orDash(m_a.mlLead)
                                                                                      : TemplateData::cell(model.owner))
             << QStringLiteral("- Version: 1.0.0 (semantic versioning in the model registry)")
             << QStringLiteral("- Type: %1").arg(field(model.type))
             << QStringLiteral("- Framework: %1").arg(field(model.framework)) << QString()
             << QStringLiteral("### Intended Use") << QStringLiteral("- Primary: %1").arg(field(model.purpose))
             << QStringLiteral("- Out-of-scope: any use not listed in the model inventory without a new approval")
             << QString() << QStringLiteral("### Training Data")
             << QStringLiteral("- Dataset: %1").arg(sources.isEmpty() ? placeholder("dataSources")
                                                                       : TemplateData::cell(sources.join(QStringLiteral(", "))))
             << QStringLiteral("- Size and date range: recorded with each data version (%1)")
                    .arg(answer(m_a.dataVersioning, "dataVersioning"))
             << QString() << QStringLiteral("### Performance") << QStringLiteral("| Metric | Value |")
             << QStringLiteral("|--------|-------|");
        if (m_a.performanceMetrics.isEmpty())
            card << QStringLiteral("| %1 | Recorded at registration |").arg(placeholder("performanceMetrics"));
        for (const QString &metric : m_a.performanceMetrics)
            card << QStringLiteral("| %1 | Recorded at registration |").arg(TemplateData::cell(metric));
        card << QString() << QStringLiteral("### Limitations")
             << QStringLiteral("- Recorded from the evaluation report before promotion to Production") << QString()
             << QStringLiteral("### Ethical Considerations")
             << QStringLiteral("- Bias analysis results across: %1").arg(fairnessGroupsText())
             << QStringLiteral("- Fairness metrics: demographic parity and equal opportunity difference");
        return card.join(QLatin1Char('\n'));
    }

    QString fairnessGroupsText() const
    {
        if (saysNone(m_a.fairnessMonitoring) || m_a.fairnessMonitoring.trimmed().compare(
                                                    QLatin1String("Not Required"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("not required (fairness monitoring: %1)").arg(TemplateData::cell(m_a.fairnessMonitoring));
        return answer(m_a.protectedGroups, "protectedGroups");
    }

    void dataPipeline()
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
            features.append(Row{{QStringLiteral("group"), blank(source.name) ? QStringLiteral("—")
                                                          : TemplateData::cell(source.name.simplified() + QStringLiteral(" features"))},
                                {QStringLiteral("features"), QStringLiteral("Derived from %1").arg(orDash(source.name))},
                                {QStringLiteral("transformation"), transformation},
                                {QStringLiteral("refresh"), orDash(source.frequency)}});
        }
        if (rows.isEmpty()) {
            const QString ph = placeholder("dataSources");
            const QString dash = QStringLiteral("—");
            rows.append(Row{{QStringLiteral("name"), ph},      {QStringLiteral("type"), dash},
                            {QStringLiteral("frequency"), dash}, {QStringLiteral("volume"), dash},
                            {QStringLiteral("pii"), dash},     {QStringLiteral("owner"), dash}});
            features.append(Row{{QStringLiteral("group"), ph},          {QStringLiteral("features"), dash},
                                {QStringLiteral("transformation"), dash}, {QStringLiteral("refresh"), dash}});
        }
        set("dataSources", rows);
        set("featureGroups", features);

        // A system that trains nothing has no features to store, unless the documents name a store.
        const bool providerOnly = m_provider && !m_trains;
        set("featureStore", providerOnly && blank(m_a.featureStore)
                                ? QStringLiteral("Not applicable: no model is trained; the provider's models take documents, audio and prompts as they are")
                                : answer(m_a.featureStore, "featureStore"));
        const bool noStore = saysNone(m_a.featureStore) || (providerOnly && blank(m_a.featureStore));
        const bool online = hasPattern("real-time") || hasPattern("streaming");
        set("onlineStore", noStore ? QStringLiteral("No - no feature store")
                           : online ? QStringLiteral("Yes - for real-time serving")
                                    : QStringLiteral("No - no real-time serving"));
        set("offlineStore", noStore ? QStringLiteral("No - features are computed in the training pipeline")
                                    : QStringLiteral("Yes - for training"));
        set("featureVersioning", noStore ? QStringLiteral("Disabled") : QStringLiteral("Enabled"));
        set("driftCheck", driftComparison());
        set("dataVersioning", providerOnly && blank(m_a.dataVersioning)
                                  ? QStringLiteral("Golden evaluation sets versioned with the prompts in the project repository")
                                  : answer(m_a.dataVersioning, "dataVersioning"));
        set("platform", answer(m_a.platform, "platform"));
        set("platformCited", cited(answer(m_a.platform, "platform"), "platform", QStringLiteral("Platform")));
    }

    QString driftComparison() const
    {
        if (blank(m_a.driftThreshold))
            return placeholder("driftThreshold");
        return comparison(blank(m_a.driftMethod) ? QString() : m_a.driftMethod.simplified(), m_a.driftThreshold.simplified());
    }

    QString performanceComparison() const
    {
        if (blank(m_a.performanceThreshold))
            return placeholder("performanceThreshold");
        const QString metric = m_a.performanceMetrics.isEmpty() ? QString() : m_a.performanceMetrics.first();
        return comparison(metric, m_a.performanceThreshold.simplified(), QStringLiteral("<"));
    }

    void training()
    {
        QString gpu = QStringLiteral("No");
        QString gpuSpec = QStringLiteral("CPU instances are sufficient for the model types in the inventory");
        for (const ModelEntry &model : m_a.models) {
            const QString kind = (model.type + QLatin1Char(' ') + model.framework).toLower();
            if (containsAny(kind, {u"pytorch", u"tensorflow", u"keras", u"jax", u"nlp", u"vision", u"deep", u"genai", u"llm"})) {
                gpu = QStringLiteral("Yes");
                gpuSpec = QStringLiteral("Accelerated instances for deep learning training, sized per training run");
                break;
            }
        }
        if (m_a.modelType == QLatin1String("foundation-api") || m_a.modelType == QLatin1String("prebuilt-saas")) {
            gpu = QStringLiteral("No");
            gpuSpec = QStringLiteral("Inference runs on the provider's infrastructure");
        }
        set("gpu", gpu);
        set("gpuSpec", gpuSpec);
        set("experimentTracking", answer(m_a.experimentTracking, "experimentTracking"));
        set("orchestration", answer(m_a.orchestration, "orchestration"));
        const bool mlflow = m_a.experimentTracking.contains(QLatin1String("mlflow"), Qt::CaseInsensitive);
        const QString registry = m_platform && m_platform->trainsCustomModels ? m_platform->component(QStringLiteral("registry")) : QString();
        set("registryPlatform", !registry.isEmpty() ? TemplateData::cell(registry)
                                : mlflow ? QStringLiteral("MLflow Model Registry")
                                : blank(m_a.platform) ? placeholder("platform")
                                                      : TemplateData::cell(m_a.platform.simplified() + QStringLiteral(" model registry")));

        // Triggers: section 4 (training) and section 8 (retraining) read the same list.
        QVariantList triggers;
        for (const QString &trigger : m_a.retrainingTriggers) {
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
            if (!row.isEmpty())
                triggers.append(row);
        }
        if (triggers.isEmpty() && m_provider && !m_trains) {
            // Nothing to retrain: what starts a new evaluation of a provider model.
            triggers.append(Row{{QStringLiteral("name"), QStringLiteral("Provider model version")},
                                {QStringLiteral("condition"), QStringLiteral("The provider releases or retires a model version")},
                                {QStringLiteral("action"), QStringLiteral("Golden-set regression, then re-pin")},
                                {QStringLiteral("approval"), withName(QStringLiteral("ML Lead"), m_a.mlLead)}});
            triggers.append(Row{{QStringLiteral("name"), QStringLiteral("Quality below baseline")},
                                {QStringLiteral("condition"), blank(m_a.performanceThreshold) ? QStringLiteral("Golden-set or sampled quality below the pinned baseline")
                                                                                              : performanceComparison()},
                                {QStringLiteral("action"), QStringLiteral("Re-evaluate; switch to the fallback provider")},
                                {QStringLiteral("approval"), withName(QStringLiteral("ML Lead"), m_a.mlLead)}});
            triggers.append(Row{{QStringLiteral("name"), QStringLiteral("Prompt change")},
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

    void serving()
    {
        QVariantList patterns;
        const QString ids = modelIds();
        for (const QString &pattern : m_a.servingPatterns) {
            if (blank(pattern))
                continue;
            Row row{{QStringLiteral("name"), TemplateData::cell(servingPatternLabel(pattern))},
                    {QStringLiteral("models"), ids}};
            if (pattern == QLatin1String("real-time")) {
                row.insert(QStringLiteral("useCase"), QStringLiteral("User-facing predictions"));
                row.insert(QStringLiteral("latency"), blank(m_a.latencyP99) ? QStringLiteral("< 100 ms")
                                                                            : TemplateData::cell(m_a.latencyP99));
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
        set("modelServerNode", node(QStringLiteral("E"), blank(m_a.platform) ? QStringLiteral("Model Server")
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
        set("latencyP50", answer(m_a.latencyP50, "latencyP50"));
        set("latencyP99", answer(m_a.latencyP99, "latencyP99"));
        set("throughput", answer(m_a.throughput, "throughput"));
        set("availability", answer(m_a.availability, "availability"));
        set("performanceRequirementIds", performanceIds.isEmpty() ? dash : TemplateData::cell(performanceIds.join(QStringLiteral(", "))));
        set("availabilityRequirementIds", availabilityIds.isEmpty() ? dash : TemplateData::cell(availabilityIds.join(QStringLiteral(", "))));

        set("deploymentStrategy", blank(m_a.deploymentStrategy) ? placeholder("deploymentStrategy")
                                                                : TemplateData::cell(deploymentStrategyLabel(m_a.deploymentStrategy)));
        set("trafficSplit", answer(m_a.trafficSplit, "trafficSplit"));
        set("rollbackCriteria", answer(m_a.rollbackCriteria, "rollbackCriteria"));
        QStringList success = m_a.performanceMetrics;
        success.removeAll(QString());
        success << QStringLiteral("latency") << QStringLiteral("error rate");
        set("successMetrics", TemplateData::cell(success.join(QStringLiteral(", "))));
    }

    void monitoring()
    {
        set("driftMethod", answer(m_a.driftMethod, "driftMethod"));
        set("driftThreshold", answer(m_a.driftThreshold, "driftThreshold"));
        const bool retrainOnDrift = m_a.retrainingTriggers.contains(QLatin1String("drift"));
        set("driftAction", retrainOnDrift ? QStringLiteral("Alert + evaluate retraining") : QStringLiteral("Alert"));
        set("textDrift", m_a.usesGenAi() || m_a.useCases.contains(QLatin1String("nlp")));

        QVariantList metrics;
        const QString critical = blank(m_a.performanceThreshold) ? placeholder("performanceThreshold")
                                                                 : TemplateData::cell(m_a.performanceThreshold);
        for (const QString &metric : m_a.performanceMetrics)
            if (!blank(metric))
                metrics.append(Row{{QStringLiteral("name"), TemplateData::cell(metric)}, {QStringLiteral("critical"), critical}});
        if (metrics.isEmpty())
            metrics.append(Row{{QStringLiteral("name"), placeholder("performanceMetrics")}, {QStringLiteral("critical"), critical}});
        set("performanceMetrics", metrics);
        set("performanceThreshold", critical);

        const QString fairness = m_a.fairnessMonitoring.trimmed();
        const bool notRequired = saysNone(fairness);
        set("fairnessMonitoring", answer(m_a.fairnessMonitoring, "fairnessMonitoring"));
        set("fairnessRequired", !notRequired);
        QVariantList groups;
        for (const QString &group : m_a.protectedGroups)
            if (!blank(group))
                groups.append(Row{{QStringLiteral("name"), TemplateData::cell(group)}});
        if (groups.isEmpty())
            groups.append(Row{{QStringLiteral("name"), placeholder("protectedGroups")}});
        set("protectedGroups", groups);
        set("protectedGroupsText", fairnessGroupsText());
    }

    void retraining()
    {
        // "90/10", "90% / 10%", "95-5": the champion's and the challenger's share.
        static const QRegularExpression split(QStringLiteral("(\\d{1,3})\\s*%?\\s*[/:\\-]\\s*(\\d{1,3})\\s*%?"));
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

    void llm()
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
        set("llmProviderCited", cited(answer(m_a.llmProvider, "llmProvider"), "llmProvider", QStringLiteral("LLM provider")));
        set("llmModelCited", cited(answer(m_a.llmModel, "llmModel"), "llmModel", QStringLiteral("LLM model")));
        set("llmFineTuned", m_a.modelType == QLatin1String("fine-tuned") ? QStringLiteral("Yes") : QStringLiteral("No"));
        set("promptManagement", answer(m_a.promptManagement, "promptManagement"));
        set("promptAbTesting", m_a.deploymentStrategy == QLatin1String("ab")
                                   ? QStringLiteral("Yes")
                                   : QStringLiteral("No - prompt changes ship through the %1 release")
                                         .arg(m_a.deploymentStrategy == QLatin1String("canary") ? QStringLiteral("canary")
                                              : m_a.deploymentStrategy == QLatin1String("shadow") ? QStringLiteral("shadow")
                                                                                                   : QStringLiteral("staged")));
        QVariantList guardrails;
        for (const QString &guardrail : m_a.guardrails)
            if (!blank(guardrail))
                guardrails.append(Row{{QStringLiteral("name"), TemplateData::cell(guardrail)}});
        if (guardrails.isEmpty())
            guardrails.append(Row{{QStringLiteral("name"), placeholder("guardrails")}});
        set("guardrails", guardrails);
        set("tokenBudget", answer(m_a.tokenBudget, "tokenBudget"));
        const bool noRag = saysNone(m_a.vectorStore);
        set("rag", !noRag);
        set("vectorStore", answer(m_a.vectorStore, "vectorStore"));
        set("embeddingModel", answer(m_a.embeddingModel, "embeddingModel"));
    }

    void governance()
    {
        set("humanOversight", answer(m_a.humanOversight, "humanOversight"));
        // Oversight Required: no output is released without a person, whatever its confidence.
        const bool required = isRequired(m_a.humanOversight);
        set("oversightRequired", required);
        set("oversightHigh", required ? QStringLiteral("Human review") : QStringLiteral("None"));
        set("oversightHighImplementation", required ? QStringLiteral("Reviewer confirms before release") : QStringLiteral("Automated"));
        const bool advisory = m_a.humanOversight.trimmed().compare(QLatin1String("Advisory"), Qt::CaseInsensitive) == 0;
        set("oversightMedium", advisory ? QStringLiteral("Sampled review") : QStringLiteral("Review queue"));
        set("oversightLow", advisory ? QStringLiteral("Review queue") : QStringLiteral("Mandatory review"));
        set("dpiaLink", answer(m_a.dpiaLink, "dpiaLink"));
        set("retention", m_a.isUkGovernment() ? QStringLiteral("7 years (public records)") : QStringLiteral("7 years"));
    }

    void compliance()
    {
        set("ukGov", m_a.isUkGovernment());
        set("mod", m_a.isMod());
        set("atrs", answer(m_a.atrs, "atrs"));
        const bool atrsNotRequired = saysNone(m_a.atrs);
        set("atrsRequired", !atrsNotRequired);
        const QString tier = m_a.atrsTier.trimmed();
        QString tierText;
        if (tier == QLatin1String("1"))
            tierText = QStringLiteral("1: Decision support");
        else if (tier == QLatin1String("2"))
            tierText = QStringLiteral("2: Automated decision");
        set("atrsTier", tier.isEmpty() ? placeholder("atrsTier") : tierText.isEmpty() ? TemplateData::cell(tier) : tierText);
        set("jsp936RiskClass", answer(m_a.jsp936RiskClass, "jsp936RiskClass"));
        const int current = m_a.currentMaturity;
        set("lifecyclePhase", current >= 2 ? QStringLiteral("In-service (operate and monitor)")
                              : current >= 0 ? QStringLiteral("Development and assurance")
                                             : placeholder("currentMaturity"));
    }

    void costs()
    {
        set("trainingCost", answer(m_a.trainingCost, "trainingCost"));
        set("servingCost", answer(m_a.servingCost, "servingCost"));
        set("storageCost", answer(m_a.storageCost, "storageCost"));
        set("monitoringCost", answer(m_a.monitoringCost, "monitoringCost"));
        const QStringList all{m_a.trainingCost, m_a.servingCost, m_a.storageCost, m_a.monitoringCost};
        bool anyBlank = false;
        for (const QString &cost : all)
            anyBlank = anyBlank || blank(cost);
        // An incomplete total would look like a real figure; the blanks already carry placeholders.
        // The serving budget in a sentence: an answer that already says "per month" is not given a second one.
        static const QRegularExpression perMonth(QStringLiteral("(/|per)\\s*(month|mo)\\b|pcm|monthly|a month"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (blank(m_a.servingCost) || notApplicable(m_a.servingCost))
            set("servingBudget", QStringLiteral("the serving budget in Section 14"));
        else
            set("servingBudget", QStringLiteral("the serving budget of %1%2")
                                     .arg(TemplateData::cell(m_a.servingCost),
                                          m_a.servingCost.contains(perMonth) ? QString() : QStringLiteral(" per month")));
        set("totalCost", anyBlank ? QStringLiteral("Sum of the above") : totalCost(all));
        set("mlEngineerFte", answer(m_a.mlEngineerFte, "mlEngineerFte"));
        set("dataScientistFte", answer(m_a.dataScientistFte, "dataScientistFte"));
        set("dataEngineerFte", answer(m_a.dataEngineerFte, "dataEngineerFte"));
    }

    void traceability()
    {
        const QVariantList rows = TraceabilityData::rows(m_in, m_groups, m_platform);
        set("traceability", rows);
        set("hasTraceability", !rows.isEmpty());
    }

    void externalReferences()
    {
        QVariantList rows;
        for (const QString &path : m_in.project.externalFiles) {
            const bool global = path.contains(QLatin1String("000-global/"));
            rows.append(Row{{QStringLiteral("document"), TemplateData::cell(QFileInfo(path).fileName())},
                            {QStringLiteral("type"), externalType(path)},
                            {QStringLiteral("source"), global ? QStringLiteral("Enterprise (000-global)")
                                                              : QStringLiteral("Project external/")},
                            {QStringLiteral("extractions"), QStringLiteral("Not extracted automatically: review manually")},
                            {QStringLiteral("path"), QStringLiteral("`%1`").arg(TemplateData::cell(path).remove(QLatin1Char('`')))}});
        }
        set("externalReferences", rows);
        set("hasExternalReferences", !rows.isEmpty());

        // ArcKit's convention: a Document Register of every document cited or
        // supplied, and a Citations table for the [DOC-Cn] markers in the text.
        QVariantList documents = m_citations.documents();
        for (const QString &path : m_in.project.externalFiles) {
            const QString name = QFileInfo(path).fileName();
            documents.append(Row{{QStringLiteral("docId"), CitationRegister::documentCode(name)},
                                 {QStringLiteral("fileName"), TemplateData::cell(name)},
                                 {QStringLiteral("type"), externalType(path)},
                                 {QStringLiteral("location"), QStringLiteral("`%1`").arg(TemplateData::cell(QFileInfo(path).path()).remove(QLatin1Char('`')))},
                                 {QStringLiteral("description"), QStringLiteral("%1: not extracted automatically, review manually")
                                                                      .arg(path.contains(QLatin1String("000-global/")) ? QStringLiteral("Enterprise (000-global)")
                                                                                                                       : QStringLiteral("Project external/"))}});
        }
        set("documentRegister", documents);
        set("citations", m_citations.citations());
        set("hasCitations", !m_citations.isEmpty());
    }

    const RenderInput &m_in;
    const Answers &m_a;
    CitationRegister m_citations;
    const PlatformComponents m_catalogue;
    const PlatformEntry *m_platform = nullptr;    // the chosen platform's components; nullptr when unknown
    const PlatformEntry *m_llmPlatform = nullptr; // the LLM provider's, for LLM evaluation and guardrails
    const ModelInventoryData m_models;
    bool m_trains = false;   // some model is trained or fine-tuned by the project
    bool m_provider = false; // some model is a foundation-model API or a pre-built service
    QStringList m_groups; // serving group of each requirement
    QVariantHash m_data;
};

} // namespace

QVariantHash TemplateData::build(const RenderInput &input)
{
    return Builder(input).build();
}

QString TemplateData::spaceComparisons(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out.append(c);
        if (c != QLatin1Char('<') && c != QLatin1Char('>'))
            continue;
        if (i + 1 >= text.size())
            break;
        QChar next = text.at(i + 1);
        if (next == QLatin1Char('=')) { // "<=5" -> "<= 5"
            out.append(next);
            ++i;
            if (i + 1 >= text.size())
                break;
            next = text.at(i + 1);
        }
        // "<https://..." is an autolink, "<<" / ">>" and "<>" are not comparisons.
        if (next.isSpace() || next == QLatin1Char('<') || next == QLatin1Char('>'))
            continue;
        if (c == QLatin1Char('<') && text.mid(i + 1, 4).compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            continue;
        out.append(QLatin1Char(' '));
    }
    return out;
}

QString TemplateData::cell(const QString &text)
{
    // Most values need nothing done: return them without copying.
    bool plain = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('|') || c == QLatin1Char('<') || c == QLatin1Char('>')
            || (c.isSpace() && (c != QLatin1Char(' ') || text.at(i - 1) == QLatin1Char(' '))))
            plain = false;
    }
    if (plain)
        return text;

    const QString simple = text.simplified();
    QString out;
    out.reserve(simple.size() + 4);
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar c = simple.at(i);
        if (c == QLatin1Char('|')) {
            // Count the backslashes before it: an odd number already escapes it.
            qsizetype backslashes = 0;
            for (qsizetype j = i - 1; j >= 0 && simple.at(j) == QLatin1Char('\\'); --j)
                ++backslashes;
            if (backslashes % 2 == 0)
                out.append(QLatin1Char('\\'));
        }
        out.append(c);
    }
    return spaceComparisons(out);
}

QString TemplateData::mermaidLabel(const QString &text)
{
    QString out;
    const QString simple = text.simplified();
    out.reserve(simple.size() + 8);
    for (const QChar c : simple) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("#quot;"));
            break;
        case '<':
            out.append(QLatin1String("#lt;"));
            break;
        case '>':
            out.append(QLatin1String("#gt;"));
            break;
        case '|':
            out.append(QLatin1Char('/'));
            break;
        case '`':
            out.append(QLatin1Char('\''));
            break;
        case '#': // would start an entity code such as #quot;
            out.append(QLatin1String("#35;"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QString TemplateData::nextReviewDate(const QString &reviewCycle, const QDate &from)
{
    const QString cycle = reviewCycle.trimmed().toLower();
    if (cycle.isEmpty())
        return {};
    int months = 0;
    if (cycle == QLatin1String("monthly"))
        months = 1;
    else if (cycle == QLatin1String("quarterly"))
        months = 3;
    else if (cycle == QLatin1String("semi-annual") || cycle == QLatin1String("semi-annually")
             || cycle == QLatin1String("six-monthly") || cycle == QLatin1String("biannual"))
        months = 6;
    else if (cycle == QLatin1String("annual") || cycle == QLatin1String("annually") || cycle == QLatin1String("yearly"))
        months = 12;
    else if (cycle == QLatin1String("on-demand") || cycle == QLatin1String("on demand") || cycle == QLatin1String("ondemand"))
        return QStringLiteral("On-Demand");
    if (months > 0)
        return from.addMonths(months).toString(Qt::ISODate);
    return QStringLiteral("Per the %1 review cycle").arg(reviewCycle.simplified());
}

bool TemplateData::isTraced(const Requirement &requirement)
{
    return requirement.ml || !requirement.servingGroup().isEmpty();
}

QString TemplateData::mlopsElement(const Requirement &requirement, const Answers &answers)
{
    return TraceabilityData::mlopsElement(requirement, answers);
}

} // namespace arckit
