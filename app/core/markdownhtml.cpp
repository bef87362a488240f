#include "markdownhtml.h"
#include "textexpression.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <md4c.h>

#include <algorithm>
#include <array>
#include <dlfcn.h>
#include <string_view>
#include <vector>

// md4c's own md_html() cannot say where a block starts in the source, nor
// split its output into top-level blocks, nor turn ```mermaid into
// <pre class="mermaid">; so this renders md_parse()'s callbacks itself,
// following md4c-html's output closely.

namespace arckit {

namespace {

constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
constexpr char kReplacementCharacter[] = "\xEF\xBF\xBD";

void appendHtmlEscaped(QByteArray &out, const char *text, qsizetype size)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char *replacement = nullptr;
        switch (text[i]) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        default:
            continue;
        }
        out.append(text + start, i - start);
        out.append(replacement);
        start = i + 1;
    }
    out.append(text + start, size - start);
}

// The same set of characters md4c-html leaves alone in URLs; everything else
// is percent-encoded, so a URL can never close its attribute.
void appendUrlEscaped(QByteArray &out, const char *text, qsizetype size)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    static const auto safe = [] {
        std::array<bool, 256> table{};
        for (unsigned char c : std::string_view("~-_.+!*(),%#@?=;:/,+$"))
            table[c] = true;
        for (int c = '0'; c <= '9'; ++c)
            table[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            table[c] = table[c - 'a' + 'A'] = true;
        return table;
    }();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (safe[c]) {
            out.append(char(c));
        } else if (c == '&') {
            out.append("&amp;");
        } else if (c == '\'') {
            out.append("&#x27;");
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
}

using Escaper = void (*)(QByteArray &, const char *, qsizetype);

// Entities are passed through verbatim: md4c only reports syntactically
// valid ones (&name; &#123; &#x1F;), which contain no character that could
// break out of text or an attribute, and the browser decodes them.
void appendAttribute(QByteArray &out, const MD_ATTRIBUTE &attribute, Escaper escape)
{
    if (!attribute.text || attribute.size == 0)
        return;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET offset = attribute.substr_offsets[i];
        const MD_SIZE size = attribute.substr_offsets[i + 1] - offset;
        switch (attribute.substr_types[i]) {
        case MD_TEXT_ENTITY:
            out.append(attribute.text + offset, size);
            break;
        case MD_TEXT_NULLCHAR:
            escape(out, kReplacementCharacter, 3);
            break;
        default:
            escape(out, attribute.text + offset, size);
            break;
        }
    }
}

QByteArray attributeText(const MD_ATTRIBUTE &attribute)
{
    QByteArray text;
    appendAttribute(text, attribute, [](QByteArray &out, const char *t, qsizetype n) { out.append(t, n); });
    return text;
}

// GitHub's heading anchors: lower case, punctuation dropped, spaces to '-'.
QString slugFor(const QString &headingText)
{
    QString slug;
    slug.reserve(headingText.size());
    for (const QChar c : headingText.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            slug.append(c);
        else if (c.isSpace())
            slug.append(u'-');
    }
    return slug;
}

class Renderer
{
public:
    explicit Renderer(const QByteArray &source)
        : m_base(source.constData())
        , m_size(source.size())
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_size; ++i) {
            if (m_base[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    QList<MarkdownHtml::Block> run()
    {
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = kParserFlags;
        parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
            return static_cast<Renderer *>(u)->enterBlock(t, d);
        };
        parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) {
            return static_cast<Renderer *>(u)->leaveBlock(t, d);
        };
        parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) { return static_cast<Renderer *>(u)->enterSpan(t, d); };
        parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) { return static_cast<Renderer *>(u)->leaveSpan(t, d); };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
            return static_cast<Renderer *>(u)->text(t, s, n);
        };
        md_parse(m_base, MD_SIZE(m_size), &parser, this);
        return m_blocks;
    }

