#pragma once
// Remembers the Document Control fields a person supplies (owner,
// classification, review cycle, distribution, reviewers, approver) between
// documents, in the application's QSettings under the group "documentControl".

#include <QStringList>

namespace arckit {

struct Answers;

class DocumentControlMemory
{
public:
    static QStringList fields();
    // Fills the empty Document Control fields of answers from the remembered
    // values; returns the names of the fields it filled.
    static QStringList recall(Answers &answers);
    // Remembers the non-empty Document Control fields of answers.
    static void remember(const Answers &answers);
};

} // namespace arckit
