#pragma once
// One consistent picture of a repository: the scan and every project's
// analysis, made together on the scan thread and shared read-only with the
// GUI. Never copied (the analyses point into the scan), always held by a
// shared pointer.

#include "projectanalysis.h"
#include "repositoryscanner.h"

#include <QList>
#include <QMetaType>
#include <QStringList>
#include <memory>

namespace arckit {

struct RepositorySnapshot
{
    RepositoryScan scan;
    QList<ProjectAnalysis> analyses; // one per scan.projects entry, same order
    QStringList watchedFolders;      // every folder whose contents the tree shows
    QStringList watchedFiles;        // every document the tree shows
    qint64 elapsedMs = 0;

    RepositorySnapshot() = default;
    RepositorySnapshot(const RepositorySnapshot &) = delete;
    RepositorySnapshot &operator=(const RepositorySnapshot &) = delete;

    const ProjectAnalysis *analysis(const QString &projectIdOrDirName) const;
    // The project whose folder holds path; nullptr when none.
    const Project *projectContaining(const QString &absolutePath) const;

    // Scans root and analyses each project (slow: call off the GUI thread).
    static std::shared_ptr<const RepositorySnapshot> build(const QString &root);
};

using RepositorySnapshotPtr = std::shared_ptr<const RepositorySnapshot>;

} // namespace arckit

Q_DECLARE_METATYPE(arckit::RepositorySnapshotPtr)
