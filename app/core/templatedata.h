#pragma once
// The values the bundled Mustache template (and any user Mustache template)
// sees, built from a RenderInput. Everything is already Markdown-safe: table
// cells have their pipes escaped and newlines collapsed, mermaid labels are
// quote-safe, and an empty answer becomes its field's placeholder. Kept as a
// plain QVariantHash (strings, bools, lists, nested hashes) so that it can be
// inspected in tests and converted to any template engine's data.

#include "documentrenderer.h"

#include <QDate>
#include <QString>
#include <QVariantHash>

namespace arckit {

class TemplateData
{
public:
    static QVariantHash build(const RenderInput &input);

    // A value for a Markdown table cell: whitespace (newlines included)
    // collapsed, unescaped '|' escaped, and a space after '<' / '>' in
    // comparisons ("<100ms" -> "< 100ms") so renderers never read a tag.
    static QString cell(const QString &text);
    // Only the comparison spacing of cell(), for running text.
    static QString spaceComparisons(const QString &text);
    // Text for a quoted mermaid label: ["..."] or |"..."|.
    static QString mermaidLabel(const QString &text);

    // "Monthly" -> from + 1 month, "Quarterly" +3, "Annual" +12 (ISO dates);
    // "On-Demand" -> "On-Demand"; empty for an empty cycle; a sentence naming
    // the cycle when it is not one of those.
    static QString nextReviewDate(const QString &reviewCycle, const QDate &from);

    // The MLOps element a requirement maps to in the traceability table: a
    // model of the inventory, the serving SLA, monitoring, governance...,
    // chosen by its serving group, its kind and the words of its text.
    static QString mlopsElement(const Requirement &requirement, const Answers &answers);

    // The requirements listed in the traceability table: every ML-related one
    // and every serving-target NFR (performance, availability, security).
    static bool isTraced(const Requirement &requirement);
};

} // namespace arckit
