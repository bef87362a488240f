// Crash recovery survives kill -9: a real process (tests/killhelpers/typist.cpp,
// offscreen) types into a DocumentSession without pause and is killed with
// SIGKILL; its recovery copy, found as an orphan by the next RecoveryStore,
// holds everything typed up to 2 s before the kill.

#include "document/recoverystore.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;

class TestKillRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoveryHoldsTypingUpToTwoSecondsBeforeTheKill_data()
    {
        QTest::addColumn<int>("typingMs");
        QRandomGenerator *random = QRandomGenerator::global();
        for (int round = 0; round < 5; ++round)
            QTest::newRow(qPrintable(QStringLiteral("round %1").arg(round))) << 2500 + random->bounded(2500);
    }
    void recoveryHoldsTypingUpToTwoSecondsBeforeTheKill()
    {
        QFETCH(int, typingMs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString original = QStringLiteral("# MLOps Strategy\n\nWritten before the session.\n");
        const QString document = dir.filePath(QStringLiteral("ARC-001-MLOPS-v1.0.md"));
        {
            QFile file(document);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original.toUtf8());
        }
        const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));

        // When each line was seen typed, by this process's clock (never
        // earlier than the typing itself, so the check errs on the safe side).
        QList<qint64> seenAt{0}; // index: line number
        QProcess typist;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        typist.setProcessEnvironment(environment);
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray pending;
        auto collect = [&] {
            pending += typist.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("typed ") && line.mid(6).toInt() == seenAt.size())
                    seenAt.append(QDateTime::currentMSecsSinceEpoch());
            }
        };
        connect(&typist, &QProcess::readyReadStandardOutput, this, collect);
        typist.start(QStringLiteral(ARCKIT_TYPIST), {recoveryDir, document});
        QVERIFY(typist.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(seenAt.size() > 1, 30000);
        QTest::qWait(typingMs);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        typist.kill(); // SIGKILL
        QVERIFY(typist.waitForFinished());
        collect();

        int required = 0;
        for (int line = 1; line < seenAt.size(); ++line)
            if (seenAt.at(line) <= killedAt - 2000)
                required = line;

        const QList<RecoveryEntry> orphans = RecoveryStore(recoveryDir).orphans();
        QCOMPARE(orphans.size(), qsizetype(1));
        QCOMPARE(QFileInfo(orphans.first().originalPath).canonicalFilePath(), QFileInfo(document).canonicalFilePath());
        const QString recovered = orphans.first().text();
        // A consistent state of the text: the original and typed lines 1..n.
        QVERIFY2(recovered.startsWith(original), qPrintable(recovered.left(200)));
        const QStringList typed = recovered.mid(original.size()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < typed.size(); ++i)
            QCOMPARE(typed.at(i), QStringLiteral("typed %1").arg(i + 1));
        qInfo("typed %lld lines in %d ms; the copy holds %lld, the lines seen up to 2 s before the kill: %d",
              qlonglong(seenAt.size() - 1), typingMs, qlonglong(typed.size()), required);
        QVERIFY2(typed.size() >= required,
                 qPrintable(QStringLiteral("the recovery copy holds %1 lines; %2 were typed 2 s before the kill")
                                .arg(typed.size())
                                .arg(required)));
        // The document itself was only read.
        QFile file(document);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), original);
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_kill_recovery.moc"
