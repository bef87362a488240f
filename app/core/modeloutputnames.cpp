#include "modeloutputnames.h"
#include "textexpression.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace arckit {

QStringList ModelOutputNames::in(const QString &statement)
{
    // What the system uses is no output: "give every claim a fraud risk score,
    // using the claimant's credit score" names one output; the clause of what
    // it uses runs to the next comma ("from the claim form, and assign it a
    // priority band" still names the band).
    // It also ends where the statement goes on to what the system does next
    // ("transcribe every call with speech-to-text and produce a call summary").
    static const TextExpression inputs(
        QStringLiteral("\\b(using|based on|from|with|supplied|provided by|derived from|drawn from|taking)\\b[^,;.]*?"
                       "(?=\\s+(and|then)\\s+(produce|generate|create|give|assign|return|provide|write|draft|send|show|"
                       "display|flag|score|rank|predict|summari[sz]e|classify|label|tag)s?\\b|[,;.]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression output(
        QStringLiteral("\\b((?:[A-Za-z][A-Za-z-]+\\s+){1,3})(scores?|bands?|flags?|predictions?|forecasts?|"
                       "recommendations?|summary|summaries|transcripts?|category|categories|labels?|ratings?|grades?|"
                       "tiers?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Words that qualify any noun: the pair they make names no particular output.
    static const QSet<QString> general = {
        u"the"_s,    u"a"_s,        u"an"_s,           u"each"_s,     u"every"_s,     u"any"_s,       u"all"_s,
        u"one"_s,    u"two"_s,      u"three"_s,        u"four"_s,     u"five"_s,      u"of"_s,        u"its"_s,
        u"their"_s,  u"his"_s,      u"her"_s,          u"our"_s,      u"your"_s,      u"this"_s,      u"that"_s,
        u"these"_s,  u"those"_s,    u"with"_s,         u"and"_s,      u"or"_s,        u"to"_s,        u"in"_s,
        u"on"_s,     u"for"_s,      u"by"_s,           u"from"_s,     u"as"_s,        u"at"_s,        u"into"_s,
        u"new"_s,    u"high"_s,     u"low"_s,          u"top"_s,      u"final"_s,     u"overall"_s,   u"total"_s,
        u"same"_s,   u"other"_s,    u"such"_s,         u"more"_s,     u"most"_s,      u"less"_s,      u"first"_s,
        u"last"_s,   u"single"_s,   u"multiple"_s,     u"several"_s,  u"relevant"_s,  u"accurate"_s,  u"is"_s,
        u"are"_s,    u"be"_s,       u"provide"_s,      u"provides"_s, u"give"_s,      u"gives"_s,     u"show"_s,
        u"shows"_s,  u"display"_s,  u"displays"_s,     u"produce"_s,  u"produces"_s,  u"generate"_s,  u"generates"_s,
        u"assign"_s, u"assigns"_s,  u"return"_s,       u"returns"_s,  u"numeric"_s,   u"numerical"_s, u"some"_s,
        u"no"_s,     u"not"_s,      u"current"_s,      u"previous"_s, u"weekly"_s,    u"daily"_s,     u"monthly"_s,
        u"annual"_s, u"user"_s,     u"users"_s,        u"red"_s,      u"amber"_s,     u"green"_s,     u"pay"_s,
        u"tax"_s,    u"age"_s,      u"price"_s,        u"service"_s,  u"executive"_s, u"test"_s,      u"exam"_s,
        u"star"_s,   u"customer"_s, u"satisfaction"_s, u"feature"_s};
    // "a summary of the consultation responses", "a transcript of each
    // hearing": the output named by what it is of ("consultation summary").
    static const TextExpression outputOf(
        QStringLiteral("\\b(scores?|predictions?|forecasts?|recommendations?|summary|summaries|transcripts?)\\s+of\\s+"
                       "(?:(?:the|each|every|all|a|an|its|their)\\s+)?([A-Za-z][A-Za-z-]+)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString produced = statement;
    produced.replace(inputs, QStringLiteral(","));
    QStringList names;
    auto add = [&names](const QString &word, QString head) {
        // In the singular: the classifier's terms match their plural too.
        head = head.toLower();
        if (head.endsWith(QLatin1String("ies")))
            head = head.chopped(3) + QLatin1Char('y'); // summaries, categories
        else if (head.endsWith(QLatin1Char('s')))
            head.chop(1);
        const QString name = word + QLatin1Char(' ') + head;
        if (!names.contains(name))
            names.append(name);
    };
    // Nor a question word or a preposition: "a summary of what was said", "scores of up to 10".
    static const QSet<QString> notANoun = {u"what"_s,  u"which"_s, u"who"_s,  u"whom"_s, u"how"_s,
                                           u"where"_s, u"when"_s,  u"why"_s,  u"up"_s,   u"over"_s,
                                           u"under"_s, u"about"_s, u"them"_s, u"it"_s,   u"whether"_s};
    auto of = outputOf.globalMatch(produced);
    while (of.hasNext()) {
        const QRegularExpressionMatch match = of.next();
        const QString word = match.captured(2).toLower();
        if (!general.contains(word) && !notANoun.contains(word))
            add(word, match.captured(1));
    }
    // What the system is made to suggest, predict or estimate is its
    // suggestion or estimate, and a "suggested", "predicted" or "estimated"
    // one wherever it is spoken of ("referrals suggested as routine", "if
    // the suggestion service is down", "when estimates are not available").
    static const TextExpression verb(
        QStringLiteral("\\b(must|shall|should|will|to|and)\\s+(also\\s+)?(suggest|predict|estimate|warn)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = verb.match(produced); match.hasMatch()) {
        const QString made = match.captured(3).toLower();
        if (made == QLatin1String("suggest"))
            names << QStringLiteral("suggestion");
        else if (made == QLatin1String("estimate"))
            names << QStringLiteral("estimate");
        // What a model warns of ahead ("warn the workshop before a pad is likely to wear out") is its warning.
        if (made == QLatin1String("warn"))
            names << QStringLiteral("warning");
        else
            names << made + (made.endsWith(QLatin1Char('e')) ? QStringLiteral("d") : QStringLiteral("ed"));
    }
    auto it = output.globalMatch(produced);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // The noun phrase before the head, from its last general word on:
        // "assign it one of four priority bands" -> "priority".
        QStringList words = match.captured(1).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qsizetype from = words.size();
        while (from > 0 && !general.contains(words.at(from - 1)))
            --from;
        words = words.mid(from);
        if (words.isEmpty())
            continue;
        add(words.join(QLatin1Char(' ')), match.captured(2));
    }
    return names;
}

} // namespace arckit
