#pragma once
// The editable model inventory of the use-case page: one row per model (the
// profile's capabilities arrive as MOD-001...), IDs given to new rows
// automatically in the numbering in use, the other columns edited in place
// (with suggested values for type, framework and risk), rows moved up and
// down. The service and requirement columns come from the profile and stay
// editable; the source column names where the documents describe the model.

#include "answers.h"

#include <QAbstractTableModel>

namespace arckit {

class ModelInventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        FrameworkColumn,
        ServiceColumn,
        RequirementsColumn, // comma-separated IDs
        PurposeColumn,
        RiskColumn,
        OwnerColumn,
        SourceColumn, // read-only: the first evidence, "ARC-001-REQ-v1.0.md, line 12"
        ColumnCount
    };
    // Suggested values for a cell (a QStringList); empty for free text.
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    // The row's first evidence as "path:line"; empty when typed by hand.
    static constexpr int SourceRole = Qt::UserRole + 2;

    explicit ModelInventoryModel(QObject *parent = nullptr);

    QList<ModelEntry> models() const { return m_models; }
    void setModels(const QList<ModelEntry> &models);
    // The ID the next new row gets: one above the highest number in use, with
    // the prefix of the first row's ID (MOD- from the profile), else ML-.
    QString nextModelId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // A row keeps its ID when moved: the ID names the model, not its place.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    QList<ModelEntry> m_models;
};

} // namespace arckit
