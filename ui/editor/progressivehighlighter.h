#pragma once
// KSyntaxHighlighting's highlighter, made gentle with large text: when a
// change brings in a lot of text at once (opening a 1,400-line document),
// only the first blocks are highlighted right away and the rest follows in
// short slices from the event loop, in document order (each block continues
// from the state of the one before; the blocks after a large change wait
// too, since their old states no longer follow). The window appears and
// accepts typing instead of waiting for the whole document; small edits are
// highlighted synchronously as before.

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QPointer>
#include <QTimer>

class QTextDocument;

namespace arckit {

class ProgressiveHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    // A change adding this much text is highlighted progressively.
    static constexpr int largeChangeChars = 16 * 1024;
    // Blocks highlighted at once when such a change arrives: a screenful and more.
    static constexpr int firstBlocks = 150;
    // Longest slice of highlighting per event-loop turn.
    static constexpr int sliceMs = 6;

    explicit ProgressiveHighlighter(QObject *parent = nullptr);
    ~ProgressiveHighlighter() override;

    // Use instead of setDocument(): watches the document's changes before the
    // highlighter does.
    void attach(QTextDocument *document);
    // Blocks of the document are still waiting for their first highlighting.
    bool isPending() const { return m_deferring; }
    // A new definition highlights a large document progressively too.
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;

Q_SIGNALS:
    // Every block has been highlighted.
    void caughtUp();

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void startDeferring();
    void continueDeferred();

    QPointer<QTextDocument> m_document;
    QTimer m_slice;
    bool m_deferring = false;
    int m_budget = 0;
    int m_resumeBlock = 0;
};

} // namespace arckit
