#pragma once
// Writes text back in the encoding TextFileReader found it in, so a document
// saved unchanged is the same bytes: UTF-8 with or without its BOM, UTF-16
// with its BOM, or Latin-1. A Latin-1 document that now holds characters
// Latin-1 cannot store is written as UTF-8 instead, and the note says so.

#include <QByteArray>
#include <QString>

namespace arckit {

class TextEncoder
{
public:
    // encoding: TextFile::encoding ("UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Latin-1").
    static QByteArray encode(const QString &text, const QString &encoding, QString *note = nullptr);
};

} // namespace arckit
