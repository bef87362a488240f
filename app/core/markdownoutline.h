#pragma once
// The structure of a Markdown text as the outline panel, the reference-section
// matcher and the validator need it: the headings (ATX "#".."######" and setext,
// never inside fenced code blocks or HTML comment blocks), each with the range of
// lines its section covers, and for every line whether it is prose, code or a
// comment. One linear pass over the text, no full Markdown parse: it runs on
// every edit of a 1,400-line document.

#include <QList>
#include <QString>
#include <QStringView>

namespace arckit {

struct MarkdownHeading
{
    int level = 0;       // 1..6
    QString text;        // without the "#" marks or the setext underline, trimmed; inline markup kept
    int line = 0;        // 1-based
    int endLine = 0;     // last line of its section: the line before the next heading of the same or a higher level
    bool setext = false; // "Title" over "===" / "---" rather than "# Title"

    friend bool operator==(const MarkdownHeading &, const MarkdownHeading &) = default;
};

using MarkdownHeadings = QList<MarkdownHeading>;

class MarkdownOutline
{
public:
    enum class LineKind : quint8 {
        Text, // prose, tables, lists
        Blank,
        Heading,         // an ATX heading, or the text lines of a setext heading
        SetextUnderline, // the "===" / "---" under a setext heading
        Fence,           // the opening or closing line of a fenced code block
        Code,            // inside a fenced code block
        Comment,         // inside an HTML comment block starting a line ("<!-- ... -->")
    };

    MarkdownOutline() = default;
    static MarkdownOutline parse(const QString &markdown);

    const QString &text() const { return m_text; }
    const MarkdownHeadings &headings() const { return m_headings; }

    int lineCount() const { return int(m_lines.size()); }
    // Line numbers are 1-based; out-of-range numbers give an empty view / Blank.
    QStringView line(int number) const;     // without its line break ("\n" or "\r\n")
    qsizetype lineOffset(int number) const; // where the line starts in text(); text().size() past the end
    LineKind lineKind(int number) const;
    bool isCode(int number) const; // a fence line or inside a fenced block
    // The line holding the character at offset in text().
    int lineAtOffset(qsizetype offset) const;

    // Index in headings() of the last heading at or before line; -1 before the first.
    int headingIndexAt(int line) const;
    // The level of the document's top-level sections: the shallowest level with
    // three or more numbered headings ("1. Overview"); else 1 when it has several
    // H1s; else the shallowest level below its H1 title (2 for ArcKit documents).
    int sectionLevel() const { return m_sectionLevel; }

private:
    struct Line
    {
        qsizetype offset = 0;
        qsizetype length = 0; // without "\n" and a trailing "\r"
        LineKind kind = LineKind::Text;
    };

    QString m_text;
    QList<Line> m_lines;
    MarkdownHeadings m_headings;
    int m_sectionLevel = 2;
};

} // namespace arckit
