#include "prerequisitechecker.h"
#include "textexpression.h"

#include "documentwriter.h"
#include "markdowntablerow.h"
#include "textfilereader.h"

#include <QRegularExpression>

namespace arckit {

namespace {
using Level = MissingDocument::Level;

// The ATRS entry at level, quoting the line that makes it mandatory.
MissingDocument atrsMissing(const QString &pid, Level level, const ContextValue &mandate)
{
    switch (level) {
    case Level::Mandatory:
        return {QStringLiteral("ATRS"), level,
                QStringLiteral("⚠️ No Algorithmic Transparency Record (ARC-%1-ATRS-*.md), and publication is "
                               "mandatory for this project: %2 says \"%3\". Run `$arckit-atrs` to complete "
                               "Tier 1 (the summary for the public) and Tier 2 (the detailed record).")
                    .arg(pid, mandate.source, mandate.value)};
    case Level::Recommended:
        return {QStringLiteral("ATRS"), level,
                QStringLiteral("No Algorithmic Transparency Record (ARC-%1-ATRS-*.md): UK public-sector "
                               "algorithmic tools are expected to publish one (Tier 1 for the public, Tier 2 "
                               "the detailed record). Recommended: run `$arckit-atrs`.")
                    .arg(pid)};
    default:
        break;
    }
    return {QStringLiteral("ATRS"), Level::Optional,
            QStringLiteral("No Algorithmic Transparency Record (ARC-%1-ATRS-*.md): transparency and "
                           "publication obligations are not pre-filled. Optional: run `$arckit-atrs` "
                           "for public-sector algorithmic tools.")
                .arg(pid)};
}

// A line that names the standard and says it must be published; "not
// required" and "optional" do not count.
bool mandatesAtrs(QStringView line)
{
    static const TextExpression standard(QStringLiteral("\\bATRS\\b|Algorithmic Transparency"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const TextExpression obligation(QStringLiteral("\\bmandatory\\b|\\bmust\\b|\\bshall\\b|\\brequired\\b|"
                                                          "\\bobligat"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const TextExpression negation(QStringLiteral("\\bnot\\s+(?:mandatory|required)\\b|\\boptional\\b|"
                                                        "\\bnot\\s+applicable\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return standard.match(line).hasMatch() && obligation.match(line).hasMatch() && !negation.match(line).hasMatch();
}

QString quoted(QString line)
{
    line = line.simplified();
    line.remove(QLatin1String("**"));
    // A table row is quoted as its cells, without the outer pipes.
    const MarkdownTableRow row = MarkdownTableRow::split(line);
    if (row.isRow()) {
        QStringList cells;
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            cells.append(MarkdownTableRow::unescaped(row.cell(line, i)));
        line = cells.join(QLatin1String(" | "));
    }
    while (line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('#')))
        line = line.mid(1).trimmed();
    return line.size() > 160 ? line.left(157) + QStringLiteral("...") : line;
}

} // namespace

QString MissingDocument::levelName(Level level)
{
    switch (level) {
    case Level::Mandatory:
        return QStringLiteral("mandatory");
    case Level::Recommended:
        return QStringLiteral("recommended");
    case Level::Optional:
        return QStringLiteral("optional");
    case Level::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString MissingDocument::messageWithoutSign() const
{
    // "⚠️" is U+26A0 with an optional emoji selector U+FE0F.
    QString text = message;
    text.remove(QChar(0xFE0F));
    text.remove(QChar(0x26A0));
    return text.simplified();
}

MissingDocument PrerequisiteChecker::noMlRequirements()
{
    return {QStringLiteral("ML"), Level::Recommended,
            QStringLiteral("⚠️ No ML-related requirements found. Please ensure the requirements document "
                           "(ARC-*-REQ-*.md) includes ML use cases (search for 'model', 'ML', 'AI', 'predict').")};
}

MissingDocuments PrerequisiteChecker::check(const Project &project, const Project *global) const
{
    MissingDocuments missing;
    if (project.isGlobal())
        return missing; // 000-global holds cross-project policies; it gets no MLOps strategy
    const QString pid = project.id;
    if (!project.latest(QStringLiteral("REQ")))
        missing.append({QStringLiteral("REQ"), Level::Mandatory,
                        QStringLiteral("⚠️ Requirements document (ARC-%1-REQ-*.md) not found. It is mandatory: "
                                       "run `$arckit-requirements` first, so that the ML use cases, performance "
                                       "NFRs and data requirements can be extracted.")
                            .arg(pid)});
    if (!project.latest(QStringLiteral("DATA")))
        missing.append({QStringLiteral("DATA"), Level::Recommended,
                        QStringLiteral("⚠️ Data model document (ARC-%1-DATA-*.md) not found. Training data "
                                       "understanding is important for MLOps. Consider running "
                                       "`$arckit-data-model` first.")
                            .arg(pid)});
    if (!project.latest(QStringLiteral("AIPB")))
        missing.append({QStringLiteral("AIPB"), Level::Recommended,
                        QStringLiteral("AI Playbook assessment (ARC-%1-AIPB-*.md) not found: the risk level, "
                                       "responsible AI requirements and human oversight model must be chosen by "
                                       "hand. Consider running `$arckit-ai-playbook` first.")
                            .arg(pid)});
    if (!global || !global->latest(QStringLiteral("PRIN")))
        missing.append({QStringLiteral("PRIN"), Level::Recommended,
                        QStringLiteral("Architecture principles (projects/000-global/ARC-000-PRIN-*.md) not found: "
                                       "AI/ML principles, technology standards and governance requirements cannot be "
                                       "referenced. Consider running `$arckit-principles` first.")});
    const bool hasResearch = project.latest(QStringLiteral("RSCH")) ||
                             !project.latestOfType(QStringLiteral("RSCH")).isEmpty() ||
                             project.latest(QStringLiteral("AWRS")) || project.latest(QStringLiteral("AZRS")) ||
                             project.latest(QStringLiteral("GCRS"));
    if (!hasResearch)
        missing.append({QStringLiteral("RSCH"), Level::Optional,
                        QStringLiteral("No research document (RSCH, AWRS, AZRS or GCRS): ML platform choices, serving "
                                       "infrastructure and cost estimates are not pre-filled. Optional: run "
                                       "`$arckit-research` to add them.")});
    if (!project.latest(QStringLiteral("ATRS")))
        missing.append(atrsMissing(pid, Level::Optional, {}));
    if (const Artifact *existing = project.latest(QStringLiteral("MLOPS")))
        missing.append({QStringLiteral("MLOPS"), Level::Info,
                        QStringLiteral("An MLOps strategy already exists (%1): this will be a revision, saved as %2.")
                            .arg(existing->name.fileName(), DocumentWriter::nextFileName(project))});
    return missing;
}

ContextValue PrerequisiteChecker::atrsMandate(const Project &project, const Requirements &requirements)
{
    // MoSCoW priority in capitals, as requirements documents write it: "**Priority**: MUST_HAVE".
    static const TextExpression mustPriority(QStringLiteral("\\bMUST(?:_HAVE| HAVE)?\\b"));
    static const TextExpression standard(QStringLiteral("\\bATRS\\b|Algorithmic Transparency"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const Requirement &requirement : requirements) {
        const QString where =
            QStringLiteral("%1:%2 (%3)").arg(requirement.source).arg(requirement.line).arg(requirement.id);
        const QString text = requirement.title + QLatin1Char('\n') + requirement.body;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (mandatesAtrs(line))
                return {quoted(line), where};
        }
        // "BR-002: Five ATRS records published ..." with the priority MUST_HAVE.
        if (standard.match(requirement.title).hasMatch()) {
            for (const QString &line : lines) {
                if (mustPriority.match(line).hasMatch())
                    return {quoted(requirement.title) + QStringLiteral("\" with \"") + quoted(line), where};
            }
        }
    }
    if (const Artifact *aipb = project.latest(QStringLiteral("AIPB"))) {
        const TextFile file = TextFileReader::read(aipb->path);
        if (file.ok()) {
            const QStringList lines = file.text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (mandatesAtrs(lines.at(i)))
                    return {quoted(lines.at(i)), QStringLiteral("%1:%2").arg(aipb->relativePath).arg(i + 1)};
            }
        }
    }
    return {};
}

void PrerequisiteChecker::refine(MissingDocuments &missing, const Project &project, const Requirements &requirements,
                                 const QString &regime)
{
    if (project.isGlobal())
        return;
    for (MissingDocument &document : missing) {
        if (document.type != QLatin1String("ATRS"))
            continue;
        const ContextValue mandate = atrsMandate(project, requirements);
        if (!mandate.isEmpty())
            document = atrsMissing(project.id, Level::Mandatory, mandate);
        else if (regime == QLatin1String("uk-gov") || regime == QLatin1String("mod"))
            document = atrsMissing(project.id, Level::Recommended, {});
    }
    // JSP 936 (Dependable AI in Defence) applies to MOD projects only; for any
    // other project the note would only be noise.
    if (regime == QLatin1String("mod") && !project.latest(QStringLiteral("J936"))) {
        MissingDocument j936{QStringLiteral("J936"), Level::Recommended,
                             QStringLiteral("No JSP 936 AI assurance document (ARC-%1-J936-*.md): this is a defence "
                                            "(MOD) project, and JSP 936 assurance is expected of its AI systems. "
                                            "Run `$arckit-jsp-936`.")
                                 .arg(project.id)};
        // Before the revision note, which stays last.
        qsizetype at = missing.size();
        while (at > 0 && missing.at(at - 1).level == Level::Info)
            --at;
        missing.insert(at, j936);
    }
}

} // namespace arckit
