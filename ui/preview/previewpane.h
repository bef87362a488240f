#pragma once
// The live preview of the Markdown document: a sandboxed web page
// (PreviewPage) loaded once; every update is converted off the GUI thread and
// pushed through a QWebChannel as a patch of the changed top-level blocks,
// so there is no reload, no flicker and the scroll position stays. Mermaid
// diagrams are rendered in the page (bundled mermaid, nothing fetched) and
// cached by their source. Follows the palette for light/dark, scrolls in step
// with the editor by source line, exports HTML and PDF.

#include "markdownhtml.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QWidget>

class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace arckit {

class MarkdownConverter;
class PreviewBridge;
class PreviewPage;

class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    // A short debounce that restarts while typing, and a maximum wait so
    // continuous typing still refreshes the preview.
    static constexpr int debounceMs = 30;
    static constexpr int maxWaitMs = 300;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Schedules a (debounced) update.
    void setMarkdown(const QString &markdown);
    QString markdown() const { return m_markdown; }
    // Converts now, skipping the debounce; htmlApplied() follows.
    void updateNow();
    // Scrolls so that the block holding this 1-based source line is at the
    // top (interpolated inside long blocks).
    void scrollToSourceLine(int line);

    // Writes a self-contained HTML file (no scripts). The diagrams are the
    // ones the preview has rendered.
    bool exportHtml(const QString &path, QString *error);
    // Prints the page (after any pending update) to PDF; pdfExported() follows.
    void exportPdf(const QString &path);

    // Every setMarkdown() is a new revision; appliedRevision() is the newest
    // one the page shows. PreviewLatencyMeter uses these.
    int revision() const { return m_revision; }
    int appliedRevision() const { return m_appliedRevision; }
    bool isPageReady() const { return m_pageReady; }
    // For tests: run JavaScript in QWebEngineScript::ApplicationWorld on it.
    PreviewPage *page() const { return m_page; }
    int blockedRequestCount() const;

Q_SIGNALS:
    // The DOM has been patched with the newest conversion and laid out.
    void htmlApplied();
    void previewScrolled(int topSourceLine);
    void externalLinkRequested(const QUrl &url);
    void pdfExported(const QString &path, bool ok);
    // setMarkdown() accepted a change as this revision.
    void updateScheduled(int revision);
    // The page rendered mermaid diagrams and has none left to render.
    void diagramsRendered();

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void conversionRequested(int revision, const QString &markdown); // to the worker thread

private:
    void installScripts();
    void injectMermaid();
    void startConversion();
    void onConverted(int revision, const QList<arckit::MarkdownHtml::Block> &blocks);
    void pushBlocks();
    void onPageReady();
    void onPatchApplied(int revision);
    void onPageScrolled(int topSourceLine);
    void onDiagramSvg(const QString &source, const QString &svg);
    void pushTheme();
    QVariantMap themeVariables() const;
    QString themeCss() const;
    void printPendingPdf();

    QWebEngineView *m_view = nullptr;
    QWebEngineProfile *m_profile = nullptr; // deleted explicitly, after the page
    PreviewPage *m_page = nullptr;
    QWebChannel *m_channel = nullptr;
    PreviewBridge *m_bridge = nullptr;

    QThread m_thread;
    MarkdownConverter *m_converter = nullptr; // lives in m_thread, deleted when it finishes

    QTimer m_debounce;
    QTimer m_maxWait;
    QString m_markdown;
    int m_revision = 0;
    bool m_converting = false;
    bool m_rerunQueued = false;

    bool m_hasConversion = false;
    int m_convertedRevision = 0;
    QList<MarkdownHtml::Block> m_blocks; // newest conversion
    bool m_pageReady = false;
    QStringList m_pageBlocks; // what the page shows once it has applied every pushed patch
    QVariantList m_pageLines;
    int m_pushedRevision = 0;
    bool m_patchInFlight = false; // one patch at a time: a slow page gets the newest, not a queue
    bool m_pushWaiting = false;
    int m_appliedRevision = 0;

    int m_requestedLine = 0; // last scrollToSourceLine(), re-sent after a (re)load
    int m_reportedLine = -1;
    QString m_pendingPdfPath;
    QHash<QString, QString> m_diagramSvgs; // by mermaid source, for export
};

} // namespace arckit
