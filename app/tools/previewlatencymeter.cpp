#include "previewlatencymeter.h"

#include "preview/previewpane.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace arckit {

PreviewLatencyMeter::PreviewLatencyMeter(PreviewPane *pane, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
{
    m_clock.start();
    connect(pane, &PreviewPane::updateScheduled, this, &PreviewLatencyMeter::onScheduled);
    connect(pane, &PreviewPane::htmlApplied, this, &PreviewLatencyMeter::onApplied);
}

void PreviewLatencyMeter::onScheduled(int revision)
{
    m_pending.append({revision, m_clock.nsecsElapsed()});
}

void PreviewLatencyMeter::onApplied()
{
    const qint64 now = m_clock.nsecsElapsed();
    const int applied = m_pane->appliedRevision();
    while (!m_pending.isEmpty() && m_pending.constFirst().first <= applied)
        m_samples.append((now - m_pending.takeFirst().second) / 1e6);
}

double PreviewLatencyMeter::percentile(double p) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * (sorted.size() - 1);
    const auto low = qsizetype(rank);
    const qsizetype high = std::min(low + 1, sorted.size() - 1);
    return sorted.at(low) + (sorted.at(high) - sorted.at(low)) * (rank - low);
}

double PreviewLatencyMeter::median() const
{
    return percentile(50);
}

void PreviewLatencyMeter::reset()
{
    m_pending.clear();
    m_samples.clear();
}

QList<double> PreviewLatencyMeter::typeAndMeasure(PreviewPane *pane, const QString &markdown, int keystrokes,
                                                  int intervalMs, int timeoutMs)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });

    // The starting document, fully shown.
    pane->setMarkdown(markdown);
    pane->updateNow();
    const auto shownNewest = [pane] { return pane->isPageReady() && pane->appliedRevision() == pane->revision(); };
    const QMetaObject::Connection waitStart = connect(pane, &PreviewPane::htmlApplied, &loop, [&] {
        if (shownNewest())
            loop.exit(0);
    });
    timeout.start(timeoutMs);
    if (!shownNewest() && loop.exec() != 0)
        return {};
    disconnect(waitStart);
    if (markdown.contains(QLatin1String("```mermaid"))) {
        // Measure typing, not the first rendering of every diagram.
        const QMetaObject::Connection waitDiagrams =
            connect(pane, &PreviewPane::diagramsRendered, &loop, [&loop] { loop.exit(0); });
        timeout.start(timeoutMs);
        const int rc = loop.exec();
        disconnect(waitDiagrams);
        if (rc != 0)
            return {};
    }

    PreviewLatencyMeter meter(pane);
    QString text = markdown;
    // Type at the end of a plain text line in the middle of the document,
    // as someone editing a paragraph would.
    static const QRegularExpression textLine(QStringLiteral("^[A-Za-z][^\n]*$"), QRegularExpression::MultilineOption);
    QRegularExpressionMatch line = textLine.match(text, text.size() / 2);
    if (!line.hasMatch())
        line = textLine.match(text);
    qsizetype cursor = line.hasMatch() ? line.capturedEnd() : text.size();
    int typed = 0;
    QTimer typist;
    typist.setInterval(intervalMs);
    connect(&typist, &QTimer::timeout, &loop, [&] {
        text.insert(cursor++, QLatin1Char("arckit "[typed % 7]));
        pane->setMarkdown(text);
        if (++typed == keystrokes)
            typist.stop();
    });
    connect(pane, &PreviewPane::htmlApplied, &loop, [&] {
        if (typed == keystrokes && shownNewest())
            loop.exit(0);
    });
    typist.start();
    timeout.start(timeoutMs + keystrokes * intervalMs);
    if (loop.exec() != 0)
        return {};
    return meter.samples();
}

} // namespace arckit