private:
    bool inSource(const char *pointer) const { return pointer >= m_base && pointer < m_base + m_size; }

    int lineOf(qsizetype offset) const
    {
        return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - m_lineStarts.begin());
    }

    bool lineIsBlank(int line) const
    {
        const qsizetype begin = m_lineStarts[line - 1];
        const qsizetype end = line < int(m_lineStarts.size()) ? m_lineStarts[line] : m_size;
        for (qsizetype i = begin; i < end; ++i) {
            if (m_base[i] != ' ' && m_base[i] != '\t' && m_base[i] != '\n' && m_base[i] != '\r')
                return false;
        }
        return true;
    }

    // The first text inside a block tells where it starts; md4c gives block
    // callbacks no offsets.
    void noteSourcePosition(const char *text, qsizetype size)
    {
        if (!inSource(text))
            return;
        const qsizetype offset = text - m_base;
        if (m_depth >= 1 && m_blockLine == 0)
            m_blockLine = std::max(1, lineOf(offset) + m_lineAdjust);
        m_lastOffset = std::max(m_lastOffset, offset + size);
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_DOC)
            return 0;
        if (++m_depth == 1) {
            m_out.truncate(0); // keeps the capacity for the next block
            m_blockLine = 0;
            m_lineAdjust = 0;
            m_topFencedCode = false;
        }
        switch (type) {
        case MD_BLOCK_QUOTE:
            m_out.append("<blockquote>\n");
            break;
        case MD_BLOCK_UL:
            m_out.append("<ul>\n");
            break;
        case MD_BLOCK_OL: {
            const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            if (ol->start == 1)
                m_out.append("<ol>\n");
            else
                m_out.append("<ol start=\"").append(QByteArray::number(ol->start)).append("\">\n");
            break;
        }
        case MD_BLOCK_LI: {
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            if (li->is_task) {
                m_out.append(
                    "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled");
                if (li->task_mark == 'x' || li->task_mark == 'X')
                    m_out.append(" checked");
                m_out.append('>');
                if (m_blockLine == 0 && qsizetype(li->task_mark_offset) < m_size)
                    m_blockLine = lineOf(li->task_mark_offset);
            } else {
                m_out.append("<li>");
            }
            break;
        }
        case MD_BLOCK_HR:
            m_out.append("<hr>");
            break;
        case MD_BLOCK_H: {
            const auto *h = static_cast<MD_BLOCK_H_DETAIL *>(detail);
            m_out.append("<h").append(char('0' + h->level));
            m_headingIdPosition = m_out.size();
            m_out.append('>');
            m_headingText.clear();
            m_inHeading = true;
            break;
        }
        case MD_BLOCK_CODE: {
            const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            const QByteArray lang = attributeText(code->lang);
            m_inMermaid = lang.compare("mermaid", Qt::CaseInsensitive) == 0;
            if (m_inMermaid) {
                m_out.append("<pre class=\"mermaid\">");
            } else {
                m_out.append("<pre><code");
                if (!lang.isEmpty()) {
                    m_out.append(" class=\"language-");
                    appendHtmlEscaped(m_out, lang.constData(), lang.size());
                    m_out.append('"');
                }
                m_out.append('>');
            }
            if (m_depth == 1 && code->fence_char) {
                m_topFencedCode = true;
                // The content starts on the line after the opening fence.
                if (code->info.size > 0 && inSource(code->info.text))
                    m_blockLine = lineOf(code->info.text - m_base);
                else
                    m_lineAdjust = -1;
            }
            break;
        }
        case MD_BLOCK_P:
            m_out.append("<p>");
            break;
        case MD_BLOCK_TABLE:
            m_out.append("<table>\n");
            break;
        case MD_BLOCK_THEAD:
            m_out.append("<thead>\n");
            break;
        case MD_BLOCK_TBODY:
            m_out.append("<tbody>\n");
            break;
        case MD_BLOCK_TR:
            m_out.append("<tr>\n");
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            m_out.append(type == MD_BLOCK_TH ? "<th" : "<td");
            switch (static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align) {
            case MD_ALIGN_LEFT:
                m_out.append(" align=\"left\"");
                break;
            case MD_ALIGN_CENTER:
                m_out.append(" align=\"center\"");
                break;
            case MD_ALIGN_RIGHT:
                m_out.append(" align=\"right\"");
                break;
            default:
                break;
            }
            m_out.append('>');
            break;
        }
        case MD_BLOCK_HTML: // never reported with MD_FLAG_NOHTML
        case MD_BLOCK_DOC:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_DOC)
            return 0;
        switch (type) {
        case MD_BLOCK_QUOTE:
            m_out.append("</blockquote>\n");
            break;
        case MD_BLOCK_UL:
            m_out.append("</ul>\n");
            break;
        case MD_BLOCK_OL:
            m_out.append("</ol>\n");
            break;
        case MD_BLOCK_LI:
            m_out.append("</li>\n");
            break;
        case MD_BLOCK_HR:
            m_out.append('\n');
            break;
        case MD_BLOCK_H: {
            const auto level = static_cast<MD_BLOCK_H_DETAIL *>(detail)->level;
            m_out.append("</h").append(char('0' + level)).append(">\n");
            insertHeadingId();
            break;
        }
        case MD_BLOCK_CODE:
            m_out.append(m_inMermaid ? "</pre>\n" : "</code></pre>\n");
            m_inMermaid = false;
            break;
        case MD_BLOCK_P:
            m_out.append("</p>\n");
            break;
        case MD_BLOCK_TABLE:
            m_out.append("</table>\n");
            break;
        case MD_BLOCK_THEAD:
            m_out.append("</thead>\n");
            break;
        case MD_BLOCK_TBODY:
            m_out.append("</tbody>\n");
            break;
        case MD_BLOCK_TR:
            m_out.append("</tr>\n");
            break;
        case MD_BLOCK_TH:
            m_out.append("</th>\n");
            break;
        case MD_BLOCK_TD:
            m_out.append("</td>\n");
            break;
        case MD_BLOCK_HTML:
        case MD_BLOCK_DOC:
            break;
        }
        if (--m_depth == 0)
            finishTopLevelBlock();
        return 0;
    }

    void finishTopLevelBlock()
    {
        if (m_blockLine == 0) {
            // No text inside (a rule, an empty code block): the next
            // non-blank line after the previous block.
            const int lastLine = int(m_lineStarts.size());
            int line = std::min(m_lastEndLine + 1, lastLine);
            while (line < lastLine && lineIsBlank(line))
                ++line;
            m_blockLine = std::max(1, line);
        }
        int endLine = m_lastOffset > 0 ? lineOf(m_lastOffset - 1) : m_blockLine;
        if (m_topFencedCode)
            endLine = std::max(endLine + 1, m_blockLine + 1); // the closing fence
        m_lastEndLine = std::max({m_lastEndLine, m_blockLine, endLine});
        while (m_out.endsWith('\n'))
            m_out.chop(1);
        m_blocks.append({m_blockLine, QString::fromUtf8(m_out)});
    }

    void insertHeadingId()
    {
        m_inHeading = false;
        QString slug = slugFor(QString::fromUtf8(m_headingText));
        if (slug.isEmpty())
            slug = QStringLiteral("section");
        const int seen = m_slugCounts.value(slug, 0);
        m_slugCounts.insert(slug, seen + 1);
        if (seen > 0)
            slug += u'-' + QString::number(seen);
        QByteArray attribute(" id=\"");
        const QByteArray utf8 = slug.toUtf8();
        appendHtmlEscaped(attribute, utf8.constData(), utf8.size());
        attribute.append('"');
        m_out.insert(m_headingIdPosition, attribute);
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        // Inside an image's description everything goes into the alt
        // attribute, so no tags.
        if (m_imageNesting > 0) {
            if (type == MD_SPAN_IMG)
                ++m_imageNesting;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            m_out.append("<em>");
            break;
        case MD_SPAN_STRONG:
            m_out.append("<strong>");
            break;
        case MD_SPAN_U:
            m_out.append("<u>");
            break;
        case MD_SPAN_CODE:
            m_out.append("<code>");
            break;
        case MD_SPAN_DEL:
            m_out.append("<del>");
            break;
        case MD_SPAN_A: {
            const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
            m_out.append("<a href=\"");
            appendAttribute(m_out, a->href, appendUrlEscaped);
            m_out.append('"');
            if (a->title.size > 0) {
                m_out.append(" title=\"");
                appendAttribute(m_out, a->title, appendHtmlEscaped);
                m_out.append('"');
            }
            m_out.append('>');
            break;
        }
        case MD_SPAN_IMG: {
            const auto *img = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
            m_out.append("<img src=\"");
            appendAttribute(m_out, img->src, appendUrlEscaped);
            m_out.append("\" alt=\"");
            m_imageTitle = img->title.size > 0 ? attributeHtml(img->title) : QByteArray();
            m_imageNesting = 1;
            break;
        }
        case MD_SPAN_LATEXMATH:
        case MD_SPAN_LATEXMATH_DISPLAY:
        case MD_SPAN_WIKILINK:
            break; // extensions not enabled
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *)
    {
        if (m_imageNesting > 0) {
            if (type == MD_SPAN_IMG && --m_imageNesting == 0) {
                m_out.append('"');
                if (!m_imageTitle.isEmpty())
                    m_out.append(" title=\"").append(m_imageTitle).append('"');
                m_out.append('>');
            }
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            m_out.append("</em>");
            break;
        case MD_SPAN_STRONG:
            m_out.append("</strong>");
            break;
        case MD_SPAN_U:
            m_out.append("</u>");
            break;
        case MD_SPAN_CODE:
            m_out.append("</code>");
            break;
        case MD_SPAN_DEL:
            m_out.append("</del>");
            break;
        case MD_SPAN_A:
            m_out.append("</a>");
            break;
        default:
            break;
        }
        return 0;
    }

    static QByteArray attributeHtml(const MD_ATTRIBUTE &attribute)
    {
        QByteArray html;
        appendAttribute(html, attribute, appendHtmlEscaped);
        return html;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        noteSourcePosition(text, size);
        switch (type) {
        case MD_TEXT_NULLCHAR:
            m_out.append(kReplacementCharacter);
            break;
        case MD_TEXT_BR:
            m_out.append(m_imageNesting > 0 ? " " : "<br>\n");
            break;
        case MD_TEXT_SOFTBR:
            m_out.append(m_imageNesting > 0 ? " " : "\n");
            if (m_inHeading)
                m_headingText.append(' ');
            break;
        case MD_TEXT_ENTITY:
            m_out.append(text, size);
            break;
        default: // normal, code, raw HTML (escaped: documents are untrusted), math
            appendHtmlEscaped(m_out, text, size);
            if (m_inHeading)
                m_headingText.append(text, size);
            break;
        }
        return 0;
    }

    const char *m_base;
    qsizetype m_size;
    std::vector<qsizetype> m_lineStarts;
    QList<MarkdownHtml::Block> m_blocks;

    QByteArray m_out; // the current top-level block
    int m_depth = 0;
    int m_blockLine = 0;
    int m_lineAdjust = 0;
    bool m_topFencedCode = false;
    qsizetype m_lastOffset = 0;
    int m_lastEndLine = 0;

    bool m_inMermaid = false;
    int m_imageNesting = 0;
    QByteArray m_imageTitle;

    bool m_inHeading = false;
    qsizetype m_headingIdPosition = 0;
    QByteArray m_headingText;
    QHash<QString, int> m_slugCounts;
};

} // namespace

