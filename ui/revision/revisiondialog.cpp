#include "revisiondialog.h"

#include "document/documentsession.h"
#include "revision/diffview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace arckit {

RevisionDialog::RevisionDialog(const DocumentSession *session, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_document(session->revisable())
    , m_fileName(new QLabel(this))
    , m_major(new QCheckBox(tr("&Major revision (next major version)"), this))
    , m_baseVersion(new QLineEdit(this))
    , m_author(new QLineEdit(author, this))
    , m_summary(new QLineEdit(this))
    , m_notes(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save Revision"));
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_baseVersion->setPlaceholderText(tr("e.g. 1.0"));
    m_baseVersion->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,3}\\.\\d{1,3}")), this));
    m_author->setPlaceholderText(tr("Your name (Revision History)"));
    m_summary->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Revising:"), new QLabel(QFileInfo(m_document.path()).fileName(), this));
    form->addRow(tr("Will write:"), m_fileName);
    form->addRow(QString(), m_major);
    if (m_document.version().isEmpty())
        form->addRow(tr("&Revise from version:"), m_baseVersion);
    else
        m_baseVersion->hide();
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Changes:"), m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_buttons);
    resize(1100, 720);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &RevisionDialog::prepare);
    connect(m_major, &QCheckBox::toggled, this, &RevisionDialog::prepare);
    connect(m_baseVersion, &QLineEdit::textChanged, this, &RevisionDialog::prepare);
    connect(m_author, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_summary, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_typing.stop();
        prepare(); // whatever was typed last is what gets saved
        if (m_outcome.ok())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    prepare();
}

QString RevisionDialog::author() const
{
    return m_author->text().trimmed();
}

void RevisionDialog::setMajor(bool major)
{
    m_major->setChecked(major);
}

void RevisionDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_typing.stop();
    prepare();
}

void RevisionDialog::setBaseVersion(const QString &version)
{
    m_baseVersion->setText(version);
}

void RevisionDialog::prepare()
{
    RevisionRequest request;
    request.major = m_major->isChecked();
    request.author = author();
    request.summary = m_summary->text();
    request.baseVersion = m_baseVersion->text();
    m_outcome = m_session->prepareRevision(request);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    if (!m_outcome.ok()) {
        m_fileName->setText(tr("(nothing can be written yet)"));
        m_notes->setText(m_outcome.error);
        save->setEnabled(false);
        m_diff->setTexts(QString(), QString(), QString(), QString());
        return;
    }
    // The folder too: it is what tells two repositories' documents apart.
    m_fileName->setText(
        tr("<b>%1</b><br>in %2")
            .arg(m_outcome.fileName.toHtmlEscaped(),
                 QDir::toNativeSeparators(QFileInfo(m_document.path()).absolutePath()).toHtmlEscaped()));
    save->setEnabled(true);
    save->setText(tr("&Save v%1").arg(m_outcome.version));
    m_summary->setPlaceholderText(m_outcome.summary);
    QStringList notes = m_document.messages() + m_outcome.notes;
    notes.removeDuplicates();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_diff->setTexts(m_document.text(), m_outcome.text, QFileInfo(m_document.path()).fileName(), m_outcome.fileName);
}

} // namespace arckit
