#pragma once
// The Markdown source editor: a QPlainTextEdit with KSyntaxHighlighting's
// "Markdown" definition, line numbers, and line-based navigation for the
// outline, the checklist and the preview's scroll synchronisation. The
// highlighting Repository is the application's single shared one.

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
}

namespace arckit {

class LineNumberArea;
class ProgressiveHighlighter;

class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // Shows document (owned elsewhere, e.g. by a DocumentSession) and moves the
    // highlighter onto it.
    void attachDocument(QTextDocument *document);

    // 1-based line numbers.
    void goToLine(int line);     // moves the cursor there and scrolls it into view
    void scrollToLine(int line); // puts line at the top without moving the cursor
    int firstVisibleLine() const;
    int currentLine() const;
    void highlightLine(int line); // marks a line (used by the read-only viewer)

    bool isDarkTheme() const { return m_dark; }
    // The Markdown definition is slow to load: the editor loads it this long
    // after its first paint, or when loadHighlightingDefinition() is called.
    static constexpr int definitionFallbackMs = 1500;
    void loadHighlightingDefinition();
    // A large text (a document just opened) is still being highlighted in
    // the background; highlightingCaughtUp() follows.
    bool isHighlightingPending() const;
    QString themeName() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    // The first visible line changed through scrolling or editing.
    void topLineChanged(int line);
    void highlightingCaughtUp();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void emitTopLine();

    KSyntaxHighlighting::Repository &m_repository;
    ProgressiveHighlighter *m_highlighter = nullptr;
    LineNumberArea *m_lineNumbers = nullptr;
    bool m_dark = false;
    bool m_definitionLoaded = false;
    bool m_definitionScheduled = false;
    static bool s_definitionLoadedOnce;
    int m_lastTopLine = -1;
    int m_markedLine = 0;
};

} // namespace arckit
