#pragma once
// The Requirements dock: the selected project's requirements, sortable and
// filterable (ML only, kind, text); double-click opens the defining line
// read-only.

#include "requirement.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace arckit {

class RequirementsFilterModel;
class RequirementsModel;

class RequirementsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequirementsPanel(QWidget *parent = nullptr);

    void setRequirements(const Requirements &requirements, const QString &repositoryRoot);

    RequirementsModel *model() const { return m_model; }
    RequirementsFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QCheckBox *mlOnlyBox() const { return m_mlOnly; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *searchEdit() const { return m_search; }
    QString summary() const;

Q_SIGNALS:
    // The user asked to see where a requirement is defined.
    void sourceRequested(const QString &path, int line, const QString &displayName);

private:
    void updateSummary();
    void openSource(const QModelIndex &proxyIndex);

    RequirementsModel *m_model;
    RequirementsFilterModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_mlOnly;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QLabel *m_summary;
};

} // namespace arckit
