#include "documentview.h"

#include "document/documentsession.h"
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "preview/previewpane.h"

#include <QTimer>
#include <QVBoxLayout>

namespace arckit {

namespace {
// Scrolling one pane makes the other report a scroll shortly after; within
// this time that report is an echo, not the user.
constexpr qint64 kEchoMs = 250;
constexpr int kHighlightAfterPreviewMs = 100;
} // namespace

DocumentView::DocumentView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_editor(new MarkdownEditor(repository, this))
    , m_findBar(new FindBar(m_editor, this))
    , m_preview(new PreviewPane(this))
{
    setChildrenCollapsible(true);
    // The find bar sits under the editor, in the editor's half of the splitter.
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    addWidget(editorPane);
    addWidget(m_preview);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    m_preview->setAccessibleName(tr("Preview"));
    connect(m_editor, &MarkdownEditor::topLineChanged, this, &DocumentView::onEditorTopLine);
    connect(m_preview, &PreviewPane::previewScrolled, this, &DocumentView::onPreviewScrolled);
    // Highlighting waits until the preview shows the document (see
    // MarkdownEditor::paintEvent), plus a moment for its frame to be drawn.
    connect(
        m_preview, &PreviewPane::htmlApplied, m_editor,
        [this] { QTimer::singleShot(kHighlightAfterPreviewMs, m_editor, &MarkdownEditor::loadHighlightingDefinition); },
        Qt::SingleShotConnection);
}

DocumentView::~DocumentView()
{
    // The session outlives the view; its signals must not reach a half-destroyed
    // view while the editor's highlighter lets go of the document.
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
}

void DocumentView::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    m_editor->attachDocument(session->document());
    connect(session, &DocumentSession::textChanged, this, &DocumentView::onTextChanged);
    connect(session, &DocumentSession::documentReplaced, this, [this] {
        m_preview->setMarkdown(m_session->text());
        m_preview->updateNow();
        m_editor->moveCursor(QTextCursor::Start);
        m_editor->scrollToLine(1);
    });
    onTextChanged();
}

void DocumentView::setSyncScrolling(bool sync)
{
    m_sync = sync;
    if (sync)
        m_preview->scrollToSourceLine(m_editor->firstVisibleLine());
}

void DocumentView::setPreviewVisible(bool visible)
{
    m_preview->setVisible(visible);
}

void DocumentView::onTextChanged()
{
    if (m_session)
        m_preview->setMarkdown(m_session->text());
}

void DocumentView::onEditorTopLine(int line)
{
    if (!m_sync || !m_preview->isVisible())
        return;
    if (m_previewDriven.isValid() && m_previewDriven.elapsed() < kEchoMs)
        return;
    m_editorDriven.start();
    m_preview->scrollToSourceLine(line);
}

void DocumentView::onPreviewScrolled(int line)
{
    if (!m_sync || line <= 0)
        return;
    if (m_editorDriven.isValid() && m_editorDriven.elapsed() < kEchoMs)
        return;
    m_previewDriven.start();
    m_editor->scrollToLine(line);
}

} // namespace arckit
