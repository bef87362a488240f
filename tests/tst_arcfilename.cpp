#include "arcfilename.h"

#include <QTest>

using namespace arckit;

class TestArcFileName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::newRow("single") << "ARC-001-REQ-v1.0.md" << true << "001"
                                << "REQ"
                                << "" << 1 << 0;
        QTest::newRow("global") << "ARC-000-PRIN-v2.3.md" << true << "000"
                                << "PRIN"
                                << "" << 2 << 3;
        QTest::newRow("multi-instance") << "ARC-001-ADR-002-v1.1.md" << true << "001"
                                        << "ADR"
                                        << "002" << 1 << 1;
        QTest::newRow("research") << "ARC-014-AWRS-v1.0.md" << true << "014"
                                  << "AWRS"
                                  << "" << 1 << 0;
        QTest::newRow("jsp936 alias") << "ARC-003-JSP936-v1.0.md" << true << "003"
                                      << "J936"
                                      << "" << 1 << 0;
        QTest::newRow("j936") << "ARC-003-J936-v1.0.md" << true << "003"
                              << "J936"
                              << "" << 1 << 0;
        QTest::newRow("two-digit minor") << "ARC-001-MLOPS-v1.12.md" << true << "001"
                                         << "MLOPS"
                                         << "" << 1 << 12;
        QTest::newRow("no version") << "ARC-001-REQ.md" << false << ""
                                    << ""
                                    << "" << 0 << 0;
        QTest::newRow("lower case") << "arc-001-req-v1.0.md" << false << ""
                                    << ""
                                    << "" << 0 << 0;
        QTest::newRow("short id") << "ARC-01-REQ-v1.0.md" << false << ""
                                  << ""
                                  << "" << 0 << 0;
        QTest::newRow("not markdown") << "ARC-001-REQ-v1.0.pdf" << false << ""
                                      << ""
                                      << "" << 0 << 0;
        QTest::newRow("backup suffix") << "ARC-001-REQ-v1.0.md~" << false << ""
                                       << ""
                                       << "" << 0 << 0;
        QTest::newRow("readme") << "README.md" << false << ""
                                << ""
                                << "" << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, valid);
        const auto name = ArcFileName::parse(fileName);
        QCOMPARE(name.has_value(), valid);
        if (!valid)
            return;
        QTEST(name->projectId, "projectId");
        QTEST(name->type, "type");
        QTEST(name->instance, "instance");
        QTEST(name->major, "major");
        QTEST(name->minor, "minor");
    }
    void documentIdRoundTrips()
    {
        const auto name = ArcFileName::parse(QStringLiteral("ARC-001-ADR-002-v1.1.md"));
        QVERIFY(name);
        QCOMPARE(name->documentId(), QStringLiteral("ARC-001-ADR-002-v1.1"));
        QCOMPARE(name->fileName(), QStringLiteral("ARC-001-ADR-002-v1.1.md"));
    }
    void versionOrder()
    {
        const auto a = ArcFileName::parse(QStringLiteral("ARC-001-REQ-v1.9.md"));
        const auto b = ArcFileName::parse(QStringLiteral("ARC-001-REQ-v1.10.md"));
        const auto c = ArcFileName::parse(QStringLiteral("ARC-001-REQ-v2.0.md"));
        QVERIFY(a->olderThan(*b));
        QVERIFY(b->olderThan(*c));
        QVERIFY(!c->olderThan(*a));
    }
};

QTEST_GUILESS_MAIN(TestArcFileName)
#include "tst_arcfilename.moc"
