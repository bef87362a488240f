#include "templatedata.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringMatcher>
#include <QVariantList>

#include <optional>

namespace arckit {

namespace {

using Row = QVariantHash;

QString placeholder(const char *field)
{
    return DocumentRenderer::placeholderFor(QLatin1String(field));
}

bool blank(const QString &value)
{
    return value.trimmed().isEmpty();
}

// The answer as a table cell, or its field's placeholder when there is none.
QString answer(const QString &value, const char *field)
{
    return blank(value) ? placeholder(field) : TemplateData::cell(value);
}

QString answer(const QStringList &values, const char *field, QString (*label)(const QString &) = nullptr)
{
    QStringList items;
    for (const QString &value : values)
        if (!blank(value))
            items.append(label ? label(value) : value);
    return items.isEmpty() ? placeholder(field) : TemplateData::cell(items.join(QStringLiteral(", ")));
}

// "None", "N/A", "not used": an answer that says the thing does not exist.
bool saysNone(const QString &value)
{
    static const QRegularExpression none(
        QStringLiteral("^\\s*(none|no|n/?a|not used|not applicable|not required)\\s*\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return none.match(value).hasMatch();
}

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

QString orDash(const QString &value)
{
    return blank(value) ? QStringLiteral("—") : TemplateData::cell(value);
}

QString modelId(const ModelEntry &model, int index)
{
    return blank(model.id) ? QStringLiteral("ML-%1").arg(index + 1, 3, 10, QLatin1Char('0')) : model.id.trimmed();
}

QString modelTitle(const ModelEntry &model, int index)
{
    const QString id = modelId(model, index);
    return blank(model.name) ? id : QStringLiteral("%1 (%2)").arg(id, model.name.simplified());
}

// Words that say something about a particular model; the generic ones would
// make every requirement match every model.
QStringList distinctiveWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[a-z][a-z0-9-]{3,}"));
    static const QStringList generic = {
        QStringLiteral("model"),    QStringLiteral("models"),   QStringLiteral("system"),   QStringLiteral("shall"),
        QStringLiteral("should"),   QStringLiteral("must"),     QStringLiteral("which"),    QStringLiteral("their"),
        QStringLiteral("using"),    QStringLiteral("based"),    QStringLiteral("learning"), QStringLiteral("machine"),
        QStringLiteral("service"),  QStringLiteral("data"),     QStringLiteral("with"),     QStringLiteral("from"),
        QStringLiteral("that"),     QStringLiteral("this"),     QStringLiteral("will"),     QStringLiteral("users"),
        QStringLiteral("user"),     QStringLiteral("other"),    QStringLiteral("custom"),   QStringLiteral("trained"),
        QStringLiteral("pytorch"),  QStringLiteral("tensorflow"), QStringLiteral("scikit-learn"),
    };
    QStringList words;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!generic.contains(w) && !words.contains(w))
            words.append(w);
    }
    return words;
}

// Finds the inventory model whose name and purpose share most words with a
// requirement. The models' words are extracted once per document, not once
// per requirement.
class ModelMatcher
{
public:
    explicit ModelMatcher(const QList<ModelEntry> &models)
    {
        m_words.reserve(models.size());
        for (const ModelEntry &model : models) {
            QList<QStringMatcher> matchers;
            for (const QString &word : distinctiveWords(model.name + QLatin1Char(' ') + model.purpose))
                matchers.append(QStringMatcher(word));
            m_words.append(matchers);
        }
    }

    // lowerText: the requirement's text in lower case. -1 when no model
    // shares a word with it.
    int best(const QString &lowerText) const
    {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < m_words.size(); ++i) {
            int score = 0;
            for (const QStringMatcher &word : m_words.at(i))
                if (word.indexIn(lowerText) >= 0)
                    ++score;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

private:
    QList<QList<QStringMatcher>> m_words; // per model, its words with their search tables
};

QString mlopsElementFor(const Requirement &requirement, const QString &servingGroup, const Answers &answers,
                        const ModelMatcher &matcher);

// UTF-16 needles: QString::contains(QLatin1String) converts the needle on every call.
bool containsAny(const QString &lowerText, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles)
        if (lowerText.contains(needle))
            return true;
    return false;
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

// A mermaid edge line with an optional label.
QString edge(const QString &from, const QString &to, const QString &label = {})
{
    if (label.isEmpty())
        return QStringLiteral("%1 --> %2").arg(from, to);
    return QStringLiteral("%1 -->|\"%2\"| %3").arg(from, TemplateData::mermaidLabel(label), to);
}

QVariantList lines(const QStringList &items)
{
    QVariantList list;
    for (const QString &item : items)
        list.append(Row{{QStringLiteral("line"), item}});
    return list;
}

QString node(const QString &id, const QString &label)
{
    return QStringLiteral("%1[\"%2\"]").arg(id, TemplateData::mermaidLabel(label));
}

class Builder
{
public:
    explicit Builder(const RenderInput &input)
        : m_in(input)
        , m_a(input.answers)
    {
        // Worked out once: the performance table and the traceability table both need it.
        m_groups.reserve(input.requirements.size());
        for (const Requirement &requirement : input.requirements)
            m_groups.append(requirement.servingGroup());
    }

