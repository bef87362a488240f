// Saving survives kill -9: a real process (tests/killhelpers/savehammer.cpp)
// saves large documents through DocumentWriter in a loop and is killed with
// SIGKILL at random moments, many times. Afterwards every document is either
// the old one or a complete new one, and what a crash leaves behind is never
// mistaken for a document by the scanner.

#include "arcfilename.h"
#include "killhelpers/savepayload.h"
#include "repositoryscanner.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace arckit;
using arckit::test::payloadGeneration;
using arckit::test::savePayload;

namespace {

constexpr int kRounds = 40;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Starts the hammer, lets it complete a first save, then kills it at a random
// moment within the next maxMs. Returns the last generation it reported.
int hammerAndKill(const QStringList &arguments, int maxMs)
{
    QProcess hammer;
    hammer.start(QStringLiteral(ARCKIT_SAVEHAMMER), arguments);
    if (!hammer.waitForStarted() || !hammer.waitForReadyRead(60000))
        return -1;
    QThread::msleep(QRandomGenerator::global()->bounded(maxMs));
    hammer.kill(); // SIGKILL
    hammer.waitForFinished();
    const QList<QByteArray> lines = hammer.readAllStandardOutput().trimmed().split('\n');
    return lines.last().startsWith("saved ") ? lines.last().mid(6).toInt() : -1;
}

// Files that are not the documents themselves: a killed save's temporary file.
QStringList leftovers(const QString &folder, const QStringList &documents)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &document : documents)
        names.removeAll(document);
    return names;
}

void checkNotMistakenForDocuments(const QString &root, const QStringList &strays)
{
    for (const QString &stray : strays) {
        QVERIFY2(!ArcFileName::parse(stray), qPrintable(stray));
        QVERIFY2(stray.startsWith(QLatin1Char('.')) || !stray.endsWith(QLatin1String(".md"), Qt::CaseInsensitive),
                 qPrintable(stray));
    }
    const RepositoryScan scan = RepositoryScanner().scan(root);
    QCOMPARE(scan.projects.size(), qsizetype(1));
    QVERIFY(scan.projects.first().otherDocuments.isEmpty());
    for (const Artifact &artifact : scan.projects.first().artifacts)
        QVERIFY2(!strays.contains(QFileInfo(artifact.path).fileName()), qPrintable(artifact.path));
}

} // namespace

class TestKillSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overwriteKeepsOldOrNew()
    {
        constexpr int kKilobytes = 4096;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("projects/001-x"));
        QVERIFY(QDir().mkpath(project));
        const QString path = project + QStringLiteral("/ARC-001-MLOPS-v1.0.md");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(savePayload(0, kKilobytes));
        }
        int newer = 0;
        for (int round = 0; round < kRounds; ++round) {
            const int before = payloadGeneration(readAll(path), kKilobytes);
            const int reported = hammerAndKill({QStringLiteral("overwrite"), path, QString::number(kKilobytes)}, 150);
            QVERIFY(reported >= 1);
            const int after = payloadGeneration(readAll(path), kKilobytes);
            // The old document (or one already reported saved) or the complete
            // one being written at the kill: never anything partial.
            QVERIFY2(after >= 0,
                     qPrintable(QStringLiteral("round %1: the file is not a complete document").arg(round)));
            QVERIFY2(
                after == reported || after == reported + 1,
                qPrintable(QStringLiteral("round %1: generation %2, reported %3").arg(round).arg(after).arg(reported)));
            if (after != before)
                ++newer;
        }
        const QStringList strays = leftovers(project, {QStringLiteral("ARC-001-MLOPS-v1.0.md")});
        qInfo("%d kills of %d found a newer complete file; %lld temporary files left by kills mid-save: %s", newer,
              kRounds, qlonglong(strays.size()), qPrintable(strays.mid(0, 3).join(QLatin1Char(' '))));
        checkNotMistakenForDocuments(dir.path(), strays);
    }

    void newVersionIsCompleteOrAbsent()
    {
        constexpr int kKilobytes = 1024;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("projects/001-x"));
        QVERIFY(QDir().mkpath(project));
        int checked = 0;
        QStringList strays;
        for (int round = 0; round < kRounds; ++round) {
            const int reported = hammerAndKill({QStringLiteral("new"), project, QString::number(kKilobytes)}, 100);
            QVERIFY(reported >= 0);
            const QStringList documents = QDir(project).entryList({QStringLiteral("ARC-*.md")}, QDir::Files);
            QVERIFY(!documents.isEmpty());
            for (const QString &name : documents) {
                const auto parsed = ArcFileName::parse(name);
                QVERIFY2(parsed, qPrintable(name));
                const int generation = payloadGeneration(readAll(project + QLatin1Char('/') + name), kKilobytes);
                QVERIFY2(generation == parsed->minor,
                         qPrintable(QStringLiteral("round %1: %2 is not complete").arg(round).arg(name)));
                ++checked;
            }
            strays = leftovers(project, documents);
            checkNotMistakenForDocuments(dir.path(), strays);
            // Keep the folder small: the versions start again at 1.0.
            for (const QString &name : documents)
                QFile::remove(project + QLatin1Char('/') + name);
        }
        qInfo("%d versions checked complete over %d kills; %lld temporary files left by kills mid-save", checked,
              kRounds, qlonglong(strays.size()));
    }
};

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_kill_save.moc"
