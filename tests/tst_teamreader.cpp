// The team sizes read from the documents that plan a team (our own fixtures,
// written as ArcKit's ATRS records, plans and business cases list people).

#include "teamreader.h"

#include <QTest>

using namespace arckit;
using namespace Qt::StringLiterals;

class TestTeamReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countIn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("count");
        QTest::newRow("in parentheses") << u"- Data Scientist (1 FTE) - Bias metrics"_s << u"Data Scientists?"_s
                                        << u"1"_s;
        QTest::newRow("after a colon") << u"**ML Engineer**: 2.5 FTE"_s << u"(?:ML) Engineers?"_s << u"2.5"_s;
        QTest::newRow("count first") << u"2 x Data Engineers for the pipelines"_s << u"Data Engineers?"_s << u"2"_s;
        QTest::newRow("FTE first") << u"1 FTE Data Scientist from month 3"_s << u"Data Scientists?"_s << u"1"_s;
        QTest::newRow("named, not counted")
            << u"**Owner**: AI Lead + Data Scientist"_s << u"Data Scientists?"_s << QString();
        QTest::newRow("a range") << u"Live support: 2-3 FTE ML Engineers"_s << u"(?:ML) Engineers?"_s << QString();
        QTest::newRow("another role's count")
            << u"AI Lead (1 FTE), supported by a Data Scientist"_s << u"Data Scientists?"_s << QString();
    }
    void countIn()
    {
        QFETCH(QString, line);
        QFETCH(QString, role);
        QFETCH(QString, count);
        QCOMPARE(TeamReader::countIn(line, role), count);
    }

    // Lists and tables of the documents that plan a team; each count cites its line.
    void readsTheTeam()
    {
        const ProfileDocument atrs = ProfileDocument::create(
            u"ATRS"_s, u"projects/001-x/ARC-001-ATRS-v1.0.md"_s,
            u"# ATRS\n\n## Team\n\n- Product Owner (1 FTE)\n- Data Scientist (1 FTE) - Bias metrics\n"_s);
        const ProfileDocument plan = ProfileDocument::create(
            u"PLAN"_s, u"projects/001-x/ARC-001-PLAN-v1.0.md"_s,
            u"# Plan\n\n| Role | FTE | Phase |\n|------|-----|-------|\n| ML Engineer | 2 | Beta |\n"
            "| Data Engineer | 1.5 | Alpha |\n"_s);
        MlSystemProfile profile;
        TeamReader().read({atrs, plan}, profile);
        QCOMPARE(profile.dataScientistFte.value, u"1"_s);
        QCOMPARE(profile.dataScientistFte.source, u"projects/001-x/ARC-001-ATRS-v1.0.md:6"_s);
        QCOMPARE(profile.mlEngineerFte.value, u"2"_s);
        QCOMPARE(profile.mlEngineerFte.source, u"projects/001-x/ARC-001-PLAN-v1.0.md:5"_s);
        QCOMPARE(profile.dataEngineerFte.value, u"1.5"_s);
    }

    // A team that grows by phase: two counts, none chosen.
    void countsThatDifferSayNothing()
    {
        const ProfileDocument plan = ProfileDocument::create(
            u"PLAN"_s, u"projects/001-x/ARC-001-PLAN-v1.0.md"_s,
            u"### Discovery\n\n| Role | FTE |\n|---|---|\n| Data Scientist | 0.5 |\n\n"
            "### Beta\n\n| Role | FTE |\n|---|---|\n| Data Scientists | 3.0 |\n\n- Data Engineer (1 FTE)\n\n"
            "Later: Data Engineer (1.0 FTE)\n"_s);
        MlSystemProfile profile;
        TeamReader().read({plan}, profile);
        QVERIFY2(profile.dataScientistFte.isEmpty(), qPrintable(profile.dataScientistFte.value));
        QCOMPARE(profile.dataEngineerFte.value, u"1"_s); // the same count twice
    }

    // A table whose columns count no people, a document that plans no team
    // and a role in code say nothing.
    void readsNothingElse()
    {
        const ProfileDocument plan =
            ProfileDocument::create(u"PLAN"_s, u"projects/001-x/ARC-001-PLAN-v1.0.md"_s,
                                    u"| Role | Week | Task |\n|---|---|---|\n| Data Engineer | 4 | Pipelines |\n\n"
                                    "```\nML Engineer (3 FTE)\n```\n"_s);
        const ProfileDocument research = ProfileDocument::create(
            u"AWRS"_s, u"projects/001-x/research/ARC-001-AWRS-v1.0.md"_s, u"- Data Scientist (4 FTE)\n"_s);
        const ProfileDocument businessCase =
            ProfileDocument::create(u"SOBC"_s, u"projects/001-x/ARC-001-SOBC-v1.0.md"_s,
                                    u"| Role | Number of days | Day rate | Total |\n|---|---|---|---|\n"
                                    "| ML Engineer (contractor) | 60 | £650 | £39,000 |\n"_s);
        MlSystemProfile profile;
        TeamReader().read({plan, research, businessCase}, profile);
        QVERIFY(profile.dataEngineerFte.isEmpty());
        QVERIFY(profile.mlEngineerFte.isEmpty());
        QVERIFY(profile.dataScientistFte.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeamReader)
#include "tst_teamreader.moc"
