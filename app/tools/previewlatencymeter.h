#pragma once
// Measures keystroke-to-preview: for every setMarkdown() on a PreviewPane,
// the time until the page has applied (patched and laid out) a revision that
// includes it. Attach it to the pane the editor feeds, type, read median().
// typeAndMeasure() does the typing itself for a benchmark.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>

namespace arckit {

class PreviewPane;

class PreviewLatencyMeter : public QObject
{
    Q_OBJECT
public:
    explicit PreviewLatencyMeter(PreviewPane *pane, QObject *parent = nullptr);

    QList<double> samples() const { return m_samples; } // milliseconds, in keystroke order
    double median() const;
    double percentile(double p) const; // p in [0, 100]
    void reset();

    // Loads markdown, waits for the preview (and its diagrams), then inserts one character every
    // intervalMs at the middle of the document (keystrokes times) and returns
    // the latencies once the last keystroke is shown, or an empty list if
    // the page did not respond within timeoutMs. Runs a local event loop.
    static QList<double> typeAndMeasure(PreviewPane *pane, const QString &markdown, int keystrokes, int intervalMs,
                                        int timeoutMs = 60000);

private:
    void onScheduled(int revision);
    void onApplied();

    PreviewPane *m_pane;
    QElapsedTimer m_clock;
    QList<QPair<int, qint64>> m_pending; // revision, nanoseconds
    QList<double> m_samples;
};

} // namespace arckit
