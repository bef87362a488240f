#include "contextextractor.h"
#include "textexpression.h"

#include "markdowntablerow.h"
#include "mlsystemprofiler.h"

#include <QRegularExpression>
#include <QSet>

namespace arckit {

namespace {

// "HIGH-RISK", "**HIGH**", "Very High" -> "High" / "Very High"; empty when none.
QString riskWord(const QString &text)
{
    static const TextExpression pattern(QStringLiteral("\\b(very[ -]high|critical|high|medium|moderate|low)\\b"),
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
QString controlValue(const ProfileDocument &document, const QString &field)
{
    const QString key = QStringLiteral("**%1**").arg(field);
    for (int number = 1; number <= document.lineCount() && number <= 80; ++number) {
        const QString line = document.line(number).trimmed();
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

void riskAndOversight(const ProfileDocument &aipb, ProjectContext &context)
{
    static const TextExpression riskLabel(QStringLiteral("risk (level|classification|rating|category)"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const int number : aipb.linesMatching(riskLabel)) {
        const QString line = aipb.line(number);
        const QString risk = riskWord(line.mid(riskLabel.match(line).capturedEnd()));
        if (!risk.isEmpty()) {
            context.riskLevel = {risk, aipb.where(number)};
            break;
        }
    }
    static const TextExpression oversight(QStringLiteral("human[ -](oversight|in[ -]the[ -]loop|review)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const TextExpression required(QStringLiteral("\\b(required|mandatory|must)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const TextExpression advisory(QStringLiteral("\\b(advisory|optional|recommended)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const int number : aipb.linesMatching(oversight)) {
        const QString line = aipb.line(number);
        if (required.match(line).hasMatch()) {
            context.humanOversight = {QStringLiteral("Required"), aipb.where(number)};
            return;
        }
        if (advisory.match(line).hasMatch() && context.humanOversight.isEmpty())
            context.humanOversight = {QStringLiteral("Advisory"), aipb.where(number)};
    }
}

void atrsTier(const ProfileDocument &atrs, ProjectContext &context)
{
    // An ATRS record has both tiers as parts; Tier 2 (detailed) present means
    // the full record is kept.
    static const TextExpression tier(QStringLiteral("\\bTier\\s*([12])\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const int number : atrs.linesMatching(tier)) {
        const auto match = tier.match(atrs.line(number));
        if (context.atrsTier.isEmpty() || match.captured(1) == QLatin1String("2"))
            context.atrsTier = {match.captured(1), atrs.where(number)};
        if (context.atrsTier.value == QLatin1String("2"))
            return;
    }
}

void personalData(const ProfileDocument &data, ProjectContext &context)
{
    static const TextExpression pii(
        QStringLiteral("\\b(contains pii|pii attributes|personal data)\\b[^|\\n]*?\\b(yes|true)\\b|"
                       "\\*\\*contains pii\\*\\*:\\s*yes"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<int> lines = data.linesMatching(pii);
    if (!lines.isEmpty())
        context.pii = {QStringLiteral("Yes"), data.where(lines.constFirst())};
}

void genAi(const Requirements &requirements, ProjectContext &context)
{
    static const TextExpression terms(
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

void regime(const Project &project, const ProfileDocuments &documents, ProjectContext &context)
{
    static const TextExpression mod(QStringLiteral("\\bJSP[ -]?936\\b|Ministry of Defence|\\bMOD\\b|\\bDefence\\b"));
    static const TextExpression ukGov(
        QStringLiteral("\\bOFFICIAL(-SENSITIVE)?\\b|AI Playbook|\\bATRS\\b|Algorithmic Transparency|"
                       "GOV\\.UK|Technology Code of Practice|\\bTCoP\\b|Cabinet Office|HM Government"));
    if (const Artifact *j936 = project.latest(QStringLiteral("J936"))) {
        context.regime = {QStringLiteral("mod"), j936->relativePath};
        return;
    }
    // The markings are read where they are stated: the REQ, AIPB, ATRS, DATA and the principles.
    QList<const ProfileDocument *> stating;
    for (const char *type : {"REQ", "AIPB", "ATRS", "DATA", "PRIN"})
        if (const ProfileDocument *document = documentOfType(documents, QLatin1String(type)))
            stating.append(document);
    for (const ProfileDocument *document : std::as_const(stating))
        for (const int number : document->linesMatching(mod))
            if (document->line(number).contains(QLatin1String("936"))) {
                context.regime = {QStringLiteral("mod"), document->where(number)};
                return;
            }
    // OFFICIAL markings and ATRS records are used by other governments too: a
    // project whose documents speak of another government (a federal one, a
    // named country's) more than of the UK's own bodies and standards is
    // another government's, neither UK Government nor commercial.
    static const TextExpression ukOnly(
        QStringLiteral("GOV\\.UK|Cabinet Office|HM Government|HM Treasury|Technology Code of Practice|\\bTCoP\\b|"
                       "AI Playbook|UK GDPR|\\bGDS\\b|Government Digital Service|UK Government|UK public sector|"
                       "\\bNCSC\\b|Service Standard|Green Book"));
    static const TextExpression otherGovernment(
        QStringLiteral("\\b[Ff]ederal\\b|\\bUAE\\b|United Arab Emirates|Australian Government|Government of "
                       "(Canada|India|Ireland|New Zealand|Singapore)|\\bU\\.?S\\.? (federal )?government|"
                       "European Commission|\\b[Ss]tate government"));
    qsizetype ukLines = 0;
    qsizetype otherLines = 0;
    QString firstOther;
    for (const ProfileDocument *document : std::as_const(stating)) {
        ukLines += document->linesMatching(ukOnly).size();
        const QList<int> other = document->linesMatching(otherGovernment);
        otherLines += other.size();
        if (firstOther.isEmpty() && !other.isEmpty())
            firstOther = document->where(other.constFirst());
    }
    // A line or two ("US sub-processors meet their federal baseline") says
    // nothing of the project's own government: it takes several to name it.
    if (otherLines > ukLines) {
        context.regime = otherLines >= 3 ? ContextValue{QStringLiteral("other-gov"), firstOther} : ContextValue{};
        return;
    }
    for (const ProfileDocument *document : std::as_const(stating)) {
        const QList<int> lines = document->linesMatching(ukGov);
        if (!lines.isEmpty()) {
            context.regime = {QStringLiteral("uk-gov"), document->where(lines.constFirst())};
            return;
        }
    }
    context.regime = {QStringLiteral("commercial"), {}};
}

QString systemNameFrom(const ProfileDocument &req)
{
    const QString project = controlValue(req, QStringLiteral("Project"));
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
    return extract(MlSystemProfiler::load(project, global, m_root, problems), project, requirements);
}

ProjectContext ContextExtractor::extract(const ProfileDocuments &documents, const Project &project,
                                         const Requirements &requirements)
{
    ProjectContext context;
    if (const ProfileDocument *aipb = documentOfType(documents, QLatin1StringView("AIPB")))
        riskAndOversight(*aipb, context);
    if (const ProfileDocument *atrs = documentOfType(documents, QLatin1StringView("ATRS")))
        atrsTier(*atrs, context);
    if (const ProfileDocument *data = documentOfType(documents, QLatin1StringView("DATA")))
        personalData(*data, context);
    genAi(requirements, context);
    regime(project, documents, context);

    if (const ProfileDocument *req = documentOfType(documents, QLatin1StringView("REQ"))) {
        const QString classification = controlValue(*req, QStringLiteral("Classification"));
        if (!classification.isEmpty() && !classification.startsWith(QLatin1Char('[')))
            context.classification = {classification, req->relativePath};
        const QString name = systemNameFrom(*req);
        if (!name.isEmpty())
            context.systemName = {name, req->relativePath};
    }
    return context;
}

} // namespace arckit
