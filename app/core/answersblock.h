#pragma once
// The answers embedded in a generated document as an HTML comment, so that
// re-opening the document restores the wizard's choices:
//   <!-- arckit-mlops-answers
//   { ...JSON... }
//   -->

#include "answers.h"

#include <QString>
#include <optional>

namespace arckit {

class AnswersBlock
{
public:
    static QString format(const Answers &answers);
    // The answers of the first block in markdown; nullopt when there is none or
    // it cannot be read (error says why).
    static std::optional<Answers> extract(const QString &markdown, QString *error = nullptr);
    // markdown with its block replaced by (or, when absent, appended with) answers.
    static QString replace(const QString &markdown, const Answers &answers);
};

} // namespace arckit
