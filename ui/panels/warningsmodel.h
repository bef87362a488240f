#pragma once
// What stands in the way of a good MLOps strategy for the selected project:
// the documents it lacks (mandatory, recommended, optional, in the command's
// words) and the files that could not be used, each saying what to do.

#include "missingdocument.h"
#include "problem.h"

#include <QAbstractListModel>

namespace arckit {

struct ProjectAnalysis;

struct WarningItem
{
    MissingDocument::Level level = MissingDocument::Level::Recommended;
    QString title;
    QString message; // includes what to do
    QString path;    // absolute path of the file concerned, when there is one
};

class WarningsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LevelRole = Qt::UserRole + 1, TitleRole, MessageRole, PathRole };

    explicit WarningsModel(QObject *parent = nullptr);

    // problems: the scan's and the analysis' problems for this project.
    void setWarnings(const MissingDocuments &missing, const Problems &problems, const QString &repositoryRoot);
    void clear();
    const QList<WarningItem> &items() const { return m_items; }
    int count(MissingDocument::Level level) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString levelTitle(MissingDocument::Level level);

private:
    QList<WarningItem> m_items;
};

} // namespace arckit
