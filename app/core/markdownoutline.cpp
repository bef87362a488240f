#include "markdownoutline.h"

#include <algorithm>

namespace arckit {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Columns of leading indentation (a tab counts as four) and where the content starts.
int indentOf(QStringView line, qsizetype *contentStart)
{
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size() && isSpace(line[i]); ++i)
        columns += line[i] == u'\t' ? 4 : 1;
    *contentStart = i;
    return columns;
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

struct Fence
{
    QChar marker;
    qsizetype length = 0;
};

// An opening code fence: three or more "`" or "~". Fences are accepted at any
// indentation because generated documents put them inside list items.
bool fenceOpening(QStringView line, Fence *fence)
{
    qsizetype start = 0;
    indentOf(line, &start);
    if (start >= line.size() || (line[start] != u'`' && line[start] != u'~'))
        return false;
    const QChar marker = line[start];
    qsizetype end = start;
    while (end < line.size() && line[end] == marker)
        ++end;
    if (end - start < 3)
        return false;
    // A backtick fence's info string cannot hold a backtick (it would be a code span).
    if (marker == u'`' && line.sliced(end).contains(u'`'))
        return false;
    *fence = {marker, end - start};
    return true;
}

bool fenceClosing(QStringView line, const Fence &fence)
{
    qsizetype start = 0;
    indentOf(line, &start);
    qsizetype end = start;
    while (end < line.size() && line[end] == fence.marker)
        ++end;
    return end - start >= fence.length && isBlank(line.sliced(end));
}

// "# Title", "## Title ##": level 1-6, at most three spaces of indentation.
bool atxHeading(QStringView line, int *level, QStringView *text)
{
    qsizetype start = 0;
    if (indentOf(line, &start) > 3 || start >= line.size() || line[start] != u'#')
        return false;
    qsizetype end = start;
    while (end < line.size() && line[end] == u'#')
        ++end;
    const qsizetype marks = end - start;
    if (marks > 6 || (end < line.size() && !isSpace(line[end])))
        return false;
    QStringView content = line.sliced(end).trimmed();
    // An optional closing sequence of "#" must be preceded by a space.
    qsizetype close = content.size();
    while (close > 0 && content[close - 1] == u'#')
        --close;
    if (close == 0)
        content = {};
    else if (close < content.size() && isSpace(content[close - 1]))
        content = content.first(close).trimmed();
    *level = int(marks);
    *text = content;
    return true;
}

// "===" (level 1) or "---" (level 2) under a paragraph; 0 otherwise.
int setextUnderline(QStringView line)
{
    qsizetype start = 0;
    if (indentOf(line, &start) > 3 || start >= line.size())
        return 0;
    const QChar marker = line[start];
    if (marker != u'=' && marker != u'-')
        return 0;
    qsizetype end = start;
    while (end < line.size() && line[end] == marker)
        ++end;
    if (!isBlank(line.sliced(end)))
        return 0;
    return marker == u'=' ? 1 : 2;
}

// "***", "- - -", "___": a rule, which also ends a paragraph.
bool thematicBreak(QStringView line)
{
    qsizetype start = 0;
    if (indentOf(line, &start) > 3 || start >= line.size())
        return false;
    const QChar marker = line[start];
    if (marker != u'*' && marker != u'-' && marker != u'_')
        return false;
    int count = 0;
    for (qsizetype i = start; i < line.size(); ++i) {
        if (line[i] == marker)
            ++count;
        else if (!isSpace(line[i]))
            return false;
    }
    return count >= 3;
}

bool listItem(QStringView content)
{
    if (content.isEmpty())
        return false;
    const QChar first = content[0];
    if (first == u'-' || first == u'*' || first == u'+')
        return content.size() == 1 || isSpace(content[1]);
    qsizetype digits = 0;
    while (digits < content.size() && digits < 10 && content[digits].isDigit())
        ++digits;
    if (digits == 0 || digits > 9 || digits >= content.size())
        return false;
    if (content[digits] != u'.' && content[digits] != u')')
        return false;
    return digits + 1 == content.size() || isSpace(content[digits + 1]);
}

// Whether a line can be (part of) a paragraph that a setext underline turns into
// a heading: not a table row, quote, list item or rule.
bool paragraphLine(QStringView line, bool continuing)
{
    qsizetype start = 0;
    const int indent = indentOf(line, &start);
    if (!continuing && indent > 3)
        return false; // indented code
    const QStringView content = line.sliced(start);
    if (content.startsWith(u'|') || content.startsWith(u'>') || content.startsWith(u'<'))
        return false;
    return !listItem(content) && !thematicBreak(line);
}

// "7. Monitoring", "7.1 Drift", "IV. Costs", "Section 3: Data".
bool numberedHeading(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front().isDigit() || text.startsWith(u"section ", Qt::CaseInsensitive))
        return true;
    qsizetype roman = 0;
    while (roman < text.size() && roman < 6 && QStringView(u"IVXLC").contains(text[roman]))
        ++roman;
    return roman > 0 && roman + 1 < text.size() &&
           (text[roman] == u'.' || text[roman] == u')' || text[roman] == u':') && text[roman + 1] == u' ';
}

} // namespace

