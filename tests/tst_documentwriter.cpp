#include "documentwriter.h"

#include "repositorybuilder.h"
#include "repositoryscanner.h"

#include <QTest>

#include <unistd.h>

using namespace arckit;
using arckit::test::RepositoryBuilder;

class TestDocumentWriter : public QObject
{
    Q_OBJECT
private:
    static Project projectOf(const RepositoryBuilder &repo, const QString &id)
    {
        const RepositoryScan scan = RepositoryScanner().scan(repo.root());
        const Project *project = scan.project(id);
        return project ? *project : Project();
    }

private Q_SLOTS:
    void nextVersion_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<bool>("major");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << QStringList() << false << "1.0";
        QTest::newRow("first, major asked") << QStringList() << true << "1.0";
        QTest::newRow("minor bump") << QStringList{"ARC-001-MLOPS-v1.0.md"} << false << "1.1";
        QTest::newRow("major bump") << QStringList{"ARC-001-MLOPS-v1.3.md"} << true << "2.0";
        QTest::newRow("numeric not text order")
            << QStringList{"ARC-001-MLOPS-v1.9.md", "ARC-001-MLOPS-v1.10.md"} << false << "1.11";
        QTest::newRow("other types ignored") << QStringList{"ARC-001-REQ-v3.0.md"} << false << "1.0";
    }
    void nextVersion()
    {
        QFETCH(QStringList, existing);
        QFETCH(bool, major);
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        for (const QString &name : existing)
            repo.document(QStringLiteral("projects/001-a/") + name, QStringLiteral("x"));
        const Project project = projectOf(repo, QStringLiteral("001"));
        QTEST(DocumentWriter::nextVersion(project, major), "expected");
        QCOMPARE(DocumentWriter::nextFileName(project, major),
                 QStringLiteral("ARC-001-MLOPS-v%1.md").arg(DocumentWriter::nextVersion(project, major)));
    }
    void versionWrittenSinceTheScanCounts()
    {
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        const Project project = projectOf(repo, QStringLiteral("001"));
        repo.document(QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.0.md"), QStringLiteral("x"));
        QCOMPARE(DocumentWriter::nextVersion(project), QStringLiteral("1.1"));
    }
    void writesNewFileAndNeverOverwrites()
    {
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        const Project project = projectOf(repo, QStringLiteral("001"));
        const SaveResult first = DocumentWriter::writeNew(project, QStringLiteral("ARC-001-MLOPS-v1.0.md"), "one\n");
        QVERIFY2(first.ok(), qPrintable(first.error));
        QFile written(first.path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("one\n"));
        written.close();
        const SaveResult again = DocumentWriter::writeNew(project, QStringLiteral("ARC-001-MLOPS-v1.0.md"), "two\n");
        QVERIFY(!again.ok());
        QVERIFY(again.error.contains(QLatin1String("already exists")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("one\n"));
        // No temporary files are left behind.
        QCOMPARE(QDir(project.path).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("ARC-001-MLOPS-v1.0.md")});
    }
    void refusesPathsOutsideTheProject_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("parent") << "../ARC-001-MLOPS-v1.0.md";
        QTest::newRow("absolute") << "/tmp/ARC-001-MLOPS-v1.0.md";
        QTest::newRow("hidden") << ".ARC-001-MLOPS-v1.0.md";
    }
    void refusesPathsOutsideTheProject()
    {
        QFETCH(QString, fileName);
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        const SaveResult result = DocumentWriter::writeNew(projectOf(repo, QStringLiteral("001")), fileName, "x");
        QVERIFY(!result.ok());
    }
    void refusesSymlinkOut()
    {
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        QTemporaryDir outside;
        QVERIFY(repo.symlink(outside.filePath(QStringLiteral("target.md")),
                             QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.0.md")));
        const SaveResult result = DocumentWriter::writeNew(projectOf(repo, QStringLiteral("001")),
                                                           QStringLiteral("ARC-001-MLOPS-v1.0.md"), "x");
        QVERIFY(!result.ok());
        QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("target.md"))));
    }
    void readOnlyFolderGivesAClearError()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders: the case cannot be made here");
        RepositoryBuilder repo;
        repo.mkdir(QStringLiteral("projects/001-a"));
        QFile::setPermissions(repo.path(QStringLiteral("projects/001-a")),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const SaveResult result = DocumentWriter::writeNew(projectOf(repo, QStringLiteral("001")),
                                                           QStringLiteral("ARC-001-MLOPS-v1.0.md"), "x");
        QFile::setPermissions(repo.path(QStringLiteral("projects/001-a")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!result.ok());
        QVERIFY(result.error.startsWith(QLatin1String("cannot write")));
    }
    void overwriteOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.html"));
        QVERIFY(DocumentWriter::writeFile(path, "a", false).ok());
        QVERIFY(!DocumentWriter::writeFile(path, "b", false).ok());
        QVERIFY(DocumentWriter::writeFile(path, "c", true).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("c"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentWriter)
#include "tst_documentwriter.moc"
