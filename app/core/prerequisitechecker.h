#pragma once
// Lists the documents a project lacks for the mlops job, worded as ArcKit's
// command: REQ mandatory; DATA, AIPB and PRIN (in 000-global) recommended;
// research and ATRS optional; an existing MLOPS noted as a revision. What the
// project's own documents say then refines it (refine()): an Algorithmic
// Transparency Record is mandatory when a requirement or the AI Playbook
// assessment says publication is, recommended for UK public-sector projects;
// JSP 936 is asked for only from defence (MOD) projects.

#include "missingdocument.h"
#include "project.h"
#include "projectcontext.h"
#include "requirement.h"

namespace arckit {

class PrerequisiteChecker
{
public:
    // global: the 000-global project, or nullptr when the repository has none.
    MissingDocuments check(const Project &project, const Project *global) const;
    // The "no ML-related requirements" warning of the command spec.
    static MissingDocument noMlRequirements();
    // The first requirement, else the first line of the project's AIPB, that
    // makes publishing an ATRS record mandatory ("ATRS publication is
    // MANDATORY", "must publish an Algorithmic Transparency Record"): value is
    // the line, source "path:line". Empty when none does.
    static ContextValue atrsMandate(const Project &project, const Requirements &requirements);
    // Adjusts missing (from check()) to the project: the ATRS entry's level and
    // wording from atrsMandate() and regime ("uk-gov", "mod", "commercial"),
    // the JSP 936 entry added only for "mod".
    static void refine(MissingDocuments &missing, const Project &project, const Requirements &requirements,
                       const QString &regime);
};

} // namespace arckit
