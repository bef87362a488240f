#include "maturitywizardpage.h"

#include "answers.h"
#include "sourcelink.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace arckit {

namespace {

enum TableColumn { LevelColumn, CharacteristicsColumn, AutomationColumn, WhenColumn, ChoiceColumn, TableColumns };

struct LevelRow
{
    const char *characteristics;
    const char *automation;
    const char *when;
};

// The command's "Determine MLOps Maturity Target" table.
const LevelRow levels[] = {
    {QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Manual, notebooks"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "None"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "PoC, exploration")},
    {QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Automated training"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Training pipeline"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "First production model")},
    {QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "CI/CD for ML"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "+ Serving pipeline"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Multiple models")},
    {QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Automated retraining"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "+ Monitoring triggers"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Production at scale")},
    {QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Full automation"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "+ Auto-remediation"),
     QT_TRANSLATE_NOOP("arckit::MaturityWizardPage", "Enterprise ML")},
};

} // namespace

MaturityWizardPage::MaturityWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("MLOps maturity"),
                  tr("Where the ML system's operations are today and where they should be; the target is at "
                     "least the current level."),
                  parent)
    , m_suggestion(makeNote(QStringLiteral("maturitySuggestion")))
{
    // What the documents suggest, above the choice it pre-filled.
    m_suggestion->setFrameShape(QFrame::StyledPanel);
    m_suggestion->setMargin(6);
    m_suggestion->hide();
    body()->addWidget(m_suggestion);

    QGroupBox *box = nullptr;
    QFormLayout *form = addGroup(tr("Maturity level"), &box);
    QList<Choice> choices;
    for (int level = 0; level <= 4; ++level)
        choices.append({level, Answers::maturityLabel(level)});
    m_current = addChoice(form, QStringLiteral("currentMaturity"), tr("&Current level"), choices, Required::Yes);
    m_target = addChoice(form, QStringLiteral("targetMaturity"), tr("&Target level"), choices, Required::Yes);
    addText(form, QStringLiteral("targetTimeline"), tr("Target ti&meline"), Required::No, tr("e.g. Q4 2026"));
    addText(form, QStringLiteral("maturityReason"), tr("R&eason"), Required::No,
            tr("Why these levels: project phase, number of models, models in production"));

    m_table = new QTableWidget(5, TableColumns, box);
    m_table->setObjectName(QStringLiteral("maturityTable"));
    m_table->setAccessibleName(tr("MLOps maturity levels"));
    m_table->setHorizontalHeaderLabels(
        {tr("Level"), tr("Characteristics"), tr("Automation"), tr("When to use"), tr("Your choice")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    for (int level = 0; level <= 4; ++level) {
        const LevelRow &info = levels[level];
        m_table->setItem(level, LevelColumn, new QTableWidgetItem(QString::number(level)));
        m_table->setItem(level, CharacteristicsColumn, new QTableWidgetItem(tr(info.characteristics)));
        m_table->setItem(level, AutomationColumn, new QTableWidgetItem(tr(info.automation)));
        m_table->setItem(level, WhenColumn, new QTableWidgetItem(tr(info.when)));
        m_table->setItem(level, ChoiceColumn, new QTableWidgetItem);
        m_table->item(level, LevelColumn)->setTextAlignment(Qt::AlignCenter);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeightToRows(m_table);
    // The levels sit right under the two choices they explain.
    form->addRow(m_table);
    body()->addStretch();

    connect(m_current, &QComboBox::currentIndexChanged, this, &MaturityWizardPage::markChoices);
    connect(m_target, &QComboBox::currentIndexChanged, this, &MaturityWizardPage::markChoices);
}

void MaturityWizardPage::load(const Answers &answers)
{
    AnswersPage::load(answers);
    // A suggestion, shown as one: the levels the documents support and why,
    // whatever the answers now hold, so that a person can compare and confirm.
    const MaturitySuggestion &suggested = state()->analysis.profile.maturity;
    if (suggested.current < 0) {
        m_suggestion->hide();
        return;
    }
    QString text = tr("<b>Suggested from the documents:</b> current %1, target %2.")
                       .arg(Answers::maturityLabel(suggested.current).toHtmlEscaped(),
                            Answers::maturityLabel(suggested.target).toHtmlEscaped());
    if (!suggested.reason.isEmpty())
        text += QLatin1Char(' ') + suggested.reason.toHtmlEscaped();
    QStringList links;
    for (const QString &source : suggested.evidence.mid(0, 3))
        links.append(SourceLink::html(source));
    if (!links.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(links.join(QStringLiteral(", ")));
    const bool same = answers.currentMaturity == suggested.current && answers.targetMaturity == suggested.target;
    text +=
        QStringLiteral("<br>") + (same ? tr("Check the levels below and change them if the documents are out of date.")
                                       : tr("The levels below differ from the suggestion."));
    m_suggestion->setText(text);
    m_suggestion->show();
}

QStringList MaturityWizardPage::problems() const
{
    QStringList problems = AnswersPage::problems();
    const QVariant current = m_current->currentData();
    const QVariant target = m_target->currentData();
    if (current.isValid() && target.isValid() && target.toInt() < current.toInt())
        problems.append(tr("The target level (%1) must not be below the current level (%2).")
                            .arg(Answers::maturityLabel(target.toInt()), Answers::maturityLabel(current.toInt())));
    return problems;
}

void MaturityWizardPage::markChoices()
{
    const int current = m_current->currentData().isValid() ? m_current->currentData().toInt() : -1;
    const int target = m_target->currentData().isValid() ? m_target->currentData().toInt() : -1;
    const QColor highlight = palette().color(QPalette::Highlight);
    for (int level = 0; level <= 4; ++level) {
        QString choice;
        if (level == current && level == target)
            choice = tr("Current and target");
        else if (level == current)
            choice = tr("Current");
        else if (level == target)
            choice = tr("Target");
        m_table->item(level, ChoiceColumn)->setText(choice);
        QColor background = choice.isEmpty() ? QColor() : highlight;
        if (background.isValid())
            background.setAlpha(level == target ? 70 : 35);
        for (int column = 0; column < TableColumns; ++column) {
            QTableWidgetItem *item = m_table->item(level, column);
            item->setBackground(background.isValid() ? QBrush(background) : QBrush());
            QFont font = item->font();
            font.setBold(!choice.isEmpty());
            item->setFont(font);
        }
    }
}

} // namespace arckit
