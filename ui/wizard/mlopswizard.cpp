#include "mlopswizard.h"

#include "answerspage.h"
#include "documentcontrolmemory.h"
#include "editor/sourceviewer.h"
#include "governancewizardpage.h"
#include "llmwizardpage.h"
#include "maturitywizardpage.h"
#include "monitoringwizardpage.h"
#include "platformwizardpage.h"
#include "projectwizardpage.h"
#include "reviewwizardpage.h"
#include "sourcelink.h"
#include "usecasewizardpage.h"
#include "wheelguard.h"
#include "wizardstate.h"

#include <KSyntaxHighlighting/Repository>

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QScrollArea>

namespace arckit {

namespace {

// The repository the project lies in: its path less its relative path.
QString repositoryRootOf(const Project &project)
{
    const QString path = QDir::cleanPath(project.path);
    const QString relative = QDir::cleanPath(project.relativePath);
    if (project.path.isEmpty() || project.relativePath.isEmpty() || !path.endsWith(QLatin1Char('/') + relative))
        return {};
    return path.left(path.size() - relative.size() - 1);
}

// Breaks text into lines no wider than width. The list view's own word wrap
// elides instead of wrapping some titles, so the lines are made here.
QString wrapped(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MlopsWizard::MlopsWizard(const ProjectAnalysis &analysis, const Answers &initial, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<WizardState>())
    , m_steps(new QListWidget)
{
    m_state->analysis = analysis;
    m_state->answers = initial;
    m_state->repositoryRoot = repositoryRootOf(analysis.project);
    m_state->remembered = DocumentControlMemory::recall(m_state->answers, m_state->repositoryRoot);

    setObjectName(QStringLiteral("mlopsWizard"));
    setWindowTitle(analysis.project.dirName.isEmpty() ? tr("MLOps strategy")
                                                      : tr("MLOps strategy for %1").arg(analysis.project.dirName));
    setWizardStyle(ModernStyle);
    setOption(NoBackButtonOnStartPage, true);
    setOption(NoDefaultButton, false);
    setButtonText(FinishButton, tr("&Generate"));

    auto *project = new ProjectWizardPage(m_state.get());
    auto *useCase = new UseCaseWizardPage(m_state.get());
    auto *governance = new GovernanceWizardPage(m_state.get());
    setPage(ProjectPage, project);
    setPage(UseCasePage, useCase);
    setPage(MaturityPage, new MaturityWizardPage(m_state.get()));
    setPage(GovernancePage, governance);
    setPage(PlatformPage, new PlatformWizardPage(m_state.get()));
    setPage(MonitoringPage, new MonitoringWizardPage(m_state.get()));
    setPage(LlmPage, new LlmWizardPage(m_state.get()));
    auto *review = new ReviewWizardPage(m_state.get());
    setPage(ReviewPage, review);
    for (int id : pageIds()) {
        page(id)->setObjectName(QString::fromLatin1(QMetaEnum::fromType<PageId>().valueToKey(id)));
        if (auto *answersPage = qobject_cast<AnswersPage *>(page(id))) {
            connect(answersPage, &AnswersPage::sourceRequested, this, &MlopsWizard::openSource);
            connect(answersPage, &AnswersPage::edited, this, [this, answersPage] {
                // Only the page being shown is edited by a person; the others
                // react to it (the classification scale follows the regime).
                if (answersPage == currentPage())
                    m_changed = true;
            });
        }
    }
    setStartId(ProjectPage);
    // Scrolling a page must not change the choices it passes over.
    auto *wheelGuard = new WheelGuard(this);
    wheelGuard->guardChildren(this);

    // The classification scale on the first page follows the jurisdiction chosen later.
    connect(governance, &GovernanceWizardPage::regimeChanged, project, &ProjectWizardPage::setRegime);
    connect(useCase, &UseCaseWizardPage::genAiChanged, this, &MlopsWizard::updateSteps);
    connect(this, &QWizard::currentIdChanged, this, &MlopsWizard::updateSteps);
    connect(review, &ReviewWizardPage::fieldRequested, this, &MlopsWizard::goToField);

    // Where the person is in the eight steps, which step is skipped, and a
    // click away from any step that can be reached.
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setTextElideMode(Qt::ElideNone); // a long title is broken into lines by updateSteps(), whole
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setResizeMode(QListView::Adjust);
    m_steps->setFixedWidth(178);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setSpacing(3);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus); // Tab goes through the page, not the steps
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setToolTip(tr("Click a step to go to it"));
    QPalette stepsPalette = m_steps->palette();
    stepsPalette.setColor(QPalette::Base, Qt::transparent);
    m_steps->setPalette(stepsPalette);
    const QMetaEnum ids = QMetaEnum::fromType<PageId>();
    for (int i = 0; i < ids.keyCount(); ++i) {
        auto *item = new QListWidgetItem(m_steps);
        item->setData(Qt::UserRole, ids.value(i));
    }
    connect(m_steps, &QListWidget::itemClicked, this, &MlopsWizard::onStepClicked);
    setSideWidget(m_steps);

    setMinimumSize(760, 540);
    resize(900, 650);
    updateSteps();
}

MlopsWizard::~MlopsWizard() = default;

QString MlopsWizard::pageTitle(PageId id)
{
    switch (id) {
    case ProjectPage:
        return tr("Project and sources");
    case UseCasePage:
        return tr("Use case and model type");
    case MaturityPage:
        return tr("MLOps maturity");
    case GovernancePage:
        return tr("Governance");
    case PlatformPage:
        return tr("Platform and pipeline");
    case MonitoringPage:
        return tr("Monitoring and retraining");
    case LlmPage:
        return tr("LLM and GenAI operations");
    case ReviewPage:
        return tr("Review");
    }
    return {};
}

Answers MlopsWizard::answers() const
{
    Answers result = m_state->answers;
    // Pages left with Next or Back have stored already; the visited ones may hold newer edits.
    for (int id : visitedIds())
        if (auto *answersPage = qobject_cast<AnswersPage *>(page(id)))
            answersPage->store(result);
    return result;
}

void MlopsWizard::showPage(PageId id)
{
    setStartId(ProjectPage);
    restart();
    while (currentId() != id) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    if (currentId() != id) {
        setStartId(id);
        restart();
        setStartId(ProjectPage);
    }
}

bool MlopsWizard::goToField(const QString &field)
{
    for (int id : visitedIds()) {
        QWidget *widget = page(id)->findChild<QWidget *>(field);
        if (!widget)
            continue;
        while (currentId() != id) {
            const int before = currentId();
            back();
            if (currentId() == before)
                return false;
        }
        // A group of check boxes takes the focus on its first box.
        QWidget *target = widget->focusPolicy() == Qt::NoFocus ? widget->findChild<QCheckBox *>() : widget;
        if (!target)
            target = widget;
        if (auto *scroll = page(id)->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(target);
        target->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void MlopsWizard::updateSteps()
{
    auto *useCase = qobject_cast<UseCaseWizardPage *>(page(UseCasePage));
    const bool genAi =
        useCase && visitedIds().contains(UseCasePage) ? useCase->genAiChosen() : m_state->answers.usesGenAi();
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        const auto id = PageId(item->data(Qt::UserRole).toInt());
        const bool skipped = id == LlmPage && !genAi;
        QFont font = m_steps->font();
        font.setBold(id == currentId());
        item->setFont(font);
        QFont bold = font;
        bold.setBold(true); // the width it needs when current
        const QString title =
            wrapped(tr("%1. %2").arg(row + 1).arg(pageTitle(id)), QFontMetrics(bold), m_steps->width() - 20);
        item->setText(skipped ? tr("%1\n(no GenAI)").arg(title) : title);
        // A skipped step cannot be shown; every other one can be tried.
        item->setFlags(skipped ? Qt::NoItemFlags : Qt::ItemIsEnabled);
        item->setToolTip(skipped ? tr("Skipped: GenAI is not among the use cases") : tr("Go to %1").arg(pageTitle(id)));
    }
}

void MlopsWizard::onStepClicked(QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        jumpTo(PageId(item->data(Qt::UserRole).toInt()));
}

bool MlopsWizard::jumpTo(PageId id)
{
    if (currentId() == id)
        return true;
    if (visitedIds().contains(id)) {
        while (currentId() != id) {
            const int before = currentId();
            back();
            if (currentId() == before)
                return false;
        }
        return true;
    }
    // Ahead: Next validates and stores each page on the way, as a click on
    // Next would; it stops at the first page whose answers are incomplete.
    while (currentId() != id) {
        const int before = currentId();
        if (!currentPage() || !currentPage()->isComplete())
            return false;
        next();
        if (currentId() == before)
            return false;
    }
    return true;
}

SourceViewer *MlopsWizard::openSource(const QString &source)
{
    const SourceLink link = SourceLink::parse(source);
    if (link.isEmpty())
        return nullptr;
    const QString path = QFileInfo(link.path).isAbsolute() || m_state->repositoryRoot.isEmpty()
                             ? link.path
                             : QDir(m_state->repositoryRoot).filePath(link.path);
    if (!m_highlighting) {
        if (!m_ownHighlighting)
            m_ownHighlighting = std::make_unique<KSyntaxHighlighting::Repository>();
        m_highlighting = m_ownHighlighting.get();
    }
    // A child of the wizard, so that it can be used while the wizard is modal.
    auto *viewer = new SourceViewer(*m_highlighting, this);
    viewer->setObjectName(QStringLiteral("sourceViewer"));
    QString error;
    if (!viewer->openFile(path, link.line, link.path, &error)) {
        delete viewer;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Source"),
                                    tr("%1 cannot be shown: %2").arg(QDir::toNativeSeparators(path), error),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    viewer->show();
    Q_EMIT sourceOpened(path, link.line);
    return viewer;
}

void MlopsWizard::reject()
{
    if (m_changed) {
        QMessageBox box(QMessageBox::Question, tr("Close the Wizard"),
                        tr("You have changed answers in this wizard. Close it and lose them?"), QMessageBox::NoButton,
                        this);
        box.setObjectName(QStringLiteral("discardAnswersQuestion"));
        QPushButton *discard = box.addButton(tr("&Discard Answers"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QWizard::reject();
}

} // namespace arckit
