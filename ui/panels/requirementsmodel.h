#pragma once
// The selected project's requirements as a table: ID, title, kind, whether the
// MLOps strategy must cover it, the evidence for that, and where it is defined.

#include "requirement.h"

#include <QAbstractTableModel>

namespace arckit {

class RequirementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, KindColumn, MlColumn, EvidenceColumn, SourceColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // natural order for IDs ("FR-2" before "FR-10")
        KindRole,
        MlRole,
        PathRole, // absolute path of the source document
        LineRole,
        SearchTextRole, // everything the text filter looks at
    };

    explicit RequirementsModel(QObject *parent = nullptr);

    void setRequirements(const Requirements &requirements, const QString &repositoryRoot);
    const Requirements &requirements() const { return m_requirements; }
    QStringList kinds() const; // the kinds present, sorted
    int mlCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Requirements m_requirements;
    QString m_root;
};

} // namespace arckit
