// Saves documents through the engine's DocumentWriter in an endless loop, for
// tst_kill_save to kill with SIGKILL at random moments:
//   savehammer overwrite FILE KILOBYTES   replaces FILE (Save As with overwrite)
//   savehammer new PROJECT_DIR KILOBYTES  writes the project's next MLOPS version
// Prints "saved N" after each complete save (generation N).
#include "documentwriter.h"
#include "killhelpers/savepayload.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace arckit;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args.at(1) != QLatin1String("overwrite") && args.at(1) != QLatin1String("new"))) {
        std::fprintf(stderr, "usage: savehammer overwrite|new PATH KILOBYTES\n");
        return 2;
    }
    const bool overwrite = args.at(1) == QLatin1String("overwrite");
    const int kilobytes = args.at(3).toInt();
    Project project;
    project.id = QStringLiteral("001");
    project.path = args.at(2);
    for (int generation = 1;; ++generation) {
        SaveResult result;
        if (overwrite) {
            result = DocumentWriter::writeFile(args.at(2), test::savePayload(generation, kilobytes), true);
        } else {
            // The generation is the version's minor number, for the test to check.
            const QString version = DocumentWriter::nextVersion(project);
            generation = version.section(QLatin1Char('.'), 1).toInt();
            result = DocumentWriter::writeNew(project, DocumentWriter::nextFileName(project),
                                              test::savePayload(generation, kilobytes));
        }
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        std::printf("saved %d\n", generation);
        std::fflush(stdout);
    }
}
