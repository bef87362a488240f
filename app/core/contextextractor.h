#pragma once
// Reads what the project's other documents say that the MLOps strategy needs
// (risk level and oversight from AIPB, ATRS tier, personal data from DATA,
// GenAI use from the ML requirements, regime from markings, classification and
// system name from the REQ's Document Control) and remembers where each value
// came from. The platform, serving targets and training data are the ML system
// profile's (MlSystemProfiler): it weighs every document by its authority.

#include "problem.h"
#include "profiledocument.h"
#include "project.h"
#include "projectcontext.h"
#include "requirement.h"

namespace arckit {

class ContextExtractor
{
public:
    ContextExtractor(QString repositoryRoot)
        : m_root(std::move(repositoryRoot))
    {
    }

    // Reads the project's documents itself.
    ProjectContext extract(const Project &project, const Project *global, const Requirements &requirements,
                           Problems *problems) const;
    // From documents already read (MlSystemProfiler::load): the analysis reads each file once.
    static ProjectContext extract(const ProfileDocuments &documents, const Project &project,
                                  const Requirements &requirements);

private:
    QString m_root;
};

} // namespace arckit
