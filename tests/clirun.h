#pragma once
// Running the real arckit-mlops binary (ARCKIT_CLI) from a test, and copying a
// repository (the bundled example) so that the binary can write into it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace arckit::test {

struct CliRun
{
    int exitCode = -1; // -1: did not finish in two minutes; -2: crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(ARCKIT_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (entry.isDir())
            copyTree(entry.absoluteFilePath(), to + QLatin1Char('/') + entry.fileName());
        else
            QFile::copy(entry.absoluteFilePath(), to + QLatin1Char('/') + entry.fileName());
    }
}

} // namespace arckit::test
