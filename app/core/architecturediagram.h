#pragma once
// The architecture flowchart of section 1, from the answers: data sources, the
// models grouped by capability, training and registry (only when the project
// trains a model), serving, monitoring and governance. Plain mermaid
// "flowchart" syntax (subgraphs with quoted titles, quoted node labels,
// labelled edges), nothing newer than mermaid 11, so that the preview and
// ArcKit's own viewers draw it.

#include "answers.h"
#include "platformcomponents.h"

#include <QString>

namespace arckit {

class ArchitectureDiagram
{
public:
    // The diagram's lines, without the ```mermaid fence.
    static QString flowchart(const Answers &answers, const PlatformEntry *platform);
};

} // namespace arckit
