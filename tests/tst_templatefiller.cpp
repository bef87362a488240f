#include "templatefiller.h"

#include <QTest>

using namespace arckit;

namespace {

QVariantHash data()
{
    return {{QStringLiteral("projectId"), QStringLiteral("007")},
            {QStringLiteral("projectName"), QStringLiteral("road-defects")},
            {QStringLiteral("projectLabel"), QStringLiteral("road-defects (Project 007)")},
            {QStringLiteral("documentId"), QStringLiteral("ARC-007-MLOPS-v2.0")},
            {QStringLiteral("version"), QStringLiteral("2.0")},
            {QStringLiteral("date"), QStringLiteral("2025-05-06")},
            {QStringLiteral("createdDate"), QStringLiteral("2025-01-02")},
            {QStringLiteral("lastModified"), QStringLiteral("2025-05-06")},
            {QStringLiteral("classification"), QStringLiteral("OFFICIAL")},
            {QStringLiteral("status"), QStringLiteral("DRAFT")},
            {QStringLiteral("reviewCycle"), QStringLiteral("Quarterly")},
            {QStringLiteral("nextReviewDate"), QStringLiteral("2025-08-06")},
            {QStringLiteral("owner"), QStringLiteral("[OWNER]")},
            {QStringLiteral("reviewedBy"), QStringLiteral("PENDING")},
            {QStringLiteral("approvedBy"), QStringLiteral("PENDING")},
            {QStringLiteral("distribution"), QStringLiteral("Roads team")},
            {QStringLiteral("arckitVersion"), QStringLiteral("0.1.0")},
            {QStringLiteral("generationModel"), QStringLiteral("None")}};
}

} // namespace

class TestTemplateFiller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tokens") << "ARC-[PROJECT_ID]-MLOPS-v[VERSION] for [PROJECT_NAME] on [DATE] ([YYYY-MM-DD])"
                                << "ARC-007-MLOPS-v2.0 for road-defects on 2025-05-06 (2025-05-06)";
        QTest::newRow("document control row") << "| **Classification** | [PUBLIC / OFFICIAL / SECRET] |"
                                              << "| **Classification** | OFFICIAL |";
        QTest::newRow("row with two placeholders") << "| **Reviewed By** | [REVIEWER_NAME] ([YYYY-MM-DD]) or PENDING |"
                                                   << "| **Reviewed By** | PENDING |";
        QTest::newRow("row already filled is kept") << "| **Owner** | Jane Doe |"
                                                    << "| **Owner** | Jane Doe |";
        QTest::newRow("unanswered field gets its placeholder") << "| **Owner** | [OWNER_NAME_AND_ROLE] |"
                                                               << "| **Owner** | [OWNER] |";
        QTest::newRow("unknown row keeps its brackets") << "| **System Name** | [ML System Name] |"
                                                        << "| **System Name** | [ML System Name] |";
        QTest::newRow("document type untouched") << "| **Document Type** | MLOps Strategy |"
                                                 << "| **Document Type** | MLOps Strategy |";
        QTest::newRow("footer arckit version") << "**ArcKit Version**: [VERSION]"
                                               << "**ArcKit Version**: 0.1.0";
        QTest::newRow("footer ai model") << "**AI Model**: [Model name]"
                                         << "**AI Model**: None";
        QTest::newRow("footer braces") << "**ArcKit Version**: {ARCKIT_VERSION}"
                                       << "**ArcKit Version**: 0.1.0";
        QTest::newRow("footer generated on") << "**Generated on**: [DATE]"
                                             << "**Generated on**: 2025-05-06";
        QTest::newRow("crlf kept") << "| **Status** | [DRAFT / APPROVED] |\r\n[PROJECT_ID]\r\n"
                                   << "| **Status** | DRAFT |\r\n007\r\n";
        QTest::newRow("other placeholders kept") << "| [Yes/No] | [Name] |"
                                                 << "| [Yes/No] | [Name] |";
        QTest::newRow("empty") << ""
                               << "";
    }
    void fill()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TemplateFiller::fill(input, data()), expected);
    }
};

QTEST_GUILESS_MAIN(TestTemplateFiller)
#include "tst_templatefiller.moc"
