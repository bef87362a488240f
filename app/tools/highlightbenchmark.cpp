#include "highlightbenchmark.h"

#include "editor/markdowneditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextBlock>

#include <algorithm>

namespace arckit {

KeystrokeTiming HighlightBenchmark::measureKeystroke(KSyntaxHighlighting::Repository &repository,
                                                     const QString &markdown, int samples)
{
    KeystrokeTiming timing;
    MarkdownEditor editor(repository);
    editor.resize(900, 800);
    QElapsedTimer loading;
    loading.start();
    editor.loadHighlightingDefinition();
    timing.definitionMs = double(loading.nsecsElapsed()) / 1e6;
    QElapsedTimer opening;
    opening.start();
    editor.setPlainText(markdown);
    while (editor.isHighlightingPending())
        QApplication::processEvents();
    timing.wholeDocumentMs = double(opening.nsecsElapsed()) / 1e6;
    editor.show();
    QApplication::processEvents();
    timing.lines = editor.blockCount();

    QList<double> times;
    for (int i = 0; i < samples; ++i) {
        // Spread over the document: the cost differs in tables, fences and prose.
        const int line = 1 + int((qint64(i) * 7919) % qMax(1, timing.lines));
        editor.goToLine(line);
        QApplication::processEvents();
        QTextCursor cursor = editor.textCursor();
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);

        QElapsedTimer timer;
        timer.start();
        editor.textCursor().insertText(QStringLiteral("x"));
        editor.viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);

        editor.textCursor().deletePreviousChar();
        QApplication::processEvents();
    }
    if (times.isEmpty())
        return timing;
    std::sort(times.begin(), times.end());
    timing.samples = int(times.size());
    timing.medianMs = times.at(times.size() / 2);
    timing.maxMs = times.last();
    return timing;
}

} // namespace arckit
