// Fuzzes the engine's one Markdown reader: MarkdownOutline::parse on any text
// and MarkdownTableRow::split on each of its lines, both ways of reading the
// leading pipe. Checks what every caller relies on: lines cover the text in
// order, headings are in order with well-formed section ranges and sit on
// heading lines, and cells lie inside their line, in order, without overlap.
#include "fuzztext.h"
#include "markdownoutline.h"
#include "markdowntablerow.h"
#include <QtTest/qtestassert.h> // QTEST_ASSERT: on in every build; its abort is what libFuzzer reports

namespace {

void check(bool condition)
{
    QTEST_ASSERT(condition);
}

void checkRow(QStringView line, const arckit::MarkdownTableRow &row)
{
    qsizetype end = 0;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        const arckit::MarkdownTableCell &cell = row.cells.at(i);
        check(cell.offset >= end && cell.length >= 0 && cell.offset + cell.length <= line.size());
        end = cell.offset + cell.length;
        check(row.cell(line, i) == line.sliced(cell.offset, cell.length).trimmed());
    }
    check(row.cell(line, row.cells.size()).isEmpty());
    check(!row.isDelimiter() || row.isRow());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using arckit::MarkdownOutline;
    using arckit::MarkdownTableRow;
    const QString text = arckit::fuzz::decode(data, size);
    const MarkdownOutline outline = MarkdownOutline::parse(text);
    check(outline.text() == text);

    const int lines = outline.lineCount();
    qsizetype previousEnd = 0;
    for (int number = 1; number <= lines; ++number) {
        const QStringView line = outline.line(number);
        const qsizetype offset = outline.lineOffset(number);
        check(offset >= previousEnd && offset + line.size() <= text.size());
        check(QStringView(text).sliced(offset, line.size()) == line);
        check(outline.lineAtOffset(offset) == number);
        previousEnd = offset + line.size();

        const MarkdownTableRow required = MarkdownTableRow::split(line);
        checkRow(line, required);
        const MarkdownTableRow optional = MarkdownTableRow::split(line, MarkdownTableRow::LeadingPipe::Optional);
        checkRow(line, optional);
        check(optional.isRow()); // every line is a row of at least one cell
        // With a pipe in the first column, both readings agree.
        if (line.startsWith(u'|'))
            check(required.cells.size() == optional.cells.size() && required.isDelimiter() == optional.isDelimiter());
    }
    check(outline.line(lines + 1).isEmpty() && outline.lineKind(lines + 1) == MarkdownOutline::LineKind::Blank);

    const arckit::MarkdownHeadings &headings = outline.headings();
    int previousLine = 0;
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const arckit::MarkdownHeading &heading = headings.at(h);
        check(heading.level >= 1 && heading.level <= 6);
        check(heading.line > previousLine && heading.line <= heading.endLine && heading.endLine <= lines);
        check(outline.lineKind(heading.line) == MarkdownOutline::LineKind::Heading);
        check(!outline.isCode(heading.line));
        check(outline.headingIndexAt(heading.line) == h);
        previousLine = heading.line;
    }
    check(outline.sectionLevel() >= 1 && outline.sectionLevel() <= 6);
    return 0;
}
