// The hostile repository (tests/hostilerepository.h) opened in the real main
// window, offscreen: the scan finishes, the tree shows every project and a
// problem node for each bad file, selecting each project fills the panels
// (the warnings list names its bad files), and nothing crashes.

#include "hostilerepository.h"
#include "mainwindow/mainwindow.h"
#include "panels/requirementsmodel.h"
#include "panels/requirementspanel.h"
#include "panels/warningsmodel.h"
#include "panels/warningspanel.h"
#include "project/projecttreemodel.h"
#include "project/projecttreepanel.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace arckit;
using arckit::test::HostileRepository;

namespace {

// Every node's text under parent, with the problem nodes marked.
void collect(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &problems, int &nodes)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        ++nodes;
        if (index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::Kind>() == ProjectTreeModel::Kind::Problem)
            problems << index.data(Qt::DisplayRole).toString() + QLatin1Char(' ') +
                            index.data(Qt::ToolTipRole).toString() + QLatin1Char(' ') +
                            index.data(ProjectTreeModel::PathRole).toString();
        collect(model, index, problems, nodes);
    }
}

} // namespace

class TestUiHostileRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_repo.isValid());
        QVERIFY(m_recovery.isValid());
        m_window = std::make_unique<MainWindow>(m_highlighting, m_recovery.path());
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy updated(m_window.get(), &MainWindow::repositoryUpdated);
        QVERIFY(m_window->openRepository(m_repo.root()));
        QVERIFY(updated.wait(300000));
    }

    void treeShowsProjectsAndProblems()
    {
        ProjectTreeModel *model = m_window->treePanel()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList problems;
        int nodes = 0;
        collect(model, {}, problems, nodes);
        for (const HostileRepository::GoodProject &good : m_repo.goodProjects())
            QVERIFY2(model->projectIndex(good.dirName.left(3)).isValid(), qPrintable(good.dirName));
        qInfo("%d tree nodes, %lld problem nodes", nodes, qlonglong(problems.size()));
        // Every bad file is a problem node (under its project, or the repository).
        for (const HostileRepository::BadFile &bad : m_repo.badFiles()) {
            const QString name = bad.pathPart.section(QLatin1Char('/'), -1);
            bool shown = false;
            for (const QString &problem : std::as_const(problems))
                shown |= problem.contains(name);
            QVERIFY2(shown, qPrintable(bad.name + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
        }
    }

    void everyProjectFillsThePanels_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("minRequirements");
        QTest::addColumn<QString>("problemPath");
        for (const HostileRepository::GoodProject &good : m_repo.goodProjects())
            QTest::newRow(qPrintable(good.dirName)) << good.dirName.left(3) << good.minRequirements << QString();
        for (const HostileRepository::BadFile &bad : m_repo.badFiles()) {
            // A project linked from outside is not a project at all.
            if (bad.pathPart == QLatin1String("015-outside-folder"))
                continue;
            QTest::newRow(qPrintable(bad.name)) << bad.pathPart.left(3) << 0 << bad.pathPart;
        }
    }
    void everyProjectFillsThePanels()
    {
        QFETCH(QString, id);
        QFETCH(int, minRequirements);
        QFETCH(QString, problemPath);
        QVERIFY(m_window->selectProject(id));
        QCOMPARE(m_window->currentProjectId(), id);
        QTest::qWait(0); // let queued panel updates run
        const RequirementsModel *requirements = m_window->requirementsPanel()->model();
        QVERIFY2(requirements->rowCount() >= minRequirements, qPrintable(QString::number(requirements->rowCount())));
        if (problemPath.isEmpty())
            return;
        bool named = false;
        for (const WarningItem &item : m_window->warningsPanel()->model()->items())
            named |= item.title.contains(problemPath) || item.path.contains(problemPath);
        QVERIFY2(named, qPrintable(problemPath));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("peak memory (max RSS): %ld MB", usage.ru_maxrss / 1024);
    }

private:
    HostileRepository m_repo;
    QTemporaryDir m_recovery;
    KSyntaxHighlighting::Repository m_highlighting;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestUiHostileRepository)
#include "tst_ui_hostile_repository.moc"
