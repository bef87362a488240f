#include "markdowntablerow.h"

namespace arckit {

namespace {

// codeSpans: whether backtick runs protect pipes. An unclosed run is plain
// text in Markdown, so a row whose spans never close is split again without.
MarkdownTableRow splitRow(QStringView line, MarkdownTableRow::LeadingPipe leading, bool codeSpans, bool *unclosedSpan)
{
    MarkdownTableRow row;
    qsizetype i = 0;
    bool sawPipe = false;
    if (leading == MarkdownTableRow::LeadingPipe::Required) {
        while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
            ++i;
        if (i >= line.size() || line.at(i) != QLatin1Char('|'))
            return row;
        ++i;
        sawPipe = true;
    } else if (!line.isEmpty() && line.at(0) == QLatin1Char('|')) {
        ++i;
        sawPipe = true;
    }
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
            sawPipe = true;
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
    if (row.cells.isEmpty()) // a lone "|", or a line without pipes read as a row
        row.cells.append({cellStart, line.size() - cellStart});
    row.delimiter = onlyDelimiterCharacters && sawDash && sawPipe;
    *unclosedSpan = codeTicks != 0;
    return row;
}

} // namespace

MarkdownTableRow MarkdownTableRow::split(QStringView line, LeadingPipe leading)
{
    bool unclosed = false;
    MarkdownTableRow row = splitRow(line, leading, true, &unclosed);
    if (unclosed)
        row = splitRow(line, leading, false, &unclosed);
    return row;
}

QStringView MarkdownTableRow::cell(QStringView line, qsizetype index) const
{
    if (index < 0 || index >= cells.size())
        return {};
    const MarkdownTableCell &c = cells.at(index);
    return line.sliced(c.offset, c.length).trimmed();
}

QString MarkdownTableRow::unescaped(QStringView cell)
{
    QString value = cell.toString();
    value.replace(QLatin1String("\\|"), QLatin1String("|"));
    return value;
}

QString MarkdownTableRow::words(QStringView cell)
{
    QString text = unescaped(cell);
    text.remove(QLatin1Char('*'));
    text.remove(QLatin1Char('`'));
    return text.simplified();
}

} // namespace arckit
