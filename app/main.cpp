// arckit-mlops: the command line when a subcommand is given, otherwise the
// desktop application (on a repository or document named as the only argument).

#include "application/guiapplication.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool headless = arckit::CommandLine::isSubcommand(first) || first == QLatin1String("--help") ||
                          first == QLatin1String("-h") || first == QLatin1String("--version") ||
                          first == QLatin1String("-v") || first == QLatin1String("help");
    if (headless) {
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("arckit-mlops"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ARCKIT_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return arckit::CommandLine(out, err).run(QCoreApplication::arguments());
    }
    // --new [REPOSITORY]: the desktop file's "New MLOps Strategy" action.
    const bool newStrategy = first == QLatin1String("--new");
    const QString target = newStrategy ? (argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString()) : first;
    if (target.startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "arckit-mlops: unknown option %s (try --help)\n", qPrintable(target));
        return arckit::CommandLine::UsageError;
    }
    if (!target.isEmpty() && !QFileInfo::exists(target)) {
        std::fprintf(stderr, "arckit-mlops: \"%s\" is neither a command nor an existing file or folder (try --help)\n",
                     qPrintable(target));
        return arckit::CommandLine::UsageError;
    }
    // Chromium (inside Qt WebEngine) refuses to start its sandbox as root.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    return arckit::runGui(argc, argv, target, newStrategy);
}
