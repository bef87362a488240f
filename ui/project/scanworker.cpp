#include "scanworker.h"

namespace arckit {

void ScanWorker::scan(const QString &root, int generation)
{
    Q_EMIT finished(RepositorySnapshot::build(root), generation);
}

} // namespace arckit
