#pragma once
// Confirms the save of a revision: the file that will be written (never an
// existing one), a major version choice, who made it and what changed (the
// Revision History row; defaulting to the sections changed), the version to
// revise from when the document does not say, what the user should know
// (APPROVED going back to DRAFT, a newer version in the folder) and the
// difference between the opened version and the text about to be saved.

#include "documentrevision.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace arckit {

class DiffView;
class DocumentSession;

class RevisionDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionDialog(const DocumentSession *session, const QString &author, QWidget *parent = nullptr);

    // What Save writes; prepared again whenever a choice changes.
    const RevisionOutcome &outcome() const { return m_outcome; }
    QString author() const;
    DiffView *diffView() const { return m_diff; }
    // The choices, for tests and keyboard-free scripting.
    void setMajor(bool major);
    void setSummary(const QString &summary);
    void setBaseVersion(const QString &version);

private:
    void prepare();

    const DocumentSession *m_session;
    RevisableDocument m_document;
    RevisionOutcome m_outcome;
    QLabel *m_fileName;
    QCheckBox *m_major;
    QLineEdit *m_baseVersion;
    QLineEdit *m_author;
    QLineEdit *m_summary;
    QLabel *m_notes;
    DiffView *m_diff;
    QDialogButtonBox *m_buttons;
    QTimer m_typing; // the diff follows the summary once typing pauses
};

} // namespace arckit
