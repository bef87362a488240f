#pragma once
// Measures what one keystroke costs in the editor with highlighting on: the
// inserted character, the rehighlighting it triggers, the relayout and a
// synchronous repaint. Used by the benchmark executable and a test.

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace arckit {

struct KeystrokeTiming
{
    double medianMs = 0;
    double maxMs = 0;
    int lines = 0;
    int samples = 0;
    // Opening the document: setting the text until every block is highlighted
    // (the first screenful at once, the rest in slices between events).
    double wholeDocumentMs = 0;
    // Loading the Markdown definition (and the languages it embeds), once.
    double definitionMs = 0;
};

class HighlightBenchmark
{
public:
    // Needs a QApplication. Types samples characters spread over the document
    // (each removed again, untimed) and times each.
    static KeystrokeTiming measureKeystroke(KSyntaxHighlighting::Repository &repository, const QString &markdown,
                                            int samples = 50);
};

} // namespace arckit
