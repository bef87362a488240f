// The Warnings panel of the real main window on three projects: one whose
// requirement makes ATRS publication mandatory (the warning says so and
// quotes it), a UK public-sector one (recommended), and a defence one (the
// only one with the JSP 936 note). The wizard's ATRS tiers are named for what
// they are: Tier 1 the summary for the public, Tier 2 the detailed record.

#include "mainwindow/mainwindow.h"
#include "panels/warningsmodel.h"
#include "panels/warningspanel.h"
#include "repositorybuilder.h"
#include "wizard/mlopswizard.h"

#include <KSyntaxHighlighting/Repository>

#include <QComboBox>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;

namespace {

QString requirements(const QString &title, const QString &extra)
{
    return QStringLiteral("# Project Requirements: %1\n\n## Functional Requirements\n\n"
                          "### FR-001: Score Cases with a Machine Learning Model\n\n"
                          "The system shall use a machine learning model to predict the priority of each case.\n\n"
                          "## Non-Functional Requirements\n\n%2\n")
        .arg(title, extra);
}

const WarningItem *itemOf(const WarningsModel *model, const QString &type)
{
    for (const WarningItem &item : model->items())
        if (item.title.contains(type))
            return &item;
    return nullptr;
}

} // namespace

class TestUiAtrsWarnings : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_highlighting;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void warningsPanel()
    {
        test::RepositoryBuilder repository;
        repository.write(QStringLiteral("projects/001-case-triage/ARC-001-REQ-v1.0.md"),
                         requirements(QStringLiteral("Case Triage"),
                                      QStringLiteral("### NFR-T-001: Algorithmic Transparency\n\n"
                                                     "ATRS publication is MANDATORY for central government "
                                                     "departments using algorithmic tools.\n")));
        repository.write(QStringLiteral("projects/002-benefits/ARC-002-REQ-v1.0.md"),
                         requirements(QStringLiteral("Benefits"),
                                      QStringLiteral("### NFR-C-001: Compliance\n\nThe service shall follow the "
                                                     "Technology Code of Practice (TCoP).\n")));
        repository.write(QStringLiteral("projects/003-logistics/ARC-003-REQ-v1.0.md"),
                         requirements(QStringLiteral("Logistics"),
                                      QStringLiteral("### NFR-A-001: Assurance\n\nThe model shall be assured "
                                                     "under JSP 936 for the Ministry of Defence.\n")));
        QTemporaryDir recovery;
        MainWindow window(m_highlighting, recovery.path());
        window.resize(1400, 900);
        window.show();
        QSignalSpy updated(&window, &MainWindow::repositoryUpdated);
        QVERIFY(window.openRepository(repository.root()));
        QVERIFY(updated.wait(30000));
        WarningsModel *model = window.warningsPanel()->model();

        QVERIFY(window.selectProject(QStringLiteral("001")));
        const WarningItem *atrs = itemOf(model, QStringLiteral("ATRS"));
        QVERIFY(atrs);
        QCOMPARE(atrs->level, MissingDocument::Level::Mandatory);
        QVERIFY2(atrs->message.contains(QLatin1String("ATRS publication is MANDATORY")), qPrintable(atrs->message));
        QVERIFY2(atrs->message.contains(QLatin1String("NFR-T-001")), qPrintable(atrs->message));
        QVERIFY(!itemOf(model, QStringLiteral("J936")));
        // What the panel shows is the model's text.
        const QString shown = window.warningsPanel()->view()->model()->index(0, 0).data().toString();
        QVERIFY(!shown.isEmpty());
        QVERIFY(window.warningsPanel()->summary().contains(QLatin1String("mandatory"), Qt::CaseInsensitive));

        QVERIFY(window.selectProject(QStringLiteral("002")));
        atrs = itemOf(model, QStringLiteral("ATRS"));
        QVERIFY(atrs);
        QCOMPARE(atrs->level, MissingDocument::Level::Recommended);
        QVERIFY(!itemOf(model, QStringLiteral("J936")));

        QVERIFY(window.selectProject(QStringLiteral("003")));
        const WarningItem *j936 = itemOf(model, QStringLiteral("J936"));
        QVERIFY(j936);
        QVERIFY(j936->message.contains(QLatin1String("defence")));

        // The wizard's governance page names the ATRS tiers for what they are.
        MlopsWizard wizard(*window.currentAnalysis(), Answers());
        wizard.showPage(MlopsWizard::GovernancePage);
        QComboBox *tiers = nullptr;
        for (QComboBox *combo : wizard.findChildren<QComboBox *>()) {
            for (int i = 0; i < combo->count(); ++i)
                if (combo->itemData(i).toString() == QLatin1String("2") &&
                    combo->itemText(i).contains(QLatin1String("Tier")))
                    tiers = combo;
        }
        QVERIFY(tiers);
        QStringList labels;
        for (int i = 0; i < tiers->count(); ++i)
            labels << tiers->itemText(i);
        const QString all = labels.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("decision support")) && !all.contains(QLatin1String("automated decision")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("public")) && all.contains(QLatin1String("detailed record")),
                 qPrintable(all));
        QVERIFY(tiers->toolTip().contains(QLatin1String("Both are completed for a published record")));
    }
};

QTEST_MAIN(TestUiAtrsWarnings)
#include "tst_ui_atrswarnings.moc"
