#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace arckit {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::guardChildren(QWidget *root)
{
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        guard(combo);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        guard(spin);
}

void WheelGuard::guard(QWidget *widget)
{
    // The default WheelFocus would give the focus to whatever the wheel passes over.
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->removeEventFilter(this);
    widget->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Handled here but not accepted: QApplication hands it to the
            // parent, the scroll area, which scrolls the page.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace arckit
