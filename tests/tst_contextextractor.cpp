#include "contextextractor.h"

#include "repositorybuilder.h"
#include "repositoryscanner.h"

#include <QTest>

using namespace arckit;
using arckit::test::RepositoryBuilder;

namespace {

Requirement nfr(const QString &id, const QString &title, const QString &body, bool ml, int line)
{
    Requirement requirement;
    requirement.id = id;
    requirement.kind = QStringLiteral("NFR");
    requirement.category = id.section(QLatin1Char('-'), 1, 1);
    requirement.title = title;
    requirement.body = body;
    requirement.source = QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md");
    requirement.line = line;
    requirement.ml = ml;
    return requirement;
}

} // namespace

class TestContextExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void riskLevel_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("risk");
        QTest::newRow("table") << "| **Risk Level** | HIGH |"
                               << "High";
        QTest::newRow("hyphenated") << "**AI PLAYBOOK RISK LEVEL**: **HIGH-RISK AI SYSTEM**"
                                    << "High";
        QTest::newRow("very high") << "Risk classification: Very High"
                                   << "Very High";
        QTest::newRow("critical") << "| **Overall Risk Rating** | CRITICAL |"
                                  << "Very High";
        QTest::newRow("medium") << "- Risk category: moderate"
                                << "Medium";
        QTest::newRow("low") << "Risk Level: Low"
                             << "Low";
        QTest::newRow("no level") << "Risk management is described below."
                                  << "";
    }
    void riskLevel()
    {
        QFETCH(QString, line);
        RepositoryBuilder repo;
        repo.write(QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md"),
                   QStringLiteral("# AI Playbook\n\nIntro\n\n%1\n").arg(line));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const ProjectContext context =
            ContextExtractor(scan.root).extract(*scan.project(QStringLiteral("001")), nullptr, {}, nullptr);
        QTEST(context.riskLevel.value, "risk");
        if (!context.riskLevel.isEmpty())
            QCOMPARE(context.riskLevel.source, QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md:5"));
    }
    void documentsContext()
    {
        RepositoryBuilder repo;
        repo.write(
            QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"),
            QStringLiteral(
                "# Principles\n\n## II. AI and Machine Learning Principles\n\n### 9. Responsible AI\n\n"
                "### 10. Human Oversight of Automated Decisions\n\n### 11. Maintainability\n\n### 12. Cloud First\n"));
        repo.write(QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"),
                   QStringLiteral(
                       "# Project Requirements: Road Checker\n\n## Document Control\n\n| Field | Value |\n|---|---|\n"
                       "| **Project** | Road Checker (Project 001) |\n| **Classification** | OFFICIAL-SENSITIVE |\n"));
        repo.write(QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md"),
                   QStringLiteral("# AIPB\n\nHuman oversight is advisory for triage.\n\n| **Human Oversight** | "
                                  "Required for every grading |\n"));
        repo.write(QStringLiteral("projects/001-a/ARC-001-ATRS-v1.0.md"),
                   QStringLiteral("# ATRS\n\n## Tier 1: Summary\n\n## Tier 2: Detail\n"));
        repo.write(QStringLiteral("projects/001-a/ARC-001-DATA-v1.0.md"),
                   QStringLiteral("# Data\n\n### Entity E-001: Defect Report\n\n- **Contains PII**: Yes\n\n### Entity "
                                  "E-002: Road Segment\n"));
        repo.write(QStringLiteral("projects/001-a/research/ARC-001-AWRS-v1.0.md"),
                   QStringLiteral("# AWS\n\nAmazon SageMaker hosts the model. SageMaker Pipelines...\n"));
        repo.write(QStringLiteral("projects/001-a/research/ARC-001-AZRS-v1.0.md"),
                   QStringLiteral("# Azure\n\nAzure Machine Learning is an option.\n"));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const Requirements requirements = {
            nfr(QStringLiteral("NFR-P-003"), QStringLiteral("Page response"),
                QStringLiteral("Pages return in < 2 seconds at the 95th percentile"), false, 40),
            nfr(QStringLiteral("NFR-P-001"), QStringLiteral("Model inference latency"),
                QStringLiteral("| p50 | < 200 ms |\n| p95 | < 500 ms |\n| p99 | < 1,000 ms |\nThe endpoint serves 200 "
                               "requests per second."),
                true, 30),
            nfr(QStringLiteral("NFR-A-001"), QStringLiteral("Model serving availability"),
                QStringLiteral("available 99.9% of the time"), true, 50),
        };
        Problems problems;
        const ProjectContext context = ContextExtractor(scan.root).extract(
            *scan.project(QStringLiteral("001")), scan.globalProject(), requirements, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(context.humanOversight.value, QStringLiteral("Required"));
        QCOMPARE(context.humanOversight.source, QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md:5"));
        QCOMPARE(context.atrsTier.value, QStringLiteral("2"));
        QCOMPARE(context.pii.value, QStringLiteral("Yes"));
        QCOMPARE(context.pii.source, QStringLiteral("projects/001-a/ARC-001-DATA-v1.0.md:5"));
        QCOMPARE(context.regime.value, QStringLiteral("uk-gov"));
        QCOMPARE(context.classification.value, QStringLiteral("OFFICIAL-SENSITIVE"));
        QCOMPARE(context.systemName.value, QStringLiteral("Road Checker"));
        // The platform, serving targets and training data are the profile's, by authority (tst_mlsystemprofiler).
        QCOMPARE(context.genAi.value, QString());
    }
    // Document Control values are read by MarkdownTableRow: an escaped pipe or a
    // pipe in a code span is part of the value (a plain split on "|" cut them).
    void controlValue_data()
    {
        QTest::addColumn<QString>("projectRow");
        QTest::addColumn<QString>("systemName");
        QTest::newRow("plain") << "| **Project** | Road Checker (Project 001) |"
                               << "Road Checker";
        QTest::newRow("no closing pipe") << "| **Project** | Road Checker"
                                         << "Road Checker";
        QTest::newRow("escaped pipe") << "| **Project** | Road \\| Rail Checker |"
                                      << "Road | Rail Checker";
        QTest::newRow("pipe in a code span") << "| **Project** | `road|rail` Checker |"
                                             << "`road|rail` Checker";
        QTest::newRow("no value: the title") << "| **Project** |"
                                             << "Rail Checker";
    }
    void controlValue()
    {
        QFETCH(QString, projectRow);
        RepositoryBuilder repo;
        repo.write(
            QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"),
            QStringLiteral(
                "# Project Requirements: Rail Checker\n\n## Document Control\n\n| Field | Value |\n|---|---|\n%1\n")
                .arg(projectRow));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const ProjectContext context =
            ContextExtractor(scan.root).extract(*scan.project(QStringLiteral("001")), nullptr, {}, nullptr);
        QTEST(context.systemName.value, "systemName");
    }
    // Headings come from MarkdownOutline: a "#" line in a code block is no title.
    void headingsInCodeBlocks()
    {
        RepositoryBuilder repo;
        repo.write(
            QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"),
            QStringLiteral("# Principles\n\n```markdown\n### 1. Responsible AI\n```\n\n### 2. Explainable Models\n"));
        repo.write(QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"),
                   QStringLiteral("```bash\n# install the tools first\n```\n\n# Project Requirements: Rail Checker\n"));
        repo.write(
            QStringLiteral("projects/001-a/ARC-001-DATA-v1.0.md"),
            QStringLiteral("# Data\n\n~~~\n### Entity E-009: Example Only\n~~~\n\n### Entity E-001: Track Segment\n"));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const ProjectContext context = ContextExtractor(scan.root).extract(*scan.project(QStringLiteral("001")),
                                                                           scan.globalProject(), {}, nullptr);
        QCOMPARE(context.systemName.value, QStringLiteral("Rail Checker"));
    }
    void regime_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("regime");
        QTest::newRow("jsp 936 document") << "ARC-001-J936-v1.0.md"
                                          << "# JSP 936\n"
                                          << "mod";
        QTest::newRow("jsp 936 mention") << "ARC-001-AIPB-v1.0.md"
                                         << "# A\n\nAssured under JSP 936 for Defence.\n"
                                         << "mod";
        QTest::newRow("official marking") << "ARC-001-REQ-v1.0.md"
                                          << "# R\n\n| **Classification** | OFFICIAL |\n"
                                          << "uk-gov";
        QTest::newRow("commercial") << "ARC-001-REQ-v1.0.md"
                                    << "# R\n\n| **Classification** | CONFIDENTIAL |\n"
                                    << "commercial";
        // OFFICIAL markings and ATRS records are used beyond the UK: a project
        // that speaks of another government more than of the UK's bodies and
        // standards is another government's (neither UK Government nor
        // commercial).
        QTest::newRow("another government") << "ARC-001-REQ-v1.0.md"
                                            << "# R\n\n| **Classification** | OFFICIAL |\n\n"
                                               "The federal entity publishes an ATRS record per agent.\n\n"
                                               "Agents serve UAE residents under federal law.\n\n"
                                               "Each ministry reports to the UAE Cabinet.\n"
                                            << "other-gov";
        // One line about a supplier's government says nothing of the project's own.
        QTest::newRow("a supplier's federal baseline") << "ARC-001-REQ-v1.0.md"
                                                       << "# R\n\n| **Classification** | OFFICIAL |\n\n"
                                                          "US sub-processors MUST meet their federal FedRAMP baseline.\n"
                                                       << "";
        QTest::newRow("the UK's own standards outweigh a federal mention")
            << "ARC-001-REQ-v1.0.md"
            << "# R\n\n| **Classification** | OFFICIAL |\n\nLearned from US federal agencies.\n\n"
               "Follows the Technology Code of Practice.\n\nPublished on GOV.UK.\n"
            << "uk-gov";
    }
    void regime()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        RepositoryBuilder repo;
        repo.write(QStringLiteral("projects/001-a/") + file, text);
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const ProjectContext context =
            ContextExtractor(scan.root).extract(*scan.project(QStringLiteral("001")), nullptr, {}, nullptr);
        QTEST(context.regime.value, "regime");
        // Another government is said by a line of the documents; Commercial is what none says.
        if (context.regime.value == QLatin1String("other-gov"))
            QCOMPARE(context.regime.source, QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md:5"));
    }
    void genAi_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("genAi");
        QTest::newRow("llm") << "Answers are drafted by an LLM from guidance." << true;
        QTest::newRow("rag") << "Retrieval-augmented generation over the knowledge base." << true;
        QTest::newRow("prompt injection") << "Inputs are screened for prompt injection." << true;
        QTest::newRow("consent prompt") << "The user sees an explanation and consent prompt." << false;
        QTest::newRow("rag status") << "A rag rating is shown on the dashboard." << false;
    }
    void genAi()
    {
        QFETCH(QString, body);
        Requirement requirement = nfr(QStringLiteral("FR-001"), QStringLiteral("Recommendations"), body, true, 12);
        requirement.kind = QStringLiteral("FR");
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const ProjectContext context =
            ContextExtractor(scan.root).extract(*scan.project(QStringLiteral("001")), nullptr, {requirement}, nullptr);
        QTEST(!context.genAi.isEmpty(), "genAi");
    }
    void unreadableDocumentsAreProblems()
    {
        RepositoryBuilder repo;
        repo.write(QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md"), QByteArray("\0\0\0", 3));
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        Problems problems;
        const ProjectContext context =
            ContextExtractor(scan.root).extract(*scan.project(QStringLiteral("001")), nullptr, {}, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md"));
        QVERIFY(context.riskLevel.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContextExtractor)
#include "tst_contextextractor.moc"
