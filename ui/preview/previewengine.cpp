#include "previewengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtGlobal>

namespace arckit {

bool PreviewEngine::s_setGlIntegration = false;

void PreviewEngine::configure()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") && qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION")) {
            qputenv("QT_XCB_GL_INTEGRATION", "none");
            s_setGlIntegration = true;
        }
    } else {
        // OpenGL after all: the web view shares its contexts with the widgets.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--js-flags"))
        flags += " --js-flags=--lite-mode";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());

    // Without OpenGL, WebEngine prints its whole configuration at start as an
    // "info" message; the environment's QT_LOGGING_RULES still win.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
}

void PreviewEngine::applicationStarted()
{
    if (s_setGlIntegration) {
        qunsetenv("QT_XCB_GL_INTEGRATION");
        s_setGlIntegration = false;
    }
}

} // namespace arckit
