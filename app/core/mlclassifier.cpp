#include "mlclassifier.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace arckit {

namespace {

// ---------------------------------------------------------------------------
// Vocabulary. Weights: 3 = the term only occurs when ML is the subject
// (inference, RAG, bias testing), 2 = usually ML but also used loosely (AI,
// knowledge base, confidence score), 1 = weak hints (accuracy, chatbot).
// A word written in capitals in the phrase (AI, LLM, RAG) must appear in
// capitals as a whole word: "maintain", "said", "email", "detail" never match.
// ---------------------------------------------------------------------------
struct TermSpec {
    const char *phrase;
    double weight;
    bool plural; // the last word may take an "s"
};

const TermSpec Vocabulary[] = {
    // The field itself.
    {"machine learning", 3, false}, {"deep learning", 3, false}, {"neural network", 3, true},
    {"artificial intelligence", 3, false}, {"large language model", 3, true}, {"language model", 3, true},
    {"foundation model", 3, true}, {"generative AI", 3, false}, {"GenAI", 3, false}, {"LLM", 3, true},
    {"NLP", 3, false}, {"natural language processing", 3, false}, {"GPT", 3, true}, {"MLOps", 3, false},
    {"computer vision", 3, false}, {"data science", 2, false}, {"data scientist", 2, true},
    {"AI", 2, false}, {"ML", 2, false}, {"AI model", 3, true}, {"ML model", 3, true},
    {"responsible AI", 3, false}, {"AI Playbook", 3, false}, {"AI system", 3, true},
    // Model lifecycle.
    {"model training", 3, false}, {"model retraining", 3, false}, {"retraining", 3, false},
    {"retrain", 3, false}, {"retrained", 3, false}, {"fine tuning", 3, false}, {"fine tune", 3, false},
    {"fine tuned", 3, false}, {"finetuning", 3, false}, {"inference", 3, true},
    {"training data", 3, false}, {"training dataset", 3, true}, {"pre trained", 3, false},
    {"pretrained", 3, false}, {"model version", 3, true}, {"model versioning", 3, false},
    {"model performance", 3, false}, {"model accuracy", 3, false}, {"model output", 3, true},
    {"model card", 3, true}, {"model registry", 3, false}, {"model monitoring", 3, false},
    {"model drift", 3, false}, {"data drift", 3, false}, {"concept drift", 3, false},
    {"feature store", 3, false}, {"feature engineering", 3, false}, {"hyperparameter", 3, true},
    {"experiment tracking", 3, false}, {"model rollback", 3, false},
    {"model serving", 3, false}, {"model endpoint", 3, true}, {"serving endpoint", 3, true},
    {"input features", 3, false},
    // Generative AI and retrieval.
    {"RAG", 3, false}, {"retrieval augmented generation", 3, false}, {"prompt injection", 3, true},
    {"prompt engineering", 3, false}, {"system prompt", 3, true}, {"hallucination", 3, true},
    {"hallucinated", 3, false}, {"embedding", 3, true}, {"vector database", 3, true},
    {"vector store", 3, true}, {"vector index", 3, false}, {"semantic search", 3, false},
    {"semantic similarity", 3, false}, {"jailbreak", 2, true}, {"jailbreaking", 3, false},
    {"red teaming", 3, false}, {"guardrails", 2, false}, {"prompt", 1, true},
    {"natural language", 2, false}, {"knowledge base", 2, true}, {"summarisation", 2, false},
    {"summarization", 2, false}, {"chatbot", 1, true}, {"conversational", 1, false},
    // Responsible AI.
    {"algorithmic transparency", 3, false}, {"ATRS", 3, false}, {"explainability", 3, false},
    {"explainable", 2, false}, {"bias detection", 3, false}, {"bias testing", 3, false},
    {"bias audit", 3, true}, {"fairness metric", 3, true}, {"fairness", 2, false}, {"bias", 2, false},
    {"biased", 2, false}, {"human in the loop", 2, false}, {"adversarial", 3, false},
    {"algorithm", 2, true}, {"algorithmic", 2, false}, {"automated decision", 2, true},
    {"confidence score", 2, true}, {"confidence threshold", 2, true}, {"low confidence", 2, false},
    // Prediction and recommendation.
    {"recommendation engine", 3, true}, {"recommender", 3, true}, {"personalised recommendation", 2, true},
    {"personalized recommendation", 2, true}, {"classifier", 3, true}, {"predictive", 2, false},
    {"prediction", 2, true}, {"anomaly detection", 2, false}, {"accuracy", 1, false},
    {"token usage", 2, false},
    // Platforms and model vendors.
    {"Bedrock", 3, false}, {"OpenAI", 3, false}, {"Azure OpenAI", 3, false}, {"Anthropic", 3, false},
    {"Claude", 3, false}, {"SageMaker", 3, false}, {"Vertex AI", 3, false}, {"Azure ML", 3, false},
    {"MLflow", 3, false}, {"Kubeflow", 3, false}, {"Hugging Face", 3, false},
};

// Nouns that make a preceding "AI" a budget line rather than a subject.
const char *const BusinessNouns[] = {"spend", "spending", "cost", "costs", "budget", "budgets", "saving",
                                     "savings", "licence", "licences", "license", "licenses",
                                     "subscription", "subscriptions"};

// Platform concerns that are no ML work whatever system they protect.
const char *const GenericConcerns[] = {
    "authentication", "authorisation", "authorization", "single sign on", "sso", "mfa", "rbac",
    "access control", "encryption", "secrets", "vulnerability", "penetration", "backup", "backups",
    "disaster recovery", "availability", "uptime", "fault tolerance", "resilience", "failover",
    "horizontal scaling", "scaling", "scalability", "data volume", "accessibility", "wcag", "usability",
    "user experience", "localisation", "localization", "design system", "documentation", "runbook",
    "runbooks", "observability", "api standards", "integration capabilities", "data portability", "gdpr",
    "data protection act", "privacy", "cyber essentials", "isolation", "residency", "sovereignty",
    "certification", "spend", "spending", "cost", "costs", "budget", "savings"};

// Fields that point elsewhere; their words describe other things.
const char *const ReferenceFields[] = {
    "relates to", "related to", "related requirements", "aligns with", "aligns with principle",
    "aligns with principles", "traces to", "traceability", "trace", "dependencies", "depends on",
    "stakeholder", "stakeholders", "stakeholder goal", "stakeholder outcome", "priority", "complexity",
    "owner", "principles", "principle", "addresses", "gate dependency", "source", "sources",
    "references", "see also", "timeline", "decision authority"};

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

struct Token {
    QStringView text;
    QString lower;
};

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
            const bool insideCode = start >= 2 && text[start - 1] == QLatin1Char('-')
                && (text[start - 2].isUpper() || text[start - 2].isDigit()) && word.front().isUpper();
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

struct Word {
    QString lower;
    QString exact;       // set when the word must be written this way (AI, LLM)
    bool capital = false; // a name (Bedrock, OpenAI): must start with a capital
};

struct Term {
    QString display;
    std::vector<Word> words;
    double weight = 0;
    bool plural = false;
};

class Lexicon
{
public:
    static const Lexicon &instance()
    {
        static const Lexicon lexicon;
        return lexicon;
    }

