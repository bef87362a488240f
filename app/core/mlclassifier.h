#pragma once
// Decides whether an MLOps strategy has to cover a requirement, and records the
// evidence (matched terms, whole words, case rules such as "AI" only in
// capitals so that "maintain" and "said" never match).

#include "requirement.h"

namespace arckit {

class MlClassifier
{
public:
    // Sets requirement.ml and requirement.evidence.
    void classify(Requirement &requirement) const;
    void classify(Requirements &requirements) const;
};

} // namespace arckit
