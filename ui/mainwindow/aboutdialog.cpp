#include "aboutdialog.h"

#include "markdownhtml.h"

// KF5 installs it under KSyntaxHighlighting/, this build of KF 5.116 beside it.
#if __has_include(<KSyntaxHighlighting/ksyntaxhighlighting_version.h>)
#include <KSyntaxHighlighting/ksyntaxhighlighting_version.h>
#else
#include <ksyntaxhighlighting_version.h>
#endif

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#if defined(KSYNTAXHIGHLIGHTING_VERSION_STRING)
#define ARCKIT_KSH_VERSION KSYNTAXHIGHLIGHTING_VERSION_STRING
#else
#define ARCKIT_KSH_VERSION SyntaxHighlighting_VERSION_STRING
#endif

namespace arckit {

QString AboutDialog::versionsText()
{
    return tr("Qt %1 (built with %2), KSyntaxHighlighting %3, md4c %4")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QStringLiteral(ARCKIT_KSH_VERSION),
             MarkdownHtml::md4cVersion());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ArcKit MLOps Studio"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(false);
    text->setText(tr("<h2>ArcKit MLOps Studio %1</h2>"
                     "<p>Creates and revises MLOps strategy documents for ArcKit repositories, interactively: "
                     "it reads the project's requirements and other documents, asks what it cannot find, "
                     "and checks the result against the ArcKit mlops command.</p>"
                     "<p><b>Built with</b><br>%2</p>")
                      .arg(QStringLiteral(ARCKIT_VERSION), versionsText().toHtmlEscaped()));
    text->setAccessibleName(tr("About ArcKit MLOps Studio"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace arckit
