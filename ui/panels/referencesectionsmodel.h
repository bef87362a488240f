#pragma once
// Which of the reference sections (the template's 15 and the unnumbered
// ones) the document in the editor has: present, under another name, or
// missing; conditional sections are marked as such.

#include "referencesections.h"

#include <QAbstractListModel>

namespace arckit {

class ReferenceSectionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LineRole = Qt::UserRole + 1, StatusRole, KeyRole };

    explicit ReferenceSectionsModel(QObject *parent = nullptr);

    void setMatches(const SectionMatches &matches);
    const SectionMatches &matches() const { return m_matches; }
    // Of the 15 numbered sections, how many the document has.
    int numberedFound() const;
    int numberedTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SectionMatches m_matches;
};

} // namespace arckit
