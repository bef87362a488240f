#pragma once
// Keeps the mouse wheel from changing a value the person is not editing: a
// combo box or spin box under the pointer while a page scrolls would
// otherwise take the wheel and change silently. Guarded widgets take the
// focus only by tab or click (Qt::StrongFocus), and a wheel event reaching
// one without focus is passed on to its parent, so the page scrolls instead.

#include <QObject>

class QWidget;

namespace arckit {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Guards every combo box and spin box under root that exists now.
    void guardChildren(QWidget *root);
    // Guards one widget.
    void guard(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace arckit
