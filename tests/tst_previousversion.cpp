#include "previousversion.h"

#include "answersblock.h"
#include "repositorybuilder.h"
#include "repositoryscanner.h"

#include <QTest>

using namespace arckit;
using arckit::test::RepositoryBuilder;

class TestPreviousVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QStringList>("rows");
        const QString control =
            QStringLiteral("# MLOps Strategy\n\n## Document Control\n\n| Field | Value |\n|---|---|\n"
                           "| **Created Date** | 2026-01-05 |\n\n");
        QTest::newRow("generated")
            << control +
                   QStringLiteral("## Revision History\n\n| Version | Date |\n|---|---|\n"
                                  "| 1.0 | 2026-01-05 |\n| 1.1 | 2026-02-01 |\n\n---\n\n## 1. Overview\n| x | y |\n")
            << "2026-01-05" << QStringList{"| 1.0 | 2026-01-05 |", "| 1.1 | 2026-02-01 |"};
        QTest::newRow("crlf, plain field name")
            << QStringLiteral(
                   "## Document Control\r\n\r\n| Created Date | 2025-12-31 |\r\n\r\n### Revision History\r\n\r\n"
                   "| Version | Date |\r\n|:--|--:|\r\n| 1.0 | 2025-12-31 |\r\n")
            << "2025-12-31" << QStringList{"| 1.0 | 2025-12-31 |"};
        QTest::newRow("history inside a code fence is not the history")
            << QStringLiteral("```\n## Revision History\n| a |\n|---|\n| 9 |\n```\n") << "" << QStringList();
        QTest::newRow("none") << QStringLiteral("# Notes\n\nNothing here.\n") << "" << QStringList();
    }
    void parse()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, created);
        const PreviousVersion previous = PreviousVersion::parse(markdown);
        QCOMPARE(previous.createdDate, QDate::fromString(created, Qt::ISODate));
        QTEST(previous.revisionRows, "rows");
        QVERIFY(!previous.answers);
    }
    void loadsTheLatestWithItsAnswers()
    {
        RepositoryBuilder repo;
        Answers answers;
        answers.owner = QStringLiteral("Priya Shah");
        repo.write(QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.0.md"), QStringLiteral("# Old\n"));
        repo.write(QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.1.md"),
                   QStringLiteral("# New\n\n") + AnswersBlock::format(answers));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const auto previous = PreviousVersion::load(*scan.project(QStringLiteral("001")));
        QVERIFY(previous);
        QCOMPARE(previous->version, QStringLiteral("1.1"));
        QCOMPARE(previous->relativePath, QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.1.md"));
        QVERIFY(previous->answers);
        QCOMPARE(previous->answers->owner, QStringLiteral("Priya Shah"));
    }
    void unreadableIsAProblem()
    {
        RepositoryBuilder repo;
        repo.write(QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.0.md"), QByteArray("\0\0", 2));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const auto previous = PreviousVersion::load(*scan.project(QStringLiteral("001")));
        QVERIFY(previous);
        QVERIFY(!previous->problem.isEmpty());
        QVERIFY(!PreviousVersion::load(Project()));
    }
};

QTEST_GUILESS_MAIN(TestPreviousVersion)
#include "tst_previousversion.moc"
