#pragma once
// What the wizard's pages share: the analysis they show and the answers being
// edited. Pages load from and store into this one live value, so that going
// Back and Next again keeps every edit.

#include "answers.h"
#include "projectanalysis.h"

#include <QStringList>

namespace arckit {

struct WizardState
{
    ProjectAnalysis analysis;
    Answers answers;
    // The root of the repository the project lies in; the Document Control
    // remembered for it is the only one offered.
    QString repositoryRoot;
    // Fields filled from the Document Control remembered from a previous
    // document (not from this project's documents), for their hints.
    QStringList remembered;
};

} // namespace arckit
