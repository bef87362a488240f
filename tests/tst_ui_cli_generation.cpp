// The command line's `generate` and the GUI's New MLOps Strategy give the same
// bytes for the same project, answers and date: both go through
// StrategyGenerator, which carries the previous version's answers, Created
// Date and Revision History rows into the new one. The date is fixed for both
// with ARCKIT_TODAY; the CLI is the real arckit-mlops binary.

#include "answersblock.h"
#include "clirun.h"
#include "document/documentsession.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "previousversion.h"
#include "project/repositorysnapshot.h"
#include "revisionstamp.h"
#include "strategygenerator.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;
using arckit::test::copyTree;
using arckit::test::runCli;
using Run = arckit::test::CliRun;

namespace {

const QString kToday = QStringLiteral("2031-02-03");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUiCliGeneration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // The CLI inherits it; the GUI reads it through StrategyGenerator::today().
        qputenv("ARCKIT_TODAY", kToday.toUtf8());
        QCOMPARE(StrategyGenerator::today(), QDate::fromString(kToday, Qt::ISODate));
    }

    void sameBytes_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("previousEmbedsAnswers");
        // 002 has a hand-written v1.0 (no answers block): its Created Date and
        // Revision History rows carry over, the answers come from the documents.
        QTest::newRow("hand-written previous version") << QStringLiteral("002") << false;
        // 001 gets a v1.0 from the CLI first: its embedded answers carry over too.
        QTest::newRow("generated previous version") << QStringLiteral("001") << true;
    }

    void sameBytes()
    {
        QFETCH(QString, projectId);
        QFETCH(bool, previousEmbedsAnswers);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("repository"));
        copyTree(QStringLiteral(ARCKIT_EXAMPLE_REPO), root);

        if (previousEmbedsAnswers) {
            // The first version, written into the project folder, with answers that differ from the defaults.
            const QString first = dir.filePath(QStringLiteral("first.json"));
            QFile answers(first);
            QVERIFY(answers.open(QIODevice::WriteOnly));
            answers.write(R"({"owner": "Priya Natarajan, Head of Data Science", "reviewCycle": "Monthly"})");
            answers.close();
            const Run v1 = runCli({QStringLiteral("generate"), root, QStringLiteral("--project"), projectId,
                                   QStringLiteral("--answers"), first});
            QVERIFY2(v1.exitCode == 0, v1.err.constData());
        }

        // The same change to the starting answers on both paths.
        const QString owner = QStringLiteral("Jordan Okafor, Service Owner");
        const QString answersPath = dir.filePath(QStringLiteral("answers.json"));
        QFile answersFile(answersPath);
        QVERIFY(answersFile.open(QIODevice::WriteOnly));
        answersFile.write(QJsonDocument(QJsonObject{{QStringLiteral("owner"), owner}}).toJson());
        answersFile.close();

        // The CLI, writing outside the repository so that the GUI sees the same latest version.
        const QString cliPath = dir.filePath(QStringLiteral("cli.md"));
        const Run cli = runCli({QStringLiteral("generate"), root, QStringLiteral("--project"), projectId,
                                QStringLiteral("--answers"), answersPath, QStringLiteral("--output"), cliPath});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const QByteArray cliBytes = readAll(cliPath);
        QVERIFY(!cliBytes.isEmpty());

        // The GUI: the main window on the same copy, New MLOps Strategy without the wizard's dialog.
        KSyntaxHighlighting::Repository highlighting;
        QTemporaryDir recovery;
        MainWindow window(highlighting, recovery.path());
        window.resize(1400, 900);
        window.show();
        QSignalSpy updated(&window, &MainWindow::repositoryUpdated);
        QVERIFY(window.openRepository(root));
        QVERIFY(updated.wait(30000));
        const ProjectAnalysis *analysis = window.snapshot() ? window.snapshot()->analysis(projectId) : nullptr;
        QVERIFY(analysis);
        const StrategyGenerator generator(*analysis, window.repositoryRoot());
        QVERIFY(generator.previous());
        QCOMPARE(bool(generator.previous()->answers), previousEmbedsAnswers);
        Answers answers = generator.startingAnswers(); // where the wizard starts
        QVERIFY(answers.setValue(QStringLiteral("owner"), owner));
        QVERIFY(window.fileActions()->generateDocument(*analysis, answers));
        const QByteArray guiBytes = window.session()->text().toUtf8();
        window.session()->setModified(false); // no question when closing

        QCOMPARE(guiBytes, cliBytes);

        // What the two agree on is the carried-over document, not an empty one.
        const QString markdown = QString::fromUtf8(cliBytes);
        const PreviousVersion &previous = *generator.previous();
        QCOMPARE(RevisionStamp::field(markdown, QStringLiteral("Version")), QStringLiteral("1.1"));
        QCOMPARE(RevisionStamp::field(markdown, QStringLiteral("Last Modified")), kToday);
        QVERIFY(previous.createdDate.isValid());
        QCOMPARE(RevisionStamp::field(markdown, QStringLiteral("Created Date")),
                 previous.createdDate.toString(Qt::ISODate));
        QVERIFY(!previous.revisionRows.isEmpty());
        for (const QString &row : previous.revisionRows)
            QVERIFY2(markdown.contains(row), qPrintable(row));
        const auto embedded = AnswersBlock::extract(markdown);
        QVERIFY(embedded);
        QCOMPARE(embedded->owner, owner);
        if (previousEmbedsAnswers)
            QCOMPARE(embedded->reviewCycle, QStringLiteral("Monthly"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcKitTests"));
    QApplication::setApplicationName(QStringLiteral("tst_ui_cli_generation"));
    TestUiCliGeneration test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_cli_generation.moc"
