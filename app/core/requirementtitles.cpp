#include "requirementtitles.h"

#include "requirementid.h"

namespace arckit::requirementtitles {

using namespace requirementid;

// Removes Markdown emphasis and code markers from a title; keeps the words.
QString plainText(QStringView s)
{
    QString out;
    out.reserve(qMin<qsizetype>(s.size(), MaxTitle * 2));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('*') || c == QLatin1Char('`'))
            continue;
        if (c == QLatin1Char('_') && (i + 1 < s.size() && s[i + 1] == QLatin1Char('_'))) {
            ++i;
            continue;
        }
        out.append(c);
    }
    return out.simplified();
}

QString capTitle(const QString &title)
{
    if (title.size() <= MaxTitle)
        return title;
    qsizetype cut = title.lastIndexOf(QLatin1Char(' '), MaxTitle);
    if (cut < MaxTitle / 2)
        cut = MaxTitle;
    return title.left(cut).trimmed() + QChar(0x2026);
}

// The first sentence (or line) of a text, for requirements whose definition
// carries no separate title ("**TC-1**: MUST deploy to AWS UK regions ...").
QString firstSentence(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    const qsizetype stop = line.indexOf(QLatin1String(". "));
    if (stop > 0)
        line.truncate(stop);
    return capTitle(plainText(line));
}

// What follows an ID in a heading, list item or cell: separators and
// decoration are dropped, the rest is the title ("FR-001: **Login**").
QString titleAfter(QStringView s, qsizetype i)
{
    i = skipClosing(s, i);
    i = skipSpaces(s, i);
    if (i < s.size() && (s[i] == QLatin1Char(':') || isDash(s[i]) || s[i] == QLatin1Char('|') ||
                         s[i] == QLatin1Char('.') || s[i] == QLatin1Char(')')))
        ++i;
    i = skipClosing(s, i);
    return capTitle(plainText(s.mid(i)));
}

// Heading, list and paragraph text: leading section numbers ("3.2.1") and
// words such as "Requirement" may come before the ID.
qsizetype skipHeadingPrefix(QStringView s, qsizetype i)
{
    i = skipSpaces(s, i);
    i = skipOpening(s, i);
    if (i < s.size() && isAsciiDigit(s[i])) {
        qsizetype j = i;
        while (j < s.size() && (isAsciiDigit(s[j]) || s[j] == QLatin1Char('.')) && j - i < 16)
            ++j;
        if (j < s.size() && s[j] == QLatin1Char(')'))
            ++j;
        if (j < s.size() && s[j].isSpace())
            i = skipSpaces(s, j);
    }
    static const char *const words[] = {"Requirement ", "Req. ", "Req ", "Use Case ", "ID "};
    for (const char *w : words) {
        if (s.mid(i).startsWith(QLatin1String(w), Qt::CaseInsensitive)) {
            i = skipSpaces(s, i + qsizetype(qstrlen(w)));
            if (i < s.size() && (s[i] == QLatin1Char(':') || s[i] == QLatin1Char('#')))
                i = skipSpaces(s, i + 1);
            break;
        }
    }
    return skipOpening(s, i);
}

// "#### Entity DR-001: Tenant", "### Data Entity DR-002 - Invoice": one to
// three plain words name what the requirement is before its ID. Only when a
// separator and a title follow the ID, so that "### Supports FR-001" or a
// sentence that merely mentions an ID is no definition; words that point
// elsewhere ("see", "per", "supports") never qualify. Returns the position
// of the ID, or -1.
qsizetype idAfterWords(QStringView s, qsizetype i)
{
    static const char *const pointers[] = {"see",        "per",        "ref",       "re",        "cf",       "supports",
                                           "support",    "implements", "implement", "traces",    "trace",    "relates",
                                           "related",    "satisfies",  "covers",    "for",       "from",     "to",
                                           "by",         "and",        "or",        "vs",        "versus",   "with",
                                           "under",      "of",         "in",        "on",        "replaces", "replaced",
                                           "supersedes", "superseded", "conflict",  "conflicts", "gap"};
    for (int words = 0; words < 3; ++words) {
        const qsizetype begin = i;
        while (i < s.size() && s[i].isLetter() && i - begin < 24)
            ++i;
        if (i == begin || i >= s.size() || s[i] != QLatin1Char(' ') || !s[begin].isUpper())
            return -1;
        const QString word = s.mid(begin, i - begin).toString().toLower();
        for (const char *p : pointers) {
            if (word == QLatin1String(p))
                return -1;
        }
        i = skipOpening(s, skipSpaces(s, i));
        ParsedId id;
        if (!parseId(s, i, id))
            continue;
        if (continuesWithAnotherId(s, id.end))
            return -1;
        qsizetype j = skipSpaces(s, skipClosing(s, id.end));
        if (j >= s.size() || !(s[j] == QLatin1Char(':') || isDash(s[j])))
            return -1;
        j = skipSpaces(s, skipClosing(s, j + 1));
        return j < s.size() ? i : -1;
    }
    return -1;
}

// Sections whose IDs are repeats or cross-references by nature.
bool isNonDefiningTitle(const QString &title)
{
    const QString t = title.toLower();
    static const char *const parts[] = {"traceab",
                                        "revision history",
                                        "revisions",
                                        "document history",
                                        "version history",
                                        "change history",
                                        "changelog",
                                        "change log",
                                        "conflict",
                                        "coverage matrix",
                                        "requirement coverage",
                                        "requirements coverage",
                                        "matrix",
                                        "glossary",
                                        "cross-ref",
                                        "gap analysis",
                                        "open issues",
                                        "impact on requirements"};
    // "Monitoring and Traceability" is a quality the requirements under it
    // ask for; "Traceability" and "Traceability Matrix" list other requirements.
    const bool traceabilityQuality = t.contains(QLatin1String(" and ")) && !t.contains(QLatin1String("matrix")) &&
                                     !t.contains(QLatin1String("requirement")) &&
                                     !t.contains(QLatin1String("coverage"));
    for (const char *p : parts) {
        if (t.contains(QLatin1String(p)) && !(traceabilityQuality && qstrcmp(p, "traceab") == 0))
            return true;
    }
    // "Gaps", "Gap list", but not "gap-closing requirements".
    for (qsizetype at = t.indexOf(QLatin1String("gap")); at >= 0; at = t.indexOf(QLatin1String("gap"), at + 3)) {
        const bool startOk = at == 0 || !t[at - 1].isLetterOrNumber();
        qsizetype end = at + 3;
        if (end < t.size() && t[end] == QLatin1Char('s'))
            ++end;
        const bool endOk = end >= t.size() || (!t[end].isLetterOrNumber() && t[end] != QLatin1Char('-'));
        if (startOk && endOk)
            return true;
    }
    return false;
}

// A column header that holds what a requirement says (not a goal, a
// principle or a test reference).
bool isDescriptiveHeader(const QString &header)
{
    const QString h = header.toLower();
    static const char *const parts[] = {"title",  "name",     "description", "requirement", "summary", "statement",
                                        "detail", "text",     "feature",     "capability",  "need",    "specification",
                                        "shall",  "criteria", "constraint",  "story",       "purpose"};
    for (const char *p : parts) {
        if (h.contains(QLatin1String(p)))
            return true;
    }
    return false;
}

bool isTitleHeader(const QString &header)
{
    const QString h = header.toLower();
    return h.contains(QLatin1String("title")) || h.contains(QLatin1String("name")) ||
           h.contains(QLatin1String("summary"));
}

} // namespace arckit::requirementtitles
