#pragma once
// The documents the save hammer writes: generation n is a deterministic text
// of about the requested size, so a test can tell a complete generation from
// a partial or mixed one by comparing bytes.

#include <QByteArray>

namespace arckit::test {

inline QByteArray savePayload(int generation, int kilobytes)
{
    const QByteArray number = QByteArray::number(generation);
    QByteArray text = "# Generation " + number + "\n\n";
    text.reserve(qsizetype(kilobytes) * 1024 + 128);
    for (int line = 0; text.size() < qsizetype(kilobytes) * 1024; ++line)
        text += "| " + QByteArray::number(line) + " | generation " + number +
                " | the model is retrained when drift passes the threshold |\n";
    text += "<!-- end of generation " + number + " -->\n";
    return text;
}

// The generation a complete payload holds; -1 when bytes are not exactly one.
inline int payloadGeneration(const QByteArray &bytes, int kilobytes)
{
    if (!bytes.startsWith("# Generation "))
        return -1;
    bool ok = false;
    const int generation = bytes.mid(13, bytes.indexOf('\n') - 13).toInt(&ok);
    return ok && bytes == savePayload(generation, kilobytes) ? generation : -1;
}

} // namespace arckit::test
