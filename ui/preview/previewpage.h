#pragma once
// The preview's web page, locked down for untrusted documents (the KDE
// messagelib mail viewer model): JavaScript off in the main world (the app's
// own scripts run in the application world), no plugins, storage, clipboard,
// windows or permissions, no remote loads, and navigation kept inside the
// page; http(s) and mailto links are handed to the GUI instead.

#include <QWebEnginePage>

namespace arckit {

class PreviewRequestInterceptor;

class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    // The page the preview loads once; its assets live next to it in qrc.
    static QUrl pageUrl();

    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~PreviewPage() override;

    // Requests refused by the interceptor since the page was made.
    int blockedRequestCount() const;

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceId) override;

private:
    void refuseFeature(const QUrl &origin, Feature feature);

    PreviewRequestInterceptor *m_interceptor; // child QObject: outlives the page's engine side
};

} // namespace arckit
