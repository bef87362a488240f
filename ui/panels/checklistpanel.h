#pragma once
// The Checklist dock: the findings of the document in the editor, kept up to
// date while typing; activating one moves the editor to its line.

#include <QWidget>

class QLabel;
class QListView;

namespace arckit {

class ChecklistModel;

class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QString summary() const;
    // Shown instead of a summary when there is nothing to validate.
    void setInactiveMessage(const QString &message);

Q_SIGNALS:
    void lineRequested(int line);

private:
    void refreshSummary();

    ChecklistModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    QString m_inactive;
};

} // namespace arckit
