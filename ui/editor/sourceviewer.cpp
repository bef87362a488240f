#include "sourceviewer.h"

#include "markdowneditor.h"
#include "textfilereader.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace arckit {

SourceViewer::SourceViewer(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QDialog(parent)
    , m_editor(new MarkdownEditor(repository, this))
    , m_header(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setAccessibleName(tr("Source document (read-only)"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

bool SourceViewer::openFile(const QString &path, int line, const QString &displayName, QString *error)
{
    const TextFile file = TextFileReader::read(path);
    if (!file.ok()) {
        if (error)
            *error = file.error;
        return false;
    }
    m_path = path;
    m_editor->setPlainText(file.text);
    const QString name = displayName.isEmpty() ? path : displayName;
    setWindowTitle(tr("%1 (read-only)").arg(name));
    QString header = line > 0
                         ? tr("<b>%1</b>, line %2. Read-only: this window never changes the file.")
                               .arg(name.toHtmlEscaped())
                               .arg(line)
                         : tr("<b>%1</b>. Read-only: this window never changes the file.").arg(name.toHtmlEscaped());
    if (!file.warning.isEmpty())
        header += QStringLiteral("<br>") + tr("Note: %1").arg(file.warning.toHtmlEscaped());
    m_header->setText(header);
    goToLine(line);
    return true;
}

void SourceViewer::goToLine(int line)
{
    if (line <= 0)
        return;
    m_editor->goToLine(line);
    m_editor->highlightLine(line);
}

} // namespace arckit
