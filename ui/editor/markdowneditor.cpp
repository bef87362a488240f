#include "markdowneditor.h"

#include "linenumberarea.h"
#include "progressivehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

namespace arckit {

bool MarkdownEditor::s_definitionLoadedOnce = false;

MarkdownEditor::MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
{
    setAccessibleName(tr("Markdown editor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setCenterOnScroll(false);

    // Parented to the editor, not to a document: attachDocument() replaces the
    // document, and the editor deletes a document it owned with its children.
    m_highlighter = new ProgressiveHighlighter(this);
    m_highlighter->attach(document());
    connect(m_highlighter, &ProgressiveHighlighter::caughtUp, this, &MarkdownEditor::highlightingCaughtUp);
    // The Markdown definition comes later: see paintEvent().

    m_lineNumbers = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &MarkdownEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateLineNumberArea);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MarkdownEditor::emitTopLine);
    updateLineNumberAreaWidth();
    applyTheme();
}

void MarkdownEditor::attachDocument(QTextDocument *document)
{
    if (!document || document == this->document())
        return;
    if (!qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    setDocument(document);
    m_highlighter->attach(document);
    document->setDefaultFont(font());
    m_markedLine = 0;
    setExtraSelections({});
    updateLineNumberAreaWidth();
    m_lastTopLine = -1;
    emitTopLine();
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(1, line, blockCount()) - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    // Bring the line near the top so that the section below it is visible.
    scrollToLine(qMax(1, block.blockNumber() + 1 - 3));
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

void MarkdownEditor::scrollToLine(int line)
{
    // A QPlainTextEdit's vertical scroll bar counts visual (wrapped) lines.
    const QTextBlock block = document()->findBlockByNumber(qBound(1, line, blockCount()) - 1);
    if (!block.isValid())
        return;
    verticalScrollBar()->setValue(block.firstLineNumber());
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

int MarkdownEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void MarkdownEditor::highlightLine(int line)
{
    m_markedLine = line;
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (block.isValid()) {
        QTextEdit::ExtraSelection selection;
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(60);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void MarkdownEditor::loadHighlightingDefinition()
{
    if (m_definitionLoaded)
        return;
    m_definitionLoaded = true;
    m_highlighter->setDefinition(m_repository.definitionForName(QStringLiteral("Markdown")));
    s_definitionLoadedOnce = true;
}

void MarkdownEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    // Loading the Markdown definition reads it and the twenty-odd languages
    // its code fences embed: 100-250 ms of the GUI thread, which is also
    // Chromium's UI thread, so at start it would hold back the preview as
    // well. The window shows the text first; the definition loads when the
    // owner asks (DocumentView: once the preview shows the document) or,
    // failing that, a little later.
    // Once loaded by one editor, the shared repository hands it out at once.
    if (!m_definitionLoaded && !m_definitionScheduled) {
        m_definitionScheduled = true;
        QTimer::singleShot(s_definitionLoadedOnce ? 0 : definitionFallbackMs, this,
                           &MarkdownEditor::loadHighlightingDefinition);
    }
}

bool MarkdownEditor::isHighlightingPending() const
{
    return m_highlighter->isPending();
}

QString MarkdownEditor::themeName() const
{
    return m_highlighter->theme().name();
}

int MarkdownEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void MarkdownEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QFont f = font();
            f.setBold(block.blockNumber() == current);
            painter.setFont(f);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    if (event->type() == QEvent::FontChange) {
        document()->setDefaultFont(font());
        updateLineNumberAreaWidth();
    }
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void MarkdownEditor::applyTheme()
{
    // The theme follows the palette, so that a dark desktop gets dark colours.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    if (dark == m_dark && m_highlighter->theme().isValid())
        return;
    m_dark = dark;
    m_highlighter->setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

void MarkdownEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void MarkdownEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
    emitTopLine();
}

void MarkdownEditor::emitTopLine()
{
    const int top = firstVisibleLine();
    if (top == m_lastTopLine)
        return;
    m_lastTopLine = top;
    Q_EMIT topLineChanged(top);
}

} // namespace arckit
