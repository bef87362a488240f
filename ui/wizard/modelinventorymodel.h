#pragma once
// The editable model inventory of the use-case page: one row per model, IDs
// ML-001, ML-002... given to new rows automatically, the other columns edited
// in place (with suggested values for type, framework and risk).

#include "answers.h"

#include <QAbstractTableModel>

namespace arckit {

class ModelInventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, TypeColumn, FrameworkColumn, PurposeColumn, RiskColumn, OwnerColumn, ColumnCount };
    // Suggested values for a cell (a QStringList); empty for free text.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    explicit ModelInventoryModel(QObject *parent = nullptr);

    QList<ModelEntry> models() const { return m_models; }
    void setModels(const QList<ModelEntry> &models);
    // The ID the next new row gets: one above the highest ML-NNN in use.
    QString nextModelId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<ModelEntry> m_models;
};

} // namespace arckit
