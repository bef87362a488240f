#pragma once
// Everything the engine knows about one project for the mlops job: its
// requirements (classified), the missing prerequisites, the context read from
// the other documents, and the problems met on the way.

#include "answers.h"
#include "missingdocument.h"
#include "mlsystemprofile.h"
#include "problem.h"
#include "project.h"
#include "projectcontext.h"
#include "repositoryscanner.h"
#include "requirement.h"

namespace arckit {

struct ProjectAnalysis
{
    Project project;
    const Project *global = nullptr; // points into the scan it came from; may be null
    Requirements requirements;
    MissingDocuments missing;
    ProjectContext context;
    MlSystemProfile profile; // the ML system the documents describe
    Problems problems;

    Requirements mlRequirements() const;
    // The answers pre-filled from the context, each default with its source.
    Answers defaultAnswers() const;
};

class ProjectAnalyzer
{
public:
    ProjectAnalysis analyze(const RepositoryScan &scan, const Project &project) const;
};

} // namespace arckit