    QVariantHash build()
    {
        documentControl();
        overview();
        inventory();
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
            row.insert(QStringLiteral("name"), orDash(model.name));
            row.insert(QStringLiteral("type"), orDash(model.type));
            row.insert(QStringLiteral("framework"), orDash(model.framework));
            row.insert(QStringLiteral("purpose"), orDash(model.purpose));
            row.insert(QStringLiteral("risk"), blank(model.risk) ? answer(m_a.riskLevel, "riskLevel")
                                                                 : TemplateData::cell(model.risk));
            row.insert(QStringLiteral("owner"), blank(model.owner) ? orDash(m_a.mlLead) : TemplateData::cell(model.owner));
            row.insert(QStringLiteral("title"), TemplateData::cell(modelTitle(model, i)));
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
                            {QStringLiteral("endpoint"), dash}});
            nodes.append(Row{{QStringLiteral("line"), node(QStringLiteral("M1"), ph)}});
        }
        set("models", rows);
        set("modelNodes", nodes);
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
        for (int i = 0; i < modelCount; ++i)
            edges.append(edge(QStringLiteral("F1"), QStringLiteral("M%1").arg(i + 1)));
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
        set("featureNode", node(QStringLiteral("F1"), blank(m_a.featureStore) || saysNone(m_a.featureStore)
                                                          ? QStringLiteral("Feature engineering")
                                                          : m_a.featureStore));
    }

    QString explainability(const ModelEntry &model) const
    {
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

        set("featureStore", answer(m_a.featureStore, "featureStore"));
        const bool noStore = saysNone(m_a.featureStore);
        const bool online = hasPattern("real-time") || hasPattern("streaming");
        set("onlineStore", noStore ? QStringLiteral("No - no feature store")
                           : online ? QStringLiteral("Yes - for real-time serving")
                                    : QStringLiteral("No - no real-time serving"));
        set("offlineStore", noStore ? QStringLiteral("No - features are computed in the training pipeline")
                                    : QStringLiteral("Yes - for training"));
        set("featureVersioning", noStore ? QStringLiteral("Disabled") : QStringLiteral("Enabled"));
        set("driftCheck", driftComparison());
        set("dataVersioning", answer(m_a.dataVersioning, "dataVersioning"));
        set("platform", answer(m_a.platform, "platform"));
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
        set("registryPlatform", mlflow ? QStringLiteral("MLflow Model Registry")
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
            clients << node(QStringLiteral("A"), QStringLiteral("Web App")) << node(QStringLiteral("B"), QStringLiteral("Mobile App"));
            clientEdges << edge(QStringLiteral("A"), QStringLiteral("D")) << edge(QStringLiteral("B"), QStringLiteral("D"));
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
        set("totalCost", anyBlank ? QStringLiteral("Sum of the above") : totalCost(all));
        set("mlEngineerFte", answer(m_a.mlEngineerFte, "mlEngineerFte"));
        set("dataScientistFte", answer(m_a.dataScientistFte, "dataScientistFte"));
        set("dataEngineerFte", answer(m_a.dataEngineerFte, "dataEngineerFte"));
    }

    void traceability()
    {
        const ModelMatcher matcher(m_a.models);
        QVariantList rows;
        for (qsizetype i = 0; i < m_in.requirements.size(); ++i) {
            const Requirement &requirement = m_in.requirements.at(i);
            if (!requirement.ml && m_groups.at(i).isEmpty())
                continue;
            QString title = requirement.title.simplified();
            if (title.isEmpty())
                title = requirement.body.simplified();
            // A table-row requirement's title is its whole text: keep the first words.
            if (title.size() > 120) {
                const qsizetype space = title.lastIndexOf(QLatin1Char(' '), 120);
                title = title.left(space > 60 ? space : 120) + QStringLiteral("…");
            }
            const QString source = requirement.line > 0
                                       ? QStringLiteral("%1:%2").arg(requirement.source).arg(requirement.line)
                                       : requirement.source;
            rows.append(Row{{QStringLiteral("id"), TemplateData::cell(requirement.id)},
                            {QStringLiteral("title"), title.isEmpty() ? QStringLiteral("—") : TemplateData::cell(title)},
                            {QStringLiteral("element"), mlopsElementFor(requirement, m_groups.at(i), m_a, matcher)},
                            {QStringLiteral("source"), source.isEmpty() ? QStringLiteral("—")
                                                       : QStringLiteral("`%1`").arg(TemplateData::cell(source).remove(QLatin1Char('`')))},
                            {QStringLiteral("ml"), requirement.ml}});
        }
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
    }

    const RenderInput &m_in;
    const Answers &m_a;
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
    return mlopsElementFor(requirement, requirement.servingGroup(), answers, ModelMatcher(answers.models));
}

