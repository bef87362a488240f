#pragma once
// Regenerating a document from changed answers without losing what the user
// wrote: the document is compared H2 section by H2 section with the text the
// old answers generate; a section that differs was edited by hand and is kept,
// every other section comes from the new text. The embedded answers block is
// ignored when comparing and replaced at the end.

#include "answers.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

struct MarkdownSection
{
    QString title; // the H2 heading's text; empty for the part before the first H2
    QString key;   // title plus an occurrence number when a title repeats
    QString text;  // the heading line and everything up to the next H2
};

class SectionMerge
{
public:
    // Splits at "## " headings outside code fences and HTML comments.
    static QList<MarkdownSection> split(const QString &markdown);
    // Titles of the sections of current that differ from (or are missing in)
    // oldGenerated, in document order. The preamble, Document Control and
    // Revision History are managed by the application and never count.
    static QStringList editedSections(const QString &current, const QString &oldGenerated);
    // newGenerated with current's hand-edited and hand-added sections kept in
    // place (keepEdits), the Revision History taken from current, and the
    // answers block set to answers.
    static QString merge(const QString &newGenerated, const QString &current, const QString &oldGenerated,
                         const Answers &answers, bool keepEdits = true);
    static QString withoutAnswersBlock(const QString &markdown);
};

} // namespace arckit
