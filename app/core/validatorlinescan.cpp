// The line scan of a validation: tables (for their column counts and for Document
// Control), bracket and word placeholders, and comparisons written without a space.
#include "documentvalidation.h"
#include "markdowntablerow.h"

namespace arckit::validation {

namespace {

bool escapedAt(QStringView line, qsizetype pos)
{
    qsizetype backslashes = 0;
    while (pos - backslashes - 1 >= 0 && line[pos - backslashes - 1] == u'\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

// Code spans (`x`, ``x``) and inline HTML comments of one line: no placeholder or
// comparison is looked for inside them.
void inlineExclusions(QStringView line, Ranges *ranges)
{
    ranges->clear();
    if (line.contains(u'`')) {
        struct Run
        {
            qsizetype start;
            qsizetype length;
        };
        QVarLengthArray<Run, 16> runs;
        for (qsizetype i = 0; i < line.size();) {
            if (line[i] != u'`') {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < line.size() && line[j] == u'`')
                ++j;
            runs.append({i, j - i});
            i = j;
        }
        // A run closes at the next run of the same length; found right to left in
        // one pass so that a line of a million backticks stays linear.
        QVarLengthArray<qsizetype, 16> nextSame(runs.size());
        QHash<qsizetype, qsizetype> lastSeen;
        for (qsizetype r = runs.size() - 1; r >= 0; --r) {
            nextSame[r] = lastSeen.value(runs[r].length, -1);
            lastSeen.insert(runs[r].length, r);
        }
        for (qsizetype r = 0; r < runs.size();) {
            const qsizetype close = nextSame[r];
            if (close < 0) {
                ++r;
                continue;
            }
            ranges->add(runs[r].start, runs[close].start + runs[close].length);
            r = close + 1;
        }
    }
    qsizetype from = line.contains(u'<') ? 0 : line.size();
    while ((from = line.indexOf(u"<!--", from)) >= 0) {
        const qsizetype close = line.indexOf(u"-->", from + 4);
        const qsizetype end = close < 0 ? line.size() : close + 3;
        ranges->add(from, end);
        from = end;
    }
    ranges->normalize();
}

struct Cells
{
    int count = 0;
    QStringView first;
    QStringView second;
};

// Cells of a table row, GitHub style: the leading and trailing pipes are
// optional. MarkdownTableRow splits it, so "\|" and pipes in code spans are
// no separators, as in the preview.
Cells tableCells(QStringView line)
{
    const QStringView row = line.trimmed();
    const MarkdownTableRow split = MarkdownTableRow::split(row, MarkdownTableRow::LeadingPipe::Optional);
    return {int(split.cells.size()), split.cell(row, 0), split.cell(row, 1)};
}

// "| --- | :---: |": every cell dashes with optional alignment colons (stricter
// than MarkdownTableRow's delimiter, which takes any mix of "-" and ":").
bool delimiterRow(QStringView line)
{
    const QStringView row = line.trimmed();
    const MarkdownTableRow split = MarkdownTableRow::split(row, MarkdownTableRow::LeadingPipe::Optional);
    if (!split.isDelimiter())
        return false;
    for (qsizetype i = 0; i < split.cells.size(); ++i) {
        QStringView cell = split.cell(row, i);
        if (cell.startsWith(u':'))
            cell = cell.sliced(1);
        if (cell.endsWith(u':'))
            cell.chop(1);
        if (!cell.isEmpty() && !std::all_of(cell.begin(), cell.end(), [](QChar c) { return c == u'-'; }))
            return false;
        if (cell.isEmpty() && !split.cell(row, i).isEmpty())
            return false; // ":" or "::" without dashes
    }
    return true;
}

bool listMarkerBefore(QStringView line, qsizetype pos)
{
    const QStringView prefix = line.first(pos).trimmed();
    if (prefix == u"-" || prefix == u"*" || prefix == u"+")
        return true;
    if (prefix.size() < 2 || (prefix.back() != u'.' && prefix.back() != u')'))
        return false;
    return std::all_of(prefix.begin(), prefix.end() - 1, [](QChar c) { return c.isDigit(); });
}

// Citation markers of ArcKit's citation instructions: [PP-C1], [DOC-2-C12].
bool citationMarker(QStringView content)
{
    const qsizetype c = content.lastIndexOf(u"-C");
    if (c <= 0 || c + 2 >= content.size())
        return false;
    const QStringView number = content.sliced(c + 2);
    const QStringView prefix = content.first(c);
    return std::all_of(number.begin(), number.end(), [](QChar ch) { return ch.isDigit(); }) &&
           std::all_of(prefix.begin(), prefix.end(),
                       [](QChar ch) { return (ch >= u'A' && ch <= u'Z') || ch.isDigit() || ch == u'-'; });
}

} // namespace

// Link reference definitions "[label]: url": their labels are links, not placeholders.
void Validation::collectLinkLabels()
{
    for (int n = 1; n <= m_outline.lineCount(); ++n) {
        if (m_outline.lineKind(n) != LineKind::Text)
            continue;
        const QStringView line = m_outline.line(n).trimmed();
        if (!line.startsWith(u'['))
            continue;
        const qsizetype close = line.indexOf(u"]:");
        if (close > 1)
            m_linkLabels.insert(line.sliced(1, close - 1).toString().toLower().simplified());
    }
}

void Validation::scanLines()
{
    bool inTable = false;
    int expected = 0;
    int delimiterLine = 0;
    Table table;
    auto endTable = [&] {
        if (inTable)
            m_tables.append(table);
        inTable = false;
    };
    Ranges excluded;
    for (int n = 1; n <= m_outline.lineCount(); ++n) {
        if (!textual(n)) {
            endTable();
            continue;
        }
        const QStringView line = m_outline.line(n);
        // Which characters the line has, in one pass: most lines need none of the scans.
        bool bracket = false;
        bool angle = false;
        bool pipe = false;
        const char16_t *chars = line.utf16();
        for (qsizetype i = 0; i < line.size(); ++i) {
            switch (chars[i]) {
            case u'[':
                bracket = true;
                break;
            case u'<':
            case u'>':
                angle = true;
                break;
            case u'|':
                pipe = pipe || !escapedAt(line, i);
                break;
            default:
                break;
            }
        }
        pipe = pipe && m_outline.lineKind(n) == LineKind::Text;

        if (inTable && !pipe)
            endTable();
        if (inTable && n != delimiterLine) {
            const Cells cells = tableCells(line);
            table.rows.append({n, cells.first, cells.second});
            if (cells.count != expected && room(u"table-columns"_s)) {
                add(Severity::Warning, u"table-columns"_s,
                    u"Table row has %1 columns but its header (line %2) has %3"_s.arg(cells.count)
                        .arg(table.headerLine)
                        .arg(expected),
                    n);
            }
        } else if (!inTable && pipe && n < m_outline.lineCount() && m_outline.lineKind(n + 1) == LineKind::Text &&
                   delimiterRow(m_outline.line(n + 1))) {
            const Cells header = tableCells(line);
            const int delimiterCells = tableCells(m_outline.line(n + 1)).count;
            if (delimiterCells != header.count) {
                add(Severity::Warning, u"table-columns"_s,
                    u"Table delimiter row has %1 columns but its header has %2, so the table will not render"_s
                        .arg(delimiterCells)
                        .arg(header.count),
                    n + 1);
            }
            inTable = true;
            expected = header.count;
            delimiterLine = n + 1;
            table = Table{n, {{n, header.first, header.second}}};
        }

        if (!bracket && !angle)
            continue;
        inlineExclusions(line, &excluded);
        Ranges reported;
        if (bracket)
            scanBrackets(n, line, excluded, &reported);
        if (angle)
            scanComparisons(n, line, excluded, reported);
        if (!reported.isEmpty())
            m_reported.insert(n, reported);
    }
    endTable();
}

void Validation::reportPlaceholder(int line, QStringView placeholder)
{
    if (!room(u"placeholder"_s))
        return;
    add(Severity::Warning, u"placeholder"_s, u"Placeholder %1 has not been filled in"_s.arg(elide(placeholder)), line);
}

bool Validation::bracketPlaceholder(QStringView content, QStringView line, qsizetype open, bool choices) const
{
    const QStringView trimmed = content.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'^'))
        return false; // "[ ]" box, "[^1]" footnote
    if (trimmed == u"x")
        return false; // a ticked box
    // "[X]" is a ticked box at the start of a line or list item, among "[ ]"
    // choices ("[X] Draft / [ ] Published") or before a capitalised choice
    // ("**Personal Data**: [X] Yes"); elsewhere ("| [X] |", "> [X] records",
    // "£[X]") it is the template's placeholder for a number.
    if (trimmed == u"X") {
        const qsizetype after = open + 3;
        const bool choice = after + 1 < line.size() && line[after] == u' ' && line[after + 1].isUpper();
        if (choice || choices || listMarkerBefore(line, open) || line.first(open).trimmed().isEmpty())
            return false;
    }
    if (trimmed.startsWith(u'\'') || trimmed.startsWith(u'"'))
        return false; // a literal list: ['en', 'cy']
    if (trimmed == u"..." || trimmed == u"\u2026")
        return true;
    if (trimmed.compare(u"PENDING", Qt::CaseInsensitive) == 0)
        return false; // ArcKit's own marker for a review not yet done
    if (citationMarker(trimmed))
        return false;
    if (std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); }))
        return false; // "[1]", "[0, 1]"
    return !m_linkLabels.contains(trimmed.toString().toLower().simplified());
}

