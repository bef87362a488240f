#pragma once
// Validates an MLOps strategy document: the command's Phase 4 checks, ArcKit's
// common quality checks and the MLOPS-specific ones. Works on documents of any
// layout (generated, hand-written or written by ArcKit itself): sections are
// found by meaning through ReferenceSections, not by their numbering.
// Findings come sorted by line. Rule names and severities (missing structure is
// an error, an unfilled placeholder a warning, style an info) are listed in
// the table at the top of documentvalidator.cpp:
//   section-missing, traceability, monitoring, governance, responsible-ai,
//   uk-gov-compliance, data-pipeline, lifecycle, drift, document-control,
//   document-id, status, classification, revision-history, placeholder, footer,
//   heading-levels, table-columns, comparison-spacing, answers-contradicted

#include "markdownoutline.h"
#include "referencesections.h"
#include "requirement.h"
#include "validationfinding.h"

#include <QString>

namespace arckit {

struct ValidationContext
{
    QString fileName;            // to check the Document ID against; may be empty
    Requirements mlRequirements; // when known, each must appear in the traceability section
    bool ukGovernment = false;   // when known; otherwise inferred from the text
};

class DocumentValidator
{
public:
    ValidationFindings validate(const QString &markdown, const ValidationContext &context = {}) const;
    // The same, reusing an outline and section matches the caller already has
    // (the GUI parses and matches on every edit for its outline and gap view).
    // matches must come from ReferenceSections::match(outline).
    ValidationFindings validate(const MarkdownOutline &outline, const SectionMatches &matches,
                                const ValidationContext &context = {}) const;
};

} // namespace arckit
