#include "repositorysnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace arckit {

const ProjectAnalysis *RepositorySnapshot::analysis(const QString &projectIdOrDirName) const
{
    for (const ProjectAnalysis &candidate : analyses)
        if (candidate.project.id == projectIdOrDirName || candidate.project.dirName == projectIdOrDirName)
            return &candidate;
    return nullptr;
}

const Project *RepositorySnapshot::projectContaining(const QString &absolutePath) const
{
    const QString path = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    for (const Project &project : scan.projects) {
        const QString folder = QDir::cleanPath(project.path);
        if (path == folder || path.startsWith(folder + QLatin1Char('/')))
            return &project;
    }
    return nullptr;
}

std::shared_ptr<const RepositorySnapshot> RepositorySnapshot::build(const QString &root)
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<RepositorySnapshot>();
    snapshot->scan = RepositoryScanner().scan(root);
    const ProjectAnalyzer analyzer;
    for (const Project &project : std::as_const(snapshot->scan.projects))
        snapshot->analyses.append(analyzer.analyze(snapshot->scan, project));

    // What the file watcher needs, gathered here so that the GUI thread does
    // not walk the disk.
    QSet<QString> folders;
    QStringList files;
    const QDir rootDir(snapshot->scan.root);
    folders.insert(snapshot->scan.root);
    folders.insert(rootDir.absoluteFilePath(QStringLiteral("projects")));
    for (const Project &project : std::as_const(snapshot->scan.projects)) {
        folders.insert(project.path);
        folders.insert(project.path + QStringLiteral("/external"));
        for (const Artifact &artifact : project.artifacts)
            files.append(artifact.path);
        for (const QStringList *list : {&project.externalFiles, &project.otherDocuments})
            for (const QString &relative : *list) {
                const QString absolute = rootDir.absoluteFilePath(relative);
                folders.insert(QFileInfo(absolute).absolutePath());
                files.append(absolute);
            }
    }
    for (const QString &folder : std::as_const(folders))
        if (QFileInfo(folder).isDir())
            snapshot->watchedFolders.append(folder);
    snapshot->watchedFolders.sort();
    snapshot->watchedFiles = files;
    snapshot->elapsedMs = timer.elapsed();
    return snapshot;
}

} // namespace arckit
