#include "previewpane.h"

#include "blockpatch.h"
#include "documentstructure.h"
#include "documentwriter.h"
#include "markdownconverter.h"
#include "pdfpagestamp.h"
#include "previewbridge.h"
#include "previewpage.h"
#include "standalonehtml.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcPreview, "arckit.preview", QtWarningMsg)

namespace arckit {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPreview) << "missing resource" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QWebEngineScript applicationScript(const QString &name, const QString &resource,
                                   QWebEngineScript::InjectionPoint injectionPoint)
{
    QWebEngineScript script;
    script.setName(name);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(injectionPoint);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(readResource(resource));
    return script;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

constexpr int kMaxCachedDiagrams = 64;

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
{
    qRegisterMetaType<QList<arckit::MarkdownHtml::Block>>();

    m_view = new QWebEngineView(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // Off the record: nothing of a document is written to disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_page = new PreviewPage(m_profile, this);
    m_page->setBackgroundColor(palette().color(QPalette::Base));

    m_bridge = new PreviewBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("preview"), m_bridge);
    // The same world as the scripts, or the page sees no `qt` object.
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    installScripts();

    connect(m_page, &PreviewPage::externalLinkRequested, this, &PreviewPane::externalLinkRequested);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                qCWarning(lcPreview) << "preview renderer ended" << status << exitCode << "- reloading";
                m_pageReady = false;
                m_page->load(PreviewPage::pageUrl());
            });
    connect(m_bridge, &PreviewBridge::pageReady, this, &PreviewPane::onPageReady);
    connect(m_bridge, &PreviewBridge::patchApplied, this, &PreviewPane::onPatchApplied);
    connect(m_bridge, &PreviewBridge::pageScrolled, this, &PreviewPane::onPageScrolled);
    connect(m_bridge, &PreviewBridge::diagramSvg, this, &PreviewPane::onDiagramSvg);
    connect(m_bridge, &PreviewBridge::diagramsFinished, this, &PreviewPane::diagramsRendered);
    connect(m_bridge, &PreviewBridge::mermaidRequested, this, &PreviewPane::injectMermaid);

    // Only copying: the default menu offers reload, back and "view source".
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_page->action(QWebEnginePage::Copy));
        menu.addAction(m_page->action(QWebEnginePage::SelectAll));
        menu.exec(m_view->mapToGlobal(position));
    });

    m_converter = new MarkdownConverter;
    m_converter->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_converter, &QObject::deleteLater);
    connect(this, &PreviewPane::conversionRequested, m_converter, &MarkdownConverter::convert);
    connect(m_converter, &MarkdownConverter::converted, this, &PreviewPane::onConverted);
    m_thread.setObjectName(QStringLiteral("markdown-preview"));
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(maxWaitMs);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPane::startConversion);
    connect(&m_maxWait, &QTimer::timeout, this, &PreviewPane::startConversion);

    m_view->setPage(m_page);
    m_page->load(PreviewPage::pageUrl());
}

PreviewPane::~PreviewPane()
{
    m_thread.quit();
    m_thread.wait();
    // The view before its page, the page before its profile.
    delete m_view;
    delete m_page;
    delete m_profile;
}

void PreviewPane::installScripts()
{
    QWebEngineScriptCollection &scripts = m_page->scripts();
    scripts.insert(applicationScript(QStringLiteral("qwebchannel"), QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                     QWebEngineScript::DocumentCreation));
    scripts.insert(applicationScript(QStringLiteral("arckit-preview"), QStringLiteral(":/preview/preview.js"),
                                     QWebEngineScript::DocumentReady));
}

void PreviewPane::injectMermaid()
{
    // Only once a document has a diagram (the page asks): parsing 2.5 MB of
    // script at every page load held back the first view by a few hundred
    // milliseconds, for documents that mostly have no diagram at all.
    // Mermaid 11 works in the application world; 12 hangs there.
    const QString mermaid = readResource(QStringLiteral(":/preview/mermaid.min.js"));
    if (mermaid.isEmpty())
        return;
    m_page->runJavaScript(mermaid + QStringLiteral("\n;globalThis.arckitMermaidLoaded();\n"),
                          QWebEngineScript::ApplicationWorld);
}

