#include "contextextractor.h"

#include "markdownoutline.h"
#include "markdowntablerow.h"
#include "textfilereader.h"

#include <QRegularExpression>
#include <QSet>

namespace arckit {

namespace {

struct Document
{
    QString relativePath;
    QStringList lines;
    MarkdownOutline outline; // its headings: none inside code blocks or comments
    bool ok = false;
};

Document load(const Artifact *artifact, Problems *problems)
{
    Document document;
    if (!artifact)
        return document;
    document.relativePath = artifact->relativePath;
    const TextFile file = TextFileReader::read(artifact->path);
    if (!file.ok()) {
        if (problems)
            problems->append({artifact->relativePath, file.error});
        return document;
    }
    document.lines = file.text.split(QLatin1Char('\n'));
    document.outline = MarkdownOutline::parse(file.text);
    document.ok = true;
    return document;
}

QString where(const Document &document, qsizetype index)
{
    return QStringLiteral("%1:%2").arg(document.relativePath).arg(index + 1);
}

// The "#" headings of levels 2 to 4 ("Title" over "---" is read as text here).
QList<MarkdownHeading> subHeadings(const Document &document)
{
    QList<MarkdownHeading> headings;
    for (const MarkdownHeading &heading : document.outline.headings()) {
        if (!heading.setext && heading.level >= 2 && heading.level <= 4)
            headings.append(heading);
    }
    return headings;
}

// "HIGH-RISK", "**HIGH**", "Very High" -> "High" / "Very High"; empty when none.
QString riskWord(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\b(very[ -]high|critical|high|medium|moderate|low)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QString word = match.captured(1).toLower();
    if (word.startsWith(QLatin1String("very")) || word == QLatin1String("critical"))
        return QStringLiteral("Very High");
    if (word == QLatin1String("high"))
        return QStringLiteral("High");
    if (word == QLatin1String("medium") || word == QLatin1String("moderate"))
        return QStringLiteral("Medium");
    return QStringLiteral("Low");
}

// The value cell of a Document Control row "| **Field** | Value |".
QString controlValue(const QStringList &lines, const QString &field)
{
    const QString key = QStringLiteral("**%1**").arg(field);
    for (qsizetype i = 0; i < lines.size() && i < 80; ++i) {
        const QString line = lines[i].trimmed();
        if (!line.startsWith(QLatin1Char('|')) || !line.contains(key, Qt::CaseInsensitive))
            continue;
        // MarkdownTableRow: "\|" and a pipe in a code span do not end the value.
        const MarkdownTableRow row = MarkdownTableRow::split(line);
        if (row.cells.size() >= 2)
            return MarkdownTableRow::unescaped(row.cell(line, 1));
        const MarkdownTableCell &field = row.cells.first();
        if (field.offset + field.length < line.size())
            return {}; // "| **Field** |": the field's row, with no value
    }
    return {};
}

void riskAndOversight(const Document &aipb, ProjectContext &context)
{
    static const QRegularExpression riskLabel(QStringLiteral("risk (level|classification|rating|category)"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < aipb.lines.size() && context.riskLevel.isEmpty(); ++i) {
        const QString &line = aipb.lines[i];
        const auto match = riskLabel.match(line);
        if (!match.hasMatch())
            continue;
        const QString risk = riskWord(line.mid(match.capturedEnd()));
        if (!risk.isEmpty())
            context.riskLevel = {risk, where(aipb, i)};
    }
    static const QRegularExpression oversight(QStringLiteral("human[ -](oversight|in[ -]the[ -]loop|review)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression required(QStringLiteral("\\b(required|mandatory|must)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression advisory(QStringLiteral("\\b(advisory|optional|recommended)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < aipb.lines.size(); ++i) {
        const QString &line = aipb.lines[i];
        if (!oversight.match(line).hasMatch())
            continue;
        if (required.match(line).hasMatch()) {
            context.humanOversight = {QStringLiteral("Required"), where(aipb, i)};
            return;
        }
        if (advisory.match(line).hasMatch() && context.humanOversight.isEmpty())
            context.humanOversight = {QStringLiteral("Advisory"), where(aipb, i)};
    }
}

void atrsTier(const Document &atrs, ProjectContext &context)
{
    // An ATRS record has both tiers as parts; Tier 2 (detailed) present means
    // the full record is kept.
    static const QRegularExpression tier(QStringLiteral("\\bTier\\s*([12])\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < atrs.lines.size(); ++i) {
        const auto match = tier.match(atrs.lines[i]);
        if (!match.hasMatch())
            continue;
        if (context.atrsTier.isEmpty() || match.captured(1) == QLatin1String("2"))
            context.atrsTier = {match.captured(1), where(atrs, i)};
        if (context.atrsTier.value == QLatin1String("2"))
            return;
    }
}

void dataSources(const Document &data, ProjectContext &context)
{
    static const QRegularExpression entity(QStringLiteral("^(?:Entity\\s+)?(?:E-\\d+\\s*[:\\-–]\\s*)(.+)$"));
    static const QRegularExpression pii(
        QStringLiteral("\\b(contains pii|pii attributes|personal data)\\b[^|\\n]*?\\b(yes|true)\\b|"
                       "\\*\\*contains pii\\*\\*:\\s*yes"),
        QRegularExpression::CaseInsensitiveOption);
    for (const MarkdownHeading &heading : subHeadings(data)) {
        const auto match = entity.match(heading.text);
        if (match.hasMatch() && context.dataSources.size() < 40)
            context.dataSources.append({match.captured(1).trimmed(), where(data, heading.line - 1)});
    }
    for (qsizetype i = 0; i < data.lines.size() && context.pii.isEmpty(); ++i) {
        if (pii.match(data.lines[i].trimmed()).hasMatch())
            context.pii = {QStringLiteral("Yes"), where(data, i)};
    }
}

void principles(const Document &prin, ProjectContext &context)
{
    static const QRegularExpression aiTerms(QStringLiteral("\\b(AI|ML|LLM)\\b|artificial intelligence|machine learning|"
                                                           "responsible|ethic|algorithm|human[- ]in[- ]the[- ]loop|"
                                                           "human oversight|transparen|explainab|model"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const MarkdownHeading &heading : subHeadings(prin)) {
        const QString &title = heading.text;
        // "## II. AI and Machine Learning Principles" is a group, not a principle.
        if (heading.level == 2 && title.contains(QLatin1String("Principles")))
            continue;
        const auto terms = aiTerms.match(title);
        // Upper-case acronyms only: "Maintainability" must not count as AI.
        if (terms.hasMatch() && (terms.captured(1).isEmpty() || terms.captured(1) == terms.captured(1).toUpper()))
            context.principles.append({title, where(prin, heading.line - 1)});
    }
}

void platform(const Project &project, Problems *problems, ProjectContext &context)
{
    struct Hint
    {
        const char *type;
        const char *platform;
        const char *term;
    };
    static const Hint hints[] = {{"AWRS", "SageMaker", "SageMaker"},
                                 {"AZRS", "Azure ML", "Azure Machine Learning"},
                                 {"GCRS", "Vertex AI", "Vertex AI"}};
    // With several cloud research documents, the one that discusses its ML
    // platform most is the better hint.
    int bestCount = -1;
    for (const Hint &hint : hints) {
        const Artifact *artifact = project.latest(QLatin1String(hint.type));
        if (!artifact)
            continue;
        const Document document = load(artifact, problems);
        int count = 0;
        qsizetype firstLine = 0;
        for (qsizetype i = 0; i < document.lines.size(); ++i) {
            if (document.lines[i].contains(QLatin1String(hint.term), Qt::CaseInsensitive)) {
                if (count == 0)
                    firstLine = i;
                ++count;
            }
        }
        if (count > bestCount) {
            bestCount = count;
            context.platform = {QLatin1String(hint.platform),
                                count > 0 ? where(document, firstLine) : artifact->relativePath};
        }
    }
}

void servingTargets(const Requirements &requirements, ProjectContext &context)
{
    static const QRegularExpression latency(QStringLiteral("([^<≤\\n]{0,40}?)(?:<|≤|under|within|below)\\s*=?\\s*(\\d["
                                                           "\\d,]*(?:\\.\\d+)?)\\s*(ms|milliseconds|s|seconds|sec)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression throughput(
        QStringLiteral("(\\d[\\d,]*(?:\\.\\d+)?\\s*[kK]?)\\+?\\s*(?:concurrent\\s+)?(requests|req|queries|transactions|"
                       "calls|predictions|inferences|messages)\\s*(?:per|/)\\s*(second|sec|s|minute|min)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression availability(QStringLiteral("(9\\d(?:\\.\\d+)?)\\s*%"));
    // Model serving targets come from the ML-related NFRs first; a page
    // response time is only a fallback.
    QList<const Requirement *> ordered;
    for (const Requirement &requirement : requirements)
        if (requirement.ml)
            ordered.append(&requirement);
    for (const Requirement &requirement : requirements)
        if (!requirement.ml)
            ordered.append(&requirement);
    ContextValue p95;
    for (const Requirement *requirement : std::as_const(ordered)) {
        const QString group = requirement->servingGroup();
        const QString text = requirement->title + QLatin1Char('\n') + requirement->body;
        const QString source = QStringLiteral("%1:%2").arg(requirement->source).arg(requirement->line);
        if (group == QLatin1String("performance")) {
            ContextValue p50;
            ContextValue p99;
            auto it = latency.globalMatch(text);
            while (it.hasNext()) {
                const auto match = it.next();
                // The percentile is named just before the comparison: "p95 < 500 ms", "| p99 | < 1 s |".
                static const QRegularExpression named(QStringLiteral("\\b(p\\d\\d|median|\\d\\dth)\\b"),
                                                      QRegularExpression::CaseInsensitiveOption);
                const QString percentile = named.match(match.captured(1)).captured(1).toLower();
                const QString number = match.captured(2).remove(QLatin1Char(','));
                const QString value = QStringLiteral("< %1 %2").arg(
                    number, match.captured(3).startsWith(QLatin1Char('m'), Qt::CaseInsensitive) ? QStringLiteral("ms")
                                                                                                : QStringLiteral("s"));
                if (percentile.contains(QLatin1String("99")))
                    p99 = p99.isEmpty() ? ContextValue{value, source} : p99;
                else if (percentile.contains(QLatin1String("95")) || percentile.contains(QLatin1String("90")))
                    p95 = p95.isEmpty() ? ContextValue{value, source} : p95;
                else
                    p50 = p50.isEmpty() ? ContextValue{value, source} : p50;
            }
            if (context.latencyP50.isEmpty())
                context.latencyP50 = p50;
            if (context.latencyP99.isEmpty())
                context.latencyP99 = p99;
            const auto match = throughput.match(text);
            if (match.hasMatch() && context.throughput.isEmpty())
                context.throughput = {QStringLiteral("%1 %2/%3")
                                          .arg(match.captured(1).trimmed(), match.captured(2).toLower(),
                                               match.captured(3).toLower().startsWith(QLatin1Char('m'))
                                                   ? QStringLiteral("min")
                                                   : QStringLiteral("s")),
                                      source};
        } else if (group == QLatin1String("availability") && context.availability.isEmpty()) {
            const auto match = availability.match(text);
            if (match.hasMatch())
                context.availability = {match.captured(1) + QLatin1Char('%'), source};
        }
    }
    // Without a p99 target, the p95 one is the tail target the serving table needs.
    if (context.latencyP99.isEmpty())
        context.latencyP99 = p95;
}

void genAi(const Requirements &requirements, ProjectContext &context)
{
    static const QRegularExpression terms(
        QStringLiteral("\\b(LLMs?|GenAI|RAG|GPT(-\\d)?)\\b|generative ai|large language model|"
                       "retrieval[- ]augmented|foundation model|prompt (injection|engineering|template)|system prompt"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Requirement &requirement : requirements) {
        if (!requirement.ml)
            continue;
        const auto match = terms.match(requirement.title + QLatin1Char(' ') + requirement.body);
        // Acronyms must be written in capitals ("rag" in "rag-and-bone" is no RAG).
        if (match.hasMatch() && (match.captured(1).isEmpty() || match.captured(1) == match.captured(1).toUpper() ||
                                 match.captured(1).endsWith(QLatin1Char('s')))) {
            context.genAi = {QStringLiteral("yes"),
                             QStringLiteral("%1:%2").arg(requirement.source).arg(requirement.line)};
            return;
        }
    }
}

void regime(const Project &project, const QList<const Document *> &documents, ProjectContext &context)
{
    static const QRegularExpression mod(
        QStringLiteral("\\bJSP[ -]?936\\b|Ministry of Defence|\\bMOD\\b|\\bDefence\\b"));
    static const QRegularExpression ukGov(
        QStringLiteral("\\bOFFICIAL(-SENSITIVE)?\\b|AI Playbook|\\bATRS\\b|Algorithmic Transparency|"
                       "GOV\\.UK|Technology Code of Practice|\\bTCoP\\b|Cabinet Office|HM Government"));
    if (const Artifact *j936 = project.latest(QStringLiteral("J936"))) {
        context.regime = {QStringLiteral("mod"), j936->relativePath};
        return;
    }
    for (const Document *document : documents)
        for (qsizetype i = 0; i < document->lines.size(); ++i)
            if (mod.match(document->lines[i]).hasMatch() && document->lines[i].contains(QLatin1String("936"))) {
                context.regime = {QStringLiteral("mod"), where(*document, i)};
                return;
            }
    for (const Document *document : documents)
        for (qsizetype i = 0; i < document->lines.size(); ++i)
            if (ukGov.match(document->lines[i]).hasMatch()) {
                context.regime = {QStringLiteral("uk-gov"), where(*document, i)};
                return;
            }
    context.regime = {QStringLiteral("commercial"), {}};
}

QString systemNameFrom(const Document &req)
{
    if (!req.ok)
        return {};
    const QString project = controlValue(req.lines, QStringLiteral("Project"));
    if (!project.isEmpty()) {
        const qsizetype paren = project.indexOf(QLatin1String(" (Project"));
        return (paren > 0 ? project.left(paren) : project).trimmed();
    }
    for (const MarkdownHeading &heading : req.outline.headings())
        if (heading.level == 1 && !heading.setext) {
            const QString &title = heading.text;
            const qsizetype colon = title.indexOf(QLatin1Char(':'));
            return (colon > 0 ? title.mid(colon + 1) : title).trimmed();
        }
    return {};
}

} // namespace

ProjectContext ContextExtractor::extract(const Project &project, const Project *global,
                                         const Requirements &requirements, Problems *problems) const
{
    ProjectContext context;
    const Document req = load(project.latest(QStringLiteral("REQ")), nullptr); // the analyzer reports REQ problems
    const Document aipb = load(project.latest(QStringLiteral("AIPB")), problems);
    const Document atrs = load(project.latest(QStringLiteral("ATRS")), problems);
    const Document data = load(project.latest(QStringLiteral("DATA")), problems);
    const Document prin = load(global ? global->latest(QStringLiteral("PRIN")) : nullptr, problems);

    if (aipb.ok)
        riskAndOversight(aipb, context);
    if (atrs.ok)
        atrsTier(atrs, context);
    if (data.ok)
        dataSources(data, context);
    if (prin.ok)
        principles(prin, context);
    platform(project, problems, context);
    servingTargets(requirements, context);
    genAi(requirements, context);
    regime(project, {&req, &aipb, &atrs, &data, &prin}, context);

    if (req.ok) {
        const QString classification = controlValue(req.lines, QStringLiteral("Classification"));
        if (!classification.isEmpty() && !classification.startsWith(QLatin1Char('[')))
            context.classification = {classification, req.relativePath};
        const QString name = systemNameFrom(req);
        if (!name.isEmpty())
            context.systemName = {name, req.relativePath};
    }
    return context;
}

} // namespace arckit
