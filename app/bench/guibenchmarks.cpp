#include "guibenchmarks.h"

#include "editor/highlightbenchmark.h"
#include "preview/previewlatencymeter.h"
#include "preview/previewpane.h"
#include "textfilereader.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

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

// Rss and Pss in MB summed over the process tree, from smaps_rollup.
std::pair<double, double> memoryOf(qint64 root)
{
    double rss = 0, pss = 0;
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
        }
    }
    return {rss, pss};
}

} // namespace

int GuiBenchmarks::run(int &argc, char **argv)
{
    const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/long-mlops.md"));
    if (!file.ok()) {
        m_out << "the long fixture document is missing: " << file.error << Qt::endl;
        return 2;
    }
    {
        QApplication application(argc, argv);
        inProcess(file.text);
    }
    coldStart(QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/long-mlops.md"));
    return 0;
}

void GuiBenchmarks::inProcess(const QString &markdown)
{
    KSyntaxHighlighting::Repository repository;
    const KeystrokeTiming highlight = HighlightBenchmark::measureKeystroke(repository, markdown, 60);
    m_out << QStringLiteral("highlight_keystroke_median_ms %1 ms").arg(highlight.medianMs, 0, 'f', 2) << Qt::endl;
    m_out << QStringLiteral("highlight_keystroke_max_ms %1 ms").arg(highlight.maxMs, 0, 'f', 2) << Qt::endl;

    PreviewPane pane;
    pane.resize(900, 1000);
    pane.show();
    const QList<double> latencies = PreviewLatencyMeter::typeAndMeasure(&pane, markdown, 40, 120);
    if (latencies.isEmpty()) {
        m_out << "keystroke_to_preview_median_ms timeout ms" << Qt::endl;
        return;
    }
    m_out << QStringLiteral("keystroke_to_preview_median_ms %1 ms").arg(median(latencies), 0, 'f', 1) << Qt::endl;
    m_out << QStringLiteral("keystroke_to_preview_max_ms %1 ms").arg(*std::max_element(latencies.begin(), latencies.end()), 0, 'f', 1)
          << Qt::endl;
}

void GuiBenchmarks::coldStart(const QString &document)
{
    QList<double> window, preview, rss, pss;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir settings; // a first start, without the user's remembered repository
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ARCKIT_STARTUP_PROBE"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), settings.path());
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(ARCKIT_APP), {document});
        QByteArray seen;
        double shownAt = -1, drawnAt = -1;
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000 && drawnAt < 0) {
            process.waitForReadyRead(5);
            seen += process.readAllStandardError();
            if (shownAt < 0 && seen.contains("startup window-shown"))
                shownAt = clock.nsecsElapsed() / 1e6;
            if (drawnAt < 0 && seen.contains("startup preview-drawn"))
                drawnAt = clock.nsecsElapsed() / 1e6;
        }
        if (drawnAt >= 0) {
            window.append(shownAt);
            preview.append(drawnAt);
            process.waitForFinished(1000); // let the page settle before reading memory
            const auto [r, p] = memoryOf(process.processId());
            rss.append(r);
            pss.append(p);
        }
        process.waitForFinished(10000);
        if (process.state() != QProcess::NotRunning)
            process.kill();
        process.waitForFinished(2000);
    }
    if (window.isEmpty()) {
        m_out << "cold_start_ms timeout ms" << Qt::endl;
        return;
    }
    m_out << QStringLiteral("cold_start_ms %1 ms").arg(median(window), 0, 'f', 0) << Qt::endl;
    m_out << QStringLiteral("cold_start_preview_ms %1 ms").arg(median(preview), 0, 'f', 0) << Qt::endl;
    m_out << QStringLiteral("rss_total_mb %1 MB").arg(median(rss), 0, 'f', 0) << Qt::endl;
    m_out << QStringLiteral("pss_total_mb %1 MB").arg(median(pss), 0, 'f', 0) << Qt::endl;
}

} // namespace arckit::bench
