#pragma once
// Words and terms in requirement text for MlClassifier: the tokenizer, and the
// lexicon that finds the longest vocabulary (or project) term at a token, with
// the case and whole-word rules ("AI" only in capitals, "LLMs" for "LLM").
// Internal to the engine.

#include "mlvocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace arckit::mlclassification {

struct Token
{
    QStringView text;
    QString lower;
};

// The words of text (runs of letters and digits), each also lower-cased; the
// inner parts of codes such as FR-ML-001 are identifiers and left out.
std::vector<Token> tokenize(QStringView text);

// Capitals and digits only ("LLM", "GPT4"): an acronym when short.
bool isCapitalsWord(QStringView word);

struct Word
{
    QString lower;
    QString exact;        // set when the word must be written this way (AI, LLM)
    bool capital = false; // a name (Bedrock, OpenAI): must start with a capital
};

struct Term
{
    QString display;
    std::vector<Word> words;
    double weight = 0;
    bool plural = false;
    bool field = false;  // the field's own name: may be a mere topic
    bool system = false; // one of the project's own ML capabilities or services
    // What the documents call the part that runs the models ("the
    // assistant"): it counts only as the one that acts ("the assistant
    // SHALL extract"), not wherever the product is named.
    bool actorOnly = false;
};

// The project's own ML vocabulary ("translation", "Azure AI Speech"): matched
// in any case as whole words, the last one in the plural too.
std::vector<Term> systemLexicon(const QStringList &systemTerms, const QStringList &actorNames = {},
                                const QStringList &modelNames = {});

class Lexicon
{
public:
    static const Lexicon &instance()
    {
        static const Lexicon lexicon;
        return lexicon;
    }

    // Longest vocabulary or system term starting at token i (or nullptr);
    // length in tokens. Of two as long, the heavier; a system term wins a
    // full tie: it names the project's own capability.
    const Term *match(const std::vector<Token> &tokens, size_t i, size_t &length,
                      const std::vector<Term> *system = nullptr) const
    {
        const Term *best = nullptr;
        const auto consider = [&](const Term &term) {
            if (i + term.words.size() > tokens.size())
                return;
            for (size_t w = 0; w < term.words.size(); ++w) {
                if (!wordMatches(term, w, tokens[i + w]))
                    return;
            }
            if (!best || term.words.size() > best->words.size() ||
                (term.words.size() == best->words.size() &&
                 (term.weight > best->weight || (term.weight == best->weight && term.system))))
                best = &term;
        };
        const auto it = m_byFirstWord.constFind(stem(tokens[i].lower));
        if (it != m_byFirstWord.constEnd()) {
            for (const int index : it.value())
                consider(m_terms[size_t(index)]);
        }
        if (system) {
            for (const Term &term : *system)
                consider(term);
        }
        if (best)
            length = best->words.size();
        return best;
    }

private:
    Lexicon()
    {
        for (const TermSpec &spec : Vocabulary) {
            Term term;
            term.display = QString::fromUtf8(spec.phrase);
            term.weight = spec.weight;
            term.plural = spec.plural;
            for (const char *f : FieldTerms)
                term.field = term.field || term.display == QLatin1String(f);
            const QStringList words = term.display.split(QLatin1Char(' '));
            for (const QString &w : words) {
                // Short words in capitals are acronyms: matched only as written.
                const bool acronym = w.size() <= 5 && isCapitalsWord(w);
                // Names keep their capital: "bedrock" is a word, "Bedrock" the service.
                const bool name = !acronym && w != w.toLower();
                term.words.push_back({w.toLower(), acronym ? w : QString(), name});
            }
            m_terms.push_back(std::move(term));
        }
        for (size_t i = 0; i < m_terms.size(); ++i)
            m_byFirstWord[m_terms[i].words.front().lower].append(int(i));
    }

    // Lookup key: plural "s" dropped so that "LLMs" finds "LLM".
    QString stem(const QString &lower) const
    {
        if (m_byFirstWord.contains(lower) || lower.size() < 3 || !lower.endsWith(QLatin1Char('s')))
            return lower;
        return lower.chopped(1);
    }

    static bool wordMatches(const Term &term, size_t w, const Token &token)
    {
        const Word &word = term.words[w];
        const bool last = w + 1 == term.words.size();
        const bool plural = last && term.plural;
        if (!word.exact.isEmpty()) {
            // Acronyms: exactly as written, plural "LLMs" allowed.
            return token.text == word.exact ||
                   (plural && token.text.size() == word.exact.size() + 1 && token.text.startsWith(word.exact) &&
                    token.text.back() == QLatin1Char('s'));
        }
        if (word.capital && !token.text.front().isUpper())
            return false;
        if (token.lower == word.lower)
            return true;
        // "summary" -> "summaries" as well as "score" -> "scores", "bus" -> "buses".
        const bool ies = word.lower.endsWith(QLatin1Char('y')) && token.lower.size() == word.lower.size() + 2 &&
                         token.lower.endsWith(QLatin1String("ies")) &&
                         QStringView(token.lower).chopped(3) == QStringView(word.lower).chopped(1);
        return plural && ((token.lower.size() == word.lower.size() + 1 && token.lower.startsWith(word.lower) &&
                           token.lower.back() == QLatin1Char('s')) ||
                          (token.lower.size() == word.lower.size() + 2 && token.lower.startsWith(word.lower) &&
                           token.lower.endsWith(QLatin1String("es"))) ||
                          ies);
    }

    std::vector<Term> m_terms;
    QHash<QString, QList<int>> m_byFirstWord;
};

} // namespace arckit::mlclassification
