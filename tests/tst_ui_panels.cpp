// The panels' models and filters on their own: requirements (sort, ML-only,
// kind and text filters), warnings, checklist, outline and reference
// sections, and the live checks that feed the last three while typing.

#include "document/documentsession.h"
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

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>

using namespace arckit;

namespace {

Requirement requirement(const QString &id, const QString &kind, const QString &title, bool ml, int line,
                        const QStringList &evidence = {})
{
    Requirement r;
    r.id = id;
    r.kind = kind;
    r.title = title;
    r.body = title;
    r.ml = ml;
    r.evidence = evidence;
    r.source = QStringLiteral("projects/001-fraud/ARC-001-REQ-v1.0.md");
    r.line = line;
    return r;
}

Requirements sampleRequirements()
{
    return {
        requirement(QStringLiteral("FR-10"), QStringLiteral("FR"), QStringLiteral("Export reports"), false, 40),
        requirement(QStringLiteral("FR-2"), QStringLiteral("FR"), QStringLiteral("Score transactions with a model"),
                    true, 20, {QStringLiteral("model")}),
        requirement(QStringLiteral("NFR-P-001"), QStringLiteral("NFR"), QStringLiteral("Scoring latency"), false, 60),
        requirement(QStringLiteral("DR-001"), QStringLiteral("DR"), QStringLiteral("Training data retention"), true, 80,
                    {QStringLiteral("training data")}),
        requirement(QStringLiteral("BR-001"), QStringLiteral("BR"), QStringLiteral("Reduce fraud losses"), false, 10)};
}

QStringList column(const QAbstractItemModel &model, int column = 0)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

const char *kDocument = "# MLOps Strategy\n"
                        "\n"
                        "## Document Control\n"
                        "\n"
                        "| **Version** | 1.0 |\n"
                        "\n"
                        "## 1. ML System Overview\n"
                        "\n"
                        "### Business Context\n"
                        "\n"
                        "Text.\n"
                        "\n"
                        "## 7. Model Monitoring\n"
                        "\n"
                        "Drift is measured with PSI; alerts go to the on-call engineer.\n";

} // namespace

class TestUiPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requirementsModel()
    {
        RequirementsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequirements(sampleRequirements(), QStringLiteral("/repo"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(RequirementsModel::ColumnCount));
        QCOMPARE(model.kinds(), (QStringList{QStringLiteral("BR"), QStringLiteral("DR"), QStringLiteral("FR"),
                                             QStringLiteral("NFR")}));
        QCOMPARE(model.mlCount(), 2);
        const QModelIndex fr2 = model.index(1, RequirementsModel::SourceColumn);
        QCOMPARE(fr2.data().toString(), QStringLiteral("projects/001-fraud/ARC-001-REQ-v1.0.md:20"));
        QCOMPARE(fr2.data(RequirementsModel::PathRole).toString(),
                 QStringLiteral("/repo/projects/001-fraud/ARC-001-REQ-v1.0.md"));
        QCOMPARE(model.index(1, RequirementsModel::MlColumn).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(1, RequirementsModel::EvidenceColumn).data().toString(), QStringLiteral("model"));
    }

    void requirementsFilter_data()
    {
        QTest::addColumn<bool>("mlOnly");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("ids");

        // Natural ID order: FR-2 before FR-10.
        QTest::newRow("all") << false << QString() << QString()
                             << QStringList{QStringLiteral("BR-001"), QStringLiteral("DR-001"), QStringLiteral("FR-2"),
                                            QStringLiteral("FR-10"), QStringLiteral("NFR-P-001")};
        QTest::newRow("ML only") << true << QString() << QString()
                                 << QStringList{QStringLiteral("DR-001"), QStringLiteral("FR-2")};
        QTest::newRow("kind FR") << false << QStringLiteral("FR") << QString()
                                 << QStringList{QStringLiteral("FR-2"), QStringLiteral("FR-10")};
        QTest::newRow("ML FR") << true << QStringLiteral("FR") << QString() << QStringList{QStringLiteral("FR-2")};
        QTest::newRow("text") << false << QString() << QStringLiteral("scor")
                              << QStringList{QStringLiteral("FR-2"), QStringLiteral("NFR-P-001")};
        QTest::newRow("two words") << false << QString() << QStringLiteral("scoring latency")
                                   << QStringList{QStringLiteral("NFR-P-001")};
        QTest::newRow("evidence") << false << QString() << QStringLiteral("training data")
                                  << QStringList{QStringLiteral("DR-001")};
        QTest::newRow("nothing") << true << QStringLiteral("BR") << QString() << QStringList();
    }

    void requirementsFilter()
    {
        QFETCH(bool, mlOnly);
        QFETCH(QString, kind);
        QFETCH(QString, search);
        QFETCH(QStringList, ids);
        RequirementsModel model;
        RequirementsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequirements(sampleRequirements(), QStringLiteral("/repo"));
        filter.sort(RequirementsModel::IdColumn);
        QSignalSpy changed(&filter, &RequirementsFilterModel::filterChanged);
        filter.setMlOnly(mlOnly);
        filter.setKind(kind);
        filter.setSearchText(search);
        QCOMPARE(column(filter), ids);
        QCOMPARE(changed.count(), int(mlOnly) + int(!kind.isEmpty()) + int(!search.isEmpty()));
        filter.setMlOnly(mlOnly); // no change, no signal
        QCOMPARE(changed.count(), int(mlOnly) + int(!kind.isEmpty()) + int(!search.isEmpty()));
    }

    void requirementsPanelWidgets()
    {
        RequirementsPanel panel;
        panel.setRequirements(sampleRequirements(), QStringLiteral("/repo"));
        QCOMPARE(panel.kindBox()->count(), 5); // "All kinds" + 4
        panel.mlOnlyBox()->setChecked(true);
        QCOMPARE(panel.filterModel()->rowCount(), 2);
        QVERIFY(panel.summary().contains(QStringLiteral("2 of 5")));
        panel.mlOnlyBox()->setChecked(false);
        panel.kindBox()->setCurrentIndex(panel.kindBox()->findData(QStringLiteral("NFR")));
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        panel.kindBox()->setCurrentIndex(0);
        panel.searchEdit()->setText(QStringLiteral("export"));
        QCOMPARE(panel.filterModel()->rowCount(), 1);

        QSignalSpy source(&panel, &RequirementsPanel::sourceRequested);
        Q_EMIT panel.view()->activated(panel.filterModel()->index(0, 0));
        QCOMPARE(source.count(), 1);
        QCOMPARE(source.first().at(0).toString(), QStringLiteral("/repo/projects/001-fraud/ARC-001-REQ-v1.0.md"));
        QCOMPARE(source.first().at(1).toInt(), 40);

        // A new project keeps the chosen kind when it has it.
        panel.searchEdit()->clear();
        panel.kindBox()->setCurrentIndex(panel.kindBox()->findData(QStringLiteral("FR")));
        panel.setRequirements(sampleRequirements().mid(0, 3), QStringLiteral("/repo"));
        QCOMPARE(panel.kindBox()->currentData().toString(), QStringLiteral("FR"));
        QCOMPARE(panel.filterModel()->rowCount(), 2);
    }

    void warningsModel()
    {
        WarningsPanel panel;
        WarningsModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MissingDocuments missing{
            {QStringLiteral("DATA"), MissingDocument::Level::Recommended,
             QStringLiteral("Consider running `$arckit-data-model` first.")},
            {QStringLiteral("REQ"), MissingDocument::Level::Mandatory,
             QStringLiteral("Run `$arckit-requirements` first.")},
            {QStringLiteral("ATRS"), MissingDocument::Level::Optional, QStringLiteral("Optional.")}};
        const Problems problems{{QStringLiteral("projects/001-fraud/bad.md"), QStringLiteral("not a text document")}};
        model->setWarnings(missing, problems, QStringLiteral("/repo"));
        QCOMPARE(model->rowCount(), 4);
        // The most severe first.
        QCOMPARE(model->index(0).data(WarningsModel::LevelRole).toInt(), int(MissingDocument::Level::Mandatory));
        QVERIFY(model->index(0).data().toString().contains(QStringLiteral("$arckit-requirements")));
        QVERIFY(!model->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model->count(MissingDocument::Level::Recommended), 2);
        QVERIFY(panel.summary().contains(QStringLiteral("1 mandatory")));
        int problemRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (!model->index(row).data(WarningsModel::PathRole).toString().isEmpty())
                problemRow = row;
        QVERIFY(problemRow >= 0);
        QCOMPARE(model->index(problemRow).data(WarningsModel::PathRole).toString(),
                 QStringLiteral("/repo/projects/001-fraud/bad.md"));
        QVERIFY(model->index(problemRow).data(WarningsModel::MessageRole).toString().contains(QStringLiteral("Fix")));
        QSignalSpy file(&panel, &WarningsPanel::fileRequested);
        Q_EMIT panel.view()->activated(model->index(problemRow));
        QCOMPARE(file.count(), 1);
        model->clear();
        QVERIFY(panel.summary().contains(QStringLiteral("Nothing is missing")));
    }

    void checklistModel()
    {
        ChecklistPanel panel;
        ChecklistModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setInactiveMessage(QString());
        ValidationFindings findings{
            {ValidationFinding::Severity::Error, QStringLiteral("placeholder"), QStringLiteral("[OWNER] left"), 12},
            {ValidationFinding::Severity::Warning, QStringLiteral("traceability"), QStringLiteral("FR-2 not traced"),
             0}};
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        model->setFindings(findings);
        model->setFindings(findings); // the same findings: no reset, the view keeps its place
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("Line 12: [OWNER] left"));
        QCOMPARE(model->index(1).data().toString(), QStringLiteral("FR-2 not traced"));
        QVERIFY(panel.summary().contains(QStringLiteral("1 error")));
        QSignalSpy line(&panel, &ChecklistPanel::lineRequested);
        Q_EMIT panel.view()->activated(model->index(0));
        Q_EMIT panel.view()->activated(model->index(1)); // no line: nothing to jump to
        QCOMPARE(line.count(), 1);
        QCOMPARE(line.first().first().toInt(), 12);
    }

    void outlineModel()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MarkdownOutline outline = MarkdownOutline::parse(QString::fromUtf8(kDocument));
        model.setHeadings(outline.headings());
        QCOMPARE(model.rowCount(), 1); // the H1
        const QModelIndex title = model.index(0, 0);
        QCOMPARE(title.data().toString(), QStringLiteral("MLOps Strategy"));
        QCOMPARE(model.rowCount(title), 3);
        const QModelIndex overview = model.index(1, 0, title);
        QCOMPARE(overview.data().toString(), QStringLiteral("1. ML System Overview"));
        QCOMPARE(overview.data(OutlineModel::LineRole).toInt(), 7);
        QCOMPARE(model.rowCount(overview), 1);
        QCOMPARE(model.index(0, 0, overview).data().toString(), QStringLiteral("Business Context"));
        QCOMPARE(model.indexForLine(11), model.index(0, 0, overview));
        QCOMPARE(model.indexForLine(1), title);
        model.setHeadings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void referenceSections()
    {
        ReferenceSectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MarkdownOutline outline = MarkdownOutline::parse(QString::fromUtf8(kDocument));
        model.setMatches(ReferenceSections::match(outline));
        QCOMPARE(model.rowCount(), int(ReferenceSections::all().size()));
        QCOMPARE(model.numberedTotal(), 15);
        QCOMPARE(model.numberedFound(), 2);
        const int monitoring = ReferenceSections::indexOf(u"monitoring");
        QVERIFY(monitoring >= 0);
        QCOMPARE(model.index(monitoring).data(ReferenceSectionsModel::LineRole).toInt(), 13);
    }

    void outlinePanelJumps()
    {
        OutlinePanel panel;
        const MarkdownOutline outline = MarkdownOutline::parse(QString::fromUtf8(kDocument));
        panel.setOutline(outline, ReferenceSections::match(outline));
        QVERIFY(panel.sectionsSummary().contains(QStringLiteral("2 of 15")));
        QSignalSpy line(&panel, &OutlinePanel::lineRequested);
        const QModelIndex title = panel.model()->index(0, 0);
        const QModelIndex monitoring = panel.model()->index(2, 0, title);
        QCOMPARE(monitoring.data().toString(), QStringLiteral("7. Model Monitoring"));
        Q_EMIT panel.view()->clicked(monitoring);
        QCOMPARE(line.count(), 1);
        QCOMPARE(line.first().first().toInt(), 13);
        // Following the editor's cursor does not ask the editor to move.
        panel.setCurrentLine(9);
        QCOMPARE(line.count(), 1);
        QCOMPARE(panel.view()->currentIndex().data().toString(), QStringLiteral("Business Context"));
    }

    void liveChecksFollowTyping()
    {
        QTemporaryDir recovery;
        DocumentSession session(recovery.path());
        session.newDocument(QString::fromUtf8(kDocument), QStringLiteral("001"), QString(), Answers{});
        LiveChecks checks;
        checks.setDelay(50);
        checks.setTextProvider([&session] { return session.text(); });
        checks.setValidationContext(ValidationContext{}, true);
        connect(&session, &DocumentSession::textChanged, &checks, &LiveChecks::textChanged);
        checks.runNow();
        const int headingsBefore = int(checks.outline().headings().size());
        const ValidationFindings findingsBefore = checks.findings();
        QVERIFY(!findingsBefore.isEmpty()); // a skeleton document has plenty to fix

        QSignalSpy updated(&checks, &LiveChecks::updated);
        QTextCursor cursor(session.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n## 11. Model Governance\n\nApproval by the model risk board.\n"));
        QCOMPARE(updated.count(), 0); // debounced
        QVERIFY(updated.wait(2000));
        QCOMPARE(updated.count(), 1); // one run for the whole edit
        QCOMPARE(int(checks.outline().headings().size()), headingsBefore + 1);
        QVERIFY(checks.findings() != findingsBefore);
        QVERIFY(checks.lastDurationUs() > 0);
    }
};

QTEST_MAIN(TestUiPanels)
#include "tst_ui_panels.moc"
