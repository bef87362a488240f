#pragma once
// Writes small ArcKit repositories into a temporary folder for the tests.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

namespace arckit::test {

class RepositoryBuilder
{
public:
    RepositoryBuilder() { QDir(m_dir.path()).mkpath(QStringLiteral("projects")); }

    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // Writes relative (under the root) with content, creating folders.
    QString write(const QString &relative, const QByteArray &content)
    {
        const QString absolute = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(absolute).absolutePath());
        QFile file(absolute);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return absolute;
    }
    QString write(const QString &relative, const QString &content) { return write(relative, content.toUtf8()); }
    QString document(const QString &relative, const QString &title, const QString &body = {})
    {
        return write(relative, QStringLiteral("# %1\n\n%2\n").arg(title, body));
    }
    void mkdir(const QString &relative) { QDir(m_dir.path()).mkpath(relative); }
    bool symlink(const QString &target, const QString &linkRelative)
    {
        return QFile::link(target, m_dir.filePath(linkRelative));
    }

private:
    QTemporaryDir m_dir;
};

} // namespace arckit::test
