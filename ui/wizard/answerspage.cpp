#include "answerspage.h"

#include "answers.h"
#include "candidatechooser.h"
#include "sourcelink.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace arckit {

namespace {

// "&Owner" -> "Owner"; "Co&st" -> "Cost"; "&&" stays one ampersand.
QString plainLabel(QString label)
{
    label.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    label.remove(QLatin1Char('&'));
    label.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return label;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList items;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

AnswersPage::AnswersPage(WizardState *state, const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_body(nullptr)
    , m_status(new QLabel(this))
{
    setTitle(title);
    setSubTitle(subTitle);

    // Tall pages scroll instead of being clipped at small window sizes.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 6, 0);
    scroll->setWidget(content);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("What is needed to continue"));
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_status->setPalette(palette);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
}

QFormLayout *AnswersPage::addGroup(const QString &title, QGroupBox **box)
{
    auto *group = new QGroupBox(title);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_body->addWidget(group);
    if (box)
        *box = group;
    return form;
}

AnswersPage::Binding &AnswersPage::bind(const QString &field, const QString &label, Kind kind, QWidget *widget,
                                        Required required)
{
    auto binding = std::make_unique<Binding>();
    binding->field = field;
    binding->label = plainLabel(label);
    binding->kind = kind;
    binding->widget = widget;
    binding->required = required != Required::No;
    binding->whenNeeded = required == Required::WhenNeeded;
    if (widget) {
        widget->setObjectName(field);
        widget->setAccessibleName(binding->label);
    }
    m_bindings.push_back(std::move(binding));
    return *m_bindings.back();
}

QLabel *AnswersPage::makeHint(const QString &field)
{
    // Small and quiet, under its field; hidden while there is no source.
    // The document's name is a link that opens it at the line.
    QLabel *hint = makeNote(field + QStringLiteral("Hint"));
    QFont font = hint->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    hint->setFont(font);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->hide();
    return hint;
}

CandidateChooser *AnswersPage::addCandidates(QFormLayout *form, const DecidedChoice &choice, QWidget *target,
                                             const QString &noun)
{
    auto *chooser = new CandidateChooser(choice, target, noun);
    if (auto *combo = qobject_cast<QComboBox *>(target)) {
        // The documents' candidates first in the suggestions, strongest first.
        const QStringList values = chooser->values();
        for (qsizetype i = values.size() - 1; i >= 0; --i) {
            const int existing = combo->findText(values.at(i));
            if (existing >= 0)
                combo->removeItem(existing);
            combo->insertItem(0, values.at(i));
        }
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
    }
    connect(chooser, &CandidateChooser::sourceRequested, this, &AnswersPage::sourceRequested);
    form->addRow(QString(), chooser);
    return chooser;
}

QLabel *AnswersPage::makeNote(const QString &objectName)
{
    auto *note = new QLabel;
    note->setObjectName(objectName);
    note->setTextFormat(Qt::RichText);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    note->setOpenExternalLinks(false);
    connect(note, &QLabel::linkActivated, this, [this](const QString &href) {
        const QString source = SourceLink::sourceOf(href);
        if (!source.isEmpty())
            Q_EMIT sourceRequested(source);
    });
    return note;
}

QWidget *AnswersPage::withHint(QWidget *widget, Binding &binding)
{
    binding.hint = makeHint(binding.field);
    auto *container = new QWidget;
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addWidget(widget);
    column->addWidget(binding.hint);
    return container;
}

void AnswersPage::addRow(QFormLayout *form, const QString &label, QWidget *widget, Binding &binding)
{
    auto *rowLabel = new QLabel(binding.required ? label + QStringLiteral(" *") : label);
    rowLabel->setBuddy(widget);
    m_rowLabels.append(rowLabel);
    form->addRow(rowLabel, withHint(widget, binding));
}

QLineEdit *AnswersPage::addText(QFormLayout *form, const QString &field, const QString &label, Required required,
                                const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    Binding &binding = bind(field, label, Kind::Text, edit, required);
    addRow(form, label, edit, binding);
    registerField(registeredName(binding), edit);
    connect(edit, &QLineEdit::textChanged, this, &AnswersPage::refreshCompleteness);
    return edit;
}

QLineEdit *AnswersPage::addList(QFormLayout *form, const QString &field, const QString &label, Required required,
                                const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tr("Separate the items with commas"));
    Binding &binding = bind(field, label, Kind::List, edit, required);
    addRow(form, label, edit, binding);
    registerField(registeredName(binding), edit);
    connect(edit, &QLineEdit::textChanged, this, &AnswersPage::refreshCompleteness);
    return edit;
}

QComboBox *AnswersPage::addChoice(QFormLayout *form, const QString &field, const QString &label,
                                  const QList<Choice> &choices, Required required)
{
    auto *combo = new QComboBox;
    if (required != Required::Yes)
        combo->addItem(tr("(not set)"), QVariant());
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    combo->setPlaceholderText(tr("Choose…"));
    combo->setCurrentIndex(-1);
    Binding &binding = bind(field, label, Kind::Choice, combo, required);
    addRow(form, label, combo, binding);
    // QWizard needs the property's change signal by name.
    registerField(registeredName(binding), combo, "currentData", SIGNAL(currentIndexChanged(int)));
    connect(combo, &QComboBox::currentIndexChanged, this, &AnswersPage::refreshCompleteness);
    return combo;
}

QComboBox *AnswersPage::addSuggestions(QFormLayout *form, const QString &field, const QString &label,
                                       const QStringList &suggestions, Required required)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->setEditText(QString());
    Binding &binding = bind(field, label, Kind::Suggestions, combo, required);
    addRow(form, label, combo, binding);
    registerField(registeredName(binding), combo, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(combo, &QComboBox::currentTextChanged, this, &AnswersPage::refreshCompleteness);
    return combo;
}

QList<QCheckBox *> AnswersPage::addChecks(QFormLayout *form, const QString &field, const QString &label,
                                          const QList<Choice> &choices, int columns, Required required)
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    Binding &binding = bind(field, label, Kind::Checks, box, required);
    QList<QCheckBox *> checks;
    for (const auto &[value, text] : choices) {
        auto *check = new QCheckBox(text, box);
        const QString key = value.toString();
        check->setObjectName(field + QLatin1Char(':') + key);
        check->setAccessibleName(plainLabel(text));
        const int index = int(checks.size());
        grid->addWidget(check, index / columns, index % columns);
        binding.checks.insert(key, check);
        registerField(field + QLatin1Char(':') + key, check);
        connect(check, &QCheckBox::toggled, this, &AnswersPage::refreshCompleteness);
        checks.append(check);
    }
    auto *rowLabel = new QLabel(binding.required ? label + QStringLiteral(" *") : label);
    if (!checks.isEmpty())
        rowLabel->setBuddy(checks.first());
    m_rowLabels.append(rowLabel);
    form->addRow(rowLabel, withHint(box, binding));
    return checks;
}

