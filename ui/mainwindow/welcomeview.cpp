#include "welcomeview.h"

#include "arcfilename.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace arckit {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QListWidget *documentList(const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setTextElideMode(Qt::ElideMiddle);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setUniformItemSizes(true);
    return list;
}

} // namespace

WelcomeView::WelcomeView(QAction *newAction, QAction *openAction, QAction *openRepositoryAction, QWidget *parent)
    : QWidget(parent)
    , m_newAction(newAction)
    , m_repository(new QLabel(this))
    , m_newButton(nullptr)
    , m_strategies(documentList(tr("MLOps strategies in this repository"), this))
    , m_recent(documentList(tr("Recent files"), this))
    , m_actions(new QWidget(this))
{
    setObjectName(QStringLiteral("welcomeView"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *title = new QLabel(tr("ArcKit MLOps Studio"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_repository->setObjectName(QStringLiteral("welcomeRepository"));
    m_repository->setWordWrap(true);
    m_repository->setTextFormat(Qt::PlainText);
    m_repository->setForegroundRole(QPalette::PlaceholderText);

    auto *actionsLayout = new QVBoxLayout(m_actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(heading(tr("Start"), m_actions));
    m_newButton = addActionButton(newAction, QString());
    m_newButton->setObjectName(QStringLiteral("welcomeNew"));
    m_openButton = addActionButton(openAction, tr("An MLOps strategy (ARC-*-MLOPS-*.md) opens for revision"));
    m_openButton->setObjectName(QStringLiteral("welcomeOpen"));
    addActionButton(openRepositoryAction, tr("A folder holding projects/"))
        ->setObjectName(QStringLiteral("welcomeOpenRepository"));
    actionsLayout->addStretch();

    m_strategies->setObjectName(QStringLiteral("welcomeStrategies"));
    m_recent->setObjectName(QStringLiteral("welcomeRecentFiles"));
    connect(m_strategies, &QListWidget::itemActivated, this, &WelcomeView::onItemActivated);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomeView::onItemActivated);
    auto *strategiesLabel = heading(tr("MLOps strategies in this repository"), this);
    strategiesLabel->setBuddy(m_strategies);
    auto *recentLabel = heading(tr("Recent files"), this);
    recentLabel->setBuddy(m_recent);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_actions, 0, 0, 4, 1);
    grid->addWidget(strategiesLabel, 0, 1);
    grid->addWidget(m_strategies, 1, 1);
    grid->addWidget(recentLabel, 2, 1);
    grid->addWidget(m_recent, 3, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->addWidget(title);
    layout->addWidget(m_repository);
    layout->addSpacing(18);
    layout->addLayout(grid, 1);

    connect(newAction, &QAction::changed, this, &WelcomeView::updateNewButton);
    setRepository({}, {});
    setRecentFiles({});
}

QCommandLinkButton *WelcomeView::addActionButton(QAction *action, const QString &description)
{
    // The action's own text, less its mnemonic and ellipsis.
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    auto *button = new QCommandLinkButton(text, description, m_actions);
    button->setIcon(action->icon());
    button->setEnabled(action->isEnabled());
    connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    m_actions->layout()->addWidget(button);
    return button;
}

void WelcomeView::focusStart(Qt::FocusReason reason)
{
    (m_newButton->isEnabled() ? m_newButton : m_openButton)->setFocus(reason);
}

void WelcomeView::updateNewButton()
{
    m_newButton->setEnabled(m_newAction->isEnabled());
    m_newButton->setDescription(
        m_projectName.isEmpty()
            ? tr("Select a project in the Projects panel first")
            : tr("For %1: the wizard reads the project's documents and asks the rest").arg(m_projectName));
}

void WelcomeView::setRepository(const RepositorySnapshotPtr &snapshot, const QString &projectId)
{
    m_strategies->clear();
    m_projectName.clear();
    if (!snapshot) {
        m_repository->setText(tr("No repository is open. Open Repository chooses a folder holding projects/."));
        updateNewButton();
        return;
    }
    if (const Project *project = snapshot->scan.project(projectId); project && !project->isGlobal())
        m_projectName = project->dirName;
    m_repository->setText(
        m_projectName.isEmpty()
            ? tr("Repository %1").arg(QDir::toNativeSeparators(snapshot->scan.root))
            : tr("Repository %1, project %2").arg(QDir::toNativeSeparators(snapshot->scan.root), m_projectName));
    // The selected project's strategies first, then the other projects'.
    QList<const Artifact *> own;
    QList<const Artifact *> others;
    for (const Project &project : snapshot->scan.projects)
        for (const Artifact *artifact : project.latestArtifacts())
            if (artifact->type() == QLatin1String("MLOPS"))
                (project.id == projectId ? own : others).append(artifact);
    for (const Artifact *artifact : own + others) {
        auto *item = new QListWidgetItem(QFileInfo(artifact->relativePath).fileName(), m_strategies);
        item->setData(Qt::UserRole, artifact->path);
        item->setToolTip(artifact->title.isEmpty() ? artifact->relativePath
                                                   : tr("%1\n%2").arg(artifact->relativePath, artifact->title));
    }
    if (m_strategies->count() == 0) {
        auto *item = new QListWidgetItem(tr("None yet: New MLOps Strategy writes the first one."), m_strategies);
        item->setFlags(Qt::NoItemFlags);
    }
    updateNewButton();
}

void WelcomeView::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent files"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomeView::onItemActivated(QListWidgetItem *item)
{
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (!path.isEmpty())
        Q_EMIT fileRequested(path);
}

} // namespace arckit