void Validation::scanBrackets(int n, QStringView line, const Ranges &excluded, Ranges *reported)
{
    const bool choices = line.contains(u"[ ]"); // once per line: a line can hold a million brackets
    qsizetype i = line.indexOf(u'[');
    while (i >= 0 && i < line.size()) {
        if (const qsizetype end = excluded.endOfRangeAt(i); end >= 0) {
            i = line.indexOf(u'[', end);
            continue;
        }
        if (escapedAt(line, i)) {
            i = line.indexOf(u'[', i + 1);
            continue;
        }
        qsizetype j = i + 1;
        while (j < line.size() && line[j] != u']' && line[j] != u'[')
            j += line[j] == u'\\' ? 2 : 1;
        if (j >= line.size())
            return;
        if (line[j] == u'[') {
            i = j;
            continue;
        }
        const QChar next = j + 1 < line.size() ? line[j + 1] : QChar();
        if (next == u'(') {
            // [text](target): skip the target, which may hold parentheses
            qsizetype k = j + 2;
            for (int depth = 1; k < line.size() && depth > 0; ++k) {
                if (line[k] == u'(')
                    ++depth;
                else if (line[k] == u')')
                    --depth;
            }
            i = line.indexOf(u'[', k);
            continue;
        }
        if (next == u'[') {
            // [text][label] or [text][]: a link when the label is defined, else plain brackets
            const qsizetype close = line.indexOf(u']', j + 2);
            if (close > 0) {
                const QStringView label =
                    close == j + 2 ? line.sliced(i + 1, j - i - 1) : line.sliced(j + 2, close - j - 2);
                if (m_linkLabels.contains(label.toString().toLower().simplified())) {
                    i = line.indexOf(u'[', close + 1);
                    continue;
                }
            }
        }
        if (next == u':' && line.first(i).trimmed().isEmpty())
            return; // [label]: url
        const QStringView content = line.sliced(i + 1, j - i - 1);
        if (bracketPlaceholder(content, line, i, choices)) {
            reportPlaceholder(n, line.sliced(i, j - i + 1));
            reported->add(i, j + 1);
        }
        i = line.indexOf(u'[', j + 1);
    }
}

