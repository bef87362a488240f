#pragma once
// Turns wizard answers into the document text for a project, with the
// project's requirements and the repository's template overrides: the one
// place where the GUI calls the renderer, for New, for regeneration and for
// the text the old answers generated (to find hand-edited sections).

#include "documentrenderer.h"
#include "projectanalysis.h"

#include <QDate>

namespace arckit {

struct GenerationOptions {
    QString version;  // empty: the project's next MLOPS version
    QDate date = QDate::currentDate();
    QDate createdDate; // empty: date
};

class DocumentGenerator
{
public:
    static RenderResult generate(const ProjectAnalysis &analysis, const Answers &answers, const QString &repositoryRoot,
                                 const GenerationOptions &options = {});
    // The options that reproduce an existing document's Document Control
    // (its Version, Last Modified and Created Date).
    static GenerationOptions optionsFromDocument(const QString &markdown, const Project &project);
};

} // namespace arckit