int PreviewPane::blockedRequestCount() const
{
    return m_page->blockedRequestCount();
}

void PreviewPane::setMarkdown(const QString &markdown)
{
    if (markdown == m_markdown && m_revision > 0)
        return;
    m_markdown = markdown;
    ++m_revision;
    Q_EMIT updateScheduled(m_revision);
    m_debounce.start();
    if (!m_maxWait.isActive())
        m_maxWait.start();
}

void PreviewPane::updateNow()
{
    startConversion();
}

void PreviewPane::startConversion()
{
    m_debounce.stop();
    m_maxWait.stop();
    if (m_converting) {
        // At most one rerun waits; it takes the newest text when it starts.
        m_rerunQueued = true;
        return;
    }
    m_converting = true;
    Q_EMIT conversionRequested(m_revision, m_markdown);
}

void PreviewPane::onConverted(int revision, const QList<MarkdownHtml::Block> &blocks)
{
    m_converting = false;
    m_hasConversion = true;
    m_convertedRevision = revision;
    m_blocks = blocks;
    if (m_pageReady && m_patchInFlight)
        m_pushWaiting = true;
    else if (m_pageReady)
        pushBlocks();
    if (m_rerunQueued) {
        m_rerunQueued = false;
        startConversion();
    }
}

void PreviewPane::pushBlocks()
{
    QStringList html;
    QVariantList lines;
    html.reserve(m_blocks.size());
    lines.reserve(m_blocks.size());
    for (const MarkdownHtml::Block &block : std::as_const(m_blocks)) {
        html.append(block.html);
        lines.append(block.line);
    }
    const BlockPatch patch = BlockPatch::between(m_pageBlocks, html);
    m_pushWaiting = false;
    if (patch.isEmpty() && lines == m_pageLines) {
        // The page already shows exactly this.
        m_pushedRevision = m_appliedRevision = m_convertedRevision;
        Q_EMIT htmlApplied();
        printPendingPdf();
        return;
    }
    m_pageBlocks = html;
    m_pageLines = lines;
    m_pushedRevision = m_convertedRevision;
    m_patchInFlight = true;
    Q_EMIT m_bridge->patch(m_convertedRevision, patch.start, patch.removeCount, patch.inserted, lines);
}

void PreviewPane::onPageReady()
{
    // A fresh DOM (first load, or a reload after the renderer died).
    m_pageReady = true;
    m_pageBlocks.clear();
    m_pageLines.clear();
    m_patchInFlight = false;
    pushTheme();
    if (m_hasConversion)
        pushBlocks();
    if (m_requestedLine > 0)
        Q_EMIT m_bridge->scrollRequested(m_requestedLine);
}

void PreviewPane::onPatchApplied(int revision)
{
    m_patchInFlight = false;
    m_appliedRevision = std::max(m_appliedRevision, revision);
    Q_EMIT htmlApplied();
    printPendingPdf();
    if (m_pushWaiting)
        pushBlocks(); // a newer conversion arrived meanwhile
}

void PreviewPane::scrollToSourceLine(int line)
{
    m_requestedLine = std::max(1, line);
    if (m_pageReady)
        Q_EMIT m_bridge->scrollRequested(m_requestedLine);
}

void PreviewPane::onPageScrolled(int topSourceLine)
{
    if (topSourceLine == m_reportedLine)
        return;
    m_reportedLine = topSourceLine;
    Q_EMIT previewScrolled(topSourceLine);
}

void PreviewPane::onDiagramSvg(const QString &source, const QString &svg)
{
    if (m_diagramSvgs.size() >= kMaxCachedDiagrams) {
        // Drop diagrams no longer in the document (typing in a diagram
        // renders every intermediate version).
        for (auto it = m_diagramSvgs.begin(); it != m_diagramSvgs.end();) {
            if (!m_markdown.contains(it.key()))
                it = m_diagramSvgs.erase(it);
            else
                ++it;
        }
    }
    m_diagramSvgs.insert(source, svg);
}

