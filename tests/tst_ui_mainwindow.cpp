// The main window put together on a fixture repository: selecting a project
// drives the panels, a generated document is checked and outlined live,
// outline clicks move the editor, saving writes v1.0 then v1.1 and the tree
// follows, regeneration keeps hand-edited sections, docks can be closed and
// restored.

#include "answersblock.h"
#include "document/documentsession.h"
#include "editor/markdowneditor.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/documentview.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/welcomeview.h"
#include "panels/checklistmodel.h"
#include "panels/checklistpanel.h"
#include "panels/livechecks.h"
#include "panels/outlinemodel.h"
#include "panels/outlinepanel.h"
#include "panels/referencesectionsmodel.h"
#include "panels/requirementsfiltermodel.h"
#include "panels/requirementsmodel.h"
#include "panels/requirementspanel.h"
#include "panels/warningsmodel.h"
#include "panels/warningspanel.h"
#include "project/projecttreemodel.h"
#include "project/projecttreepanel.h"
#include "project/repositorymonitor.h"
#include "repositorybuilder.h"
#include "revisionstamp.h"
#include "sectionmerge.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace arckit;

namespace {

void buildFixture(test::RepositoryBuilder &repository)
{
    repository.document(QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"),
                        QStringLiteral("Architecture Principles"));
    QFile fixture(QStringLiteral(ARCKIT_TEST_DATA "/ui/ARC-001-REQ-v1.1.md"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    repository.write(QStringLiteral("projects/001-fraud-scoring/ARC-001-REQ-v1.1.md"), fixture.readAll());
    repository.document(QStringLiteral("projects/001-fraud-scoring/ARC-001-DATA-v1.0.md"),
                        QStringLiteral("Data Model"));
    repository.document(QStringLiteral("projects/002-payroll/ARC-002-STKE-v1.0.md"), QStringLiteral("Stakeholders"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_highlighting;
    std::unique_ptr<test::RepositoryBuilder> m_repository;
    std::unique_ptr<QTemporaryDir> m_recovery;
    std::unique_ptr<MainWindow> m_window;

    void openFixture()
    {
        QSignalSpy updated(m_window.get(), &MainWindow::repositoryUpdated);
        QVERIFY(m_window->openRepository(m_repository->root()));
        QVERIFY(updated.wait(30000));
    }

    const ProjectAnalysis *analysis(const QString &id) const
    {
        return m_window->snapshot() ? m_window->snapshot()->analysis(id) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_repository = std::make_unique<test::RepositoryBuilder>();
        buildFixture(*m_repository);
        m_recovery = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(m_highlighting, m_recovery->path());
        m_window->resize(1400, 900);
        m_window->show();
        openFixture();
    }

    void cleanup()
    {
        if (m_window)
            m_window->session()->setModified(false); // no question when closing
        m_window.reset();
        m_recovery.reset();
        m_repository.reset();
    }

    void selectingAProjectDrivesThePanels()
    {
        QAbstractItemModelTester treeTester(m_window->treePanel()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester requirementsTester(m_window->requirementsPanel()->filterModel(),
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first ML project is selected by itself.
        QCOMPARE(m_window->currentProjectId(), QStringLiteral("001"));
        RequirementsModel *requirements = m_window->requirementsPanel()->model();
        QCOMPARE(requirements->rowCount(), int(analysis(QStringLiteral("001"))->requirements.size()));
        QVERIFY(requirements->rowCount() >= 8);
        QVERIFY(requirements->mlCount() >= 1);
        WarningsModel *warnings = m_window->warningsPanel()->model();
        bool aipb = false;
        for (const WarningItem &item : warnings->items())
            aipb |= item.title.contains(QStringLiteral("AIPB")) && item.level == MissingDocument::Level::Recommended;
        QVERIFY(aipb);
        QVERIFY(m_window->fileActions()->newAction()->isEnabled());

        QSignalSpy changed(m_window.get(), &MainWindow::projectChanged);
        QVERIFY(m_window->selectProject(QStringLiteral("002")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(requirements->rowCount(), 0);
        QCOMPARE(warnings->count(MissingDocument::Level::Mandatory), 1);
        QVERIFY(warnings->items().first().message.contains(QStringLiteral("$arckit-requirements")));

        QVERIFY(m_window->selectProject(QStringLiteral("000")));
        QVERIFY(!m_window->fileActions()->newAction()->isEnabled()); // 000-global gets no strategy
    }

    void generatedDocumentIsCheckedAndOutlined()
    {
        const ProjectAnalysis *fraud = analysis(QStringLiteral("001"));
        QVERIFY(fraud);
        QString error;
        QSignalSpy checks(m_window->liveChecks(), &LiveChecks::updated);
        QVERIFY2(m_window->fileActions()->generateDocument(*fraud, fraud->defaultAnswers(), &error), qPrintable(error));
        QVERIFY(checks.count() >= 1); // a new document is checked at once
        DocumentSession *session = m_window->session();
        QVERIFY(session->isOpen());
        QVERIFY(session->isMlopsDocument());
        QVERIFY(!session->isRevision());
        QVERIFY(session->isModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(m_window->liveChecks()->validates());
        QVERIFY(m_window->editor()->toPlainText().contains(QStringLiteral("## 7.")));

        // The outline shows the headings; a click moves the editor there.
        OutlinePanel *outline = m_window->outlinePanel();
        QAbstractItemModelTester outlineTester(outline->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(outline->model()->rowCount() >= 1);
        const QModelIndex title = outline->model()->index(0, 0);
        QVERIFY(outline->model()->rowCount(title) >= 15);
        QModelIndex monitoring;
        for (int row = 0; row < outline->model()->rowCount(title); ++row)
            if (outline->model()->index(row, 0, title).data().toString().contains(QStringLiteral("Model Monitoring")))
                monitoring = outline->model()->index(row, 0, title);
        QVERIFY(monitoring.isValid());
        const int line = monitoring.data(OutlineModel::LineRole).toInt();
        QVERIFY(line > 100);
        const QRect rect = outline->view()->visualRect(monitoring);
        outline->view()->scrollTo(monitoring);
        QTest::mouseClick(outline->view()->viewport(), Qt::LeftButton, {},
                          outline->view()->visualRect(monitoring).center());
        Q_UNUSED(rect)
        QCOMPARE(m_window->editor()->currentLine(), line);
        QVERIFY(m_window->editor()->firstVisibleLine() <= line);
        QVERIFY(m_window->editor()->textCursor().block().text().contains(QStringLiteral("Model Monitoring")));
        // Every section the answers call for (9 and 13 are conditional).
        const ReferenceSectionsModel *sections = outline->sectionsModel();
        QVERIFY2(sections->numberedFound() >= 13, qPrintable(outline->sectionsSummary()));
        for (const SectionMatch &match : sections->matches()) {
            const ReferenceSection &section = ReferenceSections::all().at(match.section);
            if (section.number > 0 && !section.isConditional())
                QVERIFY2(match.found(), qPrintable(section.title));
        }
    }

    void checklistUpdatesAfterAnEdit()
    {
        const ProjectAnalysis *fraud = analysis(QStringLiteral("001"));
        QVERIFY(m_window->fileActions()->generateDocument(*fraud, fraud->defaultAnswers()));
        ChecklistModel *checklist = m_window->checklistPanel()->model();
        QAbstractItemModelTester tester(checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ValidationFindings before = checklist->findings();

        // Two new lines near the top move every later finding down.
        QSignalSpy updated(m_window->liveChecks(), &LiveChecks::updated);
        MarkdownEditor *editor = m_window->editor();
        editor->goToLine(2);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("An added paragraph."));
        QVERIFY(updated.wait(3000));
        QTRY_VERIFY_WITH_TIMEOUT(checklist->findings() != before, 3000);
        // Typing many keys gave few check runs (debounced).
        QVERIFY(updated.count() < 5);
        bool clickable = false;
        for (int row = 0; row < checklist->rowCount(); ++row) {
            const int findingLine = checklist->index(row).data(ChecklistModel::LineRole).toInt();
            if (findingLine > 0) {
                QSignalSpy jump(m_window->checklistPanel(), &ChecklistPanel::lineRequested);
                Q_EMIT m_window->checklistPanel()->view()->activated(checklist->index(row));
                QCOMPARE(jump.count(), 1);
                QCOMPARE(editor->currentLine(), findingLine);
                clickable = true;
                break;
            }
        }
        QVERIFY(clickable || checklist->rowCount() == 0);
    }

    void saveWritesVersionsAndTheTreeFollows()
    {
        const ProjectAnalysis *fraud = analysis(QStringLiteral("001"));
        Answers answers = fraud->defaultAnswers();
        answers.owner = QStringLiteral("Ann Example");
        QVERIFY(m_window->fileActions()->generateDocument(*fraud, answers));
        DocumentSession *session = m_window->session();
        const Project project = fraud->project;
        QCOMPARE(DocumentSession::nextFileName(project), QStringLiteral("ARC-001-MLOPS-v1.0.md"));
        SaveResult first = session->saveVersion(project, SaveVersionOptions{});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(first.path.endsWith(QStringLiteral("ARC-001-MLOPS-v1.0.md")));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("*")) || !m_window->isWindowModified());

        // The watcher brings the new document into the tree.
        ProjectTreeModel *tree = m_window->treePanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(tree->indexForKey(QStringLiteral("artifact:001-fraud-scoring:MLOPS")).isValid(),
                                 10000);
        const QByteArray firstBytes = readAll(first.path);

        m_window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(m_window->editor(), QStringLiteral("Reviewed by the board."));
        QVERIFY(session->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->sessionAnalysis() && m_window->sessionAnalysis()->project.latest(QStringLiteral("MLOPS")), 10000);
        SaveVersionOptions options;
        options.author = QStringLiteral("Bob");
        options.changes = QStringLiteral("Board review");
        const SaveResult second = session->saveVersion(m_window->sessionAnalysis()->project, options);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.path.endsWith(QStringLiteral("ARC-001-MLOPS-v1.1.md")));
        QCOMPARE(readAll(first.path), firstBytes);
        const QString text = QString::fromUtf8(readAll(second.path));
        QCOMPARE(RevisionStamp::field(text, QStringLiteral("Version")), QStringLiteral("1.1"));
        QVERIFY(text.contains(QStringLiteral("| Bob | Board review |")));
        QCOMPARE(RevisionStamp::field(text, QStringLiteral("Last Modified")),
                 QDate::currentDate().toString(Qt::ISODate));
        QTRY_COMPARE_WITH_TIMEOUT(tree->indexForKey(QStringLiteral("artifact:001-fraud-scoring:MLOPS"))
                                      .siblingAtColumn(ProjectTreeModel::VersionColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("v1.1"), 10000);

        // Re-opening v1.1 is a revision with the answers restored.
        session->close();
        QVERIFY(m_window->fileActions()->openDocument(second.path));
        QVERIFY(session->isRevision());
        QVERIFY(session->answers());
        QCOMPARE(session->answers()->owner, QStringLiteral("Ann Example"));
        QVERIFY(m_window->fileActions()->reviseAction()->isEnabled());
    }

    void regenerationKeepsHandEditedSections()
    {
        const ProjectAnalysis *fraud = analysis(QStringLiteral("001"));
        Answers answers = fraud->defaultAnswers();
        answers.driftMethod = QStringLiteral("PSI");
        QVERIFY(m_window->fileActions()->generateDocument(*fraud, answers));
        DocumentSession *session = m_window->session();
        QVERIFY(m_window->fileActions()->handEditedSections().isEmpty());

        // Edit one section by hand.
        QString text = session->text();
        const qsizetype at = text.indexOf(QStringLiteral("## 8."));
        QVERIFY(at > 0);
        session->replaceText(text.insert(at, QStringLiteral("Hand-written monitoring note.\n\n")));
        const QStringList edited = m_window->fileActions()->handEditedSections();
        QCOMPARE(edited.size(), 1);
        QVERIFY(edited.first().contains(QStringLiteral("Model Monitoring")));

        Answers changed = answers;
        changed.driftMethod = QStringLiteral("Kolmogorov-Smirnov");
        changed.platform = QStringLiteral("Vertex AI");
        QStringList reported;
        QString error;
        QVERIFY2(m_window->fileActions()->regenerate(changed, true, &reported, &error), qPrintable(error));
        QCOMPARE(reported, edited);
        QVERIFY(session->text().contains(QStringLiteral("Hand-written monitoring note.")));
        QVERIFY(session->text().contains(QStringLiteral("Vertex AI"))); // an untouched section took the new answer
        QCOMPARE(AnswersBlock::extract(session->text())->platform, QStringLiteral("Vertex AI"));
        QCOMPARE(session->answers()->driftMethod, QStringLiteral("Kolmogorov-Smirnov"));

        // Undo brings the hand-edited text back as it was; replacing drops the note.
        QVERIFY(m_window->fileActions()->regenerate(changed, false, nullptr, &error));
        QVERIFY(!session->text().contains(QStringLiteral("Hand-written monitoring note.")));
        session->document()->undo();
        QVERIFY(session->text().contains(QStringLiteral("Hand-written monitoring note.")));
    }

    void docksCanBeClosedAndRestored()
    {
        const QList<QDockWidget *> docks = m_window->docks();
        QCOMPARE(docks.size(), 6); // projects, outline, requirements, checklist, warnings, revision
        const QByteArray state = m_window->saveState();
        for (QDockWidget *dock : docks) {
            QVERIFY(!dock->objectName().isEmpty());
            QVERIFY(!dock->accessibleName().isEmpty());
            QVERIFY(dock->isVisible());
            dock->close();
            QVERIFY(!dock->isVisible());
            dock->toggleViewAction()->trigger();
            QVERIFY(dock->isVisible());
        }
        docks.first()->close();
        QVERIFY(m_window->restoreState(state));
        QVERIFY(docks.first()->isVisible());
        QVERIFY(!m_window->editor()->accessibleName().isEmpty());
        QVERIFY(!m_window->treePanel()->view()->accessibleName().isEmpty());

        // Keyboard-only: Alt+2 reaches the outline, Alt+0 the editor, even
        // from a closed dock.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        docks.at(1)->close();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QVERIFY(docks.at(1)->isVisible());
        QTRY_VERIFY(m_window->outlinePanel()->view()->hasFocus());
        // No document open: the welcome view stands where the editor is.
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::AltModifier);
        QTRY_VERIFY(m_window->welcomeView()->isAncestorOf(QApplication::focusWidget()));
        const ProjectAnalysis *fraud = analysis(QStringLiteral("001"));
        QVERIFY(m_window->fileActions()->generateDocument(*fraud, fraud->defaultAnswers()));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY(m_window->outlinePanel()->view()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::AltModifier);
        QTRY_VERIFY(m_window->editor()->hasFocus());
    }

    void aboutNamesTheLibraries()
    {
        const QString versions = AboutDialog::versionsText();
        QVERIFY(versions.contains(QStringLiteral("Qt ")));
        QVERIFY(versions.contains(QStringLiteral("KSyntaxHighlighting 5.")));
        QVERIFY(versions.contains(QStringLiteral("md4c ")));
        QVERIFY(!versions.endsWith(QStringLiteral("md4c ")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcKitTests"));
    QApplication::setApplicationName(QStringLiteral("tst_ui_mainwindow"));
    TestUiMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_mainwindow.moc"
