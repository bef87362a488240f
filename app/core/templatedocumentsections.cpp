// The template's values for the document's own parts: Document Control, the
// modes and platform components, overview, executive summary, roadmap and
// external references.
#include "templatedatabuilder.h"

namespace arckit::templatebuilder {

void Builder::modes()
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
void Builder::platformComponents()
{
    const QString platformName =
        blank(m_a.platform) || notApplicable(m_a.platform) ? QString() : m_a.platform.simplified();
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
    // A platform the catalogue does not name components for (or none chosen
    // yet): its own pipelines and tracking are recommended, on the platform's
    // name or its placeholder.
    const QString onPlatform =
        notApplicable(m_a.platform)
            ? QString()
            : QStringLiteral(" on ") +
                  (platformName.isEmpty() ? placeholder("platform") : TemplateData::cell(platformName));
    const QString recommended = QStringLiteral(" (recommended — confirm)");
    set("cPipelines", blank(m_a.orchestration)
                          ? component("pipelines", trainer, QStringLiteral("Pipelines") + onPlatform + recommended)
                          : answer(m_a.orchestration, "orchestration"));
    set("cExperimentTracking",
        blank(m_a.experimentTracking)
            ? component("experimentTracking", trainer, QStringLiteral("Experiment tracking") + onPlatform + recommended)
            : answer(m_a.experimentTracking, "experimentTracking"));
    set("cRegistry", component("registry", trainer, QStringLiteral("Model registry") + on));
    set("cServing", component("serving", m_platform, QStringLiteral("Model serving endpoints") + on));
    set("cBatchInference", component("batchInference", m_platform, QStringLiteral("Batch scoring jobs") + on));
    set("cMonitoring", component("monitoring", m_platform, QStringLiteral("Monitoring console") + on));
    set("cExplainability",
        component("explainability", m_platform, QStringLiteral("Explainability and fairness tooling") + on));
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

void Builder::executiveSummary()
{
    const QString system = blank(m_a.systemName) ? m_in.project.name.simplified() : m_a.systemName.simplified();
    set("summarySystem", TemplateData::cell(system));
    set("summaryPurpose", cited(answer(m_a.businessPurpose, "businessPurpose"), "businessPurpose",
                                QStringLiteral("Executive Summary: purpose")));
    QStringList capabilityNames;
    for (const ModelEntry &model : m_a.models) {
        const QString c = model.capability.simplified();
        if (!c.isEmpty() && !capabilityNames.contains(c))
            capabilityNames.append(c);
    }
    set("summaryModels",
        m_a.models.isEmpty()
            ? QStringLiteral("No model is in the inventory yet (%1).").arg(placeholder("models"))
            : QStringLiteral("%1 %2 across %3 %4: %5.")
                  .arg(m_a.models.size())
                  .arg(m_a.models.size() == 1 ? QStringLiteral("model") : QStringLiteral("models"))
                  .arg(qMax<qsizetype>(1, capabilityNames.size()))
                  .arg(capabilityNames.size() == 1 ? QStringLiteral("capability") : QStringLiteral("capabilities"))
                  .arg(capabilityNames.isEmpty() ? modelIds()
                                                 : TemplateData::cell(capabilityNames.join(QStringLiteral(", ")))));
    const QString current =
        m_a.currentMaturity < 0 ? placeholder("currentMaturity") : Answers::maturityLabel(m_a.currentMaturity);
    const QString target =
        m_a.targetMaturity < 0 ? placeholder("targetMaturity") : Answers::maturityLabel(m_a.targetMaturity);
    // The levels cite what suggests them, the timeline the plan's milestone.
    QString maturity = cited(QStringLiteral("%1 now, %2").arg(current, target), "currentMaturity",
                             QStringLiteral("Executive Summary: maturity")) +
                       QStringLiteral(" by ") +
                       cited(answer(m_a.targetTimeline, "targetTimeline"), "targetTimeline",
                             QStringLiteral("Executive Summary: target timeline"));
    if (!blank(m_a.maturityReason))
        maturity += QStringLiteral(". Why: ") + TemplateData::cell(m_a.maturityReason);
    set("summaryMaturity", maturity);

    QVariantList decisions;
    // A choice no document states was either given by the architect (the
    // wizard or an answers file) or derived here (origin: "recommended",
    // "follows from ..."); the rationale says which.
    auto decision = [&](const QString &name, const QString &choice, const char *field, const QString &rationale,
                        const QString &fallbackSource = {}, const QString &origin = {}) {
        QString where = m_a.sources.value(QLatin1String(field));
        if (where.isEmpty())
            where = fallbackSource;
        QString source = QStringLiteral("—");
        QString why = rationale;
        if (!where.isEmpty()) {
            source = m_citations.cite(where, QStringLiteral("Key Design Decisions: ") + name) + QStringLiteral(" `") +
                     TemplateData::cell(where).remove(QLatin1Char('`')) + QLatin1Char('`');
        } else if (!origin.isEmpty()) {
            why += QStringLiteral(" (%1; no document states it)").arg(origin);
        } else if (!choice.contains(QLatin1Char('['))) {
            why += QStringLiteral(" (chosen in the wizard; no document states it)");
        }
        decisions.append(QVariantHash{{QStringLiteral("decision"), name},
                                      {QStringLiteral("choice"), choice},
                                      {QStringLiteral("rationale"), why},
                                      {QStringLiteral("source"), source}});
    };
    decision(QStringLiteral("Platform"),
             blank(m_a.platform) ? placeholder("platform") : answer(m_a.platform, "platform"), "platform",
             blank(m_a.platform)
                 ? QStringLiteral("Not decided: no requirement, accepted ADR or research recommendation decides it")
             : m_platform
                 ? QStringLiteral("Named components from the %1 documentation (as of %2) in Sections 4 to 10")
                       .arg(TemplateData::cell(m_platform->name), TemplateData::cell(m_catalogue.documentationDate()))
                 : QStringLiteral("The platform the documents decide"));
    // Model approach: the approaches of the inventory, else the answer.
    const QMap<QString, QStringList> approaches = approachesOfModels();
    // The line that says how a model is obtained; where a model is only
    // described says nothing of how it is obtained.
    QString approachSource;
    for (const ModelEntry &model : m_a.models)
        if (approachSource.isEmpty() && !blank(model.approachSource))
            approachSource = model.approachSource;
    QStringList approachText;
    for (auto it = approaches.cbegin(); it != approaches.cend(); ++it)
        approachText.append(QStringLiteral("%1 (%2)").arg(it.key().isEmpty() ? placeholder("modelType") : it.key(),
                                                          it.value().join(QStringLiteral(", "))));
    decision(QStringLiteral("Model approach"),
             approachText.isEmpty()
                 ? (blank(m_a.modelType) ? placeholder("modelType") : Answers::modelTypeLabel(m_a.modelType))
                 : TemplateData::cell(approachText.join(QStringLiteral("; "))),
             "modelType", approachRationale(approaches), approachSource);
    QStringList sources;
    for (const DataSourceEntry &source : m_a.dataSources)
        if (!blank(source.name))
            sources.append(source.name.simplified());
    decision(QStringLiteral("Training data"),
             !m_trains           ? QStringLiteral("None held by the project")
             : sources.isEmpty() ? placeholder("dataSources")
                                 : TemplateData::cell(sources.join(QStringLiteral(", "))),
             "dataSources",
             !m_trains
                 ? QStringLiteral(
                       "The provider's pre-trained models; the provider's terms must exclude training on project data")
                 : QStringLiteral("The sources that feed training (Section 3)"),
             {}, !m_trains ? QStringLiteral("follows from the model approach: no model is trained here") : QString());
    QString monitoringChoice;
    if (m_trains)
        monitoringChoice =
            QStringLiteral("Drift (%1) and performance (%2)")
                .arg(blank(m_a.driftMethod)
                         ? Recommendations::brief(Recommendations::of(m_a, QStringLiteral("driftMethod")))
                         : answer(m_a.driftMethod, "driftMethod"),
                     m_a.performanceMetrics.isEmpty() && !Recommendations::metrics(m_a).isEmpty()
                         ? TemplateData::cell(QStringLiteral("recommended: ") +
                                              Recommendations::metrics(m_a).join(QStringLiteral(", ")))
                         : answer(m_a.performanceMetrics, "performanceMetrics"));
    else
        monitoringChoice = QStringLiteral("Golden-set regression, quality sampling, latency and cost per request");
    // Unanswered, the monitoring is the recommendation for the models' kind.
    const bool monitoringRecommended = !m_trains || blank(m_a.driftMethod);
    decision(QStringLiteral("Monitoring"), monitoringChoice, m_trains ? "driftMethod" : "performanceMetrics",
             QStringLiteral("Section 7, in %1").arg(m_data.value(QStringLiteral("cMonitoring")).toString()), {},
             monitoringRecommended ? QStringLiteral("recommended for these models") : QString());
    decision(QStringLiteral("Human oversight"), answer(m_a.humanOversight, "humanOversight"), "humanOversight",
             isRequired(m_a.humanOversight)
                 ? QStringLiteral("Every output affecting a person is reviewed by a person (Section 12)")
             : blank(m_a.humanOversight)
                 ? QStringLiteral("To be decided with the risk assessment")
                 : QStringLiteral("People review low-confidence outputs and appeals (Section 12)"));
    set("keyDecisions", decisions);
}

bool Builder::isRequired(const QString &oversight)
{
    return oversight.trimmed().compare(QLatin1String("Required"), Qt::CaseInsensitive) == 0;
}

void Builder::roadmap()
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
        rows.append(QVariantHash{{QStringLiteral("phase"), QStringLiteral("—")},
                                 {QStringLiteral("level"), why},
                                 {QStringLiteral("adds"), QStringLiteral("—")},
                                 {QStringLiteral("here"), QStringLiteral("—")},
                                 {QStringLiteral("timeline"), QStringLiteral("—")}});
    } else {
        for (int level = current + 1; level <= target && level <= 4; ++level) {
            QString here = QLatin1String(m_trains ? trained[level] : provided[level]);
            if (m_trains && m_provider)
                here = QStringLiteral("%1; provider models: %2").arg(here, QLatin1String(provided[level]));
            rows.append(
                QVariantHash{{QStringLiteral("phase"), QString::number(level - current)},
                             {QStringLiteral("level"), Answers::maturityLabel(level)},
                             {QStringLiteral("adds"), QLatin1String(adds[level])},
                             {QStringLiteral("here"), here},
                             {QStringLiteral("timeline"), level == target ? answer(m_a.targetTimeline, "targetTimeline")
                                                                          : QStringLiteral("Before the target")}});
        }
    }
    set("roadmap", rows);
}

