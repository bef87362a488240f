#pragma once
// The About dialog: what the application is and the versions of the
// libraries it was built with (Qt, KSyntaxHighlighting, md4c).

#include <QDialog>

namespace arckit {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Qt 6.4.2 (built with 6.4.2), KSyntaxHighlighting 5.116.0, md4c 0.4.8"
    static QString versionsText();
};

} // namespace arckit
