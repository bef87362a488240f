#pragma once
// The Warnings dock: WarningsModel in a word-wrapped list with a one-line
// summary; activating a warning about a file opens that file read-only.

#include <QWidget>

class QLabel;
class QListView;

namespace arckit {

class WarningsModel;

class WarningsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WarningsPanel(QWidget *parent = nullptr);

    WarningsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QString summary() const;
    void refreshSummary();

Q_SIGNALS:
    void fileRequested(const QString &path);

private:
    WarningsModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
};

} // namespace arckit