void Builder::documentControl()
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
    const QString changes =
        !m_in.revisionChanges.trimmed().isEmpty() ? TemplateData::cell(m_in.revisionChanges)
        : version == QLatin1String("1.0")
            ? QStringLiteral("Initial creation from `/arckit.mlops` command")
            : QStringLiteral("Version %1 generated from `/arckit.mlops` command").arg(TemplateData::cell(version));
    set("revisionChanges", changes);
    QStringList rows;
    for (const QString &row : m_in.previousRevisionRows)
        rows.append(row.trimmed());
    rows.append(QStringLiteral("| %1 | %2 | %3 | %4 | PENDING | PENDING |")
                    .arg(TemplateData::cell(version), m_in.date.toString(Qt::ISODate),
                         TemplateData::cell(m_in.generator), changes));
    set("revisionRows", rows.join(QLatin1Char('\n')));
    set("arckitVersion", QStringLiteral(ARCKIT_VERSION));
    set("generationModel", QStringLiteral("None (deterministic template rendering, no AI model)"));
}

// Why the approaches lead where they do. A model whose approach is not stated
// is not one the project trains: it keeps the training sections until chosen.
QString Builder::approachRationale(const QMap<QString, QStringList> &approaches) const
{
    static const QString unknown =
        QStringLiteral("until the approach is chosen, the training pipeline, registry and retraining sections stay in");
    if (!m_approachStated)
        return QStringLiteral("Not stated in the documents: ") + unknown;
    // m_trains counts a model with no approach (its sections stay in); here
    // only a model known to be trained counts. A provider's model always has an approach.
    bool trains = m_a.models.isEmpty() && m_trains;
    for (const ModelEntry &model : m_a.models) {
        const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
        trains = trains || (!blank(approach) && !providerModel(model, m_a));
    }
    const bool provider = m_provider;
    QString rationale =
        trains && provider
            ? QStringLiteral("Provider models where a service meets the need; the project trains the others")
        : provider ? QStringLiteral("Provider models: evaluation, version pinning and provider terms replace training")
                   : QStringLiteral("The project trains its models: training pipeline, registry and retraining apply");
    const QStringList open = approaches.value(QString());
    if (!open.isEmpty())
        rationale += QStringLiteral(". Not stated for %1: %2").arg(open.join(QStringLiteral(", ")), unknown);
    return rationale;
}

