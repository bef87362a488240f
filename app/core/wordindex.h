#pragma once
// Which lines of a text hold which words: built in one pass when a document is
// read, so that a rule looking for "production" or "SageMaker" runs its
// expression only on the few lines that can match. A case-insensitive
// expression with many alternatives costs several nanoseconds a character in
// PCRE2; run over every line of every document of a project, a dozen of them
// were most of a repository scan.
//
// Words are runs of ASCII letters ("GPT-4o" is "GPT" and "o"; "self-hosted" is
// "self" and "hosted"), compared without case. A query of six letters or more
// finds every word that starts with its first six ("deploy" finds "deployed"
// and "deployment"); a shorter query finds that word only ("live", not
// "lived"). The lines found are therefore a superset of those a rule wants:
// the rule still runs its own expression on each.

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>

#include <initializer_list>

namespace arckit {

class WordIndex
{
public:
    WordIndex() = default;
    explicit WordIndex(QStringView text);

    // Lines (1-based, ascending, each once) holding any of the words.
    QList<int> linesWithAny(std::initializer_list<QLatin1StringView> words) const;
    QList<int> linesWithAny(const QList<quint64> &keys) const; // keys() of the words
    QList<int> linesWith(QLatin1StringView word) const { return linesWithAny({word}); }
    // Lines holding one of each list's words: a phrase's two parts ("currently" ... "live").
    QList<int> linesWithBoth(std::initializer_list<QLatin1StringView> first,
                             std::initializer_list<QLatin1StringView> second) const;
    static QList<int> united(const QList<int> &a, const QList<int> &b); // either list's lines, ascending

    // How a word is compared: its first six letters, lower-cased, and its
    // length when shorter.
    static quint64 key(QLatin1StringView word);
    static QList<quint64> keys(const char *words); // "speech voice asr": space-separated

private:
    QHash<quint64, QList<int>> m_lines; // word key -> its lines, ascending
};

// The words of a short text (a requirement's title and body), for a rule's
// "could it match at all": the same words and comparison as WordIndex.
class WordSet
{
public:
    explicit WordSet(QStringView text);
    bool containsAny(const QList<quint64> &keys) const;

private:
    QList<quint64> m_keys; // sorted, each once
};

} // namespace arckit
