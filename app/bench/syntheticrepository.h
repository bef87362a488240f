#pragma once
// Writes a synthetic ArcKit repository for the benchmarks: N projects of 20
// documents each (REQ with a few hundred requirements, DATA, AIPB, ATRS,
// research, ADRs, ...), about 25 KB a document, so that 200 projects make
// about 4,000 files and 100 MB.

#include <QString>

namespace arckit::bench {

class SyntheticRepository
{
public:
    // Returns the number of bytes written.
    static qint64 write(const QString &root, int projects, int scale = 1);
};

} // namespace arckit::bench
