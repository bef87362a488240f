#include "prerequisitechecker.h"

#include "repositorybuilder.h"
#include "repositoryscanner.h"

#include <QTest>

using namespace arckit;
using arckit::test::RepositoryBuilder;

class TestPrerequisiteChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messageWithoutSign_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emoji sign") << QString::fromUtf8("⚠️ Data model document not found.")
                                    << "Data model document not found.";
        QTest::newRow("plain sign") << QString::fromUtf8("DATA \u26A0 missing") << "DATA missing";
        QTest::newRow("none") << "Nothing to strip."
                              << "Nothing to strip.";
    }
    void messageWithoutSign()
    {
        QFETCH(QString, message);
        const MissingDocument document{QStringLiteral("DATA"), MissingDocument::Level::Recommended, message};
        QTEST(document.messageWithoutSign(), "expected");
    }

    void check_data()
    {
        QTest::addColumn<QStringList>("files");    // relative to projects/
        QTest::addColumn<QStringList>("expected"); // "TYPE:level"
        const QString all = QStringLiteral("REQ:mandatory DATA:recommended AIPB:recommended PRIN:recommended "
                                           "RSCH:optional ATRS:optional");
        QTest::newRow("nothing") << QStringList{"001-a/notes.md"} << all.split(QLatin1Char(' '));
        QTest::newRow("complete") << QStringList{"000-global/ARC-000-PRIN-v1.0.md",     "001-a/ARC-001-REQ-v1.0.md",
                                                 "001-a/ARC-001-DATA-v1.0.md",          "001-a/ARC-001-AIPB-v1.0.md",
                                                 "001-a/research/ARC-001-AWRS-v1.0.md", "001-a/ARC-001-ATRS-v1.0.md",
                                                 "001-a/ARC-001-JSP936-v1.0.md"}
                                  << QStringList();
        QTest::newRow("gaps") << QStringList{"000-global/ARC-000-PRIN-v1.0.md", "001-a/ARC-001-REQ-v1.0.md"}
                              << QStringList{"DATA:recommended", "AIPB:recommended", "RSCH:optional", "ATRS:optional"};
        QTest::newRow("any research counts")
            << QStringList{"000-global/ARC-000-PRIN-v1.0.md",    "001-a/ARC-001-REQ-v1.0.md",
                           "001-a/ARC-001-DATA-v1.0.md",         "001-a/ARC-001-AIPB-v1.0.md",
                           "001-a/ARC-001-ATRS-v1.0.md",         "001-a/ARC-001-J936-v1.0.md",
                           "001-a/research/ARC-001-GCRS-v1.0.md"}
            << QStringList();
        QTest::newRow("revision") << QStringList{"000-global/ARC-000-PRIN-v1.0.md", "001-a/ARC-001-REQ-v1.0.md",
                                                 "001-a/ARC-001-DATA-v1.0.md",      "001-a/ARC-001-AIPB-v1.0.md",
                                                 "001-a/ARC-001-RSCH-v1.0.md",      "001-a/ARC-001-ATRS-v1.0.md",
                                                 "001-a/ARC-001-J936-v1.0.md",      "001-a/ARC-001-MLOPS-v1.2.md"}
                                  << QStringList{"MLOPS:info"};
    }
    void check()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, expected);
        RepositoryBuilder repo;
        for (const QString &file : files)
            repo.document(QStringLiteral("projects/") + file, QStringLiteral("Doc"));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const MissingDocuments missing =
            PrerequisiteChecker().check(*scan.project(QStringLiteral("001")), scan.globalProject());
        QStringList got;
        for (const MissingDocument &document : missing) {
            got << document.type + QLatin1Char(':') + MissingDocument::levelName(document.level);
            QVERIFY(!document.message.isEmpty());
        }
        QCOMPARE(got, expected);
    }
    void wording()
    {
        RepositoryBuilder repo;
        repo.document(QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.2.md"), QStringLiteral("Old"));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const MissingDocuments missing = PrerequisiteChecker().check(*scan.project(QStringLiteral("001")), nullptr);
        QVERIFY(missing[0].message.contains(QLatin1String("$arckit-requirements")));
        QCOMPARE(missing[1].message,
                 QStringLiteral("⚠️ Data model document (ARC-001-DATA-*.md) not found. Training data "
                                "understanding is important for MLOps. Consider running "
                                "`$arckit-data-model` first."));
        QVERIFY(missing.last().message.contains(QLatin1String("ARC-001-MLOPS-v1.3.md")));
        QVERIFY(PrerequisiteChecker::noMlRequirements().message.startsWith(
            QStringLiteral("⚠️ No ML-related requirements found.")));
    }
    void refine_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("requirement");  // body of the one requirement, or empty
        QTest::addColumn<QString>("aipb");         // text of the AIPB, or empty for none
        QTest::addColumn<QStringList>("expected"); // ATRS and J936 entries, "TYPE:level"
        QTest::addColumn<QString>("evidence");     // what the ATRS message must quote

        QTest::newRow("commercial: optional, no JSP 936") << "commercial"
                                                          << ""
                                                          << "" << QStringList{"ATRS:optional"} << "";
        QTest::newRow("uk-gov: recommended") << "uk-gov"
                                             << ""
                                             << "" << QStringList{"ATRS:recommended"} << "";
        QTest::newRow("requirement makes it mandatory")
            << "uk-gov"
            << "ATRS publication is MANDATORY for central government departments."
            << "" << QStringList{"ATRS:mandatory"} << "NFR-T-001";
        QTest::newRow("must publish, any regime")
            << "commercial"
            << "The service must publish an Algorithmic Transparency Record before go-live."
            << "" << QStringList{"ATRS:mandatory"} << "must publish an Algorithmic Transparency Record";
        QTest::newRow("AIPB makes it mandatory")
            << "uk-gov"
            << ""
            << "# AI Playbook\n\n- Transparency: ATRS record required before Public Beta\n"
            << QStringList{"ATRS:mandatory"} << "ARC-001-AIPB-v1.0.md:3";
        // A table row is quoted as its cells: no outer pipes, "\|" read as "|".
        QTest::newRow("AIPB table row makes it mandatory")
            << "uk-gov"
            << ""
            << "# AI Playbook\n\n| Obligation | Status |\n|---|---|\n| ATRS record \\| Tier 1 | Required before Public "
               "Beta |\n"
            << QStringList{"ATRS:mandatory"} << "says \"ATRS record | Tier 1 | Required before Public Beta\"";
        QTest::newRow("not required is no mandate") << "uk-gov"
                                                    << "ATRS: not required for this internal tool."
                                                    << "" << QStringList{"ATRS:recommended"} << "";
        QTest::newRow("a requirement about ATRS with priority MUST")
            << "uk-gov"
            << "One record per agent, published in Arabic and English.\n\n**Priority**: MUST_HAVE."
            << "" << QStringList{"ATRS:mandatory"} << "Priority: MUST_HAVE";
        QTest::newRow("a requirement about ATRS with priority SHOULD")
            << "uk-gov"
            << "Platform SHOULD publish an ATRS record.\n\n**Priority**: SHOULD_HAVE."
            << "" << QStringList{"ATRS:recommended"} << "";
        QTest::newRow("a mention is no mandate") << "commercial"
                                                 << "Follows the ATRS template where useful."
                                                 << "" << QStringList{"ATRS:optional"} << "";
        QTest::newRow("defence: JSP 936 asked for") << "mod"
                                                    << ""
                                                    << "" << QStringList{"ATRS:recommended", "J936:recommended"} << "";
    }
    void refine()
    {
        QFETCH(QString, regime);
        QFETCH(QString, requirement);
        QFETCH(QString, aipb);
        QFETCH(QStringList, expected);
        QFETCH(QString, evidence);
        RepositoryBuilder repo;
        repo.document(QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"), QStringLiteral("Requirements"));
        if (!aipb.isEmpty())
            repo.write(QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md"), aipb.toUtf8());
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const Project &project = *scan.project(QStringLiteral("001"));
        Requirements requirements;
        if (!requirement.isEmpty()) {
            Requirement r;
            r.id = QStringLiteral("NFR-T-001");
            r.title = QStringLiteral("Algorithmic Transparency (ATRS)");
            r.body = requirement;
            r.source = QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md");
            r.line = 12;
            requirements.append(r);
        }
        MissingDocuments missing = PrerequisiteChecker().check(project, nullptr);
        PrerequisiteChecker::refine(missing, project, requirements, regime);
        QStringList got;
        QString atrsMessage;
        for (const MissingDocument &document : missing) {
            if (document.type == QLatin1String("ATRS"))
                atrsMessage = document.message;
            if (document.type == QLatin1String("ATRS") || document.type == QLatin1String("J936"))
                got << document.type + QLatin1Char(':') + MissingDocument::levelName(document.level);
        }
        QCOMPARE(got, expected);
        if (!evidence.isEmpty())
            QVERIFY2(atrsMessage.contains(evidence), qPrintable(atrsMessage));
        // Tier 1 and Tier 2 are named for what they are, never as kinds of system.
        QVERIFY(!atrsMessage.contains(QLatin1String("decision support")));
    }
    void globalProjectNeedsNothing()
    {
        RepositoryBuilder repo;
        repo.document(QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"), QStringLiteral("P"));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        QVERIFY(PrerequisiteChecker().check(*scan.globalProject(), scan.globalProject()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrerequisiteChecker)
#include "tst_prerequisitechecker.moc"
