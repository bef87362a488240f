#pragma once
// The Revision panel for a document opened to be revised: its version and
// where its answers come from, what the user should know about it (version
// mismatch, missing Document Control, broken history rows, encoding), the
// gap view against the reference sections with one action to insert the
// missing ones, and the answers inferred from its text with their lines.

#include "revisabledocument.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class QListWidgetItem;

namespace arckit {

class SectionGapsModel;

class RevisionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RevisionPanel(QWidget *parent = nullptr);

    // The opened document (its messages, version and answers).
    void setDocument(const RevisableDocument &document);
    // The live gap view of the text in the editor.
    void setGaps(const QList<SectionGap> &gaps);
    void clear();
    bool hasDocument() const;

    SectionGapsModel *gapsModel() const { return m_gaps; }
    QTreeWidget *inferredAnswers() const { return m_answers; }
    QListWidget *messages() const { return m_messages; }

Q_SIGNALS:
    void lineRequested(int line);
    void insertRequested(const QStringList &keys);

private:
    void updateButtons();
    void onGapActivated(const QModelIndex &index);
    void onMessageActivated(QListWidgetItem *item);
    void onAnswerActivated(QTreeWidgetItem *item);

    QStackedWidget *m_stack;
    QLabel *m_summary;
    QListWidget *m_messages;
    SectionGapsModel *m_gaps;
    QTreeView *m_gapView;
    QPushButton *m_insertChecked;
    QPushButton *m_insertAll;
    QLabel *m_answersTitle;
    QTreeWidget *m_answers;
};

} // namespace arckit
