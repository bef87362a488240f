#include "repositoryscanner.h"

#include "repositorybuilder.h"

#include <QTest>

#include <unistd.h>

using namespace arckit;
using arckit::test::RepositoryBuilder;

namespace {

bool hasProblem(const RepositoryScan &scan, const QString &pathPart, const QString &messagePart)
{
    for (const Problem &problem : scan.problems)
        if (problem.path.contains(pathPart) && problem.message.contains(messagePart))
            return true;
    return false;
}

QString problemList(const RepositoryScan &scan)
{
    QStringList lines;
    for (const Problem &problem : scan.problems)
        lines << problem.path + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRepositoryScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsRootFromInside()
    {
        RepositoryBuilder repo;
        repo.document(QStringLiteral("projects/001-alpha/research/ARC-001-AWRS-v1.0.md"), QStringLiteral("AWS"));
        const auto fromFile =
            RepositoryScanner::findRoot(repo.path(QStringLiteral("projects/001-alpha/research/ARC-001-AWRS-v1.0.md")));
        QVERIFY(fromFile);
        QCOMPARE(*fromFile, QFileInfo(repo.root()).canonicalFilePath());
        QCOMPARE(*RepositoryScanner::findRoot(repo.path(QStringLiteral("projects/001-alpha"))), *fromFile);
        QCOMPARE(*RepositoryScanner::findRoot(repo.root()), *fromFile);
    }
    void notARepository()
    {
        QTemporaryDir dir;
        QVERIFY(!RepositoryScanner::findRoot(dir.path()));
        const RepositoryScan scan = RepositoryScanner().scan(dir.path());
        QVERIFY(scan.projects.isEmpty());
        QVERIFY(hasProblem(scan, QStringLiteral("projects"), QStringLiteral("not an ArcKit repository")));
    }
    void emptyProjects()
    {
        RepositoryBuilder repo;
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        QVERIFY(scan.projects.isEmpty());
        QVERIFY(hasProblem(scan, QStringLiteral("projects"), QStringLiteral("no project folders")));
    }
    void indexesArtifacts()
    {
        RepositoryBuilder repo;
        repo.document(QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"), QStringLiteral("Principles"));
        repo.document(QStringLiteral("projects/001-alpha/ARC-001-REQ-v1.0.md"), QStringLiteral("Requirements v1"));
        repo.document(QStringLiteral("projects/001-alpha/ARC-001-REQ-v1.1.md"), QStringLiteral("Requirements v1.1"));
        repo.document(QStringLiteral("projects/001-alpha/ARC-001-REQ-v1.10.md"), QStringLiteral("Requirements v1.10"));
        repo.document(QStringLiteral("projects/001-alpha/decisions/ARC-001-ADR-001-v1.0.md"),
                      QStringLiteral("ADR one"));
        repo.document(QStringLiteral("projects/001-alpha/decisions/ARC-001-ADR-002-v1.0.md"),
                      QStringLiteral("ADR two v1"));
        repo.document(QStringLiteral("projects/001-alpha/decisions/ARC-001-ADR-002-v2.0.md"),
                      QStringLiteral("ADR two v2"));
        repo.document(QStringLiteral("projects/001-alpha/research/ARC-001-AWRS-v1.0.md"),
                      QStringLiteral("AWS research"));
        repo.document(QStringLiteral("projects/001-alpha/ARC-001-JSP936-v1.0.md"), QStringLiteral("JSP 936"));
        repo.write(QStringLiteral("projects/001-alpha/external/model-card.pdf"), QByteArray("%PDF"));
        repo.write(QStringLiteral("projects/001-alpha/external/sub/config.yaml"), QByteArray("a: 1"));
        repo.document(QStringLiteral("projects/001-alpha/README.md"), QStringLiteral("Readme"));
        repo.document(QStringLiteral("projects/002-beta/ARC-002-REQ-v1.0.md"), QStringLiteral("Beta"));

        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        QCOMPARE(scan.projects.size(), 3);
        QVERIFY2(scan.problems.isEmpty(), qPrintable(problemList(scan)));
        QVERIFY(scan.globalProject());
        QCOMPARE(scan.projects.first().dirName, QStringLiteral("000-global"));
        const Project *alpha = scan.project(QStringLiteral("001"));
        QVERIFY(alpha);
        QCOMPARE(alpha->name, QStringLiteral("alpha"));
        QCOMPARE(alpha->relativePath, QStringLiteral("projects/001-alpha"));
        QCOMPARE(alpha->artifacts.size(), 8);
        const Artifact *req = alpha->latest(QStringLiteral("REQ"));
        QVERIFY(req);
        QCOMPARE(req->version(), QStringLiteral("1.10"));
        QVERIFY(req->latest);
        QCOMPARE(req->title, QStringLiteral("Requirements v1.10"));
        QCOMPARE(req->relativePath, QStringLiteral("projects/001-alpha/ARC-001-REQ-v1.10.md"));
        const auto adrs = alpha->latestOfType(QStringLiteral("ADR"));
        QCOMPARE(adrs.size(), 2);
        QCOMPARE(alpha->latest(QStringLiteral("ADR"), QStringLiteral("002"))->version(), QStringLiteral("2.0"));
        QVERIFY(alpha->latest(QStringLiteral("J936")));
        QVERIFY(alpha->latest(QStringLiteral("AWRS")));
        QCOMPARE(alpha->externalFiles, (QStringList{QStringLiteral("projects/001-alpha/external/model-card.pdf"),
                                                    QStringLiteral("projects/001-alpha/external/sub/config.yaml")}));
        QCOMPARE(alpha->otherDocuments, QStringList{QStringLiteral("projects/001-alpha/README.md")});
        int latestCount = 0;
        for (const Artifact &artifact : alpha->artifacts)
            latestCount += artifact.latest;
        QCOMPARE(latestCount, 5); // REQ, ADR-001, ADR-002, AWRS, J936
    }
    void badInputIsReportedAndTheRestProcessed()
    {
        RepositoryBuilder repo;
        repo.document(QStringLiteral("projects/001-good/ARC-001-REQ-v1.0.md"), QStringLiteral("Good"));
        repo.write(QStringLiteral("projects/001-good/ARC-001-DATA-v1.0.md"), QByteArray("\0\x01\x02binary", 9));
        repo.mkdir(QStringLiteral("projects/001-good/ARC-001-AIPB-v1.0.md"));
        repo.mkdir(QStringLiteral("projects/notnumbered"));
        repo.document(QStringLiteral("projects/002-loop/ARC-002-REQ-v1.0.md"), QStringLiteral("Loop"));
        QVERIFY(
            repo.symlink(repo.path(QStringLiteral("projects/002-loop")), QStringLiteral("projects/002-loop/again")));
        QTemporaryDir outside;
        QFile(outside.filePath(QStringLiteral("secret.md"))).open(QIODevice::WriteOnly);
        QVERIFY(repo.symlink(outside.path(), QStringLiteral("projects/002-loop/escape")));
        QVERIFY(repo.symlink(repo.path(QStringLiteral("nowhere")), QStringLiteral("projects/002-loop/broken.md")));

        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        QCOMPARE(scan.projects.size(), 2);
        QVERIFY(hasProblem(scan, QStringLiteral("projects/notnumbered"), QStringLiteral("without a number")));
        QVERIFY(
            hasProblem(scan, QStringLiteral("ARC-001-AIPB-v1.0.md"), QStringLiteral("folder named like a document")));
        QVERIFY2(hasProblem(scan, QStringLiteral("projects/002-loop/again"), QStringLiteral("loop")),
                 qPrintable(problemList(scan)));
        QVERIFY(hasProblem(scan, QStringLiteral("projects/002-loop/escape"), QStringLiteral("outside the repository")));
        QVERIFY(hasProblem(scan, QStringLiteral("broken.md"), QStringLiteral("broken symbolic link")));
        const Project *good = scan.project(QStringLiteral("001-good"));
        QVERIFY(good->latest(QStringLiteral("REQ")));
        QVERIFY(good->latest(QStringLiteral("DATA"))); // listed; reading it later reports the binary content
        QVERIFY(good->latest(QStringLiteral("DATA"))->title.isEmpty());
        QVERIFY(!good->latest(QStringLiteral("AIPB")));
        const Project *loop = scan.project(QStringLiteral("002"));
        QCOMPARE(loop->artifacts.size(), 1);
    }
    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads any file: the permission case cannot be made here");
        RepositoryBuilder repo;
        const QString path = repo.document(QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"), QStringLiteral("R"));
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        QVERIFY(hasProblem(scan, QStringLiteral("ARC-001-REQ-v1.0.md"), QStringLiteral("cannot be read")));
    }
    void neverWrites()
    {
        RepositoryBuilder repo;
        const QString path = repo.document(QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"), QStringLiteral("R"));
        const QDateTime before = QFileInfo(path).lastModified();
        const QStringList entriesBefore =
            QDir(repo.path(QStringLiteral("projects/001-a"))).entryList(QDir::AllEntries | QDir::Hidden);
        RepositoryScanner().scan(repo.root());
        QCOMPARE(QFileInfo(path).lastModified(), before);
        QCOMPARE(QDir(repo.path(QStringLiteral("projects/001-a"))).entryList(QDir::AllEntries | QDir::Hidden),
                 entriesBefore);
    }
};

QTEST_GUILESS_MAIN(TestRepositoryScanner)
#include "tst_repositoryscanner.moc"
