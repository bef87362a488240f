// End to end: the arckit-mlops binary on the bundled example repository and on
// hostile input, as a script or CI would run it.

#include "clirun.h"
#include "repositorybuilder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using arckit::test::copyTree;
using arckit::test::RepositoryBuilder;
using arckit::test::runCli;
using Run = arckit::test::CliRun;

namespace {

QJsonObject projectNamed(const QJsonObject &scan, const QString &id)
{
    for (const QJsonValue &project : scan.value(QLatin1String("projects")).toArray())
        if (project.toObject().value(QLatin1String("id")).toString() == id)
            return project.toObject();
    return {};
}

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(ARCKIT_EXAMPLE_REPO "/projects")),
                 "the example repository is missing");
    }
    void helpAndVersion()
    {
        const Run help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *word : {"scan", "answers", "generate", "check", "Exit codes"})
            QVERIFY2(help.out.contains(word), word);
        const Run version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("arckit-mlops "));
    }
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"scan", "--frob"};
        QTest::newRow("not a repository") << QStringList{"scan", QDir::tempPath()};
        QTest::newRow("missing path") << QStringList{"scan", "/nonexistent/path"};
        QTest::newRow("unknown project") << QStringList{"answers", ARCKIT_EXAMPLE_REPO, "--project", "042"};
        QTest::newRow("check without file") << QStringList{"check"};
        QTest::newRow("check missing file") << QStringList{"check", "/nonexistent.md"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith("arckit-mlops: "), run.err.constData());
    }
    void scanJson()
    {
        const Run run = runCli({QStringLiteral("scan"), QStringLiteral(ARCKIT_EXAMPLE_REPO), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject scan = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(scan.value(QLatin1String("root")).toString(),
                 QFileInfo(QStringLiteral(ARCKIT_EXAMPLE_REPO)).canonicalFilePath());
        QVERIFY(scan.value(QLatin1String("problems")).toArray().isEmpty());
        QVERIFY(scan.value(QLatin1String("projects")).toArray().size() >= 3);

        const QJsonObject complete = projectNamed(scan, QStringLiteral("001"));
        QVERIFY(!complete.isEmpty());
        QVERIFY(complete.value(QLatin1String("path")).toString().startsWith(QLatin1String("projects/001-")));
        for (const char *key : {"id", "name", "path", "artifacts", "external", "missing", "requirements"})
            QVERIFY2(complete.contains(QLatin1String(key)), key);
        const QJsonArray artifacts = complete.value(QLatin1String("artifacts")).toArray();
        int latestReq = 0;
        for (const QJsonValue &value : artifacts) {
            const QJsonObject artifact = value.toObject();
            for (const char *key : {"type", "instance", "version", "path", "latest"})
                QVERIFY2(artifact.contains(QLatin1String(key)), key);
            if (artifact.value(QLatin1String("type")).toString() == QLatin1String("REQ") &&
                artifact.value(QLatin1String("latest")).toBool()) {
                ++latestReq;
                QCOMPARE(artifact.value(QLatin1String("version")).toString(), QStringLiteral("1.1"));
            }
        }
        QCOMPARE(latestReq, 1);
        QCOMPARE(complete.value(QLatin1String("external")).toArray().size(), 2);
        for (const QJsonValue &value : complete.value(QLatin1String("missing")).toArray()) {
            const QString level = value.toObject().value(QLatin1String("level")).toString();
            QVERIFY2(level == QLatin1String("optional") || level == QLatin1String("info"),
                     qPrintable(value.toObject().value(QLatin1String("message")).toString()));
        }
        const QJsonArray requirements = complete.value(QLatin1String("requirements")).toArray();
        QVERIFY(requirements.size() >= 40);
        int ml = 0;
        for (const QJsonValue &value : requirements) {
            const QJsonObject requirement = value.toObject();
            for (const char *key : {"id", "kind", "title", "source", "line", "ml", "evidence"})
                QVERIFY2(requirement.contains(QLatin1String(key)), key);
            QVERIFY(
                requirement.value(QLatin1String("source")).toString().endsWith(QLatin1String("ARC-001-REQ-v1.1.md")));
            QVERIFY(requirement.value(QLatin1String("line")).toInt() > 0);
            if (requirement.value(QLatin1String("ml")).toBool()) {
                ++ml;
                QVERIFY(!requirement.value(QLatin1String("evidence")).toArray().isEmpty());
            }
        }
        QVERIFY(ml >= 15);

        // The project with gaps: DATA and AIPB missing, recommended.
        QStringList missingTypes;
        for (const QJsonValue &value :
             projectNamed(scan, QStringLiteral("002")).value(QLatin1String("missing")).toArray())
            if (value.toObject().value(QLatin1String("level")).toString() == QLatin1String("recommended"))
                missingTypes << value.toObject().value(QLatin1String("type")).toString();
        QVERIFY(missingTypes.contains(QLatin1String("DATA")));
        QVERIFY(missingTypes.contains(QLatin1String("AIPB")));
        // The non-ML project: the spec's warning.
        bool noMl = false;
        for (const QJsonValue &value :
             projectNamed(scan, QStringLiteral("003")).value(QLatin1String("missing")).toArray())
            noMl = noMl || value.toObject()
                               .value(QLatin1String("message"))
                               .toString()
                               .contains(QLatin1String("No ML-related requirements found"));
        QVERIFY(noMl);
    }
    void scanFromInsideAProject()
    {
        const Run run = runCli({QStringLiteral("scan")}, QStringLiteral(ARCKIT_EXAMPLE_REPO "/projects"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Repository: "));
    }
    void answersHaveSources()
    {
        const Run run = runCli({QStringLiteral("answers"), QStringLiteral(ARCKIT_EXAMPLE_REPO),
                                QStringLiteral("--project"), QStringLiteral("001")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject answers = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(answers.value(QLatin1String("riskLevel")).toString(), QStringLiteral("High"));
        QCOMPARE(answers.value(QLatin1String("regime")).toString(), QStringLiteral("uk-gov"));
        QCOMPARE(answers.value(QLatin1String("platform")).toString(), QStringLiteral("SageMaker"));
        QVERIFY(answers.value(QLatin1String("llmOperations")).toBool());
        const QJsonObject sources = answers.value(QLatin1String("sources")).toObject();
        QVERIFY(sources.value(QLatin1String("riskLevel")).toString().contains(QLatin1String("ARC-001-AIPB-v1.0.md:")));
        // INT-003 mandates Amazon Bedrock in the UK region: the requirement, not the research, decides.
        QVERIFY(sources.value(QLatin1String("platform")).toString().contains(QLatin1String("ARC-001-REQ-v1.1.md:")));
        QVERIFY(answers.value(QLatin1String("profile")).toObject().contains(QLatin1String("capabilities")));
    }
    void generateThenCheck()
    {
        QTemporaryDir dir;
        copyTree(QStringLiteral(ARCKIT_EXAMPLE_REPO), dir.path());
        const QString project =
            QDir(dir.filePath(QStringLiteral("projects"))).entryList({QStringLiteral("001-*")}, QDir::Dirs).value(0);
        QVERIFY(!project.isEmpty());
        const QString reqPath =
            dir.filePath(QStringLiteral("projects/") + project + QStringLiteral("/ARC-001-REQ-v1.1.md"));
        const QDateTime reqModified = QFileInfo(reqPath).lastModified();

        const Run first =
            runCli({QStringLiteral("generate"), dir.path(), QStringLiteral("--project"), QStringLiteral("001")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.out.contains("MLOps Strategy generated!"));
        const QString v10 =
            dir.filePath(QStringLiteral("projects/") + project + QStringLiteral("/ARC-001-MLOPS-v1.0.md"));
        QVERIFY(QFileInfo::exists(v10));
        QVERIFY(first.out.contains("ARC-001-MLOPS-v1.0.md"));

        const Run check = runCli({QStringLiteral("check"), v10, QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        QStringList errors;
        for (const QJsonValue &value : report.value(QLatin1String("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QLatin1String("severity")).toString() == QLatin1String("error"))
                errors << finding.value(QLatin1String("rule")).toString() + QStringLiteral(": ") +
                              finding.value(QLatin1String("message")).toString();
            else
                QCOMPARE(finding.value(QLatin1String("rule")).toString(), QStringLiteral("placeholder"));
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(check.exitCode, 0);

        // The next generation is v1.1; v1.0 stays as it was.
        QFile file(v10);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray v10Bytes = file.readAll();
        file.close();
        const Run second =
            runCli({QStringLiteral("generate"), dir.path(), QStringLiteral("--project"), QStringLiteral("001")});
        QCOMPARE(second.exitCode, 0);
        QFile v11(dir.filePath(QStringLiteral("projects/") + project + QStringLiteral("/ARC-001-MLOPS-v1.1.md")));
        QVERIFY(v11.open(QIODevice::ReadOnly));
        const QString v11Text = QString::fromUtf8(v11.readAll());
        // The earlier revision row is kept above the new one, and Created Date carries over.
        const QString v10Text = QString::fromUtf8(v10Bytes);
        const QString created =
            v10Text.section(QStringLiteral("**Created Date** | "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!created.isEmpty());
        QVERIFY(v11Text.contains(QStringLiteral("**Created Date** | ") + created));
        QVERIFY(v11Text.contains(QLatin1String("| **Version** | 1.1 |")));
        const qsizetype row10 = v11Text.indexOf(QLatin1String("\n| 1.0 | "));
        const qsizetype row11 = v11Text.indexOf(QLatin1String("\n| 1.1 | "));
        QVERIFY(row10 > 0);
        QVERIFY(row11 > row10);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), v10Bytes);
        QCOMPARE(QFileInfo(reqPath).lastModified(), reqModified);
    }
    void generateWithAnswersToStdout()
    {
        QTemporaryDir dir;
        const QString answersPath = dir.filePath(QStringLiteral("answers.json"));
        QFile answers(answersPath);
        QVERIFY(answers.open(QIODevice::WriteOnly));
        answers.write(R"({"owner": "Jane Doe, ML Lead", "regime": "mod", "currentMaturity": 1, "targetMaturity": 3})");
        answers.close();
        const Run run = runCli({QStringLiteral("generate"), QStringLiteral(ARCKIT_EXAMPLE_REPO),
                                QStringLiteral("--project"), QStringLiteral("002"), QStringLiteral("--answers"),
                                answersPath, QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("# "));
        QVERIFY(run.out.contains("Jane Doe, ML Lead"));
        QVERIFY(run.out.contains("JSP 936"));
        QVERIFY(run.err.contains("MLOps Strategy generated!"));
        QVERIFY(run.err.contains("Level 1 (target: Level 3)"));
        // Nothing was written into the bundled example: its only strategy is
        // the hand-written one of project 002, there for revision.
        QStringList strategies;
        for (const QString &project :
             QDir(QStringLiteral(ARCKIT_EXAMPLE_REPO "/projects")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            strategies +=
                QDir(QStringLiteral(ARCKIT_EXAMPLE_REPO "/projects/") + project).entryList({QStringLiteral("*MLOPS*")});
        QCOMPARE(strategies, QStringList{QStringLiteral("ARC-002-MLOPS-v1.0.md")});
    }
    // A value the answers file changes is the architect's: the document's
    // citation of the default goes with it; an unchanged one keeps it.
    void answersFileValueLosesTheDefaultsCitation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("cited");
        QTest::newRow("changed") << QByteArray(R"({"businessPurpose": "Grade every report within a day"})") << false;
        QTest::newRow("unchanged") << QByteArray(R"({"regime": "uk-gov"})") << true;
    }
    void answersFileValueLosesTheDefaultsCitation()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, cited);
        QTemporaryDir dir;
        QFile answers(dir.filePath(QStringLiteral("answers.json")));
        QVERIFY(answers.open(QIODevice::WriteOnly));
        answers.write(json);
        answers.close();
        const Run run = runCli({QStringLiteral("generate"), QStringLiteral(ARCKIT_EXAMPLE_REPO),
                                QStringLiteral("--project"), QStringLiteral("001"), QStringLiteral("--answers"),
                                answers.fileName(), QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray summary = run.out.mid(run.out.indexOf("## Executive Summary"), 400);
        const QByteArray firstLine =
            summary.mid(summary.indexOf("**RoadCheck"), summary.indexOf("**Models**") - summary.indexOf("**RoadCheck"));
        QVERIFY2(firstLine.contains("[REQ-C") == cited, firstLine.constData());
    }
    void badAnswersFile()
    {
        QTemporaryDir dir;
        QFile answers(dir.filePath(QStringLiteral("answers.json")));
        QVERIFY(answers.open(QIODevice::WriteOnly));
        answers.write("{ not json");
        answers.close();
        const Run run = runCli({QStringLiteral("generate"), QStringLiteral(ARCKIT_EXAMPLE_REPO),
                                QStringLiteral("--project"), QStringLiteral("001"), QStringLiteral("--answers"),
                                answers.fileName(), QStringLiteral("--output"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("not a JSON object"));
    }
    void checkFindsErrors()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("ARC-001-MLOPS-v1.0.md")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("# MLOps Strategy\n\n#### Skipped levels\n\n| a | b |\n|---|---|\n| 1 |\n");
        bad.close();
        const Run run = runCli({QStringLiteral("check"), bad.fileName(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(run.out).object().value(QLatin1String("findings")).toArray();
        QStringList rules;
        for (const QJsonValue &value : findings)
            rules << value.toObject().value(QLatin1String("rule")).toString();
        QVERIFY2(rules.contains(QLatin1String("document-control")), qPrintable(rules.join(QLatin1Char(','))));
        QVERIFY(rules.contains(QLatin1String("heading-levels")));
        QVERIFY(rules.contains(QLatin1String("table-columns")));
    }
    void hostileRepository()
    {
        RepositoryBuilder repo;
        repo.write(QStringLiteral("projects/001-bad/ARC-001-REQ-v1.0.md"), QByteArray("\0\0binary\0", 9));
        repo.write(QStringLiteral("projects/001-bad/ARC-001-DATA-v1.0.md"),
                   QByteArray("# Data\n\xff\xfe broken \xe9 latin\n"));
        repo.mkdir(QStringLiteral("projects/no-number"));
        repo.symlink(repo.path(QStringLiteral("projects")), QStringLiteral("projects/001-bad/loop"));
        QByteArray big(17 * 1024 * 1024, 'x');
        repo.write(QStringLiteral("projects/002-big/ARC-002-REQ-v1.0.md"), big);
        repo.document(
            QStringLiteral("projects/003-fine/ARC-003-REQ-v1.0.md"), QStringLiteral("Requirements"),
            QStringLiteral("#### FR-001: Predict demand with a machine learning model\n\nThe model predicts.\n"));
        const Run run = runCli({QStringLiteral("scan"), repo.root(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject scan = QJsonDocument::fromJson(run.out).object();
        QStringList problems;
        for (const QJsonValue &value : scan.value(QLatin1String("problems")).toArray())
            problems << value.toObject().value(QLatin1String("path")).toString() + QStringLiteral(": ") +
                            value.toObject().value(QLatin1String("message")).toString();
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("ARC-001-REQ-v1.0.md: not a text document")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("ARC-002-REQ-v1.0.md: too large")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("no-number")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("loop")), qPrintable(all));
        const QJsonArray fine =
            projectNamed(scan, QStringLiteral("003")).value(QLatin1String("requirements")).toArray();
        QCOMPARE(fine.size(), 1);
        QVERIFY(fine.first().toObject().value(QLatin1String("ml")).toBool());
    }

    // revise: generate v1.0 in a copy of the example, revise it with two
    // sections missing, and find exactly the expected changes in v1.1.
    void reviseWritesTheNextVersionBeside()
    {
        QTemporaryDir temp;
        const QString repository = temp.filePath(QStringLiteral("repo"));
        copyTree(QStringLiteral(ARCKIT_EXAMPLE_REPO), repository);
        const QString folder = repository + QStringLiteral("/projects/001-road-defect-detection");
        QCOMPARE(runCli({QStringLiteral("generate"), repository, QStringLiteral("--project"), QStringLiteral("001")})
                     .exitCode,
                 0);
        const QString v10 = folder + QStringLiteral("/ARC-001-MLOPS-v1.0.md");
        QVERIFY(QFileInfo::exists(v10));
        // Take out two sections, as a hand-edited document might have.
        QFile file(v10);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        for (const char *heading : {"## 7. Model Monitoring", "## 14. Costs and Resources"}) {
            const qsizetype start = text.indexOf(QLatin1String(heading));
            QVERIFY2(start >= 0, heading);
            const qsizetype end = text.indexOf(QLatin1String("\n## "), start + 3);
            text.remove(start, end + 1 - start);
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const QByteArray before = text.toUtf8();

        // --diff writes nothing.
        const Run diff = runCli({QStringLiteral("revise"), v10, QStringLiteral("--insert-missing"),
                                 QStringLiteral("--diff"), QStringLiteral("--author"), QStringLiteral("Dana Test")});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY(diff.out.startsWith("--- ARC-001-MLOPS-v1.0.md\n+++ ARC-001-MLOPS-v1.1.md\n"));
        QVERIFY(diff.out.contains("+## 7. Model Monitoring"));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/ARC-001-MLOPS-v1.1.md")));

        const Run revise =
            runCli({QStringLiteral("revise"), v10, QStringLiteral("--insert-missing"), QStringLiteral("--author"),
                    QStringLiteral("Dana Test"), QStringLiteral("--date"), QStringLiteral("2031-05-06")});
        QVERIFY2(revise.exitCode == 0, revise.err.constData());
        QVERIFY(revise.out.contains("as version 1.1"));
        QVERIFY(revise.out.contains("Inserted: 7. Model Monitoring; 14. Costs and Resources"));
        QFile v11(folder + QStringLiteral("/ARC-001-MLOPS-v1.1.md"));
        QVERIFY(v11.open(QIODevice::ReadOnly));
        const QString revised = QString::fromUtf8(v11.readAll());
        QVERIFY(revised.contains(
            QLatin1String("| 1.1 | 2031-05-06 | Dana Test | Added 7. Model Monitoring, 14. Costs and Resources")));
        QVERIFY(revised.contains(QLatin1String("ARC-001-MLOPS-v1.1")));
        QVERIFY(revised.indexOf(QLatin1String("## 7. Model Monitoring")) > revised.indexOf(QLatin1String("## 6.")));
        QVERIFY(revised.indexOf(QLatin1String("## 7. Model Monitoring")) < revised.indexOf(QLatin1String("## 8.")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // v1.0 untouched

        // check reads the revision by its reference sections.
        const Run check = runCli({QStringLiteral("check"), v11.fileName()});
        QVERIFY2(!check.out.contains("section-missing"), check.out.constData());

        // Again: v1.2 follows, as the next free version.
        const Run again =
            runCli({QStringLiteral("revise"), v10, QStringLiteral("--summary"), QStringLiteral("Second look")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("ARC-001-MLOPS-v1.1.md already exists"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/ARC-001-MLOPS-v1.2.md")));
    }

    // revise: a hand-written document copied forward without renaming: its
    // file says 1.0, its Document Control and Revision History 1.1. The
    // revision is 1.2, the user is told why, no second 1.1 row appears, and
    // the LLM/GenAI section its text calls for is inserted.
    void reviseFollowsTheTextWhenTheFileNameLags()
    {
        QTemporaryDir temp;
        const QString v10 = temp.filePath(QStringLiteral("ARC-007-MLOPS-v1.0.md"));
        QVERIFY(QFile::copy(QStringLiteral(ARCKIT_TEST_DATA "/revision/genai-handwritten.md"), v10));
        QFile original(v10);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        const Run check = runCli({QStringLiteral("check"), v10});
        QVERIFY2(check.out.contains("LLM/GenAI Operations is missing"),
                 check.out.constData()); // the validator asks for it

        const Run revise =
            runCli({QStringLiteral("revise"), v10, QStringLiteral("--insert-missing"), QStringLiteral("--author"),
                    QStringLiteral("Dana Test"), QStringLiteral("--date"), QStringLiteral("2031-05-06")});
        QVERIFY2(revise.exitCode == 0, revise.err.constData());
        QVERIFY2(revise.out.contains("as version 1.2"), revise.out.constData());
        QVERIFY2(revise.err.contains("the file name lags"), revise.err.constData());
        QVERIFY2(revise.err.contains("ARC-007-MLOPS-v1.0.md is named for version 1.0 but its text is already at 1.1"),
                 revise.err.constData());
        QVERIFY2(revise.out.contains("LLM/GenAI Operations"), revise.out.constData());
        QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("ARC-007-MLOPS-v1.1.md"))));
        QFile v12(temp.filePath(QStringLiteral("ARC-007-MLOPS-v1.2.md")));
        QVERIFY(v12.open(QIODevice::ReadOnly));
        const QString revised = QString::fromUtf8(v12.readAll());
        QCOMPARE(revised.count(QLatin1String("\n| 1.1 |")), 1);
        QVERIFY(revised.contains(QLatin1String("\n| 1.2 | 2031-05-06 | Dana Test |")));
        QVERIFY(revised.contains(QLatin1String("| **Document ID** | ARC-007-MLOPS-v1.2 |")));
        QVERIFY(revised.contains(QLatin1String("| **Version** | 1.2 |")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before); // the document it only read is untouched

        const Run recheck = runCli({QStringLiteral("check"), v12.fileName()});
        QVERIFY2(!recheck.out.contains("LLM/GenAI Operations is missing"), recheck.out.constData());
    }

    void reviseInputErrors_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no version")
            << "notes.md"
            << QByteArray("# Notes\n\n## Document Control\n\n| Field | Value |\n|---|---|\n| Owner | A |\n")
            << QStringList{} << 2 << QByteArray("use --from-version");
        QTest::newRow("binary") << "ARC-001-MLOPS-v1.0.md" << QByteArray("\x00\x01\x02binary", 9) << QStringList{} << 2
                                << QByteArray("not a text document");
        QTest::newRow("missing file") << "" << QByteArray() << QStringList{} << 2 << QByteArray("does not exist");
        QTest::newRow("bad date") << "ARC-001-MLOPS-v1.0.md" << QByteArray("# A\n")
                                  << QStringList{"--date", "yesterday"} << 2 << QByteArray("not a YYYY-MM-DD date");
        QTest::newRow("no table: told, still revised")
            << "ARC-001-MLOPS-v1.0.md" << QByteArray("# A\n\nText.\n") << QStringList{} << 0
            << QByteArray("no Document Control section");
    }
    void reviseInputErrors()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QTemporaryDir temp;
        const QString path = temp.filePath(fileName.isEmpty() ? QStringLiteral("ARC-001-MLOPS-v1.0.md") : fileName);
        if (!fileName.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Run run = runCli(QStringList{QStringLiteral("revise"), path} + options);
        QTEST(run.exitCode, "exitCode");
        QFETCH(QByteArray, message);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cli_endtoend.moc"
