#pragma once
// The catalogue of the sections an MLOps strategy should have (the 15 numbered
// sections of ArcKit's mlops template plus Document Control, Revision History,
// Approval and External References), and the matcher that finds them in a
// document of any layout: hand-written documents number and name their sections
// differently, so a section is found by its exact name (ignoring numbering), by a
// similar name (normalised tokens and synonyms) or by what its text talks about.
// The outline panel, the gap view and the validator use it.

#include "markdownoutline.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace arckit {

struct ReferenceSection
{
    enum class Condition {
        Always,
        GenAi,        // only for systems using LLMs / generative AI (section 9)
        UkGovernment, // only for UK public-sector systems (section 13)
    };

    QString key;       // stable id: "monitoring", "document-control", ...
    int number = 0;    // 1..15; 0 for the unnumbered sections
    QString title;     // "Model Monitoring"
    QString heading;   // the template's heading: "7. Model Monitoring" ("Document Control" when unnumbered)
    QString shortName; // "Monitoring", for narrow views
    Condition condition = Condition::Always;
    QStringList subsections; // the template's H3 headings
    QStringList aliases;     // other names authors give it
    QStringList keywords;    // lower-case terms whose presence in a section's text identifies it

    bool isConditional() const { return condition != Condition::Always; }
};

struct SectionMatch
{
    enum class Status {
        Present, // a heading with its name (numbering, case and markup ignored)
        Renamed, // a heading with a similar name, or a section whose text covers it
        Missing,
    };

    int section = -1; // index into ReferenceSections::all()
    Status status = Status::Missing;
    int headingIndex = -1;          // index into the outline's headings(); -1 when missing or before the first heading
    QString heading;                // the matched heading's text
    int line = 0;                   // its 1-based line
    int endLine = 0;                // the last line of its section
    double score = 0;               // 1 for an exact name, lower for similar names and content
    QString reason;                 // "exact name", "similar name", "subsection", "content: drift, psi, alert"
    QStringList missingSubsections; // the template's subsections not found under the heading

    bool found() const { return status != Status::Missing; }
};

using SectionMatches = QList<SectionMatch>;

class ReferenceSections
{
public:
    // The catalogue, numbered sections 1..15 first, then Document Control,
    // Revision History, Approval and External References.
    static const QList<ReferenceSection> &all();
    // Index of the section with this key in all(); -1 when unknown.
    static int indexOf(QStringView key);

    // One entry per section of all(), in the same order. missingSubsections is
    // only filled in when subsections is true (the gap view wants it, the
    // validator does not).
    static SectionMatches match(const MarkdownOutline &outline, bool subsections = true);

    // A heading reduced for comparison: markup, numbering ("7.", "Appendix A:"),
    // parenthesised remarks and punctuation removed, lower case, single spaces.
    // "## 13. UK Government AI Compliance (if applicable)" -> "uk government ai compliance"
    static QString normalizedHeading(QStringView heading);
    // The distinctive words of a heading with synonyms folded onto one concept:
    // "Observability & Alerting" -> {"alert", "monitor"} (sorted, unique).
    static QStringList concepts(QStringView heading);

    // Where term occurs in lowerText at the start of a word, from offset from;
    // -1 when it does not. Terms of three letters or fewer must be whole words
    // ("psi", "rag", "llm"). Both are expected in lower case.
    static qsizetype findTerm(QStringView lowerText, QStringView term, qsizetype from = 0);
    // text in lower case for findTerm: ASCII by arithmetic, other letters by
    // QChar::toLower; lengths and offsets stay those of text. Much faster than
    // QString::toLower, which the validator would otherwise spend most of its time in.
    static QString lowerCase(QStringView text);
};

} // namespace arckit
