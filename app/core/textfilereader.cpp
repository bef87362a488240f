#include "textfilereader.h"

#include "markdownoutline.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace arckit {

namespace {

// A NUL byte in the first block means a binary file (UTF-16 is only
// recognised with its BOM, as editors write it).
bool looksBinary(const QByteArray &bytes)
{
    return bytes.left(8192).contains('\0');
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// What every decoded text goes through: NUL characters past the first block
// (where the binary check does not look) are made visible instead of cutting
// strings short in the GUI, and lone CRs (classic Mac line endings) become
// line breaks, since every parser splits lines at LF.
void normalise(TextFile &file)
{
    if (file.text.contains(QChar(0))) {
        file.text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
        const QString nul = QStringLiteral("contains NUL bytes; they are shown as \uFFFD");
        file.warning = file.warning.isEmpty() ? nul : file.warning + QStringLiteral("; ") + nul;
    }
    const qsizetype cr = file.text.indexOf(QLatin1Char('\r'));
    if (cr < 0)
        return;
    QChar *chars = file.text.data();
    const qsizetype size = file.text.size();
    for (qsizetype i = cr; i < size; ++i)
        if (chars[i] == QLatin1Char('\r') && (i + 1 == size || chars[i + 1] != QLatin1Char('\n')))
            chars[i] = QLatin1Char('\n');
}

TextFile decodeBytes(const QByteArray &bytes)
{
    TextFile file;
    file.size = bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        file.text = decoder.decode(bytes.mid(3));
        file.encoding = QStringLiteral("UTF-8 (BOM)");
        if (decoder.hasError())
            file.warning = QStringLiteral("contains bytes that are not valid UTF-8; they are shown as \uFFFD");
        return file;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        file.text = decoder.decode(bytes.mid(2));
        file.encoding = little ? QStringLiteral("UTF-16LE (BOM)") : QStringLiteral("UTF-16BE (BOM)");
        if (decoder.hasError())
            file.warning = QStringLiteral("contains invalid UTF-16");
        return file;
    }
    if (looksBinary(bytes)) {
        file.error = QStringLiteral("not a text document (it contains binary data)");
        return file;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    file.text = utf8.decode(bytes);
    file.encoding = QStringLiteral("UTF-8");
    if (utf8.hasError()) {
        // Most likely Windows-1252/Latin-1 from an older editor: read it so that
        // nothing is lost, and say so.
        file.text = QString::fromLatin1(bytes);
        file.encoding = QStringLiteral("Latin-1");
        file.warning = QStringLiteral("not valid UTF-8; read as Latin-1 (save it as UTF-8 to silence this)");
    }
    return file;
}

} // namespace

TextFile TextFileReader::decode(const QByteArray &bytes, Fidelity fidelity)
{
    TextFile file = decodeBytes(bytes);
    if (file.ok() && fidelity == Fidelity::Normalised)
        normalise(file);
    return file;
}

TextFile TextFileReader::read(const QString &path, qint64 maxBytes, Fidelity fidelity)
{
    TextFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QStringLiteral("the file does not exist");
        return result;
    }
    if (info.isDir()) {
        result.error = QStringLiteral("a folder, not a document");
        return result;
    }
    result.size = info.size();
    if (info.size() > maxBytes) {
        result.error =
            QStringLiteral("too large to read (%1; the limit is %2)").arg(megabytes(info.size()), megabytes(maxBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return result;
    }
    // Read at most one byte past the limit: a file may grow after stat(), and a
    // device or pipe has no size. QIODevice::read() allocates what it is asked
    // for, so ask for the size stat() gave first (a 16 MB buffer per 20 KB
    // document was most of a repository scan's time) and only go on when more came.
    const qint64 expected = std::min(info.size(), maxBytes);
    QByteArray bytes = file.read(expected + 1);
    if (bytes.size() > expected && file.error() == QFileDevice::NoError)
        bytes += file.read(maxBytes + 1 - bytes.size());
    if (bytes.size() > maxBytes) {
        result.error = QStringLiteral("too large to read (over %1)").arg(megabytes(maxBytes));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return result;
    }
    return decode(bytes, fidelity);
}

QString TextFileReader::firstHeading(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(4096);
    // Cut at the last line break so a multi-byte character split by the
    // read does not make the decoder think the file is not UTF-8.
    if (head.size() == 4096 && head.lastIndexOf('\n') > 0)
        head.truncate(head.lastIndexOf('\n'));
    const TextFile text = decode(head);
    if (!text.ok())
        return {};
    // The first "# " heading as MarkdownOutline reads it (never one in a code block).
    const MarkdownOutline outline = MarkdownOutline::parse(text.text);
    for (const MarkdownHeading &heading : outline.headings()) {
        if (heading.level == 1 && !heading.setext)
            return heading.text;
    }
    return {};
}

} // namespace arckit
