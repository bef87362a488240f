#include "pdfpagestamp.h"
#include "textexpression.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace arckit {

namespace {

// Advance widths of Helvetica for ASCII 32..126, in 1/1000 em (from its AFM):
// enough to centre the marking and right-align the page number.
constexpr std::array<short, 95> kHelvetica = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '../
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p..~

double textWidth(const QByteArray &text, double size, bool bold)
{
    double width = 0;
    for (const char c : text)
        width += (c >= 32 && c <= 126) ? kHelvetica[size_t(c - 32)] : 556;
    // Helvetica-Bold is about 6% wider on average; close enough for centring.
    return width * size / 1000.0 * (bold ? 1.06 : 1.0);
}

// A PDF literal string in WinAnsi: Latin-1 characters as they are, others as '?'.
QByteArray literal(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        out += (u >= 32 && u < 127) || (u >= 160 && u <= 255) ? char(u) : '?';
    }
    return out + ')';
}

QByteArray latin1Plain(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out += c.unicode() >= 32 && c.unicode() < 127 ? char(c.unicode()) : '?';
    return out;
}

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '%';
}

qsizetype skipWhite(const QByteArray &t, qsizetype p)
{
    while (p < t.size()) {
        if (isWhite(t[p])) {
            ++p;
        } else if (t[p] == '%') { // a comment runs to the end of the line
            while (p < t.size() && t[p] != '\n' && t[p] != '\r')
                ++p;
        } else {
            break;
        }
    }
    return p;
}

// The end of the PDF object starting at p (after white space); -1 when malformed.
qsizetype skipValue(const QByteArray &t, qsizetype p)
{
    p = skipWhite(t, p);
    if (p >= t.size())
        return -1;
    const char c = t[p];
    if (c == '<' && p + 1 < t.size() && t[p + 1] == '<') {
        p += 2;
        for (;;) {
            p = skipWhite(t, p);
            if (p + 1 < t.size() && t[p] == '>' && t[p + 1] == '>')
                return p + 2;
            p = skipValue(t, p);
            if (p < 0)
                return -1;
        }
    }
    if (c == '[') {
        ++p;
        for (;;) {
            p = skipWhite(t, p);
            if (p < t.size() && t[p] == ']')
                return p + 1;
            p = skipValue(t, p);
            if (p < 0)
                return -1;
        }
    }
    if (c == '(') {
        int depth = 0;
        for (; p < t.size(); ++p) {
            if (t[p] == '\\')
                ++p;
            else if (t[p] == '(')
                ++depth;
            else if (t[p] == ')' && --depth == 0)
                return p + 1;
        }
        return -1;
    }
    if (c == '<') {
        const qsizetype end = t.indexOf('>', p);
        return end < 0 ? -1 : end + 1;
    }
    if (c == '/') {
        ++p;
        while (p < t.size() && !isDelimiter(t[p]))
            ++p;
        return p;
    }
    if (c == ']' || c == '>' || c == ')')
        return -1;
    // A number, a keyword, or a reference "12 0 R".
    qsizetype end = p;
    while (end < t.size() && !isDelimiter(t[end]))
        ++end;
    static const TextExpression reference(QStringLiteral("^\\d+\\s+\\d+\\s+R(?![^\\s/<>\\[\\]()%])"));
    const auto m = reference.match(QString::fromLatin1(t.mid(p, 40)));
    return m.hasMatch() ? p + m.capturedLength() : end;
}

struct Entry
{
    QByteArray key;   // "/Contents"
    QByteArray value; // "8 0 R", "<<...>>"
};

// The entries of the dictionary starting at p; nullopt when it is none.
std::optional<QList<Entry>> parseDict(const QByteArray &t, qsizetype p = 0)
{
    p = skipWhite(t, p);
    if (!t.mid(p).startsWith("<<"))
        return std::nullopt;
    p += 2;
    QList<Entry> entries;
    for (;;) {
        p = skipWhite(t, p);
        if (p + 1 < t.size() && t[p] == '>' && t[p + 1] == '>')
            return entries;
        if (p >= t.size() || t[p] != '/')
            return std::nullopt;
        const qsizetype keyEnd = skipValue(t, p);
        const qsizetype valueStart = skipWhite(t, keyEnd);
        const qsizetype valueEnd = skipValue(t, valueStart);
        if (keyEnd < 0 || valueEnd < 0)
            return std::nullopt;
        entries.append({t.mid(p, keyEnd - p), t.mid(valueStart, valueEnd - valueStart)});
        p = valueEnd;
    }
}

