#pragma once
// Takes the screenshots for the documentation and for checking the GUI by
// eye: the welcome view, the main window on a repository with its first ML
// project selected, each wizard page, the first two pages again on a
// repository with long names, and the generated document with its rendered
// preview.

#include <QString>

namespace arckit {

// Opens repo, shows the welcome view, selects the first ML project, runs
// through the wizard pages, generates the document into the editor, waits for
// the preview, and writes welcome.png, main-window.png, wizard-1-project.png
// ... wizard-8-review.png and preview.png into outDir; with longNamesRepo,
// also long-names-wizard-1-project.png and long-names-wizard-2-use-case.png;
// then find-bar.png, pdf-page-1.png and pdf-page-2.png (the exported PDF,
// with pdftoppm) and revision-deleted-section.png; preview-section-1.png is
// section 1 (capabilities matrix, architecture diagram) in the preview. With
// otherRepo (the target passes a corpus repository when there is one) also
// other-wizard-2-use-case.png, other-wizard-2b-inventory.png and
// other-preview-section-1.png from that repository's first project.
// Returns 0 when every picture was written.
int runScreenshotTour(int &argc, char **argv, const QString &repo, const QString &outDir,
                      const QString &longNamesRepo = {}, const QString &otherRepo = {});

} // namespace arckit
