#pragma once
// One validation run of DocumentValidator: the document, its section matches,
// the context, and the findings so far with their per-rule cap. Internal to the
// engine. The rules are grouped by job, one file each: the line scan
// (validatorlinescan.cpp), Document Control (documentcontrolrules.cpp), and
// headings, sections and MLOps content (documentvalidator.cpp).

#include "documentvalidator.h"
#include "markdownoutline.h"
#include "referencesections.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <optional>

#include <algorithm>

namespace arckit::validation {

using namespace Qt::StringLiterals;

using Severity = ValidationFinding::Severity;
using LineKind = MarkdownOutline::LineKind;

constexpr int MaxFindingsPerRule = 500;

struct Range
{
    qsizetype begin = 0;
    qsizetype end = 0; // exclusive
};

// Sorted, non-overlapping ranges of one line.
class Ranges
{
public:
    void clear() { m_ranges.clear(); }
    void add(qsizetype begin, qsizetype end) { m_ranges.append({begin, end}); }
    void normalize()
    {
        std::sort(m_ranges.begin(), m_ranges.end(), [](const Range &a, const Range &b) { return a.begin < b.begin; });
        QVarLengthArray<Range, 8> merged;
        for (const Range &r : std::as_const(m_ranges)) {
            if (!merged.isEmpty() && r.begin <= merged.last().end)
                merged.last().end = std::max(merged.last().end, r.end);
            else
                merged.append(r);
        }
        m_ranges = merged;
    }
    // The end of the range holding pos, or -1 when pos is in none.
    qsizetype endOfRangeAt(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), pos,
                                         [](qsizetype value, const Range &r) { return value < r.begin; });
        if (it == m_ranges.cbegin())
            return -1;
        const Range &r = *(it - 1);
        return pos < r.end ? r.end : -1;
    }
    bool contains(qsizetype pos) const { return endOfRangeAt(pos) >= 0; }
    bool isEmpty() const { return m_ranges.isEmpty(); }

private:
    QVarLengthArray<Range, 8> m_ranges;
};

struct TableRow
{
    int line = 0;
    QStringView first;
    QStringView second;
};

struct Table
{
    int headerLine = 0;
    QList<TableRow> rows; // the header row first
};

inline QString elide(QStringView text, qsizetype max = 60)
{
    if (text.size() <= max)
        return text.toString();
    return text.first(max - 1).toString() + u'\u2026';
}

class Validation
{
public:
    Validation(const MarkdownOutline &outline, const SectionMatches &matches, const ValidationContext &context)
        : m_context(context)
        , m_outline(outline)
        , m_matches(matches)
        , m_lower(ReferenceSections::lowerCase(outline.text()))
    {
        // The answers block (and other comments) is no content: "driftMethod":
        // "PSI" there must not count as a drift method. Blanked, not removed, so
        // that offsets stay those of the text.
        QChar *data = m_lower.data();
        for (int n = 1; n <= m_outline.lineCount(); ++n) {
            if (m_outline.lineKind(n) == LineKind::Comment)
                std::fill_n(data + m_outline.lineOffset(n), m_outline.line(n).size(), QChar(u' '));
        }
    }

    ValidationFindings run();

private:
    void add(Severity severity, const QString &rule, const QString &message, int line)
    {
        if (!room(rule))
            return;
        ++m_counts[rule];
        m_findings.append({severity, rule, message, line});
    }

    // Whether another finding of rule will be listed; counts it as not listed
    // otherwise. Checked before building a message in loops that can run a
    // million times.
    bool room(const QString &rule)
    {
        if (m_counts.value(rule) < MaxFindingsPerRule)
            return true;
        ++m_suppressed[rule];
        return false;
    }

    const SectionMatch &match(QStringView key) const { return m_matches.at(ReferenceSections::indexOf(key)); }

    static QString sectionName(const ReferenceSection &section)
    {
        return section.number > 0 ? u"Section "_s + section.heading : section.title;
    }

    QString describe(const SectionMatch &m) const
    {
        const ReferenceSection &section = ReferenceSections::all().at(m.section);
        QString name = sectionName(section);
        if (m.status == SectionMatch::Status::Renamed && !m.heading.isEmpty())
            name += u" (\""_s + elide(m.heading) + u"\")"_s;
        return name;
    }

    // The lower-case text of a matched section, from its heading to its end.
    QStringView sectionText(const SectionMatch &m, bool lower = true) const
    {
        if (!m.found())
            return {};
        const qsizetype begin = m_outline.lineOffset(m.line);
        const qsizetype end = m_outline.lineOffset(m.endLine + 1);
        return QStringView(lower ? m_lower : m_outline.text()).sliced(begin, end - begin);
    }

    static bool containsAny(QStringView lowerText, std::initializer_list<QStringView> terms)
    {
        return std::any_of(terms.begin(), terms.end(),
                           [lowerText](QStringView term) { return ReferenceSections::findTerm(lowerText, term) >= 0; });
    }

    bool textual(int number) const
    {
        const LineKind kind = m_outline.lineKind(number);
        return kind == LineKind::Text || kind == LineKind::Heading;
    }

    // The line scan (validatorlinescan.cpp): tables, bracket and word
    // placeholders, comparisons written without a space.
    void collectLinkLabels();
    void scanLines();
    void reportPlaceholder(int line, QStringView placeholder);
    bool bracketPlaceholder(QStringView content, QStringView line, qsizetype open, bool choices) const;
    void scanBrackets(int n, QStringView line, const Ranges &excluded, Ranges *reported);
    void scanComparisons(int n, QStringView line, const Ranges &excluded, const Ranges &reported);
    void scanWordPlaceholders();

    // Document Control, Revision History and the footer (documentcontrolrules.cpp).
    struct FieldValue
    {
        QString value;
        int line = 0;
        bool found = false;
    };
    void collectFields(const Table &table, FieldValue *fields) const;
    void checkDocumentControl();
    void checkRevisionHistory();
    void checkFooter();

    // Headings, reference sections and what the MLOps sections must cover
    // (documentvalidator.cpp).
    void checkHeadingLevels();
    bool usesGenAi() const;
    bool ukGovernment() const;
    // The Governance Regime row of Section 1, when the document has one.
    std::optional<bool> statedUkGovernment() const;
    void missingSection(const SectionMatch &m, const QString &rule, Severity severity, const QString &extra = {});
    void checkSections();
    void checkMlopsContent();
    void checkAnswersAgainstText();
    static bool mentionsId(QStringView text, const QString &id);

    const ValidationContext &m_context;
    const MarkdownOutline &m_outline;
    const SectionMatches &m_matches;
    QString m_lower;
    QList<Table> m_tables;
    QSet<QString> m_linkLabels;
    QHash<int, Ranges> m_reported; // bracket placeholders per line, so that "[TBD]" is reported once
    bool m_governmentClassification = false;
    ValidationFindings m_findings;
    QHash<QString, int> m_counts;
    QMap<QString, int> m_suppressed;
};

} // namespace arckit::validation
