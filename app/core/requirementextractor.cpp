#include "requirementextractor.h"

#include "markdownoutline.h"
#include "markdowntablerow.h"
#include "requirementid.h"
#include "requirementtitles.h"
#include "textexpression.h"

#include <QSet>
#include <QStringView>
#include <algorithm>

#include <vector>

namespace arckit {

namespace {

using namespace requirementid;
using namespace requirementtitles;

// Bodies are capped (titles too, see requirementtitles.h): a requirement is
// read by people and by the classifier, neither of which needs more, and a
// 1 MB line must not be copied around whole.
constexpr qsizetype MaxBody = 4000;

struct Heading
{
    int level = 0;
    QString title;
    bool requirement = false; // a requirement heading (defining or a repeat)
    bool nonDefining = false; // traceability, revision history, conflicts, gaps, ...
};

// The cells of a table row, trimmed, "\|" read as "|".
QStringList cellValues(QStringView line, const MarkdownTableRow &row)
{
    QStringList cells;
    cells.reserve(row.cells.size());
    for (qsizetype i = 0; i < row.cells.size(); ++i)
        cells.append(MarkdownTableRow::unescaped(row.cell(line, i)));
    return cells;
}

// List item marker ("- ", "* ", "+ ", "1. ", "2) ", optional "[ ] "):
// returns the index of the item text, or -1.
qsizetype listItemText(QStringView line, qsizetype &indent)
{
    qsizetype i = skipSpaces(line, 0);
    indent = i;
    if (i >= line.size())
        return -1;
    qsizetype j = i;
    if (line[j] == QLatin1Char('-') || line[j] == QLatin1Char('*') || line[j] == QLatin1Char('+')) {
        ++j;
    } else if (isAsciiDigit(line[j])) {
        while (j < line.size() && isAsciiDigit(line[j]) && j - i < 9)
            ++j;
        if (j >= line.size() || (line[j] != QLatin1Char('.') && line[j] != QLatin1Char(')')))
            return -1;
        ++j;
    } else {
        return -1;
    }
    if (j >= line.size() || !line[j].isSpace())
        return -1;
    j = skipSpaces(line, j);
    if (line.mid(j).startsWith(QLatin1String("[ ]")) || line.mid(j).startsWith(QLatin1String("[x]")) ||
        line.mid(j).startsWith(QLatin1String("[X]")))
        j = skipSpaces(line, j + 3);
    return j;
}

bool isHorizontalRule(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar c = t[0];
    if (c != QLatin1Char('-') && c != QLatin1Char('*') && c != QLatin1Char('_'))
        return false;
    for (const QChar x : t) {
        if (x != c && !x.isSpace())
            return false;
    }
    return true;
}

// Text collected line by line up to the cap.
class BodyBuilder
{
public:
    void add(QStringView line)
    {
        if (m_full)
            return;
        if (!m_text.isEmpty())
            m_text.append(QLatin1Char('\n'));
        const qsizetype room = MaxBody - m_text.size();
        if (line.size() > room) {
            m_text.append(line.left(qMax<qsizetype>(room, 0)));
            m_full = true;
            return;
        }
        m_text.append(line);
    }
    QString take()
    {
        // Trailing rules ("---") separate requirements; they are not content.
        QString text = m_text.trimmed();
        for (;;) {
            const qsizetype nl = text.lastIndexOf(QLatin1Char('\n'));
            const QStringView last = QStringView(text).mid(nl + 1);
            if (!isHorizontalRule(last))
                break;
            text.truncate(qMax<qsizetype>(nl, 0));
            text = text.trimmed();
        }
        if (m_full)
            text.append(QChar(0x2026));
        m_text.clear();
        m_full = false;
        return text;
    }

private:
    QString m_text;
    bool m_full = false;
};

// What the outline says a line is, as far as the extraction cares.
enum class LineRole {
    Text,         // prose, lists, tables; also setext headings, which define nothing here
    AtxHeading,   // "## FR-001: Login"
    FenceOpening, // "```": ends a list item like any block
    Code,         // inside a fenced block, or its closing fence: collected into bodies, never parsed
    Comment,      // an HTML comment block: defines nothing
};

class Extraction
{
public:
    Extraction(const QString &source)
        : m_source(source)
    {
    }

