// The engine against a hostile repository (tests/hostilerepository.h): the
// scan and the analysis of every project finish, every bad file comes back as
// a problem, the good documents are still read. Time per project and peak
// memory are printed, not asserted (ctest's timeout catches a hang).

#include "documentstructure.h"
#include "documentvalidator.h"
#include "hostilerepository.h"
#include "projectanalysis.h"
#include "repositoryscanner.h"
#include "textfilereader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <atomic>
#include <sys/resource.h>
#include <thread>

using namespace arckit;
using arckit::test::HostileRepository;

namespace {

QString problemList(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.path + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

bool hasProblem(const Problems &problems, const QString &pathPart, const QString &messagePart)
{
    for (const Problem &problem : problems)
        if (problem.path.contains(pathPart) && problem.message.contains(messagePart, Qt::CaseInsensitive))
            return true;
    return false;
}

long peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

class TestHostileRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repo.isValid());
        QElapsedTimer timer;
        timer.start();
        m_scan = RepositoryScanner().scan(m_repo.root());
        qInfo("scan: %lld ms, %lld projects, %lld problems", timer.elapsed(), qlonglong(m_scan.projects.size()),
              qlonglong(m_scan.problems.size()));
        for (const Project &project : std::as_const(m_scan.projects)) {
            timer.restart();
            const ProjectAnalysis analysis = ProjectAnalyzer().analyze(m_scan, project);
            qInfo("analysis of %s: %lld ms, %lld requirements, %lld problems", qPrintable(project.dirName),
                  timer.elapsed(), qlonglong(analysis.requirements.size()), qlonglong(analysis.problems.size()));
            m_problems.append(analysis.problems);
            m_analyses.insert(project.dirName, analysis);
        }
        m_problems.append(m_scan.problems);
    }

    void everyBadFileIsAProblem_data()
    {
        QTest::addColumn<QString>("pathPart");
        QTest::addColumn<QString>("messagePart");
        for (const HostileRepository::BadFile &bad : m_repo.badFiles())
            QTest::newRow(qPrintable(bad.name)) << bad.pathPart << bad.messagePart;
    }
    void everyBadFileIsAProblem()
    {
        QFETCH(QString, pathPart);
        QFETCH(QString, messagePart);
        QVERIFY2(hasProblem(m_problems, pathPart, messagePart), qPrintable(problemList(m_problems)));
    }

    void goodDocumentsStillProcessed_data()
    {
        QTest::addColumn<QString>("dirName");
        QTest::addColumn<int>("minRequirements");
        QTest::addColumn<QString>("firstId");
        for (const HostileRepository::GoodProject &good : m_repo.goodProjects())
            QTest::newRow(qPrintable(good.dirName)) << good.dirName << good.minRequirements << good.firstId;
    }
    void goodDocumentsStillProcessed()
    {
        QFETCH(QString, dirName);
        QFETCH(int, minRequirements);
        QFETCH(QString, firstId);
        QVERIFY2(m_analyses.contains(dirName), qPrintable(m_analyses.keys().join(QLatin1Char(' '))));
        const ProjectAnalysis &analysis = m_analyses[dirName];
        QVERIFY2(analysis.requirements.size() >= minRequirements,
                 qPrintable(QStringLiteral("%1 requirements").arg(analysis.requirements.size())));
        QCOMPARE(analysis.requirements.first().id, firstId);
        // Line numbers count real lines whatever the line endings.
        for (const Requirement &requirement : analysis.requirements)
            QVERIFY(requirement.line >= 1);
        if (minRequirements > 1 && firstId == QLatin1String("FR-001") && !dirName.startsWith(QLatin1String("001")))
            QCOMPARE(analysis.requirements.at(1).line, 9); // the second heading of requirements()
    }

    void goodProjectHasNoProblems()
    {
        const ProjectAnalysis &good = m_analyses[QStringLiteral("001-good")];
        QVERIFY2(good.problems.isEmpty(), qPrintable(problemList(good.problems)));
        QVERIFY(!good.mlRequirements().isEmpty());
        QVERIFY(!good.profile.trainingData.isEmpty() || !good.context.pii.isEmpty()); // its DATA was read
    }

    void nothingReadOutsideTheRepository()
    {
        QVERIFY(!m_analyses.contains(QStringLiteral("015-outside-folder")));
        const ProjectAnalysis &outside = m_analyses[QStringLiteral("014-outside")];
        QVERIFY(outside.requirements.isEmpty());
    }

    void unreadableFile()
    {
        if (!m_repo.hasUnreadableFile())
            QSKIP("skipped: chmod 000 does not stop this user (root) from reading the file, so there is no "
                  "unreadable file to test");
        QVERIFY2(hasProblem(m_problems, QStringLiteral("016-unreadable/ARC-016-REQ"), QStringLiteral("read")),
                 qPrintable(problemList(m_problems)));
    }

    void projectDeletedAfterScan()
    {
        const Project *doomed = m_scan.project(QStringLiteral("018"));
        QVERIFY(doomed);
        QVERIFY(QDir(m_repo.path(m_repo.doomedProject())).removeRecursively());
        const ProjectAnalysis analysis = ProjectAnalyzer().analyze(m_scan, *doomed);
        QVERIFY(analysis.requirements.isEmpty());
        QVERIFY2(hasProblem(analysis.problems, QStringLiteral("018-deleted/ARC-018-REQ"), QStringLiteral("not exist")),
                 qPrintable(problemList(analysis.problems)));
    }

    // The scanner has no hook to pause it, so a second thread deletes project
    // folders while it walks a large tree; repeated so that deletions land in
    // the middle of the walk. The folders never touched must come back whole.
    void projectsDeletedDuringScan()
    {
        constexpr int kProjects = 300;
        constexpr int kFiles = 12;
        for (int round = 0; round < 4; ++round) {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            QDir(dir.path()).mkpath(QStringLiteral("projects"));
            QStringList folders;
            for (int p = 1; p <= kProjects; ++p) {
                const QString id = QString::number(p).rightJustified(3, QLatin1Char('0'));
                const QString folder = dir.filePath(QStringLiteral("projects/%1-p/research").arg(id));
                QDir().mkpath(folder);
                folders << QFileInfo(folder).absolutePath();
                for (int f = 1; f <= kFiles; ++f) {
                    QFile file(QStringLiteral("%1/ARC-%2-RSCH-%3-v1.0.md")
                                   .arg(f % 2 ? folder : folders.last(), id,
                                        QString::number(f).rightJustified(3, QLatin1Char('0'))));
                    if (file.open(QIODevice::WriteOnly))
                        file.write(HostileRepository::requirements(3));
                }
            }
            std::atomic<bool> started{false};
            std::thread deleter([&] {
                while (!started.load())
                    std::this_thread::yield();
                // Odd projects only, from the middle outwards in both directions.
                for (int offset = 0; offset < kProjects / 2; offset += 2) {
                    for (int p : {kProjects / 2 + offset + 1, kProjects / 2 - offset - 1})
                        if (p >= 1 && p <= kProjects && p % 2 == 1)
                            QDir(folders.at(p - 1)).removeRecursively();
                }
            });
            started = true;
            const RepositoryScan scan = RepositoryScanner().scan(dir.path());
            deleter.join();

            int odd = 0;
            int partial = 0;
            for (const Project &project : scan.projects) {
                const int number = project.id.toInt();
                QVERIFY(number >= 1 && number <= kProjects);
                if (number % 2 == 1) {
                    ++odd;
                    QVERIFY(project.artifacts.size() <= kFiles);
                    if (project.artifacts.size() < kFiles)
                        ++partial;
                    // Whatever was half-scanned analyses without a crash.
                    const ProjectAnalysis analysis = ProjectAnalyzer().analyze(scan, project);
                    Q_UNUSED(analysis);
                } else {
                    QCOMPARE(project.artifacts.size(), qsizetype(kFiles));
                }
            }
            QCOMPARE(scan.projects.size() - odd, qsizetype(kProjects / 2));
            qInfo("round %d: %d of %d deleted projects were still listed by the scan, %d of them cut short", round, odd,
                  kProjects / 2, partial);
        }
    }

    // The editor checks and outlines whatever document is opened: every
    // readable hostile file goes through the validator and the structure
    // parser (which revision uses) too.
    void validatorAndStructureOnEveryFile()
    {
        for (const Project &project : std::as_const(m_scan.projects)) {
            for (const Artifact &artifact : project.artifacts) {
                for (const auto fidelity : {TextFileReader::Fidelity::Normalised, TextFileReader::Fidelity::Exact}) {
                    const TextFile file =
                        TextFileReader::read(artifact.path, TextFileReader::DefaultMaxBytes, fidelity);
                    if (!file.ok())
                        continue;
                    QElapsedTimer timer;
                    timer.start();
                    const ValidationFindings findings = DocumentValidator().validate(file.text);
                    const qint64 validated = timer.restart();
                    const DocumentStructure structure = DocumentStructure::parse(file.text);
                    QCOMPARE(structure.linesText(1, structure.outline().lineCount()), file.text);
                    if (fidelity == TextFileReader::Fidelity::Normalised)
                        qInfo("%s: validated in %lld ms (%lld findings), structure in %lld ms",
                              qPrintable(artifact.relativePath), validated, qlonglong(findings.size()),
                              timer.elapsed());
                }
            }
        }
    }

    void cleanupTestCase() { qInfo("peak memory (max RSS): %ld MB", peakRssMegabytes()); }

private:
    HostileRepository m_repo;
    RepositoryScan m_scan;
    QHash<QString, ProjectAnalysis> m_analyses;
    Problems m_problems;
};

QTEST_GUILESS_MAIN(TestHostileRepository)
#include "tst_hostile_repository.moc"
