#include "mlsystemprofile.h"

namespace arckit {

QString authorityName(Authority authority)
{
    switch (authority) {
    case Authority::Mandate:
        return QStringLiteral("mandate");
    case Authority::Decision:
        return QStringLiteral("decision");
    case Authority::Research:
        return QStringLiteral("research");
    case Authority::Mention:
        break;
    }
    return QStringLiteral("mention");
}

} // namespace arckit
