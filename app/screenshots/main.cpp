// arckit-mlops-screenshots REPO OUTDIR: writes PNGs of the main window, each
// wizard page and the preview (the `screenshots` target runs it under Xvfb).

#include "mainwindow/screenshottour.h"

#include <cstdio>
#include <unistd.h>

#include <QString>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: arckit-mlops-screenshots REPO OUTDIR\n");
        return 2;
    }
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    const QString repository = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    return arckit::runScreenshotTour(argc, argv, repository, outDir);
}
