// The project tree: built from a fixture repository scanned on the monitor's
// thread, checked node by node, kept up to date by the file watcher; and the
// example repository when it is there.

#include "project/projecttreemodel.h"
#include "project/projecttreepanel.h"
#include "project/repositorymonitor.h"
#include "repositorybuilder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace arckit;

namespace {

using Kind = ProjectTreeModel::Kind;
using Level = MissingDocument::Level;

void buildFixture(test::RepositoryBuilder &repository)
{
    repository.document(QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"),
                        QStringLiteral("Architecture Principles"));
    repository.document(QStringLiteral("projects/001-fraud-scoring/ARC-001-REQ-v1.0.md"),
                        QStringLiteral("Old Requirements"));
    QFile fixture(QStringLiteral(ARCKIT_TEST_DATA "/ui/ARC-001-REQ-v1.1.md"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    repository.write(QStringLiteral("projects/001-fraud-scoring/ARC-001-REQ-v1.1.md"), fixture.readAll());
    repository.document(QStringLiteral("projects/001-fraud-scoring/ARC-001-DATA-v1.0.md"),
                        QStringLiteral("Data Model"));
    repository.document(QStringLiteral("projects/001-fraud-scoring/decisions/ARC-001-ADR-001-v1.0.md"),
                        QStringLiteral("Use Python"));
    repository.document(QStringLiteral("projects/001-fraud-scoring/decisions/ARC-001-ADR-002-v1.0.md"),
                        QStringLiteral("Managed Platform"));
    repository.write(QStringLiteral("projects/001-fraud-scoring/external/model-card.md"), QByteArray("# Model card\n"));
    repository.document(QStringLiteral("projects/001-fraud-scoring/README.md"), QStringLiteral("Fraud scoring"));
    repository.document(QStringLiteral("projects/002-payroll/ARC-002-STKE-v1.0.md"), QStringLiteral("Stakeholders"));
}

RepositorySnapshotPtr scan(RepositoryMonitor &monitor, const QString &root)
{
    QSignalSpy changed(&monitor, &RepositoryMonitor::snapshotChanged);
    monitor.setRoot(root);
    if (!changed.wait(30000))
        return {};
    return monitor.snapshot();
}

} // namespace

class TestUiProjectTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("parentKey");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("children");

        const int none = -1;
        QTest::newRow("global") << "project:000-global"
                                << "repository"
                                << "000-global"
                                << "" << int(Kind::Project) << none << 1;
        QTest::newRow("principles") << "artifact:000-global:PRIN"
                                    << "project:000-global"
                                    << "PRIN · Architecture Principles"
                                    << "v1.0" << int(Kind::Artifact) << none << 0;
        // The project lacks the recommended AI Playbook: a warning icon.
        QTest::newRow("project") << "project:001-fraud-scoring"
                                 << "repository"
                                 << "001-fraud-scoring"
                                 << "" << int(Kind::Project) << int(Level::Recommended) << 6;
        QTest::newRow("latest REQ") << "artifact:001-fraud-scoring:REQ"
                                    << "project:001-fraud-scoring"
                                    << "REQ · Project Requirements: Fixture Fraud Scoring"
                                    << "v1.1" << int(Kind::Artifact) << none << 1;
        QTest::newRow("older REQ folded") << "artifact:001-fraud-scoring:REQ:1.0"
                                          << "artifact:001-fraud-scoring:REQ"
                                          << "Old Requirements"
                                          << "v1.0" << int(Kind::OlderVersion) << none << 0;
        QTest::newRow("ADR group") << "group:001-fraud-scoring:ADR"
                                   << "project:001-fraud-scoring"
                                   << "ADR · Architecture Decision Records"
                                   << "" << int(Kind::TypeGroup) << none << 2;
        QTest::newRow("ADR instance") << "artifact:001-fraud-scoring:ADR-002"
                                      << "group:001-fraud-scoring:ADR"
                                      << "ADR-002 · Managed Platform"
                                      << "v1.0" << int(Kind::Artifact) << none << 0;
        QTest::newRow("missing AIPB") << "missing:001-fraud-scoring:AIPB"
                                      << "project:001-fraud-scoring"
                                      << "AIPB · AI Playbook Assessment (missing, recommended)"
                                      << "" << int(Kind::Missing) << int(Level::Recommended) << 0;
        QTest::newRow("external") << "folder:001-fraud-scoring:external"
                                  << "project:001-fraud-scoring"
                                  << "external/"
                                  << "" << int(Kind::Folder) << none << 1;
        QTest::newRow("external file") << "file:projects/001-fraud-scoring/external/model-card.md"
                                       << "folder:001-fraud-scoring:external"
                                       << "model-card.md"
                                       << "" << int(Kind::File) << none << 0;
        QTest::newRow("other documents") << "folder:001-fraud-scoring:other"
                                         << "project:001-fraud-scoring"
                                         << "Other documents"
                                         << "" << int(Kind::Folder) << none << 1;
        QTest::newRow("no REQ: mandatory") << "missing:002-payroll:REQ"
                                           << "project:002-payroll"
                                           << "REQ · Requirements (missing, mandatory)"
                                           << "" << int(Kind::Missing) << int(Level::Mandatory) << 0;
        QTest::newRow("project without REQ") << "project:002-payroll"
                                             << "repository"
                                             << "002-payroll"
                                             << "" << int(Kind::Project) << int(Level::Mandatory) << 4;
    }

