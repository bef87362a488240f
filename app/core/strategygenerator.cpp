#include "strategygenerator.h"
#include "textexpression.h"

#include "documentrenderer.h"
#include "documentwriter.h"
#include "revisionstamp.h"
#include "sectionmerge.h"

#include <QRegularExpression>

namespace arckit {

StrategyGenerator::StrategyGenerator(const ProjectAnalysis &analysis, const QString &repositoryRoot)
    : m_analysis(analysis)
    , m_root(repositoryRoot)
    , m_previous(PreviousVersion::load(analysis.project))
{
}

QString StrategyGenerator::previousProblem() const
{
    if (!m_previous || m_previous->problem.isEmpty())
        return {};
    return QStringLiteral("%1: %2").arg(m_previous->relativePath, m_previous->problem);
}

Answers StrategyGenerator::startingAnswers() const
{
    if (m_previous && m_previous->answers)
        return *m_previous->answers;
    return m_analysis.defaultAnswers();
}

StrategyDocument StrategyGenerator::generate(const Answers &answers, const StrategyOptions &options) const
{
    StrategyDocument document;
    // A latest version that cannot be read would lose its history silently.
    if (options.carryOver && !previousProblem().isEmpty()) {
        document.error = previousProblem();
        return document;
    }
    RenderInput input;
    input.answers = answers;
    input.project = m_analysis.project;
    input.requirements = m_analysis.requirements;
    input.repositoryRoot = m_root;
    input.version =
        options.version.isEmpty() ? DocumentWriter::nextVersion(m_analysis.project, options.major) : options.version;
    input.date = options.date.isValid() ? options.date : today();
    input.createdDate = options.createdDate;
    if (options.carryOver && m_previous) {
        if (!input.createdDate.isValid())
            input.createdDate = m_previous->createdDate;
        input.previousRevisionRows = m_previous->revisionRows;
    }
    if (!input.createdDate.isValid())
        input.createdDate = input.date;
    const RenderResult rendered = DocumentRenderer().render(input, options.templatePath);
    document.markdown = rendered.markdown;
    document.templateUsed = rendered.templateUsed;
    document.error = rendered.error;
    document.warnings = rendered.warnings;
    document.version = input.version;
    return document;
}

StrategyDocument StrategyGenerator::generateLike(const QString &markdown, const Answers &answers) const
{
    return generate(answers, optionsFromDocument(markdown, m_analysis.project));
}

QStringList StrategyGenerator::editedSections(const QString &current, const Answers &oldAnswers) const
{
    const StrategyDocument old = generateLike(current, oldAnswers);
    return old.ok() ? SectionMerge::editedSections(current, old.markdown) : QStringList();
}

Regeneration StrategyGenerator::regenerate(const QString &current, const Answers &oldAnswers, const Answers &newAnswers,
                                           bool keepEdits, const QDate &date) const
{
    Regeneration result;
    const StrategyOptions options = optionsFromDocument(current, m_analysis.project);
    const StrategyDocument old = generate(oldAnswers, options);
    StrategyOptions newOptions = options;
    newOptions.date = date.isValid() ? date : today();
    const StrategyDocument fresh = generate(newAnswers, newOptions);
    if (!old.ok() || !fresh.ok()) {
        result.document.error = old.ok() ? fresh.error : old.error;
        return result;
    }
    result.editedSections = SectionMerge::editedSections(current, old.markdown);
    result.document = fresh;
    result.document.markdown = SectionMerge::merge(fresh.markdown, current, old.markdown, newAnswers, keepEdits);
    return result;
}

QDate StrategyGenerator::today()
{
    const QDate injected = QDate::fromString(qEnvironmentVariable("ARCKIT_TODAY"), Qt::ISODate);
    return injected.isValid() ? injected : QDate::currentDate();
}

StrategyOptions StrategyGenerator::optionsFromDocument(const QString &markdown, const Project &project)
{
    StrategyOptions options;
    // An existing document's own Document Control, not the previous version's.
    options.carryOver = false;
    static const TextExpression versionPattern(QStringLiteral("^v?(\\d+\\.\\d+)$"));
    const auto version = versionPattern.match(RevisionStamp::field(markdown, QStringLiteral("Version")));
    options.version = version.hasMatch() ? version.captured(1) : DocumentWriter::nextVersion(project);
    const QDate modified =
        QDate::fromString(RevisionStamp::field(markdown, QStringLiteral("Last Modified")), Qt::ISODate);
    options.date = modified.isValid() ? modified : today();
    const QDate created =
        QDate::fromString(RevisionStamp::field(markdown, QStringLiteral("Created Date")), Qt::ISODate);
    options.createdDate = created.isValid() ? created : options.date;
    return options;
}

} // namespace arckit