QMap<QString, QStringList> Builder::approachesOfModels() const
{
    QMap<QString, QStringList> approaches;
    for (int i = 0; i < m_a.models.size(); ++i) {
        const ModelEntry &model = m_a.models.at(i);
        const QString approach = blank(model.approach) ? m_a.modelType : model.approach;
        approaches[blank(approach) ? QString() : Answers::modelTypeLabel(approach)].append(modelId(model, i));
    }
    return approaches;
}

void Builder::overview()
{
    set("systemName", answer(m_a.systemName, "systemName"));
    set("businessPurpose", answer(m_a.businessPurpose, "businessPurpose"));
    set("useCases", answer(m_a.useCases, "useCases", &Answers::useCaseLabel));
    set("userImpact", answer(m_a.userImpact, "userImpact"));
    // Models obtained in different ways, each stated: the system's type is theirs, per model.
    const QMap<QString, QStringList> approaches = approachesOfModels();
    QStringList perModel;
    if (blank(m_a.modelType) && !approaches.isEmpty() && !approaches.contains(QString()))
        for (auto it = approaches.cbegin(); it != approaches.cend(); ++it)
            perModel.append(QStringLiteral("%1 (%2)").arg(it.key(), it.value().join(QStringLiteral(", "))));
    set("modelType", !perModel.isEmpty()
                         ? TemplateData::cell(QStringLiteral("Per model: ") + perModel.join(QStringLiteral("; ")))
                     : blank(m_a.modelType) ? placeholder("modelType")
                                            : TemplateData::cell(Answers::modelTypeLabel(m_a.modelType)));
    set("regime", blank(m_a.regime) ? placeholder("regime") : TemplateData::cell(Answers::regimeLabel(m_a.regime)));

    const int current = m_a.currentMaturity;
    const int target = m_a.targetMaturity;
    const QString timeline = answer(m_a.targetTimeline, "targetTimeline");
    QVariantList rows;
    for (int level = 0; level <= 4; ++level) {
        Row row;
        row.insert(QStringLiteral("level"), Answers::maturityLabel(level));
        row.insert(QStringLiteral("current"), current < 0        ? placeholder("currentMaturity")
                                              : level <= current ? QStringLiteral("Yes")
                                                                 : QStringLiteral("No"));
        QString targetCell = QStringLiteral("-");
        QString timelineCell = QStringLiteral("-");
        if (level > 0 || target == 0) {
            targetCell = target < 0        ? placeholder("targetMaturity")
                         : level <= target ? QStringLiteral("Yes")
                                           : QStringLiteral("No");
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
    set("targetTimeline", cited(timeline, "targetTimeline", QStringLiteral("Section 2: MLOps maturity timeline")));

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

void Builder::externalReferences()
{
    // What the profile read from a supplied file (a model card's model name
    // and owner): the models that cite it, with the lines.
    auto readInto = [this](const QString &path) {
        QStringList uses;
        for (int i = 0; i < m_a.models.size(); ++i) {
            QStringList lines;
            for (const QString &source : m_a.models.at(i).evidence)
                if (source.startsWith(path + QLatin1Char(':')))
                    lines.append(source.mid(path.size() + 1));
            if (!lines.isEmpty())
                uses.append(QStringLiteral("%1 (line%2 %3)")
                                .arg(modelId(m_a.models.at(i), i), lines.size() > 1 ? QStringLiteral("s") : QString(),
                                     lines.join(QStringLiteral(", "))));
        }
        return uses.join(QStringLiteral("; "));
    };
    QVariantList rows;
    for (const QString &path : m_in.project.externalFiles) {
        const bool global = path.contains(QLatin1String("000-global/"));
        const QString read = readInto(path);
        rows.append(Row{
            {QStringLiteral("document"), TemplateData::cell(QFileInfo(path).fileName())},
            {QStringLiteral("type"), externalType(path)},
            {QStringLiteral("source"),
             global ? QStringLiteral("Enterprise (000-global)") : QStringLiteral("Project external/")},
            {QStringLiteral("extractions"),
             read.isEmpty() ? QStringLiteral("Not extracted automatically: review manually")
                            : TemplateData::cell(QStringLiteral("Read into the model inventory: ") + read)},
            {QStringLiteral("path"), QStringLiteral("`%1`").arg(TemplateData::cell(path).remove(QLatin1Char('`')))}});
    }
    set("externalReferences", rows);
    set("hasExternalReferences", !rows.isEmpty());

    // ArcKit's convention: a Document Register of every document cited or
    // supplied, and a Citations table for the [DOC-Cn] markers in the text.
    QVariantList documents = m_citations.documents();
    for (const QString &path : m_in.project.externalFiles) {
        const QString name = QFileInfo(path).fileName();
        const QString read = readInto(path);
        const QString where = path.contains(QLatin1String("000-global/")) ? QStringLiteral("Enterprise (000-global)")
                                                                          : QStringLiteral("Project external/");
        documents.append(
            Row{{QStringLiteral("docId"), CitationRegister::documentCode(name)},
                {QStringLiteral("fileName"), TemplateData::cell(name)},
                {QStringLiteral("type"), externalType(path)},
                {QStringLiteral("location"),
                 QStringLiteral("`%1`").arg(TemplateData::cell(QFileInfo(path).path()).remove(QLatin1Char('`')))},
                {QStringLiteral("description"),
                 read.isEmpty()
                     ? QStringLiteral("%1: not extracted automatically, review manually").arg(where)
                     : TemplateData::cell(QStringLiteral("%1, read into the model inventory: %2").arg(where, read))}});
    }
    set("documentRegister", documents);
    set("citations", m_citations.citations());
    set("hasCitations", !m_citations.isEmpty());
}

} // namespace arckit::templatebuilder
