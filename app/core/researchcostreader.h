#pragma once
// Reads the monthly costs of the ML system from the cost estimate of the
// research document for the cloud the project decided (the "Cost Breakdown"
// of an AWS research, AWRS, for a platform on AWS; AZRS for Azure, GCRS for
// Google Cloud), as ArcKit's command asks research to give cost estimates:
// the ML services' rows give the serving cost, an ML platform's training jobs
// the training cost, object storage the storage cost and the cloud's
// monitoring services the monitoring cost. Each value keeps the line of its
// first row and names the services it adds up.
//
//   "| AWS Bedrock | Claude Sonnet 4.5, 50B tokens/year | £40,000 | £480,000 |"  -> serving "£40,000 (Amazon Bedrock)"
//   "| CloudWatch | Logs, metrics | £500 |" + "| AWS X-Ray | 10% sampling | £50 |" -> monitoring "£550 (CloudWatch, AWS X-Ray)"
//
// Nothing is read while the platform is undecided (research for two clouds
// estimates two systems, and neither is the project's), from a table that
// compares options or prices one set aside, or when several estimates give
// no reason to take one. A generic research document (RSCH) compares vendors:
// it is not read.

#include "mlsystemprofile.h"
#include "profiledocument.h"

namespace arckit {

class ResearchCostReader
{
public:
    // Fills the profile's costs that are still empty.
    void read(const ProfileDocuments &documents, MlSystemProfile &profile) const;

    // The research document type of a cloud: "AWRS" for "AWS"; empty for none.
    static QString researchTypeOf(const QString &cloud);
};

} // namespace arckit
