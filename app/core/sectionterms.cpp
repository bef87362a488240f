// The term vocabulary of section names: headings normalised (markup, remarks
// and numbering out), their words reduced to concepts (stop words dropped,
// plurals stemmed, synonyms and phrases folded: "Deployment" and "Serving" are
// one concept), and whole-word term search in lower-case text.
#include "sectionterms.h"
#include "referencesections.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arckit {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
        u"a"_s,    u"an"_s,     u"the"_s,       u"and"_s,        u"or"_s,       u"of"_s,
        u"for"_s,  u"to"_s,     u"in"_s,        u"on"_s,         u"with"_s,     u"by"_s,
        u"at"_s,   u"from"_s,   u"our"_s,       u"its"_s,        u"ml"_s,       u"ai"_s,
        u"mlop"_s, u"model"_s,  u"machine"_s,   u"learning"_s,   u"strategy"_s, u"approach"_s,
        u"plan"_s, u"system"_s, u"operation"_s, u"management"_s, u"key"_s,      u"detail"_s,
    };
    return words;
}

// Word (after plural stripping) -> the concept it stands for.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *canonical, std::initializer_list<const char *> words) {
            for (const char *word : words)
                m.insert(QString::fromLatin1(word), QString::fromLatin1(canonical));
        };
        add("overview", {"overview", "summary", "introduction", "intro", "background", "context"});
        add("inventory", {"inventory", "catalog", "catalogue", "portfolio", "landscape"});
        add("registry", {"registry", "versioning"});
        add("serving", {"serving", "serve", "deployment", "deploy", "inference", "hosting"});
        add("monitor", {"monitoring", "monitor", "observability"});
        add("alert", {"alert", "alerting"});
        add("retraining", {"retraining", "retrain", "refresh"});
        add("llm", {"llm", "genai", "generative", "gpt", "llmop"});
        add("cicd", {"cicd", "ci", "cd", "devop"});
        add("responsible",
            {"responsible", "ethic", "ethical", "fairness", "bias", "explainability", "transparency", "trustworthy"});
        add("compliance", {"compliance", "regulatory", "regulation", "obligation", "legal"});
        add("governance", {"governance", "accountability"});
        add("cost", {"cost", "budget", "finop", "pricing", "spend", "funding"});
        add("resource", {"resource", "resourcing", "team", "staffing", "skill"});
        add("traceability", {"traceability", "trace"});
        add("approval", {"approval", "signoff", "authorisation", "authorization", "endorsement"});
        add("reference", {"reference", "bibliography", "citation"});
        add("training", {"training", "train", "experiment", "experimentation"});
        return m;
    }();
    return map;
}

struct Phrase
{
    QStringList words;
    QString canonical;
};

// Phrases folded onto one concept before words are looked at one by one.
const QList<Phrase> &phrases()
{
    static const QList<Phrase> list = [] {
        QList<Phrase> result;
        auto add = [&result](const char *phrase, const char *canonical) {
            result.append({QString::fromLatin1(phrase).split(u' '), QString::fromLatin1(canonical)});
        };
        add("executive summary", "overview");
        add("large language models", "llm");
        add("large language model", "llm");
        add("generative ai", "llm");
        add("gen ai", "llm");
        add("foundation models", "llm");
        add("foundation model", "llm");
        add("ci cd", "cicd");
        add("continuous integration", "cicd");
        add("continuous delivery", "cicd");
        add("continuous deployment", "cicd");
        add("uk government", "ukgov");
        add("uk gov", "ukgov");
        add("hm government", "ukgov");
        add("public sector", "ukgov");
        add("sign off", "signoff");
        add("jsp 936", "jsp936");
        return result;
    }();
    return list;
}

QString stem(QStringView word)
{
    if (word.size() > 4 && word.endsWith(u"ies"))
        return word.first(word.size() - 3).toString() + u'y';
    if (word.size() > 3 && word.endsWith(u's')) {
        const QChar before = word.at(word.size() - 2);
        if (before != u'a' && before != u'i' && before != u'u' && before != u's')
            return word.first(word.size() - 1).toString();
    }
    return word.toString();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Strips "7.", "7.1", "A.", "IV)", "Appendix A:", "Section 3 -" from the start.
QStringView stripNumbering(QStringView text)
{
    text = text.trimmed();
    bool prefixed = false;
    static const char *const prefixWords[] = {"appendix", "annexe", "annex", "section", "part", "chapter"};
    for (const char *word : prefixWords) {
        const QLatin1StringView prefix(word);
        if (text.startsWith(prefix, Qt::CaseInsensitive) &&
            (text.size() == prefix.size() || !isWordChar(text[prefix.size()]))) {
            text = text.sliced(prefix.size()).trimmed();
            prefixed = true;
            break;
        }
    }
    qsizetype end = 0;
    if (!text.isEmpty() && text[0].isDigit()) {
        while (end < text.size() &&
               (text[end].isDigit() || (text[end] == u'.' && end + 1 < text.size() && text[end + 1].isDigit())))
            ++end;
    } else {
        while (end < text.size() && text[end].isLetter() && end < 8)
            ++end;
        const QStringView token = text.first(end);
        static const QStringList romans = {u"i"_s,    u"ii"_s,   u"iii"_s, u"iv"_s, u"v"_s,  u"vi"_s,
                                           u"vii"_s,  u"viii"_s, u"ix"_s,  u"x"_s,  u"xi"_s, u"xii"_s,
                                           u"xiii"_s, u"xiv"_s,  u"xv"_s,  u"xvi"_s};
        const bool label = end == 1 || romans.contains(token.toString().toLower());
        // Without "Appendix"/"Section", a letter only counts when punctuated: "A. Glossary", not "A/B Testing".
        const bool punctuated = end < text.size() && (text[end] == u'.' || text[end] == u')' || text[end] == u':') &&
                                (end + 1 == text.size() || text[end + 1].isSpace());
        if (!label || (!prefixed && !punctuated) || (prefixed && end < text.size() && isWordChar(text[end])))
            end = 0;
    }
    if (end == 0)
        return text;
    if (end < text.size() && isWordChar(text[end]))
        return text; // "3D Models"
    QStringView rest = text.sliced(end);
    qsizetype skip = 0;
    while (skip < rest.size() &&
           (rest[skip].isSpace() || rest[skip] == u'.' || rest[skip] == u')' || rest[skip] == u':' ||
            rest[skip] == u'-' || rest[skip] == u'\u2013' || rest[skip] == u'\u2014'))
        ++skip;
    return rest.sliced(skip);
}

} // namespace

