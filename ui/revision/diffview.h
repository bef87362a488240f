#pragma once
// Two versions of a document compared line by line: side by side, aligned,
// with removed lines tinted on the left and added ones on the right, or as
// a unified diff. Colours follow the palette (light or dark). Used by the
// revision dialog before a save is confirmed.

#include "linediff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;
class QToolButton;

namespace arckit {

class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setTexts(const QString &oldText, const QString &newText, const QString &oldName, const QString &newName);
    bool isUnified() const;
    void setUnified(bool unified);
    int changeCount() const { return int(m_changeLines.size()); }
    QPair<int, int> changedLineCounts() const { return m_counts; }
    QString unifiedText() const;
    // The side-by-side panes, for tests and screenshots.
    QPlainTextEdit *oldPane() const { return m_old; }
    QPlainTextEdit *newPane() const { return m_new; }

public Q_SLOTS:
    void nextChange();
    void previousChange();

private:
    void showChange(int index);
    void fillSideBySide(const QList<QStringView> &oldLines, const QList<QStringView> &newLines, const DiffRuns &runs);

    QLabel *m_summary;
    QRadioButton *m_sideBySide;
    QRadioButton *m_unifiedButton;
    QToolButton *m_previous;
    QToolButton *m_next;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_old;
    QPlainTextEdit *m_new;
    QPlainTextEdit *m_unified;
    QString m_oldText;
    QString m_newText;
    QString m_oldName;
    QString m_newName;
    QList<int> m_changeLines; // first aligned line of each change, 0-based
    int m_currentChange = -1;
    QPair<int, int> m_counts{0, 0};
};

} // namespace arckit
