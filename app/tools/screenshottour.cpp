#include "screenshottour.h"

#include "document/documentsession.h"
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "mainwindow/documentview.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "panels/livechecks.h"
#include "preview/previewpane.h"
#include "project/repositorymonitor.h"
#include "revision/diffview.h"
#include "revision/revisiondialog.h"
#include "revision/revisionpanel.h"
#include "revision/sectiongapsmodel.h"
#include "wizard/mlopswizard.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace arckit {

namespace {

// Waits for signal from sender, or timeoutMs; true when the signal came.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool received = false;
    QObject::connect(sender, signal, &loop, [&] {
        received = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return received;
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// On a real display (Xvfb included) the screen holds what was drawn, GPU
// composited web content too; widget grabs miss that content.
QPixmap capture(QWidget *widget)
{
    widget->raise();
    widget->activateWindow();
    settle(150);
    if (QGuiApplication::platformName() == QLatin1String("xcb") && widget->window()->windowHandle()) {
        QScreen *screen = widget->window()->windowHandle()->screen();
        const QPoint origin = widget->mapToGlobal(QPoint(0, 0));
        const QPixmap shot = screen->grabWindow(0, origin.x(), origin.y(), widget->width(), widget->height());
        if (!shot.isNull())
            return shot;
    }
    return widget->grab();
}

bool save(const QPixmap &pixmap, const QString &outDir, const QString &name)
{
    const QString path = QDir(outDir).filePath(name);
    const bool ok = !pixmap.isNull() && pixmap.save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

// Revising the repository's first existing strategy, if it has one: the
// Revision panel, the text after inserting the missing sections, and the
// save dialog with its diff.
bool revisionTour(MainWindow &window, const QString &repo, const QString &outDir)
{
    QStringList strategies;
    QDirIterator it(repo + QStringLiteral("/projects"), {QStringLiteral("ARC-*-MLOPS-v*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        strategies.append(it.next());
    strategies.sort();
    if (strategies.isEmpty())
        return true;
    if (!window.fileActions()->openDocument(strategies.constFirst()))
        return false;
    window.liveChecks()->runNow();
    waitFor(window.preview(), &PreviewPane::htmlApplied, 30000);
    settle(800);
    bool ok = save(capture(&window), outDir, QStringLiteral("revision-panel.png"));
    window.fileActions()->insertSections(window.revisionPanel()->gapsModel()->missingKeys());
    window.liveChecks()->runNow();
    settle(1500);
    ok &= save(capture(&window), outDir, QStringLiteral("revision-inserted.png"));
    RevisionDialog dialog(window.session(), QStringLiteral("Alex Morgan"), &window);
    dialog.resize(1300, 860);
    dialog.show();
    dialog.diffView()->nextChange();
    settle(300);
    ok &= save(capture(&dialog), outDir, QStringLiteral("revision-dialog.png"));
    dialog.close();
    return ok;
}

// The first two wizard pages on a repository with long project, document and
// file names: nothing may scroll sideways or be cut off.
bool longNamesTour(MainWindow &window, const QString &repo, const QString &outDir)
{
    if (!window.openRepository(repo))
        return false;
    if (!waitFor(&window, &MainWindow::repositoryUpdated, 60000) || !window.currentAnalysis()) {
        std::fprintf(stderr, "no project to show in %s\n", qPrintable(repo));
        return false;
    }
    MlopsWizard wizard(*window.currentAnalysis(), window.currentAnalysis()->defaultAnswers(), &window);
    wizard.resize(1000, 760);
    wizard.show();
    bool ok = true;
    wizard.showPage(MlopsWizard::ProjectPage);
    settle(200);
    ok &= save(capture(&wizard), outDir, QStringLiteral("long-names-wizard-1-project.png"));
    wizard.showPage(MlopsWizard::UseCasePage);
    settle(200);
    ok &= save(capture(&wizard), outDir, QStringLiteral("long-names-wizard-2-use-case.png"));
    wizard.close(); // nothing was changed: no question
    return ok;
}

// The use-case page's model inventory, filled from the profile, lies below
// the first screen: scrolled into view, then pictured.
bool inventoryPicture(MlopsWizard &wizard, const QString &outDir, const QString &name)
{
    auto *models = wizard.currentPage()->findChild<QTableView *>(QStringLiteral("models"));
    auto *scroll = wizard.currentPage()->findChild<QScrollArea *>();
    if (!models || !scroll)
        return true; // a page without an inventory: nothing to picture
    scroll->ensureWidgetVisible(models->parentWidget(), 0, 0);
    settle(200);
    return save(capture(&wizard), outDir, name);
}

// Section 1 of the generated document in the preview: the AI capabilities
// matrix and, below it, the architecture flowchart that mermaid draws.
bool sectionOnePreview(MainWindow &window, const QString &outDir, const QString &name)
{
    const QStringList lines = window.session()->text().split(QLatin1Char('\n'));
    int matrix = -1;
    for (int i = 0; i < lines.size() && matrix < 0; ++i)
        if (lines.at(i).startsWith(QLatin1String("## 1.")))
            matrix = i;
    for (int i = std::max(matrix, 0); i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("| Capability"))) {
            matrix = i;
            break;
        }
    }
    if (matrix < 0) {
        std::fprintf(stderr, "no section 1 in the generated document\n");
        return false;
    }
    // As a reader would look at it: the preview given the editor's width too.
    auto *view = window.findChild<DocumentView *>();
    const QList<int> sizes = view->sizes();
    view->setSizes({0, sizes.value(0) + sizes.value(1)});
    window.preview()->scrollToSourceLine(std::max(1, matrix - 1)); // the heading above the table
    settle(2500);                                                  // mermaid draws after the scroll
    const bool ok = save(capture(window.preview()), outDir, name);
    view->setSizes(sizes);
    return ok;
}

// Another repository (a real one, when the screenshots target finds the
// corpus): the wizard's use-case page and model inventory as its documents
// fill them, and section 1 of the strategy generated from those answers.
bool otherRepositoryTour(MainWindow &window, const QString &repo, const QString &outDir)
{
    if (!window.openRepository(repo))
        return false;
    if (!waitFor(&window, &MainWindow::repositoryUpdated, 60000) || !window.currentAnalysis()) {
        std::fprintf(stderr, "no project to show in %s\n", qPrintable(repo));
        return false;
    }
    const ProjectAnalysis analysis = *window.currentAnalysis();
    Answers answers = analysis.defaultAnswers();
    bool ok = true;
    {
        MlopsWizard wizard(analysis, answers, &window);
        wizard.resize(1000, 760);
        wizard.show();
        wizard.showPage(MlopsWizard::UseCasePage);
        settle(200);
        ok &= save(capture(&wizard), outDir, QStringLiteral("other-wizard-2-use-case.png"));
        ok &= inventoryPicture(wizard, outDir, QStringLiteral("other-wizard-2b-inventory.png"));
        wizard.close(); // nothing was changed: no question
    }
    QString error;
    if (!window.fileActions()->generateDocument(analysis, answers, &error)) {
        std::fprintf(stderr, "the document could not be generated: %s\n", qPrintable(error));
        return false;
    }
    waitFor(window.preview(), &PreviewPane::htmlApplied, 30000);
    settle(1200);
    ok &= sectionOnePreview(window, outDir, QStringLiteral("other-preview-section-1.png"));
    window.session()->setModified(false); // no question on closing
    return ok;
}

// The find bar (replace shown) over the generated document.
bool findBarTour(MainWindow &window, const QString &outDir)
{
    FindBar *bar = window.findChild<DocumentView *>()->findBar();
    window.editor()->moveCursor(QTextCursor::Start);
    bar->openReplace();
    bar->findField()->setText(QStringLiteral("drift"));
    bar->replaceField()->setText(QStringLiteral("data drift"));
    bar->findNext();
    settle(400);
    const bool ok = save(capture(&window), outDir, QStringLiteral("find-bar.png"));
    bar->close();
    return ok;
}

// The first two pages of the generated document exported as PDF, rendered
// with pdftoppm (poppler-utils), to check the marks by eye.
bool pdfTour(MainWindow &window, const QString &outDir)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        std::fprintf(stderr, "pdftoppm (poppler-utils) not found: no PDF page pictures\n");
        return true;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("export.pdf"));
    window.preview()->exportPdf(pdf);
    if (!waitFor(window.preview(), &PreviewPane::pdfExported, 60000))
        return false;
    bool ok = true;
    for (int page = 1; page <= 2; ++page) {
        const QString prefix = QDir(outDir).filePath(QStringLiteral("pdf-page-%1").arg(page));
        const int rc =
            QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                                         QString::number(page), QStringLiteral("-l"), QString::number(page),
                                         QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, prefix});
        ok &= rc == 0;
        std::fprintf(rc == 0 ? stdout : stderr, "%s %s.png\n", rc == 0 ? "wrote" : "FAILED", qPrintable(prefix));
    }
    return ok;
}

// The Revision panel on a copy of the generated document with one numbered
// section deleted: the gap view lists it missing.
bool deletedSectionTour(MainWindow &window, const QString &markdown, const QString &projectFolder,
                        const QString &outDir)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("## 10. "))) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return true;
    qsizetype end = start + 1;
    while (end < lines.size() && !lines.at(end).startsWith(QLatin1String("## ")))
        ++end;
    lines.remove(start, end - start);
    // In a scratch copy of the project folder, so that the repository is not touched.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QFileInfo(projectFolder).fileName());
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QStringLiteral("ARC-%1-MLOPS-v1.0.md").arg(QFileInfo(projectFolder).fileName().left(3)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines.join(QLatin1Char('\n')).toUtf8()) < 0)
        return false;
    file.close();
    if (!window.fileActions()->openDocument(path))
        return false;
    window.liveChecks()->runNow();
    waitFor(window.preview(), &PreviewPane::htmlApplied, 30000);
    settle(800);
    const bool ok = save(capture(&window), outDir, QStringLiteral("revision-deleted-section.png"));
    window.session()->setModified(false);
    return ok;
}

} // namespace

