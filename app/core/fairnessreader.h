#pragma once
// Reads what the documents state about watching the models for unfair
// outcomes: the protected groups, the threshold of the fairness metric and
// how often it is checked. The system's own fairness requirement says it
// first; a DPIA or AI Playbook assessment that lists the protected
// characteristics it considered comes next. Each value keeps the line that
// states it; what nothing states stays empty, and the strategy recommends.
//
//   "Demographic Parity: ... (threshold: <5% deviation)"    -> "< 5% deviation"
//   "establish fairness metrics with quarterly monitoring"  -> "Quarterly"
//   "**Protected Characteristics**:\n- Gender (male, ...)"  -> "Gender"
//   "- [x] Age — elderly users ..." (ticked)                -> "Age"

#include "mlsystemprofile.h"
#include "profiledocument.h"
#include "requirementtext.h"

namespace arckit {

class FairnessReader
{
public:
    // mlRequirementIds: the requirements an ML capability needs; requirements
    // classified ML count as well.
    void read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
              const ProfileDocuments &documents, MlSystemProfile &profile) const;

    // The protected groups a list under a "Protected characteristics" label
    // names, from the label at index labelLine of lines; empty when none.
    static QStringList groupsListedAt(const QStringList &lines, qsizetype labelLine);
};

} // namespace arckit