    // Longest vocabulary term starting at token i (or nullptr); length in tokens.
    const Term *match(const std::vector<Token> &tokens, size_t i, size_t &length) const
    {
        const auto it = m_byFirstWord.constFind(stem(tokens[i].lower));
        if (it == m_byFirstWord.constEnd())
            return nullptr;
        const Term *best = nullptr;
        for (const int index : it.value()) {
            const Term &term = m_terms[size_t(index)];
            if (i + term.words.size() > tokens.size())
                continue;
            bool ok = true;
            for (size_t w = 0; w < term.words.size() && ok; ++w)
                ok = wordMatches(term, w, tokens[i + w]);
            if (ok && (!best || term.words.size() > best->words.size()))
                best = &term;
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
            return token.text == word.exact
                || (plural && token.text.size() == word.exact.size() + 1 && token.text.startsWith(word.exact)
                    && token.text.back() == QLatin1Char('s'));
        }
        if (word.capital && !token.text.front().isUpper())
            return false;
        if (token.lower == word.lower)
            return true;
        return plural
            && ((token.lower.size() == word.lower.size() + 1 && token.lower.startsWith(word.lower)
                 && token.lower.back() == QLatin1Char('s'))
                || (token.lower.size() == word.lower.size() + 2 && token.lower.startsWith(word.lower)
                    && token.lower.endsWith(QLatin1String("es"))));
    }

    std::vector<Term> m_terms;
    QHash<QString, QList<int>> m_byFirstWord;
};

bool containsPhrase(const std::vector<Token> &tokens, const char *phrase)
{
    const QStringList words = QString::fromUtf8(phrase).split(QLatin1Char(' '));
    for (size_t i = 0; i + size_t(words.size()) <= tokens.size(); ++i) {
        bool ok = true;
        for (qsizetype w = 0; w < words.size() && ok; ++w)
            ok = tokens[i + size_t(w)].lower == words[w];
        if (ok)
            return true;
    }
    return false;
}

// The subject of a title is outside its parentheses: "Simple Tax Query (No
// Authentication)" is about a tax query.
QString withoutParentheses(const QString &title)
{
    QString out;
    int depth = 0;
    for (const QChar c : title) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            out.append(c);
    }
    return out;
}

