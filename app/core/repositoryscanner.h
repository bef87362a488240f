#pragma once
// Finds an ArcKit repository's root and indexes its projects and artifacts.
// Reads only what it must (first headings), follows no symbolic link out of the
// repository or round a loop, and reports every unusable file as a Problem.

#include "problem.h"
#include "project.h"

#include <QString>
#include <optional>

namespace arckit {

struct RepositoryScan
{
    QString root;      // absolute path of the folder holding projects/
    Projects projects; // sorted by folder name; 000-global first when present
    Problems problems;

    const Project *project(const QString &idOrDirName) const;
    const Project *globalProject() const { return project(QStringLiteral("000")); }
    QString relativePath(const QString &absolutePath) const;
};

class RepositoryScanner
{
public:
    // Walks up from start (a file or folder) to the folder that holds projects/.
    static std::optional<QString> findRoot(const QString &start);
    // Scans the repository at root (which must hold projects/).
    RepositoryScan scan(const QString &root) const;
};

} // namespace arckit
