#include "findbar.h"

#include <QAction>
#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace arckit {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_regularExpression(new QCheckBox(tr("Regular e&xpression"), this))
    , m_previousButton(new QPushButton(tr("&Previous"), this))
    , m_nextButton(new QPushButton(tr("&Next"), this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace &All"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
    , m_findAction(new QAction(tr("&Find…"), this))
    , m_replaceAction(new QAction(tr("Find and &Replace…"), this))
    , m_findNextAction(new QAction(tr("Find &Next"), this))
    , m_findPreviousAction(new QAction(tr("Find Pre&vious"), this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find and replace"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setClearButtonEnabled(true);
    m_regularExpression->setToolTip(
        tr("Perl-compatible regular expression; \\1 in the replacement is the first group"));
    m_status->setObjectName(QStringLiteral("findStatus"));

    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAccessibleName(tr("Close find bar"));

    auto *findLabel = new QLabel(tr("Fi&nd:"), this);
    findLabel->setBuddy(m_find);
    auto *replaceLabel = new QLabel(tr("Replace &with:"), m_replaceRow);
    replaceLabel->setBuddy(m_replace);
    // Both labels as wide as the wider one, so that the two fields line up.
    const int labelWidth = qMax(findLabel->sizeHint().width(), replaceLabel->sizeHint().width());
    findLabel->setMinimumWidth(labelWidth);
    replaceLabel->setMinimumWidth(labelWidth);
    m_replace->setParent(m_replaceRow);
    m_replaceButton->setParent(m_replaceRow);
    m_replaceAllButton->setParent(m_replaceRow);

    // Three short rows rather than one long one: the editor has half the
    // window's width, and a squeezed find field would hide what is typed.
    const int buttonWidth = qMax(m_replaceAllButton->sizeHint().width(), m_nextButton->sizeHint().width());
    for (QPushButton *button : {m_previousButton, m_nextButton, m_replaceButton, m_replaceAllButton})
        button->setMinimumWidth(buttonWidth);
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_replace->setMinimumWidth(m_find->minimumWidth());
    constexpr int spacing = 6;
    auto *findRow = new QHBoxLayout;
    findRow->setSpacing(spacing);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_previousButton);
    findRow->addWidget(m_nextButton);
    findRow->addWidget(closeButton);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->setSpacing(spacing);
    replaceRow->addWidget(replaceLabel);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addWidget(m_replaceAllButton);
    // Lines the replace row's buttons up with the find row's (the close button's room).
    replaceRow->addSpacing(closeButton->sizeHint().width() + spacing);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->setSpacing(spacing);
    optionsRow->addSpacing(labelWidth + spacing);
    optionsRow->addWidget(m_matchCase);
    optionsRow->addWidget(m_wholeWords);
    optionsRow->addWidget(m_regularExpression);
    optionsRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    layout->addLayout(optionsRow);
    m_replaceRow->hide();

    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    for (QAction *action : {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        // The bar is hidden most of the time; the editor is what keeps the shortcuts alive.
        m_editor->addAction(action);
    }
    connect(m_findAction, &QAction::triggered, this, &FindBar::openFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindBar::openReplace);
    connect(m_findNextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_previousButton, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &FindBar::findNext);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    // Incremental: typing searches again from where the current match starts.
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        if (m_find->text().isEmpty())
            setStatus({});
        else
            findNext();
    });
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regularExpression})
        connect(box, &QCheckBox::toggled, this, [this] { setStatus({}); });
    hide();
}

