#include "capabilitycatalogue.h"

#include <QSet>

namespace arckit {

namespace {

QRegularExpression pattern(const char *text)
{
    // Case-insensitive by default; acronyms are written "(?-i:OCR)" so that
    // "ocr" inside a word or a lower-case abbreviation does not count.
    QRegularExpression expression(QString::fromUtf8(text), QRegularExpression::CaseInsensitiveOption |
                                                               QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

struct CapabilityRow
{
    const char *key;
    const char *name;
    const char *kind;
    const char *strong;
    const char *weak; // nullptr: no weak names
};

// Order matters only for display: the profile lists capabilities in the order
// the requirements name them.
const CapabilityRow capabilityRows[] = {
    {"llm-generation", "LLM generation", "genai",
     "\\b(?-i:LLMs?|GenAI|RAG)\\b|large language models?|generative AI|gen[- ]AI\\b|foundation models?|"
     "retrieval[- ]augmented generation|\\b(?-i:GPT)-?\\d|\\bClaude\\b|\\bGemini\\b|prompt "
     "(engineering|templates?|injection)|"
     "system prompts?|hallucinat",
     "chat ?bot|conversational (AI|interface|assistant|agent)|virtual assistant|\\bcopilot\\b|AI assistant|"
     "generat(e|es|ed|ing|ion of) (natural[- ]language )?(responses?|answers?|drafts?|text|summar)"},
    {"summarisation", "Summarisation", "genai", "\\b(auto(matic|mated)?|AI|AI-generated|abstractive)[- ]summar[a-z]*",
     "\\bsummar(y|ies|is|iz)[a-z]*"},
    {"agents", "AI agents", "genai",
     "\\bagentic\\b|\\bAI agents?\\b|autonomous agents?|multi-agent|agent orchestration",
     // "per agent", "the agent's autonomy tier"; never a human or contact-centre agent.
     "\\bper[- ]agent\\b|(?<!human )(?<!live )(?<!centre )(?<!center )(?<!support )\\bagents?('s)? "
     "(tiers?|autonomy|inventory|"
     "portfolio|actions?|decisions?|outputs?|behaviou?r|promotion)\\b"},
    {"semantic-search", "Embeddings and semantic search", "nlp",
     "\\bembeddings?\\b|semantic (search|similarity|retrieval)|vector (search|store|database|index)|"
     "similarity search|document similarity|nearest[- ]neighbou?r",
     "\\b(similar|related) (documents|cases|records)|intelligent search|natural[- ]language search"},
    {"speech-to-text", "Speech-to-text", "nlp",
     "speech[- ]to[- ]text|speech recognition|voice recognition|diari[sz]ation|\\b(?-i:ASR)\\b|"
     "automatic transcription|\\btranscription (service|engine|model)",
     "\\btranscri(be|bed|bes|bing|ption)\\b"},
    {"text-to-speech", "Text-to-speech", "nlp", "neural (voice|text[- ]to[- ]speech)|speech synthesis|synthetic voice",
     "text[- ]to[- ]speech|\\b(?-i:TTS)\\b"},
    {"translation", "Machine translation", "nlp",
     "machine translation|neural translation|automatic translation|AI translation|translation "
     "(service|engine|model|API)",
     "\\btranslat(e|es|ed|ing|ion)\\b"},
    {"ocr", "OCR and document extraction", "computer-vision",
     "\\b(?-i:OCR)\\b|optical character recognition|document intelligence|intelligent document processing|"
     "form recogni[sz]er|handwriting recognition",
     "\\bextract(s|ed|ing|ion of)? (data|text|fields|information) from (scanned |uploaded |paper "
     ")?(documents|forms|images|PDFs)"},
    {"entity-extraction", "Entity extraction", "nlp",
     "named[- ]entit(y|ies)|entity (extraction|recognition)|\\b(?-i:NER)\\b|information extraction|key[- ]phrase "
     "extraction",
     "\\bextract(s|ed|ing|ion of)? (key )?(entities|names|dates|amounts|facts|clauses)"},
    {"classification", "Classification", "classification",
     "(document|text|email|case|ticket|image|intent) classification|\\bclassifier\\b|intent (detection|recognition)|"
     "auto(matic|mated)?[- ]?(categori[sz]|classif|tagg)[a-z]*",
     "\\b(classif(y|ies|ied|ying)|categori[sz](e|es|ed|ing)|triag(e|es|ed|ing))\\b"},
    {"sentiment", "Sentiment analysis", "nlp", "sentiment (analysis|detection|scor[a-z]*)|emotion detection", nullptr},
    {"matching-scoring", "Matching and scoring", "classification",
     "intelligent matching|match(ing)? (algorithm|engine|model|score)|scoring model|risk[- ]scor(e|es|ing)|"
     "propensity (model|scor[a-z]*)|credit scor[a-z]*|risk[- ]tier(ing)? model|\\bentity resolution\\b",
     "\\bmatch(es|ed|ing)? "
     "(candidates|applicants|jobs|suppliers|records|cases|people|users|providers|learners|courses)\\b|"
     "\\b(eligibility|priority|confidence-based|relevance) scor(e|es|ing)\\b|\\brank(s|ed|ing)? "
     "(results|candidates|applications|cases)\\b"},
    {"anomaly-detection", "Anomaly and fraud detection", "anomaly-detection",
     "anomal(y|ies|ous) (detection|alert[a-z]*|scor[a-z]*)|outlier detection|fraud detection|unusual "
     "(patterns|behaviou?r|activity)",
     "\\banomal(y|ies|ous)\\b|\\bfraud(ulent)?\\b"},
    {"forecasting", "Forecasting", "forecasting",
     "demand forecast[a-z]*|time[- ]series (forecast|model|predict)[a-z]*|load forecast[a-z]*|consumption "
     "forecast[a-z]*",
     "\\bforecast(s|ed|ing)?\\b|\\bpredict(s|ed|ing|ions?)? (of )?(future "
     ")?(demand|consumption|usage|load|volumes?|bills?|costs?)"},
    {"recommendation", "Recommendation", "recommendation",
     "recommend(ation|er) (engine|system|model)|\\brecommender\\b|personali[sz]ed recommendations?|next[- ]best[- "
     "]action|"
     "collaborative filtering",
     "\\b(personali[sz]ed|tailored) (advice|tips|suggestions|recommendations)"},
    {"vision", "Computer vision", "computer-vision",
     "computer vision|image (recognition|classification|analysis|segmentation)|object detection|defect detection|"
     "video analytics|facial recognition|face (detection|recognition|matching)|visual inspection",
     nullptr},
    {"predictive-model", "Predictive model", "classification",
     "predictive (model|analytics)|prediction model|machine[- ]learning models?|\\b(?-i:ML) models?\\b|neural network|"
     "deep learning|gradient[- ]boost|random forest|\\bXGBoost\\b|trained models?",
     "\\bpredict(s|ed|ing|ions?|ive)?\\b"},
};

struct ServiceRow
{
    const char *name;
    const char *capability;
    const char *approach;
    const char *cloud;
    const char *pattern;
};

// Named services and model families, as the documents write them.
const ServiceRow serviceRows[] = {
    // Foundation-model providers and models: LLM generation.
    {"Azure OpenAI", "llm-generation", "foundation-api", "Azure", "\\bAzure OpenAI\\b"},
    {"Amazon Bedrock", "llm-generation", "foundation-api", "AWS", "\\b(AWS |Amazon )?Bedrock\\b"},
    {"Google Vertex AI Gemini", "llm-generation", "foundation-api", "GCP", "\\bGemini\\b"},
    {"OpenAI", "llm-generation", "foundation-api", "", "(?<!Azure )\\bOpenAI\\b(?! (on|via|through) Azure)"},
    {"Anthropic", "llm-generation", "foundation-api", "", "\\bAnthropic\\b"},
    {"Mistral", "llm-generation", "foundation-api", "", "\\bMistral\\b"},
    // Speech.
    {"Amazon Transcribe", "speech-to-text", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Transcribe\\b(?= |\\)|,|\\.|$)"},
    {"Azure AI Speech", "speech-to-text", "prebuilt-saas", "Azure", "\\bAzure (AI |Cognitive Services? )?Speech\\b"},
    {"Google Speech-to-Text", "speech-to-text", "prebuilt-saas", "GCP", "\\bGoogle (Cloud )?Speech[- ]to[- ]Text\\b"},
    {"Whisper", "speech-to-text", "foundation-api", "", "\\bWhisper\\b"},
    {"Amazon Polly", "text-to-speech", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Polly\\b"},
    // Translation.
    {"Amazon Translate", "translation", "prebuilt-saas", "AWS", "\\b(Amazon|AWS) Translate\\b"},
    {"Azure AI Translator", "translation", "prebuilt-saas", "Azure",
     "\\bAzure (AI |Cognitive Services? )?Translator\\b"},
    {"Google Cloud Translation", "translation", "prebuilt-saas", "GCP", "\\bGoogle (Cloud )?Translat(e|ion)( API)?\\b"},
    {"DeepL", "translation", "prebuilt-saas", "", "\\bDeepL\\b"},
    // Documents.
    {"Amazon Textract", "ocr", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Textract\\b"},
    {"Azure AI Document Intelligence", "ocr", "prebuilt-saas", "Azure",
     "\\bAzure (AI )?Document Intelligence\\b|\\bForm Recogni[sz]er\\b"},
    {"Google Document AI", "ocr", "prebuilt-saas", "GCP", "\\b(Google )?Document AI\\b"},
    {"Amazon Comprehend", "entity-extraction", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Comprehend\\b"},
    {"Azure AI Language", "entity-extraction", "prebuilt-saas", "Azure",
     "\\bAzure (AI |Cognitive Services? )?(for )?Language\\b"},
    // Vision.
    {"Amazon Rekognition", "vision", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Rekognition\\b"},
    {"Azure AI Vision", "vision", "prebuilt-saas", "Azure",
     "\\bAzure (AI |Cognitive Services? )?(Computer )?Vision\\b"},
    // Search and embeddings.
    {"Amazon Kendra", "semantic-search", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Kendra\\b"},
    {"Azure AI Search", "semantic-search", "prebuilt-saas", "Azure", "\\bAzure (AI|Cognitive) Search\\b"},
    {"Amazon Personalize", "recommendation", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Personali[sz]e\\b"},
    {"Amazon Fraud Detector", "anomaly-detection", "prebuilt-saas", "AWS", "\\bFraud Detector\\b"},
    {"Amazon Lex", "llm-generation", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )Lex\\b"},
    {"Dialogflow", "llm-generation", "prebuilt-saas", "GCP", "\\bDialogflow\\b"},
};

} // namespace

CapabilityCatalogue::CapabilityCatalogue()
{
    for (const CapabilityRow &row : capabilityRows) {
        CapabilityDefinition definition;
        definition.key = QLatin1String(row.key);
        definition.name = QLatin1String(row.name);
        definition.kind = QLatin1String(row.kind);
        definition.strong = pattern(row.strong);
        if (row.weak)
            definition.weak = pattern(row.weak);
        m_capabilities.append(definition);
    }
    for (const ServiceRow &row : serviceRows) {
        ServiceDefinition service;
        service.name = QString::fromUtf8(row.name);
        service.capability = QLatin1String(row.capability);
        service.approach = QLatin1String(row.approach);
        service.cloud = QLatin1String(row.cloud);
        // Product names are proper nouns: matched with their capitals.
        service.pattern = QRegularExpression(QString::fromUtf8(row.pattern));
        service.pattern.optimize();
        m_services.append(service);
    }
}

const CapabilityCatalogue &CapabilityCatalogue::instance()
{
    static const CapabilityCatalogue catalogue;
    return catalogue;
}

const CapabilityDefinition *CapabilityCatalogue::capability(const QString &key) const
{
    for (const CapabilityDefinition &definition : m_capabilities)
        if (definition.key == key)
            return &definition;
    return nullptr;
}

QList<CapabilityMatch> CapabilityCatalogue::find(const QString &text, bool aiContext) const
{
    QList<CapabilityMatch> matches;
    for (const CapabilityDefinition &definition : m_capabilities) {
        const auto strong = definition.strong.match(text);
        if (strong.hasMatch()) {
            matches.append({&definition, true, strong.capturedStart()});
            continue;
        }
        if (aiContext && definition.weak.isValid() && !definition.weak.pattern().isEmpty()) {
            const auto weak = definition.weak.match(text);
            if (weak.hasMatch())
                matches.append({&definition, false, weak.capturedStart()});
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const CapabilityMatch &a, const CapabilityMatch &b) { return a.offset < b.offset; });
    return matches;
}

bool CapabilityCatalogue::hasAiContext(const QString &text)
{
    static const QRegularExpression context = pattern(
        "\\b(?-i:AI|ML|LLMs?|NLP)\\b|artificial intelligence|machine learning|\\bmodels?\\b|\\balgorithm(s|ic)?\\b|"
        "\\bintelligent\\b|\\bautomat(ed|ic|ically)\\b|\\bsmart\\b|\\bagents?\\b|\\bconfidence (score|threshold)");
    return context.match(text).hasMatch();
}

bool CapabilityCatalogue::isAboutGuidance(const QString &text)
{
    // Guidance, policy, people's training and buying AI: the subject is the
    // organisation, not a model the system runs.
    static const QRegularExpression guidance = pattern(
        "\\b(guidance|playbook|policy|policies|code of conduct|training "
        "(courses?|programmes?|materials?|modules?|sessions?)|"
        "upskill(ing)?|literacy|awareness|curriculum|workshops?|community of practice|procure(ment)?|e-?learning|"
        "acceptable use|usage guidelines?)\\b");
    static const QRegularExpression system = pattern(
        "\\b(the |our )?(system|platform|service|solution|model|agent|chatbot|assistant|application|tool)s? "
        "(shall|must|will|should) (use|generate|classify|predict|detect|extract|translate|transcribe|summari[sz]e|"
        "recommend|answer|respond|score|match|retrieve|route)");
    // Guidance the system retrieves, answers from or hands to its users is its
    // content ("retrieve relevant guidance documents", "receive guidance"),
    // not the project's subject: those mentions decide nothing.
    static const QRegularExpression content = pattern(
        "\\b(receiv\\w*|respond\\w*|retriev\\w*|search\\w*|index\\w*|ingest\\w*|answer\\w*|grounded "
        "in|cit(e|es|ed|ing))\\b"
        "[^.\\n]{0,40}\\bguidance\\b|\\bguidance (documents?|content|pages?|articles?|corpus|sources?|URLs?)\\b");
    if (!guidance.match(text).hasMatch() || system.match(text).hasMatch())
        return false;
    QString rest = text;
    rest.remove(content);
    return guidance.match(rest).hasMatch();
}

QList<const ServiceDefinition *> CapabilityCatalogue::findServices(const QString &text) const
{
    QList<std::pair<qsizetype, const ServiceDefinition *>> found;
    for (const ServiceDefinition &service : m_services) {
        const auto match = service.pattern.match(text);
        if (match.hasMatch())
            found.append({match.capturedStart(), &service});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const ServiceDefinition *> services;
    for (const auto &[offset, service] : found)
        services.append(service);
    return services;
}

QString CapabilityCatalogue::approachStated(const QString &text)
{
    static const QRegularExpression fineTuned = pattern("\\bfine[- ]?tun(e|ed|es|ing)\\b");
    static const QRegularExpression custom = pattern(
        "\\b(custom|bespoke|in-house|our own|proprietary)[- ](trained )?(ML |machine[- ]learning )?models?\\b|"
        "\\b(train|trained|training|retrain|retrained|retraining) (on|with|using) (our|historical|labelled|labeled|"
        "the [a-z]+'s|local|departmental)\\b|\\bmodel (training|retraining)\\b|\\btraining "
        "(data|dataset|pipeline)s?\\b");
    static const QRegularExpression api = pattern("\\bfoundation models?\\b|\\b(LLM|model) (API|endpoint)s?\\b|\\bvia "
                                                  "(the )?API\\b|pre-?trained (LLM|foundation)");
    // "No fine-tuning", "if future fine-tuning is required": said of what the
    // project will not do, or might do one day.
    static const QRegularExpression notDone = pattern(
        "\\b(no|not|without|never|avoid|nor|if|may|might|could|future|premium|optional(ly)?|unless)\\b[^.;:!?]{0,40}$");
    static const QRegularExpression noTraining =
        pattern("\\bno (custom )?(model )?(training|fine[- ]?tuning)\\b|\\b(pre-?trained|foundation) models? only\\b|"
                "\\bonly (use )?pre-?trained\\b");
    auto stated = [&text](const QRegularExpression &expression) {
        auto it = expression.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
            if (!notDone.match(text.mid(lineStart, match.capturedStart() - lineStart)).hasMatch())
                return true;
        }
        return false;
    };
    if (noTraining.match(text).hasMatch())
        return QStringLiteral("foundation-api");
    if (stated(fineTuned))
        return QStringLiteral("fine-tuned");
    if (stated(custom))
        return QStringLiteral("custom-trained");
    if (stated(api))
        return QStringLiteral("foundation-api");
    return {};
}

} // namespace arckit
