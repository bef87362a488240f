#include "answersinference.h"
#include "textexpression.h"

#include "markdowntablerow.h"
#include "referencesections.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace arckit {

namespace {

struct Candidate
{
    QString value;
    int line = 0;
    QString evidence;
};

QString evidenceOf(QStringView line)
{
    QString text = line.trimmed().toString();
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

// Collects every value a field is stated with; one distinct value is an answer.
class Findings
{
public:
    void add(const QString &field, const QString &value, int line, QStringView text)
    {
        m_candidates[field].append({value, line, evidenceOf(text)});
    }
    void resolveInto(AnswersInferenceResult &result) const
    {
        for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
            QStringList distinct;
            QStringList described;
            for (const Candidate &candidate : it.value()) {
                if (!distinct.contains(candidate.value, Qt::CaseInsensitive)) {
                    distinct.append(candidate.value);
                    described.append(QStringLiteral("%1 (line %2)").arg(candidate.value).arg(candidate.line));
                }
            }
            if (distinct.size() != 1) {
                result.ambiguous.append(it.key() + QStringLiteral(": ") + described.join(QStringLiteral(" or ")));
                continue;
            }
            const Candidate &first = it.value().constFirst();
            result.values.append({it.key(), first.value, first.line, first.evidence});
            if (it.key().endsWith(QLatin1String("Maturity")))
                result.answers.setValue(it.key(), first.value.toInt());
            else
                result.answers.setValue(it.key(), first.value);
        }
    }

private:
    QMap<QString, QList<Candidate>> m_candidates;
};

QString riskName(const QString &word)
{
    const QString lower = word.toLower().simplified();
    if (lower == QLatin1String("very high") || lower == QLatin1String("critical"))
        return QStringLiteral("Very High");
    if (lower == QLatin1String("high"))
        return QStringLiteral("High");
    if (lower == QLatin1String("medium") || lower == QLatin1String("moderate"))
        return QStringLiteral("Medium");
    return QStringLiteral("Low");
}

struct PlatformName
{
    const char *pattern;
    const char *name;
};

const PlatformName platformNames[] = {
    {"sagemaker", "SageMaker"},   {"vertex ai", "Vertex AI"},
    {"azure ml", "Azure ML"},     {"azure machine learning", "Azure ML"},
    {"databricks", "Databricks"}, {"kubeflow", "Kubeflow"},
    {"mlflow", "MLflow"},         {"on-premises", "On-premises"},
    {"on-prem", "On-premises"},
};

// Every platform a line names, in the table's order.
QStringList platformsIn(QStringView text)
{
    const QString lower = text.toString().toLower();
    QStringList names;
    for (const PlatformName &platform : platformNames) {
        const QString name = QString::fromLatin1(platform.name);
        if (lower.contains(QLatin1String(platform.pattern)) && !names.contains(name))
            names.append(name);
    }
    return names;
}

// "[MLflow / SageMaker / Vertex AI]": a template's list of choices, not a
// statement. Removed (not the whole line) so that "| Compute | Azure ML | [GPU/CPU] |"
// still states its platform.
QString withoutChoiceLists(const QString &text)
{
    static const TextExpression choices(QStringLiteral("\\[[^\\]]*/[^\\]]*\\]"));
    QString result = text;
    return result.remove(choices);
}

// The one managed platform a stated value names ("Databricks (with MLflow)"
// is Databricks); else the one other platform; empty when it names none or
// several. MLflow alone is no platform: ArcKit's experiment tracking and model
// registry rows are both called "Platform" and usually say MLflow.
QString platformStatedIn(const QString &value)
{
    const QStringList names = platformsIn(withoutChoiceLists(value));
    QStringList managed;
    QStringList others;
    for (const QString &name : names) {
        if (name == QLatin1String("SageMaker") || name == QLatin1String("Vertex AI") ||
            name == QLatin1String("Azure ML") || name == QLatin1String("Databricks"))
            managed.append(name);
        else if (name != QLatin1String("MLflow"))
            others.append(name);
    }
    if (managed.size() == 1)
        return managed.constFirst();
    if (managed.isEmpty() && others.size() == 1)
        return others.constFirst();
    return {};
}

// A cell's text without bold/italic markers; empty when it is only a
// placeholder ("[Name]", "[Low/Medium/High]", "-", "TBD").
QString cellValue(QStringView line, const MarkdownTableCell &cell)
{
    QString text = line.mid(cell.offset, cell.length).trimmed().toString();
    for (const QLatin1String marker :
         {QLatin1String("**"), QLatin1String("__"), QLatin1String("*"), QLatin1String("_")}) {
        if (text.size() > 2 * marker.size() && text.startsWith(marker) && text.endsWith(marker))
            text = text.mid(marker.size(), text.size() - 2 * marker.size()).trimmed();
    }
    static const TextExpression placeholder(
        QStringLiteral("^(?:\\[[^\\]]*\\]|[-\\x{2013}\\x{2014}]+|tbd|tbc|n/?a|todo)$"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(text).hasMatch() ? QString() : text;
}

// The cells of a table row, in order, as cellValue gives them.
QStringList cellValues(QStringView line, const MarkdownTableRow &row)
{
    QStringList cells;
    for (const MarkdownTableCell &cell : row.cells)
        cells.append(cellValue(line, cell));
    return cells;
}

enum class ModelColumn { None, Id, Name, Type, Framework, Service, Purpose, Risk, Owner, Capability };

// What an inventory table's header cell holds, by the names ArcKit and people give it.
ModelColumn modelColumn(const QString &header)
{
    QString name = header.toLower().simplified();
    name.remove(QLatin1Char('*'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    name = name.trimmed();
    static const QStringList ids{QStringLiteral("model id"),  QStringLiteral("id"),        QStringLiteral("ref"),
                                 QStringLiteral("reference"), QStringLiteral("model ref"), QStringLiteral("#")};
    static const QStringList names{QStringLiteral("model name"), QStringLiteral("name"), QStringLiteral("model"),
                                   QStringLiteral("models")};
    static const QStringList types{QStringLiteral("type"), QStringLiteral("model type"), QStringLiteral("ml type"),
                                   QStringLiteral("task"), QStringLiteral("ml task"),    QStringLiteral("category"),
                                   QStringLiteral("kind")};
    static const QStringList frameworks{QStringLiteral("framework"),  QStringLiteral("library"),
                                        QStringLiteral("technology"), QStringLiteral("tech stack"),
                                        QStringLiteral("stack"),      QStringLiteral("algorithm")};
    static const QStringList services{QStringLiteral("service"), QStringLiteral("provider"), QStringLiteral("vendor"),
                                      QStringLiteral("base model"), QStringLiteral("foundation model")};
    static const QStringList purposes{QStringLiteral("purpose"),  QStringLiteral("description"),
                                      QStringLiteral("use case"), QStringLiteral("function"),
                                      QStringLiteral("role"),     QStringLiteral("business purpose")};
    if (ids.contains(name))
        return ModelColumn::Id;
    if (names.contains(name))
        return ModelColumn::Name;
    if (name.contains(QLatin1String("risk")))
        return ModelColumn::Risk;
    if (name.contains(QLatin1String("owner")) || name == QLatin1String("responsible") ||
        name == QLatin1String("accountable"))
        return ModelColumn::Owner;
    if (types.contains(name))
        return ModelColumn::Type;
    if (frameworks.contains(name))
        return ModelColumn::Framework;
    if (services.contains(name))
        return ModelColumn::Service;
    if (purposes.contains(name))
        return ModelColumn::Purpose;
    if (name == QLatin1String("capability") || name == QLatin1String("ml capability"))
        return ModelColumn::Capability;
    return ModelColumn::None;
}

QString modelRisk(const QString &cell)
{
    static const TextExpression level(QStringLiteral("^(very high|critical|high|medium|moderate|low)\\b"),
                                      QRegularExpression::CaseInsensitiveOption);
    const auto m = level.match(cell);
    return m.hasMatch() ? riskName(m.captured(1)) : cell;
}

// Whether a heading names a model inventory, however the author titled it.
bool namesInventory(const QString &heading)
{
    static const TextExpression inventory(
        QStringLiteral(
            "\\bmodels?\\s+(?:inventory|catalog|catalogue|register|portfolio)\\b|\\binventory\\s+of\\s+models\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return inventory.match(ReferenceSections::normalizedHeading(heading)).hasMatch();
}

// A model entry as one line of the inferred-answers list.
QString describeModel(const ModelEntry &model)
{
    QString text = model.id.isEmpty() || model.id == model.name ? model.name : model.id + QLatin1Char(' ') + model.name;
    QStringList details;
    for (const QString &detail : {model.type, model.framework, model.service,
                                  model.risk.isEmpty() ? QString() : model.risk + QStringLiteral(" risk")}) {
        if (!detail.isEmpty())
            details.append(detail);
    }
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

void fillEmpty(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

// The rows of every model inventory table: a table in a section named like
// "Model Inventory" or "Model Catalog" (or the one the reference-section
// matcher takes for it) whose header has a model ID or name column and at
// least one column describing the model. A model named in two tables (the
// catalogue and the risk classification) is one entry, filled from both.
void readModelInventory(const MarkdownOutline &outline, const SectionMatch &inventory, AnswersInferenceResult &result)
{
    QList<QPair<int, int>> ranges;
    if (inventory.found() && inventory.line > 0)
        ranges.append({inventory.line + 1, inventory.endLine});
    for (const MarkdownHeading &heading : outline.headings()) {
        if (namesInventory(heading.text))
            ranges.append({heading.line + 1, heading.endLine});
    }
    QSet<int> read;
    QList<int> modelLines;
    for (const auto &[first, last] : std::as_const(ranges)) {
        QList<ModelColumn> columns;
        bool inTable = false;
        bool isInventory = false;
        for (int number = first; number <= last && number <= outline.lineCount(); ++number) {
            const QStringView line = outline.line(number);
            const MarkdownTableRow row = outline.lineKind(number) == MarkdownOutline::LineKind::Text
                                             ? MarkdownTableRow::split(line)
                                             : MarkdownTableRow{};
            if (!row.isRow()) {
                inTable = false;
                continue;
            }
            if (!inTable) { // the header row
                inTable = true;
                columns.clear();
                bool hasKey = false;
                bool hasDetail = false;
                for (const MarkdownTableCell &cell : row.cells) {
                    const ModelColumn column = modelColumn(line.mid(cell.offset, cell.length).toString());
                    if (columns.contains(column) && column != ModelColumn::None) {
                        columns.append(ModelColumn::None); // "Model" after "Model Name": the first one counts
                        continue;
                    }
                    columns.append(column);
                    hasKey = hasKey || column == ModelColumn::Id || column == ModelColumn::Name;
                    hasDetail = hasDetail || (column != ModelColumn::None && column != ModelColumn::Id &&
                                              column != ModelColumn::Name);
                }
                isInventory = hasKey && hasDetail;
                continue;
            }
            if (!isInventory || row.isDelimiter() || read.contains(number))
                continue;
            read.insert(number);
            const QStringList cells = cellValues(line, row);
            ModelEntry entry;
            for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
                const QString &cell = cells.at(i);
                switch (columns.at(i)) {
                case ModelColumn::Id:
                    entry.id = cell;
                    break;
                case ModelColumn::Name:
                    entry.name = cell;
                    break;
                case ModelColumn::Type:
                    entry.type = cell;
                    break;
                case ModelColumn::Framework:
                    entry.framework = cell;
                    break;
                case ModelColumn::Service:
                    entry.service = cell;
                    break;
                case ModelColumn::Purpose:
                    entry.purpose = cell;
                    break;
                case ModelColumn::Risk:
                    entry.risk = cell.isEmpty() ? cell : modelRisk(cell);
                    break;
                case ModelColumn::Owner:
                    entry.owner = cell;
                    break;
                case ModelColumn::Capability:
                    entry.capability = cell;
                    break;
                case ModelColumn::None:
                    break;
                }
            }
            if (!columns.contains(ModelColumn::Name))
                entry.name = entry.id;
            if (entry.name.isEmpty())
                continue; // a template row ("| ML-001 | [Name] | ...") names no model
            qsizetype same = -1;
            for (qsizetype m = 0; m < result.answers.models.size() && same < 0; ++m) {
                const ModelEntry &known = result.answers.models.at(m);
                if ((!entry.id.isEmpty() && known.id.compare(entry.id, Qt::CaseInsensitive) == 0) ||
                    known.name.compare(entry.name, Qt::CaseInsensitive) == 0)
                    same = m;
            }
            if (same < 0) {
                result.answers.models.append(entry);
                modelLines.append(number);
                continue;
            }
            ModelEntry &known = result.answers.models[same];
            fillEmpty(known.id, entry.id);
            fillEmpty(known.type, entry.type);
            fillEmpty(known.framework, entry.framework);
            fillEmpty(known.service, entry.service);
            fillEmpty(known.purpose, entry.purpose);
            fillEmpty(known.risk, entry.risk);
            fillEmpty(known.owner, entry.owner);
            fillEmpty(known.capability, entry.capability);
        }
    }
    for (qsizetype m = 0; m < result.answers.models.size(); ++m) {
        const int line = modelLines.at(m);
        result.values.append({QStringLiteral("models"), describeModel(result.answers.models.at(m)), line,
                              evidenceOf(outline.line(line))});
    }
}

// The terms, and the count of them, by which the validator decides that a
// document "describes LLM/GenAI use" (DocumentValidator, usesGenAi: three
// mentions outside comments). The same rule here keeps the gap view and the
// validator in agreement about the LLM/GenAI section.
constexpr QStringView llmTerms[] = {u"llm", u"llms", u"genai", u"generative ai", u"large language model", u"gpt-"};
constexpr int llmMentionsNeeded = 3;

// The line of the third mention of an LLM term (outside comments); 0 when
// there are fewer than three. The LLM/GenAI section's own lines, when it has
// one, do not count: the template's section names LLMs whether or not the
// system uses one, and with the section present the validator does not ask.
int llmUseLine(const MarkdownOutline &outline, const SectionMatch &llmSection)
{
    QString lower = ReferenceSections::lowerCase(outline.text());
    QChar *data = lower.data();
    for (int n = 1; n <= outline.lineCount(); ++n) {
        const bool ownSection = llmSection.found() && n >= llmSection.line && n <= llmSection.endLine;
        if (outline.lineKind(n) == MarkdownOutline::LineKind::Comment || ownSection)
            std::fill_n(data + outline.lineOffset(n), outline.line(n).size(), QChar(u' '));
    }
    QList<qsizetype> mentions;
    for (const QStringView term : llmTerms) {
        for (qsizetype at = ReferenceSections::findTerm(lower, term); at >= 0;
             at = ReferenceSections::findTerm(lower, term, at + term.size()))
            mentions.append(at);
    }
    if (mentions.size() < llmMentionsNeeded)
        return 0;
    std::sort(mentions.begin(), mentions.end());
    return outline.lineAtOffset(mentions.at(llmMentionsNeeded - 1));
}

// Whether a found LLM/GenAI section says something of its own: a table value
// or a sentence that is not the template's placeholder or instruction, and
// no "not applicable". Reads the provider and model from its rows.
bool llmSectionHasContent(const MarkdownOutline &outline, const SectionMatch &section, Findings &findings)
{
    static const TextExpression notApplicable(
        QStringLiteral(
            "\\bnot\\s+applicable\\b|\\bn/a\\b|\\bno\\s+(?:llms?|genai|generative ai)\\b|\\bdoes\\s+not\\s+use\\b|"
            "\\bnot\\s+used\\b|\\bout\\s+of\\s+scope\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression bracketed(QStringLiteral("\\[[^\\]]*\\]"));
    struct Stated
    {
        QString field;
        QString value;
        int line;
    };
    QList<Stated> stated; // added to findings only when the section applies
    bool content = false;
    for (int number = section.line + 1; number <= section.endLine && number <= outline.lineCount(); ++number) {
        if (outline.lineKind(number) != MarkdownOutline::LineKind::Text)
            continue;
        const QStringView line = outline.line(number);
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty())
            continue;
        if (notApplicable.match(trimmed).hasMatch())
            return false;
        const MarkdownTableRow row = MarkdownTableRow::split(line);
        if (!row.isRow()) {
            // "*(Include this section if using ...)*" is the template talking.
            if (!trimmed.startsWith(QLatin1String("*(")) && !trimmed.startsWith(QLatin1String("_(")) &&
                !trimmed.startsWith(QLatin1Char('(')) &&
                !QString(trimmed).remove(bracketed).remove(QLatin1Char('*')).trimmed().isEmpty())
                content = true;
            continue;
        }
        const bool header = MarkdownTableRow::split(outline.line(number + 1)).isDelimiter();
        if (row.isDelimiter() || header)
            continue;
        const QStringList cells = cellValues(line, row);
        for (int i = 1; i < cells.size(); ++i)
            content = content || !cells.at(i).isEmpty();
        if (cells.size() < 2 || cells.at(1).isEmpty())
            continue;
        const QString attribute = cells.at(0).toLower();
        if (attribute == QLatin1String("model provider") || attribute == QLatin1String("llm provider") ||
            attribute == QLatin1String("provider"))
            stated.append({QStringLiteral("llmProvider"), cells.at(1), number});
        else if (attribute == QLatin1String("model") || attribute == QLatin1String("llm") ||
                 attribute == QLatin1String("llm model") || attribute == QLatin1String("base model") ||
                 attribute == QLatin1String("foundation model"))
            stated.append({QStringLiteral("llmModel"), cells.at(1), number});
    }
    if (content) {
        for (const Stated &value : std::as_const(stated))
            findings.add(value.field, value.value, value.line, outline.line(value.line));
    }
    return content;
}

} // namespace

AnswersInferenceResult AnswersInference::infer(const MarkdownOutline &outline)
{
    static const TextExpression current(
        QStringLiteral("\\bcurrent(?:\\s+(?:mlops\\s+)?(?:maturity|state|level))?\\**\\s*[:|]?\\s*\\**\\s*(?:(?:is|of|"
                       "at)\\s+)?(?:maturity\\s+)?"
                       "level\\s*([0-4])\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression target(QStringLiteral("\\btarget(?:\\s+(?:mlops\\s+)?(?:maturity|state|level))?\\**"
                                                      "\\s*[:|]?\\s*\\**\\s*(?:(?:is|of|at)\\s+)?(?:maturity\\s+)?"
                                                      "level\\s*([0-4])\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const TextExpression risk(
        QStringLiteral("\\b(?:overall\\s+)?(?:ai\\s+|model\\s+)?risk\\s+(?:level|classification|rating|tier)\\**\\s*"
                       "(?:[:|]|is)\\s*\\**\\s*(very high|critical|high|medium|moderate|low)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression platformField(
        QStringLiteral(
            "^\\s*(?:\\|\\s*)?(?:[-*]\\s+)?\\**(?:(?:ml|mlops|machine learning|ai|cloud|training|primary|target|"
            "chosen|selected)\\s+)?platform\\**\\s*[:|]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression platformSentence(
        QStringLiteral("\\b(?:ml|mlops|machine learning)\\s+platform\\s+(?:is|will be)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression platformChosen(
        QStringLiteral("^(.+?)\\s+(?:is|was|has been)\\s+(?:chosen|selected|adopted)\\s+as\\s+the\\s+"
                       "(?:ml|mlops|machine learning)\\s+platform\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression computeRow(QStringLiteral("^\\s*\\|\\s*\\**(?:ml\\s+)?compute\\**\\s*\\|([^|]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const TextExpression mod(QStringLiteral("\\bJSP[\\s-]?936\\b|\\bMinistry of Defence\\b"),
                                    QRegularExpression::CaseInsensitiveOption);
    static const TextExpression ukGov(
        QStringLiteral("\\bAlgorithmic Transparency Recording Standard\\b|\\bATRS\\b|\\bTechnology Code of Practice\\b|"
                       "\\bGDS Service Standard\\b|\\bUK Government\\b"),
        QRegularExpression::CaseInsensitiveOption);

    Findings findings;
    int firstMod = 0;
    int firstUkGov = 0;
    QMap<QString, int> cloudPlatformLines; // platform name -> first line mentioning it
    for (int number = 1; number <= outline.lineCount(); ++number) {
        const MarkdownOutline::LineKind kind = outline.lineKind(number);
        if (kind != MarkdownOutline::LineKind::Text && kind != MarkdownOutline::LineKind::Heading)
            continue; // code, comments (the answers block), fences
        const QStringView line = outline.line(number);
        if (line.isEmpty())
            continue;
        const QString text = line.toString();
        if (auto m = current.match(text); m.hasMatch())
            findings.add(QStringLiteral("currentMaturity"), m.captured(1), number, line);
        if (auto m = target.match(text); m.hasMatch())
            findings.add(QStringLiteral("targetMaturity"), m.captured(1), number, line);
        if (auto m = risk.match(text); m.hasMatch())
            findings.add(QStringLiteral("riskLevel"), riskName(m.captured(1)), number, line);
        // "Platform | SageMaker |", "The ML platform is Vertex AI.", "| Compute | Azure ML | ... |"; the
        // template's "[MLflow / SageMaker / ...]" choice lists are no statement.
        for (const QRegularExpression *statement : {&platformField, &platformSentence, &platformChosen, &computeRow}) {
            if (auto m = statement->match(text); m.hasMatch()) {
                const QString name = platformStatedIn(m.captured(1));
                if (!name.isEmpty()) {
                    findings.add(QStringLiteral("platform"), name, number, line);
                    break;
                }
            }
        }
        for (const QString &name : platformsIn(withoutChoiceLists(text))) {
            if (!cloudPlatformLines.contains(name))
                cloudPlatformLines.insert(name, number);
        }
        if (!firstMod && mod.match(text).hasMatch())
            firstMod = number;
        if (!firstUkGov && ukGov.match(text).hasMatch())
            firstUkGov = number;
    }

    AnswersInferenceResult result;
    const SectionMatches sections = ReferenceSections::match(outline, false);
    const SectionMatch &llmSection = sections.at(ReferenceSections::indexOf(u"llm-operations"));
    const bool llmContent = llmSection.found() && llmSectionHasContent(outline, llmSection, findings);
    findings.resolveInto(result);
    readModelInventory(outline, sections.at(ReferenceSections::indexOf(u"model-inventory")), result);

    // LLM/GenAI use: a section of its own that says something, else the
    // validator's rule (three mentions), so the gap view and the validator
    // agree on whether the section applies.
    const int llmLine = llmContent ? llmSection.line : llmUseLine(outline, llmSection);
    if (llmLine > 0) {
        result.answers.llmOperations = true;
        result.values.append(
            {QStringLiteral("llmOperations"), QStringLiteral("Yes"), llmLine, evidenceOf(outline.line(llmLine))});
        if (!result.answers.useCases.contains(QLatin1String("genai"))) {
            result.answers.useCases.append(QStringLiteral("genai"));
            result.values.append(
                {QStringLiteral("useCases"), QStringLiteral("genai"), llmLine, evidenceOf(outline.line(llmLine))});
        }
    }

    // No statement (nor conflicting ones): a single managed platform mentioned anywhere is the platform.
    bool platformStated = false;
    for (const InferredAnswer &value : std::as_const(result.values))
        platformStated = platformStated || value.field == QLatin1String("platform");
    for (const QString &ambiguous : std::as_const(result.ambiguous))
        platformStated = platformStated || ambiguous.startsWith(QLatin1String("platform:"));
    if (!platformStated) {
        QStringList managed;
        for (const char *cloud : {"SageMaker", "Vertex AI", "Azure ML", "Databricks"}) {
            if (cloudPlatformLines.contains(QLatin1String(cloud)))
                managed.append(QLatin1String(cloud));
        }
        if (managed.size() == 1) {
            const int line = cloudPlatformLines.value(managed.constFirst());
            result.values.append(
                {QStringLiteral("platform"), managed.constFirst(), line, evidenceOf(outline.line(line))});
            result.answers.platform = managed.constFirst();
        } else if (managed.size() > 1) {
            result.ambiguous.append(QStringLiteral("platform: ") + managed.join(QStringLiteral(" or ")));
        }
    }

    // JSP 936 makes it a defence system; otherwise UK public-sector markers make it UK Government.
    const int regimeLine = firstMod ? firstMod : firstUkGov;
    if (regimeLine) {
        const QString regime = firstMod ? QStringLiteral("mod") : QStringLiteral("uk-gov");
        result.values.append({QStringLiteral("regime"), regime, regimeLine, evidenceOf(outline.line(regimeLine))});
        result.answers.regime = regime;
    }
    return result;
}

} // namespace arckit
