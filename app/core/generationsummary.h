#pragma once
// The summary block of the mlops command's Phase 5, printed after generation
// by the command line and shown on the wizard's review page.

#include "answers.h"

#include <QString>

namespace arckit {

class GenerationSummary
{
public:
    // filePath: where the document is (or will be) saved, relative to the repository root.
    static QString format(const Answers &answers, const QString &filePath);
};

} // namespace arckit
