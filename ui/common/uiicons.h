#pragma once
// The severity icons every panel and the project tree share, so that a
// mandatory gap, a recommended one and a note look the same everywhere.

#include "missingdocument.h"
#include "validationfinding.h"

#include <QIcon>

namespace arckit {

class UiIcons
{
public:
    static QIcon severity(MissingDocument::Level level);
    static QIcon severity(ValidationFinding::Severity severity);
    static QIcon present();
    static QIcon missing();
    static QIcon partial();
};

} // namespace arckit
