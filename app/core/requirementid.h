#pragma once
// Requirement identifiers in Markdown text: FR-004a, NFR-SEC-003, FR-ML-001.2,
// UC-1, with the decoration documents put around them ("**FR-001**",
// "[FR-001](#fr-001)") and the ranges and lists that name several at once.
// Apart from RequirementExtractor, which decides where an ID defines a
// requirement; this only reads IDs. Internal to the engine.

#include <QString>
#include <QStringView>

namespace arckit::requirementid {

inline bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
inline bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}
inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

struct ParsedId
{
    qsizetype end = 0; // one past the last character of the ID
    QString id;
    QString kind;
    QString category;
};

// The codes a section allows beyond the listed kinds. A section the document
// calls requirements ("Model Governance Requirements") numbers them with any
// code of two to four capitals ("MG-001"); a section of constraints may with
// its own initial ("C-001" under "Constraints").
struct SectionKinds
{
    bool anyCode = false;
    QChar initial;
};

// Whether kind ("FR", "NFR", ...) is one of the codes that introduce requirements.
bool isRequirementKind(QStringView kind);
// Reads an ID at pos of s into out. afterSeparator: pos follows a separator
// of a range or list ("FR-001/FR-002"), so the character before it is not checked.
// section: the codes the enclosing section allows beyond the list.
bool parseId(QStringView s, qsizetype pos, ParsedId &out, bool afterSeparator = false, SectionKinds section = {});
// True when the text at i (right after an ID) continues a range or a list of IDs.
bool continuesWithAnotherId(QStringView s, qsizetype i);

// Markdown around IDs: emphasis and code markers, link brackets, dashes.
bool isDecoration(QChar c);
bool isDash(QChar c); // "-", "‒", "–", "—", "−"
qsizetype skipSpaces(QStringView s, qsizetype i);
qsizetype skipOpening(QStringView s, qsizetype i);
qsizetype skipClosing(QStringView s, qsizetype i);

} // namespace arckit::requirementid
