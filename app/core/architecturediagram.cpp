#include "architecturediagram.h"

#include "modelinventorydata.h"
#include "templatedata.h"
#include "templatevalues.h"

namespace arckit {

using namespace templatevalues;

namespace {

// "Model registry: Amazon SageMaker Model Registry"; the component's remarks in
// parentheses are left to the sections' tables, so that the boxes stay readable.
QString named(const QString &what, const PlatformEntry *platform, const char *concern)
{
    QString component = platform ? platform->component(QLatin1String(concern)) : QString();
    const qsizetype paren = component.indexOf(QLatin1String(" ("));
    if (paren > 0)
        component.truncate(paren);
    return component.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, component);
}

} // namespace

QString ArchitectureDiagram::flowchart(const Answers &a, const PlatformEntry *platform)
{
    QStringList out;
    out << QStringLiteral("flowchart LR");
    const QString indent = QStringLiteral("    ");
    const QString inner = QStringLiteral("        ");

    // Data sources
    out << indent + QStringLiteral("subgraph DATA[\"Data sources\"]");
    QStringList dataIds;
    for (const DataSourceEntry &source : a.dataSources) {
        if (blank(source.name))
            continue;
        const QString id = QStringLiteral("D%1").arg(dataIds.size() + 1);
        out << inner + node(id, source.name);
        dataIds.append(id);
    }
    if (dataIds.isEmpty()) {
        out << inner + node(QStringLiteral("D1"), QStringLiteral("Inputs from users and case systems"));
        dataIds.append(QStringLiteral("D1"));
    }
    out << indent + QStringLiteral("end");

    bool trains = false;
    bool provider = false;
    for (const ModelEntry &model : a.models) {
        trains = trains || trainedByProject(model, a);
        provider = provider || providerModel(model, a);
    }
    if (a.models.isEmpty())
        trains = !(a.modelType == QLatin1String("foundation-api") || a.modelType == QLatin1String("prebuilt-saas"));

    if (trains) {
        // A platform of ready-made models does not train the project's own: name no component for that.
        const PlatformEntry *trainer = platform && platform->trainsCustomModels ? platform : nullptr;
        out << indent + QStringLiteral("subgraph TRAIN[\"Training\"]");
        out << inner + node(QStringLiteral("T1"), named(QStringLiteral("Training pipeline"), trainer, "pipelines"));
        out << inner + node(QStringLiteral("T2"), named(QStringLiteral("Model registry"), trainer, "registry"));
        out << indent + QStringLiteral("end");
    }
    if (provider) {
        out << indent + QStringLiteral("subgraph EVAL[\"Evaluation\"]");
        out << inner + node(QStringLiteral("E1"), named(QStringLiteral("Golden-set regression, pinned model versions"),
                                                        platform, "llmEvaluation"));
        out << indent + QStringLiteral("end");
    }

    // Models grouped by capability
    QStringList capabilities;
    QHash<QString, QStringList> members; // capability -> node lines
    QStringList modelIds;
    QList<bool> trained;
    for (int i = 0; i < a.models.size(); ++i) {
        const ModelEntry &model = a.models.at(i);
        QString capability = model.capability.simplified();
        if (capability.isEmpty())
            capability = ModelInventoryData::aiType(model);
        if (capability.isEmpty())
            capability = QStringLiteral("Models");
        if (!members.contains(capability))
            capabilities.append(capability);
        const QString id = QStringLiteral("M%1").arg(i + 1);
        QString label = modelTitle(model, i);
        const QString approach = blank(model.approach) ? a.modelType : model.approach;
        if (!blank(model.service) && !label.contains(model.service.simplified()))
            label += QStringLiteral(": ") + model.service.simplified();
        if (!blank(approach))
            label += QStringLiteral(" (") + Answers::modelTypeLabel(approach) + QLatin1Char(')');
        members[capability].append(inner + node(id, label));
        modelIds.append(id);
        trained.append(trainedByProject(model, a));
    }
    if (a.models.isEmpty()) {
        capabilities.append(QStringLiteral("Models"));
        members[QStringLiteral("Models")].append(
            inner + node(QStringLiteral("M1"), QStringLiteral("Model inventory to be completed (Section 2)")));
        modelIds.append(QStringLiteral("M1"));
        trained.append(trains);
    }
    for (int c = 0; c < capabilities.size(); ++c) {
        out << indent + QStringLiteral("subgraph CAP%1[\"%2\"]")
                            .arg(c + 1)
                            .arg(TemplateData::mermaidLabel(capabilities.at(c)));
        out << members.value(capabilities.at(c));
        out << indent + QStringLiteral("end");
    }

    // Serving
    out << indent + QStringLiteral("subgraph SERVE[\"Serving\"]");
    QStringList servingIds;
    for (const QString &pattern : a.servingPatterns) {
        QString label;
        if (pattern == QLatin1String("real-time"))
            label = named(QStringLiteral("Real-time API"), platform, "serving");
        else if (pattern == QLatin1String("batch"))
            label = named(QStringLiteral("Batch jobs"), platform, "batchInference");
        else if (pattern == QLatin1String("streaming"))
            label = QStringLiteral("Streaming consumer");
        else if (!blank(pattern))
            label = pattern;
        if (label.isEmpty())
            continue;
        const QString id = QStringLiteral("S%1").arg(servingIds.size() + 1);
        out << inner + node(id, label);
        servingIds.append(id);
    }
    if (servingIds.isEmpty()) {
        out << inner + node(QStringLiteral("S1"), named(QStringLiteral("Application API"), platform, "serving"));
        servingIds.append(QStringLiteral("S1"));
    }
    out << indent + QStringLiteral("end");

    out << indent + QStringLiteral("subgraph MON[\"Monitoring\"]");
    out << inner + node(QStringLiteral("O1"),
                        named(provider && !trains ? QStringLiteral("Quality, latency and cost monitoring")
                                                  : QStringLiteral("Drift and performance monitoring"),
                              platform, "monitoring"));
    out << indent + QStringLiteral("end");

    out << indent + QStringLiteral("subgraph GOV[\"Governance\"]");
    const QString oversight = blank(a.humanOversight) || notApplicable(a.humanOversight)
                                  ? QStringLiteral("Human oversight")
                                  : QStringLiteral("Human oversight: ") + a.humanOversight.simplified();
    out << inner + node(QStringLiteral("G1"), oversight);
    out << inner + node(QStringLiteral("G2"), QStringLiteral("Model cards, approvals and audit trail"));
    out << indent + QStringLiteral("end");

    // Edges: data feeds training (trained models) or the models directly (provider models).
    for (const QString &d : std::as_const(dataIds)) {
        if (trains)
            out << indent + edge(d, QStringLiteral("T1"));
    }
    if (trains)
        out << indent + edge(QStringLiteral("T1"), QStringLiteral("T2"));
    for (int i = 0; i < modelIds.size(); ++i) {
        if (trained.at(i)) {
            out << indent + edge(QStringLiteral("T2"), modelIds.at(i), QStringLiteral("deploy"));
        } else {
            for (const QString &d : std::as_const(dataIds))
                out << indent + edge(d, modelIds.at(i));
            if (provider && i < a.models.size() && providerModel(a.models.at(i), a))
                out << indent + edge(QStringLiteral("E1"), modelIds.at(i), QStringLiteral("release gate"));
        }
        for (const QString &s : std::as_const(servingIds))
            out << indent + edge(modelIds.at(i), s);
    }
    for (const QString &s : std::as_const(servingIds))
        out << indent + edge(s, QStringLiteral("O1"));
    out << indent + edge(QStringLiteral("O1"), QStringLiteral("G1"), QStringLiteral("alerts"));
    out << indent + edge(QStringLiteral("G1"), QStringLiteral("G2"));
    return out.join(QLatin1Char('\n'));
}

} // namespace arckit
