#include "saveversiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace arckit {

SaveVersionDialog::SaveVersionDialog(const Project &project, bool revision, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_name(new QLabel(this))
    , m_major(new QCheckBox(tr("&Major version (a substantial change)"), this))
    , m_author(new QLineEdit(author, this))
    , m_changes(new QLineEdit(this))
{
    setWindowTitle(tr("Save Version"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("fileToWrite"));
    m_name->setAccessibleName(tr("File that will be written"));
    m_author->setAccessibleName(tr("Author"));
    m_changes->setAccessibleName(tr("Summary of changes"));
    m_changes->setPlaceholderText(tr("What changed in this version"));
    m_changes->setText(revision ? tr("Revised in ArcKit MLOps Studio") : QString());

    auto *form = new QFormLayout;
    form->addRow(tr("Will write:"), m_name);
    form->addRow(QString(), m_major);
    if (revision) {
        form->addRow(tr("&Author:"), m_author);
        form->addRow(tr("&Changes:"), m_changes);
    } else {
        m_author->hide();
        m_changes->hide();
    }
    auto *note = new QLabel(tr("Existing versions are never overwritten; this saves a new file beside them."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_major, &QCheckBox::toggled, this, &SaveVersionDialog::updateName);
    updateName();
    setMinimumWidth(520);
}

QString SaveVersionDialog::fileName() const
{
    return DocumentSession::nextFileName(m_project, m_major->isChecked());
}

SaveVersionOptions SaveVersionDialog::options() const
{
    SaveVersionOptions options;
    options.major = m_major->isChecked();
    options.author = m_author->text().trimmed();
    options.changes = m_changes->text().trimmed();
    return options;
}

void SaveVersionDialog::updateName()
{
    // The whole folder, not only projects/NNN-name: with two repositories
    // open in turn, the folder is what tells them apart.
    const QString folder = m_project.path.isEmpty() ? m_project.relativePath : m_project.path;
    m_name->setText(
        tr("<b>%1</b><br>in %2").arg(fileName().toHtmlEscaped(), QDir::toNativeSeparators(folder).toHtmlEscaped()));
}

} // namespace arckit
