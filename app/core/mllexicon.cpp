#include "mllexicon.h"

#include <QRegularExpression>
#include <QSet>

namespace arckit::mlclassification {

std::vector<Token> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetterOrNumber())
            ++i;
        if (i > start) {
            const QStringView word = text.mid(start, i - start);
            // Codes such as FR-ML-001 or NFR-AI-002: their inner parts are
            // identifiers, not words ("ML" there is no machine learning).
            const bool insideCode = start >= 2 && text[start - 1] == QLatin1Char('-') &&
                                    (text[start - 2].isUpper() || text[start - 2].isDigit()) && word.front().isUpper();
            if (!insideCode)
                tokens.push_back({word, word.toString().toLower()});
        }
    }
    return tokens;
}

bool isCapitalsWord(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (!(c.isUpper() || c.isDigit()))
            return false;
    }
    return true;
}

// The project's own ML vocabulary ("translation", "Azure AI Speech"): matched
// in any case as whole words, the last one in the plural too.
std::vector<Term> systemLexicon(const QStringList &systemTerms, const QStringList &actorNames,
                                const QStringList &modelNames)
{
    std::vector<Term> terms;
    QSet<QString> seen;
    for (const QString &raw : modelNames + systemTerms + actorNames) {
        QStringList words;
        for (const QString &w : raw.toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
            words.append(w);
        // "the chatbot" is the chatbot.
        while (!words.isEmpty() && (words.first() == QLatin1String("the") || words.first() == QLatin1String("a") ||
                                    words.first() == QLatin1String("an")))
            words.removeFirst();
        if (words.isEmpty() || words.join(QLatin1Char(' ')).size() < 2)
            continue;
        const QString key = words.join(QLatin1Char(' '));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Term term;
        term.display = raw.trimmed();
        // As strong as "AI": decisive in a title or when the statement
        // constrains it, not when merely mentioned. A model's own name
        // ("the fraud model") is the ML subject wherever it is said.
        term.weight = modelNames.contains(raw) ? 3 : 2;
        term.plural = true;
        term.system = true;
        term.actorOnly = actorNames.contains(raw);
        for (const QString &w : std::as_const(words))
            term.words.push_back({w, QString(), false});
        terms.push_back(std::move(term));
    }
    return terms;
}

} // namespace arckit::mlclassification
