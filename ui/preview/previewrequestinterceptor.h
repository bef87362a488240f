#pragma once
// Blocks every request of the preview page that is not for the app's own
// resources (qrc:) or inline data (data:): an untrusted document must not
// make the app fetch anything (tracking pixels, remote images, iframes).

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace arckit {

class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.load(); }

private:
    std::atomic<int> m_blocked{0}; // interceptRequest may run off the GUI thread
};

} // namespace arckit
