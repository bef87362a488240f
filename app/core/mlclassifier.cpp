#include "mlclassifier.h"
#include "textexpression.h"

#include "textpatterns.h"

#include "mllexicon.h"
#include "mlvocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace arckit {

namespace {

using namespace mlclassification;
using textpatterns::withoutParentheses;

// Sub-codes that say the requirement is ML work: FR-ML-001, NFR-AI-002.
bool isMlCategory(const QString &category)
{
    static const char *const codes[] = {"ML", "AI", "MLOPS", "LLM", "GENAI", "GAI", "MODEL", "DS", "NLP", "CV"};
    const QStringList parts = category.split(QLatin1Char('-'));
    for (const QString &part : parts) {
        for (const char *c : codes) {
            if (part == QLatin1String(c))
                return true;
        }
    }
    return false;
}

bool containsPhrase(const std::vector<Token> &tokens, const QStringList &words)
{
    for (size_t i = 0; i + size_t(words.size()) <= tokens.size(); ++i) {
        bool ok = true;
        for (qsizetype w = 0; w < words.size() && ok; ++w)
            ok = tokens[i + size_t(w)].lower == words[w];
        if (ok)
            return true;
    }
    return false;
}

QString genericConcern(const std::vector<Token> &titleTokens)
{
    // Split once: this runs for every requirement.
    static const std::vector<std::pair<QString, QStringList>> concerns = [] {
        std::vector<std::pair<QString, QStringList>> out;
        for (const char *concern : GenericConcerns) {
            const QString text = QString::fromUtf8(concern);
            out.emplace_back(text, text.split(QLatin1Char(' ')));
        }
        return out;
    }();
    for (const auto &concern : concerns) {
        if (containsPhrase(titleTokens, concern.second))
            return concern.first;
    }
    return {};
}

bool isBusinessNoun(const QString &lower)
{
    for (const char *noun : BusinessNouns) {
        if (lower == QLatin1String(noun))
            return true;
    }
    return false;
}

bool isStatementField(const QString &label)
{
    for (const char *field : StatementFields) {
        const QLatin1String name(field);
        if (label.startsWith(name) && (label.size() == name.size() || label[name.size()] == QLatin1Char(' ')))
            return true;
    }
    return false;
}

// How much a body line counts: reference fields nothing, a rationale half.
// Also tells whether the line states what the requirement is (its
// Description or Requirement field, or the first line of a body without
// fields): the line that says what the requirement is about.
class FieldWeights
{
public:
    double weightOf(QStringView line)
    {
        const QStringView t = line.trimmed();
        m_lineStatement = false;
        if (t.startsWith(QLatin1Char('#')) || (t.size() >= 3 && t.count(QLatin1Char('-')) == t.size())) {
            m_current = 1.0;
            m_currentStatement = false;
            m_sawField = true;
            return 1.0;
        }
        QString label;
        if (t.startsWith(QLatin1String("**"))) {
            const qsizetype end = t.indexOf(QLatin1String("**"), 2);
            if (end > 2 && end < 60) {
                label = t.mid(2, end - 2).toString();
                const QStringView after = t.mid(end + 2);
                if (!label.endsWith(QLatin1Char(':')) && !after.startsWith(QLatin1Char(':')))
                    label.clear();
            }
        } else {
            // "Header: value" lines of table-row requirements.
            const qsizetype colon = t.indexOf(QLatin1Char(':'));
            if (colon > 0 && colon < 40)
                label = t.left(colon).toString();
        }
        if (label.isEmpty()) {
            m_lineStatement = m_currentStatement || (!m_sawField && !m_sawContent);
            if (!t.isEmpty())
                m_sawContent = true;
            return m_current;
        }
        const bool bold = t.startsWith(QLatin1String("**"));
        label = label.toLower();
        label.remove(QLatin1Char(':'));
        label = label.trimmed();
        const bool statement = isStatementField(label);
        double weight = 1.0;
        bool known = statement;
        if (label == QLatin1String("rationale")) {
            weight = 0.5;
            known = true;
        } else {
            for (const char *field : ReferenceFields) {
                if (label == QLatin1String(field)) {
                    weight = 0.0;
                    known = true;
                    break;
                }
            }
        }
        // A plain "Something: ..." line (a list item such as "- Principle 11:
        // ...") belongs to the field it sits in unless it names a field itself.
        if (!bold && !known) {
            m_lineStatement = m_currentStatement || (!m_sawField && !m_sawContent);
            m_sawContent = true;
            return m_current;
        }
        m_lineStatement = statement;
        m_sawContent = true;
        // A bold label starts a field that runs over its list items.
        if (bold) {
            m_current = weight;
            m_currentStatement = statement;
            m_sawField = true;
        }
        return weight;
    }

