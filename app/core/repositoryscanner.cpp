#include "repositoryscanner.h"
#include "textexpression.h"

#include "textfilereader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace arckit {

namespace {

constexpr int kMaxDepth = 8; // projects/NNN-x/research/… is three deep; anything past eight is a mistake or a loop

const TextExpression &projectFolderPattern()
{
    static const TextExpression pattern(QStringLiteral("^(\\d{3})-(.+)$"));
    return pattern;
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

class ProjectWalker
{
public:
    ProjectWalker(const QString &root, Project &project, Problems &problems)
        : m_root(root)
        , m_project(project)
        , m_problems(problems)
    {
    }

    void walk(const QString &folder, int depth, bool inExternal)
    {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty())
            return; // removed while we scanned: nothing to index
        if (m_visited.contains(canonical)) {
            problem(folder, QStringLiteral("symbolic link loop: not followed"));
            return;
        }
        m_visited.insert(canonical);
        if (depth > kMaxDepth) {
            problem(folder, QStringLiteral("folders nested more than %1 deep: not scanned").arg(kMaxDepth));
            return;
        }
        const QFileInfoList entries = QDir(folder).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().startsWith(QLatin1Char('.')))
                continue; // .git, editor swap files
            if (entry.isSymLink() && !followable(entry))
                continue;
            if (entry.isDir()) {
                const bool external = inExternal || (depth == 0 && entry.fileName() == QLatin1String("external"));
                if (!external && ArcFileName::parse(entry.fileName())) {
                    problem(entry.absoluteFilePath(), QStringLiteral("a folder named like a document: ignored"));
                    continue;
                }
                walk(entry.absoluteFilePath(), depth + 1, external);
            } else if (entry.isFile()) {
                addFile(entry, inExternal);
            }
        }
    }

private:
    bool followable(const QFileInfo &link)
    {
        const QString target = link.canonicalFilePath();
        if (target.isEmpty()) {
            problem(link.absoluteFilePath(), QStringLiteral("broken symbolic link: ignored"));
            return false;
        }
        if (!isInside(target, m_root)) {
            problem(link.absoluteFilePath(),
                    QStringLiteral("symbolic link leads outside the repository: not followed"));
            return false;
        }
        return true;
    }

    void addFile(const QFileInfo &entry, bool inExternal)
    {
        const QString relative = relativeToRoot(entry.absoluteFilePath());
        if (inExternal) {
            m_project.externalFiles.append(relative);
            return;
        }
        const auto name = ArcFileName::parse(entry.fileName());
        if (!name) {
            if (entry.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0)
                m_project.otherDocuments.append(relative);
            return;
        }
        Artifact artifact;
        artifact.name = *name;
        artifact.path = entry.absoluteFilePath();
        artifact.relativePath = relative;
        if (!entry.isReadable())
            problem(artifact.path, QStringLiteral("cannot be read (permission denied)"));
        else
            artifact.title = TextFileReader::firstHeading(artifact.path);
        m_project.artifacts.append(artifact);
    }

    void problem(const QString &path, const QString &message) { m_problems.append({relativeToRoot(path), message}); }

    QString relativeToRoot(const QString &path) const { return QDir(m_root).relativeFilePath(path); }

    QString m_root;
    Project &m_project;
    Problems &m_problems;
    QSet<QString> m_visited;
};

void markLatest(Artifacts &artifacts)
{
    std::sort(artifacts.begin(), artifacts.end(), [](const Artifact &a, const Artifact &b) {
        if (a.typeKey() != b.typeKey())
            return a.typeKey() < b.typeKey();
        return a.name.olderThan(b.name);
    });
    for (qsizetype i = 0; i < artifacts.size(); ++i)
        artifacts[i].latest = i + 1 == artifacts.size() || artifacts[i + 1].typeKey() != artifacts[i].typeKey();
}

} // namespace

const Project *RepositoryScan::project(const QString &idOrDirName) const
{
    for (const Project &project : projects)
        if (project.id == idOrDirName || project.dirName == idOrDirName)
            return &project;
    return nullptr;
}

QString RepositoryScan::relativePath(const QString &absolutePath) const
{
    return QDir(root).relativeFilePath(absolutePath);
}

std::optional<QString> RepositoryScanner::findRoot(const QString &start)
{
    QFileInfo info(start);
    if (!info.exists())
        return std::nullopt;
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    for (int level = 0; level < 64; ++level) {
        if (QFileInfo(dir.filePath(QStringLiteral("projects"))).isDir())
            return QFileInfo(dir.absolutePath()).canonicalFilePath();
        if (!dir.cdUp())
            break;
    }
    return std::nullopt;
}

RepositoryScan RepositoryScanner::scan(const QString &rootPath) const
{
    RepositoryScan scan;
    const QString root = QFileInfo(rootPath).canonicalFilePath();
    scan.root = root.isEmpty() ? QFileInfo(rootPath).absoluteFilePath() : root;
    const QDir projectsDir(scan.root + QStringLiteral("/projects"));
    if (root.isEmpty() || !projectsDir.exists()) {
        scan.problems.append(
            {QStringLiteral("projects"), QStringLiteral("not an ArcKit repository: there is no projects/ folder")});
        return scan;
    }
    const QFileInfoList entries = projectsDir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString relative = QDir(scan.root).relativeFilePath(entry.absoluteFilePath());
        const auto match = projectFolderPattern().match(entry.fileName());
        if (!match.hasMatch()) {
            if (!entry.fileName().startsWith(QLatin1Char('.')))
                scan.problems.append({relative, QStringLiteral("project folder without a number "
                                                               "(expected NNN-name, e.g. 001-%1): ignored")
                                                    .arg(entry.fileName())});
            continue;
        }
        if (entry.isSymLink() && !isInside(entry.canonicalFilePath(), scan.root)) {
            scan.problems.append(
                {relative, QStringLiteral("symbolic link leads outside the repository: not followed")});
            continue;
        }
        Project project;
        project.id = match.captured(1);
        project.name = match.captured(2);
        project.dirName = entry.fileName();
        project.path = entry.absoluteFilePath();
        project.relativePath = relative;
        ProjectWalker(scan.root, project, scan.problems).walk(project.path, 0, false);
        markLatest(project.artifacts);
        scan.projects.append(project);
    }
    if (scan.projects.isEmpty())
        scan.problems.append({QStringLiteral("projects"),
                              QStringLiteral("no project folders in projects/ (expected 000-global, 001-name, ...)")});
    return scan;
}

} // namespace arckit
