#include "documentwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace arckit {

namespace {

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

// Why a file could not be written in folder, in words a person can act on.
// errorNumber is errno right after the failure: Qt reports a failed flush or
// fsync on a full disk as "Unknown error".
QString writeFailure(const QString &folder, const QString &qtError, int errorNumber, qint64 needed)
{
    if (errorNumber == ENOSPC || errorNumber == EDQUOT) {
        return QStringLiteral("the disk is full (%1)").arg(QString::fromLocal8Bit(std::strerror(errorNumber)));
    }
    if (errorNumber == EROFS || errorNumber == EACCES || errorNumber == EPERM) {
        return QStringLiteral("the folder is read-only (%1)").arg(QString::fromLocal8Bit(std::strerror(errorNumber)));
    }
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < needed + 4096)
        return QStringLiteral("the disk is full (%1 KB free, %2 KB needed)")
            .arg(storage.bytesAvailable() / 1024)
            .arg(needed / 1024 + 1);
    return qtError;
}

// Writes a complete temporary file beside the target, then link()s it to the
// target name: link fails when the name exists, so a file that appeared since
// the check is never replaced, and the target is either absent or complete.
SaveResult writeExclusive(SaveResult result, const QByteArray &bytes)
{
    const QFileInfo target(result.path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    errno = 0;
    if (!temporary.open()) {
        const int error = errno;
        result.error = QStringLiteral("cannot write in %1: %2")
                           .arg(target.absolutePath(),
                                writeFailure(target.absolutePath(), temporary.errorString(), error, bytes.size()));
        return result;
    }
    if (temporary.write(bytes) != bytes.size() || !temporary.flush() || ::fsync(temporary.handle()) != 0) {
        const int error = errno;
        result.error = QStringLiteral("cannot write %1: %2")
                           .arg(target.fileName(),
                                writeFailure(target.absolutePath(), temporary.errorString(), error, bytes.size()));
        return result;
    }
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther);
    if (::link(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(result.path).constData()) != 0) {
        const int error = errno;
        result.error = error == EEXIST
                           ? QStringLiteral("%1 already exists: it was not overwritten").arg(target.fileName())
                           : QStringLiteral("cannot write %1: %2")
                                 .arg(target.fileName(), QString::fromLocal8Bit(std::strerror(error)));
    }
    return result; // the temporary name is removed by QTemporaryFile
}

} // namespace

QString DocumentWriter::nextVersion(const Project &project, bool major)
{
    // Existing MLOPS versions, including any written since the scan.
    int bestMajor = 0;
    int bestMinor = -1;
    const QStringList names = QDir(project.path).entryList({QStringLiteral("ARC-*-MLOPS-v*.md")}, QDir::Files);
    for (const QString &fileName : names) {
        const auto name = ArcFileName::parse(fileName);
        if (!name || name->type != QLatin1String("MLOPS"))
            continue;
        if (name->major > bestMajor || (name->major == bestMajor && name->minor > bestMinor)) {
            bestMajor = name->major;
            bestMinor = name->minor;
        }
    }
    for (const Artifact &artifact : project.artifacts)
        if (artifact.name.type == QLatin1String("MLOPS") &&
            (artifact.name.major > bestMajor ||
             (artifact.name.major == bestMajor && artifact.name.minor > bestMinor))) {
            bestMajor = artifact.name.major;
            bestMinor = artifact.name.minor;
        }
    if (bestMinor < 0)
        return QStringLiteral("1.0");
    if (major)
        return QStringLiteral("%1.0").arg(bestMajor + 1);
    return QStringLiteral("%1.%2").arg(bestMajor).arg(bestMinor + 1);
}

QString DocumentWriter::nextFileName(const Project &project, bool major)
{
    return QStringLiteral("ARC-%1-MLOPS-v%2.md").arg(project.id, nextVersion(project, major));
}

SaveResult DocumentWriter::writeNew(const Project &project, const QString &fileName, const QByteArray &bytes)
{
    SaveResult result;
    const QString folder = QFileInfo(project.path).canonicalFilePath();
    if (folder.isEmpty()) {
        result.error = QStringLiteral("the project folder %1 no longer exists").arg(project.path);
        return result;
    }
    if (fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')) ||
        fileName.startsWith(QLatin1Char('.'))) {
        result.error = QStringLiteral("%1 is not a plain file name").arg(fileName);
        return result;
    }
    const QString path = folder + QLatin1Char('/') + fileName;
    const QFileInfo target(path);
    if (target.isSymLink() && !isInside(target.canonicalFilePath(), folder)) {
        result.error =
            QStringLiteral("%1 is a symbolic link that leads outside the project folder: not written").arg(fileName);
        return result;
    }
    return writeFile(path, bytes, false);
}

SaveResult DocumentWriter::writeFile(const QString &path, const QByteArray &bytes, bool overwrite)
{
    SaveResult result;
    result.path = QFileInfo(path).absoluteFilePath();
    const QFileInfo target(result.path);
    if ((target.exists() || target.isSymLink()) && !overwrite) {
        result.error = QStringLiteral("%1 already exists: it was not overwritten").arg(target.fileName());
        return result;
    }
    if (target.isDir()) {
        result.error = QStringLiteral("%1 is a folder").arg(target.fileName());
        return result;
    }
    if (!overwrite)
        return writeExclusive(result, bytes);
    // QSaveFile writes a temporary file beside the target and renames it over
    // the target only when every byte is on disk: a crash leaves the old file.
    QSaveFile file(result.path);
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int error = errno;
        result.error =
            QStringLiteral("cannot write %1: %2")
                .arg(target.fileName(), writeFailure(target.absolutePath(), file.errorString(), error, bytes.size()));
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const int error = errno;
        result.error =
            QStringLiteral("cannot write %1: %2")
                .arg(target.fileName(), writeFailure(target.absolutePath(), file.errorString(), error, bytes.size()));
        file.cancelWriting();
        return result;
    }
    return result;
}

} // namespace arckit
