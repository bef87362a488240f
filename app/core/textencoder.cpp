#include "textencoder.h"

#include <QStringEncoder>

namespace arckit {

QByteArray TextEncoder::encode(const QString &text, const QString &encoding, QString *note)
{
    if (encoding == QLatin1String("UTF-8 (BOM)"))
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    if (encoding.startsWith(QLatin1String("UTF-16"))) {
        const bool little = encoding.startsWith(QLatin1String("UTF-16LE"));
        QStringEncoder encoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }
    if (encoding == QLatin1String("Latin-1")) {
        bool representable = true;
        for (const QChar c : text) {
            if (c.unicode() > 0xff) {
                representable = false;
                break;
            }
        }
        if (representable)
            return text.toLatin1();
        if (note)
            *note = QStringLiteral("The document was Latin-1 and now contains characters Latin-1 cannot hold: "
                                   "it is saved as UTF-8.");
    }
    return text.toUtf8();
}

} // namespace arckit
