#pragma once
// Takes the screenshots for the documentation and for checking the GUI by
// eye: the main window on a repository with its first ML project selected,
// each wizard page, and the generated document with its rendered preview.

#include <QString>

namespace arckit {

// Opens repo, selects the first ML project, runs through the wizard pages,
// generates the document into the editor, waits for the preview, and writes
// main-window.png, wizard-1-project.png ... wizard-8-review.png and
// preview.png into outDir; then find-bar.png, pdf-page-1.png and
// pdf-page-2.png (the exported PDF, with pdftoppm) and
// revision-deleted-section.png. Returns 0 when every picture was written.
int runScreenshotTour(int &argc, char **argv, const QString &repo, const QString &outDir);

} // namespace arckit
