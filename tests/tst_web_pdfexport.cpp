// PDF export as a UK Government reader expects it, on the real preview: the
// protective marking (Document Control's Classification) at the top and
// bottom of every page, Document ID, version and "Page n of m" in the
// footer, table headers whole, and the file created with the permissions of
// a saved document. The text is read back with pdftotext (poppler-utils).

#include "documentwriter.h"
#include "preview/previewpane.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace arckit;

namespace {

constexpr int kTimeout = 60000;

// A strategy long enough for several pages, with a wide table whose headers
// a narrow column would break ("Versio / n", "Mod / el ID").
QString longDocument(const QString &classification)
{
    QString text = QStringLiteral("# MLOps Strategy: Road Defects\n\n## Document Control\n\n"
                                  "| Field | Value |\n|-------|-------|\n"
                                  "| **Document ID** | ARC-001-MLOPS-v1.2 |\n"
                                  "| **Version** | 1.2 |\n"
                                  "| **Classification** | %1 |\n"
                                  "| **Status** | DRAFT |\n\n"
                                  "## 2. Model Inventory\n\n"
                                  "| Model ID | Version | Framework | Deployment Environment | Accountable Owner | "
                                  "Retraining Frequency | Monitoring Dashboard | Risk Classification |\n"
                                  "|---|---|---|---|---|---|---|---|\n")
                       .arg(classification);
    for (int row = 1; row <= 6; ++row)
        text += QStringLiteral("| ML-00%1 | 1.%1 | PyTorch with TorchServe and ONNX | Production on Azure Kubernetes "
                               "Service | Head of Data Science, Highways Directorate | Quarterly, or on drift above "
                               "threshold | https://monitoring.example.gov.uk/dashboards/road-defects/%1 | "
                               "High (affects public safety) |\n")
                    .arg(row);
    for (int section = 3; section <= 12; ++section) {
        text += QStringLiteral("\n## %1. Section %1\n\n").arg(section);
        for (int paragraph = 0; paragraph < 6; ++paragraph)
            text += QStringLiteral("The pipeline validates every batch of road images against the schema, records "
                                   "lineage in the registry and alerts the on-call engineer when drift exceeds the "
                                   "agreed threshold. Paragraph %1 of section %2.\n\n")
                        .arg(paragraph + 1)
                        .arg(section);
    }
    return text;
}

bool shownNewest(const PreviewPane &pane)
{
    return pane.isPageReady() && pane.appliedRevision() == pane.revision();
}

QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestWebPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, installed by packaging/setup.sh) is not installed");
    }

    void marksOnEveryPage_data()
    {
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QString>("marking"); // expected on every page; empty: none
        QTest::newRow("OFFICIAL-SENSITIVE") << "OFFICIAL-SENSITIVE"
                                            << "OFFICIAL-SENSITIVE";
        QTest::newRow("OFFICIAL") << "OFFICIAL"
                                  << "OFFICIAL";
        QTest::newRow("template placeholder: no marking") << "[OFFICIAL / OFFICIAL-SENSITIVE]"
                                                          << "";
    }

    void marksOnEveryPage()
    {
        QFETCH(QString, classification);
        QFETCH(QString, marking);
        PreviewPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setMarkdown(longDocument(classification));
        QTRY_VERIFY_WITH_TIMEOUT(shownNewest(pane), kTimeout);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ARC-001-MLOPS-v1.2.pdf"));
        QSignalSpy exported(&pane, &PreviewPane::pdfExported);
        pane.exportPdf(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeout);
        QVERIFY(exported.at(0).at(1).toBool());

        // The same permissions as a document saved beside it (0644 under umask 022, not 0600).
        const SaveResult saved =
            DocumentWriter::writeFile(dir.filePath(QStringLiteral("saved.md")), "# Saved\n", false);
        QVERIFY(saved.ok());
        QCOMPARE(QFile::permissions(path), QFile::permissions(saved.path));
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadGroup);

        const QStringList pages = pdfPages(path);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        for (int i = 0; i < pages.size(); ++i) {
            const QString &page = pages.at(i);
            const QString where = QStringLiteral("page %1: %2").arg(i + 1).arg(page.left(400));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(where));
            QVERIFY2(page.contains(QLatin1String("Document ID: ARC-001-MLOPS-v1.2")), qPrintable(where));
            QVERIFY2(page.contains(QLatin1String("Version 1.2")), qPrintable(where));
            const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (marking.isEmpty()) {
                QVERIFY2(!page.contains(QLatin1String("OFFICIAL")) || i == 0, qPrintable(where));
                continue;
            }
            // The first and the last line of the page are the marking.
            QCOMPARE(lines.first().trimmed(), marking);
            QCOMPARE(lines.last().trimmed(), marking);
        }
        // Table headers whole: each header word on the table's page, and no
        // fragment such as "Versio" or "Mod" anywhere (cells may still wrap).
        const QString all = pages.join(QLatin1Char('\n'));
        const auto tablePage = std::find_if(pages.cbegin(), pages.cend(),
                                            [](const QString &page) { return page.contains(QLatin1String("ML-")); });
        QVERIFY(tablePage != pages.cend());
        for (const char *word : {"Model", "Version", "Framework", "Deployment", "Environment", "Accountable", "Owner",
                                 "Retraining", "Frequency", "Monitoring", "Dashboard", "Risk", "Classification"}) {
            const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)));
            QVERIFY2(tablePage->contains(whole), qPrintable(QLatin1String(word) + QLatin1Char('\n') + *tablePage));
        }
        for (const char *fragment : {"Versio", "Mod", "Framewor", "Classificatio", "Deploymen"}) {
            const QRegularExpression broken(QStringLiteral("\\b%1\\b").arg(QLatin1String(fragment)));
            QVERIFY2(!all.contains(broken), fragment);
        }
    }
};

QTEST_MAIN(TestWebPdfExport)
#include "tst_web_pdfexport.moc"