QByteArray valueOf(const QList<Entry> &entries, const QByteArray &key)
{
    for (const Entry &entry : entries)
        if (entry.key == key)
            return entry.value;
    return {};
}

void setValue(QList<Entry> &entries, const QByteArray &key, const QByteArray &value)
{
    for (Entry &entry : entries) {
        if (entry.key == key) {
            entry.value = value;
            return;
        }
    }
    entries.append({key, value});
}

QByteArray dictText(const QList<Entry> &entries)
{
    QByteArray out = "<<";
    for (const Entry &entry : entries)
        out += entry.key + ' ' + entry.value + '\n';
    return out + ">>";
}

std::optional<int> referencedObject(const QByteArray &value)
{
    static const TextExpression reference(QStringLiteral("^\\s*(\\d+)\\s+\\d+\\s+R\\s*$"));
    const auto m = reference.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

class PdfReader
{
public:
    explicit PdfReader(const QByteArray &pdf)
        : m_pdf(pdf)
    {
        // Every "N G obj" at the start of a line; a later definition of the
        // same number (an earlier incremental update) replaces the earlier one.
        // Streams are skipped by their /Length when it is direct, so binary
        // data is not searched.
        static const TextExpression header(QStringLiteral("(?:^|[\\r\\n])\\s*(\\d+)\\s+(\\d+)\\s+obj\\b"));
        const QString text = QString::fromLatin1(pdf);
        qsizetype from = 0;
        for (;;) {
            const auto m = header.match(text, from);
            if (!m.hasMatch())
                break;
            const qsizetype bodyStart = m.capturedEnd(0);
            qsizetype end = pdf.indexOf("endobj", bodyStart);
            if (end < 0)
                break;
            const std::optional<QList<Entry>> dict = parseDict(pdf, bodyStart);
            const qsizetype afterDict = dict ? skipValue(pdf, bodyStart) : -1;
            if (dict && afterDict > 0) {
                const qsizetype streamAt = skipWhite(pdf, afterDict);
                if (pdf.mid(streamAt, 6) == "stream") {
                    bool direct = false;
                    const qsizetype length = valueOf(*dict, "/Length").trimmed().toLongLong(&direct);
                    const qsizetype dataStart = pdf.indexOf('\n', streamAt) + 1;
                    const qsizetype dataEnd = direct ? dataStart + length : pdf.indexOf("endstream", dataStart);
                    if (dataStart > 0 && dataEnd >= dataStart)
                        end = pdf.indexOf("endobj", dataEnd);
                    if (end < 0)
                        break;
                }
            }
            m_objects.insert(m.captured(1).toInt(), {bodyStart, end});
            from = end + 6;
        }
    }

    // The text between "N G obj" and "endobj".
    QByteArray object(int number) const
    {
        const auto it = m_objects.constFind(number);
        return it == m_objects.cend() ? QByteArray() : m_pdf.mid(it->first, it->second - it->first);
    }
    int highestNumber() const
    {
        int highest = 0;
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
            highest = qMax(highest, it.key());
        return highest;
    }
    // An inline dictionary as it is, a reference as the dictionary it points to.
    std::optional<QList<Entry>> resolveDict(const QByteArray &value) const
    {
        if (const std::optional<int> number = referencedObject(value))
            return parseDict(object(*number));
        return parseDict(value);
    }

private:
    const QByteArray &m_pdf;
    QHash<int, std::pair<qsizetype, qsizetype>> m_objects;
};

struct Page
{
    int number; // object number
    QList<Entry> dict;
    QByteArray resources; // own or inherited
    QByteArray mediaBox;  // own or inherited
};

bool collectPages(const PdfReader &reader, int node, const QByteArray &resources, const QByteArray &mediaBox,
                  QList<Page> &pages, int depth)
{
    if (depth > 64)
        return false; // a cycle in a broken file
    const std::optional<QList<Entry>> dict = parseDict(reader.object(node));
    if (!dict)
        return false;
    QByteArray ownResources = valueOf(*dict, "/Resources");
    QByteArray ownBox = valueOf(*dict, "/MediaBox");
    if (ownResources.isEmpty())
        ownResources = resources;
    if (ownBox.isEmpty())
        ownBox = mediaBox;
    const QByteArray type = valueOf(*dict, "/Type");
    if (type == "/Page") {
        pages.append({node, *dict, ownResources, ownBox});
        return true;
    }
    const QByteArray kids = valueOf(*dict, "/Kids");
    static const TextExpression reference(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
    auto it = reference.globalMatch(QString::fromLatin1(kids));
    while (it.hasNext()) {
        if (!collectPages(reader, it.next().captured(1).toInt(), ownResources, ownBox, pages, depth + 1))
            return false;
    }
    return true;
}

QList<double> numbers(const QByteArray &array)
{
    QList<double> values;
    static const TextExpression number(QStringLiteral("-?\\d*\\.?\\d+"));
    auto it = number.globalMatch(QString::fromLatin1(array));
    while (it.hasNext())
        values.append(it.next().captured(0).toDouble());
    return values;
}

QByteArray fixed(double value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray textAt(const QByteArray &font, double size, double x, double y, const QByteArray &text)
{
    return "BT " + font + ' ' + fixed(size) + " Tf " + fixed(x) + ' ' + fixed(y) + " Td " + text + " Tj ET\n";
}

} // namespace

PdfStampResult PdfPageStamp::apply(const QByteArray &pdf, const PdfStampText &text)
{
    PdfStampResult result;
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (!pdf.startsWith("%PDF-") || startxrefAt < 0) {
        result.error = QStringLiteral("not a PDF file");
        return result;
    }
    const qsizetype previousXref = pdf.mid(startxrefAt + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    // The trailer: a classic "trailer" dictionary, else the dictionary of a
    // cross-reference stream.
    std::optional<QList<Entry>> trailer;
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt >= 0 && trailerAt < startxrefAt)
        trailer = parseDict(pdf, trailerAt + 7);
    const bool xrefStream = !trailer;
    const PdfReader reader(pdf);
    if (!trailer) {
        static const TextExpression header(QStringLiteral("^\\s*\\d+\\s+\\d+\\s+obj"));
        const auto m = header.match(QString::fromLatin1(pdf.mid(previousXref, 40)));
        if (m.hasMatch())
            trailer = parseDict(pdf, previousXref + m.capturedLength());
    }
    if (!trailer) {
        result.error = QStringLiteral("the PDF's trailer could not be read");
        return result;
    }
    const std::optional<int> root = referencedObject(valueOf(*trailer, "/Root"));
    const std::optional<QList<Entry>> catalog = root ? parseDict(reader.object(*root)) : std::nullopt;
    const std::optional<int> pagesRoot = catalog ? referencedObject(valueOf(*catalog, "/Pages")) : std::nullopt;
    QList<Page> pages;
    if (!pagesRoot || !collectPages(reader, *pagesRoot, {}, {}, pages, 0) || pages.isEmpty()) {
        result.error = QStringLiteral("the PDF's pages could not be read");
        return result;
    }

    QByteArray update = "\n";
    const qsizetype base = pdf.size();
    QList<std::pair<int, qsizetype>> offsets; // object number, offset in the file
    int next = qMax(reader.highestNumber(), valueOf(*trailer, "/Size").trimmed().toInt() - 1) + 1;
    auto writeObject = [&](int number, const QByteArray &body) {
        offsets.append({number, base + update.size()});
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    auto writeStream = [&](int number, const QByteArray &data) {
        writeObject(number, "<</Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream");
    };

    const int regular = next++;
    const int bold = next++;
    const int save = next++;
    writeObject(regular, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>");
    writeObject(bold, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding>>");
    // The page's own drawing between q and Q, so that the marks are drawn in
    // the page's unscaled coordinates whatever transformation it leaves behind.
    writeStream(save, "q");

    const QByteArray marking = literal(text.marking.trimmed());
    const QByteArray markingPlain = latin1Plain(text.marking.trimmed());
    QStringList footerParts;
    if (!text.documentId.trimmed().isEmpty())
        footerParts << QStringLiteral("Document ID: %1").arg(text.documentId.trimmed());
    if (!text.version.trimmed().isEmpty())
        footerParts << QStringLiteral("Version %1").arg(text.version.trimmed());
    const QByteArray footer = literal(footerParts.join(QStringLiteral("    ")));
    const double sideMargin = 15 / 25.4 * 72;

    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        QList<double> box = numbers(page.mediaBox);
        if (box.size() != 4)
            box = {0, 0, 595.28, 841.89}; // A4
        const double x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
        const double centre = (x0 + x1) / 2;

        QByteArray stamp = "Q\nq\n0 g\n";
        if (!markingPlain.isEmpty()) {
            const double width = textWidth(markingPlain, 10, true);
            stamp += textAt("/ArcKitB", 10, centre - width / 2, y1 - 28, marking);
            stamp += textAt("/ArcKitB", 10, centre - width / 2, y0 + 16, marking);
        }
        const QByteArray pageText = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size()).toLatin1();
        stamp += textAt("/ArcKitR", 8, x0 + sideMargin, y0 + 34, footer);
        stamp += textAt("/ArcKitR", 8, x1 - sideMargin - textWidth(pageText, 8, false), y0 + 34, "(" + pageText + ")");
        stamp += "Q";
        const int stampObject = next++;
        writeStream(stampObject, stamp);

        QList<Entry> dict = page.dict;
        QByteArray contents = valueOf(dict, "/Contents").trimmed();
        if (contents.startsWith('['))
            contents = contents.mid(1, contents.size() - 2).trimmed();
        setValue(dict, "/Contents",
                 "[" + QByteArray::number(save) + " 0 R " + contents + (contents.isEmpty() ? "" : " ") +
                     QByteArray::number(stampObject) + " 0 R]");
        // The page's resources, inline, with the two fonts added.
        QList<Entry> resources =
            reader.resolveDict(page.resources.isEmpty() ? QByteArray("<<>>") : page.resources).value_or(QList<Entry>());
        const QByteArray fontValue = valueOf(resources, "/Font");
        QList<Entry> fonts =
            fontValue.isEmpty() ? QList<Entry>() : reader.resolveDict(fontValue).value_or(QList<Entry>());
        setValue(fonts, "/ArcKitR", QByteArray::number(regular) + " 0 R");
        setValue(fonts, "/ArcKitB", QByteArray::number(bold) + " 0 R");
        setValue(resources, "/Font", dictText(fonts));
        setValue(dict, "/Resources", dictText(resources));
        writeObject(page.number, dictText(dict));
    }

    // The cross-reference section of the update: one subsection per object.
    QList<Entry> newTrailer;
    newTrailer.append({"/Size", QByteArray::number(next)});
    newTrailer.append({"/Root", valueOf(*trailer, "/Root")});
    for (const QByteArray &key : {QByteArray("/Info"), QByteArray("/ID")}) {
        const QByteArray value = valueOf(*trailer, key);
        if (!value.isEmpty())
            newTrailer.append({key, value});
    }
    newTrailer.append({"/Prev", QByteArray::number(previousXref)});
    const qsizetype xrefOffset = base + update.size();
    if (xrefStream) {
        // A file indexed by a cross-reference stream is updated with one.
        QByteArray rows;
        QByteArray index;
        for (const auto &[number, offset] : std::as_const(offsets)) {
            index += QByteArray::number(number) + " 1 ";
            rows += char(1);
            for (int shift = 24; shift >= 0; shift -= 8)
                rows += char((offset >> shift) & 0xff);
            rows += char(0);
        }
        const int xrefObject = next++;
        index += QByteArray::number(xrefObject) + " 1";
        rows += char(1);
        for (int shift = 24; shift >= 0; shift -= 8)
            rows += char((xrefOffset >> shift) & 0xff);
        rows += char(0);
        setValue(newTrailer, "/Size", QByteArray::number(next));
        newTrailer.append(Entry{"/Type", "/XRef"});
        newTrailer.append(Entry{"/W", "[1 4 1]"});
        newTrailer.append({"/Index", "[" + index + "]"});
        newTrailer.append({"/Length", QByteArray::number(rows.size())});
        update += QByteArray::number(xrefObject) + " 0 obj\n" + dictText(newTrailer) + "\nstream\n" + rows +
                  "\nendstream\nendobj\n";
    } else {
        update += "xref\n";
        for (const auto &[number, offset] : std::as_const(offsets))
            update += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') +
                      " 00000 n\r\n";
        update += "trailer\n" + dictText(newTrailer) + "\n";
    }
    update += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    result.pdf = pdf + update;
    result.pages = int(pages.size());
    return result;
}

} // namespace arckit
