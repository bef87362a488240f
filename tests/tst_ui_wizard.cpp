// The MLOps wizard, driven as a person would: typing into its fields,
// choosing, ticking, clicking Next and Back, and checking the Answers it
// produces, the branching to the LLM page, the rules that block Next, the
// remembered Document Control fields and the document rendered from the result.

#include "answers.h"
#include "documentrenderer.h"
#include "documentvalidator.h"
#include "projectanalysis.h"
#include "repositoryscanner.h"
#include "wizard/datasourcemodel.h"
#include "wizard/mlopswizard.h"
#include "wizard/modelinventorymodel.h"
#include "wizard/reviewwizardpage.h"
#include "wizard/sourcelink.h"
#include "wizard/tableeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

#include <optional>

using namespace arckit;

namespace {

const QString kProjectDir = QStringLiteral("001-fraud-screening");
const QString kReqPath = QStringLiteral("projects/001-fraud-screening/ARC-001-REQ-v1.0.md");

Requirement requirement(const QString &id, const QString &title, int line, bool ml)
{
    Requirement r;
    r.id = id;
    r.kind = id.section(QLatin1Char('-'), 0, 0);
    r.title = title;
    r.body = title;
    r.source = kReqPath;
    r.line = line;
    r.ml = ml;
    if (ml)
        r.evidence = {QStringLiteral("model")};
    return r;
}

// A project as the engine would describe it, made by hand so that each test
// controls exactly what is found and what is missing.
ProjectAnalysis handMadeAnalysis(bool withRequirements)
{
    ProjectAnalysis analysis;
    Project &project = analysis.project;
    project.id = QStringLiteral("001");
    project.name = QStringLiteral("fraud-screening");
    project.dirName = kProjectDir;
    project.relativePath = QStringLiteral("projects/") + kProjectDir;
    project.path = QDir::tempPath() + QStringLiteral("/arckit-no-such-repository/") + project.relativePath;
    if (withRequirements) {
        Artifact req;
        req.name = *ArcFileName::parse(QStringLiteral("ARC-001-REQ-v1.0.md"));
        req.relativePath = kReqPath;
        req.path = project.path + QStringLiteral("/ARC-001-REQ-v1.0.md");
        req.title = QStringLiteral("Requirements");
        req.latest = true;
        project.artifacts.append(req);
        analysis.requirements = {
            requirement(QStringLiteral("FR-001"), QStringLiteral("The model shall score each claim for fraud risk"), 20,
                        true),
            requirement(QStringLiteral("FR-002"), QStringLiteral("Staff shall see the score with its reasons"), 24,
                        true),
            requirement(QStringLiteral("NFR-P-001"), QStringLiteral("Scores within 200 ms at p99"), 40, false),
        };
        analysis.requirements[2].category = QStringLiteral("P");
        analysis.missing.append({QStringLiteral("DATA"), MissingDocument::Level::Recommended,
                                 QStringLiteral("Data model (ARC-*-DATA-*.md) not found.")});
    } else {
        analysis.missing.append({QStringLiteral("REQ"), MissingDocument::Level::Mandatory,
                                 QStringLiteral("Requirements (ARC-*-REQ-*.md) not found: run the requirements "
                                                "command first.")});
    }
    return analysis;
}

// Answers holding every value a page requires, so that Next goes through.
Answers requiredAnswers(bool genAi)
{
    Answers answers;
    answers.owner = QStringLiteral("Ada Lovelace, ML lead");
    answers.classification = QStringLiteral("OFFICIAL");
    answers.systemName = QStringLiteral("Fraud screening");
    answers.useCases = {QStringLiteral("classification")};
    if (genAi)
        answers.useCases.append(QStringLiteral("genai"));
    answers.modelType = QStringLiteral("custom-trained");
    answers.currentMaturity = 1;
    answers.targetMaturity = 2;
    answers.regime = QStringLiteral("uk-gov");
    answers.riskLevel = QStringLiteral("High");
    answers.humanOversight = QStringLiteral("Required");
    answers.platform = QStringLiteral("Azure ML");
    answers.servingPatterns = {QStringLiteral("batch")};
    answers.llmProvider = genAi ? QStringLiteral("Azure OpenAI") : QString();
    return answers;
}

template<class T>
T *child(const QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Types text as a person does: select what is there and type over it.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// The step list as one text, a step a line.
QString stepsText(const MlopsWizard &wizard)
{
    QStringList lines;
    if (auto *steps = child<QListWidget>(&wizard, QStringLiteral("steps")))
        for (int row = 0; row < steps->count(); ++row)
            lines.append(steps->item(row)->text());
    return lines.join(QLatin1Char('\n'));
}

// A rich-text label as it reads on screen.
QString plainText(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// The first link of a rich-text label.
QString linkOf(const QLabel *label)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    return href.match(label->text()).captured(1);
}

void clickNext(MlopsWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

// Opens the cell's editor, types text into it and presses Return.
bool editCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    if (!view->indexWidget(index)) // Add opens the new row's first cell itself
        view->edit(index);
    QWidget *editor = view->indexWidget(index);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        typeInto(combo->lineEdit(), text);
        QTest::keyClick(combo, Qt::Key_Return);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        typeInto(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    } else {
        return false;
    }
    // The delegate commits on Return through a queued call.
    (void)QTest::qWaitFor([&index, &text] { return index.data().toString() == text; }, 2000);
    return index.data().toString() == text && !view->indexWidget(index);
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private:
    // The value the walk-through gives a field: a chosen key for the fixed
    // choices that steer the pages, else text naming the field.
    static const QHash<QString, QVariant> &choices()
    {
        static const QHash<QString, QVariant> values = {
            {QStringLiteral("classification"), QStringLiteral("OFFICIAL")},
            {QStringLiteral("status"), QStringLiteral("IN_REVIEW")},
            {QStringLiteral("modelType"), QStringLiteral("fine-tuned")},
            {QStringLiteral("currentMaturity"), 1},
            {QStringLiteral("targetMaturity"), 3},
            {QStringLiteral("regime"), QStringLiteral("mod")},
            {QStringLiteral("riskLevel"), QStringLiteral("High")},
            {QStringLiteral("humanOversight"), QStringLiteral("Required")},
            {QStringLiteral("atrs"), QStringLiteral("Required")},
            {QStringLiteral("atrsTier"), QStringLiteral("2")},
            {QStringLiteral("fairnessMonitoring"), QStringLiteral("Enabled")},
            {QStringLiteral("deploymentStrategy"), QStringLiteral("canary")},
        };
        return values;
    }

    // Fills every field of the current page through its widget and records
    // the value it should end up as in expected. Choices and check boxes
    // first: they enable the fields that depend on them.
    static void fillPage(QWizardPage *page, Answers &expected, QStringList &filled)
    {
        const QStringList fields = Answers::fieldNames();
        for (QComboBox *combo : page->findChildren<QComboBox *>()) {
            const QString field = combo->objectName();
            if (!fields.contains(field) || combo->isEditable())
                continue;
            const QVariant wanted = choices().value(field);
            const int index = wanted.isValid() ? combo->findData(wanted) : combo->count() - 1;
            QVERIFY2(index >= 0, qPrintable(field));
            combo->setCurrentIndex(index);
            expected.setValue(field, combo->currentData());
            filled.append(field);
        }
        QHash<QString, QStringList> checked;
        for (QCheckBox *check : page->findChildren<QCheckBox *>()) {
            const QString field = check->objectName().section(QLatin1Char(':'), 0, 0);
            if (!fields.contains(field))
                continue;
            if (!check->isChecked())
                check->click();
            checked[field].append(check->objectName().section(QLatin1Char(':'), 1));
        }
        for (auto it = checked.cbegin(); it != checked.cend(); ++it) {
            expected.setValue(it.key(), it.value());
            filled.append(it.key());
        }
        for (QComboBox *combo : page->findChildren<QComboBox *>()) {
            const QString field = combo->objectName();
            if (!fields.contains(field) || !combo->isEditable())
                continue;
            QVERIFY2(combo->isEnabled(), qPrintable(field));
            const QString text = field + QStringLiteral(" choice");
            typeInto(combo->lineEdit(), text);
            expected.setValue(field, text);
            filled.append(field);
        }
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            const QString field = edit->objectName();
            if (!fields.contains(field))
                continue;
            QVERIFY2(edit->isEnabled(), qPrintable(field));
            if (Answers().value(field).typeId() == QMetaType::QStringList) {
                typeInto(edit, field + QStringLiteral(" one, ") + field + QStringLiteral(" two"));
                expected.setValue(field, QStringList{field + QStringLiteral(" one"), field + QStringLiteral(" two")});
            } else {
                typeInto(edit, field + QStringLiteral(" text"));
                expected.setValue(field, QString(field + QStringLiteral(" text")));
            }
            filled.append(field);
        }
    }

    struct WalkResult
    {
        Answers answers;
        Answers expected;
        QStringList filled;
        QString markdown;
        ValidationFindings reviewFindings;
    };

    // Walks through every page from an empty start, filling every field.
    static void walkThrough(const ProjectAnalysis &analysis, WalkResult &result)
    {
        MlopsWizard wizard(analysis, Answers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Answers &expected = result.expected;

        QCOMPARE(wizard.currentId(), int(MlopsWizard::ProjectPage));
        fillPage(wizard.currentPage(), expected, result.filled);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        fillPage(wizard.currentPage(), expected, result.filled);
        auto *inventory = child<TableEditor>(wizard.currentPage(), QString());
        QVERIFY(inventory);
        auto *addModel = child<QPushButton>(wizard.currentPage(), QStringLiteral("addModel"));
        auto *removeModel = child<QPushButton>(wizard.currentPage(), QStringLiteral("removeModel"));
        auto *models = child<QTableView>(wizard.currentPage(), QStringLiteral("models"));
        QVERIFY(addModel && removeModel && models);
        for (int i = 0; i < 3; ++i) {
            QTest::mouseClick(addModel, Qt::LeftButton);
            const int row = models->model()->rowCount() - 1;
            QVERIFY(editCell(models, row, ModelInventoryModel::NameColumn, QStringLiteral("Model %1").arg(i + 1)));
        }
        // Next waits for the new rows to be named; the one removed here was named too.
        models->selectRow(1);
        QTest::mouseClick(removeModel, Qt::LeftButton);
        QCOMPARE(models->model()->rowCount(), 2);
        const QList<std::pair<int, QString>> cells = {
            {ModelInventoryModel::TypeColumn, QStringLiteral("Classification")},
            {ModelInventoryModel::FrameworkColumn, QStringLiteral("XGBoost")},
            {ModelInventoryModel::ServiceColumn, QStringLiteral("Claims scorer v2")},
            {ModelInventoryModel::RequirementsColumn, QStringLiteral("FR-001, FR-002")},
            {ModelInventoryModel::PurposeColumn, QStringLiteral("Score claims")},
            {ModelInventoryModel::RiskColumn, QStringLiteral("High")},
            {ModelInventoryModel::OwnerColumn, QStringLiteral("Fraud team")}};
        for (int row = 0; row < 2; ++row)
            for (const auto &[column, text] : cells)
                QVERIFY2(editCell(models, row, column, text), qPrintable(text));
        for (const QString &name : {QStringLiteral("Model 1"), QStringLiteral("Model 3")}) {
            ModelEntry model{name == QLatin1String("Model 1") ? QStringLiteral("ML-001") : QStringLiteral("ML-003"),
                             name,
                             cells[0].second,
                             cells[1].second,
                             cells[4].second,
                             cells[5].second,
                             cells[6].second,
                             {},
                             {},
                             {},
                             {},
                             {}};
            model.service = cells[2].second;
            model.requirements = {QStringLiteral("FR-001"), QStringLiteral("FR-002")};
            expected.models.append(model);
        }
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        for (int id : {MlopsWizard::MaturityPage, MlopsWizard::GovernancePage}) {
            QCOMPARE(wizard.currentId(), id);
            fillPage(wizard.currentPage(), expected, result.filled);
            QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                     qPrintable(child<QLabel>(wizard.currentPage(), QStringLiteral("status"))->text()));
            clickNext(wizard);
        }

        QCOMPARE(wizard.currentId(), int(MlopsWizard::PlatformPage));
        fillPage(wizard.currentPage(), expected, result.filled);
        auto *sources = child<QTableView>(wizard.currentPage(), QStringLiteral("dataSources"));
        QVERIFY(sources);
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), QStringLiteral("addDataSource")), Qt::LeftButton);
        const QStringList sourceCells = {
            QStringLiteral("Claims database"), QStringLiteral("Database"), QStringLiteral("Daily"),
            QStringLiteral("40 GB"),           QStringLiteral("Yes"),      QStringLiteral("Claims team")};
        for (int column = 0; column < DataSourceModel::ColumnCount; ++column)
            QVERIFY(editCell(sources, 0, column, sourceCells.at(column)));
        expected.dataSources = {
            {sourceCells[0], sourceCells[1], sourceCells[2], sourceCells[3], sourceCells[4], sourceCells[5]}};
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(MlopsWizard::MonitoringPage));
        fillPage(wizard.currentPage(), expected, result.filled);
        clickNext(wizard);

        // GenAI was ticked on the use-case page: the LLM page comes next.
        QCOMPARE(wizard.currentId(), int(MlopsWizard::LlmPage));
        fillPage(wizard.currentPage(), expected, result.filled);
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(MlopsWizard::ReviewPage));
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        auto *review = qobject_cast<ReviewWizardPage *>(wizard.currentPage());
        QVERIFY(review);
        result.markdown = review->markdown();
        result.reviewFindings = review->findings();
        expected.llmOperations = true;
        result.answers = wizard.answers();
    }

    static ProjectAnalysis exampleAnalysis(const RepositoryScan &scan, const QString &projectId)
    {
        const Project *project = scan.project(projectId);
        return project ? ProjectAnalyzer().analyze(scan, *project) : ProjectAnalysis();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The remembered Document Control goes to a test location, never the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArcKitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_wizard"));
    }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("documentControl"));
    }

    void settingsLiveInTheTestLocation()
    {
        QSettings settings;
        const QString home = QDir::homePath();
        QVERIFY2(settings.fileName().contains(QLatin1String("qttest")), qPrintable(settings.fileName()));
        QVERIFY(!settings.fileName().startsWith(home + QStringLiteral("/.config/ArcKitTests")));
    }

    void walkThroughFillsEveryField()
    {
        WalkResult result;
        walkThrough(handMadeAnalysis(true), result);
        if (QTest::currentTestFailed())
            return;
        // Every Answers field has a home in the wizard (llmOperations follows the GenAI use case).
        for (const QString &field : Answers::fieldNames()) {
            if (field == QLatin1String("llmOperations"))
                continue;
            QVERIFY2(result.filled.contains(field), qPrintable(QStringLiteral("no widget for ") + field));
        }
        QCOMPARE(result.answers.toJson(), result.expected.toJson());
        QCOMPARE(result.answers.models, result.expected.models);
        QCOMPARE(result.answers.dataSources, result.expected.dataSources);
        QVERIFY(result.answers.llmOperations);
        QVERIFY(result.answers.usesGenAi());
    }

    void everyFieldFilledLeavesNoPlaceholder()
    {
        WalkResult result;
        const ProjectAnalysis analysis = handMadeAnalysis(true);
        walkThrough(analysis, result);
        if (QTest::currentTestFailed())
            return;
        // What the review page validated is the document with no placeholder left...
        QVERIFY(!result.markdown.isEmpty());
        for (const ValidationFinding &finding : std::as_const(result.reviewFindings))
            QVERIFY2(finding.rule != QLatin1String("placeholder"), qPrintable(finding.message));
        // ...and rendering the answers the wizard returns gives the same verdict.
        RenderInput input;
        input.answers = result.answers;
        input.project = analysis.project;
        input.requirements = analysis.requirements;
        const RenderResult rendered = DocumentRenderer().render(input);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error));
        ValidationContext context;
        context.mlRequirements = analysis.mlRequirements();
        context.ukGovernment = true;
        for (const ValidationFinding &finding : DocumentValidator().validate(rendered.markdown, context))
            QVERIFY2(finding.rule != QLatin1String("placeholder"),
                     qPrintable(QStringLiteral("line %1: %2").arg(finding.line).arg(finding.message)));
    }

    void initialValuesArePreFilledWithTheirSource()
    {
        Answers initial = requiredAnswers(false);
        initial.latencyP99 = QStringLiteral("< 200 ms");
        initial.sources.insert(QStringLiteral("latencyP99"), kReqPath + QStringLiteral(":40"));
        initial.sources.insert(QStringLiteral("riskLevel"),
                               QStringLiteral("projects/001-fraud-screening/ARC-001-AIPB-v1.0.md:12"));
        MlopsWizard wizard(handMadeAnalysis(true), initial);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("owner"))->text(), initial.owner);
        wizard.showPage(MlopsWizard::GovernancePage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::GovernancePage));
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("riskLevel"))->currentData().toString(),
                 QStringLiteral("High"));
        auto *riskHint = child<QLabel>(&wizard, QStringLiteral("riskLevelHint"));
        QVERIFY(!riskHint->isHidden());
        QCOMPARE(plainText(riskHint), QStringLiteral("From ARC-001-AIPB-v1.0.md, line 12"));
        // The document's name is a link to it at the line.
        QCOMPARE(SourceLink::sourceOf(linkOf(riskHint)),
                 QStringLiteral("projects/001-fraud-screening/ARC-001-AIPB-v1.0.md:12"));
        QVERIFY(child<QComboBox>(&wizard, QStringLiteral("riskLevel"))
                    ->accessibleDescription()
                    .contains(QLatin1String("AIPB")));
        wizard.showPage(MlopsWizard::PlatformPage);
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("latencyP99"))->text(), initial.latencyP99);
        QCOMPARE(plainText(child<QLabel>(&wizard, QStringLiteral("latencyP99Hint"))),
                 QStringLiteral("From ARC-001-REQ-v1.0.md, line 40"));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("latencyP50Hint"))->isHidden());
        // Untouched, the answers come back as they went in.
        QCOMPARE(wizard.answers().toJson(), initial.toJson());
    }

    void llmPageOnlyWithGenAi_data()
    {
        QTest::addColumn<bool>("genAi");
        QTest::addColumn<int>("afterMonitoring");
        QTest::newRow("no GenAI: skipped") << false << int(MlopsWizard::ReviewPage);
        QTest::newRow("GenAI: shown") << true << int(MlopsWizard::LlmPage);
    }

    void llmPageOnlyWithGenAi()
    {
        QFETCH(bool, genAi);
        QFETCH(int, afterMonitoring);
        MlopsWizard wizard(handMadeAnalysis(true), requiredAnswers(genAi));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != MlopsWizard::MonitoringPage) {
            const int before = wizard.currentId();
            clickNext(wizard);
            QVERIFY2(wizard.currentId() != before, qPrintable(wizard.currentPage()->title()));
        }
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), afterMonitoring);
        QCOMPARE(wizard.answers().llmOperations, genAi);
        const QString steps = stepsText(wizard);
        QCOMPARE(steps.contains(QLatin1String("no GenAI")), !genAi);
    }

    void tickingGenAiAddsTheLlmPage()
    {
        MlopsWizard wizard(handMadeAnalysis(true), requiredAnswers(false));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        child<QCheckBox>(&wizard, QStringLiteral("useCases:genai"))->click();
        QVERIFY(!stepsText(wizard).contains(QLatin1String("no GenAI")));
        while (wizard.currentId() != MlopsWizard::MonitoringPage)
            clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::LlmPage));
        // The provider is required on that page.
        auto *provider = child<QComboBox>(&wizard, QStringLiteral("llmProvider"));
        typeInto(provider->lineEdit(), QString());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeInto(provider->lineEdit(), QStringLiteral("Anthropic"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ReviewPage));
        const Answers answers = wizard.answers();
        QVERIFY(answers.llmOperations);
        QCOMPARE(answers.useCases, (QStringList{QStringLiteral("classification"), QStringLiteral("genai")}));
        QCOMPARE(answers.llmProvider, QStringLiteral("Anthropic"));
    }

    void reviewListsFindingsAndGoesToTheirAnswer()
    {
        MlopsWizard wizard(handMadeAnalysis(true), requiredAnswers(false));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != MlopsWizard::ReviewPage) {
            const int before = wizard.currentId();
            clickNext(wizard);
            QVERIFY(wizard.currentId() != before);
        }
        auto *review = qobject_cast<ReviewWizardPage *>(wizard.currentPage());
        QVERIFY(review);
        QVERIFY(review->markdown().contains(QLatin1String("Fraud screening")));
        auto *checklist = child<QTreeWidget>(review, QStringLiteral("checklist"));
        QCOMPARE(checklist->topLevelItemCount(), review->findings().size());
        // Errors come first.
        for (int i = 1; i < review->findings().size(); ++i)
            QVERIFY(int(review->findings().at(i - 1).severity) <= int(review->findings().at(i).severity));
        auto *summary = child<QTextBrowser>(review, QStringLiteral("summary"));
        QVERIFY(summary->toPlainText().contains(QLatin1String("ARC-001-MLOPS-v1.0.md")));
        QVERIFY(summary->toPlainText().contains(QLatin1String("Azure ML")));
        // The business purpose was left empty: its finding leads back to it.
        QTreeWidgetItem *purpose = nullptr;
        for (int i = 0; i < checklist->topLevelItemCount(); ++i)
            if (checklist->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("businessPurpose"))
                purpose = checklist->topLevelItem(i);
        QVERIFY(purpose);
        QCOMPARE(purpose->text(2), QStringLiteral("placeholder"));
        checklist->setCurrentItem(purpose);
        QTest::keyClick(checklist, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        typeInto(child<QLineEdit>(&wizard, QStringLiteral("businessPurpose")),
                 QStringLiteral("Stop fraudulent claims"));
        while (wizard.currentId() != MlopsWizard::ReviewPage)
            clickNext(wizard);
        for (const ValidationFinding &finding : review->findings())
            QVERIFY(ReviewWizardPage::fieldOf(finding) != QLatin1String("businessPurpose"));
        QVERIFY(!wizard.goToField(QStringLiteral("llmProvider"))); // the skipped page
        QVERIFY(wizard.goToField(QStringLiteral("useCases")));
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
    }

    void targetBelowCurrentBlocksNext()
    {
        MlopsWizard wizard(handMadeAnalysis(true), requiredAnswers(false));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showPage(MlopsWizard::MaturityPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::MaturityPage));
        auto *current = child<QComboBox>(&wizard, QStringLiteral("currentMaturity"));
        auto *target = child<QComboBox>(&wizard, QStringLiteral("targetMaturity"));
        current->setCurrentIndex(current->findData(3));
        target->setCurrentIndex(target->findData(1));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *status = child<QLabel>(wizard.currentPage(), QStringLiteral("status"));
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().contains(QLatin1String("target level")), qPrintable(status->text()));
        wizard.next(); // even when asked directly, the page refuses
        QCOMPARE(wizard.currentId(), int(MlopsWizard::MaturityPage));
        target->setCurrentIndex(target->findData(3));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(status->isHidden());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::GovernancePage));
        QCOMPARE(wizard.answers().currentMaturity, 3);
        QCOMPARE(wizard.answers().targetMaturity, 3);
    }

    void missingRequirementsNeedConfirmation()
    {
        MlopsWizard wizard(handMadeAnalysis(false), requiredAnswers(false));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(child<QGroupBox>(&wizard, QStringLiteral("requirementsWarning")));
        auto *confirm = child<QCheckBox>(&wizard, QStringLiteral("proceedWithoutRequirements"));
        QVERIFY(confirm);
        QVERIFY(!confirm->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard.currentPage(), QStringLiteral("status"))
                    ->text()
                    .contains(QLatin1String("requirements")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ProjectPage));
        confirm->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        // ...and generation stays possible: the walk reaches the review page.
        wizard.showPage(MlopsWizard::ReviewPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ReviewPage));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        MlopsWizard withRequirements(handMadeAnalysis(true), requiredAnswers(false));
        QVERIFY(!withRequirements.findChild<QCheckBox *>(QStringLiteral("proceedWithoutRequirements")));
    }

    void requiredFieldsBlockNext()
    {
        MlopsWizard wizard(handMadeAnalysis(true), Answers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeInto(child<QLineEdit>(&wizard, QStringLiteral("owner")), QStringLiteral("Grace Hopper"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *classification = child<QComboBox>(&wizard, QStringLiteral("classification"));
        classification->setCurrentIndex(classification->findData(QStringLiteral("OFFICIAL-SENSITIVE")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Blank text is no answer.
        typeInto(child<QLineEdit>(&wizard, QStringLiteral("owner")), QStringLiteral("   "));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    // A system whose models are obtained in different ways has no one model
    // type: the field is needed only for inventory rows that state none.
    void modelTypeNeededOnlyForModelsWithoutOne()
    {
        Answers initial = requiredAnswers(false);
        initial.modelType.clear();
        ModelEntry trained;
        trained.id = QStringLiteral("MOD-001");
        trained.name = QStringLiteral("Defect grader");
        trained.approach = QStringLiteral("custom-trained");
        ModelEntry provided;
        provided.id = QStringLiteral("MOD-002");
        provided.name = QStringLiteral("Work-order drafter");
        provided.approach = QStringLiteral("foundation-api");
        initial.models = {trained, provided};
        MlopsWizard wizard(handMadeAnalysis(true), initial);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        auto *description = child<QLabel>(wizard.currentPage(), QStringLiteral("modelTypeDescription"));
        QVERIFY(description);
        QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(description->text()));
        QVERIFY(description->text().contains(QStringLiteral("Each model of the inventory states")));

        // A row added by hand, with no approach, makes the system's type needed again, and says for which.
        auto *models = child<QTableView>(wizard.currentPage(), QStringLiteral("models"));
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), QStringLiteral("addModel")), Qt::LeftButton);
        const int row = models->model()->rowCount() - 1;
        QVERIFY(editCell(models, row, ModelInventoryModel::NameColumn, QStringLiteral("Duplicate finder")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString added = models->model()->index(row, ModelInventoryModel::IdColumn).data().toString();
        QVERIFY2(description->text().contains(added), qPrintable(description->text()));
        auto *modelType = child<QComboBox>(wizard.currentPage(), QStringLiteral("modelType"));
        modelType->setCurrentIndex(modelType->findData(QStringLiteral("custom-trained")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Every column of the model inventory is in view at the wizard's usual
    // width, the source links included, with long names and owners.
    void inventoryColumnsAllInView()
    {
        Answers initial = requiredAnswers(false);
        for (int i = 1; i <= 4; ++i) {
            ModelEntry model;
            model.id = QStringLiteral("MOD-00%1").arg(i);
            model.name = QStringLiteral("Computer vision: roadcheck-severity grading model %1").arg(i);
            model.type = QStringLiteral("Computer vision");
            model.approach = QStringLiteral("custom-trained");
            model.framework = QStringLiteral("Custom trained");
            model.service = QStringLiteral("roadcheck-severity");
            model.requirements = {QStringLiteral("FR-003"), QStringLiteral("FR-012"), QStringLiteral("NFR-P-001")};
            model.purpose = QStringLiteral("The system SHALL predict the severity category of each reported defect.");
            model.owner = QStringLiteral("Dr Nadia Kowalski, ML Lead");
            model.evidence = {QStringLiteral("projects/001-road/ARC-001-REQ-v1.1.md:1271")};
            initial.models.append(model);
        }
        MlopsWizard wizard(handMadeAnalysis(true), initial);
        wizard.resize(1000, 760);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        auto *models = child<QTableView>(wizard.currentPage(), QStringLiteral("models"));
        QVERIFY(models);
        QHeaderView *header = models->horizontalHeader();
        QVERIFY2(
            header->length() <= models->viewport()->width(),
            qPrintable(
                QStringLiteral("columns %1 px, view %2 px").arg(header->length()).arg(models->viewport()->width())));
        const int source = ModelInventoryModel::SourceColumn;
        const QString text = models->model()->index(0, source).data().toString();
        QVERIFY2(header->sectionSize(source) >= models->fontMetrics().horizontalAdvance(text),
                 qPrintable(QStringLiteral("source column %1 px for %2").arg(header->sectionSize(source)).arg(text)));
    }

    void backKeepsEdits()
    {
        MlopsWizard wizard(handMadeAnalysis(true), requiredAnswers(false));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        typeInto(child<QLineEdit>(&wizard, QStringLiteral("systemName")), QStringLiteral("Claims triage"));
        clickNext(wizard);
        typeInto(child<QLineEdit>(&wizard, QStringLiteral("targetTimeline")), QStringLiteral("Q3 2027"));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("systemName"))->text(), QStringLiteral("Claims triage"));
        QCOMPARE(wizard.answers().targetTimeline, QStringLiteral("Q3 2027"));
        clickNext(wizard);
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("targetTimeline"))->text(), QStringLiteral("Q3 2027"));
        QCOMPARE(wizard.answers().systemName, QStringLiteral("Claims triage"));
    }

    void classificationFollowsTheJurisdiction()
    {
        Answers initial = requiredAnswers(false);
        initial.regime = QStringLiteral("commercial");
        initial.classification = QStringLiteral("CONFIDENTIAL");
        MlopsWizard wizard(handMadeAnalysis(true), initial);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *classification = child<QComboBox>(&wizard, QStringLiteral("classification"));
        QStringList items;
        for (int i = 0; i < classification->count(); ++i)
            items.append(classification->itemText(i));
        QCOMPARE(items, (QStringList{QStringLiteral("PUBLIC"), QStringLiteral("INTERNAL"),
                                     QStringLiteral("CONFIDENTIAL"), QStringLiteral("RESTRICTED")}));
        wizard.showPage(MlopsWizard::GovernancePage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::GovernancePage));
        auto *regime = child<QComboBox>(&wizard, QStringLiteral("regime"));
        auto *jsp936 = child<QComboBox>(&wizard, QStringLiteral("jsp936RiskClass"));
        QVERIFY(!jsp936->isEnabled());
        regime->setCurrentIndex(regime->findData(QStringLiteral("mod")));
        QVERIFY(jsp936->isEnabled());
        // CONFIDENTIAL is not on the UK Government scale: Next waits for a fix on the first page.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(classification->itemText(1), QStringLiteral("OFFICIAL"));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ProjectPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        classification->setCurrentIndex(classification->findData(QStringLiteral("OFFICIAL")));
        while (wizard.currentId() != MlopsWizard::GovernancePage)
            clickNext(wizard);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const Answers answers = wizard.answers();
        QCOMPARE(answers.regime, QStringLiteral("mod"));
        QCOMPARE(answers.classification, QStringLiteral("OFFICIAL"));
    }

    // Another government marks OFFICIAL as the UK does: its documents' marking
    // stands, and nothing sends the architect back to the first page.
    void anotherGovernmentKeepsItsOfficialMarking()
    {
        Answers initial = requiredAnswers(false);
        initial.regime = QStringLiteral("other-gov");
        initial.classification = QStringLiteral("OFFICIAL");
        MlopsWizard wizard(handMadeAnalysis(true), initial);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *classification = child<QComboBox>(&wizard, QStringLiteral("classification"));
        QCOMPARE(classification->currentData().toString(), QStringLiteral("OFFICIAL"));
        QVERIFY(classification->findData(QStringLiteral("CONFIDENTIAL")) >= 0);
        wizard.showPage(MlopsWizard::GovernancePage);
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("regime"))->currentData().toString(),
                 QStringLiteral("other-gov"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.answers().classification, QStringLiteral("OFFICIAL"));
    }

    void documentControlIsRemembered()
    {
        {
            MlopsWizard first(handMadeAnalysis(true), Answers());
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            typeInto(child<QLineEdit>(&first, QStringLiteral("owner")), QStringLiteral("Grace Hopper, Head of Data"));
            auto *classification = child<QComboBox>(&first, QStringLiteral("classification"));
            classification->setCurrentIndex(classification->findData(QStringLiteral("OFFICIAL-SENSITIVE")));
            typeInto(child<QComboBox>(&first, QStringLiteral("reviewCycle"))->lineEdit(), QStringLiteral("Quarterly"));
            typeInto(child<QLineEdit>(&first, QStringLiteral("distribution")), QStringLiteral("Data board"));
            typeInto(child<QLineEdit>(&first, QStringLiteral("reviewers")), QStringLiteral("Alan Turing"));
            typeInto(child<QLineEdit>(&first, QStringLiteral("approver")), QStringLiteral("Joan Clarke"));
            clickNext(first);
            QCOMPARE(first.currentId(), int(MlopsWizard::UseCasePage));
        }
        Answers second;
        second.reviewers = QStringLiteral("Tommy Flowers"); // what the document says wins
        MlopsWizard wizard(handMadeAnalysis(true), second);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("owner"))->text(),
                 QStringLiteral("Grace Hopper, Head of Data"));
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("classification"))->currentText(),
                 QStringLiteral("OFFICIAL-SENSITIVE"));
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("reviewCycle"))->currentText(), QStringLiteral("Quarterly"));
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("distribution"))->text(), QStringLiteral("Data board"));
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("reviewers"))->text(), QStringLiteral("Tommy Flowers"));
        // A sign-off name is never filled in by itself.
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("approver"))->text(), QString());
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("ownerHint"))->text(),
                 QStringLiteral("Remembered from your previous document in this repository"));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("reviewersHint"))->isHidden());
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("approverHint"))->isHidden());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Another repository's project: nothing remembered.
        ProjectAnalysis elsewhere = handMadeAnalysis(true);
        elsewhere.project.path =
            QDir::tempPath() + QStringLiteral("/arckit-other-repository/") + elsewhere.project.relativePath;
        MlopsWizard other(elsewhere, Answers());
        QCOMPARE(child<QLineEdit>(&other, QStringLiteral("owner"))->text(), QString());
        QCOMPARE(child<QLineEdit>(&other, QStringLiteral("distribution"))->text(), QString());
    }

    void modelInventoryModel()
    {
        ModelInventoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(ModelInventoryModel::ColumnCount));
        QVERIFY(model.insertRows(0, 3));
        QCOMPARE(model.index(0, ModelInventoryModel::IdColumn).data().toString(), QStringLiteral("ML-001"));
        QCOMPARE(model.index(2, ModelInventoryModel::IdColumn).data().toString(), QStringLiteral("ML-003"));
        QVERIFY(!(model.flags(model.index(0, ModelInventoryModel::IdColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, ModelInventoryModel::IdColumn), QStringLiteral("X-1")));
        QVERIFY(model.setData(model.index(1, ModelInventoryModel::NameColumn), QStringLiteral("  Triage  ")));
        QCOMPARE(model.models().at(1).name, QStringLiteral("Triage"));
        QVERIFY(model.removeRows(1, 1));
        QVERIFY(!model.removeRows(2, 1));
        QVERIFY(model.insertRows(model.rowCount(), 1));
        QCOMPARE(model.models().last().id, QStringLiteral("ML-004"));
        QVERIFY(!model.index(0, ModelInventoryModel::RiskColumn)
                     .data(ModelInventoryModel::ChoicesRole)
                     .toStringList()
                     .isEmpty());
        model.setModels({{QStringLiteral("ML-007"), QStringLiteral("Old"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.nextModelId(), QStringLiteral("ML-008"));
        QCOMPARE(model.headerData(ModelInventoryModel::IdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Model ID"));
        // A typed purpose drops the line that stated the documents' one; other edits keep it.
        ModelEntry found;
        found.name = QStringLiteral("Fraud detection");
        found.purpose = QStringLiteral("Detect fraudulent listings");
        found.purposeSource = QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:212");
        model.setModels({found});
        QVERIFY(model.setData(model.index(0, ModelInventoryModel::OwnerColumn), QStringLiteral("Trust team")));
        QCOMPARE(model.models().first().purposeSource, found.purposeSource);
        QVERIFY(model.setData(model.index(0, ModelInventoryModel::PurposeColumn), QStringLiteral("Flag sellers")));
        QVERIFY(model.models().first().purposeSource.isEmpty());
    }

    void dataSourceModel()
    {
        DataSourceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.insertRows(0, 2));
        QVERIFY(model.setData(model.index(0, DataSourceModel::PiiColumn), QStringLiteral("Yes")));
        QCOMPARE(model.sources().at(0).pii, QStringLiteral("Yes"));
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.insertRows(5, 1));
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
    }

    void keyboardAndAccessibility()
    {
        // Every page: each input has an accessible name, and no two of its
        // mnemonics (labels, boxes, buttons, the wizard's own) share a letter.
        MlopsWizard wizard(handMadeAnalysis(false), requiredAnswers(true));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QList<QWizard::WizardButton> buttons = {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                                      QWizard::CancelButton};
        for (int id : wizard.pageIds()) {
            wizard.showPage(MlopsWizard::PageId(id));
            QCOMPARE(wizard.currentId(), id);
            QWizardPage *page = wizard.page(id);
            QHash<QChar, QString> mnemonics;
            auto note = [&](const QString &text, const QString &owner) {
                const qsizetype at = text.indexOf(QLatin1Char('&'));
                if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == QLatin1Char('&'))
                    return;
                const QChar key = text.at(at + 1).toLower();
                QVERIFY2(!mnemonics.contains(key),
                         qPrintable(QStringLiteral("%1: '%2' used by %3 and %4")
                                        .arg(page->title(), key, mnemonics.value(key), owner)));
                mnemonics.insert(key, owner);
            };
            // A hidden button's shortcut does nothing, so only the buttons shown count.
            for (QWizard::WizardButton button : buttons)
                if (wizard.button(button)->isVisible())
                    note(wizard.buttonText(button), wizard.buttonText(button));
            for (QLabel *label : page->findChildren<QLabel *>())
                if (label->buddy())
                    note(label->text(), label->text());
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
                note(button->text(), button->text());
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                                   qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget);
                if (!input || widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1: %2 %3 has no accessible name")
                                        .arg(page->title(), QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName())));
            }
        }
        wizard.showPage(MlopsWizard::ProjectPage);
        // Tab walks the first page's Document Control in order.
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *owner = child<QLineEdit>(&wizard, QStringLiteral("owner"));
        owner->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), owner);
        const QStringList order = {QStringLiteral("classification"), QStringLiteral("status"),
                                   QStringLiteral("reviewCycle"),    QStringLiteral("distribution"),
                                   QStringLiteral("reviewers"),      QStringLiteral("approver")};
        for (const QString &name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            while (focus && focus->objectName().isEmpty() && focus->parentWidget())
                focus = focus->parentWidget(); // an editable combo box's line edit
            QVERIFY(focus);
            QCOMPARE(focus->objectName(), name);
        }
    }

    void examplePagesFitAndRender_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("ml");
        QTest::newRow("ML project") << QStringLiteral("001") << true;
        QTest::newRow("project without ML") << QStringLiteral("003") << false;
    }

    void examplePagesFitAndRender()
    {
        QFETCH(QString, projectId);
        QFETCH(bool, ml);
        const QString root = QStringLiteral(ARCKIT_EXAMPLE_REPO);
        if (!QDir(root + QStringLiteral("/projects")).exists())
            QSKIP("the example repository is not there: skipped");
        const RepositoryScan scan = RepositoryScanner().scan(root);
        const ProjectAnalysis analysis = exampleAnalysis(scan, projectId);
        QVERIFY(!analysis.project.id.isEmpty());
        MlopsWizard wizard(analysis, analysis.defaultAnswers());
        wizard.resize(900, 650);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QString shots = qEnvironmentVariable("ARCKIT_WIZARD_SHOTS");
        const QMetaEnum ids = QMetaEnum::fromType<MlopsWizard::PageId>();
        for (int i = 0; i < ids.keyCount(); ++i) {
            const auto id = MlopsWizard::PageId(ids.value(i));
            wizard.showPage(id);
            QCOMPARE(wizard.currentId(), int(id));
            QCoreApplication::processEvents();
            // Nothing is cut off sideways at 900x650: the pages scroll only down.
            auto *scroll = wizard.currentPage()->findChild<QScrollArea *>();
            QVERIFY(scroll);
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), ids.key(i));
            const QPixmap shot = wizard.grab();
            QVERIFY(!shot.isNull());
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                QVERIFY(shot.save(
                    QStringLiteral("%1/%2-%3-%4.png").arg(shots, projectId).arg(i + 1).arg(QLatin1String(ids.key(i)))));
            }
        }
        // A decided choice's note is as tall as its text at its width: no gap above or below it.
        if (ml) {
            wizard.showPage(MlopsWizard::PlatformPage);
            QCoreApplication::processEvents();
            auto *chooser = child<QWidget>(&wizard, QStringLiteral("platformCandidates"));
            auto *note = child<QLabel>(&wizard, QStringLiteral("platformCandidatesNote"));
            QVERIFY(chooser->isVisible());
            const int textHeight = note->heightForWidth(note->width());
            QVERIFY2(chooser->height() <= textHeight + 3 * note->fontMetrics().height(),
                     qPrintable(QStringLiteral("candidates %1 px tall for a note of %2 px")
                                    .arg(chooser->height())
                                    .arg(textHeight)));
        }
        // The example project's documents and missing prerequisites reached the first page.
        wizard.showPage(MlopsWizard::ProjectPage);
        QVERIFY(child<QListWidget>(&wizard, QStringLiteral("foundDocuments"))->count() > 1);
        QVERIFY(child<QListWidget>(&wizard, QStringLiteral("missingDocuments"))->count() >= 1);
        const QString summary = child<QLabel>(&wizard, QStringLiteral("requirementsSummary"))->text();
        QCOMPARE(summary.contains(QLatin1String(" 0 ML-related")), !ml);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_ui_wizard.moc"
