// A day of use in the real main window and wizard (issue 12): two
// repositories opened in turn leak no names; switching repositories with a
// modified document asks, and the save dialogs name the folder they write
// to; the wheel changes nothing it is not focused on; Escape on a changed
// wizard asks; the step list jumps; the LLM page has a fallback and takes the
// model from the inventory; opening a document selects its project; the
// welcome view, Alt+3 and the focus after the wizard.

#include "document/documentsession.h"
#include "editor/markdowneditor.h"
#include "mainwindow/documentview.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/saveversiondialog.h"
#include "mainwindow/welcomeview.h"
#include "panels/requirementsmodel.h"
#include "panels/requirementspanel.h"
#include "project/projecttreepanel.h"
#include "project/repositorymonitor.h"
#include "repositorybuilder.h"
#include "wizard/mlopswizard.h"
#include "wizard/modelinventorymodel.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWheelEvent>

#include <functional>

using namespace arckit;

namespace {

QByteArray fixtureRequirements()
{
    QFile file(QStringLiteral(ARCKIT_TEST_DATA "/ui/ARC-001-REQ-v1.1.md"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A repository with an ML project 001 (the fixture requirements) and a
// second project 002 with two requirements of its own and a strategy.
void buildRepository(test::RepositoryBuilder &repository, const QString &organisation)
{
    repository.document(QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md"),
                        organisation + QStringLiteral(" Architecture Principles"));
    repository.write(QStringLiteral("projects/001-fraud-scoring/ARC-001-REQ-v1.1.md"), fixtureRequirements());
    repository.write(QStringLiteral("projects/002-claims-triage/ARC-002-REQ-v1.0.md"),
                     QStringLiteral("# Project Requirements: Claims Triage\n\n## Functional Requirements\n\n"
                                    "### FR-001: Classify Claims with a Machine Learning Model\n\n"
                                    "The system shall use a machine learning model to classify each claim.\n\n"
                                    "### FR-002: Route Claims\n\nThe system shall route each claim to a team.\n"));
    repository.write(QStringLiteral("projects/002-claims-triage/ARC-002-MLOPS-v1.0.md"),
                     QStringLiteral("# MLOps Strategy: Claims Triage\n\n## 1. ML System Overview\n\nTriage.\n"));
}

// Runs action on the first modal widget of type T to appear (a dialog that
// exec() is blocking on), polling; gives up after a while so that a test
// never hangs, closing whatever modal widget is left.
template<class T>
class WhenModal
{
public:
    explicit WhenModal(std::function<void(T *)> action)
        : m_action(std::move(action))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget()); widget && widget->isVisible()) {
                m_timer.stop();
                m_ran = true;
                m_action(widget);
            } else if (m_deadline.hasExpired()) {
                m_timer.stop();
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            }
        });
        m_timer.start();
    }
    bool ran() const { return m_ran; }

private:
    std::function<void(T *)> m_action;
    QTimer m_timer;
    QDeadlineTimer m_deadline{10000};
    bool m_ran = false;
};

QPushButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons())
        if (button->text().remove(QLatin1Char('&')) == text)
            return qobject_cast<QPushButton *>(button);
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Answers holding every value the pages require, so that Next goes through.
Answers completeAnswers()
{
    Answers answers;
    answers.owner = QStringLiteral("Ada Lovelace, ML lead");
    answers.classification = QStringLiteral("OFFICIAL");
    answers.systemName = QStringLiteral("Claims triage");
    answers.useCases = {QStringLiteral("classification"), QStringLiteral("genai")};
    answers.modelType = QStringLiteral("foundation-api");
    answers.currentMaturity = 1;
    answers.targetMaturity = 2;
    answers.regime = QStringLiteral("uk-gov");
    answers.riskLevel = QStringLiteral("Medium");
    answers.humanOversight = QStringLiteral("Required");
    answers.platform = QStringLiteral("Azure ML");
    answers.servingPatterns = {QStringLiteral("real-time")};
    answers.llmProvider = QStringLiteral("Azure OpenAI");
    return answers;
}

} // namespace

