#pragma once
// One line of a Markdown pipe table split into cells, with where each cell
// sits in the line, so a caller can replace one cell's text and leave the
// rest of the line (its spacing, its other cells) exactly as written.
// Escaped pipes ("\|") and pipes inside `code spans` do not split cells.

#include <QList>
#include <QStringView>

namespace arckit {

struct MarkdownTableCell {
    qsizetype offset = 0; // in the line, just after the pipe that opens the cell
    qsizetype length = 0; // up to the next pipe (or the end), spaces included
};

struct MarkdownTableRow {
    QList<MarkdownTableCell> cells;
    bool delimiter = false; // "|---|:--:|"

    // A row starts with "|" after at most three spaces (ArcKit's tables always
    // do; rows without the leading pipe are not read as rows).
    static MarkdownTableRow split(QStringView line);
    bool isRow() const { return !cells.isEmpty(); }
    bool isDelimiter() const { return delimiter; }
};

} // namespace arckit
