#include "guibenchmarks.h"

#include "highlightbenchmark.h"
#include "preview/previewengine.h"
#include "preview/previewpane.h"
#include "previewlatencymeter.h"
#include "textfilereader.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <tuple>

namespace arckit::bench {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The process and all its descendants (the WebEngine helper processes).
QList<qint64> processTree(qint64 root)
{
    QList<qint64> tree{root};
    for (int i = 0; i < tree.size(); ++i)
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields[1].toLongLong() == tree[i])
                tree.append(pid);
        }
    return tree;
}

// Rss, Pss and Uss (private pages) in MB summed over the process tree, from
// smaps_rollup. Pss gives each process its share of the pages it shares with
// others: another program using Qt WebEngine at the same time lowers it, Uss
// does not depend on what else runs.
std::tuple<double, double, double> memoryOf(qint64 root)
{
    double rss = 0, pss = 0, uss = 0;
    for (qint64 pid : processTree(root)) {
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "Rss:")
                rss += parts[1].toDouble() / 1024.0;
            else if (parts.size() >= 2 && parts[0] == "Pss:")
                pss += parts[1].toDouble() / 1024.0;
            else if (parts.size() >= 2 && (parts[0] == "Private_Clean:" || parts[0] == "Private_Dirty:"))
                uss += parts[1].toDouble() / 1024.0;
        }
    }
    return {rss, pss, uss};
}

} // namespace

int GuiBenchmarks::run(int &argc, char **argv)
{
    const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/long-mlops.md"));
    if (!file.ok()) {
        m_out << "the long fixture document is missing: " << file.error << Qt::endl;
        return 2;
    }
    // Cold starts first: PSS splits a shared page among every process
    // mapping it, and once this process has used WebEngine itself it would
    // take a share of the libraries' pages from the measured app.
    // The app on the long document: window shown, document in the preview,
    // every diagram drawn; memory once they are.
    coldStarts(QString(), QStringLiteral(ARCKIT_APP),
               {QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/long-mlops.md")}, {}, true);
    // The floor: a bare QWebEngineView page, with the app's WebEngine settings
    // and with Qt's defaults.
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    coldStarts(QStringLiteral("bare_page_"), self, {QStringLiteral("--bare-page")}, {}, false);
    coldStarts(QStringLiteral("bare_page_qt_defaults_"), self,
               {QStringLiteral("--bare-page"), QStringLiteral("--qt-defaults")}, {}, false);
    {
        PreviewEngine::configure(); // as the app does
        QApplication application(argc, argv);
        PreviewEngine::applicationStarted();
        inProcess(file.text);
    }
    return 0;
}

void GuiBenchmarks::inProcess(const QString &markdown)
{
    KSyntaxHighlighting::Repository repository;
    const KeystrokeTiming highlight = HighlightBenchmark::measureKeystroke(repository, markdown, 60);
    m_out << QStringLiteral("highlight_keystroke_median_ms %1 ms").arg(highlight.medianMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("highlight_keystroke_max_ms %1 ms").arg(highlight.maxMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("highlight_definition_load_ms %1 ms").arg(highlight.definitionMs, 0, 'f', 1) << Qt::endl;
    m_out << QStringLiteral("highlight_whole_document_ms %1 ms").arg(highlight.wholeDocumentMs, 0, 'f', 1) << Qt::endl;

    PreviewPane pane;
    pane.resize(900, 1000);
    pane.show();
    const QList<double> latencies = PreviewLatencyMeter::typeAndMeasure(&pane, markdown, 40, 120);
    if (latencies.isEmpty()) {
        m_out << "keystroke_to_preview_median_ms timeout ms" << Qt::endl;
        return;
    }
    m_out << QStringLiteral("keystroke_to_preview_median_ms %1 ms").arg(median(latencies), 0, 'f', 1) << Qt::endl;
    m_out << QStringLiteral("keystroke_to_preview_max_ms %1 ms")
                 .arg(*std::max_element(latencies.begin(), latencies.end()), 0, 'f', 1)
          << Qt::endl;
}

GuiBenchmarks::ColdStart GuiBenchmarks::measureStart(const QString &program, const QStringList &arguments,
                                                     const QProcessEnvironment &extra, bool waitForDiagrams)
{
    ColdStart figures;
    QTemporaryDir settings; // a first start, without the user's remembered repository
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ARCKIT_STARTUP_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), settings.path());
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray seen;
    const auto done = [&] { return figures.drawnMs >= 0 && (!waitForDiagrams || figures.diagramsMs >= 0); };
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000 && !done()) {
        process.waitForReadyRead(5);
        seen += process.readAllStandardError();
        const double now = clock.nsecsElapsed() / 1e6;
        if (figures.shownMs < 0 && seen.contains("startup window-shown"))
            figures.shownMs = now;
        if (figures.drawnMs < 0 && seen.contains("startup preview-drawn"))
            figures.drawnMs = now;
        if (figures.diagramsMs < 0 && seen.contains("startup diagrams-drawn"))
            figures.diagramsMs = now;
    }
    if (figures.drawnMs >= 0) {
        process.waitForFinished(1000); // let the page settle before reading memory
        std::tie(figures.rssMb, figures.pssMb, figures.ussMb) = memoryOf(process.processId());
    }
    process.terminate();
    process.waitForFinished(5000);
    if (process.state() != QProcess::NotRunning)
        process.kill();
    process.waitForFinished(2000);
    return figures;
}

void GuiBenchmarks::coldStarts(const QString &prefix, const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &extra, bool waitForDiagrams)
{
    QList<double> window, preview, diagrams, rss, pss, uss;
    for (int run = 0; run < 5; ++run) {
        const ColdStart figures = measureStart(program, arguments, extra, waitForDiagrams);
        if (figures.drawnMs < 0)
            continue;
        window.append(figures.shownMs);
        preview.append(figures.drawnMs);
        if (figures.diagramsMs >= 0)
            diagrams.append(figures.diagramsMs);
        rss.append(figures.rssMb);
        pss.append(figures.pssMb);
        uss.append(figures.ussMb);
    }
    if (window.isEmpty()) {
        m_out << prefix << "cold_start_ms timeout ms" << Qt::endl;
        return;
    }
    m_out << QStringLiteral("%1cold_start_ms %2 ms").arg(prefix).arg(median(window), 0, 'f', 0) << Qt::endl;
    m_out << QStringLiteral("%1cold_start_preview_ms %2 ms").arg(prefix).arg(median(preview), 0, 'f', 0) << Qt::endl;
    if (!diagrams.isEmpty())
        m_out << QStringLiteral("%1cold_start_diagrams_ms %2 ms").arg(prefix).arg(median(diagrams), 0, 'f', 0)
              << Qt::endl;
    m_out << QStringLiteral("%1rss_total_mb %2 MB").arg(prefix).arg(median(rss), 0, 'f', 0) << Qt::endl;
    m_out << QStringLiteral("%1pss_total_mb %2 MB").arg(prefix).arg(median(pss), 0, 'f', 0) << Qt::endl;
    m_out << QStringLiteral("%1uss_total_mb %2 MB").arg(prefix).arg(median(uss), 0, 'f', 0) << Qt::endl;
}

} // namespace arckit::bench
