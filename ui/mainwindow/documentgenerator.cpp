#include "documentgenerator.h"

#include "documentwriter.h"
#include "revisionstamp.h"

#include <QRegularExpression>

namespace arckit {

RenderResult DocumentGenerator::generate(const ProjectAnalysis &analysis, const Answers &answers,
                                         const QString &repositoryRoot, const GenerationOptions &options)
{
    RenderInput input;
    input.answers = answers;
    input.project = analysis.project;
    input.requirements = analysis.requirements;
    input.repositoryRoot = repositoryRoot;
    input.version = options.version.isEmpty() ? DocumentWriter::nextVersion(analysis.project) : options.version;
    input.date = options.date.isValid() ? options.date : QDate::currentDate();
    input.createdDate = options.createdDate.isValid() ? options.createdDate : input.date;
    return DocumentRenderer().render(input);
}

GenerationOptions DocumentGenerator::optionsFromDocument(const QString &markdown, const Project &project)
{
    GenerationOptions options;
    static const QRegularExpression versionPattern(QStringLiteral("^v?(\\d+\\.\\d+)$"));
    const auto version = versionPattern.match(RevisionStamp::field(markdown, QStringLiteral("Version")));
    options.version = version.hasMatch() ? version.captured(1) : DocumentWriter::nextVersion(project);
    const QDate modified = QDate::fromString(RevisionStamp::field(markdown, QStringLiteral("Last Modified")), Qt::ISODate);
    if (modified.isValid())
        options.date = modified;
    const QDate created = QDate::fromString(RevisionStamp::field(markdown, QStringLiteral("Created Date")), Qt::ISODate);
    options.createdDate = created.isValid() ? created : options.date;
    return options;
}

} // namespace arckit