QString genericConcern(const std::vector<Token> &titleTokens)
{
    for (const char *concern : GenericConcerns) {
        if (containsPhrase(titleTokens, concern))
            return QString::fromUtf8(concern);
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

// How much a body line counts: reference fields nothing, a rationale half.
class FieldWeights
{
public:
    double weightOf(QStringView line)
    {
        const QStringView t = line.trimmed();
        if (t.startsWith(QLatin1Char('#')) || (t.size() >= 3 && t.count(QLatin1Char('-')) == t.size())) {
            m_current = 1.0;
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
        if (label.isEmpty())
            return m_current;
        const bool bold = t.startsWith(QLatin1String("**"));
        label = label.toLower();
        label.remove(QLatin1Char(':'));
        label = label.trimmed();
        double weight = 1.0;
        bool known = false;
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
        if (!bold && !known)
            return m_current;
        // A bold label starts a field that runs over its list items.
        if (bold)
            m_current = weight;
        return weight;
    }

private:
    double m_current = 1.0;
};

struct Hit {
    QString display;
    double weight = 0;
    bool inTitle = false;
    bool boilerplateTitle = false;
    double bodyFactor = 0; // the strongest field factor it was seen with
    int bodyCount = 0;
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
    if (term.display == QLatin1String("ML") && at > 0 && !tokens[at - 1].text.isEmpty()
        && tokens[at - 1].text.back().isDigit())
        return true;
    if (!term.display.endsWith(QLatin1String("prompt")))
        return false;
    if (next >= tokens.size())
        return false;
    static const char *const objects[] = {"to", "the", "a", "an", "user", "users", "for", "re", "them",
                                          "him", "her", "citizen", "citizens", "customer", "customers",
                                          "consumer", "consumers", "staff", "admin", "admins", "people"};
    for (const char *o : objects) {
        if (tokens[next].lower == QLatin1String(o))
            return true;
    }
    return false;
}

void scanText(QStringView text, bool title, double factor, QHash<QString, Hit> &hits)
{
    const std::vector<Token> tokens = tokenize(text);
    const Lexicon &lexicon = Lexicon::instance();
    for (size_t i = 0; i < tokens.size();) {
        size_t length = 0;
        const Term *term = lexicon.match(tokens, i, length);
        if (!term) {
            ++i;
            continue;
        }
        if (isFalseFriend(*term, tokens, i, i + length)) {
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
int generatedOutputs(QStringView text)
{
    const std::vector<Token> tokens = tokenize(text);
    int count = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const QString &w = tokens[i].lower;
        if (!(w == QLatin1String("generate") || w == QLatin1String("generates") || w == QLatin1String("generated")
              || w == QLatin1String("generating")))
            continue;
        for (size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j) {
            static const char *const outputs[] = {"response", "responses", "answer", "answers", "summary",
                                                  "summaries", "draft", "drafts", "recommendation",
                                                  "recommendations", "suggestion", "suggestions"};
            bool found = false;
            for (const char *o : outputs)
                found = found || tokens[j].lower == QLatin1String(o);
            if (found) {
                ++count;
                break;
            }
        }
    }
    return count;
}

struct Assessment {
    double score = 0;
    QStringList evidence;
};

QString formatNumber(double value)
{
    return QString::number(value, 'f', value == int(value) ? 0 : 2);
}

Assessment assess(const Requirement &requirement)
{
    Assessment a;
    QHash<QString, Hit> hits;
    scanText(requirement.title, true, 1.0, hits);

    FieldWeights fields;
    int generated = 0;
    const QStringView body(requirement.body);
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = body.size();
        const QStringView line = body.mid(start, end - start);
        const double factor = fields.weightOf(line);
        if (factor > 0) {
            scanText(line, false, factor, hits);
            if (factor >= 1.0)
                generated += generatedOutputs(line);
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

    struct Contribution {
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
        value += bodyValue * bodyScale;
        if (value <= 0)
            continue;
        QString text = QStringLiteral("term: ") + hit.display;
        if (hit.inTitle)
            text += QStringLiteral(" (title)");
        else if (hit.boilerplateTitle)
            text += QStringLiteral(" (title, qualifies a budget noun)");
        contributions.push_back({value, text});
    }
    if (generated > 0)
        contributions.push_back({2.0 * bodyScale, QStringLiteral("phrase: generated responses/answers")});
    if (isMlCategory(requirement.category))
        contributions.push_back({6.0, QStringLiteral("kind: %1-%2").arg(requirement.kind, requirement.category)});

    std::stable_sort(contributions.begin(), contributions.end(),
                     [](const Contribution &x, const Contribution &y) { return x.value > y.value; });
    for (const Contribution &c : contributions) {
        a.score += c.value;
        if (a.evidence.size() < 10)
            a.evidence.append(c.text);
    }
    if (!generic.isEmpty())
        a.evidence.append(QStringLiteral("generic subject: %1 (body counts a quarter)").arg(generic));
    if (business)
        a.evidence.append(QStringLiteral("business requirement (body counts half)"));
    a.evidence.append(QStringLiteral("score %1 %2 %3").arg(formatNumber(a.score),
                                                          a.score >= MlClassifier::Threshold ? QStringLiteral(">=") : QStringLiteral("<"),
                                                          formatNumber(MlClassifier::Threshold)));
    return a;
}

} // namespace

double MlClassifier::score(const Requirement &requirement) const
{
    return assess(requirement).score;
}

void MlClassifier::classify(Requirement &requirement) const
{
    Assessment a = assess(requirement);
    requirement.ml = a.score >= Threshold;
    requirement.evidence = std::move(a.evidence);
}

void MlClassifier::classify(Requirements &requirements) const
{
    for (Requirement &r : requirements)
        classify(r);
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