int runScreenshotTour(int &argc, char **argv, const QString &repo, const QString &outDir, const QString &longNamesRepo,
                      const QString &otherRepo)
{
    // The preview's web view shares OpenGL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcKit"));
    QApplication::setApplicationName(QStringLiteral("arckit-mlops-tour"));
    QApplication::setApplicationDisplayName(QObject::tr("ArcKit MLOps Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ARCKIT_VERSION));
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 2;
    }

    // The tour must not see the user's recent files or recovery copies, nor a
    // window layout left by an earlier tour.
    QSettings().clear();
    QTemporaryDir recovery;
    KSyntaxHighlighting::Repository highlighting;
    MainWindow window(highlighting, recovery.path());
    window.resize(1600, 1000);
    window.show();
    if (!window.openRepository(repo))
        return 2;
    if (!window.snapshot() && !waitFor(window.monitor(), &RepositoryMonitor::snapshotChanged, 60000)) {
        std::fprintf(stderr, "the repository scan did not finish\n");
        return 2;
    }
    const QString projectId = window.treePanel() ? window.currentProjectId() : QString();
    const ProjectAnalysis *analysis = window.currentAnalysis();
    if (!analysis) {
        std::fprintf(stderr, "no project to show in %s\n", qPrintable(repo));
        return 2;
    }
    settle(300);

    // No document yet: the welcome view in place of the editor and preview.
    bool ok = save(capture(&window), outDir, QStringLiteral("welcome.png"));
    Answers answers = analysis->defaultAnswers();
    {
        MlopsWizard wizard(*analysis, answers, &window);
        wizard.resize(1000, 760);
        wizard.show();
        static const char *const names[] = {"project",  "use-case",   "maturity", "governance",
                                            "platform", "monitoring", "llm",      "review"};
        for (int page = MlopsWizard::ProjectPage; page <= MlopsWizard::ReviewPage; ++page) {
            wizard.showPage(MlopsWizard::PageId(page));
            settle(200);
            ok &= save(capture(&wizard), outDir,
                       QStringLiteral("wizard-%1-%2.png").arg(page + 1).arg(QLatin1String(names[page])));
            if (page == MlopsWizard::UseCasePage) {
                ok &= inventoryPicture(wizard, outDir, QStringLiteral("wizard-2b-inventory.png"));
            }
        }
        answers = wizard.answers();
        wizard.close();
    }

    QString error;
    const ProjectAnalysis *current = window.snapshot() ? window.snapshot()->analysis(projectId) : nullptr;
    const QString projectFolder = current ? current->project.path : QString();
    if (!current || !window.fileActions()->generateDocument(*current, answers, &error)) {
        std::fprintf(stderr, "the document could not be generated: %s\n", qPrintable(error));
        return 1;
    }
    window.liveChecks()->runNow();
    // The preview loads its page once and then receives HTML: wait for it, then
    // one more frame so that mermaid and layout have been painted.
    waitFor(window.preview(), &PreviewPane::htmlApplied, 30000);
    settle(1200);
    ok &= save(capture(&window), outDir, QStringLiteral("main-window.png"));
    ok &= save(capture(window.preview()), outDir, QStringLiteral("preview.png"));
    ok &= sectionOnePreview(window, outDir, QStringLiteral("preview-section-1.png"));
    // The emoji of the document (✅ ⚠️) in the editor: glyphs, not empty boxes.
    const QStringList lines = window.session()->text().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(QStringLiteral("✅")) || lines.at(i).contains(QStringLiteral("⚠️"))) {
            window.editor()->goToLine(i + 1);
            settle(300);
            ok &= save(capture(window.editor()), outDir, QStringLiteral("editor-emoji.png"));
            break;
        }
    }
    ok &= findBarTour(window, outDir);
    ok &= pdfTour(window, outDir);
    const QString generated = window.session()->text();
    window.session()->setModified(false);
    ok &= deletedSectionTour(window, generated, projectFolder, outDir);
    ok &= revisionTour(window, repo, outDir);
    window.session()->setModified(false); // no question on switching or closing
    if (!longNamesRepo.isEmpty())
        ok &= longNamesTour(window, longNamesRepo, outDir);
    if (!otherRepo.isEmpty() && !QFileInfo(otherRepo).isDir())
        std::fprintf(stderr, "%s not found: no pictures of a further repository\n", qPrintable(otherRepo));
    else if (!otherRepo.isEmpty())
        ok &= otherRepositoryTour(window, otherRepo, outDir);
    window.close();
    return ok ? 0 : 1;
}

} // namespace arckit
