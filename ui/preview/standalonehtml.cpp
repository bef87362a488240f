#include "standalonehtml.h"

#include <QRegularExpression>

namespace arckit {

namespace {

const QString mermaidOpen = QStringLiteral("<pre class=\"mermaid\">");
const QString mermaidClose = QStringLiteral("</pre>");

// Reverses the escaping MarkdownHtml applies to text (and only that).
QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

QString StandaloneHtml::mermaidSource(const QString &blockHtml)
{
    if (!blockHtml.startsWith(mermaidOpen) || !blockHtml.endsWith(mermaidClose))
        return {};
    return unescapeHtml(blockHtml.mid(mermaidOpen.size(), blockHtml.size() - mermaidOpen.size() - mermaidClose.size()));
}

QString StandaloneHtml::withoutScripts(QString svg)
{
    // Mermaid runs with securityLevel "strict" (DOMPurify), so there should
    // be nothing to remove; an exported file must not depend on that.
    static const QRegularExpression script(QStringLiteral(R"(<script\b[\s\S]*?(</script\s*>|$))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(QStringLiteral(R"(\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    svg.remove(script);
    svg.remove(handler);
    return svg;
}

QString StandaloneHtml::title(const QList<MarkdownHtml::Block> &blocks)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (const MarkdownHtml::Block &block : blocks) {
        if (block.html.startsWith(QLatin1String("<h1")))
            return QString(block.html).remove(tag).trimmed(); // still HTML-escaped, as <title> wants
    }
    return QStringLiteral("MLOps Strategy");
}

QString StandaloneHtml::build(const QList<MarkdownHtml::Block> &blocks, const QHash<QString, QString> &diagramSvgs,
                              const QString &css)
{
    QString body;
    for (const MarkdownHtml::Block &block : blocks) {
        const QString source = mermaidSource(block.html);
        const QString svg = source.isNull() ? QString() : diagramSvgs.value(source);
        if (svg.isEmpty())
            body += block.html;
        else
            body += QLatin1String("<div class=\"mermaid-diagram\">") + withoutScripts(svg) + QLatin1String("</div>");
        body += u'\n';
    }
    return QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<meta name=\"generator\" content=\"ArcKit MLOps Studio\">\n<title>") +
           title(blocks) + QLatin1String("</title>\n<style>\n") + css +
           QLatin1String("\n</style>\n</head>\n<body>\n<main id=\"content\" class=\"markdown-body\">\n") + body +
           QLatin1String("</main>\n</body>\n</html>\n");
}

} // namespace arckit
