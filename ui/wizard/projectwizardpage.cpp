#include "projectwizardpage.h"

#include "documentcontrolmemory.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace arckit {

namespace {

QListWidget *makeList(const QString &accessibleName, bool wrap, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Document names fit one line each (the whole text is in the tooltip);
    // messages wrap, since they say what to do.
    list->setWordWrap(wrap);
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
    list->setMinimumHeight(72);
    list->setMaximumHeight(118);
    return list;
}

bool requirementsMissing(const ProjectAnalysis &analysis)
{
    for (const MissingDocument &missing : analysis.missing)
        if (missing.type == QLatin1String("REQ") && missing.level == MissingDocument::Level::Mandatory)
            return true;
    return false;
}

} // namespace

ProjectWizardPage::ProjectWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("Project and sources"),
                  tr("The project the strategy is for, what its documents provide, and the Document Control "
                     "details only you can supply."),
                  parent)
{
    const ProjectAnalysis &analysis = state->analysis;
    const Project &project = analysis.project;

    // What was found: read-only, listed so that the person can check the sources.
    auto *sourcesBox = new QGroupBox(tr("Project and sources"));
    auto *sources = new QGridLayout(sourcesBox);
    auto *projectLabel = new QLabel(
        project.dirName.isEmpty() ? tr("(no project)")
                                  : tr("<b>%1</b> &nbsp;<span>%2</span>")
                                        .arg(project.dirName.toHtmlEscaped(), project.relativePath.toHtmlEscaped()));
    projectLabel->setObjectName(QStringLiteral("projectName"));
    projectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long project folder wraps (after its hyphens) rather than widening
    // the page until it scrolls sideways.
    projectLabel->setWordWrap(true);
    sources->addWidget(new QLabel(tr("Project:")), 0, 0);
    sources->addWidget(projectLabel, 0, 1, 1, 3);

    const Artifact *req = project.latest(QStringLiteral("REQ"));
    const int mlCount = int(analysis.mlRequirements().size());
    const int count = int(analysis.requirements.size());
    auto *requirementsLabel = new QLabel(
        req ? (count == 1 ? tr("1 requirement in %1, %2 ML-related") : tr("%3 requirements in %1, %2 ML-related"))
                  .arg(QFileInfo(req->relativePath).fileName())
                  .arg(mlCount)
                  .arg(count)
            : tr("No requirements document"));
    requirementsLabel->setObjectName(QStringLiteral("requirementsSummary"));
    requirementsLabel->setWordWrap(true);
    sources->addWidget(new QLabel(tr("Requirements:")), 1, 0);
    sources->addWidget(requirementsLabel, 1, 1, 1, 3);

    auto *found = makeList(tr("Documents found"), false, sourcesBox);
    found->setObjectName(QStringLiteral("foundDocuments"));
    QList<const Artifact *> artifacts = project.latestArtifacts();
    if (analysis.global && analysis.global->id != project.id)
        artifacts += analysis.global->latestArtifacts();
    for (const Artifact *artifact : artifacts) {
        const QString name = QFileInfo(artifact->relativePath).fileName();
        auto *item =
            new QListWidgetItem(artifact->title.isEmpty() ? name : tr("%1 — %2").arg(name, artifact->title), found);
        item->setToolTip(artifact->title.isEmpty() ? artifact->relativePath
                                                   : tr("%1\n%2").arg(artifact->relativePath, artifact->title));
    }
    if (artifacts.isEmpty())
        new QListWidgetItem(tr("No ArcKit documents in this project"), found);

    auto *missing = makeList(tr("Missing documents and problems"), true, sourcesBox);
    missing->setObjectName(QStringLiteral("missingDocuments"));
    for (const MissingDocument &document : analysis.missing) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (document.level == MissingDocument::Level::Mandatory)
            icon = QStyle::SP_MessageBoxCritical;
        else if (document.level == MissingDocument::Level::Recommended)
            icon = QStyle::SP_MessageBoxWarning;
        auto *item = new QListWidgetItem(style()->standardIcon(icon), document.messageWithoutSign(), missing);
        item->setToolTip(tr("%1 (%2)").arg(document.messageWithoutSign(), MissingDocument::levelName(document.level)));
    }
    for (const Problem &problem : analysis.problems) {
        auto *item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                tr("%1: %2").arg(QFileInfo(problem.path).fileName(), problem.message), missing);
        item->setToolTip(tr("%1: %2").arg(problem.path, problem.message));
    }
    if (missing->count() == 0)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("Every prerequisite document is present"), missing);

    auto *external = makeList(tr("External documents"), false, sourcesBox);
    external->setObjectName(QStringLiteral("externalDocuments"));
    QStringList externalFiles = project.externalFiles;
    if (analysis.global && analysis.global->id != project.id)
        externalFiles += analysis.global->externalFiles;
    external->setTextElideMode(Qt::ElideMiddle); // the end of a long name tells the files apart
    const QString projectFolder = project.relativePath + QLatin1Char('/');
    for (const QString &file : externalFiles) {
        // Within the project, "external/x.yaml" says it all; the project folder can be long.
        auto *item =
            new QListWidgetItem(file.startsWith(projectFolder) ? file.mid(projectFolder.size()) : file, external);
        item->setToolTip(file);
    }
    if (externalFiles.isEmpty()) {
        // The command asks for these when none exist; the wizard says where they go.
        auto *item = new QListWidgetItem(
            tr("None. Pipeline configurations, model cards or evaluation reports placed in %1/external/ "
               "would improve the strategy.")
                .arg(project.relativePath.isEmpty() ? QStringLiteral("projects/<project>") : project.relativePath),
            external);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }

    auto *foundLabel = new QLabel(tr("Documents found"));
    foundLabel->setBuddy(found);
    auto *missingLabel = new QLabel(tr("Missing and problems"));
    missingLabel->setBuddy(missing);
    auto *externalLabel = new QLabel(tr("External documents"));
    externalLabel->setBuddy(external);
    sources->addWidget(foundLabel, 2, 0, 1, 2);
    sources->addWidget(missingLabel, 2, 2, 1, 2);
    sources->addWidget(found, 3, 0, 1, 2);
    sources->addWidget(missing, 3, 2, 1, 2);
    sources->addWidget(externalLabel, 4, 0, 1, 4);
    sources->addWidget(external, 5, 0, 1, 4);
    sources->setColumnStretch(1, 1);
    sources->setColumnStretch(3, 1);
    // As tall as its few items (two to four lines).
    const int lines = qBound(2, external->count(), 4);
    external->setFixedHeight(lines * external->fontMetrics().height() + 4 * external->frameWidth() + 8);
    body()->addWidget(sourcesBox);

    if (requirementsMissing(analysis)) {
        auto *warningBox = new QGroupBox(tr("No requirements document"));
        warningBox->setObjectName(QStringLiteral("requirementsWarning"));
        auto *warningLayout = new QGridLayout(warningBox);
        auto *icon = new QLabel;
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
        auto *text = new QLabel(tr("⚠️ The requirements document (ARC-*-REQ-*.md) is missing. The mlops command "
                                   "reads the ML use cases, performance and data requirements from it: run "
                                   "the requirements command first. Without it the strategy has no requirements "
                                   "traceability and more of it must be typed in."));
        text->setWordWrap(true);
        m_confirm = new QCheckBox(tr("&Proceed without a requirements document"));
        m_confirm->setObjectName(QStringLiteral("proceedWithoutRequirements"));
        m_confirm->setAccessibleName(tr("Proceed without a requirements document"));
        warningLayout->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
        warningLayout->addWidget(text, 0, 1);
        warningLayout->addWidget(m_confirm, 1, 1);
        warningLayout->setColumnStretch(1, 1);
        body()->addWidget(warningBox);
        registerField(QStringLiteral("proceedWithoutRequirements*"), m_confirm);
        connect(m_confirm, &QCheckBox::toggled, this, &ProjectWizardPage::refreshCompleteness);
    }

    QFormLayout *control = addGroup(tr("Document Control"));
    addText(control, QStringLiteral("owner"), tr("&Owner"), Required::Yes, tr("Name and role"));
    m_classification = addChoice(control, QStringLiteral("classification"), tr("C&lassification"), {}, Required::Yes);
    QList<Choice> statuses;
    for (const char *status : {"DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "SUPERSEDED", "ARCHIVED"})
        statuses.append({QLatin1String(status), QLatin1String(status)});
    addChoice(control, QStringLiteral("status"), tr("&Status"), statuses);
    addSuggestions(control, QStringLiteral("reviewCycle"), tr("&Review cycle"),
                   {tr("Monthly"), tr("Quarterly"), tr("Annual"), tr("On-Demand")});
    addText(control, QStringLiteral("distribution"), tr("&Distribution"), Required::No,
            tr("Who receives the document"));
    addText(control, QStringLiteral("reviewers"), tr("Re&viewers"), Required::No, tr("Names, comma-separated"));
    addText(control, QStringLiteral("approver"), tr("&Approver"), Required::No, tr("Name and role"));
    body()->addStretch();

    fillScale(jurisdiction(state->answers));
}

QStringList ProjectWizardPage::classificationScale(const QString &regime)
{
    // Other governments mark OFFICIAL as the UK does, or use an organisation's words: both scales.
    if (regime == QLatin1String("other-gov"))
        return {QStringLiteral("PUBLIC"),   QStringLiteral("OFFICIAL"),     QStringLiteral("OFFICIAL-SENSITIVE"),
                QStringLiteral("INTERNAL"), QStringLiteral("CONFIDENTIAL"), QStringLiteral("RESTRICTED"),
                QStringLiteral("SECRET")};
    if (regime == QLatin1String("commercial"))
        return {QStringLiteral("PUBLIC"), QStringLiteral("INTERNAL"), QStringLiteral("CONFIDENTIAL"),
                QStringLiteral("RESTRICTED")};
    return {QStringLiteral("PUBLIC"), QStringLiteral("OFFICIAL"), QStringLiteral("OFFICIAL-SENSITIVE"),
            QStringLiteral("SECRET")};
}

QString ProjectWizardPage::jurisdiction(const Answers &answers) const
{
    if (!answers.regime.isEmpty())
        return answers.regime;
    if (!state()->analysis.context.regime.isEmpty())
        return state()->analysis.context.regime.value;
    // Nothing says; a commercial classification tells.
    const QStringList commercial = classificationScale(QStringLiteral("commercial"));
    if (answers.classification != QLatin1String("PUBLIC") && commercial.contains(answers.classification))
        return QStringLiteral("commercial");
    return {};
}

void ProjectWizardPage::fillScale(const QString &regime)
{
    m_regime = regime;
    const QString current = m_classification->currentData().toString();
    const QSignalBlocker blocker(m_classification);
    m_classification->clear();
    for (const QString &level : classificationScale(regime))
        m_classification->addItem(level, level);
    int index = m_classification->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // Kept so that it is not lost; problems() asks for one of the scale.
        m_classification->addItem(current, current);
        index = m_classification->count() - 1;
    }
    m_classification->setCurrentIndex(index);
    m_classification->setToolTip(regime == QLatin1String("commercial")
                                     ? tr("The commercial classification scale")
                                     : tr("The UK Government Security Classifications"));
}

void ProjectWizardPage::setRegime(const QString &regime)
{
    if (regime == m_regime)
        return;
    fillScale(regime);
    refreshCompleteness();
}

void ProjectWizardPage::load(const Answers &answers)
{
    fillScale(jurisdiction(answers));
    AnswersPage::load(answers);
}

QStringList ProjectWizardPage::problems() const
{
    QStringList problems;
    if (m_confirm && !m_confirm->isChecked())
        problems.append(tr("Confirm that you want to proceed without a requirements document."));
    problems += AnswersPage::problems();
    const QString classification = m_classification->currentData().toString();
    if (!classification.isEmpty() && !m_regime.isEmpty() && !classificationScale(m_regime).contains(classification))
        problems.append(tr("%1 is not on the %2 classification scale; choose one of %3.")
                            .arg(classification, Answers::regimeLabel(m_regime),
                                 classificationScale(m_regime).join(QLatin1String(", "))));
    return problems;
}

bool ProjectWizardPage::validatePage()
{
    if (!AnswersPage::validatePage())
        return false;
    DocumentControlMemory::remember(state()->answers, state()->repositoryRoot);
    return true;
}

} // namespace arckit
