#pragma once
// Reads how many people of each ML role the documents plan for: the ML
// engineers, data scientists and data engineers of a team list in an ATRS
// record, a delivery plan or a business case, each with its cited line.
//
//   "- Data Scientist (1 FTE) - Bias metrics, model evaluation"   -> data scientists "1"
//   "2 x ML Engineers for the first year"                          -> ML engineers "2"
//   "| Data Engineer | 1.5 | Pipelines |" under a header "FTE"     -> data engineers "1.5"
//
// A role named without a count ("AI Lead + Data Scientist") states nothing;
// nor do counts that differ (a team that grows by phase: the architect
// chooses), a range ("2-3 FTE") or a column of days.

#include "mlsystemprofile.h"
#include "profiledocument.h"

namespace arckit {

class TeamReader
{
public:
    // Fills the profile's team sizes that are still empty.
    void read(const ProfileDocuments &documents, MlSystemProfile &profile) const;

    // The people of a role on one line of a list or prose ("1", "2.5"); empty when none.
    static QString countIn(const QString &line, const QString &rolePattern);
};

} // namespace arckit
