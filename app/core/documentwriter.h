#pragma once
// Saves MLOPS documents under ArcKit's naming and versioning rules:
// ARC-{PID}-MLOPS-v{X.Y}.md in the project folder, v1.0 first, then a minor
// (or major) bump; atomic (QSaveFile); never overwrites an existing file;
// never writes outside the project folder.

#include "project.h"

#include <QString>

namespace arckit {

struct SaveResult
{
    QString path;  // absolute path written
    QString error; // set when nothing was written
    bool ok() const { return error.isEmpty(); }
};

class DocumentWriter
{
public:
    // The version the next save of the project's MLOPS document gets: "1.0"
    // when none exists, else the latest's minor (or major) bump.
    static QString nextVersion(const Project &project, bool major = false);
    static QString nextFileName(const Project &project, bool major = false);
    // Writes text to path atomically; refuses an existing path and any path
    // outside the project folder (symbolic links resolved).
    static SaveResult writeNew(const Project &project, const QString &fileName, const QByteArray &bytes);
    // Writes to any path atomically (Save As, exports); refuses to overwrite
    // unless overwrite is true.
    static SaveResult writeFile(const QString &path, const QByteArray &bytes, bool overwrite);
};

} // namespace arckit
