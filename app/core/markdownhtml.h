#pragma once
// Markdown to HTML with md4c (GitHub dialect: tables, task lists,
// strikethrough, autolinks). Raw HTML in the document is escaped, never passed
// through: documents are untrusted. Mermaid code blocks become
// <pre class="mermaid"> for the preview to render.

#include <QByteArray>
#include <QString>

namespace arckit {

class MarkdownHtml
{
public:
    static QByteArray toHtml(const QByteArray &utf8Markdown);
    static QString toHtml(const QString &markdown);
    static QString md4cVersion();
};

} // namespace arckit
