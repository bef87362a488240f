#pragma once
// Asks before a versioned save: shows the file name that will be written
// (never an existing one), offers a major version, and for a revision asks
// who made it and what changed (for the Revision History row).

#include "document/documentsession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace arckit {

class SaveVersionDialog : public QDialog
{
    Q_OBJECT
public:
    SaveVersionDialog(const Project &project, bool revision, const QString &author, QWidget *parent = nullptr);

    SaveVersionOptions options() const;
    QString fileName() const; // the name that will be written with the current choices

private:
    void updateName();

    Project m_project;
    QLabel *m_name;
    QCheckBox *m_major;
    QLineEdit *m_author;
    QLineEdit *m_changes;
};

} // namespace arckit
