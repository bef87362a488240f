#pragma once
// Turns the answers, the project and its requirements into the MLOps strategy
// Markdown, through a Mustache template (bundled, or the user's own), or an
// ArcKit bracket template from .arckit/templates*/ whose known placeholders
// ([PROJECT_ID], [PROJECT_NAME], [VERSION], [DATE], [YYYY-MM-DD]) are filled.

#include "answers.h"
#include "project.h"
#include "requirement.h"

#include <QDate>
#include <QString>

namespace arckit {

struct RenderInput {
    Answers answers;
    Project project;
    Requirements requirements;  // all of them; the ML ones go into the traceability table
    QString repositoryRoot;     // to resolve template overrides and relative paths
    QString version = QStringLiteral("1.0");
    QDate date = QDate::currentDate();
    QDate createdDate;          // defaults to date
    QString generator = QStringLiteral("ArcKit MLOps Studio");
};

struct RenderResult {
    QString markdown;
    QString templateUsed; // ":/templates/mlops.md.mustache" or the override's path
    QString error;        // set when a template could not be read or parsed

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
