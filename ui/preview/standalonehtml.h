#pragma once
// A self-contained HTML file of the document, for "Export HTML": the
// preview's stylesheet inlined, mermaid diagrams as the SVG the preview
// rendered (the source as a code block when a diagram has not been
// rendered), and no script of any kind.

#include "markdownhtml.h"

#include <QHash>
#include <QString>

namespace arckit {

class StandaloneHtml
{
public:
    // diagramSvgs: rendered SVG by mermaid source text.
    static QString build(const QList<MarkdownHtml::Block> &blocks, const QHash<QString, QString> &diagramSvgs,
                         const QString &css);
    // The mermaid source inside a <pre class="mermaid"> block, or a null
    // string for any other block.
    static QString mermaidSource(const QString &blockHtml);
    // The first level-1 heading's text, for <title>.
    static QString title(const QList<MarkdownHtml::Block> &blocks);
    static QString withoutScripts(QString svg);
};

} // namespace arckit
