#include "recentlist.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace arckit {

RecentList::RecentList(const QString &settingsKey, QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_key(settingsKey)
    , m_menu(menu)
{
    m_items = QSettings().value(m_key).toStringList();
    rebuildMenu();
}

void RecentList::add(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_items.removeAll(clean);
    m_items.prepend(clean);
    while (m_items.size() > MaxItems)
        m_items.removeLast();
    save();
}

void RecentList::remove(const QString &path)
{
    if (m_items.removeAll(QDir::cleanPath(path)) > 0)
        save();
}

void RecentList::clear()
{
    m_items.clear();
    save();
}

void RecentList::save()
{
    QSettings().setValue(m_key, m_items);
    rebuildMenu();
}

void RecentList::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    int number = 1;
    for (const QString &path : std::as_const(m_items)) {
        // "&1 name" gives keyboard users a mnemonic for the first nine.
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT chosen(path); });
        ++number;
    }
    if (m_items.isEmpty()) {
        m_menu->addAction(tr("No recent items"))->setEnabled(false);
    } else {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentList::clear);
    }
}

} // namespace arckit
