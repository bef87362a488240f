#pragma once
// A prerequisite document that a project lacks (or a note, such as an existing
// MLOPS document that makes this a revision), worded as ArcKit's mlops command.

#include <QList>
#include <QString>

namespace arckit {

struct MissingDocument
{
    enum class Level { Mandatory, Recommended, Optional, Info };
    QString type; // "REQ", "DATA", "AIPB", "PRIN", "RSCH", "ATRS", "J936", "MLOPS", "ML"
    Level level = Level::Recommended;
    QString message; // what is missing and what to do about it

    static QString levelName(Level level); // "mandatory", "recommended", "optional", "info"
    // message without the command's warning sign, for views that show the
    // severity with an icon of their own.
    QString messageWithoutSign() const;
    friend bool operator==(const MissingDocument &, const MissingDocument &) = default;
};

using MissingDocuments = QList<MissingDocument>;

} // namespace arckit
