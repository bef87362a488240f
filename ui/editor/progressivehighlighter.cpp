#include "progressivehighlighter.h"

#include <KSyntaxHighlighting/Definition>

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

namespace arckit {

ProgressiveHighlighter::ProgressiveHighlighter(QObject *parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
{
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &ProgressiveHighlighter::continueDeferred);
}

ProgressiveHighlighter::~ProgressiveHighlighter()
{
    // QSyntaxHighlighter's destructor clears the document's formats, which
    // the document reports as a change: not to this half-destroyed object.
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
}

void ProgressiveHighlighter::attach(QTextDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_deferring = false;
    m_slice.stop();
    // Connected before setDocument() connects the highlighter itself, so that
    // a large change is known before the highlighter reformats it.
    if (document)
        connect(document, &QTextDocument::contentsChange, this, &ProgressiveHighlighter::onContentsChange);
    setDocument(document);
    // setDocument() rehighlights a non-empty document on the next event-loop turn.
    if (document && document->characterCount() >= largeChangeChars)
        startDeferring();
}

void ProgressiveHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    if (definition == this->definition())
        return;
    if (m_document && m_document->characterCount() >= largeChangeChars) {
        // Every block is highlighted anew: forget the old states, so that the
        // blocks wait for the new highlighting in document order.
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next())
            block.setUserData(nullptr);
        m_deferring = false; // startDeferring() below, once there is a definition
        KSyntaxHighlighting::AbstractHighlighter::setDefinition(definition);
        startDeferring();
        rehighlight();
        return;
    }
    KSyntaxHighlighting::SyntaxHighlighter::setDefinition(definition);
}

void ProgressiveHighlighter::onContentsChange(int from, int, int charsAdded)
{
    if (charsAdded < largeChangeChars || !m_document || !definition().isValid())
        return;
    // The blocks after a large change hold end states computed from the old
    // text, and the inserted text may open or close a fence: each of them
    // must start again from its predecessor's new state. Highlighting them
    // as they are (skipped inserted blocks in between) and KSyntaxHighlighting
    // passing a changed state on only from blocks highlighted before would
    // leave them in a wrong state, so they all wait for their turn in
    // document order. Their old formats stay on screen until then.
    for (QTextBlock block = m_document->findBlock(from); block.isValid(); block = block.next())
        block.setUserData(nullptr);
    startDeferring();
}

void ProgressiveHighlighter::startDeferring()
{
    // Without a definition every block is plain text, which costs nothing.
    if (!definition().isValid())
        return;
    m_deferring = true;
    m_budget = firstBlocks;
    m_resumeBlock = 0;
    m_slice.start();
}

void ProgressiveHighlighter::highlightBlock(const QString &text)
{
    // A block without user data has never been highlighted. While deferring,
    // a block is highlighted only right after its highlighted predecessor
    // (whose end state it starts from), and a never highlighted one only
    // within the budget.
    if (m_deferring) {
        const QTextBlock previous = currentBlock().previous();
        if (previous.isValid() && !previous.userData()) {
            // Its start state is not known yet (typing in a block after the
            // pending ones): its end state is no longer known either, and it
            // is highlighted again when its turn comes.
            setCurrentBlockUserData(nullptr);
            return;
        }
        if (!currentBlockUserData()) {
            if (m_budget <= 0)
                return;
            --m_budget;
        }
    }
    const bool firstTime = !currentBlockUserData();
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    // KSyntaxHighlighting passes a changed end state on to the next block only
    // from a block it highlighted before. A new block (a line break typed or
    // pasted) may end in another state than the next block started from.
    if (firstTime) {
        const QTextBlock next = currentBlock().next();
        if (next.isValid() && next.userData())
            QMetaObject::invokeMethod(
                this, [this, next] { rehighlightBlock(next); }, Qt::QueuedConnection);
    }
}

void ProgressiveHighlighter::continueDeferred()
{
    if (!m_deferring || !m_document)
        return;
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = m_document->findBlockByNumber(m_resumeBlock);
    if (!block.isValid())
        block = m_document->begin();
    while (block.isValid() && clock.elapsed() < sliceMs) {
        if (!block.userData()) {
            m_budget = 1;
            rehighlightBlock(block);
            if (!block.userData()) {
                // Its predecessor is not done (blocks moved by an edit
                // meanwhile): go back to the top.
                block = m_document->begin();
                continue;
            }
        }
        block = block.next();
    }
    m_budget = 0;
    if (block.isValid()) {
        m_resumeBlock = block.blockNumber();
        m_slice.start();
        return;
    }
    // At the end: edits meanwhile may have moved blocks above the resume
    // point, so check the whole document once more before finishing.
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (!b.userData()) {
            m_resumeBlock = 0;
            m_slice.start();
            return;
        }
    }
    m_deferring = false;
    Q_EMIT caughtUp();
}

} // namespace arckit
