#pragma once
// Section 15's rows: requirement -> model -> deployment -> MLOps element.
// A requirement maps to a model when the inventory says the model serves it
// (ModelEntry::requirements, filled from the ML system profile) or, for a
// hand-typed inventory without requirement lists, when a functional
// requirement names the model's words. Only those rows are ticked; every other
// traced requirement says "Not mapped" and why (a serving SLA, a security
// control or an MLOps process is not a model's).

#include "documentrenderer.h"
#include "platformcomponents.h"

#include <QStringList>
#include <QVariantList>

namespace arckit {

class TraceabilityData
{
public:
    // groups: each requirement's serving group (Requirement::servingGroup()), worked out once by the caller.
    // Rows: id, title, model, deployment, element, source, status, mapped, ml.
    static QVariantList rows(const RenderInput &input, const QStringList &groups, const PlatformEntry *platform);

    // The MLOps element a requirement maps to (see TemplateData::mlopsElement).
    static QString mlopsElement(const Requirement &requirement, const Answers &answers);

    // Where a model runs: the provider's API, the pre-built service's endpoint,
    // or the chosen platform's serving component.
    static QString deployment(const ModelEntry &model, const Answers &answers, const PlatformEntry *platform);
};

} // namespace arckit
