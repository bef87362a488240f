#include "guiapplication.h"

#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewengine.h"
#include "preview/previewpane.h"
#include "translationloader.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace arckit {

QString exampleRepositoryPath()
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .absoluteFilePath(QStringLiteral("../share/arckit-mlops/example-repository"));
#ifdef ARCKIT_SOURCE_EXAMPLE
    candidates << QStringLiteral(ARCKIT_SOURCE_EXAMPLE);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isDir() && QFileInfo(info.absoluteFilePath() + QStringLiteral("/projects")).isDir())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}

int runGui(int &argc, char **argv, const QString &repositoryOrFile, bool openWizard)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    PreviewEngine::configure();
    QApplication app(argc, argv);
    PreviewEngine::applicationStarted();
    // Before the first tr(): the display name below is translated.
    TranslationLoader translations;
    translations.load();
    QApplication::setOrganizationName(QStringLiteral("ArcKit"));
    QApplication::setApplicationName(QStringLiteral("arckit-mlops"));
    QApplication::setApplicationDisplayName(QObject::tr("ArcKit MLOps Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ARCKIT_VERSION));
    // The installed .desktop file and hicolor icon (taskbar grouping, window icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.arckit.MlopsStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.arckit.MlopsStudio")));

    // One definition repository for the whole application: loading it costs
    // tens of milliseconds and every highlighter shares it.
    KSyntaxHighlighting::Repository highlightingRepository;

    MainWindow window(highlightingRepository);
    window.show();
    // ARCKIT_STARTUP_PROBE: say on stderr when the window is up and when the
    // preview first shows the document, then quit; arckit-mlops-bench --gui
    // times cold start and reads memory with it.
    if (qEnvironmentVariableIsSet("ARCKIT_STARTUP_PROBE")) {
        QTimer::singleShot(0, &window, [] { std::fprintf(stderr, "startup window-shown\n"); });
        QObject::connect(
            window.preview(), &PreviewPane::htmlApplied, &window,
            [] {
                std::fprintf(stderr, "startup preview-drawn\n");
                // Time for the diagrams, if the document has any.
                QTimer::singleShot(15000, qApp, &QCoreApplication::quit);
            },
            Qt::SingleShotConnection);
        QObject::connect(
            window.preview(), &PreviewPane::diagramsRendered, &window,
            [] {
                std::fprintf(stderr, "startup diagrams-drawn\n");
                QTimer::singleShot(3000, qApp, &QCoreApplication::quit);
            },
            Qt::SingleShotConnection);
    }
    window.openAtStart(repositoryOrFile, exampleRepositoryPath());
    if (openWizard) {
        // --new (the desktop file's "New MLOps Strategy" action): the wizard
        // on the selected project, once the scan has picked one; the scan
        // runs in the background, so wait for its first result if needed.
        const auto startWizard = [&window] {
            QTimer::singleShot(0, &window, [&window] { window.fileActions()->newDocument(); });
        };
        if (window.currentAnalysis())
            startWizard();
        else
            QObject::connect(&window, &MainWindow::repositoryUpdated, &window, startWizard, Qt::SingleShotConnection);
    }
    return app.exec();
}

} // namespace arckit
