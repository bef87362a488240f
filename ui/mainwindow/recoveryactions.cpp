// FileActions, continued: not losing work. The unsaved-changes question, the
// offer to restore a crash-recovery copy, and a document changed on disk.
#include "fileactions.h"

#include "document/documentsession.h"
#include "mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace arckit {

bool FileActions::maybeSave()
{
    DocumentSession *session = m_window->session();
    if (!session->isOpen() || !session->isModified())
        return true;
    const auto choice = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them as a new version?").arg(session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Save)
        return save();
    if (choice == QMessageBox::Discard) {
        session->setModified(false); // also drops the recovery copy
        return true;
    }
    return false;
}

void FileActions::offerRecovery()
{
    DocumentSession *session = m_window->session();
    const QList<RecoveryEntry> entries = session->recovery()->orphans();
    if (entries.isEmpty())
        return;
    const RecoveryEntry &entry = entries.first(); // the newest
    const QString name =
        entry.originalPath.isEmpty()
            ? tr("a new MLOps strategy (project %1)").arg(entry.projectId.isEmpty() ? tr("unknown") : entry.projectId)
            : QDir::toNativeSeparators(entry.originalPath);
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("ArcKit MLOps Studio did not close properly last time. Unsaved changes to %1 from %2 were kept.\n\n"
           "Restore them? (Nothing is written to the document until you save.)")
            .arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) {
        if (!entry.repositoryRoot.isEmpty() && QFileInfo(entry.repositoryRoot).isDir())
            m_window->openRepository(entry.repositoryRoot);
        QString error;
        if (!session->restore(entry, &error)) {
            QMessageBox::warning(m_window, tr("Recover Unsaved Changes"),
                                 tr("The changes could not be restored: %1").arg(error));
            return; // keep the copy for another try
        }
    }
    for (const RecoveryEntry &old : entries)
        RecoveryStore::remove(old);
    updateActions();
}

void FileActions::onChangedOnDisk(const QString &path)
{
    if (m_askingReload)
        return;
    m_askingReload = true;
    DocumentSession *session = m_window->session();
    if (!QFileInfo::exists(path)) {
        m_window->statusBar()->showMessage(
            tr("%1 was removed from disk; Save writes a new version").arg(QDir::toNativeSeparators(path)), 10000);
        session->setModified(true);
    } else {
        const QString question = session->isModified()
                                     ? tr("%1 was changed by another program. Reload it and lose your unsaved changes?")
                                     : tr("%1 was changed by another program. Reload it?");
        if (QMessageBox::question(m_window, tr("Document Changed on Disk"),
                                  question.arg(QDir::toNativeSeparators(path)), QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::Yes) == QMessageBox::Yes) {
            QString error;
            if (!session->reload(&error))
                QMessageBox::warning(m_window, tr("Reload"),
                                     tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
        }
    }
    m_askingReload = false;
}

} // namespace arckit
