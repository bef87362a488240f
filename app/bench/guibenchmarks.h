#pragma once
// The GUI figures of arckit-mlops-bench --gui (run under Xvfb), printed as
// "name value unit": keystroke to preview, highlighting per keystroke, cold
// start to window, to preview and to the last diagram, and the memory of the
// app with its WebEngine processes; the same start figures for a bare
// QWebEngineView page, the floor Qt WebEngine sets.

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace arckit::bench {

class GuiBenchmarks
{
public:
    explicit GuiBenchmarks(QTextStream &out)
        : m_out(out)
    {
    }
    int run(int &argc, char **argv);

private:
    // One start of program, timed by its startup probe lines on stderr
    // (-1: not seen); memory of it and its WebEngine processes once drawn.
    struct ColdStart
    {
        double shownMs = -1;
        double drawnMs = -1;
        double diagramsMs = -1;
        double rssMb = 0;
        double pssMb = 0;
        double ussMb = 0;
    };

    void inProcess(const QString &markdown);
    ColdStart measureStart(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra,
                           bool waitForDiagrams);
    // Medians of five starts, printed as <prefix>cold_start_ms,
    // <prefix>cold_start_preview_ms, <prefix>cold_start_diagrams_ms (when the
    // document has diagrams), <prefix>rss_total_mb, <prefix>pss_total_mb, <prefix>uss_total_mb.
    void coldStarts(const QString &prefix, const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &extra, bool waitForDiagrams);

    QTextStream &m_out;
};

} // namespace arckit::bench
