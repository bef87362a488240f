#pragma once
// Puts what a UK Government reader expects on every page of an exported PDF:
// the protective marking (the document's Classification) centred at the top
// and bottom, and a footer with the Document ID, the version and "Page n of m".
// The preview's web engine prints the body but cannot number pages ("n of m")
// or write in the margins, so the marks are added afterwards to the PDF it
// wrote, as an incremental update (the original bytes stay as they are, with
// new page objects, content streams and the standard Helvetica fonts appended).

#include <QByteArray>
#include <QString>

namespace arckit {

struct PdfStampText
{
    QString marking;    // "OFFICIAL-SENSITIVE"; no marking line when empty
    QString documentId; // "ARC-001-MLOPS-v1.0"
    QString version;    // "1.0"
};

struct PdfStampResult
{
    QByteArray pdf;
    int pages = 0;
    QString error; // set when the PDF could not be read; pdf is then empty
    bool ok() const { return error.isEmpty(); }
};

class PdfPageStamp
{
public:
    // Vertical room the marks need, in millimetres from each page edge: the
    // printed body's top and bottom margins must be at least this.
    static constexpr double marginMm = 20;
    static PdfStampResult apply(const QByteArray &pdf, const PdfStampText &text);
};

} // namespace arckit
