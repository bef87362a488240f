#pragma once
// Turns the answers, the project and its requirements into the MLOps strategy
// Markdown, through a Mustache template (bundled, or the user's own), or an
// ArcKit bracket template from .arckit/templates*/ whose known placeholders
// ([PROJECT_ID], [PROJECT_NAME], [VERSION], [DATE], [YYYY-MM-DD]) are filled.
//
// Template order: the path given to render() (always Mustache), then under
// RenderInput::repositoryRoot .arckit/templates-custom/mlops-template.md and
// .arckit/templates/mlops-template.md (ArcKit bracket format; a file there
// that contains "{{" is rendered as Mustache), then the bundled
// :/templates/mlops.md.mustache. The values a Mustache template sees are
// TemplateData's. Whatever the template, the answers block (AnswersBlock) ends
// the document.
//
// The bundled template omits section 9 (LLM/GenAI) unless Answers::usesGenAi()
// and section 13 (UK Government) unless Answers::isUkGovernment(); the other
// sections keep their reference numbers, and a one-line italic note stands
// where an omitted section would be. The JSP 936 table appears only for MOD.

#include "answers.h"
#include "project.h"
#include "requirement.h"

#include <QDate>
#include <QString>

namespace arckit {

struct RenderInput
{
    Answers answers;
    Project project;
    Requirements requirements; // all of them; the ML ones go into the traceability table
    QString repositoryRoot;    // to resolve template overrides and relative paths
    QString version = QStringLiteral("1.0");
    QDate date = QDate::currentDate();
    QDate createdDate; // defaults to date
    QString generator = QStringLiteral("ArcKit MLOps Studio");
    // A new version of an existing document keeps the earlier Revision History
    // rows (verbatim Markdown table rows) above its own.
    QStringList previousRevisionRows;
    QString revisionChanges; // the new row's change summary; empty: a default
};

struct RenderResult
{
    QString markdown;
    QString templateUsed; // ":/templates/mlops.md.mustache" or the override's path
    QString error;        // set when a template could not be read or parsed
    QStringList
        warnings; // the document was written, but something given was ignored (a broken platform components file)

    bool ok() const { return error.isEmpty(); }
};

class DocumentRenderer
{
public:
    // templatePath: a Mustache template given on the command line; wins over all.
    RenderResult render(const RenderInput &input, const QString &templatePath = {}) const;

    // The placeholder the bundled template emits where an answer is missing,
    // e.g. placeholderFor("owner") == "[OWNER]". Every placeholder belongs to a field.
    static QString placeholderFor(const QString &field);
};

} // namespace arckit
