#pragma once
// Markdown to HTML with md4c (GitHub dialect: tables, task lists,
// strikethrough, autolinks). Raw HTML in the document is escaped, never passed
// through: documents are untrusted. Mermaid code blocks become
// <pre class="mermaid"> for the preview to render. Every top-level block
// carries data-line="N" (its 1-based source line) so an editor and the
// preview can scroll in step; headings get GitHub-style ids so in-document
// links (#section) work.

#include <QByteArray>
#include <QList>
#include <QString>

namespace arckit {

class MarkdownHtml
{
public:
    // One top-level block (paragraph, heading, list, table, code block...).
    // html has no data-line attribute, so an edit above that only shifts
    // line numbers leaves the block's HTML unchanged: the preview diffs
    // blocks by their HTML and only updates the line.
    struct Block
    {
        int line = 0; // 1-based source line where the block starts
        QString html; // one element, no trailing newline
        friend bool operator==(const Block &, const Block &) = default;
    };

    static QByteArray toHtml(const QByteArray &utf8Markdown);
    static QString toHtml(const QString &markdown);
    static QList<Block> toBlocks(const QString &markdown);
    static QList<Block> toBlocks(const QByteArray &utf8Markdown);
    // The block's HTML with data-line="line" on its element.
    static QString withLine(const Block &block);
    static QString md4cVersion();
};

} // namespace arckit
