#pragma once
// Lists the documents a project lacks for the mlops job, worded as ArcKit's
// command: REQ mandatory; DATA, AIPB and PRIN (in 000-global) recommended;
// research, ATRS and JSP 936 optional; an existing MLOPS noted as a revision.

#include "missingdocument.h"
#include "project.h"

namespace arckit {

class PrerequisiteChecker
{
public:
    // global: the 000-global project, or nullptr when the repository has none.
    MissingDocuments check(const Project &project, const Project *global) const;
    // The "no ML-related requirements" warning of the command spec.
    static MissingDocument noMlRequirements();
};

} // namespace arckit
