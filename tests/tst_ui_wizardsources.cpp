// The wizard shows where its suggestions come from and lets a person decide:
// a source link opens the read-only viewer at the line, an undecided platform
// is a choice between the candidates the documents name (nothing picked), a
// decided one says why, the model inventory arrives filled and can be
// reordered, and the review page counts the placeholders left by section.

#include "answers.h"
#include "editor/markdowneditor.h"
#include "editor/sourceviewer.h"
#include "projectanalysis.h"
#include "wizard/candidatechooser.h"
#include "wizard/mlopswizard.h"
#include "wizard/modelinventorymodel.h"
#include "wizard/reviewwizardpage.h"
#include "wizard/sourcelink.h"
#include "wizard/tableeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace arckit;

namespace {

const QString kProject = QStringLiteral("projects/001-meter-advice");
const QString kReq = kProject + QStringLiteral("/ARC-001-REQ-v1.0.md");
const QString kAws = kProject + QStringLiteral("/research/ARC-001-AWRS-v1.0.md");
const QString kAzure = kProject + QStringLiteral("/research/ARC-001-AZRS-v1.0.md");

// A repository on disk with a requirements document of 60 numbered lines, so
// that the viewer has a real file to open at a line.
bool writeRepository(const QString &root)
{
    if (!QDir(root).mkpath(kProject + QStringLiteral("/research")))
        return false;
    QFile file(root + QLatin1Char('/') + kReq);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "# Requirements\n";
    for (int line = 2; line <= 60; ++line)
        text += "Line " + QByteArray::number(line) + " of the requirements.\n";
    return file.write(text) == text.size();
}

Candidate candidate(const QString &value, Authority authority, const QString &source, const QString &reason)
{
    Candidate c;
    c.value = value;
    c.authority = authority;
    c.source = source;
    c.reason = reason;
    return c;
}

ProjectAnalysis analysisIn(const QString &root)
{
    ProjectAnalysis analysis;
    Project &project = analysis.project;
    project.id = QStringLiteral("001");
    project.name = QStringLiteral("meter-advice");
    project.dirName = QStringLiteral("001-meter-advice");
    project.relativePath = kProject;
    project.path = root + QLatin1Char('/') + kProject;
    // Two clouds researched, neither decided.
    analysis.profile.isMlSystem = true;
    analysis.profile.platform.candidates = {
        candidate(QStringLiteral("SageMaker"), Authority::Research, kAws + QStringLiteral(":88"),
                  QStringLiteral("the AWS research recommends SageMaker")),
        candidate(QStringLiteral("Azure ML"), Authority::Research, kAzure + QStringLiteral(":91"),
                  QStringLiteral("the Azure research recommends Azure ML")),
    };
    MlCapability recommendation;
    recommendation.key = QStringLiteral("recommendation");
    recommendation.name = QStringLiteral("Recommendation");
    recommendation.kind = QStringLiteral("recommendation");
    recommendation.requirements = {QStringLiteral("FR-006"), QStringLiteral("NFR-P-002")};
    recommendation.evidence = {kReq + QStringLiteral(":33")};
    MlCapability generation;
    generation.key = QStringLiteral("llm-generation");
    generation.name = QStringLiteral("LLM generation");
    generation.kind = QStringLiteral("genai");
    generation.approach = QStringLiteral("foundation-api");
    generation.service = QStringLiteral("GPT-4o");
    generation.requirements = {QStringLiteral("FR-007")};
    generation.evidence = {kReq + QStringLiteral(":41")};
    analysis.profile.capabilities = {recommendation, generation};
    analysis.profile.maturity.current = 0;
    analysis.profile.maturity.target = 1;
    analysis.profile.maturity.reason = QStringLiteral("A system still to be built, with no model in production.");
    analysis.profile.maturity.evidence = {kReq + QStringLiteral(":12")};
    return analysis;
}

// What the remaining pages need before the platform page, on top of the defaults.
Answers completed(Answers answers)
{
    answers.owner = QStringLiteral("Energy advice team");
    answers.classification = QStringLiteral("OFFICIAL");
    answers.systemName = QStringLiteral("Meter advice");
    answers.modelType = QStringLiteral("foundation-api");
    answers.regime = QStringLiteral("uk-gov");
    answers.riskLevel = QStringLiteral("Medium");
    answers.humanOversight = QStringLiteral("Advisory");
    answers.servingPatterns = {QStringLiteral("real-time")};
    return answers;
}

QString linkOf(const QLabel *label)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    return href.match(label->text()).captured(1);
}

QString plainText(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

} // namespace

class TestWizardSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArcKitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_wizardsources"));
        QSettings().remove(QStringLiteral("documentControl"));
    }

    void sourceLinkRoundTrip_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("with line") << kReq + QStringLiteral(":42") << QStringLiteral("ARC-001-REQ-v1.0.md, line 42")
                                   << QStringLiteral("REQ, line 42");
        QTest::newRow("no line") << kReq << QStringLiteral("ARC-001-REQ-v1.0.md") << QStringLiteral("REQ");
        QTest::newRow("multi-instance") << kProject + QStringLiteral("/research/ARC-001-AWRS-2-v1.0.md:5")
                                        << QStringLiteral("ARC-001-AWRS-2-v1.0.md, line 5")
                                        << QStringLiteral("AWRS, line 5");
        QTest::newRow("space and hash") << QStringLiteral("projects/001 x/notes #2.md:7")
                                        << QStringLiteral("notes #2.md, line 7")
                                        << QStringLiteral("notes #2.md, line 7");
    }

    void sourceLinkRoundTrip()
    {
        QFETCH(QString, source);
        QFETCH(QString, text);
        QCOMPARE(SourceLink::parse(source).text(), text);
        QFETCH(QString, shortText);
        QCOMPARE(SourceLink::parse(source).shortText(), shortText);
        QCOMPARE(SourceLink::sourceOf(SourceLink::href(source)), source);
        QVERIFY(SourceLink::html(source).contains(text.toHtmlEscaped()));
    }

    void sourceLinkOpensTheViewerAtTheLine()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        const ProjectAnalysis analysis = analysisIn(dir.path());
        Answers answers = analysis.defaultAnswers();
        answers.owner = QStringLiteral("Energy advice team");
        answers.sources.insert(QStringLiteral("owner"), kReq + QStringLiteral(":30"));
        MlopsWizard wizard(analysis, answers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("ownerHint"));
        QVERIFY(hint && !hint->isHidden());
        QCOMPARE(plainText(hint), QStringLiteral("From ARC-001-REQ-v1.0.md, line 30"));
        QSignalSpy opened(&wizard, &MlopsWizard::sourceOpened);
        // What a click on the link does.
        Q_EMIT hint->linkActivated(linkOf(hint));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QDir(dir.path()).filePath(kReq));
        QCOMPARE(opened.at(0).at(1).toInt(), 30);
        auto *viewer = wizard.findChild<SourceViewer *>(QStringLiteral("sourceViewer"));
        QVERIFY(viewer && viewer->isVisible());
        QCOMPARE(viewer->editor()->currentLine(), 30);
        QVERIFY(viewer->editor()->isReadOnly());
        viewer->close();

        // The inventory's source column opens the model's evidence.
        wizard.showPage(MlopsWizard::UseCasePage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        auto *models = wizard.findChild<QTableView *>(QStringLiteral("models"));
        QVERIFY(models);
        const QModelIndex source = models->model()->index(1, ModelInventoryModel::SourceColumn);
        QCOMPARE(source.data().toString(), QStringLiteral("REQ, line 41"));
        QTest::mouseClick(models->viewport(), Qt::LeftButton, {}, models->visualRect(source).center());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(1).toInt(), 41);
    }

    void missingSourceSaysSoAndOpensNothing()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        MlopsWizard wizard(analysisIn(dir.path()), Answers());
        QSignalSpy opened(&wizard, &MlopsWizard::sourceOpened);
        QVERIFY(!wizard.openSource(kProject + QStringLiteral("/ARC-001-GONE-v1.0.md:3")));
        QCOMPARE(opened.count(), 0);
        QVERIFY(!wizard.findChild<SourceViewer *>());
        auto *box = wizard.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("ARC-001-GONE-v1.0.md")));
    }

    void undecidedPlatformIsAChoice()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        const ProjectAnalysis analysis = analysisIn(dir.path());
        const Answers defaults = analysis.defaultAnswers();
        QVERIFY(defaults.platform.isEmpty()); // never a silent pick
        MlopsWizard wizard(analysis, completed(defaults));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::PlatformPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::PlatformPage));
        auto *platform = wizard.findChild<QComboBox *>(QStringLiteral("platform"));
        QVERIFY(platform);
        QCOMPARE(platform->currentText(), QString());
        // The documents' candidates come first among the suggestions.
        QCOMPARE(platform->itemText(0), QStringLiteral("SageMaker"));
        QCOMPARE(platform->itemText(1), QStringLiteral("Azure ML"));
        auto *note = wizard.findChild<QLabel *>(QStringLiteral("platformCandidatesNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(plainText(note).contains(QLatin1String("2 platforms named in the documents, none decided")),
                 qPrintable(plainText(note)));
        auto *sageMaker = wizard.findChild<QRadioButton *>(QStringLiteral("platformCandidates:SageMaker"));
        auto *azure = wizard.findChild<QRadioButton *>(QStringLiteral("platformCandidates:Azure ML"));
        QVERIFY(sageMaker && azure);
        QVERIFY(!sageMaker->isChecked() && !azure->isChecked());
        QCOMPARE(azure->text(), QStringLiteral("Azure ML (researched)"));
        auto *azureSource = wizard.findChild<QLabel *>(QStringLiteral("platformCandidates:Azure MLSource"));
        QVERIFY(azureSource);
        QCOMPARE(SourceLink::sourceOf(linkOf(azureSource)), kAzure + QStringLiteral(":91"));
        QVERIFY(plainText(azureSource).contains(QLatin1String("ARC-001-AZRS-v1.0.md, line 91")));
        // Required and empty: Next waits for the choice.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(azure, Qt::LeftButton);
        QVERIFY(azure->isChecked() && !sageMaker->isChecked());
        QCOMPARE(platform->currentText(), QStringLiteral("Azure ML"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Typing another value unticks the candidates.
        platform->setEditText(QStringLiteral("Databricks"));
        QVERIFY(!azure->isChecked() && !sageMaker->isChecked());
        QTest::mouseClick(sageMaker, Qt::LeftButton);
        QCOMPARE(wizard.answers().platform, QStringLiteral("SageMaker"));
    }

    void decidedPlatformSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        ProjectAnalysis analysis = analysisIn(dir.path());
        DecidedChoice &platform = analysis.profile.platform;
        platform.candidates.prepend(candidate(QStringLiteral("Azure ML"), Authority::Mandate,
                                              kReq + QStringLiteral(":50"),
                                              QStringLiteral("constraint TC-1 mandates Azure AI services")));
        platform.decided = {QStringLiteral("Azure ML"), kReq + QStringLiteral(":50")};
        platform.reason = QStringLiteral("Constraint TC-1 mandates it.");
        const Answers defaults = analysis.defaultAnswers();
        QCOMPARE(defaults.platform, QStringLiteral("Azure ML"));
        MlopsWizard wizard(analysis, completed(defaults));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::PlatformPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::PlatformPage));
        auto *note = wizard.findChild<QLabel *>(QStringLiteral("platformCandidatesNote"));
        QVERIFY(note && note->isVisible());
        const QString text = plainText(note);
        QVERIFY2(text.contains(QLatin1String("Decided in the documents: Azure ML. Constraint TC-1 mandates it.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SageMaker (researched")), qPrintable(text));
        QCOMPARE(SourceLink::sourceOf(linkOf(note)), kReq + QStringLiteral(":50"));
        QVERIFY(wizard.findChildren<QRadioButton *>().isEmpty());
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("platform"))->currentText(), QStringLiteral("Azure ML"));
    }

    void maturitySuggestionShowsItsReason()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        const ProjectAnalysis analysis = analysisIn(dir.path());
        MlopsWizard wizard(analysis, completed(analysis.defaultAnswers()));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::MaturityPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::MaturityPage));
        auto *suggestion = wizard.findChild<QLabel *>(QStringLiteral("maturitySuggestion"));
        QVERIFY(suggestion && suggestion->isVisible());
        const QString text = plainText(suggestion);
        QVERIFY2(text.startsWith(QLatin1String("Suggested from the documents: current Level 0")), qPrintable(text));
        QVERIFY(text.contains(analysis.profile.maturity.reason));
        QCOMPARE(SourceLink::sourceOf(linkOf(suggestion)), kReq + QStringLiteral(":12"));
        auto *reason = wizard.findChild<QLineEdit *>(QStringLiteral("maturityReason"));
        QVERIFY(reason);
        QCOMPARE(reason->text(), analysis.profile.maturity.reason);
        // Changing a level away from the suggestion is noticed when the page is shown again.
        auto *current = wizard.findChild<QComboBox *>(QStringLiteral("currentMaturity"));
        current->setCurrentIndex(current->findData(1));
        wizard.back();
        wizard.next();
        QVERIFY(plainText(suggestion).contains(QLatin1String("differ from the suggestion")));
    }

    // The DPIA's residual risk is offered beside the model risk level when no
    // AI Playbook assessment rates it, and never chosen for the architect.
    void residualRiskIsOfferedNotChosen_data()
    {
        QTest::addColumn<QString>("aipbRisk");
        QTest::addColumn<bool>("offered");
        QTest::newRow("no AI Playbook rating") << QString() << true;
        QTest::newRow("the AI Playbook rates it") << QStringLiteral("High") << false;
    }
    void residualRiskIsOfferedNotChosen()
    {
        QFETCH(QString, aipbRisk);
        QFETCH(bool, offered);
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        ProjectAnalysis analysis = analysisIn(dir.path());
        analysis.profile.riskCandidate = {QStringLiteral("Medium"), kReq + QStringLiteral(":20")};
        if (!aipbRisk.isEmpty())
            analysis.context.riskLevel = {aipbRisk, kReq + QStringLiteral(":21")};
        Answers answers = completed(analysis.defaultAnswers());
        answers.riskLevel.clear();
        MlopsWizard wizard(analysis, answers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::GovernancePage);
        auto *suggestion = wizard.findChild<QLabel *>(QStringLiteral("riskSuggestion"));
        QVERIFY(suggestion);
        QCOMPARE(suggestion->isVisible(), offered);
        auto *risk = wizard.findChild<QComboBox *>(QStringLiteral("riskLevel"));
        QVERIFY(risk);
        QVERIFY2(!risk->currentData().isValid(), "a suggestion chooses nothing");
        if (offered) {
            QVERIFY2(plainText(suggestion).startsWith(QLatin1String("Suggested from the documents: Medium")),
                     qPrintable(plainText(suggestion)));
            QCOMPARE(SourceLink::sourceOf(linkOf(suggestion)), kReq + QStringLiteral(":20"));
        }
    }

    void inventoryArrivesFilledAndReorders()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        const ProjectAnalysis analysis = analysisIn(dir.path());
        MlopsWizard wizard(analysis, completed(analysis.defaultAnswers()));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::UseCasePage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        auto *models = wizard.findChild<QTableView *>(QStringLiteral("models"));
        QVERIFY(models);
        QAbstractItemModel *model = models->model();
        QCOMPARE(model->rowCount(), 2);
        auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, ModelInventoryModel::IdColumn), QStringLiteral("MOD-001"));
        QCOMPARE(cell(0, ModelInventoryModel::RequirementsColumn), QStringLiteral("FR-006, NFR-P-002"));
        QCOMPARE(cell(1, ModelInventoryModel::ServiceColumn), QStringLiteral("GPT-4o"));
        for (int column : {ModelInventoryModel::ServiceColumn, ModelInventoryModel::RequirementsColumn})
            QVERIFY(!models->isColumnHidden(column) && models->columnWidth(column) > 40);

        auto *up = wizard.findChild<QPushButton *>(QStringLiteral("moveModelUp"));
        auto *down = wizard.findChild<QPushButton *>(QStringLiteral("moveModelDown"));
        auto *add = wizard.findChild<QPushButton *>(QStringLiteral("addModel"));
        auto *remove = wizard.findChild<QPushButton *>(QStringLiteral("removeModel"));
        QVERIFY(up && down && add && remove);
        models->setCurrentIndex(model->index(0, ModelInventoryModel::NameColumn));
        QVERIFY(!up->isEnabled() && down->isEnabled());
        QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(moved.count(), 1);
        // A row keeps its ID: the ID names the model.
        QCOMPARE(cell(0, ModelInventoryModel::IdColumn), QStringLiteral("MOD-002"));
        QCOMPARE(cell(1, ModelInventoryModel::IdColumn), QStringLiteral("MOD-001"));
        QCOMPARE(models->currentIndex().row(), 1);
        QVERIFY(up->isEnabled() && !down->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(cell(0, ModelInventoryModel::IdColumn), QStringLiteral("MOD-001"));

        // A new row continues the numbering in use; requirements are edited as a list.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(2, ModelInventoryModel::IdColumn), QStringLiteral("MOD-003"));
        QVERIFY(model->setData(model->index(2, ModelInventoryModel::NameColumn), QStringLiteral("Anomaly alerts")));
        QVERIFY(model->setData(model->index(2, ModelInventoryModel::RequirementsColumn),
                               QStringLiteral("FR-009; NFR-A-1")));
        QVERIFY(!(model->flags(model->index(2, ModelInventoryModel::SourceColumn)) & Qt::ItemIsEditable));
        models->selectRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        const QList<ModelEntry> result = wizard.answers().models;
        QCOMPARE(result.size(), 2);
        QCOMPARE(result.at(0).id, QStringLiteral("MOD-002"));
        QCOMPARE(result.at(0).evidence, QStringList{kReq + QStringLiteral(":41")});
        QCOMPARE(result.at(1).requirements, (QStringList{QStringLiteral("FR-009"), QStringLiteral("NFR-A-1")}));
    }

    void reviewCountsPlaceholdersBySection()
    {
        QTemporaryDir dir;
        QVERIFY(writeRepository(dir.path()));
        const ProjectAnalysis analysis = analysisIn(dir.path());
        Answers answers = completed(analysis.defaultAnswers());
        answers.platform = QStringLiteral("Azure ML");
        answers.llmProvider = QStringLiteral("Azure OpenAI");
        MlopsWizard wizard(analysis, answers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::ReviewPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ReviewPage));
        auto *review = qobject_cast<ReviewWizardPage *>(wizard.currentPage());
        QVERIFY(review);
        // The same count as the validator's placeholder findings, on the same document.
        int expected = 0;
        for (const ValidationFinding &finding : review->findings())
            expected += finding.rule == QLatin1String("placeholder");
        QVERIFY(expected > 0); // stakeholders, drift, costs... are still open
        QCOMPARE(review->placeholderCount(), expected);
        auto *count = wizard.findChild<QLabel *>(QStringLiteral("placeholderCount"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QStringLiteral("%1 placeholders").arg(expected)), qPrintable(count->text()));
        auto *tree = wizard.findChild<QTreeWidget *>(QStringLiteral("placeholders"));
        QVERIFY(tree && tree->topLevelItemCount() > 0);
        int listed = 0;
        const QStringList sections = ReviewWizardPage::sectionsOfLines(review->markdown());
        QTreeWidgetItem *withField = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *section = tree->topLevelItem(i);
            // Every section listed is a heading of the document, and each entry lies in it.
            QVERIFY2(review->markdown().contains(section->text(0)), qPrintable(section->text(0)));
            for (int j = 0; j < section->childCount(); ++j) {
                QTreeWidgetItem *item = section->child(j);
                const int line = item->text(1).toInt();
                QVERIFY(line > 0 && line <= sections.size());
                QCOMPARE(sections.at(line - 1), section->text(0));
                if (!withField && !item->data(0, Qt::UserRole).toString().isEmpty())
                    withField = item;
                ++listed;
            }
        }
        QCOMPARE(listed, expected);
        // An entry leads to the page that fills it.
        QVERIFY(withField);
        const QString field = withField->data(0, Qt::UserRole).toString();
        tree->setFocus();
        tree->setCurrentItem(withField);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(wizard.currentId() != int(MlopsWizard::ReviewPage));
        QVERIFY2(wizard.currentPage()->findChild<QWidget *>(field), qPrintable(field));
    }

    // A placeholder of one kind ([Name], [FTE], [Amount]) leads to the answer of its row.
    void placeholderOfAKindLeadsToItsRow_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("ML Lead's name") << "Placeholder [Name] has not been filled in"
                                        << "| ML Lead | [Name] | Model development strategy |"
                                        << "mlLead";
        QTest::newRow("Data Scientist's FTE") << "Placeholder [FTE] has not been filled in"
                                              << "| Data Scientist | [FTE] | Statistics |"
                                              << "dataScientistFte";
        QTest::newRow("monitoring cost") << "Placeholder [Amount] has not been filled in"
                                         << "| Monitoring tools | [Amount] | Fixed |"
                                         << "monitoringCost";
        QTest::newRow("own placeholder") << "Placeholder [OWNER] has not been filled in"
                                         << "| **Owner** | [OWNER] |"
                                         << "owner";
        QTest::newRow("no role on the line") << "Placeholder [Name] has not been filled in"
                                             << "| **Tool** | [Name] |"
                                             << "";
    }
    void placeholderOfAKindLeadsToItsRow()
    {
        QFETCH(QString, message);
        QFETCH(QString, line);
        QFETCH(QString, field);
        const ValidationFinding finding{ValidationFinding::Severity::Warning, QStringLiteral("placeholder"), message,
                                        1};
        QCOMPARE(ReviewWizardPage::fieldOf(finding, line), field);
    }

    void sectionsIgnoreCodeBlocks()
    {
        const QString markdown =
            QStringLiteral("# Title\nintro\n## 1. Scope\n```yaml\n# not a heading\n```\n[X]\n## 2. Next\n");
        const QStringList sections = ReviewWizardPage::sectionsOfLines(markdown);
        QCOMPARE(sections.at(1), QStringLiteral("Title"));
        QCOMPARE(sections.at(4), QStringLiteral("1. Scope"));
        QCOMPARE(sections.at(6), QStringLiteral("1. Scope"));
        QCOMPARE(sections.at(7), QStringLiteral("2. Next"));
    }
};

QTEST_MAIN(TestWizardSources)
#include "tst_ui_wizardsources.moc"