MarkdownOutline MarkdownOutline::parse(const QString &markdown)
{
    MarkdownOutline outline;
    outline.m_text = markdown;
    const QStringView text(outline.m_text);

    // Lines first: everything below indexes them. A plain loop: a call to
    // indexOf per line costs more than the line's characters.
    outline.m_lines.reserve(text.size() / 32 + 1);
    const char16_t *chars = text.utf16();
    qsizetype offset = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && chars[i] != u'\n')
            continue;
        if (i == text.size() && offset == i)
            break; // no line after a final line break
        qsizetype length = i - offset;
        if (length > 0 && chars[offset + length - 1] == u'\r')
            --length;
        outline.m_lines.append({offset, length, LineKind::Text});
        offset = i + 1;
    }

    bool inFence = false;
    Fence fence;
    bool inComment = false;
    int paragraphStart = -1; // index of the first line of the open paragraph

    for (int i = 0; i < outline.m_lines.size(); ++i) {
        Line &entry = outline.m_lines[i];
        const QStringView line = text.sliced(entry.offset, entry.length);

        if (inFence) {
            if (fenceClosing(line, fence)) {
                entry.kind = LineKind::Fence;
                inFence = false;
            } else {
                entry.kind = LineKind::Code;
            }
            continue;
        }
        if (inComment) {
            entry.kind = LineKind::Comment;
            if (line.contains(u"-->"))
                inComment = false;
            continue;
        }
        if (isBlank(line)) {
            entry.kind = LineKind::Blank;
            paragraphStart = -1;
            continue;
        }

        if (paragraphStart >= 0) {
            if (const int level = setextUnderline(line)) {
                QStringList parts;
                for (int p = paragraphStart; p < i; ++p) {
                    Line &textLine = outline.m_lines[p];
                    textLine.kind = LineKind::Heading;
                    parts.append(text.sliced(textLine.offset, textLine.length).trimmed().toString());
                }
                entry.kind = LineKind::SetextUnderline;
                outline.m_headings.append({level, parts.join(u' '), paragraphStart + 1, 0, true});
                paragraphStart = -1;
                continue;
            }
        }

        int level = 0;
        QStringView headingText;
        if (atxHeading(line, &level, &headingText)) {
            entry.kind = LineKind::Heading;
            outline.m_headings.append({level, headingText.toString(), i + 1, 0});
            paragraphStart = -1;
            continue;
        }
        if (fenceOpening(line, &fence)) {
            entry.kind = LineKind::Fence;
            inFence = true;
            paragraphStart = -1;
            continue;
        }
        qsizetype start = 0;
        if (indentOf(line, &start) <= 3 && line.sliced(start).startsWith(u"<!--")) {
            entry.kind = LineKind::Comment;
            inComment = !line.sliced(start + 4).contains(u"-->");
            paragraphStart = -1;
            continue;
        }

        entry.kind = LineKind::Text;
        const bool continuing = paragraphStart >= 0;
        if (paragraphLine(line, continuing)) {
            if (!continuing)
                paragraphStart = i;
        } else {
            paragraphStart = -1;
        }
    }

    // Section ends: a heading's section runs until the next heading of the same
    // or a higher level. Headings still open on the stack end at the last line.
    QList<int> open;
    for (int h = 0; h < outline.m_headings.size(); ++h) {
        const MarkdownHeading &heading = outline.m_headings.at(h);
        while (!open.isEmpty() && outline.m_headings.at(open.last()).level >= heading.level) {
            outline.m_headings[open.last()].endLine = heading.line - 1;
            open.removeLast();
        }
        open.append(h);
    }
    for (int h : std::as_const(open))
        outline.m_headings[h].endLine = outline.lineCount();

    int counts[7] = {};
    int numbered[7] = {};
    for (const MarkdownHeading &heading : std::as_const(outline.m_headings)) {
        ++counts[heading.level];
        if (numberedHeading(heading.text))
            ++numbered[heading.level];
    }
    // Numbered headings ("1. Overview", "Section 2: ...") mark the sections
    // wherever they are: some documents group them under several H1s ("# TIER 1").
    // The shallowest such level: "7.1 Drift" under "7. Monitoring" is a subsection.
    int numberedLevel = 0;
    for (int level = 1; level <= 6 && numberedLevel == 0; ++level) {
        if (numbered[level] >= 3)
            numberedLevel = level;
    }
    if (numberedLevel > 0) {
        outline.m_sectionLevel = numberedLevel;
    } else if (counts[1] >= 2) {
        outline.m_sectionLevel = 1;
    } else {
        outline.m_sectionLevel = counts[1] == 1 ? 1 : 2;
        for (int level = 2; level <= 6; ++level) {
            if (counts[level] > 0) {
                outline.m_sectionLevel = level;
                break;
            }
        }
    }
    return outline;
}

QStringView MarkdownOutline::line(int number) const
{
    if (number < 1 || number > m_lines.size())
        return {};
    const Line &entry = m_lines.at(number - 1);
    return QStringView(m_text).sliced(entry.offset, entry.length);
}

qsizetype MarkdownOutline::lineOffset(int number) const
{
    if (number < 1)
        return 0;
    if (number > m_lines.size())
        return m_text.size();
    return m_lines.at(number - 1).offset;
}

MarkdownOutline::LineKind MarkdownOutline::lineKind(int number) const
{
    if (number < 1 || number > m_lines.size())
        return LineKind::Blank;
    return m_lines.at(number - 1).kind;
}

bool MarkdownOutline::isCode(int number) const
{
    const LineKind kind = lineKind(number);
    return kind == LineKind::Code || kind == LineKind::Fence;
}

int MarkdownOutline::lineAtOffset(qsizetype offset) const
{
    if (m_lines.isEmpty())
        return 0;
    const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), offset,
                                     [](qsizetype value, const Line &entry) { return value < entry.offset; });
    return std::max(1, int(it - m_lines.cbegin()));
}

int MarkdownOutline::headingIndexAt(int line) const
{
    const auto it = std::upper_bound(m_headings.cbegin(), m_headings.cend(), line,
                                     [](int value, const MarkdownHeading &heading) { return value < heading.line; });
    return int(it - m_headings.cbegin()) - 1;
}

} // namespace arckit