namespace {

// The MLOps topic a lower-case text is about; empty when none.
QString topicElement(const QString &lower, const Answers &answers)
{
    if (containsAny(lower, {u"atrs", u"algorithmic transparency", u"jsp 936", u"jsp936", u"ai playbook"}))
        return answers.isUkGovernment() ? QStringLiteral("UK Government AI compliance (Section 13)")
                                        : QStringLiteral("Model governance (Section 11)");
    if (containsAny(lower, {u"fairness", u"bias", u"discriminat", u"protected characteristic", u"equalit"}))
        return QStringLiteral("Responsible AI: fairness monitoring (Sections 7, 12)");
    if (containsAny(lower, {u"explainab", u"explanation", u"explain ", u"interpretab"}))
        return QStringLiteral("Responsible AI: explainability (Section 12)");
    if (containsAny(lower, {u"human oversight", u"human review", u"human-in-the-loop", u"human in the loop", u"appeal"}))
        return QStringLiteral("Responsible AI: human oversight (Section 12)");
    if (answers.usesGenAi()
        && containsAny(lower, {u"prompt", u"llm", u"large language", u"genai", u"generative", u"retrieval", u"rag ",
                               u"hallucinat", u"guardrail", u"chatbot", u"embedding", u"foundation model"}))
        return QStringLiteral("LLM/GenAI operations (Section 9)");
    if (containsAny(lower, {u"retrain"}))
        return QStringLiteral("Retraining strategy (Section 8)");
    if (containsAny(lower, {u"drift", u"monitor", u"degradation"}))
        return QStringLiteral("Model monitoring (Section 7)");
    if (containsAny(lower, {u"audit", u"governance", u"dpia", u"accountab", u"model card", u"lineage", u"approval"}))
        return QStringLiteral("Model governance (Section 11)");
    if (containsAny(lower, {u"model registry", u"registry", u"model version"}))
        return QStringLiteral("Model registry: versioning and promotion (Section 5)");
    if (containsAny(lower, {u"training data", u"dataset", u"feature", u"data quality", u"annotation", u"label"}))
        return QStringLiteral("Data pipeline: training data (Section 3)");
    return {};
}

QString mlopsElementFor(const Requirement &requirement, const QString &group, const Answers &answers,
                        const ModelMatcher &matcher)
{
    const QString title = requirement.title.toLower();
    const QString text = title + QLatin1Char(' ') + requirement.body.toLower();
    const QString kind = requirement.kind.toUpper();
    const bool functional = kind == QLatin1String("FR") || kind == QLatin1String("UC") || kind == QLatin1String("BR");

    auto model = [&](int index) {
        return QStringLiteral("Model: %1").arg(TemplateData::cell(modelTitle(answers.models.at(index), index)));
    };
    const int matched = matcher.best(text);
    // A functional requirement that names a model is that model's use case.
    if (functional && matched >= 0)
        return model(matched);

    if (group == QLatin1String("performance"))
        return QStringLiteral("Serving SLA: latency and throughput (Section 6)");
    if (group == QLatin1String("availability"))
        return QStringLiteral("Serving SLA: availability (Section 6)");
    if (group == QLatin1String("security"))
        return answers.usesGenAi() && containsAny(text, {u"prompt", u"llm", u"jailbreak", u"guardrail", u"large language"})
                   ? QStringLiteral("LLM guardrails (Section 9)")
                   : QStringLiteral("Access control: model endpoints and registry (Sections 5, 6)");

    // The title says what a requirement is about more reliably than its body,
    // which often mentions other topics in passing. A functional requirement
    // whose title names no MLOps topic is a use case of a model.
    QString topic = topicElement(title, answers);
    if (topic.isEmpty() && !functional)
        topic = topicElement(text + QLatin1Char(' ') + requirement.evidence.join(QLatin1Char(' ')).toLower(), answers);
    if (!topic.isEmpty())
        return topic;
    if (kind == QLatin1String("DR"))
        return QStringLiteral("Data pipeline: training data (Section 3)");
    if (matched >= 0)
        return model(matched);
    if (functional || requirement.category.compare(QLatin1String("ML"), Qt::CaseInsensitive) == 0) {
        if (answers.models.isEmpty())
            return QStringLiteral("Model: ") + DocumentRenderer::placeholderFor(QStringLiteral("models"));
        return model(0);
    }
    return QStringLiteral("Model governance (Section 11)");
}

} // namespace

} // namespace arckit
