#include "recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace arckit {

namespace {

bool processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    // This process's own copies that are not this store's were left by a
    // store that ended without discarding them: orphans too.
    if (pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace

QString RecoveryEntry::text() const
{
    QFile file(textFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

RecoveryStore::RecoveryStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_baseName(QStringLiteral("%1-%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(12)))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelay);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryStore::writeFromProvider);
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::currentFile() const
{
    return m_directory + QLatin1Char('/') + m_baseName + QStringLiteral(".md");
}

void RecoveryStore::setDocumentInfo(const QString &originalPath, const QString &projectId,
                                    const QString &repositoryRoot)
{
    m_originalPath = originalPath;
    m_projectId = projectId;
    m_repositoryRoot = repositoryRoot;
}

void RecoveryStore::schedule()
{
    // Not restarted by later changes: during continuous typing a debounce
    // would never fire, and a kill would lose everything since the last pause.
    // The copy is at most one delay behind the text.
    if (!m_timer.isActive())
        m_timer.start();
}

void RecoveryStore::writeFromProvider()
{
    if (textProvider)
        writeNow(textProvider());
}

bool RecoveryStore::writeNow(const QString &text)
{
    m_timer.stop();
    if (!QDir().mkpath(m_directory))
        return false;
    QJsonObject meta{{QStringLiteral("originalPath"), m_originalPath},
                     {QStringLiteral("projectId"), m_projectId},
                     {QStringLiteral("repositoryRoot"), m_repositoryRoot},
                     {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                     {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QString base = m_directory + QLatin1Char('/') + m_baseName;
    if (!writeAtomically(base + QStringLiteral(".md"), text.toUtf8()) ||
        !writeAtomically(base + QStringLiteral(".json"), QJsonDocument(meta).toJson()))
        return false;
    Q_EMIT written(base + QStringLiteral(".md"));
    return true;
}

void RecoveryStore::discard()
{
    m_timer.stop();
    const QString base = m_directory + QLatin1Char('/') + m_baseName;
    QFile::remove(base + QStringLiteral(".md"));
    QFile::remove(base + QStringLiteral(".json"));
}

QList<RecoveryEntry> RecoveryStore::orphans() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QStringList metaFiles = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QString &metaName : metaFiles) {
        if (metaName.startsWith(m_baseName))
            continue;
        QFile metaFile(dir.absoluteFilePath(metaName));
        if (!metaFile.open(QIODevice::ReadOnly) || metaFile.size() > 64 * 1024)
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        if (processRunning(meta.value(QStringLiteral("pid")).toInteger()))
            continue; // another running instance's copy
        RecoveryEntry entry;
        entry.textFile = dir.absoluteFilePath(metaName.chopped(5) + QStringLiteral(".md"));
        if (!QFile::exists(entry.textFile))
            continue;
        entry.originalPath = meta.value(QStringLiteral("originalPath")).toString();
        entry.projectId = meta.value(QStringLiteral("projectId")).toString();
        entry.repositoryRoot = meta.value(QStringLiteral("repositoryRoot")).toString();
        entry.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        entries.append(entry);
    }
    return entries;
}

bool RecoveryStore::remove(const RecoveryEntry &entry)
{
    const QString base = entry.textFile.chopped(3);
    const bool removed = QFile::remove(entry.textFile);
    QFile::remove(base + QStringLiteral(".json"));
    return removed;
}

} // namespace arckit
