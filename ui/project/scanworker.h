#pragma once
// Lives on the repository monitor's thread and builds snapshots there, so that
// scanning and analysing never block the GUI.

#include "repositorysnapshot.h"

#include <QObject>

namespace arckit {

class ScanWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void scan(const QString &root, int generation);

Q_SIGNALS:
    void finished(const arckit::RepositorySnapshotPtr &snapshot, int generation);
};

} // namespace arckit
