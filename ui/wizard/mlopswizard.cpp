#include "mlopswizard.h"

#include "answerspage.h"
#include "documentcontrolmemory.h"
#include "governancewizardpage.h"
#include "llmwizardpage.h"
#include "maturitywizardpage.h"
#include "monitoringwizardpage.h"
#include "platformwizardpage.h"
#include "projectwizardpage.h"
#include "reviewwizardpage.h"
#include "usecasewizardpage.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QMetaEnum>

namespace arckit {

MlopsWizard::MlopsWizard(const ProjectAnalysis &analysis, const Answers &initial, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<WizardState>())
    , m_steps(new QLabel)
{
    m_state->analysis = analysis;
    m_state->answers = initial;
    m_state->remembered = DocumentControlMemory::recall(m_state->answers);

    setObjectName(QStringLiteral("mlopsWizard"));
    setWindowTitle(analysis.project.dirName.isEmpty()
                       ? tr("MLOps strategy")
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
    for (int id : pageIds())
        page(id)->setObjectName(QString::fromLatin1(QMetaEnum::fromType<PageId>().valueToKey(id)));
    setStartId(ProjectPage);

    // The classification scale on the first page follows the jurisdiction chosen later.
    connect(governance, &GovernanceWizardPage::regimeChanged, project, &ProjectWizardPage::setRegime);
    connect(useCase, &UseCaseWizardPage::genAiChanged, this, &MlopsWizard::updateSteps);
    connect(this, &QWizard::currentIdChanged, this, &MlopsWizard::updateSteps);
    connect(review, &ReviewWizardPage::fieldRequested, this, &MlopsWizard::goToField);

    // Where the person is in the eight steps, and which step is skipped.
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_steps->setMargin(8);
    m_steps->setWordWrap(true);
    m_steps->setFixedWidth(178);
    m_steps->setAccessibleName(tr("Steps"));
    setSideWidget(m_steps);

    setMinimumSize(760, 540);
    resize(900, 650);
    updateSteps();
}

MlopsWizard::~MlopsWizard() = default;

QString MlopsWizard::pageTitle(PageId id)
{
    switch (id) {
    case ProjectPage: return tr("Project and sources");
    case UseCasePage: return tr("Use case and model type");
    case MaturityPage: return tr("MLOps maturity");
    case GovernancePage: return tr("Governance");
    case PlatformPage: return tr("Platform and pipeline");
    case MonitoringPage: return tr("Monitoring and retraining");
    case LlmPage: return tr("LLM and GenAI operations");
    case ReviewPage: return tr("Review");
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
    const bool genAi = useCase && visitedIds().contains(UseCasePage) ? useCase->genAiChosen()
                                                                      : m_state->answers.usesGenAi();
    QString html = QStringLiteral("<p style='font-weight:600'>%1</p><ol style='margin-left:-24px'>")
                       .arg(tr("Steps").toHtmlEscaped());
    const QMetaEnum ids = QMetaEnum::fromType<PageId>();
    for (int i = 0; i < ids.keyCount(); ++i) {
        const auto id = PageId(ids.value(i));
        QString title = pageTitle(id).toHtmlEscaped();
        if (id == LlmPage && !genAi)
            title = QStringLiteral("<span style='color:gray'>%1<br/>%2</span>").arg(title, tr("(no GenAI)").toHtmlEscaped());
        else if (id == currentId())
            title = QStringLiteral("<b>%1</b>").arg(title);
        html += QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(title);
    }
    html += QStringLiteral("</ol>");
    m_steps->setText(html);
}

} // namespace arckit
