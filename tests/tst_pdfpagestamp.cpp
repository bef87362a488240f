// PdfPageStamp on PDFs built here by hand, in the shapes a PDF writer may use:
// a classic cross-reference table or a cross-reference stream, resources and
// fonts inline or as references, pages in a nested page tree. The stamped
// file must keep every page, carry the marks in page order, and read cleanly
// with poppler (pdftotext) when it is installed. Input that is no PDF gets a
// clear error.

#include "pdfpagestamp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;

namespace {

// A PDF of pageCount pages, each drawing "Body text N" with Helvetica.
// Objects: 1 catalog, 2 page tree root, 3 font, 4 font dictionary,
// 5 resources, 6 an intermediate page tree node (nested only), then a
// content stream and a page for each page.
QByteArray buildPdf(int pageCount, bool xrefStream, bool indirectResources, bool nestedTree)
{
    const int first = nestedTree ? 7 : 6;
    const QByteArray count = QByteArray::number(pageCount);
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(first + 2 * i + 1) + " 0 R ";

    QByteArray pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets(1, 0);
    auto add = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size() - 1) + " 0 obj\n" + body + "\nendobj\n";
    };
    add("<</Type /Catalog /Pages 2 0 R>>");
    add(nestedTree ? QByteArray("<</Type /Pages /Kids [6 0 R] /Count " + count + ">>")
                   : QByteArray("<</Type /Pages /Kids [" + kids + "] /Count " + count + ">>"));
    add("<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>");
    add("<</F1 3 0 R>>");
    add("<</Font 4 0 R>>");
    if (nestedTree)
        add("<</Type /Pages /Parent 2 0 R /Kids [" + kids + "] /Count " + count + ">>");
    for (int i = 0; i < pageCount; ++i) {
        const QByteArray content = "BT /F1 12 Tf 72 700 Td (Body text " + QByteArray::number(i + 1) + ") Tj ET";
        add("<</Length " + QByteArray::number(content.size()) + ">>\nstream\n" + content + "\nendstream");
        const QByteArray resources = indirectResources ? "5 0 R" : "<</Font <</F1 3 0 R>>>>";
        add("<</Type /Page /Parent " + QByteArray(nestedTree ? "6" : "2") + " 0 R /MediaBox [0 0 595 842] /Resources " +
            resources + " /Contents " + QByteArray::number(first + 2 * i) + " 0 R>>");
    }

    const int size = int(offsets.size()) + (xrefStream ? 1 : 0);
    const qsizetype xrefAt = pdf.size();
    if (xrefStream) {
        QByteArray rows;
        auto row = [&](char type, qsizetype field2, char field3) {
            rows += type;
            for (int shift = 24; shift >= 0; shift -= 8)
                rows += char((field2 >> shift) & 0xff);
            rows += field3;
        };
        row(0, 0, char(0xff));
        for (qsizetype i = 1; i < offsets.size(); ++i)
            row(1, offsets.at(i), 0);
        row(1, xrefAt, 0);
        pdf += QByteArray::number(size - 1) + " 0 obj\n<</Type /XRef /Size " + QByteArray::number(size) +
               " /W [1 4 1] /Root 1 0 R /Length " + QByteArray::number(rows.size()) + ">>\nstream\n" + rows +
               "\nendstream\nendobj\n";
    } else {
        pdf += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f\r\n";
        for (qsizetype i = 1; i < offsets.size(); ++i)
            pdf += QByteArray::number(offsets.at(i)).rightJustified(10, '0') + " 00000 n\r\n";
        pdf += "trailer\n<</Size " + QByteArray::number(size) + " /Root 1 0 R>>\n";
    }
    pdf += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf;
}

struct Text
{
    QStringList pages;
    QString errors;
};

Text pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    Text text;
    text.pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!text.pages.isEmpty() && text.pages.last().trimmed().isEmpty())
        text.pages.removeLast();
    text.errors = QString::fromUtf8(process.readAllStandardError());
    return text;
}

} // namespace

class TestPdfPageStamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stamp_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<bool>("xrefStream");
        QTest::addColumn<bool>("indirectResources");
        QTest::addColumn<bool>("nestedTree");
        QTest::newRow("classic table, inline resources") << 3 << false << false << false;
        QTest::newRow("classic table, resources by reference") << 2 << false << true << false;
        QTest::newRow("nested page tree") << 4 << false << true << true;
        QTest::newRow("cross-reference stream") << 3 << true << false << false;
        QTest::newRow("one page") << 1 << false << false << false;
    }

    void stamp()
    {
        QFETCH(int, pages);
        QFETCH(bool, xrefStream);
        QFETCH(bool, indirectResources);
        QFETCH(bool, nestedTree);
        const QByteArray original = buildPdf(pages, xrefStream, indirectResources, nestedTree);
        const PdfStampResult result =
            PdfPageStamp::apply(original, {QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("ARC-001-MLOPS-v1.0"),
                                           QStringLiteral("1.0")});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages, pages);
        // An incremental update: the original bytes are kept as they were.
        QVERIFY(result.pdf.startsWith(original));
        QVERIFY(result.pdf.endsWith("%%EOF\n"));
        for (int i = 1; i <= pages; ++i)
            QVERIFY(result.pdf.contains(
                QByteArray("(Page " + QByteArray::number(i) + " of " + QByteArray::number(pages) + ")")));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the stamped text is not read back");
        const Text text = pdfText(result.pdf);
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors)); // poppler found nothing to repair
        QCOMPARE(text.pages.size(), pages);
        for (int i = 0; i < pages; ++i) {
            const QString &page = text.pages.at(i);
            const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.first().trimmed(), QStringLiteral("OFFICIAL-SENSITIVE"));
            QCOMPARE(lines.last().trimmed(), QStringLiteral("OFFICIAL-SENSITIVE"));
            QVERIFY2(page.contains(QStringLiteral("Body text %1").arg(i + 1)), qPrintable(page)); // the page's own text
            QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
            QVERIFY(page.contains(QLatin1String("Document ID: ARC-001-MLOPS-v1.0")));
            QVERIFY(page.contains(QLatin1String("Version 1.0")));
        }
    }

    void noMarkingWithoutClassification()
    {
        const PdfStampResult result = PdfPageStamp::apply(
            buildPdf(2, false, false, false), {QString(), QStringLiteral("ARC-002-MLOPS-v2.0"), QStringLiteral("2.0")});
        QVERIFY(result.ok());
        QVERIFY(!result.pdf.contains("/ArcKitB 10 Tf"));
        QVERIFY(result.pdf.contains("(Page 2 of 2)"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "not a PDF file";
        QTest::newRow("text") << QByteArray("# Markdown\n") << "not a PDF file";
        QByteArray truncated = buildPdf(2, false, false, false);
        truncated.truncate(truncated.size() / 2);
        QTest::newRow("truncated") << truncated << "not a PDF file";
        QByteArray noPages = buildPdf(1, false, false, false);
        noPages.replace("/Pages 2 0 R", "/Pages 9 0 R");
        QTest::newRow("no page tree") << noPages << "the PDF's pages could not be read";
    }

    void badInput()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, error);
        const PdfStampResult result = PdfPageStamp::apply(pdf, {QStringLiteral("OFFICIAL"), {}, {}});
        QCOMPARE(result.error, error);
        QVERIFY(result.pdf.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPdfPageStamp)
#include "tst_pdfpagestamp.moc"
