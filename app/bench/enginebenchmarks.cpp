#include "enginebenchmarks.h"

#include "mediantime.h"
#include "mlsystemprofiler.h"

#include "documentrenderer.h"
#include "documentvalidator.h"
#include "scanreport.h"
#include "syntheticrepository.h"
#include "textfilereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace arckit::bench {

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// The folder whose REQ is the largest: the corpus when it is present, the example otherwise.
QString largestProjectRepository(QString *projectId)
{
    QString bestRoot;
    qint64 bestSize = -1;
    QStringList roots;
    const QDir corpus(QStringLiteral(ARCKIT_SOURCE_DIR "/../shared/corpus"));
    for (const QString &name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        roots << corpus.filePath(name);
    roots << QStringLiteral(ARCKIT_SOURCE_DIR "/resources/example-repository");
    for (const QString &root : roots) {
        const RepositoryScan scan = RepositoryScanner().scan(root);
        for (const Project &project : scan.projects)
            if (const Artifact *req = project.latest(QStringLiteral("REQ")))
                if (QFileInfo(req->path).size() > bestSize) {
                    bestSize = QFileInfo(req->path).size();
                    bestRoot = root;
                    *projectId = project.id;
                }
    }
    return bestRoot;
}

} // namespace

int EngineBenchmarks::run()
{
    scan();
    generate();
    check();
    return 0;
}

void EngineBenchmarks::scan()
{
    // 1x = 200 projects x 20 documents (about 4,000 files, 100 MB); 2x and 4x
    // double the bytes (same files, larger documents) to show the scan is linear in bytes.
    for (int scale : {1, 2, 4}) {
        QTemporaryDir dir;
        const qint64 bytes = SyntheticRepository::write(dir.path(), 200, scale);
        // Warm the page cache once, as a user's second scan would be.
        ScanReport::build(dir.path());
        qint64 requirements = 0;
        const double ms = medianMs(3, [&] {
            const ScanReport report = ScanReport::build(dir.path());
            requirements = 0;
            for (const ProjectAnalysis &analysis : report.analyses)
                requirements += analysis.requirements.size();
        });
        m_out << QStringLiteral("scan_%1x_ms %2 ms").arg(scale).arg(ms, 0, 'f', 0) << Qt::endl;
        m_out << QStringLiteral("scan_%1x_mb %2 MB").arg(scale).arg(bytes / 1e6, 0, 'f', 0) << Qt::endl;
        m_out << QStringLiteral("scan_%1x_requirements %2 count").arg(scale).arg(requirements) << Qt::endl;
        if (scale == 1)
            m_out << QStringLiteral("scan_peak_rss_mb %1 MB").arg(peakRssMb(), 0, 'f', 0) << Qt::endl;
    }
}

void EngineBenchmarks::generate()
{
    QString projectId;
    const QString root = largestProjectRepository(&projectId);
    const RepositoryScan scan = RepositoryScanner().scan(root);
    const Project *project = scan.project(projectId);
    if (!project)
        return;
    ProjectAnalysis analysis;
    const double analyzeMs = medianMs(5, [&] { analysis = ProjectAnalyzer().analyze(scan, *project); });
    // Reading the project's documents (read, decoded and outlined once per analysis) ...
    ProfileDocuments documents;
    const double readMs =
        medianMs(11, [&] { documents = MlSystemProfiler::load(*project, analysis.global, scan.root, nullptr); });
    // ... and the ML system profile made from them, with the answers made from the profile.
    const double profileMs = medianMs(11, [&] {
        analysis.profile = MlSystemProfiler::profile(documents, analysis.requirements);
        const Answers answers = analysis.defaultAnswers();
        Q_UNUSED(answers)
    });
    RenderInput input;
    input.answers = analysis.defaultAnswers();
    input.project = *project;
    input.requirements = analysis.requirements;
    input.repositoryRoot = scan.root;
    const DocumentRenderer renderer;
    const double renderMs = medianMs(21, [&] { renderer.render(input); });
    m_out << QStringLiteral("analyze_largest_project_ms %1 ms").arg(analyzeMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("read_project_ms %1 ms").arg(readMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("profile_answers_ms %1 ms").arg(profileMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("generate_ms %1 ms").arg(renderMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("generate_project %1 name").arg(QDir(root).dirName() + QLatin1Char('/') + project->dirName)
          << Qt::endl;
}

void EngineBenchmarks::check()
{
    const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/long-mlops.md"));
    if (!file.ok())
        return;
    const DocumentValidator validator;
    const double ms = medianMs(21, [&] { validator.validate(file.text); });
    m_out << QStringLiteral("check_45k_ms %1 ms").arg(ms, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("check_45k_kb %1 KB").arg(file.size / 1024.0, 0, 'f', 0) << Qt::endl;
}

} // namespace arckit::bench