    // Whether the line just weighed states the requirement.
    bool lineIsStatement() const { return m_lineStatement; }

private:
    double m_current = 1.0;
    bool m_currentStatement = false;
    bool m_lineStatement = false;
    bool m_sawField = false;
    bool m_sawContent = false;
};

struct Hit
{
    QString display;
    double weight = 0;
    bool inTitle = false;
    bool boilerplateTitle = false;
    double bodyFactor = 0; // the strongest field factor it was seen with
    int bodyCount = 0;
    bool inStatement = false; // named, not in passing, by the requirement's statement
    int passingCount = 0;     // statement occurrences in parentheses or after "including"
};

// Words that look like ML terms but are not: "the system prompts the user to
// ...", a "RAG status" (red/amber/green), "500 ML" (millilitres).
bool isFalseFriend(const Term &term, const std::vector<Token> &tokens, size_t at, size_t next)
{
    if (term.display == QLatin1String("RAG") && next < tokens.size()) {
        static const char *const rag[] = {"status", "rating", "ratings", "rated", "report", "colour", "color"};
        for (const char *w : rag) {
            if (tokens[next].lower == QLatin1String(w))
                return true;
        }
    }
    // "Non-AI screens": what is not the AI.
    if (at > 0 && tokens[at - 1].lower == QLatin1String("non"))
        return true;
    // "data model versions", "data model artefacts": the schema's, not a model's.
    if (term.display.startsWith(QLatin1String("model ")) && at > 0 && tokens[at - 1].lower == QLatin1String("data"))
        return true;
    if (term.display == QLatin1String("ML") && at > 0 && !tokens[at - 1].text.isEmpty() &&
        tokens[at - 1].text.back().isDigit())
        return true;
    if (!term.display.endsWith(QLatin1String("prompt")))
        return false;
    if (next >= tokens.size())
        return false;
    static const char *const objects[] = {"to", "the", "a", "an", "user", "users", "for", "re", "them", "him", "her",
                                          "citizen", "citizens", "customer", "customers", "consumer", "consumers",
                                          "staff", "admin", "admins", "people",
                                          // "prompts login", "prompts upgrade": the screen asks for an action.
                                          "login", "log", "sign", "upgrade", "retry", "registration", "purchase",
                                          "confirmation", "payment", "update", "reset"};
    for (const char *o : objects) {
        if (tokens[next].lower == QLatin1String(o))
            return true;
    }
    return false;
}

bool isOneOf(const QString &lower, const char *const *list, size_t count)
{
    for (size_t k = 0; k < count; ++k) {
        if (lower == QLatin1String(list[k]))
            return true;
    }
    return false;
}

template<size_t N>
bool isOneOf(const QString &lower, const char *const (&list)[N])
{
    return isOneOf(lower, list, N);
}

// A word list looked up per token: hashed, built once.
class WordSet
{
public:
    template<size_t N>
    explicit WordSet(const char *const (&list)[N])
    {
        for (const char *w : list)
            m_words.insert(QString::fromUtf8(w));
    }
    bool contains(const QString &word) const { return m_words.contains(word); }

private:
    QSet<QString> m_words;
};

const WordSet &topicNouns()
{
    static const WordSet set(TopicNouns);
    return set;
}
const WordSet &topicHeads()
{
    static const WordSet set(TopicHeads);
    return set;
}
const WordSet &trainingObjects()
{
    static const WordSet set(TrainingObjects);
    return set;
}
const WordSet &passingMarkers()
{
    static const WordSet set(PassingMarkers);
    return set;
}
const WordSet &constraintWords()
{
    static const WordSet set(ConstraintWords);
    return set;
}
const WordSet &constraintPhrases()
{
    static const WordSet set(ConstraintPhrases);
    return set;
}
const WordSet &costWords()
{
    static const WordSet set(CostWords);
    return set;
}

// First words of the two-word constraints: the pair is built only after one.
const WordSet &constraintPhraseStarts()
{
    static const WordSet set = [] {
        static const char *const starts[] = {"response", "fall", "falls",  "falling", "error",
                                             "times",    "roll", "rolled", "manual",  "disaster",
                                             "word",     "is",   "are",    "goes",    "went"};
        return WordSet(starts);
    }();
    return set;
}

// "AI guidance", "GenAI policy", "AI/ML training courses", "guidance on AI",
// "procurement of AI tools": the field is what the text is about, not a model
// the system runs. Only the field's own names are read this way.
bool isTopicMention(const Term &term, const std::vector<Token> &tokens, size_t at, size_t next)
{
    if (!term.field)
        return false;
    // Look past "AI/ML", "AI and data" to the noun the field qualifies.
    size_t j = next;
    while (j < tokens.size() && j < next + 3 &&
           (tokens[j].text == QLatin1String("AI") || tokens[j].text == QLatin1String("ML") ||
            tokens[j].text == QLatin1String("GenAI") || tokens[j].lower == QLatin1String("and") ||
            tokens[j].lower == QLatin1String("or") || tokens[j].lower == QLatin1String("generative") ||
            tokens[j].lower == QLatin1String("data") || tokens[j].lower == QLatin1String("responsible") ||
            tokens[j].lower == QLatin1String("ethical") || tokens[j].lower == QLatin1String("safe") ||
            tokens[j].lower == QLatin1String("related")))
        ++j;
    if (j < tokens.size()) {
        const QString &noun = tokens[j].lower;
        if (topicNouns().contains(noun))
            return true;
        if (noun == QLatin1String("training") &&
            !(j + 1 < tokens.size() && trainingObjects().contains(tokens[j + 1].lower)))
            return true;
    }
    // "guidance on AI", "courses in machine learning", "upskill in AI/ML",
    // "guidance on the safe use of generative AI": a topic head and its
    // preposition a few words before. "training" and "learning" only right
    // before the field ("training in AI"): "training on data used by the AI
    // model" is model training.
    static const char *const prepositions[] = {"on", "about", "in", "for", "of", "around", "regarding", "with"};
    static const char *const courseOnly[] = {"on", "in", "about", "around", "regarding"};
    static const char *const verbs[] = {"procuring", "procure",    "procures",   "procured", "buying",
                                        "buy",       "purchasing", "purchase",   "teach",    "teaches",
                                        "teaching",  "upskill",    "upskilling", "learn"};
    if (at > 0 && isOneOf(tokens[at - 1].lower, verbs))
        return true;
    for (size_t p = at; p > 1 && p + 6 > at; --p) {
        const QString &preposition = tokens[p - 1].lower;
        const QString &head = tokens[p - 2].lower;
        if (!isOneOf(preposition, prepositions) || !topicHeads().contains(head))
            continue;
        const bool lifecycleHead = head == QLatin1String("training") || head == QLatin1String("learning");
        if (!lifecycleHead)
            return true;
        // Only the words that may sit between "training in" and the field.
        bool adjacent = isOneOf(preposition, courseOnly);
        for (size_t q = p; adjacent && q < at; ++q) {
            const QString &w = tokens[q].lower;
            adjacent = tokens[q].text == QLatin1String("AI") || tokens[q].text == QLatin1String("ML") ||
                       w == QLatin1String("and") || w == QLatin1String("or") || w == QLatin1String("responsible") ||
                       w == QLatin1String("generative") || w == QLatin1String("the") || w == QLatin1String("using") ||
                       w == QLatin1String("safe") || w == QLatin1String("ethical");
        }
        if (adjacent)
            return true;
    }
    return false;
}

void scanText(QStringView text, bool title, double factor, QHash<QString, Hit> &hits,
              const std::vector<Term> *system = nullptr, QStringList *topics = nullptr)
{
    const std::vector<Token> tokens = tokenize(text);
    const Lexicon &lexicon = Lexicon::instance();
    for (size_t i = 0; i < tokens.size();) {
        size_t length = 0;
        const Term *term = lexicon.match(tokens, i, length, system);
        if (!term) {
            ++i;
            continue;
        }
        if (term->actorOnly || isFalseFriend(*term, tokens, i, i + length)) {
            i += length;
            continue;
        }
        if (isTopicMention(*term, tokens, i, i + length)) {
            if (topics && !topics->contains(term->display))
                topics->append(term->display);
            i += length;
            continue;
        }
        Hit &hit = hits[term->display];
        hit.display = term->display;
        hit.weight = term->weight;
        if (title) {
            // "AI Spending": a budget line that mentions AI, not AI work.
            const bool business = i + length < tokens.size() && isBusinessNoun(tokens[i + length].lower);
            if (business && !hit.inTitle)
                hit.boilerplateTitle = true;
            else
                hit.inTitle = true;
        } else if (factor > 0) {
            hit.bodyFactor = std::max(hit.bodyFactor, factor);
            ++hit.bodyCount;
        }
        i += length;
    }
}

// "generates a personalised response", "generated answers": output of a model.
// What a model produces, named as such: "generated responses", "generates a
// draft summary" (within three words); in the requirement's statement also
// the AI's output as what the statement constrains ("every AI response",
// "AI outputs MUST"): "save AI outputs back to Drive" and "Teams messages
// with AI responses" are an integration's payload, not its subject.
int generatedOutputs(QStringView text, bool statement)
{
    static const char *const generatedKinds[] = {"response",       "responses",       "answer",     "answers",
                                                 "summary",        "summaries",       "draft",      "drafts",
                                                 "recommendation", "recommendations", "suggestion", "suggestions"};
    static const char *const aiKinds[] = {"response", "responses", "answer", "answers", "output", "outputs"};
    const auto isOneOf = [](const QString &word, const auto &kinds) {
        return std::any_of(std::begin(kinds), std::end(kinds),
                           [&word](const char *kind) { return word == QLatin1String(kind); });
    };
    const std::vector<Token> tokens = tokenize(text);
    int count = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const QString &w = tokens[i].lower;
        if (tokens[i].text == QLatin1String("AI")) {
            static const char *const quantifiers[] = {"every", "each", "all", "any"};
            static const char *const modals[] = {"must", "shall", "should"};
            const bool constrained = (i > 0 && isOneOf(tokens[i - 1].lower, quantifiers)) ||
                                     (i + 2 < tokens.size() && isOneOf(tokens[i + 2].lower, modals));
            if (statement && constrained && i + 1 < tokens.size() && isOneOf(tokens[i + 1].lower, aiKinds))
                ++count;
            continue;
        }
        if (!(w == QLatin1String("generate") || w == QLatin1String("generates") || w == QLatin1String("generated") ||
              w == QLatin1String("generating")))
            continue;
        for (size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j)
            if (isOneOf(tokens[j].lower, generatedKinds)) {
                ++count;
                break;
            }
    }
    return count;
}

