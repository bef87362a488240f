#pragma once
// The validation findings of the document in the editor, one row each, with
// its line (0 when it concerns the whole document).

#include "validationfinding.h"

#include <QAbstractListModel>

namespace arckit {

class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LineRole = Qt::UserRole + 1, SeverityRole, RuleRole };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setFindings(const ValidationFindings &findings);
    const ValidationFindings &findings() const { return m_findings; }
    int count(ValidationFinding::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ValidationFindings m_findings;
};

} // namespace arckit
