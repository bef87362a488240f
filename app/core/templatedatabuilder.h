#pragma once
// The builder behind TemplateData::build: one pass over the answers, the
// requirements and the platform catalogue that fills the template's values.
// Internal to the engine. Its parts are grouped by what they fill, one file
// each: the document's own parts, the models and their data, and running them.

#include "templatedata.h"
#include "textexpression.h"

#include "architecturediagram.h"
#include "citationregister.h"
#include "modelinventorydata.h"
#include "money.h"
#include "platformcomponents.h"
#include "recommendations.h"
#include "templatevalues.h"
#include "traceabilitydata.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QStringMatcher>
#include <QVariantList>

#include <optional>

namespace arckit::templatebuilder {

using namespace templatevalues;

// "PSI" + "0.2" -> "PSI > 0.2"; a threshold that already compares is kept.
inline QString comparison(const QString &metric, const QString &threshold, const QString &op = QStringLiteral(">"))
{
    static const TextExpression comparator(QStringLiteral("[<>=≤≥]"));
    if (threshold.contains(comparator))
        return TemplateData::cell(threshold);
    if (blank(metric))
        return TemplateData::cell(op + QLatin1Char(' ') + threshold);
    return TemplateData::cell(metric + QLatin1Char(' ') + op + QLatin1Char(' ') + threshold);
}

inline QString servingPatternLabel(const QString &key)
{
    if (key == QLatin1String("real-time"))
        return QStringLiteral("Real-time");
    if (key == QLatin1String("batch"))
        return QStringLiteral("Batch");
    if (key == QLatin1String("streaming"))
        return QStringLiteral("Streaming");
    return key;
}

inline QString deploymentStrategyLabel(const QString &key)
{
    if (key == QLatin1String("canary"))
        return QStringLiteral("Canary");
    if (key == QLatin1String("shadow"))
        return QStringLiteral("Shadow");
    if (key == QLatin1String("ab"))
        return QStringLiteral("A/B Testing");
    return key;
}

inline QString withName(const QString &role, const QString &name)
{
    return blank(name) ? role : QStringLiteral("%1 (%2)").arg(role, TemplateData::cell(name));
}

// The monthly costs added up; "Sum of the above" when one is no monthly
// amount or they are in different currencies. A cost the system does not
// have adds nothing.
inline QString totalCost(const QStringList &costs)
{
    double total = 0;
    QString currency;
    for (const QString &cost : costs) {
        if (saysNone(cost))
            continue;
        const std::optional<Money> parsed = Money::parseMonthly(cost);
        if (!parsed)
            return QStringLiteral("Sum of the above");
        if (!parsed->currency.isEmpty()) {
            if (!currency.isEmpty() && currency != parsed->currency)
                return QStringLiteral("Sum of the above");
            currency = parsed->currency;
        }
        total += parsed->amount;
    }
    return Money::format(total, currency);
}

inline QString externalType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("docx") || suffix == QLatin1String("odt"))
        return QStringLiteral("Word document");
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") ||
        suffix == QLatin1String("ods"))
        return QStringLiteral("Spreadsheet");
    if (suffix == QLatin1String("ppt") || suffix == QLatin1String("pptx") || suffix == QLatin1String("odp"))
        return QStringLiteral("Presentation");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("Markdown");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("Text");
    if (suffix == QLatin1String("json") || suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return QStringLiteral("Configuration");
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
        suffix == QLatin1String("svg"))
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
            m_approachStated = m_approachStated || !blank(model.approach);
        }
        m_approachStated = m_approachStated || !blank(m_a.modelType);
        if (m_a.models.isEmpty()) {
            m_provider =
                m_a.modelType == QLatin1String("foundation-api") || m_a.modelType == QLatin1String("prebuilt-saas");
            m_trains = !m_provider;
        }
        // Worked out once: the performance table and the traceability table both need it.
        m_groups.reserve(input.requirements.size());
        for (const Requirement &requirement : input.requirements)
            m_groups.append(requirement.servingGroup());
    }

    QVariantHash build();

private:
    void set(const char *key, const QVariant &value) { m_data.insert(QLatin1String(key), value); }

    // Shared by the parts (templatedata.cpp).
    QString modelIds() const;
    QString cited(const QString &value, const char *field, const QString &usedIn);

    // A scanned project (it has documents) without a document of this type:
    // the strategy can say the document is still to be written.
    bool projectLacks(const QString &type) const
    {
        return !m_in.project.artifacts.isEmpty() && m_in.project.latest(type) == nullptr;
    }
    bool hasPattern(const char *key) const { return m_a.servingPatterns.contains(QLatin1String(key)); }
    // The answer, else what the strategy recommends for it ("Recommended: ...
    // — confirm"), else its placeholder.
    QString orRecommended(const QString &value, const char *field) const
    {
        if (!blank(value))
            return answer(value, field);
        const QString recommended = Recommendations::text(Recommendations::of(m_a, QLatin1String(field)));
        return recommended.isEmpty() ? placeholder(field) : recommended;
    }
    // The retraining triggers answered, else the ones recommended for a system that trains.
    QStringList retrainingTriggers() const
    {
        if (!m_a.retrainingTriggers.isEmpty() || !m_trains)
            return m_a.retrainingTriggers;
        return Recommendations::items(m_a, QStringLiteral("retrainingTriggers"));
    }

    // The document's own parts (templatedocumentsections.cpp): Document Control,
    // overview, executive summary, roadmap, external references.
    void modes();
    void platformComponents();
    void executiveSummary();
    static bool isRequired(const QString &oversight);
    void roadmap();
    void documentControl();
    void overview();
    // How the inventory's models are obtained: "Custom trained (MOD-001, MOD-002)",
    // one entry per approach; a model with none (nor a model type) under an empty label.
    QMap<QString, QStringList> approachesOfModels() const;
    QString approachRationale(const QMap<QString, QStringList> &approaches) const;
    void externalReferences();

    // The models and their data (templatemodelsections.cpp): inventory, model
    // cards, data pipeline, training.
    void inventory();
    QString explainability(const ModelEntry &model) const;
    QString modelCard(const ModelEntry &model) const;
    QString fairnessGroupsText() const;
    // The critical performance threshold recommended with the recommended metrics.
    QString recommendedCriticalThreshold() const;
    void dataPipeline();
    QString driftComparison() const;
    QString performanceComparison() const;
    void training();

    // Running them (templateoperationsections.cpp): serving, monitoring,
    // retraining, LLM operations, governance, compliance, costs, traceability.
    void serving();
    QString servingLatency() const;
    void monitoring();
    void retraining();
    void llm();
    void governance();
    void compliance();
    void costs();
    void traceability();

    const RenderInput &m_in;
    const Answers &m_a;
    CitationRegister m_citations;
    const PlatformComponents m_catalogue;
    const PlatformEntry *m_platform = nullptr;    // the chosen platform's components; nullptr when unknown
    const PlatformEntry *m_llmPlatform = nullptr; // the LLM provider's, for LLM evaluation and guardrails
    const ModelInventoryData m_models;
    bool m_trains = false; // some model is trained or fine-tuned by the project
    // (or its approach is not stated yet: the training sections stay until it is)
    bool m_approachStated = false; // an approach is known for some model, or the model type answered
    bool m_provider = false;       // some model is a foundation-model API or a pre-built service
    QStringList m_groups;          // serving group of each requirement
    QVariantHash m_data;
};

} // namespace arckit::templatebuilder