    void line(QStringView line, int number, LineRole role, const MarkdownHeading *atx);
    Requirements finish();

private:
    void closeHeadingRequirement();
    void closeItem();
    void heading(int level, const QString &text, QStringView line, int number);
    void tableRow(QStringView line, const MarkdownTableRow &row, int number);
    void processTableRow(const QStringList &cells, int number);
    void itemOrParagraph(QStringView line, qsizetype textStart, qsizetype indent, bool listItem, int number);
    bool mayDefine(const QString &id) const;
    bool startsDefinition(QStringView line) const;
    QString currentSection() const;
    SectionKinds sectionKinds() const;
    void add(Requirement requirement);

    QString m_source;
    Requirements m_out;
    QSet<QString> m_defined;
    std::vector<Heading> m_headings;

    // The heading requirement whose body is being collected.
    int m_openHeading = -1; // index into m_out, or -1
    int m_openHeadingLevel = 0;
    QString m_openHeadingId; // also set for repeated headings: they scope references too
    BodyBuilder m_headingBody;
    bool m_headingTitleFromBody = false;

    // A list item or paragraph requirement and its continuation lines.
    int m_openItem = -1;
    qsizetype m_openItemIndent = 0;
    bool m_openItemTitleOnly = false; // a bold title line whose fields follow
    BodyBuilder m_itemBody;