QVariantMap PreviewPane::themeVariables() const
{
    const QPalette p = palette();
    const QColor bg = p.color(QPalette::Base);
    const QColor fg = p.color(QPalette::Text);
    return {
        {QStringLiteral("--bg"), bg.name()},
        {QStringLiteral("--fg"), fg.name()},
        {QStringLiteral("--muted"), mix(fg, bg, 0.4).name()},
        {QStringLiteral("--link"), p.color(QPalette::Link).name()},
        {QStringLiteral("--border"), mix(bg, fg, 0.2).name()},
        {QStringLiteral("--code-bg"), mix(bg, fg, 0.07).name()},
        {QStringLiteral("--stripe"), mix(bg, fg, 0.035).name()},
        {QStringLiteral("--accent"), p.color(QPalette::Highlight).name()},
    };
}

QString PreviewPane::themeCss() const
{
    QString css = QStringLiteral(":root {");
    const QVariantMap variables = themeVariables();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        css += QStringLiteral(" %1: %2;").arg(it.key(), it.value().toString());
    return css + QStringLiteral(" }\n");
}

void PreviewPane::pushTheme()
{
    const QColor bg = palette().color(QPalette::Base);
    m_page->setBackgroundColor(bg);
    if (m_pageReady)
        Q_EMIT m_bridge->themeChanged(themeVariables(), bg.lightnessF() < 0.5);
}

void PreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        pushTheme();
    QWidget::changeEvent(event);
}

bool PreviewPane::exportHtml(const QString &path, QString *error)
{
    const QString css = themeCss() + readResource(QStringLiteral(":/preview/preview.css"));
    const QString html = StandaloneHtml::build(MarkdownHtml::toBlocks(m_markdown), m_diagramSvgs, css);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PreviewPane::exportPdf(const QString &path)
{
    m_pendingPdfPath = path;
    if (m_appliedRevision == m_revision && !m_converting && !m_debounce.isActive())
        printPendingPdf();
    else
        updateNow(); // prints once the page shows the newest text
}

void PreviewPane::printPendingPdf()
{
    if (m_pendingPdfPath.isEmpty() || m_appliedRevision != m_revision)
        return;
    const QString path = std::exchange(m_pendingPdfPath, QString());
    // Room at the top and bottom of each page for the marks PdfPageStamp adds.
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(15, PdfPageStamp::marginMm, 15, PdfPageStamp::marginMm),
                             QPageLayout::Millimeter);
    const DocumentStructure structure = DocumentStructure::parse(m_markdown);
    PdfStampText marks;
    marks.marking = structure.fieldValue(u"Classification");
    if (marks.marking.startsWith(QLatin1Char('['))) // a template placeholder is no marking
        marks.marking.clear();
    marks.documentId = structure.fieldValue(u"Document ID");
    marks.version = structure.fieldValue(u"Version");
    // The bytes come back here rather than being written by the web engine,
    // which creates the file readable by its owner only; DocumentWriter gives
    // it the permissions of a saved document.
    m_page->printToPdf(
        [pane = QPointer<PreviewPane>(this), path, marks](const QByteArray &printed) {
            if (!pane)
                return;
            if (printed.isEmpty()) {
                Q_EMIT pane->pdfExported(path, false);
                return;
            }
            const PdfStampResult stamped = PdfPageStamp::apply(printed, marks);
            if (!stamped.ok())
                qCWarning(lcPreview) << "PDF exported without page marks:" << stamped.error;
            const SaveResult saved = DocumentWriter::writeFile(path, stamped.ok() ? stamped.pdf : printed, true);
            if (!saved.ok())
                qCWarning(lcPreview) << "PDF export failed:" << saved.error;
            Q_EMIT pane->pdfExported(path, saved.ok());
        },
        layout);
}

} // namespace arckit
