#include "repositorymonitor.h"

#include "scanworker.h"

#include <QDir>
#include <QSet>

namespace arckit {

namespace {
// inotify watches are a shared, limited resource: a huge folder is still
// scanned but only this many paths are watched.
constexpr int kMaxWatchedPaths = 4000;
} // namespace

RepositoryMonitor::RepositoryMonitor(QObject *parent)
    : QObject(parent)
    , m_worker(new ScanWorker)
{
    qRegisterMetaType<RepositorySnapshotPtr>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &RepositoryMonitor::requestScan, m_worker, &ScanWorker::scan);
    connect(m_worker, &ScanWorker::finished, this, &RepositoryMonitor::onFinished);
    m_thread.setObjectName(QStringLiteral("repository scan"));
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &RepositoryMonitor::rescan);
    m_slow.setSingleShot(true);
    m_slow.setInterval(200);
    connect(&m_slow, &QTimer::timeout, this, [this] {
        if (m_scanning)
            Q_EMIT scanSlow();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &RepositoryMonitor::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &RepositoryMonitor::onPathChanged);
}

RepositoryMonitor::~RepositoryMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void RepositoryMonitor::setRoot(const QString &root)
{
    m_root = QDir::cleanPath(root);
    m_snapshot.reset();
    ++m_generation; // a scan of the previous root still running is ignored
    m_scanning = false;
    m_rescanQueued = false;
    startScan();
}

void RepositoryMonitor::clear()
{
    m_root.clear();
    m_snapshot.reset();
    ++m_generation;
    m_scanning = false;
    m_debounce.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
}

void RepositoryMonitor::rescan()
{
    if (m_root.isEmpty())
        return;
    if (m_scanning) {
        m_rescanQueued = true;
        return;
    }
    startScan();
}

int RepositoryMonitor::watchedPathCount() const
{
    return int(m_watcher.files().size() + m_watcher.directories().size());
}

void RepositoryMonitor::startScan()
{
    m_scanning = true;
    m_rescanQueued = false;
    Q_EMIT scanStarted();
    m_slow.start();
    Q_EMIT requestScan(m_root, m_generation);
}

void RepositoryMonitor::onFinished(const RepositorySnapshotPtr &snapshot, int generation)
{
    if (generation != m_generation)
        return; // the root changed meanwhile
    m_scanning = false;
    m_slow.stop();
    m_snapshot = snapshot;
    updateWatches(*snapshot);
    Q_EMIT snapshotChanged(snapshot);
    Q_EMIT scanFinished(snapshot->elapsedMs);
    if (m_rescanQueued)
        startScan();
}

void RepositoryMonitor::onPathChanged(const QString &)
{
    // Saving one file raises several events (temporary file, rename, ...):
    // one rescan after things settle.
    m_debounce.start();
}

void RepositoryMonitor::updateWatches(const RepositorySnapshot &snapshot)
{
    QStringList wanted = snapshot.watchedFolders;
    wanted += snapshot.watchedFiles;
    if (wanted.size() > kMaxWatchedPaths)
        wanted = wanted.mid(0, kMaxWatchedPaths);
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    QStringList current = m_watcher.files();
    current += m_watcher.directories();
    QStringList stale;
    for (const QString &path : std::as_const(current))
        if (!wantedSet.contains(path))
            stale.append(path);
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    const QSet<QString> currentSet(current.cbegin(), current.cend());
    QStringList added;
    for (const QString &path : std::as_const(wanted))
        if (!currentSet.contains(path))
            added.append(path);
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

} // namespace arckit