class TestUiDayOfUse : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_highlighting;
    std::unique_ptr<test::RepositoryBuilder> m_first;
    std::unique_ptr<test::RepositoryBuilder> m_second;
    std::unique_ptr<QTemporaryDir> m_recovery;
    std::unique_ptr<MainWindow> m_window;

    void open(const QString &root)
    {
        QSignalSpy updated(m_window.get(), &MainWindow::repositoryUpdated);
        QVERIFY(m_window->openRepository(root));
        QVERIFY(updated.wait(30000));
    }

    const ProjectAnalysis *analysis(const QString &id) const
    {
        return m_window->snapshot() ? m_window->snapshot()->analysis(id) : nullptr;
    }

    struct DocumentControl
    {
        QString owner, distribution, reviewers, approver, ownerHint;
    };

    // File > New on the selected project; the wizard's first page is read,
    // optionally typed into (and left with Next, which remembers it), then
    // the wizard is closed.
    DocumentControl newStrategyWizard(const DocumentControl &type = {})
    {
        DocumentControl seen;
        WhenModal<MlopsWizard> driver([&](MlopsWizard *wizard) {
            const auto text = [wizard](const char *name) {
                auto *edit = wizard->findChild<QLineEdit *>(QLatin1String(name));
                return edit ? edit->text() : QStringLiteral("<missing>");
            };
            seen = {text("owner"), text("distribution"), text("reviewers"), text("approver"),
                    wizard->findChild<QLabel *>(QStringLiteral("ownerHint"))->text()};
            if (!type.owner.isEmpty()) {
                typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("owner")), type.owner);
                typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("distribution")), type.distribution);
                typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("reviewers")), type.reviewers);
                typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("approver")), type.approver);
                auto *classification = wizard->findChild<QComboBox *>(QStringLiteral("classification"));
                classification->setCurrentIndex(1); // on whichever scale the project's regime uses
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
                if (wizard->currentId() != MlopsWizard::UseCasePage)
                    qWarning("Next did not go through: %s",
                             qPrintable(wizard->currentPage()->findChild<QLabel *>(QStringLiteral("status"))->text()));
            }
            wizard->QDialog::reject(); // past any question: this test is about what was remembered
        });
        m_window->fileActions()->newDocument();
        if (!driver.ran())
            qWarning("the wizard did not open");
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        m_first = std::make_unique<test::RepositoryBuilder>();
        m_second = std::make_unique<test::RepositoryBuilder>();
        buildRepository(*m_first, QStringLiteral("Ministry of Examples"));
        buildRepository(*m_second, QStringLiteral("Acme Insurance"));
        m_recovery = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(m_highlighting, m_recovery->path());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        if (m_window)
            m_window->session()->setModified(false); // no question when closing
        m_window.reset();
        m_recovery.reset();
        m_first.reset();
        m_second.reset();
    }

    // Item 1.
    void rememberedNamesStayInTheirRepository()
    {
        open(m_first->root());
        QCOMPARE(m_window->currentProjectId(), QStringLiteral("001"));
        const DocumentControl typed{QStringLiteral("Grace Hopper, Head of Data"),
                                    QStringLiteral("Examples data board"),
                                    QStringLiteral("Alan Turing"),
                                    QStringLiteral("Joan Clarke, Director"),
                                    {}};
        const DocumentControl firstTime = newStrategyWizard(typed);
        QCOMPARE(firstTime.owner, QString());

        // The other organisation's repository: none of those people.
        open(m_second->root());
        const DocumentControl other = newStrategyWizard();
        QCOMPARE(other.owner, QString());
        QCOMPARE(other.distribution, QString());
        QCOMPARE(other.reviewers, QString());
        QCOMPARE(other.approver, QString());
        QVERIFY2(!other.ownerHint.contains(QStringLiteral("Remembered")), qPrintable(other.ownerHint));

        // Back in the first: the owner and distribution come back, the
        // sign-off names never do by themselves.
        open(m_first->root());
        const DocumentControl again = newStrategyWizard();
        QCOMPARE(again.owner, typed.owner);
        QCOMPARE(again.distribution, typed.distribution);
        QCOMPARE(again.reviewers, QString());
        QCOMPARE(again.approver, QString());
        QVERIFY2(again.ownerHint.contains(QStringLiteral("Remembered")), qPrintable(again.ownerHint));
    }

    // Item 2.
    void switchingRepositoryWithAModifiedDocumentAsks()
    {
        open(m_first->root());
        const QString firstRoot = m_window->repositoryRoot();
        QVERIFY(m_window->fileActions()->generateDocument(*analysis(QStringLiteral("001")),
                                                          analysis(QStringLiteral("001"))->defaultAnswers()));
        DocumentSession *session = m_window->session();
        QVERIFY(session->isModified());

        QString question;
        {
            WhenModal<QMessageBox> cancel([&](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::Cancel)->click();
            });
            QVERIFY(!m_window->openRepository(m_second->root()));
            QVERIFY(cancel.ran());
        }
        QVERIFY2(question.contains(QStringLiteral("not saved")), qPrintable(question));
        QCOMPARE(m_window->repositoryRoot(), firstRoot); // nothing switched
        QVERIFY(session->isOpen());
        QCOMPARE(session->repositoryRoot(), firstRoot);

        {
            WhenModal<QMessageBox> discard([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
            QSignalSpy updated(m_window.get(), &MainWindow::repositoryUpdated);
            QVERIFY(m_window->openRepository(m_second->root()));
            QVERIFY(discard.ran());
            QVERIFY(updated.wait(30000));
        }
        // The first repository's document is closed: Save cannot write there any more.
        QVERIFY(!session->isOpen());
        QVERIFY(!m_window->fileActions()->saveAction()->isEnabled());
        QCOMPARE(m_window->repositoryRoot(), QDir::cleanPath(m_second->root()));

        // An unmodified document is closed without a question.
        QVERIFY(m_window->fileActions()->generateDocument(*analysis(QStringLiteral("001")),
                                                          analysis(QStringLiteral("001"))->defaultAnswers()));
        session->setModified(false);
        WhenModal<QMessageBox> none([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(m_window->openRepository(m_first->root()));
        QVERIFY(!none.ran());
        QVERIFY(!session->isOpen());
    }

    void saveDialogNamesTheFolder()
    {
        open(m_second->root());
        const Project &project = analysis(QStringLiteral("001"))->project;
        SaveVersionDialog dialog(project, false, QStringLiteral("Ada"));
        auto *file = dialog.findChild<QLabel *>(QStringLiteral("fileToWrite"));
        QVERIFY(file);
        QVERIFY2(file->text().contains(QDir::toNativeSeparators(project.path).toHtmlEscaped()),
                 qPrintable(file->text()));
        QVERIFY(file->text().contains(QStringLiteral("ARC-001-MLOPS-v1.0.md")));
    }

    // Item 3.
    void wheelChangesOnlyAFocusedChoice()
    {
        MlopsWizard wizard(ProjectAnalysis{}, completeAnswers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        const auto wheel = [](QWidget *widget) {
            const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
            QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &event);
        };
        int guarded = 0;
        for (int id : {MlopsWizard::ProjectPage, MlopsWizard::UseCasePage, MlopsWizard::MaturityPage,
                       MlopsWizard::GovernancePage, MlopsWizard::PlatformPage, MlopsWizard::MonitoringPage,
                       MlopsWizard::LlmPage}) {
            QVERIFY(wizard.jumpTo(MlopsWizard::PageId(id)));
            wizard.button(QWizard::NextButton)->setFocus();
            for (QComboBox *combo : wizard.currentPage()->findChildren<QComboBox *>()) {
                if (!combo->isVisible() || !combo->isEnabled() || combo->count() < 2)
                    continue;
                QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
                const int index = combo->currentIndex();
                const QString text = combo->currentText();
                wheel(combo);
                QVERIFY2(combo->currentIndex() == index && combo->currentText() == text,
                         qPrintable(combo->objectName()));
                ++guarded;
            }
        }
        QVERIFY(guarded >= 10);
        // Focused, the wheel still works.
        QVERIFY(wizard.jumpTo(MlopsWizard::ProjectPage));
        auto *status = wizard.findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(1);
        status->setFocus();
        QTRY_VERIFY(status->hasFocus());
        wheel(status);
        QCOMPARE(status->currentIndex(), 2);
    }

    // Item 4.
    void escapeOnAChangedWizardAsks()
    {
        MlopsWizard wizard(ProjectAnalysis{}, completeAnswers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        // Unchanged: Escape closes at once.
        {
            WhenModal<QMessageBox> none([](QMessageBox *box) { box->close(); });
            QTest::keyClick(&wizard, Qt::Key_Escape);
            QVERIFY(!wizard.isVisible());
            QVERIFY(!none.ran());
        }
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.restart();
        typeInto(wizard.findChild<QLineEdit *>(QStringLiteral("owner")), QStringLiteral("Someone Else"));
        QVERIFY(wizard.isChanged());
        {
            WhenModal<QMessageBox> keep(
                [](QMessageBox *box) { buttonNamed(box, QStringLiteral("Keep Editing"))->click(); });
            QTest::keyClick(wizard.focusWidget(), Qt::Key_Escape);
            QVERIFY(keep.ran());
        }
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("owner"))->text(), QStringLiteral("Someone Else"));
        {
            WhenModal<QMessageBox> discard(
                [](QMessageBox *box) { buttonNamed(box, QStringLiteral("Discard Answers"))->click(); });
            wizard.close(); // the window's close button
            QVERIFY(discard.ran());
        }
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    void stepListJumps()
    {
        MlopsWizard wizard(ProjectAnalysis{}, completeAnswers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *steps = wizard.findChild<QListWidget *>(QStringLiteral("steps"));
        QVERIFY(steps);
        QCOMPARE(steps->count(), 8);
        const auto click = [steps](int row) {
            QListWidgetItem *item = steps->item(row);
            steps->scrollToItem(item);
            QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(item).center());
        };
        // Ahead, every page before it being complete.
        click(MlopsWizard::GovernancePage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::GovernancePage));
        QVERIFY(steps->item(MlopsWizard::GovernancePage)->font().bold());
        // Back to a page already reached; Back still walks the pages in order.
        click(MlopsWizard::UseCasePage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::UseCasePage));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ProjectPage));

        // An incomplete page stops the walk there.
        typeInto(wizard.findChild<QLineEdit *>(QStringLiteral("owner")), QString());
        click(MlopsWizard::ReviewPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ProjectPage));
        typeInto(wizard.findChild<QLineEdit *>(QStringLiteral("owner")), QStringLiteral("Ada"));
        click(MlopsWizard::ReviewPage);
        QCOMPARE(wizard.currentId(), int(MlopsWizard::ReviewPage));
        wizard.QDialog::reject();
    }

    // Item 7.
    void llmPageHasAFallbackAndTheInventoryModel()
    {
        MlopsWizard wizard(ProjectAnalysis{}, completeAnswers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.jumpTo(MlopsWizard::UseCasePage));
        // Two language models entered in the inventory on the use-case page.
        auto *view = wizard.currentPage()->findChild<QTableView *>(QStringLiteral("models"));
        QVERIFY(view);
        QAbstractItemModel *inventory = view->model();
        const QStringList services = {QStringLiteral("GPT-4o"), QStringLiteral("Claude 3.5 Sonnet")};
        for (const QString &name : services) {
            const int row = inventory->rowCount();
            QVERIFY(inventory->insertRows(row, 1));
            QVERIFY(inventory->setData(inventory->index(row, ModelInventoryModel::NameColumn), name));
            QVERIFY(
                inventory->setData(inventory->index(row, ModelInventoryModel::TypeColumn), QStringLiteral("GenAI")));
            QVERIFY(inventory->setData(inventory->index(row, ModelInventoryModel::FrameworkColumn),
                                       QStringLiteral("Foundation model API")));
        }
        QVERIFY(wizard.jumpTo(MlopsWizard::LlmPage));
        QWizardPage *page = wizard.currentPage();
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("llmModel"))->text(), services.at(0));
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("llmFallbackModel"))->text(), services.at(1));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("llmModelHint"))->text().contains(QStringLiteral("ML-001")));
        auto *fallback = page->findChild<QComboBox *>(QStringLiteral("llmFallbackProvider"));
        QVERIFY(fallback);
        typeInto(fallback->lineEdit(), QStringLiteral("Anthropic"));
        const Answers answers = wizard.answers();
        QCOMPARE(answers.llmProvider, QStringLiteral("Azure OpenAI"));
        QCOMPARE(answers.llmModel, services.at(0));
        QCOMPARE(answers.llmFallbackProvider, QStringLiteral("Anthropic"));
        QCOMPARE(answers.llmFallbackModel, services.at(1));

        // A model already answered is not overwritten by the inventory.
        Answers chosen = completeAnswers();
        chosen.llmModel = QStringLiteral("gpt-4.1-mini");
        chosen.models = answers.models;
        MlopsWizard second(ProjectAnalysis{}, chosen);
        second.show();
        QVERIFY(second.jumpTo(MlopsWizard::LlmPage));
        QCOMPARE(second.currentPage()->findChild<QLineEdit *>(QStringLiteral("llmModel"))->text(),
                 QStringLiteral("gpt-4.1-mini"));

        // An inventory row that names only the provider leaves the model to the architect.
        Answers providerOnly = completeAnswers();
        providerOnly.llmModel.clear();
        ModelEntry generation;
        generation.id = QStringLiteral("MOD-001");
        generation.name = QStringLiteral("LLM generation: Amazon Bedrock");
        generation.type = QStringLiteral("GenAI");
        generation.framework = QStringLiteral("Foundation model (API)");
        generation.service = QStringLiteral("Amazon Bedrock");
        providerOnly.models = {generation};
        MlopsWizard third(ProjectAnalysis{}, providerOnly);
        third.show();
        QVERIFY(third.jumpTo(MlopsWizard::LlmPage));
        QCOMPARE(third.currentPage()->findChild<QLineEdit *>(QStringLiteral("llmModel"))->text(), QString());
        wizard.QDialog::reject();
        second.QDialog::reject();
        third.QDialog::reject();
    }

    // Item 9: from the command line, before the scan has finished.
    void openingADocumentSelectsItsProject()
    {
        const QString strategy = m_second->path(QStringLiteral("projects/002-claims-triage/ARC-002-MLOPS-v1.0.md"));
        QSignalSpy updated(m_window.get(), &MainWindow::repositoryUpdated);
        m_window->openAtStart(strategy);
        QVERIFY(updated.wait(30000));
        QVERIFY(m_window->session()->isOpen());
        QCOMPARE(m_window->currentProjectId(), QStringLiteral("002"));
        QCOMPARE(m_window->treePanel()->currentProjectId(), QStringLiteral("002"));
        QCOMPARE(m_window->requirementsPanel()->model()->rowCount(),
                 int(analysis(QStringLiteral("002"))->requirements.size()));
        QCOMPARE(m_window->requirementsPanel()->model()->rowCount(), 2);

        // File > Open in the repository already shown.
        QVERIFY(m_window->selectProject(QStringLiteral("001")));
        QVERIFY(m_window->fileActions()->openDocument(strategy));
        QCOMPARE(m_window->currentProjectId(), QStringLiteral("002"));
        QCOMPARE(m_window->requirementsPanel()->model()->rowCount(), 2);

        // Into another repository.
        m_window->session()->setModified(false);
        const QString other = m_first->path(QStringLiteral("projects/002-claims-triage/ARC-002-MLOPS-v1.0.md"));
        QSignalSpy again(m_window.get(), &MainWindow::repositoryUpdated);
        QVERIFY(m_window->fileActions()->openDocument(other));
        QVERIFY(again.wait(30000));
        QCOMPARE(m_window->repositoryRoot(), QDir::cleanPath(m_first->root()));
        QCOMPARE(m_window->currentProjectId(), QStringLiteral("002"));
        QCOMPARE(m_window->requirementsPanel()->model()->rowCount(), 2);
    }

    // Item 11.
    void welcomeViewStandsForTheMissingDocument()
    {
        open(m_first->root());
        auto *central = qobject_cast<QStackedWidget *>(m_window->centralWidget());
        QVERIFY(central);
        WelcomeView *welcome = m_window->welcomeView();
        QCOMPARE(central->currentWidget(), welcome);
        QVERIFY(welcome->newButton()->isEnabled());
        QVERIFY(welcome->newButton()->description().contains(QStringLiteral("001-fraud-scoring")));
        QCOMPARE(welcome->strategies()->count(), 1); // project 002's
        QVERIFY(welcome->strategies()->item(0)->text().contains(QStringLiteral("ARC-002-MLOPS")));

        // A listed strategy opens; the editor takes the place of the welcome.
        QListWidgetItem *item = welcome->strategies()->item(0);
        welcome->strategies()->setCurrentItem(item);
        Q_EMIT welcome->strategies()->itemActivated(item);
        QVERIFY(m_window->session()->isOpen());
        QCOMPARE(central->currentWidget(), m_window->documentView());
        QCOMPARE(m_window->currentProjectId(), QStringLiteral("002"));
        QVERIFY(m_window->fileActions()->closeDocument());
        QCOMPARE(central->currentWidget(), welcome);
        QCOMPARE(welcome->recentFiles()->item(0)->data(Qt::UserRole).toString(),
                 QFileInfo(m_first->path(QStringLiteral("projects/002-claims-triage/ARC-002-MLOPS-v1.0.md")))
                     .absoluteFilePath());
    }

    void longNamesDoNotScrollTheWizardSideways()
    {
        open(QStringLiteral(ARCKIT_TEST_DATA "/long-names-repository"));
        const ProjectAnalysis *project = m_window->currentAnalysis();
        QVERIFY(project);
        QVERIFY(project->project.dirName.size() > 80);
        MlopsWizard wizard(*project, project->defaultAnswers());
        wizard.show(); // its default size
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int id : {MlopsWizard::ProjectPage, MlopsWizard::UseCasePage}) {
            wizard.showPage(MlopsWizard::PageId(id));
            QCOMPARE(wizard.currentId(), id);
            auto *scroll = wizard.currentPage()->findChild<QScrollArea *>();
            QVERIFY(scroll);
            QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
            QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        }
        // Each model type is shown whole in its box.
        auto *modelType = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("modelType"));
        QVERIFY(modelType);
        for (int i = 0; i < modelType->count(); ++i)
            QVERIFY2(modelType->fontMetrics().horizontalAdvance(modelType->itemText(i)) + 40 <= modelType->width(),
                     qPrintable(modelType->itemText(i)));
        // So is each choice of the inventory's Type cell, narrow as the cell is.
        auto *models = wizard.currentPage()->findChild<QTableView *>(QStringLiteral("models"));
        QVERIFY(models->model()->insertRows(models->model()->rowCount(), 1));
        const QModelIndex type =
            models->model()->index(models->model()->rowCount() - 1, ModelInventoryModel::TypeColumn);
        models->edit(type);
        auto *editor = qobject_cast<QComboBox *>(models->indexWidget(type));
        QVERIFY(editor);
        QCOMPARE(editor->view()->textElideMode(), Qt::ElideNone);
        for (int i = 0; i < editor->count(); ++i)
            QVERIFY2(editor->fontMetrics().horizontalAdvance(editor->itemText(i)) < editor->view()->minimumWidth(),
                     qPrintable(editor->itemText(i)));
        wizard.QDialog::reject();
    }

    void projectsPanelShowsManyRows()
    {
        QSettings().clear();
        MainWindow window(m_highlighting, m_recovery->path()); // the default size and layout
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy updated(&window, &MainWindow::repositoryUpdated);
        QVERIFY(window.openRepository(QStringLiteral(ARCKIT_EXAMPLE_REPO)));
        QVERIFY(updated.wait(30000));
        QTreeView *tree = window.treePanel()->view();
        tree->expandAll();
        const int rowHeight = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height();
        QTRY_VERIFY2(tree->viewport()->height() / rowHeight >= 14,
                     qPrintable(QStringLiteral("%1 rows").arg(tree->viewport()->height() / rowHeight)));
        qInfo("the project tree shows %d rows at %dx%d", tree->viewport()->height() / rowHeight, window.width(),
              window.height());
    }

    void keyboardReachesSearchAndShortcutsWorkAfterTheWizard()
    {
        open(m_first->root());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        QTRY_VERIFY(m_window->requirementsPanel()->searchEdit()->hasFocus());

        // A strategy open, the wizard run and closed: Ctrl+W at once closes it.
        QVERIFY(m_window->fileActions()->generateDocument(*analysis(QStringLiteral("001")),
                                                          analysis(QStringLiteral("001"))->defaultAnswers()));
        m_window->session()->setModified(false);
        WhenModal<MlopsWizard> cancel([](MlopsWizard *wizard) { wizard->reject(); });
        QVERIFY(!m_window->fileActions()->newDocument());
        QVERIFY(cancel.ran());
        QTRY_VERIFY(m_window->editor()->hasFocus());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QVERIFY(!m_window->session()->isOpen());
        // With no document the keyboard is on the welcome view: Ctrl+N opens the wizard.
        QTRY_VERIFY(m_window->welcomeView()->isAncestorOf(QApplication::focusWidget()));
        WhenModal<MlopsWizard> opened([](MlopsWizard *wizard) { wizard->reject(); });
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY(opened.ran());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcKitTests"));
    QApplication::setApplicationName(QStringLiteral("tst_ui_dayofuse"));
    TestUiDayOfUse test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_dayofuse.moc"
