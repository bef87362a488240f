#pragma once
// Finds the requirements a REQ document defines: headings, table rows and list
// items that introduce an identifier (BR-, FR-, FR-ML-, NFR-<cat>-, DR-, INT-,
// UC-, ...). Cross-references, traceability rows, ranges and look-alikes
// (risk IDs, document IDs, PHQ-9, ...) are not definitions and are skipped;
// the first defining occurrence of an ID wins.

#include "requirement.h"

namespace arckit {

class RequirementExtractor
{
public:
    // text: the whole document; source: its path relative to the repository root.
    // The requirements come back in document order, unclassified (ml = false).
    Requirements extract(const QString &text, const QString &source) const;
};

} // namespace arckit