namespace sectionterms {

// The concepts of an already normalised heading, sorted and unique.
QStringList conceptWords(QStringView normalized)
{
    const QList<QStringView> words = normalized.split(u' ', Qt::SkipEmptyParts);
    const QSet<QString> &stops = stopWords();
    const QHash<QString, QString> &map = synonyms();
    QStringList result;
    auto add = [&result](const QString &canonical) {
        if (!result.contains(canonical))
            result.append(canonical);
    };
    for (qsizetype i = 0; i < words.size();) {
        bool folded = false;
        for (const Phrase &phrase : phrases()) {
            if (phrase.words.size() > words.size() - i)
                continue;
            bool same = true;
            for (qsizetype w = 0; w < phrase.words.size() && same; ++w)
                same = words.at(i + w) == phrase.words.at(w);
            if (same) {
                add(phrase.canonical);
                i += phrase.words.size();
                folded = true;
                break;
            }
        }
        if (folded)
            continue;
        const QString stemmed = stem(words.at(i++));
        if (!stops.contains(stemmed))
            add(map.value(stemmed, stemmed));
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace sectionterms

QString ReferenceSections::normalizedHeading(QStringView heading)
{
    // Markup and parenthesised remarks out first, so that numbering is at the
    // start. Runs for every heading of the outline on each edit: no QString
    // growth in the loops.
    QVarLengthArray<QChar, 128> plain;
    int parentheses = 0;
    for (qsizetype i = 0; i < heading.size(); ++i) {
        const QChar c = heading[i];
        if (c == u'(') {
            ++parentheses;
        } else if (c == u')' && parentheses > 0) {
            --parentheses;
        } else if (parentheses > 0) {
            continue;
        } else if (c == u']' && i + 1 < heading.size() && heading[i + 1] == u'(') {
            // [text](url): keep the text, skip the target
            const qsizetype close = heading.indexOf(u')', i + 2);
            i = close < 0 ? heading.size() : close;
        } else if (c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'~') {
            continue;
        } else {
            plain.append(c);
        }
    }
    const QStringView stripped = stripNumbering(QStringView(plain.constData(), plain.size()));
    QVarLengthArray<QChar, 128> out;
    bool space = false;
    for (const QChar c : stripped) {
        const char16_t u = c.unicode();
        QChar lower;
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            lower = c;
        else if (u >= u'A' && u <= u'Z')
            lower = QChar(char16_t(u + 32));
        else if (u >= 0x80 && c.isLetterOrNumber())
            lower = c.toLower();
        if (!lower.isNull()) {
            if (space && !out.isEmpty() && out.last() != u' ')
                out.append(u' ');
            space = false;
            out.append(lower);
        } else if (c == u'&') {
            if (!out.isEmpty() && out.last() != u' ')
                out.append(u' ');
            for (QChar a : QStringView(u"and "))
                out.append(a);
            space = false;
        } else {
            space = true;
        }
    }
    if (!out.isEmpty() && out.last() == u' ')
        out.removeLast();
    return QString(out.constData(), out.size());
}

QStringList ReferenceSections::concepts(QStringView heading)
{
    return sectionterms::conceptWords(normalizedHeading(heading));
}

qsizetype ReferenceSections::findTerm(QStringView lowerText, QStringView term, qsizetype from)
{
    if (term.isEmpty())
        return -1;
    const bool checkStart = isWordChar(term.front());
    const bool checkEnd = term.size() <= 3 && isWordChar(term.back());
    while (from <= lowerText.size() - term.size()) {
        const qsizetype at = lowerText.indexOf(term, from);
        if (at < 0)
            return -1;
        const qsizetype after = at + term.size();
        const bool startOk = !checkStart || at == 0 || !isWordChar(lowerText[at - 1]);
        const bool endOk = !checkEnd || after >= lowerText.size() || !isWordChar(lowerText[after]);
        if (startOk && endOk)
            return at;
        from = at + 1;
    }
    return -1;
}

QString ReferenceSections::lowerCase(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    const char16_t *in = text.utf16();
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = in[i];
        if (c < 0x80)
            out[i] = char16_t(c - u'A') < 26u ? char16_t(c + 32) : c;
        else if (QChar::isSurrogate(c))
            out[i] = c; // case mapping of other planes is not needed for keywords
        else
            out[i] = QChar::toLower(char32_t(c));
    }
    return result;
}

} // namespace arckit