void Validation::scanComparisons(int n, QStringView line, const Ranges &excluded, const Ranges &reported)
{
    // Where HTML tags close ("<br>", "</td>"): their ">" is no comparison.
    QVarLengthArray<qsizetype, 8> tagCloses;
    bool tagsKnown = false;
    auto closesTag = [&](qsizetype pos) {
        if (!tagsKnown) {
            tagsKnown = true;
            for (qsizetype i = line.indexOf(u'<'); i >= 0 && i + 1 < line.size();) {
                const QChar c = line[i + 1];
                if (c.isLetter() || c == u'/' || c == u'!') {
                    const qsizetype close = line.indexOf(u'>', i + 1);
                    if (close < 0)
                        break;
                    tagCloses.append(close);
                    i = line.indexOf(u'<', close + 1);
                } else {
                    i = line.indexOf(u'<', i + 1);
                }
            }
        }
        return std::binary_search(tagCloses.cbegin(), tagCloses.cend(), pos);
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar sign = line[i];
        if (sign != u'<' && sign != u'>')
            continue;
        qsizetype k = i + 1;
        if (k < line.size() && line[k] == u'=')
            ++k;
        if (k >= line.size())
            continue;
        const QChar d = line[k];
        const bool number = d.isDigit() || ((d == u'\u00a3' || d == u'$' || d == u'\u20ac' || d == u'.') &&
                                            k + 1 < line.size() && line[k + 1].isDigit());
        if (!number || excluded.contains(i) || reported.contains(i) || escapedAt(line, i))
            continue;
        if (sign == u'>') {
            if (line.first(i).trimmed().isEmpty())
                continue; // a block quote
            const QChar before = i > 0 ? line[i - 1] : QChar();
            if (before == u'-' || before == u'=' || before == u'>')
                continue; // an arrow
            if (closesTag(i))
                continue;
        } else if (i > 0 && line[i - 1] == u'<') {
            continue;
        }
        if (!room(u"comparison-spacing"_s))
            continue;
        qsizetype end = k;
        while (end < line.size() && end - i < 24 && !line[end].isSpace() && line[end] != u'|')
            ++end;
        const QString token = line.sliced(i, end - i).toString();
        const QString fixed = line.sliced(i, k - i).toString() + u' ' + line.sliced(k, end - k).toString();
        add(Severity::Info, u"comparison-spacing"_s,
            u"Write \"%1\" as \"%2\": without a space after '%3' Markdown renderers may read it as HTML"_s.arg(
                token, fixed, QString(sign)),
            n);
    }
}

