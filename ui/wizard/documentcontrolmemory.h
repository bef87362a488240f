#pragma once
// Remembers the Document Control fields a person supplies (owner,
// classification, review cycle, distribution) between documents of one
// repository, in the application's QSettings under "documentControl/<key of
// the repository root>". Values belong to the repository they came from: an
// organisation's people never appear in another repository's documents.
// Approver and reviewers are never remembered: a sign-off is given for one
// document, so a name there must always be typed on purpose.

#include <QStringList>

namespace arckit {

struct Answers;

class DocumentControlMemory
{
public:
    // The fields remembered and recalled.
    static QStringList fields();
    // Fills the empty Document Control fields of answers from the values
    // remembered for repositoryRoot; returns the names of the fields it filled.
    // Nothing is recalled for an empty root.
    static QStringList recall(Answers &answers, const QString &repositoryRoot);
    // Remembers the non-empty Document Control fields of answers for repositoryRoot.
    static void remember(const Answers &answers, const QString &repositoryRoot);
    // The settings group of a repository.
    static QString groupFor(const QString &repositoryRoot);
};

} // namespace arckit
