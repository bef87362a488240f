#pragma once
// A most-recently-used list of paths (repositories or files) kept in
// QSettings, and the menu that offers it.

#include <QObject>
#include <QStringList>

class QMenu;

namespace arckit {

class RecentList : public QObject
{
    Q_OBJECT
public:
    RecentList(const QString &settingsKey, QMenu *menu, QObject *parent = nullptr);

    QStringList items() const { return m_items; }
    QString mostRecent() const { return m_items.value(0); }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void chosen(const QString &path);

private:
    void save();
    void rebuildMenu();

    QString m_key;
    QMenu *m_menu;
    QStringList m_items;
    static constexpr int MaxItems = 10;
};

} // namespace arckit
