#pragma once
// The editable list of training data sources (platform page), pre-filled from
// the data model; one row per source.

#include "answers.h"

#include <QAbstractTableModel>

namespace arckit {

class DataSourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, FrequencyColumn, VolumeColumn, PiiColumn, OwnerColumn, ColumnCount };
    static constexpr int ChoicesRole = Qt::UserRole + 1; // same role as ModelInventoryModel's

    explicit DataSourceModel(QObject *parent = nullptr);

    QList<DataSourceEntry> sources() const { return m_sources; }
    void setSources(const QList<DataSourceEntry> &sources);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<DataSourceEntry> m_sources;
};

} // namespace arckit
