#pragma once
// Builds a project's MlSystemProfile from every document it has: the REQ's
// requirements (already extracted and classified), its Document Control and
// executive summary, DATA, AIPB, ATRS, DPIA, research, ADRs, business cases,
// external files and the global principles. Reads, never writes.

#include "mlsystemprofile.h"
#include "problem.h"
#include "profiledocument.h"
#include "project.h"
#include "requirement.h"

namespace arckit {

class MlSystemProfiler
{
public:
    explicit MlSystemProfiler(QString repositoryRoot)
        : m_root(std::move(repositoryRoot))
    {
    }

    MlSystemProfile profile(const Project &project, const Project *global, const Requirements &requirements,
                            Problems *problems = nullptr) const;

    // The same from documents already in memory (tests, benchmarks).
    static MlSystemProfile profile(const ProfileDocuments &documents, const Requirements &requirements);

    // Phrases naming the system's ML capabilities and services, for the
    // requirement classifier: "speech-to-text", "Azure AI Speech", ...
    static QStringList systemTerms(const MlSystemProfile &profile);

    // The serving and oversight targets once more, after the requirements were
    // classified with systemTerms(): a requirement that only then counts as
    // ML (the latency of the search it traces to) fills what the first
    // reading left empty; the values found first keep their place.
    static void readTargetsOfReclassified(const Requirements &requirements, MlSystemProfile &profile);

    static ProfileDocuments load(const Project &project, const Project *global, const QString &root,
                                 Problems *problems);

private:
    QString m_root;
};

} // namespace arckit
