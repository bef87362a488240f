#pragma once
// Turns a fuzzer's bytes into the QString an engine class receives: the same
// decoding a document read from disk goes through (BOMs, UTF-8, Latin-1
// fallback), so the targets see what real files can produce.

#include "textfilereader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace arckit::fuzz {

inline QString decode(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    return TextFileReader::decode(bytes).text;
}

} // namespace arckit::fuzz
