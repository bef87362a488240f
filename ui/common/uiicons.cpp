#include "uiicons.h"

#include <QApplication>
#include <QStyle>

namespace arckit {

QIcon UiIcons::severity(MissingDocument::Level level)
{
    QStyle *style = QApplication::style();
    switch (level) {
    case MissingDocument::Level::Mandatory:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case MissingDocument::Level::Recommended:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case MissingDocument::Level::Optional:
    case MissingDocument::Level::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QIcon UiIcons::severity(ValidationFinding::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case ValidationFinding::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ValidationFinding::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ValidationFinding::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QIcon UiIcons::present()
{
    return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
}

QIcon UiIcons::missing()
{
    return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
}

QIcon UiIcons::partial()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace arckit