// TODO, TBD, YYYY-MM-DD, {{tag}}, {UPPER_NAME}: searched in the whole text at
// once (they are rare), then kept only on prose lines outside code spans and
// bracket placeholders already reported.
void Validation::scanWordPlaceholders()
{
    const QStringView text(m_outline.text());
    int cachedLine = 0;
    Ranges excluded;
    auto accept = [&](qsizetype at, qsizetype length, int *lineOut) {
        const int n = m_outline.lineAtOffset(at);
        if (!textual(n))
            return false;
        const QStringView line = m_outline.line(n);
        const qsizetype column = at - m_outline.lineOffset(n);
        if (column + length > line.size())
            return false;
        if (n != cachedLine) {
            inlineExclusions(line, &excluded);
            cachedLine = n;
        }
        if (excluded.contains(column))
            return false;
        if (const auto it = m_reported.constFind(n); it != m_reported.cend() && it->contains(column))
            return false;
        *lineOut = n;
        return true;
    };
    auto wordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    static const QStringView words[] = {u"TODO", u"TBD", u"TBC", u"FIXME", u"YYYY-MM-DD"};
    // One pass: only an upper-case T, F or Y can start one of them.
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text[at];
        if ((c != u'T' && c != u'F' && c != u'Y') || (at > 0 && wordChar(text[at - 1])))
            continue;
        for (const QStringView word : words) {
            const qsizetype after = at + word.size();
            if (word.front() != c || after > text.size() || text.sliced(at, word.size()) != word ||
                (after < text.size() && wordChar(text[after])))
                continue;
            int n = 0;
            if (accept(at, word.size(), &n))
                reportPlaceholder(n, word);
            break;
        }
    }
    // Template tags left unrendered.
    for (qsizetype at = text.indexOf(u'{'); at >= 0; at = text.indexOf(u'{', at + 1)) {
        qsizetype end = -1;
        if (at + 1 < text.size() && text[at + 1] == u'{') {
            const qsizetype close = text.indexOf(u"}}", at + 2);
            const qsizetype newline = text.indexOf(u'\n', at + 2);
            if (close > at + 2 && (newline < 0 || close < newline))
                end = close + 2;
        } else {
            qsizetype k = at + 1;
            while (k < text.size() &&
                   ((text[k] >= u'A' && text[k] <= u'Z') || text[k] == u'_' || (k > at + 1 && text[k].isDigit())))
                ++k;
            if (k - at > 2 && k < text.size() && text[k] == u'}')
                end = k + 1;
        }
        int n = 0;
        if (end > 0 && accept(at, end - at, &n)) {
            reportPlaceholder(n, text.sliced(at, end - at));
            at = end - 1;
        }
    }
}

} // namespace arckit::validation
