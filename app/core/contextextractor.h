#pragma once
// Reads what the project's other documents say that the MLOps strategy needs
// (risk level and oversight from AIPB, ATRS tier, data sources and PII from
// DATA, AI/ML principles from PRIN, platform hints from research, serving
// targets from the NFRs, regime from markings) and remembers where each value
// came from.

#include "problem.h"
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

    ProjectContext extract(const Project &project, const Project *global, const Requirements &requirements,
                           Problems *problems) const;

private:
    QString m_root;
};

} // namespace arckit
