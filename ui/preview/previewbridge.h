#pragma once
// The one object the preview page sees through the QWebChannel. The page's
// script (application world) calls the slots; the pane emits the "to the
// page" signals with new content. Plain signals, not a property's NOTIFY:
// QWebChannel batches property updates, which costs about 40 ms a keystroke.

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace arckit {

class PreviewBridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS: // called by the page
    void ready() { Q_EMIT pageReady(); }
    void applied(int revision) { Q_EMIT patchApplied(revision); }
    void scrolled(int topSourceLine) { Q_EMIT pageScrolled(topSourceLine); }
    void diagramRendered(const QString &source, const QString &svg) { Q_EMIT diagramSvg(source, svg); }
    void diagramsIdle() { Q_EMIT diagramsFinished(); }
    // The page has a diagram to draw and no mermaid yet.
    void requestMermaid() { Q_EMIT mermaidRequested(); }

Q_SIGNALS: // to the page
    // Replace removeCount blocks at start with blocks; lines holds the
    // source line of every block after the patch.
    void patch(int revision, int start, int removeCount, const QStringList &blocks, const QVariantList &lines);
    void themeChanged(const QVariantMap &cssVariables, bool dark);
    void scrollRequested(int sourceLine);

Q_SIGNALS: // to the pane
    void pageReady();
    void patchApplied(int revision);
    void pageScrolled(int topSourceLine);
    void diagramSvg(const QString &source, const QString &svg);
    void diagramsFinished();
    void mermaidRequested();
};

} // namespace arckit
