#include "diffview.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace arckit {

namespace {

enum class LineKind { Same, Removed, Added, Filler };

// Tints that read on light and dark palettes alike.
QColor tint(LineKind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case LineKind::Removed:
        return dark ? QColor(110, 40, 40) : QColor(255, 220, 220);
    case LineKind::Added:
        return dark ? QColor(35, 90, 45) : QColor(215, 245, 215);
    case LineKind::Filler:
        return palette.color(QPalette::AlternateBase);
    case LineKind::Same:
        break;
    }
    return {};
}

QPlainTextEdit *makePane(QWidget *parent, const QString &accessibleName)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setAccessibleName(accessibleName);
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return pane;
}

// One extra selection per changed line: the whole width tinted.
void tintLines(QPlainTextEdit *pane, const QList<LineKind> &kinds)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = pane->document()->firstBlock();
    for (int i = 0; i < kinds.size() && block.isValid(); ++i, block = block.next()) {
        if (kinds.at(i) == LineKind::Same)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(tint(kinds.at(i), pane->palette()));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    pane->setExtraSelections(selections);
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_sideBySide(new QRadioButton(tr("&Side by side"), this))
    , m_unifiedButton(new QRadioButton(tr("&Unified"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_old(makePane(this, tr("Previous version")))
    , m_new(makePane(this, tr("Version to be saved")))
    , m_unified(makePane(this, tr("Unified difference")))
{
    m_previous->setText(tr("Previous Change"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setText(tr("Next Change"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sideBySide->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_sideBySide);
    group->addButton(m_unifiedButton);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_sideBySide);
    bar->addWidget(m_unifiedButton);
    bar->addSpacing(12);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_old);
    splitter->addWidget(m_new);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_unified);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    // The two sides scroll as one: their lines are aligned.
    connect(m_old->verticalScrollBar(), &QScrollBar::valueChanged, m_new->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_new->verticalScrollBar(), &QScrollBar::valueChanged, m_old->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_old->horizontalScrollBar(), &QScrollBar::valueChanged, m_new->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_new->horizontalScrollBar(), &QScrollBar::valueChanged, m_old->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_unifiedButton, &QRadioButton::toggled, this, &DiffView::setUnified);
    connect(m_next, &QToolButton::clicked, this, &DiffView::nextChange);
    connect(m_previous, &QToolButton::clicked, this, &DiffView::previousChange);
}

bool DiffView::isUnified() const
{
    return m_stack->currentWidget() == m_unified;
}

void DiffView::setUnified(bool unified)
{
    if (m_unifiedButton->isChecked() != unified)
        m_unifiedButton->setChecked(unified);
    m_sideBySide->setChecked(!unified);
    if (unified && m_unified->document()->isEmpty() && !m_changeLines.isEmpty())
        m_unified->setPlainText(unifiedText()); // made on first use: most users look side by side
    m_stack->setCurrentIndex(unified ? 1 : 0);
    m_previous->setEnabled(!unified && !m_changeLines.isEmpty());
    m_next->setEnabled(!unified && !m_changeLines.isEmpty());
}

QString DiffView::unifiedText() const
{
    return LineDiff::unified(m_oldText, m_newText, m_oldName, m_newName);
}

void DiffView::setTexts(const QString &oldText, const QString &newText, const QString &oldName, const QString &newName)
{
    m_oldText = oldText;
    m_newText = newText;
    m_oldName = oldName;
    m_newName = newName;
    const QList<QStringView> oldLines = LineDiff::lines(m_oldText);
    const QList<QStringView> newLines = LineDiff::lines(m_newText);
    const DiffRuns runs = LineDiff::compare(oldLines, newLines);
    m_counts = LineDiff::changedLineCounts(runs);
    fillSideBySide(oldLines, newLines, runs);
    m_unified->clear();
    if (isUnified())
        m_unified->setPlainText(unifiedText());
    m_summary->setText(m_changeLines.isEmpty()
                           ? tr("No differences")
                           : tr("%n change(s): %1 line(s) removed, %2 added", nullptr, int(m_changeLines.size()))
                                 .arg(m_counts.first)
                                 .arg(m_counts.second));
    m_currentChange = -1;
    setUnified(isUnified());
    if (!m_changeLines.isEmpty())
        showChange(0);
}

void DiffView::fillSideBySide(const QList<QStringView> &oldLines, const QList<QStringView> &newLines,
                              const DiffRuns &runs)
{
    QString left;
    QString right;
    QList<LineKind> leftKinds;
    QList<LineKind> rightKinds;
    m_changeLines.clear();
    auto appendLine = [](QString &text, QStringView line) {
        text += line;
        text += QLatin1Char('\n');
    };
    for (int r = 0; r < runs.size(); ++r) {
        const DiffRun &run = runs.at(r);
        if (run.kind == DiffRun::Kind::Equal) {
            for (int i = 0; i < run.count; ++i) {
                appendLine(left, oldLines.at(run.oldLine + i));
                appendLine(right, newLines.at(run.newLine + i));
                leftKinds.append(LineKind::Same);
                rightKinds.append(LineKind::Same);
            }
            continue;
        }
        // A change: the removed lines beside the added ones, the shorter side padded.
        int removed = 0;
        int added = 0;
        int removedFrom = run.oldLine;
        int addedFrom = run.newLine;
        int last = r;
        for (int c = r; c < runs.size() && runs.at(c).kind != DiffRun::Kind::Equal; ++c) {
            last = c;
            if (runs.at(c).kind == DiffRun::Kind::Removed) {
                if (removed == 0)
                    removedFrom = runs.at(c).oldLine;
                removed += runs.at(c).count;
            } else {
                if (added == 0)
                    addedFrom = runs.at(c).newLine;
                added += runs.at(c).count;
            }
        }
        m_changeLines.append(int(leftKinds.size()));
        for (int i = 0; i < qMax(removed, added); ++i) {
            if (i < removed) {
                appendLine(left, oldLines.at(removedFrom + i));
                leftKinds.append(LineKind::Removed);
            } else {
                left += QLatin1Char('\n');
                leftKinds.append(LineKind::Filler);
            }
            if (i < added) {
                appendLine(right, newLines.at(addedFrom + i));
                rightKinds.append(LineKind::Added);
            } else {
                right += QLatin1Char('\n');
                rightKinds.append(LineKind::Filler);
            }
        }
        r = last;
    }
    left.chop(1);
    right.chop(1);
    m_old->setPlainText(left);
    m_new->setPlainText(right);
    tintLines(m_old, leftKinds);
    tintLines(m_new, rightKinds);
}

void DiffView::showChange(int index)
{
    if (index < 0 || index >= m_changeLines.size())
        return;
    m_currentChange = index;
    const QTextBlock block = m_new->document()->findBlockByNumber(m_changeLines.at(index));
    QTextCursor cursor(block);
    m_new->setTextCursor(cursor);
    m_new->centerCursor();
    m_old->setTextCursor(QTextCursor(m_old->document()->findBlockByNumber(m_changeLines.at(index))));
    m_old->verticalScrollBar()->setValue(m_new->verticalScrollBar()->value());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_changeLines.size());
}

void DiffView::nextChange()
{
    showChange(m_currentChange + 1);
}

void DiffView::previousChange()
{
    showChange(m_currentChange - 1);
}

} // namespace arckit
