#pragma once
// Keeps an up-to-date snapshot of the open repository: scans on a worker
// thread, says when a scan is slow (> 200 ms) so that the GUI can show
// progress, and rescans by itself (debounced) when files change on disk. At
// most one rescan is queued behind a running scan.

#include "repositorysnapshot.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace arckit {

class ScanWorker;

class RepositoryMonitor : public QObject
{
    Q_OBJECT
public:
    explicit RepositoryMonitor(QObject *parent = nullptr);
    ~RepositoryMonitor() override;

    // Starts watching and scanning root (the folder holding projects/).
    void setRoot(const QString &root);
    QString root() const { return m_root; }
    void rescan();
    void clear();

    bool isScanning() const { return m_scanning; }
    RepositorySnapshotPtr snapshot() const { return m_snapshot; }

    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setSlowThreshold(int milliseconds) { m_slow.setInterval(milliseconds); }
    int watchedPathCount() const;

Q_SIGNALS:
    void scanStarted();
    void scanSlow(); // the scan is still running after the slow threshold
    void snapshotChanged(const arckit::RepositorySnapshotPtr &snapshot);
    void scanFinished(qint64 elapsedMs);
    void requestScan(const QString &root, int generation); // to the worker

private:
    void startScan();
    void onFinished(const RepositorySnapshotPtr &snapshot, int generation);
    void onPathChanged(const QString &path);
    void updateWatches(const RepositorySnapshot &snapshot);

    QThread m_thread;
    ScanWorker *m_worker;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_slow;
    QString m_root;
    RepositorySnapshotPtr m_snapshot;
    int m_generation = 0;
    bool m_scanning = false;
    bool m_rescanQueued = false;
};

} // namespace arckit