    void nodes()
    {
        QFETCH(QString, key);
        QFETCH(QString, parentKey);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(int, kind);
        QFETCH(int, severity);
        QFETCH(int, children);

        test::RepositoryBuilder repository;
        buildFixture(repository);
        RepositoryMonitor monitor;
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RepositorySnapshotPtr snapshot = scan(monitor, repository.root());
        QVERIFY(snapshot);
        model.setSnapshot(snapshot);

        const QModelIndex index = model.indexForKey(key);
        QVERIFY2(index.isValid(), qPrintable(key));
        QCOMPARE(index.data().toString(), name);
        QCOMPARE(index.siblingAtColumn(ProjectTreeModel::VersionColumn).data().toString(), version);
        QCOMPARE(int(index.data(ProjectTreeModel::KindRole).value<Kind>()), kind);
        QCOMPARE(index.data(ProjectTreeModel::SeverityRole).toInt(), severity);
        QCOMPARE(model.rowCount(index), children);
        QCOMPARE(index.parent().data(ProjectTreeModel::KeyRole).toString(), parentKey);
        if (severity >= 0)
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        if (kind == int(Kind::Artifact) || kind == int(Kind::File))
            QVERIFY(QFile::exists(index.data(ProjectTreeModel::PathRole).toString()));
    }

