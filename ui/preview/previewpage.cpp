#include "previewpage.h"

#include "previewrequestinterceptor.h"

#include <QLoggingCategory>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcPreviewPage, "arckit.preview.page", QtWarningMsg)

namespace arckit {

QUrl PreviewPage::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/preview/preview.html"));
}

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_interceptor(new PreviewRequestInterceptor(this))
{
    setUrlRequestInterceptor(m_interceptor);

    QWebEngineSettings *s = settings();
    // The document's own (main) world runs nothing; the app's scripts are
    // injected into the application world, which this does not affect.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
    s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);

    connect(this, &QWebEnginePage::featurePermissionRequested, this, &PreviewPage::refuseFeature);
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
}

PreviewPage::~PreviewPage()
{
    setUrlRequestInterceptor(nullptr);
}

int PreviewPage::blockedRequestCount() const
{
    return m_interceptor->blockedCount();
}

void PreviewPage::refuseFeature(const QUrl &origin, Feature feature)
{
    setFeaturePermission(origin, feature, PermissionDeniedByUser);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // frames can only come from a document, and documents get none
    const bool thisPage = url.adjusted(QUrl::RemoveFragment) == pageUrl();
    if (thisPage) {
        // Loading the page itself, or an in-document link (#section), which
        // scrolls without reloading.
        return type != NavigationTypeLinkClicked || url.hasFragment();
    }
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            Q_EMIT externalLinkRequested(url);
    }
    // javascript:, file:, relative links, unknown schemes: refused.
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                           const QString &sourceId)
{
    if (level == ErrorMessageLevel)
        qCWarning(lcPreviewPage).noquote() << sourceId << lineNumber << message;
    else
        qCDebug(lcPreviewPage).noquote() << sourceId << lineNumber << message;
}

} // namespace arckit