struct Assessment
{
    double score = 0;
    QStringList evidence;
};

QString formatNumber(double value)
{
    return QString::number(value, 'f', value == int(value) ? 0 : 2);
}

// Index of the first token from which a sentence only lists examples
// ("including", "such as", "e.g."), or the token count.
size_t passingFrom(const std::vector<Token> &tokens)
{
    static const std::vector<QStringList> phrases = [] {
        std::vector<QStringList> out;
        for (const char *phrase : PassingPhrases)
            out.push_back(QString::fromUtf8(phrase).split(QLatin1Char(' ')));
        return out;
    }();
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (passingMarkers().contains(tokens[i].lower))
            return i;
        for (const QStringList &words : phrases) {
            bool ok = i + size_t(words.size()) <= tokens.size();
            for (qsizetype w = 0; ok && w < words.size(); ++w)
                ok = tokens[i + size_t(w)].lower == words[w];
            if (ok)
                return i;
        }
    }
    return tokens.size();
}

// "within 5 minutes of a claim", "in under 200 ms per request", "500ms": how
// soon a result must be there; not how long something lasts, how often it
// runs or which window it reads ("24 hours a day", "kept for 7 days", "every
// 5 minutes", "in 15-minute batches", "the previous 24 hours").
bool isTimeBound(const std::vector<Token> &tokens, size_t i, size_t end)
{
    static const WordSet units = [] {
        static const char *const list[] = {"ms",     "milliseconds", "s",   "sec",  "secs", "second", "seconds",
                                           "minute", "minutes",      "min", "mins", "hour", "hours",  "h",
                                           "hr",     "hrs"};
        return WordSet(list);
    }();
    static const WordSet bound = [] {
        static const char *const list[] = {"within", "in", "under", "than", "below", "inside", "to", "takes", "take"};
        return WordSet(list);
    }();
    static const WordSet durationBefore = [] {
        static const char *const list[] = {"for",  "every", "each",     "after", "per",
                                           "last", "past",  "previous", "next",  "over"};
        return WordSet(list);
    }();
    static const WordSet durationAfter = [] {
        static const char *const list[] = {"a", "per", "each", "every", "of", "old", "ago"};
        return WordSet(list);
    }();
    const QString &word = tokens[i].lower;
    if (word.isEmpty() || !word.front().isDigit())
        return false;
    qsizetype digits = 0;
    while (digits < word.size() && (word[digits].isDigit() || word[digits] == QLatin1Char('.')))
        ++digits;
    // "15-minute batches": a size or a schedule, not a bound.
    const QStringView text = tokens[i].text;
    if (i + 1 < end && tokens[i + 1].text.data() > text.data() + text.size() &&
        *(text.data() + text.size()) == QLatin1Char('-'))
        return false;
    const bool glued = digits < word.size(); // "500ms"
    if (glued ? !units.contains(word.mid(digits)) : !(i + 1 < end && units.contains(tokens[i + 1].lower)))
        return false;
    // "within 5 minutes of submission": the word before says it is a bound.
    if (i > 0 && bound.contains(tokens[i - 1].lower))
        return true;
    if (i > 0 && durationBefore.contains(tokens[i - 1].lower))
        return false;
    const size_t next = glued ? i + 1 : i + 2;
    return !(next < end && durationAfter.contains(tokens[next].lower));
}

QString constraintAt(const std::vector<Token> &tokens, size_t i, size_t end)
{
    if (constraintWords().contains(tokens[i].lower))
        return tokens[i].lower;
    if (isTimeBound(tokens, i, end))
        return QStringLiteral("time bound");
    if (i + 1 < end && constraintPhraseStarts().contains(tokens[i].lower)) {
        const QString pair = tokens[i].lower + QLatin1Char(' ') + tokens[i + 1].lower;
        if (constraintPhrases().contains(pair))
            return pair;
    }
    return {};
}

// "90% of urgent claims placed in the top two bands", "within 2 percentage
// points": a share the statement sets as its target.
bool statesPercentage(QStringView sentence)
{
    for (qsizetype i = 1; i < sentence.size(); ++i)
        if (sentence[i] == QLatin1Char('%') &&
            (sentence[i - 1].isDigit() || (i > 1 && sentence[i - 1] == QLatin1Char(' ') && sentence[i - 2].isDigit())))
            return true;
    return sentence.contains(QLatin1String("per cent"), Qt::CaseInsensitive) ||
           sentence.contains(QLatin1String("percent"), Qt::CaseInsensitive);
}

// Whether the token names what one of the system's models produces by its
// head noun alone ("summaries" for the "consultation summary").
bool isOutputHead(const Token &token, const std::vector<Term> &system)
{
    static const WordSet outputHeads = [] {
        static const char *const list[] = {"score",   "band",       "flag",     "prediction",    "forecast",
                                           "summary", "transcript", "label",    "rating",        "grade",
                                           "tier",    "suggestion", "category", "recommendation"};
        return WordSet(list);
    }();
    QString noun = token.lower;
    if (noun.endsWith(QLatin1String("ies")))
        noun = noun.chopped(3) + QLatin1Char('y');
    else if (noun.endsWith(QLatin1Char('s')))
        noun.chop(1);
    if (!outputHeads.contains(noun))
        return false;
    return std::any_of(system.cbegin(), system.cend(), [&noun](const Term &term) {
        return term.system && term.words.size() >= 2 && term.words.back().lower == noun;
    });
}

