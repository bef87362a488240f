#pragma once
// Crash recovery for the open document: a copy of its text written to
// AppDataLocation/recovery/ at most DefaultDelay after a change, however long
// the typing goes on (never to the document itself), removed when the document is saved or closed cleanly.
// Copies left behind by a session that ended without removing them are offered
// at the next start.

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace arckit {

struct RecoveryEntry
{
    QString textFile;     // the recovery copy
    QString originalPath; // the document it belongs to; empty for a new, unsaved one
    QString projectId;
    QString repositoryRoot;
    QDateTime savedAt;

    QString text() const; // the recovered text; empty when it cannot be read
};

class RecoveryStore : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryStore(const QString &directory = defaultDirectory(), QObject *parent = nullptr);
    ~RecoveryStore() override;

    // A kill loses at most this much typing (plus the time to write the copy).
    static constexpr int DefaultDelay = 1000;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString currentFile() const; // this session's copy (may not exist yet)

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    // Remembers what the copy belongs to, for the offer after a crash.
    void setDocumentInfo(const QString &originalPath, const QString &projectId, const QString &repositoryRoot);
    // Starts the timer unless it runs already; the copy is written when it
    // expires, with the text that textProvider returns then.
    void schedule();
    bool writeNow(const QString &text);
    void discard(); // removes this session's copy and stops the timer

    // Copies left by other sessions that are no longer running.
    QList<RecoveryEntry> orphans() const;
    static bool remove(const RecoveryEntry &entry);

    std::function<QString()> textProvider;

Q_SIGNALS:
    void written(const QString &path);

private:
    void writeFromProvider();

    QString m_directory;
    QString m_baseName;
    QString m_originalPath;
    QString m_projectId;
    QString m_repositoryRoot;
    QTimer m_timer;
};

} // namespace arckit
