#include "revisionbenchmarks.h"
#include "mediantime.h"

#include "documentrevision.h"
#include "linediff.h"
#include "revisabledocument.h"
#include "revision/diffview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <algorithm>

namespace arckit::bench {

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A revision of text as a user makes one: a word changed in every 70th prose
// line (20 edits over 1,400 lines) and a section's worth of new lines.
QString revised(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    int edits = 0;
    for (int i = 40; i < lines.size() && edits < 20; i += 70) {
        if (!lines.at(i).trimmed().isEmpty()) {
            lines[i] += QStringLiteral(" (revised)");
            ++edits;
        }
    }
    QStringList added;
    for (int i = 0; i < 30; ++i)
        added.append(QStringLiteral("A new line of the inserted section, number %1.").arg(i));
    lines.insert(lines.size() / 2, added.join(QLatin1Char('\n')));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int RevisionBenchmarks::run(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTemporaryDir folder;
    const QByteArray longDocument = readBytes(QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/long-mlops.md"));
    const QByteArray handWritten = readBytes(QStringLiteral(ARCKIT_SOURCE_DIR "/tests/data/validator/hand-written.md"));
    const QString generatedPath = folder.filePath(QStringLiteral("ARC-001-MLOPS-v1.0.md"));
    const QString handPath = folder.filePath(QStringLiteral("ARC-012-MLOPS-v2.1.md"));
    for (const auto &[path, bytes] : {std::pair{generatedPath, longDocument}, std::pair{handPath, handWritten}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            m_out << "cannot write the benchmark documents" << Qt::endl;
            return 1;
        }
    }

    int lines = 0;
    const double open = medianMs(30, [&] {
        const RevisableDocument document = RevisableDocument::open(generatedPath);
        lines = document.structure().outline().lineCount();
    });
    m_out << "revise_open_parse_gap_ms " << open << " ms (" << longDocument.size() / 1024 << " KB, " << lines
          << " lines; target < 10)" << Qt::endl;
    const double openInferred = medianMs(30, [&] { (void)RevisableDocument::open(handPath); });
    m_out << "revise_open_infer_gap_hand_written_ms " << openInferred << " ms (" << handWritten.size() / 1024
          << " KB, answers inferred)" << Qt::endl;

    const RevisableDocument document = RevisableDocument::open(generatedPath);
    QString edited = revised(document.text());
    const double prepare = medianMs(20, [&] {
        RevisionRequest request;
        request.editedText = edited;
        (void)DocumentRevision::prepare(document, request);
    });
    m_out << "revise_prepare_ms " << prepare << " ms (20 edits and 30 new lines: line breaks, diff, stamp, encode)"
          << Qt::endl;

    RevisionRequest request;
    request.editedText = edited;
    const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
    const double diff = medianMs(20, [&] { (void)LineDiff::compare(document.text(), outcome.text); });
    m_out << "linediff_1400_ms " << diff << " ms" << Qt::endl;

    DiffView view;
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    const double shown = medianMs(10, [&] {
        view.setTexts(document.text(), outcome.text, QStringLiteral("ARC-001-MLOPS-v1.0.md"), outcome.fileName);
        view.oldPane()->viewport()->repaint();
        view.newPane()->viewport()->repaint();
        QCoreApplication::processEvents();
    });
    m_out << "diff_view_1400_ms " << shown << " ms (" << view.changeCount() << " changes; target < 100)" << Qt::endl;
    return 0;
}

} // namespace arckit::bench
