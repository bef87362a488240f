#include "markdowntablerow.h"

namespace arckit {

namespace {

// codeSpans: whether backtick runs protect pipes. An unclosed run is plain
// text in Markdown, so a row whose spans never close is split again without.
MarkdownTableRow splitRow(QStringView line, bool codeSpans, bool *unclosedSpan)
{
    MarkdownTableRow row;
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size() || line.at(i) != QLatin1Char('|'))
        return row;
    ++i;
    qsizetype cellStart = i;
    qsizetype codeTicks = 0; // the length of the backtick run that opened a code span
    bool onlyDelimiterCharacters = true;
    bool sawDash = false;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('`') && codeSpans) {
            qsizetype run = 0;
            while (i < line.size() && line.at(i) == QLatin1Char('`')) {
                ++run;
                ++i;
            }
            if (codeTicks == 0)
                codeTicks = run;
            else if (run == codeTicks)
                codeTicks = 0;
            onlyDelimiterCharacters = false;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            i += 2;
            onlyDelimiterCharacters = false;
            continue;
        }
        if (c == QLatin1Char('|') && codeTicks == 0) {
            row.cells.append({cellStart, i - cellStart});
            cellStart = i + 1;
        } else if (c == QLatin1Char('-')) {
            sawDash = true;
        } else if (c != QLatin1Char(':') && !c.isSpace()) {
            onlyDelimiterCharacters = false;
        }
        ++i;
    }
    // Text after the last pipe is a cell too ("| a | b" is a row of two).
    const QStringView rest = line.mid(cellStart);
    if (!rest.trimmed().isEmpty())
        row.cells.append({cellStart, line.size() - cellStart});
    if (row.cells.isEmpty()) // a lone "|"
        row.cells.append({cellStart, line.size() - cellStart});
    row.delimiter = onlyDelimiterCharacters && sawDash;
    *unclosedSpan = codeTicks != 0;
    return row;
}

} // namespace

MarkdownTableRow MarkdownTableRow::split(QStringView line)
{
    bool unclosed = false;
    MarkdownTableRow row = splitRow(line, true, &unclosed);
    if (unclosed)
        row = splitRow(line, false, &unclosed);
    return row;
}

} // namespace arckit
