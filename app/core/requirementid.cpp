#include "requirementid.h"

#include <QtGlobal>

namespace arckit::requirementid {

// The leading codes that introduce requirements. A whitelist rather than "any
// CODE-123": real documents are full of look-alikes (R-001 risks, C-1
// conflicts, A-1 assumptions, P-1 personas, G-1 goals, SD-1 drivers, PHQ-9,
// GPT-4, AES-256, STORY-029, ARC-001-REQ-v1.2) that are not requirements.
// TC-/BC- are the technical and business constraints of ArcKit's template
// (TC-3 "must use pre-trained foundation models" binds an MLOps strategy);
// REQ- is the generic form some documents use; US- (user stories) and CON-
// (constraints) are how others number theirs in the requirements document.
bool isRequirementKind(QStringView kind)
{
    static const char *const kinds[] = {"BR", "FR", "NFR", "DR", "INT", "UC", "TC", "BC", "REQ", "US", "CON"};
    for (const char *k : kinds) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}

// Reads an identifier such as FR-004a, NFR-SEC-003, FR-ML-001.2 or UC-1 at
// pos. Hand-written and linear: no regular expression can backtrack on a
// 1 MB line. Fails on wildcards (NFR-SEC-*), on longer codes that merely start
// like an ID (FR-001-v2) and on kinds outside the whitelist.
bool parseId(QStringView s, qsizetype pos, ParsedId &out, bool afterSeparator, SectionKinds section)
{
    const qsizetype n = s.size();
    if (pos > 0 && !afterSeparator) {
        const QChar before = s[pos - 1];
        if (isWordChar(before) || before == QLatin1Char('-') || before == QLatin1Char('.') ||
            before == QLatin1Char('/'))
            return false;
    }
    qsizetype i = pos;
    while (i < n && isAsciiUpper(s[i]) && i - pos < 7)
        ++i;
    const bool listed = isRequirementKind(s.mid(pos, i - pos));
    const bool ownCode = (section.anyCode && i - pos >= 2 && i - pos <= 4) ||
                         (i - pos == 1 && !section.initial.isNull() && s[pos] == section.initial);
    if (i == pos || !(listed || ownCode))
        return false;
    const qsizetype kindEnd = i;
    qsizetype categoryBegin = -1;
    qsizetype categoryEnd = -1;
    int categories = 0;
    qsizetype digitsBegin = -1;
    while (i < n && s[i] == QLatin1Char('-')) {
        ++i;
        if (i < n && isAsciiDigit(s[i])) {
            digitsBegin = i;
            while (i < n && isAsciiDigit(s[i]) && i - digitsBegin < 7)
                ++i;
            break;
        }
        if (i < n && isAsciiUpper(s[i]) && categories < 3) {
            const qsizetype b = i;
            while (i < n && (isAsciiUpper(s[i]) || isAsciiDigit(s[i])) && i - b < 12)
                ++i;
            if (categoryBegin < 0)
                categoryBegin = b;
            categoryEnd = i;
            ++categories;
            continue;
        }
        return false;
    }
    if (digitsBegin < 0 || (!listed && categoryBegin >= 0))
        return false;
    // Sub-numbers (FR-ML-001.2) and one suffix letter (FR-004a).
    while (i + 1 < n && s[i] == QLatin1Char('.') && isAsciiDigit(s[i + 1])) {
        ++i;
        while (i < n && isAsciiDigit(s[i]))
            ++i;
    }
    if (i < n && (isAsciiLower(s[i]) || isAsciiUpper(s[i])) && (i + 1 >= n || !isWordChar(s[i + 1])))
        ++i;
    if (i < n && (isWordChar(s[i])))
        return false;
    if (i + 1 < n && s[i] == QLatin1Char('-') && isWordChar(s[i + 1]))
        return false; // ARC-001-REQ-v1.2 style document codes, FR-001-FR-003 ranges
    out.end = i;
    out.id = s.mid(pos, i - pos).toString();
    out.kind = s.mid(pos, kindEnd - pos).toString();
    out.category = categoryBegin >= 0 ? s.mid(categoryBegin, categoryEnd - categoryBegin).toString() : QString();
    return true;
}

bool isDecoration(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('`') || c == QLatin1Char('~');
}

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isSpace())
        ++i;
    return i;
}

// Skips Markdown emphasis, code ticks and link brackets around an ID:
// "**FR-001**", "`FR-001`", "[FR-001](#fr-001)".
qsizetype skipOpening(QStringView s, qsizetype i)
{
    int guard = 0;
    while (i < s.size() && (isDecoration(s[i]) || s[i] == QLatin1Char('[')) && guard++ < 8)
        ++i;
    return i;
}

qsizetype skipClosing(QStringView s, qsizetype i)
{
    int guard = 0;
    while (i < s.size() && guard++ < 8) {
        if (isDecoration(s[i])) {
            ++i;
        } else if (s[i] == QLatin1Char(']')) {
            ++i;
            if (i < s.size() && s[i] == QLatin1Char('(')) {
                const qsizetype close = s.indexOf(QLatin1Char(')'), i);
                if (close < 0 || close - i > 300)
                    return i;
                i = close + 1;
            }
        } else {
            break;
        }
    }
    return i;
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2012) ||
           c == QChar(0x2212);
}

// True when the text right after an ID continues a range or a list of IDs:
// "FR-001 to FR-003", "NFR-P-001–003", "FR-001, FR-002", "FR-001/FR-002".
// Such a line talks about several requirements and defines none.
bool continuesWithAnotherId(QStringView s, qsizetype i)
{
    i = skipClosing(s, i);
    i = skipSpaces(s, i);
    if (i >= s.size())
        return false;
    qsizetype j = i;
    if (isDash(s[j]) || s[j] == QLatin1Char(',') || s[j] == QLatin1Char('/') || s[j] == QLatin1Char('&') ||
        s[j] == QLatin1Char('~') || s[j] == QChar(0x2026)) {
        ++j;
        if (j < s.size() && s[j] == QLatin1Char('.'))
            ++j;
    } else if (s.mid(j).startsWith(QLatin1String(".."))) {
        j += 2;
    } else {
        static const char *const words[] = {"to ", "through ", "thru ", "and ", "or ", "until "};
        bool word = false;
        for (const char *w : words) {
            if (s.mid(j).startsWith(QLatin1String(w), Qt::CaseInsensitive)) {
                j += qsizetype(qstrlen(w));
                word = true;
                break;
            }
        }
        if (!word)
            return false;
    }
    j = skipSpaces(s, j);
    j = skipOpening(s, j);
    if (j >= s.size())
        return false;
    ParsedId other;
    if (isAsciiDigit(s[j]))
        return true; // "NFR-P-001–003"
    return parseId(s, j, other, true);
}

} // namespace arckit::requirementid