    void projectOrder()
    {
        test::RepositoryBuilder repository;
        buildFixture(repository);
        RepositoryMonitor monitor;
        ProjectTreeModel model;
        model.setSnapshot(scan(monitor, repository.root()));
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(root), 3);
        QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("000-global"));
        QCOMPARE(model.index(1, 0, root).data().toString(), QStringLiteral("001-fraud-scoring"));
        QCOMPARE(model.projectIndex(QStringLiteral("002")).data().toString(), QStringLiteral("002-payroll"));
    }

    void watcherUpdatesTree()
    {
        test::RepositoryBuilder repository;
        buildFixture(repository);
        RepositoryMonitor monitor;
        monitor.setDebounceInterval(50);
        ProjectTreePanel panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&monitor, &RepositoryMonitor::snapshotChanged, &panel, &ProjectTreePanel::setSnapshot);
        QVERIFY(scan(monitor, repository.root()));
        QVERIFY(monitor.watchedPathCount() > 0);
        QVERIFY(panel.selectProject(QStringLiteral("002")));
        QSignalSpy selected(&panel, &ProjectTreePanel::projectSelected);
        const ProjectTreeModel *model = panel.model();

        // A new document appears: the tree shows it and forgets the gap.
        repository.document(QStringLiteral("projects/002-payroll/ARC-002-REQ-v1.0.md"),
                            QStringLiteral("Payroll Requirements"));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForKey(QStringLiteral("artifact:002-payroll:REQ")).isValid(), 10000);
        QVERIFY(!model->indexForKey(QStringLiteral("missing:002-payroll:REQ")).isValid());
        // The selection survived the rescan without telling the panels again.
        QCOMPARE(panel.currentProjectId(), QStringLiteral("002"));
        QCOMPARE(selected.count(), 0);
        QVERIFY(panel.view()->isExpanded(model->projectIndex(QStringLiteral("002"))));

        // A document's first heading changes: so does its title in the tree.
        QTest::qWait(100);
        repository.document(QStringLiteral("projects/002-payroll/ARC-002-REQ-v1.0.md"),
                            QStringLiteral("Renamed Requirements"));
        QTRY_COMPARE_WITH_TIMEOUT(model->indexForKey(QStringLiteral("artifact:002-payroll:REQ")).data().toString(),
                                  QStringLiteral("REQ · Renamed Requirements"), 10000);

        // A new version folds the old one under it.
        repository.document(QStringLiteral("projects/002-payroll/ARC-002-REQ-v1.1.md"),
                            QStringLiteral("Newer Requirements"));
        QTRY_COMPARE_WITH_TIMEOUT(model->indexForKey(QStringLiteral("artifact:002-payroll:REQ"))
                                      .siblingAtColumn(ProjectTreeModel::VersionColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("v1.1"), 10000);
        QVERIFY(model->indexForKey(QStringLiteral("artifact:002-payroll:REQ:1.0")).isValid());

        // A removed document disappears.
        QVERIFY(QFile::remove(repository.path(QStringLiteral("projects/001-fraud-scoring/ARC-001-DATA-v1.0.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexForKey(QStringLiteral("artifact:001-fraud-scoring:DATA")).isValid(),
                                 10000);
        QVERIFY(model->indexForKey(QStringLiteral("missing:001-fraud-scoring:DATA")).isValid());
    }

    void unreadableDocumentIsAProblem()
    {
        test::RepositoryBuilder repository;
        buildFixture(repository);
        repository.write(QStringLiteral("projects/002-payroll/ARC-002-REQ-v1.0.md"), QByteArray("\0\1\2binary", 9));
        RepositoryMonitor monitor;
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RepositorySnapshotPtr snapshot = scan(monitor, repository.root());
        QVERIFY(snapshot);
        model.setSnapshot(snapshot);
        const ProjectAnalysis *analysis = snapshot->analysis(QStringLiteral("002"));
        QVERIFY(analysis);
        QCOMPARE(analysis->problems.size(), 1);
        // Shown under its project with what went wrong, and the project is marked.
        const QModelIndex problem =
            model.indexForKey(QStringLiteral("problem:002-payroll:projects/002-payroll/ARC-002-REQ-v1.0.md"));
        QVERIFY(problem.isValid());
        QCOMPARE(problem.data(ProjectTreeModel::KindRole).value<Kind>(), Kind::Problem);
        QVERIFY(problem.data().toString().contains(analysis->problems.first().message));
        QVERIFY(!problem.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.projectIndex(QStringLiteral("002")).data(ProjectTreeModel::SeverityRole).toInt() >= 0);
    }

    void exampleRepository()
    {
        const QString example = QStringLiteral(ARCKIT_EXAMPLE_REPO);
        if (!QFileInfo(example + QStringLiteral("/projects")).isDir())
            QSKIP("the example repository is not there: skipped");
        RepositoryMonitor monitor;
        ProjectTreePanel panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RepositorySnapshotPtr snapshot = scan(monitor, example);
        QVERIFY(snapshot);
        panel.setSnapshot(snapshot);
        QVERIFY(snapshot->scan.projects.size() >= 3);
        const QString first = panel.firstMlProjectId();
        QCOMPARE(first, QStringLiteral("001"));
        QVERIFY(panel.selectProject(first));
        QVERIFY(!snapshot->analysis(first)->mlRequirements().isEmpty());
        // Its REQ has two versions: the older is folded under the newer.
        const QModelIndex req = panel.model()->indexForKey(QStringLiteral("artifact:001-road-defect-detection:REQ"));
        QVERIFY(req.isValid());
        QCOMPARE(panel.model()->rowCount(req), 1);
    }
};

QTEST_MAIN(TestUiProjectTree)
#include "tst_ui_projecttree.moc"
