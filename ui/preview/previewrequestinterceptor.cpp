#include "previewrequestinterceptor.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPreviewRequests, "arckit.preview.requests", QtWarningMsg)

namespace arckit {

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String("qrc") || scheme == QLatin1String("data"))
        return;
    info.block(true);
    ++m_blocked;
    qCInfo(lcPreviewRequests) << "blocked" << info.requestUrl().toDisplayString();
}

} // namespace arckit
