#pragma once
// The gap view's table: every reference section with its status in the
// document (present, present under another name with the heading it
// matched, missing, or not applicable to these answers) and the line it
// starts on. Missing sections are checkable, to be inserted together.

#include "sectiongaps.h"

#include <QAbstractTableModel>
#include <QSet>

namespace arckit {

class SectionGapsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The status is the first column's icon; the second says where (or how) it was found.
    enum Column { SectionColumn, StatusColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, KeyRole, MissingRole };

    explicit SectionGapsModel(QObject *parent = nullptr);

    void setGaps(const QList<SectionGap> &gaps);
    const QList<SectionGap> &gaps() const { return m_gaps; }
    // Keys of the checked missing sections, in reference order.
    QStringList checkedKeys() const;
    QStringList missingKeys() const;
    int missingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<SectionGap> m_gaps;
    QSet<QString> m_checked; // kept across updates while the user types
};

} // namespace arckit
