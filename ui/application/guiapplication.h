#pragma once
// The GUI entry point that main.cpp calls when no subcommand is given.

#include <QString>

namespace arckit {

// Creates the QApplication, the shared services and the main window, then runs
// the event loop. repositoryOrFile: a repository folder or a Markdown file in
// one; empty reopens the last repository, else the bundled example.
// openWizard: start the New MLOps Strategy wizard once a project is selected.
int runGui(int &argc, char **argv, const QString &repositoryOrFile, bool openWizard = false);

// The example repository shipped with the application: next to the installed
// executable (<exe dir>/../share/arckit-mlops/example-repository), else the one
// in the source tree; empty when neither exists.
QString exampleRepositoryPath();

} // namespace arckit