    // Table state: the header of the current table.
    bool m_inTable = false;
    bool m_tableHasHeader = false;
    QStringList m_tableHeader;
    QStringList m_pendingFirstRow;
    int m_pendingFirstRowLine = 0;
};

bool Extraction::mayDefine(const QString &id) const
{
    if (m_defined.contains(id))
        return false;
    if (!m_headings.empty() && m_headings.back().nonDefining)
        return false;
    // Inside a requirement's own section, IDs are cross-references
    // ("Dependencies: FR-002", "- NFR-C-001: GDPR ...") unless they are the
    // requirement's own sub-items (FR-ML-001.1 under FR-ML-001).
    if (!m_openHeadingId.isEmpty()) {
        if (!id.startsWith(m_openHeadingId) || id.size() == m_openHeadingId.size())
            return false;
        const QChar next = id[m_openHeadingId.size()];
        if (next != QLatin1Char('.') && !next.isLetter())
            return false;
    }
    return true;
}

QString Extraction::currentSection() const
{
    for (auto it = m_headings.rbegin(); it != m_headings.rend(); ++it) {
        if (!it->requirement)
            return it->title;
    }
    return {};
}

// The codes the enclosing sections (below the document's title) allow: "## 4.
// Model Governance Requirements" numbers them its own way, "## Constraints" with C.
SectionKinds Extraction::sectionKinds() const
{
    SectionKinds kinds;
    for (const Heading &heading : m_headings) {
        if (heading.level < 2 || heading.requirement || heading.nonDefining)
            continue;
        if (heading.title.contains(QLatin1String("requirement"), Qt::CaseInsensitive))
            kinds.anyCode = true;
        if (heading.title.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
            kinds.initial = QLatin1Char('C');
    }
    return kinds;
}

void Extraction::add(Requirement requirement)
{
    m_defined.insert(requirement.id);
    requirement.source = m_source;
    requirement.section = currentSection();
    m_out.append(std::move(requirement));
}

void Extraction::closeHeadingRequirement()
{
    if (m_openHeading >= 0) {
        Requirement &r = m_out[m_openHeading];
        r.body = m_headingBody.take();
        if (m_headingTitleFromBody)
            r.title = firstSentence(r.body);
    } else {
        m_headingBody.take();
    }
    m_openHeading = -1;
    m_openHeadingLevel = 0;
    m_openHeadingId.clear();
    m_headingTitleFromBody = false;
}

void Extraction::closeItem()
{
    if (m_openItem >= 0) {
        Requirement &r = m_out[m_openItem];
        r.body = m_itemBody.take();
        if (r.title.isEmpty())
            r.title = firstSentence(r.body);
    }
    m_openItem = -1;
    m_openItemTitleOnly = false;
}

void Extraction::heading(int level, const QString &text, QStringView line, int number)
{
    // A heading ends a heading requirement of the same or a higher level;
    // any requirement heading ends the previous requirement's body.
    while (!m_headings.empty() && m_headings.back().level >= level)
        m_headings.pop_back();

    const QStringView t(text);
    qsizetype at = skipHeadingPrefix(t, 0);
    ParsedId id;
    bool isRequirementHeading = parseId(t, at, id, false, sectionKinds()) && !continuesWithAnotherId(t, id.end);
    if (!isRequirementHeading) {
        const qsizetype after = idAfterWords(t, at);
        if (after >= 0) {
            at = after;
            isRequirementHeading = parseId(t, at, id);
        }
    }

    if (m_openHeading >= 0 || !m_openHeadingId.isEmpty()) {
        if (level <= m_openHeadingLevel || isRequirementHeading)
            closeHeadingRequirement();
    }

    Heading h;
    h.level = level;
    h.title = capTitle(plainText(t.left(MaxTitle * 4)));
    h.requirement = isRequirementHeading;
    h.nonDefining = (!m_headings.empty() && m_headings.back().nonDefining) ||
                    (!isRequirementHeading && isNonDefiningTitle(h.title));

    if (isRequirementHeading) {
        const bool define = !m_defined.contains(id.id) && !(!m_headings.empty() && m_headings.back().nonDefining);
        m_openHeadingLevel = level;
        m_openHeadingId = id.id;
        if (define) {
            Requirement r;
            r.id = id.id;
            r.kind = id.kind;
            r.category = id.category;
            r.title = titleAfter(t, id.end);
            r.line = number;
            m_headingTitleFromBody = r.title.isEmpty();
            add(std::move(r));
            m_openHeading = int(m_out.size() - 1);
        }
    } else if (m_openHeading >= 0) {
        m_headingBody.add(line); // a sub-heading of the requirement ("##### Acceptance")
    }
    m_headings.push_back(std::move(h));
}

void Extraction::processTableRow(const QStringList &cells, int number)
{
    if (cells.size() < 2)
        return;
    const QString first = cells.first();
    const QStringView f(first);
    const qsizetype at = skipOpening(f, skipSpaces(f, 0));
    ParsedId id;
    if (!parseId(f, at, id, false, sectionKinds()) || continuesWithAnotherId(f, id.end))
        return;
    // The first cell is the ID alone, or the ID with its title ("FR-001: Login").
    const QString inCellTitle = titleAfter(f, id.end);
    if (!mayDefine(id.id))
        return;
    int descriptive = -1;
    int titleColumn = -1;
    if (m_tableHasHeader) {
        for (int c = 1; c < cells.size() && c < m_tableHeader.size(); ++c) {
            if (titleColumn < 0 && isTitleHeader(m_tableHeader[c]))
                titleColumn = c;
            if (descriptive < 0 && isDescriptiveHeader(m_tableHeader[c]))
                descriptive = c;
        }
        // A table whose columns only point elsewhere (goals, principles,
        // tests) maps requirements; it does not define them.
        if (descriptive < 0 && inCellTitle.isEmpty())
            return;
    }
    Requirement r;
    r.id = id.id;
    r.kind = id.kind;
    r.category = id.category;
    r.line = number;
    BodyBuilder body;
    for (int c = 1; c < cells.size(); ++c) {
        QString value = cells[c];
        value.replace(QLatin1String("<br>"), QLatin1String("\n")).replace(QLatin1String("<br/>"), QLatin1String("\n"));
        if (value.isEmpty())
            continue;
        const QString header = m_tableHasHeader && c < m_tableHeader.size() ? plainText(m_tableHeader[c]) : QString();
        if (!header.isEmpty())
            value.prepend(header + QLatin1String(": "));
        body.add(value);
    }
    r.body = body.take();
    if (!inCellTitle.isEmpty())
        r.title = inCellTitle;
    else if (titleColumn >= 0 && !cells[titleColumn].isEmpty())
        r.title = capTitle(plainText(cells[titleColumn]));
    else if (descriptive >= 0 && !cells[descriptive].isEmpty())
        r.title = firstSentence(cells[descriptive]);
    else
        r.title = firstSentence(cells[1]);
    if (r.title.isEmpty() && r.body.isEmpty())
        return;
    add(std::move(r));
}

void Extraction::tableRow(QStringView line, const MarkdownTableRow &row, int number)
{
    if (!m_inTable) {
        m_inTable = true;
        m_tableHasHeader = false;
        m_tableHeader.clear();
        m_pendingFirstRow = cellValues(line, row);
        m_pendingFirstRowLine = number;
        return;
    }
    if (!m_pendingFirstRow.isEmpty() || m_pendingFirstRowLine > 0) {
        const QStringList first = m_pendingFirstRow;
        const int firstLine = m_pendingFirstRowLine;
        m_pendingFirstRow.clear();
        m_pendingFirstRowLine = 0;
        if (row.isDelimiter()) {
            m_tableHasHeader = true;
            m_tableHeader = first;
            return;
        }
        // Rows without a header line: every row is data.
        processTableRow(first, firstLine);
    }
    if (row.isDelimiter())
        return;
    processTableRow(cellValues(line, row), number);
}

// A MoSCoW or ranked priority ("Must", "SHOULD", "High", "P1", "Priority: Must").
bool isPriority(QStringView text)
{
    static const TextExpression priority(
        QStringLiteral("^(priority:?\\s*)?(must|should|could|won'?t|must have|should have|could have|high|medium|"
                       "low|critical|essential|desirable|optional|mandatory|p[0-4])$"),
        QRegularExpression::CaseInsensitiveOption);
    return priority.match(text).hasMatch();
}

// A definition names the ID and then says something about it after a
// separator: "- **FR-007**: Tariff comparison ...". "FR-015 (Microsoft 365
// integration)" and "BR-001 → G-1" are cross-references. Returns where the
// text after the separator starts, or -1.
qsizetype definitionText(QStringView line, qsizetype textStart, ParsedId &id, QStringView *parenthesisedTitle = nullptr,
                         SectionKinds section = {})
{
    const qsizetype at = skipHeadingPrefix(line, textStart);
    if (!parseId(line, at, id, false, section) || continuesWithAnotherId(line, id.end))
        return -1;
    qsizetype i = skipSpaces(line, skipClosing(line, id.end));
    // "**NFR-A-001 (Availability)**: 99.9% uptime": a title in parentheses
    // (nested ones too), then the separator, is a definition with that title.
    if (i < line.size() && line[i] == QLatin1Char('(')) {
        qsizetype close = -1;
        int depth = 0;
        for (qsizetype j = i; j < line.size() && j - i <= 80; ++j) {
            depth += line[j] == QLatin1Char('(') ? 1 : line[j] == QLatin1Char(')') ? -1 : 0;
            if (depth == 0) {
                close = j;
                break;
            }
        }
        if (close > i) {
            const qsizetype after = skipSpaces(line, skipClosing(line, close + 1));
            if (after < line.size() && line[after] == QLatin1Char(':')) {
                // "**FR-001** (Must): Staff shall ...": a priority is no title.
                const QStringView inside = line.mid(i + 1, close - i - 1).trimmed();
                if (parenthesisedTitle && !isPriority(inside))
                    *parenthesisedTitle = inside;
                i = after;
            }
        }
    }
    // "1. **BR-1 Replace the payroll system.** The new service MUST ...": the
    // ID and its title share one bold span, and the text follows it.
    const bool inBold = at >= 2 && line.mid(at - 2, 2) == QLatin1String("**");
    if (inBold && i == id.end + 1 && i < line.size() && line[i].isLetter()) {
        const qsizetype close = line.indexOf(QLatin1String("**"), i);
        if (close > i && close - i <= 150) {
            QStringView title = line.mid(i, close - i).trimmed();
            while (!title.isEmpty() && (title.endsWith(QLatin1Char('.')) || title.endsWith(QLatin1Char(':'))))
                title.chop(1);
            qsizetype after = close + 2;
            if (after < line.size() && (line[after] == QLatin1Char(':') || line[after] == QLatin1Char('.')))
                ++after;
            after = skipSpaces(line, after);
            if (!title.isEmpty() && after < line.size() && after > close + 2) {
                if (parenthesisedTitle)
                    *parenthesisedTitle = title;
                return after;
            }
        }
    }
    if (i < line.size() && (line[i] == QLatin1Char(':'))) {
        ++i;
    } else if (i + 1 < line.size() && isDash(line[i]) && line[i + 1].isSpace() && i > id.end) {
        ++i;
    } else if (i + 1 < line.size() && (line[i] == QChar(0x2013) || line[i] == QChar(0x2014))) {
        ++i;
    } else if (i == id.end && i + 1 < line.size() && line[i] == QLatin1Char('.') &&
               skipClosing(line, i + 1) < line.size() && line[skipClosing(line, i + 1)].isSpace()) {
        // "**CON-01.** The large language model MUST ...": a full stop as the separator.
        i = skipClosing(line, i + 1);
    } else {
        return -1;
    }
    i = skipSpaces(line, skipClosing(line, i));
    return i < line.size() ? i : -1;
}

bool Extraction::startsDefinition(QStringView line) const
{
    ParsedId id;
    return definitionText(line, skipSpaces(line, 0), id, nullptr, sectionKinds()) >= 0 && mayDefine(id.id);
}

void Extraction::itemOrParagraph(QStringView line, qsizetype textStart, qsizetype indent, bool listItem, int number)
{
    ParsedId id;
    QStringView parenthesisedTitle;
    const qsizetype i = definitionText(line, textStart, id, &parenthesisedTitle, sectionKinds());
    if (i < 0 || !mayDefine(id.id))
        return;
    Requirement r;
    r.id = id.id;
    r.kind = id.kind;
    r.category = id.category;
    r.line = number;
    r.title = parenthesisedTitle.isEmpty() ? firstSentence(plainText(line.mid(i)))
                                           : capTitle(plainText(parenthesisedTitle.toString()));
    add(std::move(r));
    m_openItem = int(m_out.size() - 1);
    m_openItemIndent = listItem ? indent : -1;
    // "**FR-040: Course Search**" alone on its line is a heading written in
    // bold: its fields follow in paragraphs and lists, up to the next
    // definition, heading or rule.
    const QStringView t = line.trimmed();
    m_openItemTitleOnly = !listItem && t.startsWith(QLatin1String("**")) && t.endsWith(QLatin1String("**")) &&
                          t.size() > 4 && t.indexOf(QLatin1String("**"), 2) == t.size() - 2;
    if (!m_openItemTitleOnly)
        m_itemBody.add(line.mid(i));
}

void Extraction::line(QStringView line, int number, LineRole role, const MarkdownHeading *atx)
{
    if (role == LineRole::Code) {
        if (m_openItem >= 0)
            m_itemBody.add(line);
        if (m_openHeading >= 0)
            m_headingBody.add(line);
        return;
    }
    if (role == LineRole::Comment)
        return;

    const QStringView trimmed = line.trimmed();
    const int level = role == LineRole::AtxHeading ? atx->level : 0;
    const MarkdownTableRow row = level == 0 ? MarkdownTableRow::split(line) : MarkdownTableRow{};
    const bool table = row.isRow();
    qsizetype indent = 0;
    const qsizetype itemText = (level == 0 && !table) ? listItemText(line, indent) : -1;
    const bool fence = role == LineRole::FenceOpening;

    // A list item or paragraph requirement runs on over its continuation
    // lines and nested items, and ends at a blank line or the next block.
    if (m_openItem >= 0) {
        const bool blank = trimmed.isEmpty();
        // Consecutive definitions with no blank line between them ("**TC-1**:
        // ...\n**TC-2**: ...") are one Markdown paragraph but each its own
        // requirement: a line that starts a definition starts a new one.
        const bool startsAnother = !blank && itemText < 0 && startsDefinition(line);
        if (m_openItemTitleOnly) {
            if (level > 0 || isHorizontalRule(line) || startsAnother ||
                (itemText >= 0 && startsDefinition(line.mid(itemText))))
                closeItem();
            else
                m_itemBody.add(line);
        } else {
            const bool newBlock = level > 0 || table || fence ||
                                  (itemText >= 0 && (m_openItemIndent < 0 || indent <= m_openItemIndent)) ||
                                  startsAnother;
            if (blank || newBlock)
                closeItem();
            else
                m_itemBody.add(line);
        }
    }
    if (!table) {
        m_inTable = false;
        if (m_pendingFirstRowLine > 0) {
            // A single pipe row with nothing after it: still a row.
            const QStringList first = m_pendingFirstRow;
            const int firstLine = m_pendingFirstRowLine;
            m_pendingFirstRow.clear();
            m_pendingFirstRowLine = 0;
            processTableRow(first, firstLine);
        }
    }

    if (level > 0) {
        heading(level, atx->text, line, number);
        return;
    }
    if (m_openHeading >= 0)
        m_headingBody.add(line);
    if (fence)
        return;
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('>')))
        return;
    if (table) {
        tableRow(line, row, number);
        return;
    }
    if (m_openItem >= 0)
        return; // a continuation line
    if (itemText >= 0)
        itemOrParagraph(line, itemText, indent, true, number);
    else
        itemOrParagraph(line, skipSpaces(line, 0), 0, false, number);
}

Requirements Extraction::finish()
{
    if (m_pendingFirstRowLine > 0) {
        const QStringList first = m_pendingFirstRow;
        m_pendingFirstRow.clear();
        processTableRow(first, m_pendingFirstRowLine);
        m_pendingFirstRowLine = 0;
    }
    closeItem();
    closeHeadingRequirement();
    return std::move(m_out);
}

} // namespace

