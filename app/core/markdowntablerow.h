#pragma once
// One line of a Markdown pipe table split into cells, with where each cell
// sits in the line, so a caller can replace one cell's text and leave the
// rest of the line (its spacing, its other cells) exactly as written.
// Escaped pipes ("\|") and pipes inside `code spans` do not split cells, as in
// md4c, the renderer of the preview and the PDF. The one table-row lexer of the
// engine: everything that reads cells goes through it.

#include <QList>
#include <QString>
#include <QStringView>

namespace arckit {

struct MarkdownTableCell
{
    qsizetype offset = 0; // in the line, just after the pipe that opens the cell
    qsizetype length = 0; // up to the next pipe (or the end), spaces included
};

struct MarkdownTableRow
{
    QList<MarkdownTableCell> cells;
    bool delimiter = false; // "|---|:--:|"

    enum class LeadingPipe {
        Required, // ArcKit's tables: "|" after at most three spaces, else no row
        Optional, // GitHub's: "a | b" is a row too; the line is read from its first character
    };

    // With LeadingPipe::Required a row starts with "|" after at most three
    // spaces (ArcKit's tables always do; other lines are no rows). With
    // LeadingPipe::Optional every line is a row of at least one cell, and a
    // delimiter needs at least one pipe ("---" alone is a rule).
    static MarkdownTableRow split(QStringView line, LeadingPipe leading = LeadingPipe::Required);
    bool isRow() const { return !cells.isEmpty(); }
    bool isDelimiter() const { return delimiter; }

    // The text of cell index of line (the line given to split), trimmed; empty
    // when there is no such cell.
    QStringView cell(QStringView line, qsizetype index) const;
    // A cell's text as a value: "\|" read as "|".
    static QString unescaped(QStringView cell);
    // A cell's words, for readers that compare them: unescaped, without
    // emphasis and code markers ("**£40,000**" -> "£40,000"), spaces simplified.
    static QString words(QStringView cell);
};

} // namespace arckit
