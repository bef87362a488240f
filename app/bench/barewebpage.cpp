#include "barewebpage.h"

#include "preview/previewengine.h"

#include <QApplication>
#include <QTimer>
#include <QWebEngineView>

#include <cstdio>

namespace arckit::bench {

int BareWebPage::run(int &argc, char **argv, bool engineSettings)
{
    if (engineSettings)
        PreviewEngine::configure();
    else
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as Qt WebEngine asks
    QApplication application(argc, argv);
    if (engineSettings)
        PreviewEngine::applicationStarted();
    QWebEngineView view;
    view.resize(1500, 950);
    view.show();
    QTimer::singleShot(0, &view, [] { std::fprintf(stderr, "startup window-shown\n"); });
    QObject::connect(&view, &QWebEngineView::loadFinished, &view, [](bool ok) {
        std::fprintf(stderr, ok ? "startup preview-drawn\n" : "startup preview-failed\n");
        QTimer::singleShot(3000, qApp, &QCoreApplication::quit);
    });
    view.setHtml(QStringLiteral("<!DOCTYPE html><html><body><p>A bare page.</p></body></html>"));
    return application.exec();
}

} // namespace arckit::bench
