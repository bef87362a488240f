#pragma once
// What a new version of a project's MLOps strategy carries over from the
// latest existing one: the answers embedded in it, its Created Date and its
// Revision History rows.

#include "answers.h"
#include "project.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace arckit {

struct PreviousVersion
{
    QString relativePath;
    QString version;                // "1.0"
    std::optional<Answers> answers; // when the document embeds them
    QDate createdDate;
    QStringList revisionRows; // verbatim table rows, header and delimiter excluded
    QString problem;          // why it could not be read, when it could not

    // The latest MLOPS document of the project; nullopt when there is none.
    static std::optional<PreviousVersion> load(const Project &project);
    static PreviousVersion parse(const QString &markdown);
};

} // namespace arckit