QLabel *AnswersPage::addHint(const QString &field)
{
    Binding &binding = bind(field, field, Kind::HintOnly, nullptr, Required::No);
    binding.hint = makeHint(field);
    return binding.hint;
}

void AnswersPage::load(const Answers &answers)
{
    for (const auto &binding : m_bindings) {
        const QVariant value = answers.value(binding->field);
        switch (binding->kind) {
        case Kind::Text:
            static_cast<QLineEdit *>(binding->widget)->setText(value.toString());
            // A long pre-filled sentence is read from its start.
            static_cast<QLineEdit *>(binding->widget)->setCursorPosition(0);
            break;
        case Kind::List:
            static_cast<QLineEdit *>(binding->widget)->setText(value.toStringList().join(QLatin1String(", ")));
            static_cast<QLineEdit *>(binding->widget)->setCursorPosition(0);
            break;
        case Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(binding->widget);
            const bool unset = value.metaType().id() == QMetaType::Int ? value.toInt() < 0 : value.toString().isEmpty();
            int index = unset ? (binding->required ? -1 : 0) : combo->findData(value);
            if (index < 0 && !unset) {
                // A value from a document that the list does not know: keep it rather than lose it.
                combo->addItem(value.toString(), value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
            break;
        }
        case Kind::Suggestions: {
            auto *combo = static_cast<QComboBox *>(binding->widget);
            const int index = combo->findText(value.toString());
            combo->setCurrentIndex(index);
            combo->setEditText(value.toString());
            break;
        }
        case Kind::Checks: {
            const QStringList keys = value.toStringList();
            binding->extraKeys.clear();
            for (auto it = binding->checks.cbegin(); it != binding->checks.cend(); ++it)
                it.value()->setChecked(keys.contains(it.key()));
            for (const QString &key : keys)
                if (!binding->checks.contains(key))
                    binding->extraKeys.append(key);
            break;
        }
        case Kind::HintOnly:
            break;
        }
        updateHint(*binding, answers);
    }
    refreshCompleteness();
}

void AnswersPage::store(Answers &answers) const
{
    for (const auto &binding : m_bindings) {
        switch (binding->kind) {
        case Kind::Text:
            answers.setValue(binding->field, static_cast<QLineEdit *>(binding->widget)->text().trimmed());
            break;
        case Kind::List:
            answers.setValue(binding->field, splitList(static_cast<QLineEdit *>(binding->widget)->text()));
            break;
        case Kind::Choice: {
            const QVariant data = static_cast<QComboBox *>(binding->widget)->currentData();
            if (answers.value(binding->field).metaType().id() == QMetaType::Int)
                answers.setValue(binding->field, data.isValid() ? data.toInt() : -1);
            else
                answers.setValue(binding->field, data.toString());
            break;
        }
        case Kind::Suggestions:
            answers.setValue(binding->field, static_cast<QComboBox *>(binding->widget)->currentText().trimmed());
            break;
        case Kind::Checks: {
            QStringList keys;
            for (auto it = binding->checks.cbegin(); it != binding->checks.cend(); ++it)
                if (it.value()->isChecked())
                    keys.append(it.key());
            // In the order the boxes are shown, then the keys the page has no box for.
            QStringList ordered;
            for (QCheckBox *check : binding->widget->findChildren<QCheckBox *>(Qt::FindDirectChildrenOnly)) {
                const QString key = binding->checks.key(check);
                if (keys.contains(key))
                    ordered.append(key);
            }
            answers.setValue(binding->field, ordered + binding->extraKeys);
            break;
        }
        case Kind::HintOnly:
            break;
        }
    }
}

void AnswersPage::updateHint(const Binding &binding, const Answers &answers) const
{
    if (!binding.hint)
        return;
    const QString source = answers.sources.value(binding.field);
    QString text;
    QString tip;
    if (!source.isEmpty()) {
        // "projects/001-x/ARC-001-AIPB-v1.0.md:42" -> "From ARC-001-AIPB-v1.0.md, line 42", a link
        text = tr("From %1").arg(SourceLink::html(source));
        tip = tr("Pre-filled from %1. Click to open it at the line.").arg(source);
    } else if (m_state->remembered.contains(binding.field)) {
        tip = tr("Remembered from your previous document in this repository");
        text = tip.toHtmlEscaped();
    }
    binding.hint->setText(text);
    binding.hint->setToolTip(tip);
    binding.hint->setVisible(!text.isEmpty());
    if (binding.widget)
        binding.widget->setAccessibleDescription(tip);
}

const AnswersPage::Binding *AnswersPage::binding(const QString &field) const
{
    for (const auto &binding : m_bindings)
        if (binding->field == field)
            return binding.get();
    return nullptr;
}

QString AnswersPage::fieldLabel(const QString &field) const
{
    const Binding *found = binding(field);
    return found ? found->label : field;
}

bool AnswersPage::isEmpty(const Binding &binding) const
{
    switch (binding.kind) {
    case Kind::Text:
    case Kind::List:
        return splitList(static_cast<QLineEdit *>(binding.widget)->text()).isEmpty();
    case Kind::Choice:
        return !static_cast<QComboBox *>(binding.widget)->currentData().isValid();
    case Kind::Suggestions:
        return static_cast<QComboBox *>(binding.widget)->currentText().trimmed().isEmpty();
    case Kind::Checks:
        for (QCheckBox *check : binding.checks)
            if (check->isChecked())
                return false;
        return true;
    case Kind::HintOnly:
        return false;
    }
    return false;
}

// QWizard blocks Next on its own for a field registered with a "*": only
// the always-required ones are, the others are left to problems().
QString AnswersPage::registeredName(const Binding &binding)
{
    return binding.required && !binding.whenNeeded ? binding.field + QLatin1Char('*') : binding.field;
}

bool AnswersPage::requiredNow(const QString &field) const
{
    Q_UNUSED(field)
    return true;
}

bool AnswersPage::hasValue(const QString &field) const
{
    const Binding *found = binding(field);
    return found && !isEmpty(*found);
}

QStringList AnswersPage::problems() const
{
    QStringList problems;
    for (const auto &binding : m_bindings) {
        if (!binding->required || !binding->widget || !binding->widget->isEnabled() || !isEmpty(*binding) ||
            (binding->whenNeeded && !requiredNow(binding->field)))
            continue;
        problems.append(binding->kind == Kind::Checks ? tr("%1: tick at least one.").arg(binding->label)
                                                      : tr("%1 is required.").arg(binding->label));
    }
    return problems;
}

void AnswersPage::refreshCompleteness()
{
    const QStringList missing = problems();
    m_status->setText(missing.isEmpty() ? QString() : tr("To continue: %1").arg(missing.join(QLatin1Char(' '))));
    m_status->setVisible(!missing.isEmpty());
    Q_EMIT completeChanged();
    // Every widget and table of a page reports its changes through here.
    if (!m_loading)
        Q_EMIT edited();
}

void AnswersPage::initializePage()
{
    alignLabels();
    m_loading = true;
    load(m_state->answers);
    m_loading = false;
}

void AnswersPage::alignLabels()
{
    // Each group has its own form; one label width makes their fields line up.
    int width = 0;
    for (QLabel *label : std::as_const(m_rowLabels))
        width = qMax(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_rowLabels))
        label->setMinimumWidth(width);
}

void AnswersPage::fitHeightToRows(QTableView *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

void AnswersPage::cleanupPage()
{
    // Going Back keeps the edits (QWizardPage's default would reset the fields).
    store(m_state->answers);
}

bool AnswersPage::validatePage()
{
    if (!isComplete())
        return false;
    store(m_state->answers);
    return true;
}

bool AnswersPage::isComplete() const
{
    return QWizardPage::isComplete() && problems().isEmpty();
}

} // namespace arckit
