#include "wordindex.h"

#include <algorithm>

namespace arckit {

namespace {

constexpr qsizetype KeyLetters = 6;

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The first six letters, lower-cased, one byte each, and the length when it is shorter.
quint64 keyOf(const QChar *word, qsizetype length)
{
    const qsizetype letters = std::min(length, KeyLetters);
    quint64 value = 0;
    for (qsizetype i = 0; i < letters; ++i)
        value = (value << 8) | quint64(word[i].unicode() | 0x20);
    return value | (quint64(letters) << 56);
}

// Calls found(start, length, line) for every word of text, in order.
template<typename Found>
void forEachWord(QStringView text, Found &&found)
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
        found(data + start, i - start, line);
    }
}

} // namespace

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
    forEachWord(text, [this](const QChar *word, qsizetype length, int line) {
        QList<int> &lines = m_lines[keyOf(word, length)];
        if (lines.isEmpty() || lines.constLast() != line)
            lines.append(line);
    });
}

QList<quint64> WordIndex::keys(const char *words)
{
    QList<quint64> result;
    for (const QByteArray &word : QByteArray(words).split(' '))
        if (!word.isEmpty())
            result.append(key(QLatin1StringView(word)));
    return result;
}

QList<int> WordIndex::linesWithAny(std::initializer_list<QLatin1StringView> words) const
{
    QList<quint64> wordKeys;
    for (QLatin1StringView word : words)
        wordKeys.append(key(word));
    return linesWithAny(wordKeys);
}

QList<int> WordIndex::linesWithAny(const QList<quint64> &keys) const
{
    QList<int> result;
    for (const quint64 wordKey : keys) {
        const auto it = m_lines.constFind(wordKey);
        if (it == m_lines.constEnd())
            continue;
        if (result.isEmpty()) {
            result = *it;
            continue;
        }
        result = united(result, *it);
    }
    return result;
}

QList<int> WordIndex::linesWithBoth(std::initializer_list<QLatin1StringView> first,
                                    std::initializer_list<QLatin1StringView> second) const
{
    const QList<int> a = linesWithAny(first);
    if (a.isEmpty())
        return {};
    const QList<int> b = linesWithAny(second);
    QList<int> both;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(both));
    return both;
}

QList<int> WordIndex::united(const QList<int> &a, const QList<int> &b)
{
    QList<int> merged;
    merged.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(merged));
    return merged;
}

WordSet::WordSet(QStringView text)
{
    m_keys.reserve(text.size() / 4); // English averages five characters a word with its space
    forEachWord(text, [this](const QChar *word, qsizetype length, int) { m_keys.append(keyOf(word, length)); });
    std::sort(m_keys.begin(), m_keys.end());
    m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
}

bool WordSet::containsAny(const QList<quint64> &keys) const
{
    for (const quint64 key : keys)
        if (std::binary_search(m_keys.cbegin(), m_keys.cend(), key))
            return true;
    return false;
}

} // namespace arckit
