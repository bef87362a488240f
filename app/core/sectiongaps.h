#pragma once
// The gap view of an existing document: each reference section of an MLOps
// strategy marked present, present under another name (with the heading it
// matched) or missing, and whether it applies to the project's answers (the
// LLM section only with GenAI, the UK Government section only for the public
// sector). Missing sections can be inserted from a document the template
// generated for the same answers, each where the reference order puts it,
// and nothing else in the document moves or changes.

#include "answers.h"
#include "referencesections.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

struct SectionGap
{
    int section = -1; // index into ReferenceSections::all()
    SectionMatch match;
    bool applies = true; // false: conditional and not relevant to these answers
    bool isMissing() const { return applies && !match.found(); }
};

struct SectionInsertion
{
    QString text;         // the document with the sections inserted
    QStringList inserted; // headings as written: "7. Model Monitoring"
    QStringList notFound; // keys the generated document did not contain either
};

class SectionGaps
{
public:
    static QList<SectionGap> analyse(const MarkdownOutline &outline, const Answers &answers);
    // The same from matches already made (the live checks make them on every edit).
    static QList<SectionGap> fromMatches(const SectionMatches &matches, const Answers &answers);
    // Keys ("monitoring", "cost") of the sections that apply and are missing.
    static QStringList missingKeys(const QList<SectionGap> &gaps);
    // markdown with the sections named by keys copied from generated (the
    // template's rendering for the same answers). Headings are shifted to the
    // document's section level; the reference number is kept only when the
    // document numbers its sections as the reference does. New lines use the
    // document's line break.
    static SectionInsertion insert(const QString &markdown, const QString &generated, const QStringList &keys);
};

} // namespace arckit
