// arckit-mlops-screenshots REPO OUTDIR [LONG_NAMES_REPO [OTHER_REPO]]: writes PNGs of the
// welcome view, the main window, each wizard page (and the first two on a
// repository with long names) and the preview (the `screenshots` target runs
// it under Xvfb).

#include "screenshottour.h"

#include <cstdio>
#include <unistd.h>

#include <QString>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: arckit-mlops-screenshots REPO OUTDIR [LONG_NAMES_REPO [OTHER_REPO]]\n");
        return 2;
    }
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    const QString repository = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString longNames = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QString other = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString();
    return arckit::runScreenshotTour(argc, argv, repository, outDir, longNames, other);
}