bool FindBar::isReplaceVisible() const
{
    return !m_replaceRow->isHidden();
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::openFind()
{
    open(false);
}

void FindBar::openReplace()
{
    open(true);
}

void FindBar::open(bool withReplace)
{
    // A selection on one line is what the user wants to find; a longer one is not.
    const QTextCursor cursor = m_editor->textCursor();
    QString seed = cursor.selectedText();
    if (seed.contains(QChar::ParagraphSeparator))
        seed.clear();
    if (!seed.isEmpty()) {
        m_find->setText(m_regularExpression->isChecked() ? QRegularExpression::escape(seed) : seed);
    } else if (m_find->text().isEmpty()) {
        QTextCursor word = cursor;
        word.select(QTextCursor::WordUnderCursor);
        if (!word.selectedText().trimmed().isEmpty())
            m_find->setText(word.selectedText());
    }
    m_replaceRow->setVisible(withReplace);
    show();
    if (withReplace && !m_find->text().isEmpty())
        m_replace->setFocus(Qt::ShortcutFocusReason);
    else
        m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    setStatus({});
}

void FindBar::close()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::patternValid()
{
    if (m_find->text().isEmpty()) {
        if (isHidden())
            openFind();
        return false;
    }
    if (m_regularExpression->isChecked()) {
        const QRegularExpression expression(m_find->text());
        if (!expression.isValid()) {
            setStatus(tr("Invalid expression: %1").arg(expression.errorString()), true);
            return false;
        }
    }
    return true;
}

QTextCursor FindBar::search(const QTextCursor &from, bool backward) const
{
    QTextDocument *document = m_editor->document();
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_regularExpression->isChecked()) {
        QString pattern = m_find->text();
        if (m_wholeWords->isChecked())
            pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
        QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!m_matchCase->isChecked())
            expression.setPatternOptions(expression.patternOptions() | QRegularExpression::CaseInsensitiveOption);
        return document->find(expression, from, flags);
    }
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_wholeWords->isChecked())
        flags |= QTextDocument::FindWholeWords;
    return document->find(m_find->text(), from, flags);
}

bool FindBar::find(bool backward)
{
    if (!patternValid())
        return false;
    QTextCursor found = search(m_editor->textCursor(), backward);
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor edge(m_editor->document());
        edge.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = search(edge, backward);
        wrapped = !found.isNull();
    }
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    setStatus(wrapped ? (backward ? tr("Continued from the end") : tr("Continued from the top")) : QString());
    return true;
}

QString FindBar::replacementFor(const QString &matched) const
{
    if (!m_regularExpression->isChecked())
        return m_replace->text();
    // The groups of the match: \1 in the replacement is the first.
    QString pattern = m_find->text();
    if (m_wholeWords->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression expression(QRegularExpression::anchoredPattern(pattern),
                                  QRegularExpression::UseUnicodePropertiesOption);
    if (!m_matchCase->isChecked())
        expression.setPatternOptions(expression.patternOptions() | QRegularExpression::CaseInsensitiveOption);
    QString text = matched;
    return text.replace(expression, m_replace->text());
}

bool FindBar::selectionIsMatch() const
{
    const QTextCursor selection = m_editor->textCursor();
    if (!selection.hasSelection())
        return false;
    QTextCursor start(m_editor->document());
    start.setPosition(selection.selectionStart());
    const QTextCursor found = search(start, false);
    return !found.isNull() && found.selectionStart() == selection.selectionStart() &&
           found.selectionEnd() == selection.selectionEnd();
}

bool FindBar::replaceCurrent()
{
    if (!patternValid() || m_editor->isReadOnly())
        return false;
    if (selectionIsMatch()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(replacementFor(cursor.selectedText()));
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    if (!patternValid() || m_editor->isReadOnly())
        return 0;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    QTextCursor at(document);
    int count = 0;
    // One edit block: a single Undo takes every replacement back.
    edit.beginEditBlock();
    for (;;) {
        const QTextCursor found = search(at, false);
        if (found.isNull())
            break;
        edit.setPosition(found.selectionStart());
        edit.setPosition(found.selectionEnd(), QTextCursor::KeepAnchor);
        const bool empty = !edit.hasSelection(); // "^" or "\b": an empty match
        edit.insertText(replacementFor(edit.selectedText()));
        ++count;
        at.setPosition(edit.position());
        if (empty && !at.movePosition(QTextCursor::NextCharacter))
            break;
    }
    edit.endEditBlock();
    if (count > 0)
        m_editor->setTextCursor(edit);
    setStatus(count > 0 ? tr("%n replaced", nullptr, count) : tr("Not found"), count == 0);
    return count;
}

void FindBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x1c, 0x28) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    // The find field is marked too, as Kate does, so the eye need not leave it.
    m_find->setStyleSheet(error && !m_find->text().isEmpty() ? QStringLiteral("QLineEdit { background: #fbe3e4; }")
                                                             : QString());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace arckit