Requirements RequirementExtractor::extract(const QString &text, const QString &source) const
{
    // MarkdownOutline finds the fences, comments and headings; the extraction
    // reads the lines in order with what the outline says they are.
    const MarkdownOutline outline = MarkdownOutline::parse(text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text);
    Extraction extraction(source);
    bool inFence = false;
    for (int number = 1; number <= outline.lineCount(); ++number) {
        LineRole role = LineRole::Text;
        const MarkdownHeading *atx = nullptr;
        switch (outline.lineKind(number)) {
        case MarkdownOutline::LineKind::Fence:
            role = inFence ? LineRole::Code : LineRole::FenceOpening;
            inFence = !inFence;
            break;
        case MarkdownOutline::LineKind::Code:
            role = LineRole::Code;
            break;
        case MarkdownOutline::LineKind::Comment:
            role = LineRole::Comment;
            break;
        case MarkdownOutline::LineKind::Heading:
            atx = &outline.headings().at(outline.headingIndexAt(number));
            if (atx->setext)
                atx = nullptr; // a paragraph to the extraction, as it always was
            else
                role = LineRole::AtxHeading;
            break;
        default:
            break;
        }
        extraction.line(outline.line(number), number, role, atx);
    }
    return extraction.finish();
}

} // namespace arckit