QList<MarkdownHtml::Block> MarkdownHtml::toBlocks(const QByteArray &utf8Markdown)
{
    return Renderer(utf8Markdown).run();
}

QList<MarkdownHtml::Block> MarkdownHtml::toBlocks(const QString &markdown)
{
    return toBlocks(markdown.toUtf8());
}

QString MarkdownHtml::withLine(const Block &block)
{
    // Every block starts with "<tag"; the attribute goes after the name.
    qsizetype nameEnd = 1;
    while (nameEnd < block.html.size() && block.html.at(nameEnd) != u' ' && block.html.at(nameEnd) != u'>')
        ++nameEnd;
    QString html = block.html;
    html.insert(nameEnd, QStringLiteral(" data-line=\"%1\"").arg(block.line));
    return html;
}

QByteArray MarkdownHtml::toHtml(const QByteArray &utf8Markdown)
{
    QByteArray html;
    html.reserve(utf8Markdown.size() * 3 / 2);
    for (const Block &block : toBlocks(utf8Markdown))
        html.append(withLine(block).toUtf8()).append('\n');
    return html;
}

QString MarkdownHtml::toHtml(const QString &markdown)
{
    return QString::fromUtf8(toHtml(markdown.toUtf8()));
}

QString MarkdownHtml::md4cVersion()
{
    // md4c has no version API; the shared library's file name carries it
    // (libmd4c.so.0.4.8).
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&md_parse), &info) && info.dli_fname) {
        const QString path = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalFilePath();
        static const TextExpression version(QStringLiteral(R"(\.so\.(\d+\.\d+\.\d+)$)"));
        const QRegularExpressionMatch match = version.match(path);
        if (match.hasMatch())
            return match.captured(1);
    }
    return QStringLiteral("unknown");
}

} // namespace arckit
