// Saving the open document where it cannot be written: a read-only project
// folder (chmod for a normal user; `chattr +i` or a read-only bind mount for
// root, whom permissions do not stop), a full disk (a small tmpfs mount) and a
// next-version name that is a symbolic link leaving the project. Each gives a
// clear error, writes nothing, and the text stays in the session, modified.

#include "document/documentsession.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <unistd.h>

using namespace arckit;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return false;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Undoes whatever made a folder unwritable, even when a check fails.
struct Undo
{
    QStringList program;
    ~Undo()
    {
        if (!program.isEmpty())
            run(program.first(), program.mid(1));
    }
};

bool canCreateIn(const QString &folder)
{
    QFile probe(folder + QStringLiteral("/.probe"));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    probe.remove();
    return true;
}

} // namespace

class TestUiSaveFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_recovery.isValid());
    }

    void readOnlyProjectFolder()
    {
        const QString folder = makeProject(m_dir.filePath(QStringLiteral("read-only")));
        Undo undo;
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            undo.program = {QStringLiteral("chmod"), QStringLiteral("u+w"), folder};
        } else if (run(QStringLiteral("chattr"), {QStringLiteral("+i"), folder})) {
            undo.program = {QStringLiteral("chattr"), QStringLiteral("-i"), folder};
        } else if (run(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, folder})) {
            undo.program = {QStringLiteral("umount"), folder};
            QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder}));
        } else {
            QSKIP("skipped: running as root, and neither chattr +i nor a read-only bind mount works here, so "
                  "no folder is read-only for this user");
        }
        QVERIFY(!canCreateIn(folder));
        checkSaveFails(folder, QStringLiteral("read-only"));
    }

    void fullDisk()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                           QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint}))
            QSKIP("skipped: mounting a small tmpfs needs root (or this system does not allow it), so no disk "
                  "can be filled safely");
        Undo undo{{QStringLiteral("umount"), mountPoint}};
        const QString folder = makeProject(mountPoint);
        // Fill the disk but for a few kilobytes: the metadata fits, the document does not.
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        QFile::resize(filler.fileName(), filler.size() - 8192);
        checkSaveFails(folder, QStringLiteral("disk is full"));
    }

    void nextVersionLinkLeavingTheProject()
    {
        const QString folder = makeProject(m_dir.filePath(QStringLiteral("link")));
        QTemporaryDir outside;
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("stolen.md")),
                            folder + QStringLiteral("/ARC-001-MLOPS-v1.0.md")));
        checkSaveFails(folder, QStringLiteral("symbolic link"));
        QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("stolen.md"))));
    }

private:
    QString makeProject(const QString &parent)
    {
        const QString folder = parent + QStringLiteral("/projects/001-fraud");
        QDir().mkpath(folder);
        return folder;
    }

    // A generated document with typing on top, saved into folder: the save
    // fails with a message naming the file (and containing messagePart), the
    // folder gets no document, and the text is still there, unsaved.
    void checkSaveFails(const QString &folder, const QString &messagePart)
    {
        DocumentSession session(m_recovery.path());
        session.newDocument(QStringLiteral("# MLOps Strategy\n\n## 1. Executive Summary\n\n") +
                                QStringLiteral("Monitoring of drift and retraining. ").repeated(400),
                            QStringLiteral("001"), m_dir.path(), Answers());
        QTextCursor cursor(session.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\nTyped just before saving.\n"));
        const QString typed = session.text();
        const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);

        Project project;
        project.id = QStringLiteral("001");
        project.name = QStringLiteral("fraud");
        project.dirName = QStringLiteral("001-fraud");
        project.path = folder;
        const SaveResult result = session.saveVersion(project, SaveVersionOptions());
        qInfo("error: %s", qPrintable(result.error));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("ARC-001-MLOPS-v1.0.md")) || result.error.contains(folder),
                 qPrintable(result.error));
        if (!messagePart.isEmpty())
            QVERIFY2(result.error.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.error));
        QCOMPARE(session.text(), typed);
        QVERIFY(session.isModified());
        QVERIFY(session.filePath().isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), before);
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_recovery;
};

QTEST_MAIN(TestUiSaveFailures)
#include "tst_ui_save_failures.moc"
