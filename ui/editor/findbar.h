#pragma once
// Find and replace for the Markdown editor, as a bar under it (Kate's search
// bar, not a dialog, so the text stays visible and editable): Ctrl+F finds,
// Ctrl+H also replaces, F3 / Shift+F3 go to the next / previous match, with
// match case, whole words and regular expressions. Replace All is one undo
// step. Escape closes the bar and gives the focus back to the editor.

#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace arckit {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    // editor: the text the bar searches; the bar does not own it.
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Ctrl+F, Ctrl+H, F3 and Shift+F3: window-wide, so they work from the
    // editor, the preview and the bar itself; the main window lists them in
    // its Edit menu.
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QCheckBox *regularExpressionBox() const { return m_regularExpression; }
    bool isReplaceVisible() const;
    // The last outcome as shown: "3 replaced", "Not found", an invalid pattern's error.
    QString status() const;

    // Opens the bar on the selection (or the word at the cursor) and focuses the find field.
    void openFind();
    void openReplace();
    void close();
    // false when there is no match (the cursor does not move).
    bool findNext();
    bool findPrevious();
    // Replaces the current match (when the selection is one) and moves to the next.
    bool replaceCurrent();
    // Every match in the document, as one undo step; the number replaced.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(bool withReplace);
    bool find(bool backward);
    // The match at or after (before, when backward) from, or a null cursor.
    QTextCursor search(const QTextCursor &from, bool backward) const;
    bool patternValid();
    QString replacementFor(const QString &matched) const;
    bool selectionIsMatch() const;
    void setStatus(const QString &text, bool error = false);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regularExpression;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QWidget *m_replaceRow;
    QLabel *m_status;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
};

} // namespace arckit
