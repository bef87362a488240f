#pragma once
// Reads a document as text without ever trusting it: bounded size, binary
// detection, UTF-8 (with or without BOM), UTF-16 with BOM, and a Latin-1
// fallback for documents that are not UTF-8. It never writes.

#include <QByteArray>
#include <QString>

namespace arckit {

struct TextFile
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Latin-1"
    QString error;    // set when the file could not be used at all
    QString warning;  // set when it was read but not as it should be (e.g. not UTF-8)
    qint64 size = 0;

    bool ok() const { return error.isEmpty(); }
};

class TextFileReader
{
public:
    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;

    enum class Fidelity {
        Normalised, // NUL shown as U+FFFD, lone CRs read as line breaks: for parsing and display
        Exact,      // the text as decoded, so that encoding it again gives the same bytes (revision)
    };

    static TextFile read(const QString &path, qint64 maxBytes = DefaultMaxBytes,
                         Fidelity fidelity = Fidelity::Normalised);
    // Decodes bytes already in memory with the same rules.
    static TextFile decode(const QByteArray &bytes, Fidelity fidelity = Fidelity::Normalised);
    // The first Markdown "# " heading within the first few kilobytes, or empty.
    static QString firstHeading(const QString &path);
};

} // namespace arckit
