#pragma once
// A file the engine could not use as it is, with a message a person can act on.

#include <QList>
#include <QString>

namespace arckit {

struct Problem
{
    QString path; // relative to the repository root where possible
    QString message;

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

} // namespace arckit
