#include "candidatechooser.h"

#include "sourcelink.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace arckit {

namespace {

QString targetText(QWidget *target)
{
    if (auto *combo = qobject_cast<QComboBox *>(target))
        return combo->currentText().trimmed();
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        return edit->text().trimmed();
    return {};
}

} // namespace

CandidateChooser::CandidateChooser(const DecidedChoice &choice, QWidget *target, const QString &noun, QWidget *parent)
    : QWidget(parent)
    , m_choice(choice)
    , m_target(target)
    , m_buttons(new QButtonGroup(this))
    , m_note(linkLabel(QString()))
{
    setObjectName(target->objectName() + QStringLiteral("Candidates"));
    // The note in a column of its own: a wrapped label spanning grid columns
    // gets a height for the wrong width and leaves gaps above and below.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 4);
    column->setSpacing(2);
    column->addWidget(m_note);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    column->addLayout(grid);
    m_note->setObjectName(objectName() + QStringLiteral("Note"));
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setVisible(hasCandidates());
    if (!hasCandidates())
        return;

    if (m_choice.isDecided()) {
        // Decided: the reason and the line that decided it; the others are only named.
        QString text = tr("<b>Decided in the documents:</b> %1.").arg(m_choice.decided.value.toHtmlEscaped());
        if (!m_choice.reason.isEmpty())
            text += QLatin1Char(' ') + m_choice.reason.toHtmlEscaped();
        if (!m_choice.decided.source.isEmpty())
            text += QStringLiteral(" (%1)").arg(SourceLink::html(m_choice.decided.source));
        QStringList others;
        for (const Candidate &candidate : std::as_const(m_choice.candidates))
            if (candidate.value != m_choice.decided.value) {
                QString other = tr("%1 (%2").arg(candidate.value.toHtmlEscaped(), authorityText(candidate.authority));
                if (!candidate.source.isEmpty())
                    other += QStringLiteral(", ") + SourceLink::html(candidate.source);
                others.append(other + QLatin1Char(')'));
            }
        if (!others.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Also named, with less authority: %1.").arg(others.join(QStringLiteral("; ")));
        m_note->setText(text);
        return;
    }

    // Undecided: a choice, one radio button per candidate, none selected.
    const int count = int(values().size());
    m_note->setText(count == 1 ? tr("<b>One %1 named in the documents, not decided:</b> choose it or type another.")
                                     .arg(noun.chopped(noun.endsWith(QLatin1Char('s')) ? 1 : 0).toHtmlEscaped())
                               : tr("<b>%1 %2 named in the documents, none decided:</b> choose one, or type another.")
                                     .arg(count)
                                     .arg(noun.toHtmlEscaped()));
    m_buttons->setExclusive(false); // none checked until a person chooses
    QStringList seen;
    int row = 0;
    for (int i = 0; i < m_choice.candidates.size(); ++i) {
        const Candidate &candidate = m_choice.candidates.at(i);
        if (seen.contains(candidate.value))
            continue;
        seen.append(candidate.value);
        auto *button = new QRadioButton(tr("%1 (%2)").arg(candidate.value, authorityText(candidate.authority)), this);
        button->setObjectName(objectName() + QLatin1Char(':') + candidate.value);
        button->setAccessibleDescription(candidate.reason);
        m_buttons->addButton(button, i);
        // The reason often names the document: the name becomes the link rather than being said twice.
        QString detail = candidate.reason.toHtmlEscaped();
        if (!candidate.source.isEmpty()) {
            const QString name = QFileInfo(SourceLink::parse(candidate.source).path).fileName().toHtmlEscaped();
            if (!name.isEmpty() && detail.contains(name))
                detail.replace(detail.indexOf(name), name.size(), SourceLink::html(candidate.source));
            else
                detail += (detail.isEmpty() ? QString() : QStringLiteral(": ")) + SourceLink::html(candidate.source);
        }
        QLabel *label = linkLabel(detail);
        label->setObjectName(button->objectName() + QStringLiteral("Source"));
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    connect(m_buttons, &QButtonGroup::idClicked, this, &CandidateChooser::choose);
    if (auto *combo = qobject_cast<QComboBox *>(m_target))
        connect(combo, &QComboBox::currentTextChanged, this, &CandidateChooser::followTarget);
    else if (auto *edit = qobject_cast<QLineEdit *>(m_target))
        connect(edit, &QLineEdit::textChanged, this, &CandidateChooser::followTarget);
}

QSize CandidateChooser::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (width() > 0 && layout())
        hint.setHeight(layout()->totalHeightForWidth(width()));
    return hint;
}

void CandidateChooser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != width())
        updateGeometry(); // the height for the new width
}

QStringList CandidateChooser::values() const
{
    QStringList result;
    for (const Candidate &candidate : m_choice.candidates)
        if (!result.contains(candidate.value))
            result.append(candidate.value);
    return result;
}

QString CandidateChooser::authorityText(Authority authority)
{
    switch (authority) {
    case Authority::Mandate:
        return tr("mandated");
    case Authority::Decision:
        return tr("decided");
    case Authority::Research:
        return tr("researched");
    case Authority::Mention:
        return tr("mentioned");
    }
    return {};
}

void CandidateChooser::choose(int index)
{
    const QString value = m_choice.candidates.at(index).value;
    if (auto *combo = qobject_cast<QComboBox *>(m_target)) {
        const int item = combo->findText(value);
        if (item >= 0)
            combo->setCurrentIndex(item);
        combo->setEditText(value);
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_target)) {
        edit->setText(value);
    }
    followTarget();
}

void CandidateChooser::followTarget()
{
    // The button of the value in the field is the one checked; a typed value checks none.
    const QString text = targetText(m_target);
    for (QAbstractButton *button : m_buttons->buttons()) {
        const QString value = m_choice.candidates.at(m_buttons->id(button)).value;
        button->setChecked(value.compare(text, Qt::CaseInsensitive) == 0);
    }
}

QLabel *CandidateChooser::linkLabel(const QString &html)
{
    auto *label = new QLabel(html, this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(label, &QLabel::linkActivated, this, [this](const QString &href) {
        const QString source = SourceLink::sourceOf(href);
        if (!source.isEmpty())
            Q_EMIT sourceRequested(source);
    });
    return label;
}

} // namespace arckit
