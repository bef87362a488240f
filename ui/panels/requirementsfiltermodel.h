#pragma once
// Sorts and filters the requirements table: ML-related only, one kind, and a
// text search over ID, title, text and evidence.

#include <QSortFilterProxyModel>

namespace arckit {

class RequirementsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool mlOnly READ mlOnly WRITE setMlOnly NOTIFY filterChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
public:
    explicit RequirementsFilterModel(QObject *parent = nullptr);

    bool mlOnly() const { return m_mlOnly; }
    void setMlOnly(bool mlOnly);
    QString kind() const { return m_kind; } // empty: every kind
    void setKind(const QString &kind);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_mlOnly = false;
    QString m_kind;
    QString m_search;
};

} // namespace arckit
