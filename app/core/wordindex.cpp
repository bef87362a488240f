#include "wordindex.h"

#include <algorithm>

namespace arckit {

namespace {

constexpr qsizetype KeyLetters = 6;

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

// The first six letters, lower-cased, one byte each, and the length when it is shorter.
quint64 WordIndex::key(const QChar *word, qsizetype length)
{
    const qsizetype letters = std::min(length, KeyLetters);
    quint64 value = 0;
    for (qsizetype i = 0; i < letters; ++i)
        value = (value << 8) | quint64(word[i].unicode() | 0x20);
    return value | (quint64(letters) << 56);
}

quint64 WordIndex::key(QLatin1StringView word)
{
    const qsizetype letters = std::min(word.size(), KeyLetters);
    quint64 value = 0;
    for (qsizetype i = 0; i < letters; ++i)
        value = (value << 8) | quint64(quint8(word.at(i).toLatin1()) | 0x20);
    return value | (quint64(letters) << 56);
}

WordIndex::WordIndex(QStringView text)
{
    const QChar *data = text.data();
    const qsizetype size = text.size();
    int line = 1;
    for (qsizetype i = 0; i < size;) {
        const char16_t c = data[i].unicode();
        if (c == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (!isAsciiLetter(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isAsciiLetter(data[i].unicode()))
            ++i;
        QList<int> &lines = m_lines[key(data + start, i - start)];
        if (lines.isEmpty() || lines.constLast() != line)
            lines.append(line);
    }
}

QList<int> WordIndex::linesWithAny(std::initializer_list<QLatin1StringView> words) const
{
    QList<int> result;
    for (QLatin1StringView word : words) {
        const auto it = m_lines.constFind(key(word));
        if (it == m_lines.constEnd())
            continue;
        if (result.isEmpty()) {
            result = *it;
            continue;
        }
        QList<int> merged;
        merged.reserve(result.size() + it->size());
        std::set_union(result.cbegin(), result.cend(), it->cbegin(), it->cend(), std::back_inserter(merged));
        result = merged;
    }
    return result;
}

} // namespace arckit
