// arckit-mlops-bench: prints one figure a line, "name value unit", so that
// results can be compared from run to run. Built with the app, never run by ctest.
//   arckit-mlops-bench          engine figures (scan, generate, check)
//   arckit-mlops-bench --gui    GUI figures (run under Xvfb)
//   arckit-mlops-bench --revision  revision figures (open, next version, diff view)
//   arckit-mlops-bench --write-synthetic DIR  writes the 1x scan repository to DIR
//                       and exits, so that a profiler can be run on `arckit-mlops scan DIR`

#include "barewebpage.h"
#include "enginebenchmarks.h"
#include "guibenchmarks.h"
#include "revisionbenchmarks.h"
#include "syntheticrepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <unistd.h>

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    bool gui = false, barePage = false, qtDefaults = false;
    for (int i = 1; i < argc; ++i) {
        gui = gui || std::strcmp(argv[i], "--gui") == 0;
        barePage = barePage || std::strcmp(argv[i], "--bare-page") == 0;
        qtDefaults = qtDefaults || std::strcmp(argv[i], "--qt-defaults") == 0;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--write-synthetic") == 0 && i + 1 < argc) {
            const qint64 bytes = arckit::bench::SyntheticRepository::write(QString::fromLocal8Bit(argv[i + 1]), 200);
            out << "synthetic_mb " << bytes / 1000000 << " MB" << Qt::endl;
            return bytes > 0 ? 0 : 1;
        }
        if (std::strcmp(argv[i], "--revision") == 0)
            return arckit::bench::RevisionBenchmarks(out).run(argc, argv);
    }
    if (barePage) // started by --gui itself, see BareWebPage
        return arckit::bench::BareWebPage::run(argc, argv, !qtDefaults);
    if (gui) {
        if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        return arckit::bench::GuiBenchmarks(out).run(argc, argv);
    }
    QCoreApplication application(argc, argv);
    return arckit::bench::EngineBenchmarks(out).run();
}
