#include "prerequisitechecker.h"

#include "documentwriter.h"

namespace arckit {

namespace {
using Level = MissingDocument::Level;
} // namespace

QString MissingDocument::levelName(Level level)
{
    switch (level) {
    case Level::Mandatory: return QStringLiteral("mandatory");
    case Level::Recommended: return QStringLiteral("recommended");
    case Level::Optional: return QStringLiteral("optional");
    case Level::Info: return QStringLiteral("info");
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
                                       "NFRs and data requirements can be extracted.").arg(pid)});
    if (!project.latest(QStringLiteral("DATA")))
        missing.append({QStringLiteral("DATA"), Level::Recommended,
                        QStringLiteral("⚠️ Data model document (ARC-%1-DATA-*.md) not found. Training data "
                                       "understanding is important for MLOps. Consider running "
                                       "`$arckit-data-model` first.").arg(pid)});
    if (!project.latest(QStringLiteral("AIPB")))
        missing.append({QStringLiteral("AIPB"), Level::Recommended,
                        QStringLiteral("AI Playbook assessment (ARC-%1-AIPB-*.md) not found: the risk level, "
                                       "responsible AI requirements and human oversight model must be chosen by "
                                       "hand. Consider running `$arckit-ai-playbook` first.").arg(pid)});
    if (!global || !global->latest(QStringLiteral("PRIN")))
        missing.append({QStringLiteral("PRIN"), Level::Recommended,
                        QStringLiteral("Architecture principles (projects/000-global/ARC-000-PRIN-*.md) not found: "
                                       "AI/ML principles, technology standards and governance requirements cannot be "
                                       "referenced. Consider running `$arckit-principles` first.")});
    const bool hasResearch = project.latest(QStringLiteral("RSCH")) || !project.latestOfType(QStringLiteral("RSCH")).isEmpty()
        || project.latest(QStringLiteral("AWRS")) || project.latest(QStringLiteral("AZRS"))
        || project.latest(QStringLiteral("GCRS"));
    if (!hasResearch)
        missing.append({QStringLiteral("RSCH"), Level::Optional,
                        QStringLiteral("No research document (RSCH, AWRS, AZRS or GCRS): ML platform choices, serving "
                                       "infrastructure and cost estimates are not pre-filled. Optional: run "
                                       "`$arckit-research` to add them.")});
    if (!project.latest(QStringLiteral("ATRS")))
        missing.append({QStringLiteral("ATRS"), Level::Optional,
                        QStringLiteral("No Algorithmic Transparency Record (ARC-%1-ATRS-*.md): transparency and "
                                       "publication obligations are not pre-filled. Optional: run `$arckit-atrs` "
                                       "for public-sector algorithmic tools.").arg(pid)});
    if (!project.latest(QStringLiteral("J936")))
        missing.append({QStringLiteral("J936"), Level::Optional,
                        QStringLiteral("No JSP 936 AI assurance document (ARC-%1-J936-*.md): needed only for MOD "
                                       "(defence) AI systems. Optional: run `$arckit-jsp-936`.").arg(pid)});
    if (const Artifact *existing = project.latest(QStringLiteral("MLOPS")))
        missing.append({QStringLiteral("MLOPS"), Level::Info,
                        QStringLiteral("An MLOps strategy already exists (%1): this will be a revision, saved as %2.")
                            .arg(existing->name.fileName(), DocumentWriter::nextFileName(project))});
    return missing;
}

} // namespace arckit