// "Fewer than 2% of summaries contain a statement not in the responses": a
// share of what the system's models produce, however the sentence qualifies them.
bool sharesOfOutputs(QStringView sentence, const std::vector<Token> &tokens, const std::vector<Term> &system)
{
    for (size_t i = 1; i + 1 < tokens.size(); ++i) {
        if (tokens[i].lower != QLatin1String("of"))
            continue;
        // "2% of", "2 % of", "2 per cent of".
        const qsizetype after = tokens[i - 1].text.data() + tokens[i - 1].text.size() - sentence.data();
        const QStringView rest = sentence.mid(after, 2).trimmed();
        if (!rest.startsWith(QLatin1Char('%')) && tokens[i - 1].lower != QLatin1String("cent"))
            continue;
        // The noun the share is of, a word or two on: "of the summaries", "of draft summaries".
        for (size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j)
            if (isOutputHead(tokens[j], system))
                return true;
    }
    return false;
}

// "Case officers MUST be able to edit a summary before it is published": a
// person who checks the models' output before it goes out.
bool reviewedBeforeRelease(QStringView sentence, const std::vector<Token> &tokens, const std::vector<Term> &system)
{
    static const TextExpression review(
        QStringLiteral(
            "\\b(edit|review|approve|check|correct|amend|change)\\w*\\b[^.;]{0,80}\\bbefore\\b[^.;]{0,30}\\b("
            "publi|sent\\b|send|issu|releas|shared?\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [&system](const Token &token) { return isOutputHead(token, system); }) &&
           review.match(sentence).hasMatch();
}

bool sharesOfPeople(QStringView sentence)
{
    static const TextExpression people(
        QStringLiteral(
            "%\\s+of\\s+(all\\s+|the\\s+)?([a-z-]+\\s+)?(staff|users|customers|agents|caseworkers|people|"
            "citizens|residents|employees|officers|colleagues|teams?|claimants|applicants|callers|visitors)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return people.match(sentence).hasMatch();
}

// What an ML system's requirement may ask of its models in its own words,
// with no word of ML: outcomes compared across protected groups (fairness),
// a change in what comes in that makes the outputs unreliable (drift), data
// kept for training. Only asked of a system that runs models.
QString modelConcern(QStringView sentence, const std::vector<Token> &tokens)
{
    static const WordSet cues = [] {
        static const char *const list[] = {"differ", "differs", "disparity", "disparities", "gap",
                                           "gaps",   "vary",    "varies",    "longer",      "training",
                                           "train",  "retrain", "retraining"};
        return WordSet(list);
    }();
    if (std::none_of(tokens.cbegin(), tokens.cend(), [](const Token &t) { return cues.contains(t.lower); }))
        return {};
    // Each names what the models give (scores, flags, predictions): equality
    // reports on waiting times or pay and a staffing rota that goes stale are
    // no model's concern.
    static const TextExpression fairness(
        QStringLiteral("\\b(scores?|flags?|flag rates?|predictions?|classifications?|recommendations?|decisions? "
                       "made by the (model|system)|model outputs?|false positives?|false negatives?|error rates?)\\b"
                       "[^.;]{0,40}\\b(differ|disparit|var(y|ies))\\w*[^.;]{0,80}\\b(between|across|by)\\b[^.;]{0,60}"
                       "\\b(ages?|sex(es)?|genders?|ethnic\\w*|races?|disabilit\\w*|protected characteristics?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const TextExpression drift(
        QStringLiteral(
            "\\b(mix|distribution|profile|make-?up|characteristics|pattern)\\s+of\\b[^.;]{0,60}\\b(chang|shift|"
            "drift)\\w*[^.;]{0,80}\\b(scores?|predictions?|forecasts?|classifications?|recommendations?|models?|"
            "model outputs?)\\s+((may|might|could|would|will)\\s+)?no longer\\s+(be\\s+)?(reliable|accurate|valid)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (fairness.match(sentence).hasMatch())
        return QStringLiteral("outcomes compared across groups");
    if (drift.match(sentence).hasMatch())
        return QStringLiteral("inputs changing under the outputs");
    if (MlClassifier::keepsDataForTraining(sentence))
        return QStringLiteral("data for training");
    return {};
}

// Whether the system term at [at, next) is who acts in the sentence: "the
// assistant SHALL extract", "I want the assistant to draft", "generated by
// the assistant".
bool isActing(const std::vector<Token> &tokens, size_t at, size_t next)
{
    static const WordSet modals = [] {
        static const char *const list[] = {"must", "shall", "should", "will", "can", "may"};
        return WordSet(list);
    }();
    static const WordSet madeBy = [] {
        static const char *const list[] = {"generated", "produced",  "drafted", "written",
                                           "created",   "suggested", "proposed"};
        return WordSet(list);
    }();
    // "MUST be fully accessible", "MUST meet WCAG 2.2 AA" are what it is, not
    // what it does; "MUST be able to draft" acts.
    static const WordSet standing = [] {
        static const char *const list[] = {"be", "meet", "comply", "conform", "adhere", "follow", "have", "work"};
        return WordSet(list);
    }();

    const bool afterThe = at >= 1 && tokens[at - 1].lower == QLatin1String("the");
    if (afterThe && at >= 2 &&
        (tokens[at - 2].lower == QLatin1String("want") || tokens[at - 2].lower == QLatin1String("wants")))
        return true;
    if (afterThe && at >= 3 && tokens[at - 2].lower == QLatin1String("by") && madeBy.contains(tokens[at - 3].lower))
        return true;
    // What it does, in the present: "the assistant says so", "the model is instructed to answer".
    static const WordSet doing = [] {
        static const char *const list[] = {"says",       "answers",    "returns",    "generates",   "drafts",
                                           "writes",     "suggests",   "summarises", "summarizes",  "cites",
                                           "refuses",    "retrieves",  "responds",   "replies",     "produces",
                                           "explains",   "classifies", "translates", "transcribes", "extracts",
                                           "recommends", "predicts",   "scores",     "ranks",       "flags"};
        return WordSet(list);
    }();
    static const WordSet steered = [] {
        static const char *const list[] = {"instructed", "prompted", "trained",     "retrained",
                                           "fine",       "grounded", "constrained", "evaluated"};
        return WordSet(list);
    }();
    if (next < tokens.size() && doing.contains(tokens[next].lower))
        return true;
    if (next + 1 < tokens.size() &&
        (tokens[next].lower == QLatin1String("is") || tokens[next].lower == QLatin1String("are")) &&
        steered.contains(tokens[next + 1].lower))
        return true;
    if (next < tokens.size() && modals.contains(tokens[next].lower))
        return next + 1 >= tokens.size() || !standing.contains(tokens[next + 1].lower) ||
               (tokens[next + 1].lower == QLatin1String("be") && next + 2 < tokens.size() &&
                tokens[next + 2].lower == QLatin1String("able"));
    return false;
}

// The constraint an acting AI puts on a sentence, as the evidence says it.
constexpr char askedToAct[] = "asked to act";

// Whether the system term at [at, next) is said to be out of service: "if the
// assistant is unavailable", "when the assistant fails": its fallback.
bool isOutOfService(const std::vector<Token> &tokens, size_t next)
{
    static const WordSet down = [] {
        // "When the assistant cannot answer with sufficient confidence": its fallback too.
        static const char *const list[] = {"unavailable", "down",        "offline", "fails",
                                           "failed",      "unreachable", "cannot",  "unable"};
        return WordSet(list);
    }();
    if (next < tokens.size() && down.contains(tokens[next].lower))
        return true;
    const bool is = next < tokens.size() &&
                    (tokens[next].lower == QLatin1String("is") || tokens[next].lower == QLatin1String("becomes") ||
                     tokens[next].lower == QLatin1String("has"));
    return is && next + 1 < tokens.size() && down.contains(tokens[next + 1].lower);
}

// Whether the system term at [at, next) names what the AI gives: "every
// assistant answer", "rate each assistant response".
bool namesItsOutput(const std::vector<Token> &tokens, size_t next)
{
    static const WordSet outputs = [] {
        static const char *const list[] = {"answer",  "answers", "response", "responses", "reply",
                                           "replies", "output",  "outputs",  "draft",     "drafts"};
        return WordSet(list);
    }();
    // "the assistant's answers": the possessive's "s" is a word of its own.
    if (next + 1 < tokens.size() && tokens[next].lower == QLatin1String("s"))
        ++next;
    return next < tokens.size() && outputs.contains(tokens[next].lower);
}

// What the requirement's statement is about: the ML subjects it names outside
// parentheses and example lists, and whether it constrains one of them (its
// latency, accuracy, fallback, recovery, monitoring) in the same sentence.
// Counts the terms of a text that a statement mentions only in passing.
void countPassing(const std::vector<Token> &tokens, size_t from, const std::vector<Term> *system,
                  QHash<QString, Hit> &hits)
{
    const Lexicon &lexicon = Lexicon::instance();
    for (size_t i = from; i < tokens.size();) {
        size_t length = 0;
        const Term *term = lexicon.match(tokens, i, length, system);
        if (!term) {
            ++i;
            continue;
        }
        const auto hit = hits.find(term->display);
        if (hit != hits.end() && !isFalseFriend(*term, tokens, i, i + length) &&
            !isTopicMention(*term, tokens, i, i + length))
            ++hit->passingCount;
        i += length;
    }
}

// The text inside parentheses: examples and asides.
QString insideParentheses(const QString &text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(')) {
            if (depth++ == 0)
                out.append(QLatin1String(" . "));
        } else if (c == QLatin1Char(')')) {
            depth = qMax(0, depth - 1);
        } else if (depth > 0) {
            out.append(c);
        }
    }
    return out;
}

// What a user types or sees, quoted as an example ('enters a search query
// (e.g., "machine learning for beginners")'), is content, not a capability of
// the system: the quoted words after e.g., for example or such as are dropped.
QString withoutQuotedExamples(QStringView line)
{
    static const TextExpression example(
        QStringLiteral("\\b(e\\.g\\.|eg|for example|for instance|such as)[,:]?\\s*"
                       "((?:[\"\\x{201C}][^\"\\x{201D}]{1,120}[\"\\x{201D}](?:\\s*(?:,|or|and|/)\\s*)?)+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = line.toString();
    qsizetype from = 0;
    for (QRegularExpressionMatch match = example.match(text); match.hasMatch(); match = example.match(text, from)) {
        text.replace(match.capturedStart(2), match.capturedLength(2), QStringLiteral("\"\" "));
        from = match.capturedStart(2) + 3;
    }
    return text;
}

// kind: the requirement's; a data requirement's "model" is its data model.
void readStatement(QStringView line, const QString &kind, const std::vector<Term> *system, QHash<QString, Hit> &hits,
                   QStringList &dependencies)
{
    // A business requirement's shares are outcomes ("cut calls by 30%"), not a model's targets.
    const bool sharesAreTargets = kind != QLatin1String("BR");
    const bool dataRequirement = kind == QLatin1String("DR");
    QString aside = insideParentheses(line.toString());
    QString text = withoutParentheses(line.toString());
    // A pair of dashes sets off an aside as parentheses do ("All components
    // — web front end, APIs, the document classifier — MUST write logs").
    for (const QChar dash : {QChar(0x2014), QChar(0x2013)}) {
        const QString mark = QStringLiteral(" %1 ").arg(dash);
        for (qsizetype open = text.indexOf(mark); open >= 0; open = text.indexOf(mark, open)) {
            const qsizetype close = text.indexOf(mark, open + mark.size());
            // Within one sentence: "Latency — the chatbot MUST reply within 3 s. Availability — 99.5%" has two labels.
            if (close < 0 || QStringView(text).mid(open, close - open).contains(QLatin1String(". ")))
                break;
            aside += QStringLiteral(" . ") + text.mid(open + mark.size(), close - open - mark.size());
            text.replace(open, close + mark.size() - open, QStringLiteral(" "));
        }
    }
    if (!aside.isEmpty())
        countPassing(tokenize(aside), 0, system, hits);
    // Abbreviations are no sentence ends.
    text.replace(QLatin1String("e.g."), QLatin1String("eg"), Qt::CaseInsensitive);
    text.replace(QLatin1String("i.e."), QLatin1String("ie"), Qt::CaseInsensitive);
    const Lexicon &lexicon = Lexicon::instance();
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start < n) {
        qsizetype end = start;
        while (end < n) {
            const QChar c = text[end];
            if (c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                break;
            if (c == QLatin1Char('.') && (end + 1 >= n || text[end + 1].isSpace()))
                break;
            ++end;
        }
        const std::vector<Token> tokens = tokenize(QStringView(text).mid(start, end - start));
        const qsizetype sentenceStart = start;
        start = end + 1;
        const size_t stop = passingFrom(tokens);
        countPassing(tokens, stop, system, hits);
        QStringList subjects;
        QString constraint;
        QString cost;
        QString actor; // a system term that does what the sentence asks ("the assistant SHALL extract")
        bool actorOutOfService = false; // or that the sentence falls back from ("if the assistant is unavailable")
        bool actorsOutput = false;      // or whose output it constrains ("every assistant answer SHALL cite")
        bool specific = false;
        for (size_t i = 0; i < stop;) {
            if (constraint.isEmpty())
                constraint = constraintAt(tokens, i, stop);
            if (cost.isEmpty() && costWords().contains(tokens[i].lower))
                cost = tokens[i].lower;
            size_t length = 0;
            const Term *term = lexicon.match(tokens, i, length, system);
            if (!term || i + length > stop) {
                ++i;
                continue;
            }
            if (term->actorOnly) {
                // "the assistant", "the model": never "housing assistants", "the data model" or
                // "the operating model".
                const bool dataModel =
                    dataRequirement && term->words.size() == 1 && term->words.front().lower == QLatin1String("model");
                if (actor.isEmpty() && !dataModel && i > 0 && tokens[i - 1].lower == QLatin1String("the")) {
                    if (isActing(tokens, i, i + length))
                        actor = term->display;
                    else if (isOutOfService(tokens, i + length)) {
                        actor = term->display;
                        actorOutOfService = true;
                    }
                }
                if (actor.isEmpty() && !dataModel && namesItsOutput(tokens, i + length)) {
                    actor = term->display;
                    actorsOutput = true;
                }
            } else if (!isFalseFriend(*term, tokens, i, i + length) && !isTopicMention(*term, tokens, i, i + length) &&
                       term->weight >= 2) {
                subjects.append(term->display);
                specific = specific || term->system || term->weight >= 3;
                if (actor.isEmpty() && term->system && isActing(tokens, i, i + length))
                    actor = term->display;
                const auto hit = hits.find(term->display);
                if (term->weight >= 3 && !term->system && hit != hits.end())
                    hit->inStatement = true;
            }
            i += length;
        }
        if (constraint.isEmpty() && specific)
            constraint = cost;
        // The AI that acts is the subject of what the sentence asks, and of a
        // bound it sets when it names no other ("the assistant MUST answer within 5 s").
        if (!actor.isEmpty() && (constraint.isEmpty() || subjects.isEmpty())) {
            subjects.prepend(actor);
            if (constraint.isEmpty())
                constraint = actorOutOfService ? QStringLiteral("unavailable")
                             : actorsOutput    ? QStringLiteral("its outputs")
                                               : QString::fromLatin1(askedToAct);
            else if (!actorOutOfService && !actorsOutput) // "the assistant MUST alert ... for more than 60 seconds"
                constraint += QStringLiteral(", ") + QLatin1String(askedToAct);
        }
        const QStringView sentence = QStringView(text).mid(sentenceStart, end - sentenceStart);
        // "Every generated answer MUST include citations": what a model writes, constrained.
        static const TextExpression everyGenerated(
            QStringLiteral("\\b(every|each|all|any|no) (AI[- ])?generated (answers?|responses?|summar(y|ies)|drafts?|"
                           "outputs?|text|content|letters?|repl(y|ies))\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (constraint.isEmpty() && sentence.contains(QLatin1String("generated")) &&
            everyGenerated.match(sentence).hasMatch()) {
            subjects.prepend(QStringLiteral("generated outputs"));
            constraint = QStringLiteral("every one");
        }
        // A share of people ("90% of agents trained on the chatbot") is adoption, not the model's quality.
        if (constraint.isEmpty() && sharesAreTargets && specific && statesPercentage(sentence) &&
            !sharesOfPeople(sentence))
            constraint = QStringLiteral("percentage target");
        if (constraint.isEmpty() && system && !system->empty()) {
            if (sharesAreTargets && statesPercentage(sentence) && sharesOfOutputs(sentence, tokens, *system))
                constraint = QStringLiteral("percentage target");
            else if (reviewedBeforeRelease(sentence, tokens, *system))
                constraint = QStringLiteral("reviewed before release");
            if (!constraint.isEmpty())
                subjects.append(QStringLiteral("the system's models' outputs"));
        }
        if (dependencies.isEmpty() && system && !system->empty())
            if (const QString concern = modelConcern(sentence, tokens); !concern.isEmpty())
                dependencies.append(QStringLiteral("the system's models (%1)").arg(concern));
        if (!subjects.isEmpty() && !constraint.isEmpty() && dependencies.isEmpty())
            dependencies.append(QStringLiteral("%1 (%2)").arg(subjects.first(), constraint));
    }
}

Assessment assessWords(const Requirement &requirement, const std::vector<Term> *system)
{
    Assessment a;
    QHash<QString, Hit> hits;
    QStringList topics;
    QStringList dependencies;
    scanText(requirement.title, true, 1.0, hits, system, &topics);
    // A list item or a table row may have no title but its statement ("- **FR-005**: The
    // platform MUST detect ..."): what it constrains is read there too.
    if (requirement.titleIsStatement())
        readStatement(requirement.title, requirement.kind, system, hits, dependencies);

    FieldWeights fields;
    int generated = 0;
    const QStringView body(requirement.body);
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = body.size();
        QStringView line = body.mid(start, end - start);
        // Rare: most lines quote nothing.
        QString unquoted;
        if (line.contains(QLatin1Char('"')) || line.contains(QChar(0x201C))) {
            unquoted = withoutQuotedExamples(line);
            line = unquoted;
        }
        const double factor = fields.weightOf(line);
        if (factor > 0) {
            scanText(line, false, factor, hits, system, &topics);
            if (factor >= 1.0)
                // An integration's statement is about what it carries, not what the AI must do.
                generated +=
                    generatedOutputs(line, fields.lineIsStatement() && requirement.kind != QLatin1String("INT"));
            if (factor >= 1.0 && fields.lineIsStatement())
                readStatement(line, requirement.kind, system, hits, dependencies);
        }
        start = end + 1;
    }

    const QString subject = withoutParentheses(requirement.title);
    const std::vector<Token> titleTokens = tokenize(subject);
    bool titleHasTerm = false;
    for (const Hit &hit : std::as_const(hits))
        titleHasTerm = titleHasTerm || hit.inTitle;
    const QString generic = titleHasTerm ? QString() : genericConcern(titleTokens);
    // Business requirements state outcomes: they are ML work when their title
    // says so; success criteria and rationale mention the AI system in passing.
    const bool business = requirement.kind == QLatin1String("BR");
    const double bodyScale = (generic.isEmpty() ? 1.0 : 0.25) * (business ? 0.5 : 1.0);

    struct Contribution
    {
        double value;
        QString text;
    };
    std::vector<Contribution> contributions;
    for (const Hit &hit : std::as_const(hits)) {
        double value = 0;
        if (hit.inTitle)
            value += 2 * hit.weight;
        double bodyValue = 0;
        if (hit.boilerplateTitle)
            bodyValue = hit.weight; // counted as body text
        if (hit.bodyCount > 0)
            bodyValue = std::max(bodyValue, hit.weight * hit.bodyFactor);
        // A capability the statement itself names is the requirement's
        // subject, whatever its title says.
        // Named only in passing by the statement ("such as the payment
        // gateway or the AI assistant"): half.
        const bool onlyInPassing = !hit.inStatement && hit.bodyCount > 0 && hit.passingCount >= hit.bodyCount;
        // Under a generic title (SSO, backups) a capability the statement
        // names is still an aside unless the statement constrains it.
        const double scale = hit.inStatement ? (generic.isEmpty() ? 1.0 : 0.25) : bodyScale;
        value += bodyValue * scale * (onlyInPassing ? 0.5 : 1.0);
        if (value <= 0)
            continue;
        QString text = QStringLiteral("term: ") + hit.display;
        if (hit.inTitle)
            text += QStringLiteral(" (title)");
        else if (hit.boilerplateTitle)
            text += QStringLiteral(" (title, qualifies a budget noun)");
        else if (hit.inStatement)
            text += QStringLiteral(" (statement)");
        contributions.push_back({value, text});
    }
    if (generated > 0)
        contributions.push_back({2.0 * bodyScale, QStringLiteral("phrase: generated responses/answers")});
    // The statement constrains an ML subject: its latency, fallback, recovery.
    if (!dependencies.isEmpty())
        contributions.push_back({3.0, QStringLiteral("constrains: ") + dependencies.first()});
    if (isMlCategory(requirement.category))
        contributions.push_back({6.0, QStringLiteral("kind: %1-%2").arg(requirement.kind, requirement.category)});

    // Ties by text: the hits come from a QHash, whose order changes from run to
    // run, and the evidence (the first ten) must not.
    std::sort(contributions.begin(), contributions.end(), [](const Contribution &x, const Contribution &y) {
        return x.value != y.value ? x.value > y.value : x.text < y.text;
    });
    for (const Contribution &c : contributions) {
        a.score += c.value;
        if (a.evidence.size() < 10)
            a.evidence.append(c.text);
    }
    if (!generic.isEmpty())
        a.evidence.append(QStringLiteral("generic subject: %1 (body counts a quarter)").arg(generic));
    if (business)
        a.evidence.append(QStringLiteral("business requirement (body counts half)"));
    if (!topics.isEmpty())
        a.evidence.append(QStringLiteral("topic, not a model: %1").arg(topics.join(QLatin1String(", "))));
    a.evidence.append(QStringLiteral("score %1 %2 %3")
                          .arg(formatNumber(a.score),
                               a.score >= MlClassifier::Threshold ? QStringLiteral(">=") : QStringLiteral("<"),
                               formatNumber(MlClassifier::Threshold)));
    return a;
}

Assessment assess(const Requirement &requirement, const std::vector<Term> *system)
{
    Assessment a = assessWords(requirement, system);
    if (a.score < MlClassifier::Threshold)
        return a;
    // What the system does without is no ML work, whatever words name it
    // (read only of what would be ML work: most requirements are not).
    MlClassifier::NoModelDeclaration none = MlClassifier::noModelDeclared(requirement.body);
    if (none.isEmpty())
        none = MlClassifier::noModelDeclared(requirement.title);
    if (none.isEmpty())
        return a;
    Assessment declared;
    declared.evidence = {QStringLiteral("declares no model: \"%1\"").arg(none.sentence),
                         QStringLiteral("score 0 < %1").arg(formatNumber(MlClassifier::Threshold))};
    return declared;
}

} // namespace

double MlClassifier::score(const Requirement &requirement) const
{
    return assess(requirement, nullptr).score;
}

double MlClassifier::score(const Requirement &requirement, const QStringList &systemTerms) const
{
    const std::vector<Term> system = systemLexicon(systemTerms);
    return assess(requirement, &system).score;
}

void MlClassifier::classify(Requirement &requirement) const
{
    classify(requirement, QStringList());
}

void MlClassifier::classify(Requirement &requirement, const QStringList &systemTerms) const
{
    const std::vector<Term> system = systemLexicon(systemTerms);
    Assessment a = assess(requirement, &system);
    requirement.ml = a.score >= Threshold;
    requirement.evidence = std::move(a.evidence);
}

bool MlClassifier::asksTheAiToAct(const Requirement &requirement)
{
    const QString marker = QLatin1String(askedToAct) + QLatin1Char(')');
    return requirement.ml &&
           std::any_of(requirement.evidence.cbegin(), requirement.evidence.cend(), [&marker](const QString &line) {
               return line.startsWith(QLatin1String("constrains: ")) && line.endsWith(marker);
           });
}

void MlClassifier::classify(Requirements &requirements) const
{
    classify(requirements, QStringList());
}

void MlClassifier::classify(Requirements &requirements, const QStringList &systemTerms, const QStringList &actorNames,
                            const QStringList &modelNames) const
{
    // The project's terms are prepared once for all its requirements.
    const std::vector<Term> system = systemLexicon(systemTerms, actorNames, modelNames);
    for (Requirement &r : requirements) {
        Assessment a = assess(r, &system);
        r.ml = a.score >= Threshold;
        r.evidence = std::move(a.evidence);
    }
}

MlClassifier::NoModelDeclaration MlClassifier::noModelDeclared(QStringView text)
{
    static const char mlKind[] =
        "(statistical|predictive|trained|machine[- ]learn(ed|ing)|ML|AI|generative AI|GenAI|artificial intelligence|"
        "LLMs?|large language models?)";
    static const char what[] =
        "(models?|components?|features?|capabilit(y|ies)|techniques?|algorithms?|tools?|services?|functionality)";
    // Ruled out in the system, not in one of its steps ("no AI is used to make
    // final decisions" keeps the AI for the rest): the sentence ends there, or
    // says where ("into the Hub", "in Phase 1").
    static const char where[] =
        "\\s*($|[.;,:]|\\s+(in|into|within|by|on|as part of|at any|pending|until|anywhere|itself|themselves|"
        "for (this|the) (project|programme|release|phase|service))\\b)";
    static const TextExpression declared = [] {
        const QString kinds = QString::fromLatin1(mlKind);
        const QString pattern =
            QStringLiteral(
                "\\bno (%1 )?%1([- ](enabled|based|powered|driven))?( or (other )?%1)*( "
                "%2)?\\b[^.;]{0,60}?\\b(is|are|will be|shall be|to be|may be|"
                "must be|can be|should be)( \\w+)? %4( or %4)?%3|"
                "\\b(does|do|will|shall|must|should) not %5( or %5)? (any |the |its own )?([a-z-]+ or )?(%1 "
                ")?(%2|%1)%3|"
                // "AI-based CV screening ... tools shall not be used".
                "\\b%1[- ](based|powered|enabled|driven)\\b[^.;]{0,60}?\\b(shall|must|will|may|should) not be "
                "(used|built|deployed|procured|introduced)%3|"
                // "no part of the solution SHALL use artificial intelligence".
                "\\bno (part|component|element|module) of the (solution|system|service|platform|product) "
                "(shall|must|will|may|should|is to) (use|employ|include) (any )?%1\\b|"
                // "it will not host or run the tools itself": the tools are elsewhere.
                "\\b(does|do|will|shall|must|should) not (host|run)( or (host|run))? (the |any |its own )?(tools?|"
                "applications?|software)\\b|"
                // "automatic classification is not part of this release".
                "\\b(%1( %2)?|automat(ic|ed) (classification|categori[sz]ation|tagging|translation|transcription|"
                "summari[sz]ation|extraction)) (is|are) not (part of|in scope|included|enabled)\\b")
                .arg(kinds, QString::fromLatin1(what), QString::fromLatin1(where),
                     // Not training or hosting a model is using a provider's: no denial.
                     QStringLiteral("(used|built|introduced|deployed|developed|included|applied|procured|enabled|"
                                    "in scope|configured|switched on|turned on|activated)"),
                     QStringLiteral("(use|build|deploy|include|introduce|employ|require|need)"));
        QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
        expression.optimize();
        return expression;
    }();
    // Most requirements deny nothing: the expression runs only on the few
    // words around a "no" followed by a word of ML, or a "not" followed by a
    // verb of using or building (the subject of "does not use" just before).
    static const char *const kindStarts[] = {"statistical", "predictive",    "trained",     "machine",
                                             "ml ",         "ai ",           "ai-",         "generative",
                                             "genai",       "artificial",    "llm",         "large language",
                                             "part of ",    "component of ", "element of ", "module of "};
    static const char *const verbs[] = {"use ",     "build ",      "deploy ",     "include ",     "introduce ",
                                        "employ ",  "require ",    "need ",       "part of",      "in scope",
                                        "included", "enabled",     "host ",       "run ",         "be used",
                                        "be built", "be deployed", "be procured", "be introduced"};
    const auto startsWithAny = [](QStringView rest, const auto &list) {
        return std::any_of(std::begin(list), std::end(list), [rest](const char *word) {
            return rest.startsWith(QLatin1String(word), Qt::CaseInsensitive);
        });
    };
    QRegularExpressionMatch match;
    QString plainText;
    for (qsizetype at = 0; at + 3 < text.size() && !match.hasMatch(); ++at) {
        const QChar c = text[at];
        if ((c != QLatin1Char('n') && c != QLatin1Char('N')) ||
            (text[at + 1] != QLatin1Char('o') && text[at + 1] != QLatin1Char('O')) ||
            (at > 0 && text[at - 1].isLetter()))
            continue;
        const bool no = text[at + 2] == QLatin1Char(' ');
        const bool isNot =
            (text[at + 2] == QLatin1Char('t') || text[at + 2] == QLatin1Char('T')) && text[at + 3] == QLatin1Char(' ');
        if ((!no || !startsWithAny(text.mid(at + 3), kindStarts)) &&
            (!isNot || !startsWithAny(text.mid(at + 4), verbs)))
            continue;
        // An aside in parentheses is no part of what is ruled out ("no AI
        // features (such as chat assistants) will be built").
        // The subject of "does not use" and "is not part of" just before.
        const qsizetype from = std::max<qsizetype>(0, at - 90);
        plainText = withoutParentheses(text.mid(from, 400).toString()).simplified();
        match = declared.match(plainText);
        // Ruled out on a condition or for one use, the model is still at work:
        // "No ML model is deployed into production until it has passed
        // validation", "will not use AI in eligibility decisions".
        static const TextExpression condition(
            QStringLiteral("^[^.;]*\\b(until|unless|without|before|except|only|(make|making|in|for) ([a-z]+ "
                           ")?decisions?)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (match.hasMatch() && condition.match(QStringView(plainText).mid(match.capturedStart())).hasMatch())
            match = QRegularExpressionMatch();
    }
    if (!match.hasMatch())
        return {};
    static const TextExpression generative(QStringLiteral("\\b(generative AI|GenAI|LLMs?|large language models?)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const TextExpression anyKind(QStringLiteral("\\b(other AI|AI features|AI tools|machine|ML|statistical|"
                                                       "predictive|models?)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    NoModelDeclaration declaration;
    // Quoted from "no" to the end of its sentence.
    qsizetype end = match.capturedStart();
    while (end < plainText.size() && plainText[end] != QLatin1Char(';') &&
           !(plainText[end] == QLatin1Char('.') && (end + 1 == plainText.size() || plainText[end + 1].isSpace())))
        ++end;
    declaration.sentence = plainText.mid(match.capturedStart(), end - match.capturedStart()).trimmed();
    static const TextExpression hosting(QStringLiteral("\\bnot (host|run)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    const bool generativeOnly = generative.match(declaration.sentence).hasMatch() &&
                                !anyKind.match(QString(declaration.sentence).remove(generative)).hasMatch();
    // Of every kind: AI or ML itself, not one capability ("automatic classification is not part of this release").
    static const TextExpression general(QStringLiteral("\\b(AI|ML|machine learning|artificial intelligence|"
                                                       "statistical|predictive|models?)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    declaration.wholeSystem = !generativeOnly && !hosting.match(declaration.sentence).hasMatch() &&
                              general.match(declaration.sentence).hasMatch();
    return declaration;
}

bool MlClassifier::keepsDataForTraining(QStringView sentence)
{
    // Data named before it, and after it the end of the sentence or a model:
    // rooms kept for training, and data "for training new caseworkers", are staff's.
    static const TextExpression training(
        QStringLiteral("\\b(data|records|outcomes|examples|labels|history|historical|datasets?|cases|claims|decisions|"
                       "transcripts|images|documents|applications)\\b[^.;]{0,80}\\b(available|used|kept|held|retained|"
                       "suitable|sufficient|labelled|labeled)\\s+(for|to)\\s+(model\\s+)?(re)?train(ing)?\\b"
                       // for the models, not for staff: "available for training new caseworkers" is no model's data
                       "(?=\\s*([,.;)]|$)|\\s+(?:(?:the|a|an|its|future)\\s+)?(?:[a-z-]+\\s+)?(models?|classifiers?|ML|"
                       "machine learning|algorithms?)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return training.match(sentence).hasMatch();
}

QStringList MlClassifier::matchedTerms(const QString &text)
{
    QHash<QString, Hit> hits;
    scanText(text, false, 1.0, hits);
    QStringList terms;
    for (const Hit &hit : std::as_const(hits))
        terms.append(hit.display);
    terms.sort();
    return terms;
}

} // namespace arckit
