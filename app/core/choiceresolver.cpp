#include "choiceresolver.h"
#include "textexpression.h"

#include "textpatterns.h"
#include "wordindex.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace arckit {

namespace {

using Subject = ChoiceResolver::Subject;

using textpatterns::insensitive;

TextExpression sensitive(const char *text)
{
    QRegularExpression expression{QString::fromUtf8(text)};
    expression.optimize();
    return expression;
}

struct Option
{
    const char *value;
    QRegularExpression pattern;
    QList<quint64> words; // WordIndex::keys() of the words every match of pattern holds
};

// Names of the options, as documents write them. Proper nouns keep their
// capitals. "An MLflow-compatible tracking server" chooses no MLflow.
const QList<Option> &platformNames()
{
    static const QList<Option> options = {
        {"SageMaker", sensitive("\\bSage[Mm]aker\\b(?![- ]compatible)"), WordIndex::keys("sagemaker")},
        {"Azure ML", sensitive("\\bAzure (Machine Learning|ML)\\b(?![- ]compatible)"), WordIndex::keys("azure")},
        {"Vertex AI", sensitive("\\bVertex AI\\b(?![- ]compatible)"), WordIndex::keys("vertex")},
        {"Databricks", sensitive("\\bDatabricks\\b(?![- ]compatible)"), WordIndex::keys("databricks")},
        {"MLflow", insensitive("\\bMLflow\\b(?![- ]compatible)"), WordIndex::keys("mlflow")},
        {"Kubeflow", insensitive("\\bKubeflow\\b(?![- ]compatible)"), WordIndex::keys("kubeflow")},
    };
    return options;
}

// A cloud named for hosting or for its AI services decides the platform family.
const QList<Option> &cloudNames()
{
    static const QList<Option> options = {
        {"SageMaker",
         sensitive("\\bAWS\\b|\\bAmazon Web Services\\b|\\bBedrock\\b|\\bAmazon (Transcribe|Translate|Textract|"
                   "Comprehend|Rekognition|Kendra|Polly|Lex)\\b"),
         WordIndex::keys("aws amazon bedrock")},
        {"Azure ML", sensitive("\\b(Microsoft )?Azure\\b(?! ?(AD|Active Directory|DevOps|Entra|B2C))"),
         WordIndex::keys("azure")},
        {"Vertex AI", sensitive("\\bGCP\\b|\\bGoogle Cloud\\b"), WordIndex::keys("gcp google")},
    };
    return options;
}

const QList<Option> &providerNames()
{
    static const QList<Option> options = {
        {"Azure OpenAI", sensitive("\\bAzure OpenAI\\b"), WordIndex::keys("openai")},
        {"AWS Bedrock", sensitive("\\b(AWS |Amazon )?Bedrock\\b"), WordIndex::keys("bedrock")},
        {"Google Vertex AI",
         sensitive("\\bGemini\\b|\\bVertex AI\\b(?=[^.|]*\\b(LLM|Gemini|PaLM|generative|foundation))"),
         WordIndex::keys("gemini vertex")},
        {"OpenAI", sensitive("(?<!Azure )\\bOpenAI\\b(?! (Service|on Azure|via Azure))"), WordIndex::keys("openai")},
        {"Anthropic", sensitive("\\bAnthropic\\b|\\bClaude\\b(?![^.|]*\\b(Bedrock|Vertex))"),
         WordIndex::keys("anthropic claude")},
        {"Mistral AI", sensitive("\\bMistral\\b"), WordIndex::keys("mistral")},
        {"Self-hosted open model",
         insensitive("\\bself[- ]hosted (open[- ]source |open[- ]weights? )?(LLM|model)s?\\b|\\bLlama ?\\d"),
         WordIndex::keys("hosted llama")},
    };
    return options;
}

const TextExpression &modelPattern()
{
    static const TextExpression pattern =
        sensitive("\\bGPT-?(4o(-mini)?|4\\.1|4\\.5|4[ -][Tt]urbo|4|5(\\.\\d)?|3\\.5[ -][Tt]urbo|3\\.5)\\b|"
                  "\\bClaude( \\d(\\.\\d)?)? (Sonnet|Haiku|Opus)( \\d(\\.\\d)?)?\\b|\\bClaude \\d(\\.\\d)?\\b|"
                  "\\bGemini( \\d(\\.\\d)?)? (Pro|Flash|Ultra)\\b|\\bLlama ?\\d(\\.\\d)?( \\d+B)?\\b|\\bMistral "
                  "(Large|Medium|Small)\\b");
    return pattern;
}

const TextExpression &embeddingPattern()
{
    static const TextExpression pattern = sensitive(
        "\\btext-embedding-[a-z0-9-]+\\b|\\b(text-embedding-)?ada-002\\b|\\bTitan (Text )?Embeddings?( [Vv]\\d)?\\b|"
        "\\bCohere Embed( [A-Za-z0-9.-]+)?\\b|\\ball-MiniLM-[A-Za-z0-9-]+\\b|\\bbge-[a-z0-9-]+\\b");
    return pattern;
}

const QList<Option> &vectorStoreNames()
{
    static const QList<Option> options = {
        {"Azure AI Search", sensitive("\\bAzure (AI|Cognitive) Search\\b"), WordIndex::keys("azure")},
        {"Amazon OpenSearch", sensitive("\\bOpenSearch\\b"), WordIndex::keys("opensearch")},
        {"pgvector", insensitive("\\bpgvector\\b"), WordIndex::keys("pgvector")},
        {"Pinecone", sensitive("\\bPinecone\\b"), WordIndex::keys("pinecone")},
        {"Weaviate", sensitive("\\bWeaviate\\b"), WordIndex::keys("weaviate")},
        {"Qdrant", sensitive("\\bQdrant\\b"), WordIndex::keys("qdrant")},
        {"Chroma", sensitive("\\bChroma(DB)?\\b"), WordIndex::keys("chroma")},
        {"Milvus", sensitive("\\bMilvus\\b"), WordIndex::keys("milvus")},
        {"Vertex AI Vector Search", sensitive("\\bVertex AI (Vector Search|Matching Engine)\\b"),
         WordIndex::keys("vertex")},
        {"Elasticsearch", sensitive("\\bElasticsearch\\b"), WordIndex::keys("elasticsearch")},
    };
    return options;
}

// The words that let a line name an option of each subject: as written
// ("Vector" the store, not "vector" the maths), and as the word index finds
// them ("SageMaker" for "Sage", "OpenSearch" for "Search", "embedding" for "embed").
struct SubjectWords
{
    QStringList written;
    QList<quint64> indexed;
};

const SubjectWords &subjectWords(Subject subject)
{
    static const SubjectWords platform = {
        {QStringLiteral("Sage"), QStringLiteral("Azure"), QStringLiteral("Vertex"), QStringLiteral("Databricks"),
         QStringLiteral("MLflow"), QStringLiteral("Kubeflow"), QStringLiteral("AWS"), QStringLiteral("Amazon"),
         QStringLiteral("GCP"), QStringLiteral("Google"), QStringLiteral("Bedrock"), QStringLiteral("mlflow"),
         QStringLiteral("kubeflow")},
        WordIndex::keys("sagemaker azure vertex databricks mlflow kubeflow aws amazon gcp google bedrock")};
    static const SubjectWords provider = {
        {QStringLiteral("OpenAI"), QStringLiteral("Bedrock"), QStringLiteral("Gemini"), QStringLiteral("Vertex"),
         QStringLiteral("Anthropic"), QStringLiteral("Claude"), QStringLiteral("Mistral"), QStringLiteral("Llama"),
         QStringLiteral("hosted")},
        WordIndex::keys("openai bedrock gemini vertex anthropic claude mistral llama hosted")};
    static const SubjectWords model = {{QStringLiteral("GPT"), QStringLiteral("Claude"), QStringLiteral("Gemini"),
                                        QStringLiteral("Llama"), QStringLiteral("Mistral")},
                                       WordIndex::keys("gpt claude gemini llama mistral")};
    static const SubjectWords embedding = {{QStringLiteral("embed"), QStringLiteral("Embed"), QStringLiteral("ada-002"),
                                            QStringLiteral("MiniLM"), QStringLiteral("bge-")},
                                           WordIndex::keys("embed embedding ada minilm bge")};
    static const SubjectWords store = {
        {QStringLiteral("Search"), QStringLiteral("pgvector"), QStringLiteral("Pinecone"), QStringLiteral("Weaviate"),
         QStringLiteral("Qdrant"), QStringLiteral("Chroma"), QStringLiteral("Milvus"), QStringLiteral("Vector"),
         QStringLiteral("Elasticsearch")},
        WordIndex::keys("search opensearch elasticsearch pgvector pinecone weaviate qdrant chroma milvus vector")};
    switch (subject) {
    case Subject::Platform:
        return platform;
    case Subject::LlmProvider:
        return provider;
    case Subject::LlmModel:
        return model;
    case Subject::EmbeddingModel:
        return embedding;
    case Subject::VectorStore:
        break;
    }
    return store;
}

constexpr Subject AllSubjects[] = {Subject::Platform, Subject::LlmProvider, Subject::LlmModel, Subject::EmbeddingModel,
                                   Subject::VectorStore};

// A closer look at a line that names some option: does it name one of this subject?
bool mayName(Subject subject, QStringView line)
{
    for (const QString &word : subjectWords(subject).written)
        if (line.contains(word))
            return true;
    return false;
}

void appendOnce(QStringList &values, const QString &value)
{
    if (!value.isEmpty() && !values.contains(value))
        values.append(value);
}

QStringList optionsIn(const QList<Option> &options, const QString &line, const WordSet &words)
{
    QList<std::pair<qsizetype, QString>> found;
    for (const Option &option : options) {
        if (!option.words.isEmpty() && !words.containsAny(option.words))
            continue;
        const auto match = option.pattern.match(line);
        if (match.hasMatch())
            found.append({match.capturedStart(), QLatin1String(option.value)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList values;
    for (const auto &[offset, value] : found)
        appendOnce(values, value);
    return values;
}

QString normalisedModel(QString name)
{
    name.replace(QLatin1String("GPT4"), QLatin1String("GPT-4"));
    name.replace(QLatin1String("-turbo"), QLatin1String(" Turbo"));
    name.replace(QLatin1String(" turbo"), QLatin1String(" Turbo"));
    return name;
}

// "MUST", "shall", "is mandated", or a line in a constraints section.
bool isMandate(const ProfileDocument &document, int number, const QString &line)
{
    static const TextExpression modal =
        insensitive("\\b(must|shall|mandated?|mandatory|required to|is required|are required|only)\\b");
    static const TextExpression negated =
        insensitive("\\b(must|shall|should|will) not\\b|\\bnot (be "
                    ")?(use|used|permitted|allowed)\\b|\\bprohibit|\\bavoid|\\bexcept\\b|"
                    "\\bvendor[- ]agnostic|\\bcloud[- ]agnostic|\\bno (single )?vendor lock");
    // Why, an example or an assumption is no mandate, whatever its words.
    static const TextExpression commentary = insensitive("^\\W*(rationale|justification|context|background|notes?|"
                                                         "examples?|e\\.g\\.|risks?|assumptions?|dependenc(y|ies)|"
                                                         "benefits?|impact|consequences?|alternatives?|options?|"
                                                         "pros|cons|A-\\d+|ASM-\\d+|R-\\d+|RISK-\\d+|DEP-\\d+)\\b");
    if (negated.match(line).hasMatch() || commentary.match(line).hasMatch())
        return false;
    const QString heading = document.headingAt(number);
    if (heading.contains(QLatin1String("Assumption"), Qt::CaseInsensitive) ||
        heading.contains(QLatin1String("Risk"), Qt::CaseInsensitive) ||
        heading.contains(QLatin1String("Dependenc"), Qt::CaseInsensitive))
        return false;
    if (modal.match(line).hasMatch())
        return true;
    for (const QString &heading : document.headingPathAt(number))
        if (heading.contains(QLatin1String("Constraint"), Qt::CaseInsensitive))
            return true;
    return false;
}

// A cloud named for hosting the system or its AI, not for a sign-on or a data feed.
bool isHostingLine(const QString &line)
{
    static const TextExpression hosting = insensitive(
        "\\b(deploy(ed|ment|s)?|host(ed|ing|s)?|regions?|cloud|platform|tenan(t|cy)|subscription|landing zone|"
        "infrastructure|runs? (on|in)|built on|AI services?|(LLM|model|AI) (provider|service)|approved LLM|"
        "foundation models?|data residency|sovereign)\\b");
    static const TextExpression identity = insensitive(
        "\\b(SSO|single sign-on|sign[- ]in|identity provider|Entra|Active Directory|Microsoft 365|Office 365|"
        "SharePoint|Teams|Outlook)\\b");
    return hosting.match(line).hasMatch() && !identity.match(line).hasMatch();
}

bool isDecisionLine(const ProfileDocument &document, int number, const QString &line)
{
    static const TextExpression decisionHeading =
        insensitive("^(\\d+(\\.\\d+)*\\.?\\s*)?(the )?decision( "
                    "outcome)?\\b(?!\\s+(drivers|criteria|context|makers))|chosen option|selected option");
    static const TextExpression decisionWords = insensitive(
        "\\bchosen option\\b|\\bwe (will|have decided|decided|chose|select)\\b|\\bdecision\\s*(\\*\\*)?\\s*:|"
        "\\b(is|was|has been) (selected|chosen|adopted)\\b");
    if (decisionWords.match(line).hasMatch())
        return true;
    for (const QString &heading : document.headingPathAt(number))
        if (decisionHeading.match(heading).hasMatch())
            return true;
    return false;
}

bool isRecommendationLine(const ProfileDocument &document, int number, const QString &line)
{
    static const TextExpression words =
        insensitive("\\brecommend(ed|ation|s)?\\b|✅|\\bpreferred\\b|\\bproposed (solution|architecture|platform)");
    static const TextExpression headings =
        insensitive("recommend|conclusion|verdict|final (decision|choice)|summary of findings");
    static const TextExpression notRecommended = insensitive("\\bnot recommended\\b|❌");
    if (notRecommended.match(line).hasMatch())
        return false;
    if (words.match(line).hasMatch())
        return true;
    for (const QString &heading : document.headingPathAt(number))
        if (headings.match(heading).hasMatch())
            return true;
    return false;
}

bool isFallbackLine(const QString &line)
{
    static const TextExpression fallback =
        insensitive("\\b(fallback|fall-back|secondary|backup|failover|fail-over|alternative)\\b");
    return fallback.match(line).hasMatch();
}

// The platform a cloud's own research document is about.
QString researchFamily(const QString &type)
{
    if (type == QLatin1String("AWRS"))
        return QStringLiteral("SageMaker");
    if (type == QLatin1String("AZRS"))
        return QStringLiteral("Azure ML");
    if (type == QLatin1String("GCRS"))
        return QStringLiteral("Vertex AI");
    return {};
}

QString cloudOf(const QString &platform)
{
    if (platform == QLatin1String("SageMaker"))
        return QStringLiteral("AWS");
    if (platform == QLatin1String("Azure ML"))
        return QStringLiteral("Azure");
    if (platform == QLatin1String("Vertex AI"))
        return QStringLiteral("Google Cloud");
    return platform;
}

QString subjectName(Subject subject)
{
    switch (subject) {
    case Subject::Platform:
        return QStringLiteral("platform");
    case Subject::LlmProvider:
        return QStringLiteral("LLM provider");
    case Subject::LlmModel:
        return QStringLiteral("LLM");
    case Subject::EmbeddingModel:
        return QStringLiteral("embedding model");
    case Subject::VectorStore:
        return QStringLiteral("vector store");
    }
    return {};
}

// "FR-3" or "TC-1" at the start of a requirement line or heading, for the reason.
QString requirementIdIn(const ProfileDocument &document, int number, const QString &line)
{
    static const TextExpression id = sensitive("\\b([A-Z]{1,5}(-[A-Z]{1,6})?-\\d{1,4}[a-z]?)\\b");
    const auto inLine = id.match(line);
    if (inLine.hasMatch() && inLine.capturedStart() < 12)
        return inLine.captured(1);
    const auto inHeading = id.match(document.headingAt(number));
    return inHeading.hasMatch() ? inHeading.captured(1) : QString();
}

} // namespace

bool ChoiceResolver::isChoiceStatement(const ProfileDocument &document, int number, const QString &line)
{
    if (document.type == QLatin1String("ADR"))
        return document.acceptedDecision && isDecisionLine(document, number, line);
    return document.isResearch() && isRecommendationLine(document, number, line);
}

QStringList ChoiceResolver::valuesIn(Subject subject, const QString &line, bool cloudsCount)
{
    return valuesIn(subject, line, WordSet(line), cloudsCount);
}

QStringList ChoiceResolver::valuesIn(Subject subject, const QString &line, const WordSet &words, bool cloudsCount)
{
    QStringList values;
    switch (subject) {
    case Subject::Platform:
        values = optionsIn(platformNames(), line, words);
        if (cloudsCount)
            for (const QString &value : optionsIn(cloudNames(), line, words))
                appendOnce(values, value);
        break;
    case Subject::LlmProvider:
        values = optionsIn(providerNames(), line, words);
        // Claude or Gemini reached through a cloud's model service: the provider is the cloud's.
        if (values.contains(QLatin1String("AWS Bedrock")) || values.contains(QLatin1String("Google Vertex AI")))
            values.removeAll(QStringLiteral("Anthropic"));
        break;
    case Subject::LlmModel: {
        auto it = modelPattern().globalMatch(line);
        while (it.hasNext())
            appendOnce(values, normalisedModel(it.next().captured(0)));
        break;
    }
    case Subject::EmbeddingModel: {
        auto it = embeddingPattern().globalMatch(line);
        while (it.hasNext())
            appendOnce(values, it.next().captured(0));
        break;
    }
    case Subject::VectorStore:
        values = optionsIn(vectorStoreNames(), line, words);
        break;
    }
    return values;
}

ChoiceResolver::ChoiceResolver(const ProfileDocuments &documents)
    : m_documents(documents)
{
    m_namingLines.reserve(documents.size());
    for (const ProfileDocument &document : documents) {
        const bool req = document.type == QLatin1String("REQ");
        const bool adr = document.acceptedDecision;
        const bool research = document.isResearch();
        const QString file = document.relativePath.section(QLatin1Char('/'), -1);
        // Per subject, the lines holding its names' words, as the word index
        // finds them: "SageMaker" for "Sage", "OpenSearch" for "Search",
        // "embedding" for "embed"; then mayName() looks with the names' own case.
        std::vector<quint8> subjectsOf(size_t(document.lineCount()) + 1, 0); // per line, a bit per subject it may name
        for (const Subject subject : AllSubjects)
            for (const int number : document.words.linesWithAny(subjectWords(subject).indexed))
                if (number < int(subjectsOf.size()))
                    subjectsOf[size_t(number)] |= quint8(1u << int(subject));
        QList<NamingLine> lines;
        for (int number = 1; number < int(subjectsOf.size()); ++number) {
            const quint8 mayNameBits = subjectsOf[size_t(number)];
            if (!mayNameBits || !document.isStatement(number))
                continue;
            const QStringView text = document.outline.line(number); // a string only for the lines kept
            quint8 subjects = 0;
            for (const Subject subject : AllSubjects)
                if ((mayNameBits & (1u << int(subject))) && mayName(subject, text))
                    subjects |= quint8(1u << int(subject));
            if (!subjects)
                continue;
            NamingLine line;
            line.number = number;
            line.text = text.toString();
            line.words = WordSet(text);
            line.subjects = subjects;
            if (req && isMandate(document, number, line.text)) {
                line.authority = Authority::Mandate;
                line.hosting = isHostingLine(line.text);
                const QString id = requirementIdIn(document, number, line.text);
                const QStringList headings = id.isEmpty() ? document.headingPathAt(number) : QStringList();
                const bool constraint = std::any_of(headings.cbegin(), headings.cend(), [](const QString &heading) {
                    return heading.contains(QLatin1String("Constraint"), Qt::CaseInsensitive);
                });
                line.reason = !id.isEmpty() ? QStringLiteral("%1 mandates it").arg(id)
                              : constraint  ? QStringLiteral("a constraint mandates it")
                                            : QStringLiteral("a requirement mandates it");
            } else if (adr && isDecisionLine(document, number, line.text)) {
                line.authority = Authority::Decision;
                line.reason = QStringLiteral("the accepted decision in %1").arg(file);
            } else if (research && isRecommendationLine(document, number, line.text)) {
                line.authority = Authority::Research;
                line.reason = QStringLiteral("recommended by %1").arg(file);
                line.researchFamily = researchFamily(document.type);
            } else {
                line.reason = QStringLiteral("mentioned in %1").arg(file);
            }
            static const QList<quint64> fallbackWords =
                WordIndex::keys("fallback fall secondary backup failover fail alternative");
            line.fallback = line.words.containsAny(fallbackWords) && isFallbackLine(line.text);
            lines.append(line);
        }
        m_namingLines.append(lines);
    }
}

QList<ChoiceResolver::Statement> ChoiceResolver::statements(Subject subject) const
{
    QList<Statement> result;
    const QString what = subjectName(subject);
    for (qsizetype documentIndex = 0; documentIndex < m_documents.size(); ++documentIndex) {
        const ProfileDocument &document = m_documents.at(documentIndex);
        const QString family = researchFamily(document.type);
        if (subject == Subject::Platform && !family.isEmpty())
            result.append({family, Authority::Mention, document.where(1),
                           QStringLiteral("a research document for %1 exists").arg(cloudOf(family)), false});
        for (const NamingLine &line : m_namingLines.at(documentIndex)) {
            if (!(line.subjects & (1u << int(subject))))
                continue;
            // A cloud decides the platform when a mandate is about hosting, or
            // when a decision or recommendation names it; it always counts for the other subjects.
            const bool cloudsCount =
                line.authority != Authority::Mandate || subject != Subject::Platform || line.hosting;
            QStringList values =
                valuesIn(subject, line.text, line.words, line.authority != Authority::Mention && cloudsCount);
            // A cloud's own research document recommends its own cloud; the
            // others it names are comparisons.
            if (line.authority == Authority::Research && subject == Subject::Platform &&
                !line.researchFamily.isEmpty()) {
                QStringList kept;
                for (const QString &value : values)
                    if (value == line.researchFamily || cloudOf(value) == value) // its own cloud, or cloud-neutral
                        kept.append(value);
                values = kept;
            }
            // The platforms the line names itself, not through their cloud.
            const QStringList named =
                subject == Subject::Platform ? optionsIn(platformNames(), line.text, line.words) : values;
            // A line that lists several options under a mandate or decision
            // names alternatives, not one choice: each stays a candidate.
            for (int i = 0; i < values.size(); ++i)
                result.append({values.at(i), line.authority, document.where(line.number),
                               line.reason + QStringLiteral(" (%1)").arg(what), line.fallback && i > 0,
                               !named.contains(values.at(i))});
        }
    }
    return result;
}

DecidedChoice ChoiceResolver::resolve(Subject subject) const
{
    const QList<Statement> all = statements(subject);
    DecidedChoice choice;
    if (all.isEmpty())
        return choice;

    // Each value once, at the strongest authority it reached, with that statement's source.
    QList<Candidate> candidates;
    QHash<QString, int> index;
    QHash<QString, int> mentionCount;
    QHash<QString, bool> onlyAsFallback;
    QHash<QString, bool> byCloud;
    for (const Statement &statement : all) {
        if (statement.authority == Authority::Mention)
            ++mentionCount[statement.value];
        const auto it = index.constFind(statement.value);
        if (it == index.constEnd()) {
            index.insert(statement.value, int(candidates.size()));
            candidates.append({statement.value, statement.authority, statement.source, statement.reason});
            onlyAsFallback.insert(statement.value, statement.fallback);
            byCloud.insert(statement.value, statement.byCloud);
            continue;
        }
        Candidate &candidate = candidates[*it];
        if (statement.authority > candidate.authority) {
            candidate.authority = statement.authority;
            candidate.source = statement.source;
            candidate.reason = statement.reason;
            onlyAsFallback[statement.value] = statement.fallback;
            byCloud[statement.value] = statement.byCloud;
        } else if (statement.authority == candidate.authority) {
            if (!statement.fallback)
                onlyAsFallback[statement.value] = false;
            // At the same authority, the statement that names the platform
            // itself is the better source than one that names only its cloud.
            if (byCloud.value(statement.value) && !statement.byCloud) {
                candidate.source = statement.source;
                candidate.reason = statement.reason;
                byCloud[statement.value] = false;
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.authority > b.authority; });
    choice.candidates = candidates;

    const Authority top = candidates.first().authority;
    QList<const Candidate *> strongest;
    for (const Candidate &candidate : std::as_const(candidates))
        if (candidate.authority == top && !onlyAsFallback.value(candidate.value))
            strongest.append(&candidate);
    if (strongest.size() != 1)
        return choice; // the strongest statements disagree: the architect decides
    const Candidate &winner = *strongest.first();
    if (top == Authority::Mention) {
        // A mention decides only when it is repeated and nothing else is named.
        if (candidates.size() != 1 || mentionCount.value(winner.value) < 2)
            return choice;
    }
    choice.decided = {winner.value, winner.source};
    choice.reason = winner.reason;
    // A weaker decision or recommendation for another value is worth saying:
    // the mandate wins, and the architect sees what it overrides.
    // Not a fallback the same documents name beside the winner, nor a document
    // that recommends the winner too.
    auto fileOf = [](const QString &source) { return source.section(QLatin1Char(':'), 0, 0); };
    for (const Candidate &other : std::as_const(candidates)) {
        if (&other == &winner || other.authority >= top || other.authority < Authority::Research ||
            onlyAsFallback.value(other.value))
            continue;
        const QString otherFile = fileOf(other.source);
        const bool sameDocumentNamesWinner = std::any_of(all.cbegin(), all.cend(), [&](const Statement &statement) {
            return statement.value == winner.value && statement.authority >= Authority::Research &&
                   fileOf(statement.source) == otherFile;
        });
        if (sameDocumentNamesWinner)
            continue;
        const QString file = otherFile.section(QLatin1Char('/'), -1);
        choice.reason += other.authority == Authority::Decision
                             ? QStringLiteral(", though the accepted decision in %1 chose %2").arg(file, other.value)
                             : QStringLiteral(", though %1 recommends %2").arg(file, other.value);
        break;
    }
    return choice;
}

QString ChoiceResolver::cloudFamily(const QString &value)
{
    static const TextExpression azure = insensitive("\\bAzure\\b");
    static const TextExpression aws = insensitive("\\b(AWS|Amazon|SageMaker|Bedrock)\\b");
    static const TextExpression google = insensitive("\\b(Google|GCP|Vertex|Gemini)\\b");
    if (azure.match(value).hasMatch())
        return QStringLiteral("Azure");
    if (aws.match(value).hasMatch())
        return QStringLiteral("AWS");
    if (google.match(value).hasMatch())
        return QStringLiteral("Google Cloud");
    return {};
}

QString ChoiceResolver::mandatedCloud(const DecidedChoice &platform)
{
    if (!platform.isDecided() || platform.candidates.isEmpty() ||
        platform.candidates.first().authority != Authority::Mandate ||
        platform.candidates.first().value != platform.decided.value)
        return {};
    return cloudFamily(platform.decided.value);
}

void ChoiceResolver::narrowToMandatedCloud(DecidedChoice &choice, const DecidedChoice &platform)
{
    const QString cloud = mandatedCloud(platform);
    if (choice.isDecided() || cloud.isEmpty())
        return;
    const Candidate *only = nullptr;
    for (const Candidate &candidate : std::as_const(choice.candidates)) {
        if (candidate.authority < Authority::Research)
            continue;
        const QString family = cloudFamily(candidate.value);
        if (family.isEmpty())
            return; // one that runs on any cloud (pgvector) is still an option
        if (family != cloud)
            continue;
        if (only)
            return; // two of the mandated cloud: still the architect's choice
        only = &candidate;
    }
    if (!only)
        return;
    // "TC-1 mandates it (platform)": who mandates the cloud.
    const QString who = platform.candidates.first().reason.section(QStringLiteral(" mandates"), 0, 0);
    choice.decided = {only->value, only->source};
    choice.reason = QStringLiteral("%1, the option on %2 (%3 mandates %2)").arg(only->reason, cloud, who);
}

QList<Candidate> ChoiceResolver::recommendedProviders(const DecidedChoice &providers)
{
    QList<Candidate> recommended;
    for (const Candidate &candidate : providers.candidates)
        if (candidate.authority >= Authority::Research)
            recommended.append(candidate);
    return recommended;
}

} // namespace arckit
