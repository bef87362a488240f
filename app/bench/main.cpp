// arckit-mlops-bench: prints one figure a line, "name value unit", so that
// results can be compared from run to run. Built with the app, never run by ctest.
//   arckit-mlops-bench          engine figures (scan, generate, check)
//   arckit-mlops-bench --gui    GUI figures (run under Xvfb)

#include "enginebenchmarks.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    if (application.arguments().contains(QLatin1String("--gui"))) {
        out << "the GUI benchmarks are not built yet" << Qt::endl;
        return 2;
    }
    return arckit::bench::EngineBenchmarks(out).run();
}
