#pragma once
// Reads the model-serving targets (latency at each percentile, throughput, a
// batch target, availability) from the requirements that concern the ML
// system, and only from them: a web page-load or an API-gateway figure is no
// model target, a p95 is not a p50, and "10,000 items in 4 hours" is a batch
// target, not a latency; of a normal and a peak throughput, the peak is the
// capacity to plan for. Two exceptions, each with its line: with no ML
// requirement stating one, the system's availability requirement (an
// availability NFR) is the serving availability, and a performance NFR's
// throughput counted in what the model serves one by one (messages, queries,
// predictions) is the serving throughput.

#include "mlsystemprofile.h"
#include "requirementtext.h"

namespace arckit {

class ServingTargetReader
{
public:
    // mlRequirementIds: the requirements an ML capability needs; requirements
    // classified ML count as well.
    void read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
              MlSystemProfile &profile) const;
};

} // namespace arckit
