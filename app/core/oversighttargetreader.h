#pragma once
// Reads, from the requirements that concern the ML system, what they state
// about supervising the models: the human oversight model, whether fairness
// is monitored in production, and a quality metric with its number
// ("Model accuracy ≥85% on the benchmark"). Each value keeps the line of the
// requirement that states it; what no requirement states stays empty, for
// the architect (and the AI Playbook assessment, which wins when it exists).
//
// Human oversight: "Required" when a requirement makes a person review or
// decide each output ("human-in-the-loop", "require human review", "human
// decides"); "Advisory" when people review only some outputs (routed or
// escalated to a person on low confidence, flagged for review). Requirements
// stating both leave it empty: the choice is the architect's.

#include "mlsystemprofile.h"
#include "requirementtext.h"

namespace arckit {

class OversightTargetReader
{
public:
    // mlRequirementIds: the requirements an ML capability needs; requirements
    // classified ML count as well.
    void read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
              MlSystemProfile &profile) const;
};

} // namespace arckit
