#include "capabilitycatalogue.h"
#include "textexpression.h"

#include "textpatterns.h"
#include "wordindex.h"

#include <QSet>

namespace arckit {

namespace {

// The same without Unicode word boundaries, for expressions made only of
// English words, which the matcher reads several times faster.
TextExpression asciiPattern(const char *text)
{
    QRegularExpression expression(QString::fromUtf8(text), QRegularExpression::CaseInsensitiveOption);
    expression.optimize();
    return expression;
}

TextExpression pattern(const char *text)
{
    // Case-insensitive by default; acronyms are written "(?-i:OCR)" so that
    // "ocr" inside a word or a lower-case abbreviation does not count.
    // Made of English words only, it is matched without Unicode properties,
    // several times faster: a word boundary next to an accented letter is the
    // only difference.
    bool ascii = true;
    for (const char *c = text; *c && ascii; ++c)
        ascii = static_cast<unsigned char>(*c) < 0x80;
    if (ascii)
        return asciiPattern(text);
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
    // Words (WordIndex: six letters or more compare by their first six, shorter
    // ones whole) of which every match of strong, and of weak, holds one.
    const char *strongWords;
    const char *weakWords;
    // Plain words that mean the capability where the system runs models
    // ("convert call recordings to text"): asked of an ML system by one of its
    // functions, they are ML work; elsewhere they are weak names.
    const char *plain = nullptr;
    const char *plainWords = nullptr;
};

// Order matters only for display: the profile lists capabilities in the order
// the requirements name them. "System prompt" is the LLM's instructions; "the
// system prompts the user to sign in again" is not.
const CapabilityRow capabilityRows[] = {
    {"llm-generation", "LLM generation", "genai",
     "\\b(?-i:LLMs?|GenAI|RAG)\\b|large language models?|generative AI|gen[- ]AI\\b|foundation models?|"
     "retrieval[- ]augmented generation|\\b(?-i:GPT)-?\\d|\\bClaude\\b|\\bGemini\\b|prompt "
     "(engineering|templates?|injection)|"
     "system prompts?\\b(?! (the|a|an|users?|them|you|for|re-?\\w+)\\b)|hallucinat",
     "chat ?bot|conversational (AI|interface|assistant|agent)|virtual assistant|\\bcopilot\\b|AI assistant|"
     "\\bgenerat(e|es|ed|ing|ion of) (an? |the )?(draft |natural[- ]language )?(responses?|answers?|drafts?|replies|"
     "reply|text|summar)|"
     // "answer using approved knowledge articles and cite the article(s) used": retrieval-augmented answers.
     "\\banswer(s|ed|ing)?\\b[^.;]{0,100}\\b(and|with|by) (cit(e|es|ing)|citations?)\\b",
     "llm llms genai rag language generative gen foundation retrieval gpt claude gemini prompt hallucination",
     "chat chatbot conversational virtual copilot assistant generate answer"},
    {"summarisation", "Summarisation", "genai", "\\b(auto(matic|mated)?|AI|AI-generated|abstractive)[- ]summar[a-z]*",
     "\\bsummar(y|ies|is|iz)[a-z]*", "summary", "summary",
     // "the system shall generate a summary of no more than five lines", "summarises long ticket histories".
     "\\b(generat|produc|writ)(e|es|ed|ing|ion of)?\\s+(a|an|the)\\s+([a-z-]+\\s+)?summar(y|ies)\\b|"
     "\\bsummari[sz](e|es|ing)\\s+(long|each|every|the|all)\\b",
     "summary summaries summarise summarises summarising summarize summarizes summarizing"},
    {"agents", "AI agents", "genai",
     "\\bagentic\\b|\\bAI agents?\\b|autonomous agents?|multi-agent|agent orchestration|"
     // "carries out password resets through tightly controlled tool calls".
     "\\btool[- ]call(s|ing)?\\b|\\bfunction[- ]calling\\b",
     // "per agent", "the agent's autonomy tier"; never a human or contact-centre agent.
     "\\bper[- ]agent\\b|(?<!human )(?<!live )(?<!centre )(?<!center )(?<!support )\\bagents?('s)? "
     "(tiers?|autonomy|inventory|"
     "portfolio|actions?|decisions?|outputs?|behaviou?r|promotion)\\b",
     "agentic agent agents tool function", "agent agents"},
    {"semantic-search", "Embeddings and semantic search", "nlp",
     "\\bembeddings?\\b|semantic (search|similarity|retrieval)|vector (search|store|database|index)|"
     "similarity search|document similarity|nearest[- ]neighbou?r|"
     // "search the records by meaning", "meaning-based search".
     "\\bmeaning[- ]based (search|retrieval)\\b|\\bsearch(es|ed|ing)?\\b[^.;]{0,40}\\bby (their )?meaning\\b",
     "\\b(similar|related) (documents|cases|records)|intelligent search|natural[- ]language search",
     "embedding semantic vector similarity nearest meaning", "similar related intelligent search"},
    {"speech-to-text", "Speech-to-text", "nlp",
     "speech[- ]to[- ]text|speech recognition|voice recognition|diari[sz]ation|\\b(?-i:ASR)\\b|"
     "automatic transcription|\\btranscription (service|engine|model)",
     // Writing transcribed ("transcribe handwritten pages", "hand-transcribed
     // lines", "the volunteer transcription project") is read, not heard.
     "(?<!hand-)(?<!volunteer )\\btranscri(be|bed|bes|bing|ption)\\b(?![^.;]{0,40}\\bhandwrit)",
     "speech voice diarisation diarization asr transcription",
     "transcribe transcription transcribed transcribes transcribing",
     // "convert call recordings to text" is speech recognition only where a
     // model is at work: staff convert recordings into notes too.
     "\\b(convert|turn)(s|ed|ing)? (the |all |each |every )?([a-z-]+ )?(call |audio |voice |phone |interview )?"
     "(recordings?|audio|speech|voicemails?|calls) (in)?to (a |an )?(written |text )?(text|transcripts?)\\b|"
     // "identify and label each speaker in the transcript": diarisation in plain words.
     "\\b(identif(y|ies|ied|ying)|label(s|led|ling)?|distinguish(es|ed|ing)?)\\b[^.;]{0,20}\\b(each|every|which)\\s+"
     "speakers?\\b",
     "recording recordings audio speech voicemail voicemails calls speaker speakers"},
    {"text-to-speech", "Text-to-speech", "nlp", "neural (voice|text[- ]to[- ]speech)|speech synthesis|synthetic voice",
     "text[- ]to[- ]speech|\\b(?-i:TTS)\\b", "neural speech voice", "speech tts"},
    {"translation", "Machine translation", "nlp",
     "machine[- ]translat(ion|ed|es|e)\\b|neural translation|automatic translation|AI translation|translation "
     "(service|engine|model|API)",
     "\\btranslat(e|es|ed|ing|ion)\\b", "translation", "translate",
     "\\bautomatically translat(e|es|ed|ing)\\b|\\btranslat(e|es|ed|ing)\\b[^.;]{0,60}\\bautomatically\\b|"
     // "the system SHALL translate the approved reply into Welsh": the system, not a translator.
     "\\b(system|service|platform|assistant)\\s+(shall|must|will|should)\\s+(also\\s+)?translate\\b",
     "automatically translate"},
    {"ocr", "OCR and document extraction", "computer-vision",
     "\\b(?-i:OCR)\\b|optical character recognition|document intelligence|intelligent document processing|"
     "form recogni[sz]er|handwriting recognition|\\b(printed |handwritten )?text recognition\\b|"
     // Fields the system takes off scans are read by OCR: "extract the name and
     // dates from scanned evidence"; people who read or key them are no model.
     "(?<!staff )(?<!caseworkers )(?<!officers )(?<!users )(?<!they )(?<!people )"
     "\\b(extract|captur)(s|es|ed|ing|e)?\\b[^.;]{0,80}\\bfrom (the |uploaded |their )?scan(ned|s)\\b",
     "\\bextract(s|ed|ing|ion of)? (data|text|fields|information) from (scanned |uploaded |paper "
     ")?(documents|forms|images|PDFs)",
     "ocr optical intelligence recognise handwriting scanned scans", "extract",
     // "read the printed tick-boxes and the handwritten section", "transcribe
     // handwritten pages", "extract text from printed and typewritten pages".
     "\\b(read|transcrib)(s|es|ed|e|ing)?\\b[^.;]{0,60}\\bhandwrit(ten|ing)\\b|"
     "\\bextract(s|ed|ing)?\\s+(the\\s+)?text\\s+from\\s+([a-z-]+\\s+(and\\s+|or\\s+)?){0,3}(pages|images|scans|"
     "photographs|forms|documents)\\b",
     "handwritten handwriting text"},
    {"entity-extraction", "Entity extraction", "nlp",
     "named[- ]entit(y|ies)|entity (extraction|recognition|identification)|\\b(?-i:NER)\\b|information "
     "extraction|key[- ]phrase "
     "extraction",
     "\\bextract(s|ed|ing|ion of)? (key )?(entities|names|dates|amounts|facts|clauses)", "named entity ner extraction",
     "extract",
     // Facts taken out of free text ("extract the presenting complaint and
     // medications from each referral letter"); scans are OCR's.
     "\\bextract(s|ed|ing)?\\b[^.;]{0,80}\\bfrom (each |every |all |the |incoming |received )*(?!scanned\\b)([a-z-]+ "
     ")?(letters?|emails?|free[- ]text|notes|correspondence|narratives?)\\b|"
     // "identify the names of people, places and dates in transcribed text".
     "\\b(extract|identif(y|ies|ied|ying)|find|finds|tag|tags|mark(s|ed)? up)\\s+(the\\s+)?(names|mentions)\\s+of\\s+"
     "(people|persons|individuals|places|organi[sz]ations|companies)\\b|"
     // "detect personal data in transcripts", "identify PII in free text".
     "\\b(detect|identif(y|ies|ied|ying)|find|finds|flag|flags)\\s+(any\\s+)?(personal data|(?-i:PII)|personally "
     "identifiable information)\\b[^.;]{0,40}\\bin\\s+(the\\s+)?(transcripts?|text|free[- ]text|documents|letters|"
     "emails|notes|recordings)\\b",
     "extract extracts extracted extracting names mentions personal pii personally"},
    {"classification", "Classification", "classification",
     "(document|text|email|case|ticket|image|intent) classification|\\bclassifier\\b|intent (detection|recognition)|"
     "topic (clustering|modell?ing)|"
     "auto(matic|mated)?[- ]?(categori[sz]|classif|tagg)[a-z]*",
     "\\b(classif(y|ies|ied|ying)|categori[sz](e|es|ed|ing)|triag(e|es|ed|ing))\\b",
     "classification intent autotag autocategorise autoclassify tagging tagged tagger categorise classify topic",
     "classify categorise triage triaging",
     // "classify every inbound customer email into one of 14 contact categories".
     "\\b(classif(y|ies)|categori[sz]es?)\\s+(every|each|all|incoming|inbound|new)\\b[^.;]{0,60}\\binto\\b|"
     // "read the tenant's description and suggest which trade is needed".
     "\\bsuggest(s|ed|ing)?\\s+(which|what)\\s+[a-z-]+|"
     // "suggests a category and assignment group for new tickets", "category suggestions".
     "\\bsuggest(s|ed|ing)?\\s+(a|the|an)\\s+(category|work type|categori[sz]ation)\\b|"
     "\\b(category|categori[sz]ation|work[- ]type) suggestions?\\b|\\bsuggested\\s+([a-z-]+\\s+)?(categor(y|ies)|work "
     "types?)\\b|"
     // "MUST assign each representation to one or more material planning themes".
     "\\bassign(s|ed|ing)?\\s+(each|every|all)\\s+[a-z-]+\\s+to\\s+(one|a|an|the)\\b[^.;]{0,40}\\b(themes?|"
     "categor(y|ies)|topics?|classes)\\b",
     "classify classifies categorise categorises categorize categorizes suggest suggests suggested suggesting assign "
     "assigns assigned assigning"},
    {"sentiment", "Sentiment analysis", "nlp", "sentiment (analysis|detection|scor[a-z]*)|emotion detection",
     // "classify the sentiment of feedback": a model only where one is at work (surveys measure it too);
     // "a live indicator of customer sentiment" in ML work.
     "\\bsentiments?\\b", "sentiment emotion", "sentiment sentiments",
     "\\b(classif(y|ies|ied|ying)|analy[sz](e|es|ed|ing)|detect(s|ed|ing)?|scor(e|es|ed|ing)) (the )?sentiment\\b",
     "sentiment"},
    {"matching-scoring", "Matching and scoring", "classification",
     "intelligent matching|match(ing)? (algorithm|engine|model|score)|scoring model|(?<!fraud )(?<!fraud-)risk[- "
     "]scor(e|es|ing)|"
     "propensity (model|scor[a-z]*)|credit scor[a-z]*|risk[- ]tier(ing)? model|\\bentity resolution\\b|"
     // "the likeness check": a face compared with the one on record.
     "\\blikeness (checks?|scores?|comparisons?|matching)\\b",
     "\\bmatch(es|ed|ing)? "
     "(candidates|applicants|jobs|job ?seekers|jobseekers|vacancies|suppliers|records|cases|people|users|providers|"
     "learners|courses|volunteers|mentors|tenants|placements)\\b|"
     "\\b(eligibility|priority|confidence-based|relevance) scor(e|es|ing)\\b|\\brank(s|ed|ing)? "
     "(candidates|applications|cases)\\b",
     "matching match scoring risk propensity credit resolution likeness",
     "match matches matched matching score scores scoring rank ranks ranked ranking",
     // "compare the new photograph with the one on record and produce a similarity score".
     "\\bcompar(e|es|ed|ing)\\b[^.;]{0,100}\\b(similarity|likeness|match) scores?\\b", "similarity likeness match"},
    {"anomaly-detection", "Anomaly and fraud detection", "anomaly-detection",
     // A fraud (risk) score is what fraud detection gives, not a model of its own.
     "anomal(y|ies|ous) (detection|alert[a-z]*|scor[a-z]*)|outlier detection|fraud detection|"
     "fraud[- ](risk[- ])?scor(e|es|ing)|unusual (patterns|behaviou?r|activity)|"
     "abnormal (vibration|behaviou?r|readings|patterns|signals?|signatures?)|"
     // "SubWatch shall learn the normal behaviour of each asset".
     "\\blearn(s|ed|t|ing)? (the )?normal behaviou?r\\b|"
     "\\b(deviat|drift)\\w*\\s+(away\\s+)?from\\s+(that\\s+|the\\s+|its\\s+|their\\s+)?(learned|learnt)\\s+(baseline|"
     "behaviou?r|pattern|profile)\\b|"
     // "alert when claims rise unusually compared with their usual pattern":
     // flagged against its own normal (scaling for unusual traffic is no model).
     "\\b(alert|flag|detect|notif|warn)\\w*\\b[^.;]{0,100}\\bunusual(ly)?\\b[^.;]{0,40}\\b(compared (with|to)|"
     "against|relative to) (its |their |the )?(usual|normal|expected|historical|typical) "
     "(patterns?|behaviou?r|baselines?)",
     "\\banomal(y|ies|ous)\\b|\\bfraud(ulent)?\\b",
     "anomaly outlier fraud unusual abnormal learn learns learned learnt learning deviate deviates deviated deviating "
     "drift drifts drifted drifting",
     "anomaly fraud fraudulent",
     // A payment flagged against its own history: a rule can do that too, so
     // only where a model is at work.
     "\\banomal(y|ies|ous)\\b[^.;]{0,30}\\b(compared (with|to)|against|relative to) (its |their |the )?([a-z'-]+ "
     "){0,2}(history|baselines?|usual|normal|typical|patterns?)\\b|"
     // "MUST detect anomalous night flow patterns".
     "\\b(detect|identify|spot)(s|ed|ing)?\\s+(any\\s+)?anomal(ous|ies|y)\\b|"
     // "identify vehicles whose sensor behaviour is unusual compared with similar vehicles".
     "\\b(identif|detect|flag|spot|find)\\w*\\b[^.;]{0,160}\\bunusual\\b[^.;]{0,20}\\bcompared (with|to) "
     "(similar|other|comparable|its|their|the)\\b|"
     // "pick out invoices that look unusual for that supplier".
     "\\b(look|looks|seem|seems|appear|appears)\\s+(unusual|suspicious|anomalous|out of the ordinary)\\b|"
     // "flag DMAs whose minimum night flow rises significantly above the expected night flow".
     "\\b(flag|alert|detect|identif|spot|warn)\\w*\\b[^.;]{0,100}\\b(significantly|unusually|abnormally)\\s+(above|"
     "below|higher|lower)\\s+(than\\s+)?(the\\s+|its\\s+|their\\s+)?(expected|normal|usual|typical|baseline)\\b|"
     // "detect developing faults ... using patterns in sensor data rather than fixed thresholds".
     "\\b(detect|spot|identif|flag)\\w*\\s+(developing|emerging|incipient|early[- ]stage)\\s+(faults?|failures?|"
     "defects?)\\b|\\bpatterns?\\s+in\\s+(the\\s+)?sensor\\s+(data|readings)\\b",
     "anomaly anomalies anomalous unusual suspicious ordinary significantly unusually abnormally developing emerging "
     "incipient early patterns"},
    {"forecasting", "Forecasting", "forecasting",
     "demand forecast[a-z]*|time[- ]series (forecast|model|predict)[a-z]*|load forecast[a-z]*|consumption "
     "forecast[a-z]*",
     "\\bforecast(s|ed|ing)?\\b|\\bpredict(s|ed|ing|ions?)? (of )?(future "
     ")?(demand|consumption|usage|load|volumes?|bills?|costs?)",
     "forecast series", "forecast predict",
     // "how many repair requests to expect for each of the next six weeks".
     "\\bhow\\s+many\\b[^.;]{0,60}\\bto\\s+expect\\b", "expect"},
    {"recommendation", "Recommendation", "recommendation",
     "recommend(ation|er) (engine|system|model)|\\brecommender\\b|personali[sz]ed recommendations?|next[- ]best[- "
     "]action|"
     "collaborative filtering",
     // "Suggest courses based on what similar learners took" is collaborative
     // filtering in plain words, where a model is at work (a street's permit zone is no model).
     "\\b(personali[sz]ed|tailored) (advice|tips|suggestions|recommendations)|\\b(suggest|recommend)(s|ed|ing)? "
     "(relevant |suitable )?(courses|products|content|articles|jobs|items|services|tariffs)\\b|"
     // "suggest up to three next actions for the agent".
     "\\b(suggest|recommend)(s|ed|ing)?\\b[^.;]{0,20}\\b(next|follow-up) (steps?|actions?)\\b",
     "recommend next collaborative", "personalised tailored suggest suggests suggested suggesting recommend",
     "\\b(suggest|recommend)(s|ed|ing)?\\b[^.;]{0,60}\\bbased on\\b[^.;]{0,40}\\bsimilar (users|learners|customers|"
     "people|members|visitors|readers|students)\\b|\\b(suggest|recommend)(s|ed|ing)? (the )?(most (suitable|"
     "appropriate|relevant|likely)|best[- ]matching)\\b",
     "suggest suggests suggested suggesting recommend recommends recommended recommending"},
    // Ranking is measured as recommendations are (NDCG): the same kind.
    {"ranking", "Ranking", "recommendation",
     "learning[- ]to[- ]rank|\\branking models?\\b|"
     "\\b(?-i:ML|AI)[- ](based |powered |driven )?ranking\\b|machine[- ]learn(ed|ing) ranking|"
     "personali[sz]ed ranking|\\bre-?rank(er|ing model)s?\\b",
     "\\branking algorithms?\\b|\\brelevance ranking\\b|\\b(search|results?) ranking\\b|\\branked by relevance\\b|"
     "\\brank(s|ed|ing)? (the )?(search )?results\\b",
     "rank ranking ranker rerank reranker reranking", "rank ranks ranked ranking",
     // "the waiting list ordered by likely need".
     "\\b(order|rank|sort|prioriti[sz])(s|ed|ing|e|es)?\\b[^.;]{0,60}\\bby\\s+(how\\s+)?(likely|predicted)\\s+[a-z-]+|"
     // "a list of all vehicles ordered by their likelihood of breaking down".
     "\\b(order|rank|sort|prioriti[sz])(s|ed|ing|e|es)?\\b[^.;]{0,60}\\bby\\s+(their\\s+|its\\s+|the\\s+)?"
     "(likelihood|probability)\\s+of\\b|"
     // "a ranked repair list that balances leak likelihood and impact", "a
     // priority score combining the likelihood of a leak with its impact".
     "\\b(ranked|priority)\\s+([a-z-]+\\s+)?(lists?|scores?)\\b[^.;]{0,80}\\blikelihood\\b",
     "likely predicted likelihood probability"},
    {"vision", "Computer vision", "computer-vision",
     "computer vision|image (recognition|classification|analysis|segmentation)|object detection|defect detection|"
     "video analytics|facial recognition|face (detection|recognition|matching)|visual inspection|"
     "(photograph|photo|image|picture) (categori[sz]ation|classification|tagging)|"
     "face (comparison|verification)|facial (comparison|matching|templates?)|"
     "(satellite|aerial|drone) (imagery|image) (analysis|classification)|\\bimagery analysis\\b|"
     "\\b(X-ray )?image (triage|screening)\\b|\\bbounding box(es)?\\b",
     nullptr, "vision image object defect video facial face visual photograph photo picture imagery bounding", nullptr,
     // "sort photographs into the categories of the collection": pictures
     // sorted by what they show, where a model is at work.
     "\\b(sort|classif(y|ies)|categori[sz]e|tag|label)(s|es|ed|ing)?\\s+(the\\s+|each\\s+|all\\s+|incoming\\s+)?"
     "(photographs|photos|images|pictures)\\s+(into|by)\\b|"
     // "an AI product that analyses chest X-rays": medical images read by a model.
     "\\b(analy[sz](e|es|ed|ing)|read(s|ing)?|interpret(s|ed|ing)?)\\s+(the\\s+|each\\s+|every\\s+)?([a-z]+\\s+)?"
     "(X-rays?|radiographs?|mammograms?|retinal images|(CT|MRI) (scans|images))\\b|"
     // "detect the extent of floodwater from Sentinel-1 radar and optical imagery".
     "\\b(detect|map|identif|deriv|classif|measur)\\w*\\b[^.;]{0,80}\\bfrom\\b[^.;]{0,50}\\b(imagery|satellite "
     "images|aerial (photographs|images))\\b|"
     // "automatically check the photograph against the photo standard (single face, eyes open ...)".
     "\\bcheck(s|ed|ing)?\\s+(the\\s+|each\\s+|every\\s+)?(photograph|photo|image)s?\\s+against\\b|"
     // "highlights regions of X-ray images inconsistent with the declared goods".
     "\\b(highlight|detect|flag|locat|mark)\\w*\\s+(the\\s+)?(regions?|objects?|areas?|items?)\\s+(of|in|on)\\s+("
     "the\\s+|"
     "each\\s+|every\\s+|all\\s+)?([a-z-]+\\s+)?(images?|scans?|radiographs?)\\b",
     "photographs photos images pictures rays ray radiographs radiograph mammograms mammogram retinal ct mri "
     "imagery satellite aerial photograph photo image"},
    {"predictive-model", "Predictive model", "classification",
     "predictive (model|analytics)|prediction model|machine[- ]learning models?|\\b(?-i:ML) models?\\b|neural network|"
     "deep learning|gradient[- ]boost|random forest|\\bXGBoost\\b|trained models?|"
     "remaining[- ]useful[- ]life|\\b(?-i:RUL)\\b",
     "\\bpredict(s|ed|ing|ions?|ive)?\\b",
     "predictive machine ml neural deep gradient random xgboost trained retrained pretrained untrained remaining rul",
     "predict",
     // "assign each application to a team based on its predicted complexity".
     "\\b(its|their|the|each)\\s+predicted\\s+(?!by\\b)[a-z-]+|"
     // "estimate how long each job will take": learned from how long jobs took.
     "\\bestimat(e|es|ed|ing)(\\s*,[^,.;]{0,60},)?\\s+how\\s+(long|much|many|likely)\\b|"
     // "warn the workshop two weeks before a brake pad is likely to reach its
     // wear limit": a future event foreseen for each item.
     "\\b(warn|alert|notify|flag)(s|ed|ing)?\\b[^.;]{0,80}\\bbefore\\b[^.;]{0,60}\\b(is|are)\\s+likely\\s+to\\b",
     "predicted estimate estimates estimated estimating likely"},
};

struct ServiceRow
{
    const char *name;
    const char *capability;
    const char *approach;
    const char *cloud;
    const char *pattern;
    const char *words; // a word every match of pattern holds (WordIndex's comparison)
};

// Named services and model families, as the documents write them.
const ServiceRow serviceRows[] = {
    // Foundation-model providers and models: LLM generation.
    {"Azure OpenAI", "llm-generation", "foundation-api", "Azure", "\\bAzure OpenAI\\b", "openai"},
    {"Amazon Bedrock", "llm-generation", "foundation-api", "AWS", "\\b(AWS |Amazon )?Bedrock\\b", "bedrock"},
    {"Google Vertex AI Gemini", "llm-generation", "foundation-api", "GCP", "\\bGemini\\b", "gemini"},
    {"OpenAI", "llm-generation", "foundation-api", "", "(?<!Azure )\\bOpenAI\\b(?! (on|via|through) Azure)", "openai"},
    {"Anthropic", "llm-generation", "foundation-api", "", "\\bAnthropic\\b", "anthropic"},
    {"Mistral", "llm-generation", "foundation-api", "", "\\bMistral\\b", "mistral"},
    // Speech.
    {"Amazon Transcribe", "speech-to-text", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Transcribe\\b(?= |\\)|,|\\.|$)",
     "transcribe"},
    {"Azure AI Speech", "speech-to-text", "prebuilt-saas", "Azure", "\\bAzure (AI |Cognitive Services? )?Speech\\b",
     "speech"},
    {"Google Speech-to-Text", "speech-to-text", "prebuilt-saas", "GCP", "\\bGoogle (Cloud )?Speech[- ]to[- ]Text\\b",
     "speech"},
    {"Whisper", "speech-to-text", "foundation-api", "", "\\bWhisper\\b", "whisper"},
    {"Amazon Polly", "text-to-speech", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Polly\\b", "polly"},
    // Translation.
    {"Amazon Translate", "translation", "prebuilt-saas", "AWS", "\\b(Amazon|AWS) Translate\\b", "translate"},
    {"Azure AI Translator", "translation", "prebuilt-saas", "Azure",
     "\\bAzure (AI |Cognitive Services? )?Translator\\b", "translator"},
    {"Google Cloud Translation", "translation", "prebuilt-saas", "GCP", "\\bGoogle (Cloud )?Translat(e|ion)( API)?\\b",
     "translate"},
    {"DeepL", "translation", "prebuilt-saas", "", "\\bDeepL\\b", "deepl"},
    // Documents.
    {"Amazon Textract", "ocr", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Textract\\b", "textract"},
    {"Azure AI Document Intelligence", "ocr", "prebuilt-saas", "Azure",
     "\\bAzure (AI )?Document Intelligence\\b|\\bForm Recogni[sz]er\\b", "intelligence recogniser"},
    {"Google Document AI", "ocr", "prebuilt-saas", "GCP", "\\b(Google )?Document AI\\b", "document"},
    {"Amazon Comprehend", "entity-extraction", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Comprehend\\b", "comprehend"},
    {"Azure AI Language", "entity-extraction", "prebuilt-saas", "Azure",
     "\\bAzure (AI |Cognitive Services? )?(for )?Language\\b", "language"},
    // Vision.
    {"Amazon Rekognition", "vision", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Rekognition\\b", "rekognition"},
    {"Azure AI Vision", "vision", "prebuilt-saas", "Azure", "\\bAzure (AI |Cognitive Services? )?(Computer )?Vision\\b",
     "vision"},
    // Search and embeddings.
    {"Amazon Kendra", "semantic-search", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Kendra\\b", "kendra"},
    {"Azure AI Search", "semantic-search", "prebuilt-saas", "Azure", "\\bAzure (AI|Cognitive) Search\\b", "search"},
    {"Amazon Personalize", "recommendation", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )?Personali[sz]e\\b",
     "personalize"},
    {"Amazon Fraud Detector", "anomaly-detection", "prebuilt-saas", "AWS", "\\bFraud Detector\\b", "detector"},
    {"Amazon Lex", "llm-generation", "prebuilt-saas", "AWS", "\\b(Amazon |AWS )Lex\\b", "lex"},
    {"Dialogflow", "llm-generation", "prebuilt-saas", "GCP", "\\bDialogflow\\b", "dialogflow"},
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
        definition.strongWords = WordIndex::keys(row.strongWords);
        if (row.weak) {
            definition.weak = pattern(row.weak);
            definition.weakWords = WordIndex::keys(row.weakWords);
        }
        if (row.plain) {
            definition.plain = pattern(row.plain);
            definition.plainWords = WordIndex::keys(row.plainWords);
        }
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
        service.words = WordIndex::keys(row.words);
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
    return find(text, WordSet(text), aiContext);
}

namespace {

// "ranked by relevance (TF-IDF or semantic search)": a capability named as one
// option beside a technique that is no model is a choice still open, not a
// capability of the system.
bool isOptionBesideNoModel(const QString &text, qsizetype start, qsizetype end)
{
    static const char noModel[] =
        "(TF-?IDF|BM25|keywords?( search| matching)?|full[- ]text( search)?|lexical( "
        "search)?|rule[- ]based( rules| logic)?|heuristics?|regular expressions?|regex|string "
        "matching|exact match(ing)?)";
    static const QByteArray beforeText = QByteArray("\\b") + noModel + ",?\\s+or\\s+$";
    static const QByteArray afterText = QByteArray("^,?\\s+or\\s+") + noModel + "\\b";
    static const TextExpression before = pattern(beforeText.constData());
    static const TextExpression after = pattern(afterText.constData());
    const qsizetype near = std::max<qsizetype>(0, start - 4);
    if (!text.mid(near, start - near).contains(QLatin1String("or")) && !text.mid(end, 5).contains(QLatin1String("or")))
        return false; // most matches: no "or" beside them
    const qsizetype from = std::max<qsizetype>(0, start - 40);
    return before.match(QStringView(text).mid(from, start - from)).hasMatch() ||
           after.match(QStringView(text).mid(end, 40)).hasMatch();
}

// The first match of the expression that is not an open option.
// The first match's start and length; a start of -1 when there is none.
std::pair<qsizetype, qsizetype> firstDecidedMatch(const TextExpression &expression, const QString &text)
{
    for (qsizetype from = 0; from < text.size();) {
        const QRegularExpressionMatch match = expression.match(text, from);
        if (!match.hasMatch())
            return {-1, 0};
        if (!isOptionBesideNoModel(text, match.capturedStart(), match.capturedEnd()))
            return {match.capturedStart(), match.capturedLength()};
        from = std::max(match.capturedEnd(), match.capturedStart() + 1);
    }
    return {-1, 0};
}

} // namespace

QList<CapabilityMatch> CapabilityCatalogue::find(const QString &text, const WordSet &words, bool aiContext) const
{
    // One pass over the words spares most requirements most of the 32 expressions.
    QList<CapabilityMatch> matches;
    for (const CapabilityDefinition &definition : m_capabilities) {
        if (words.containsAny(definition.strongWords)) {
            const auto [strong, length] = firstDecidedMatch(definition.strong, text);
            if (strong >= 0) {
                matches.append({&definition, true, strong, length});
                continue;
            }
        }
        if (!definition.plainWords.isEmpty() && words.containsAny(definition.plainWords)) {
            const auto [plain, length] = firstDecidedMatch(definition.plain, text);
            if (plain >= 0) {
                matches.append({&definition, false, plain, length, true});
                continue;
            }
        }
        if (aiContext && definition.weak.isValid() && !definition.weak.pattern().isEmpty() &&
            words.containsAny(definition.weakWords)) {
            const auto [weak, length] = firstDecidedMatch(definition.weak, text);
            if (weak >= 0)
                matches.append({&definition, false, weak, length});
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const CapabilityMatch &a, const CapabilityMatch &b) { return a.offset < b.offset; });
    return matches;
}

bool CapabilityCatalogue::hasAiContext(const QString &text)
{
    return hasAiContext(text, WordSet(text));
}

bool CapabilityCatalogue::hasAiContext(const QString &text, const WordSet &words)
{
    static const QList<quint64> contextWords = WordIndex::keys(
        "ai ml llm llms nlp artificial machine model models algorithm intelligent automated smart agent agents "
        "confidence");
    if (!words.containsAny(contextWords))
        return false;
    static const TextExpression context = pattern(
        "\\b(?-i:AI|ML|LLMs?|NLP)\\b|artificial intelligence|machine learning|\\bmodels?\\b|\\balgorithm(s|ic)?\\b|"
        "\\bintelligent\\b|\\bautomat(ed|ic|ically)\\b|\\bsmart\\b|\\bagents?\\b|\\bconfidence (score|threshold)");
    return context.match(text).hasMatch();
}

bool CapabilityCatalogue::isAboutGuidance(const QString &text)
{
    return isAboutGuidance(text, WordSet(text));
}

bool CapabilityCatalogue::isAboutGuidance(const QString &text, const WordSet &words)
{
    // The words each alternative of the guidance expression below needs:
    // "training" with what is taught ("training courses"), a policy with what
    // it is on ("AI policy", "policy on the use of generative AI"), the rest
    // by a word of their own; "e-learning" and "acceptable use" by their text
    // ("e" and "accept..." are everywhere). Most requirements have none.
    static const QList<quint64> ownWords = WordIndex::keys(
        "guidance playbook conduct upskill literacy awareness curriculum workshop procure elearning guideline");
    static const QList<quint64> policyWords = WordIndex::keys("policy policies");
    static const QList<quint64> policyTopicWords =
        WordIndex::keys("ai genai llm llms use generative automated artificial");
    static const QList<quint64> trainingWords = WordIndex::keys("training");
    static const QList<quint64> taughtWords = WordIndex::keys("course programme material module session");
    static const QList<quint64> communityWords = WordIndex::keys("community");
    static const QList<quint64> practiceWords = WordIndex::keys("practice");
    const bool mayName = words.containsAny(ownWords) ||
                         (words.containsAny(policyWords) && words.containsAny(policyTopicWords)) ||
                         (words.containsAny(trainingWords) && words.containsAny(taughtWords)) ||
                         (words.containsAny(communityWords) && words.containsAny(practiceWords)) ||
                         text.contains(QLatin1String("e-learning"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("acceptable use"), Qt::CaseInsensitive);
    if (!mayName)
        return false;
    // Guidance, policy, people's training and buying AI: the subject is the
    // organisation, not a model the system runs.
    // A policy is the subject when it is a policy on AI ("an AI policy", "a
    // policy on the use of generative AI"); "policy area", "policy options"
    // and "policy-making" are a government department's everyday work.
    static const TextExpression guidance = asciiPattern(
        "\\b(guidance|playbook|(AI|GenAI|LLM|generative AI|responsible AI|AI usage|AI use|acceptable use) "
        "polic(y|ies)|polic(y|ies) (on|for|governing) (the )?(use of )?(AI|GenAI|LLMs?|generative|automated|"
        "artificial)|code of conduct|training "
        "(courses?|programmes?|materials?|modules?|sessions?)|"
        // A workshop is training only when it is on AI (a vehicle workshop repairs).
        "upskill(ing)?|literacy|awareness|curriculum|(AI|ML|GenAI|LLM|training|awareness|literacy) workshops?|"
        "workshops? (on|about) (the )?(use of )?(AI|GenAI|LLMs?|generative|machine learning|artificial)|"
        "community of practice|procure(ment)?|e-?learning|"
        "acceptable use|usage guidelines?)\\b");
    // (An article before the subject changes no match: it is left out, and
    // the matcher no longer tries it at every space.)
    static const TextExpression system = asciiPattern(
        "\\b(system|platform|service|solution|model|agent|chatbot|assistant|application|tool)s? "
        "(shall|must|will|should) (use|generate|classify|predict|detect|extract|translate|transcribe|summari[sz]e|"
        "recommend|answer|respond|score|match|retrieve|route)");
    // Guidance or policy the system retrieves, answers from, summarises or
    // hands to its users is its content ("retrieve relevant guidance
    // documents", "summarise a policy document", "Q&A for departmental
    // policy"), not the project's subject: those mentions decide nothing.
    static const TextExpression content = asciiPattern(
        "\\b(receiv\\w*|respond\\w*|retriev\\w*|search\\w*|index\\w*|ingest\\w*|answer\\w*|grounded "
        "in|cit(e|es|ed|ing)|summar\\w*|draft\\w*|upload\\w*|analy[sz]\\w*|translat\\w*|extract\\w*|questions?|"
        "Q&A)(?=\\W)"
        "[^.\\n]{0,40}\\b(guidance|polic(y|ies))\\b|"
        "\\b(guidance|policy|policies) (documents?|papers?|drafts?|submissions?|content|pages?|articles?|corpus|"
        "sources?|URLs?|library|repositor(y|ies)|knowledge base)\\b|"
        // One item of a list of what a knowledge base holds ("policy documents, guidance, FAQs").
        "\\bguidance,? (and |or )?(FAQs?|documents|manuals|articles)\\b|"
        "\\b(FAQs?|documents|manuals|articles),? (and |or )?guidance\\b|"
        // People named by their work ("Actor: Policy Advisor") are users, not the subject.
        "\\bpolicy (advis[eo]rs?|officers?|leads?|teams?|makers?|analysts?|managers?|professionals?|colleagues?|"
        "staff|owners?)\\b");
    // The clauses that name guidance, each checked alone: the expressions
    // below then read a few lines, not the whole requirement. None of them
    // spans a line break or a sentence's end.
    // One pass over the whole text, each match then given the clause it lies
    // in: thousands of short matches cost more than the scan.
    QList<QStringView> named;
    auto found = guidance.globalMatch(text);
    if (!found.hasNext())
        return false;
    const QList<QStringView> all = textpatterns::clauses(text);
    qsizetype clause = 0;
    while (found.hasNext()) {
        const QRegularExpressionMatch match = found.next();
        const QChar *start = text.constData() + match.capturedStart();
        const QChar *end = text.constData() + match.capturedEnd();
        while (clause < all.size() && all[clause].constData() + all[clause].size() < end)
            ++clause;
        if (clause == all.size())
            break;
        const QStringView in = all[clause];
        if (start >= in.constData() && (named.isEmpty() || named.constLast().constData() != in.constData()))
            named.append(in);
    }
    const auto isSubject = [](QStringView clause) {
        if (!content.match(clause).hasMatch())
            return true;
        QString rest = clause.toString();
        rest.remove(content);
        return guidance.match(rest).hasMatch();
    };
    // What the system itself does, read last: it costs a pass over the whole text.
    return std::any_of(named.cbegin(), named.cend(), isSubject) && !system.match(text).hasMatch();
}

QList<const ServiceDefinition *> CapabilityCatalogue::findServices(const QString &text) const
{
    return findServices(text, WordSet(text));
}

QList<const ServiceDefinition *> CapabilityCatalogue::findServices(const QString &text, const WordSet &words) const
{
    QList<std::pair<qsizetype, const ServiceDefinition *>> found;
    for (const ServiceDefinition &service : m_services) {
        if (!words.containsAny(service.words))
            continue;
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

// A word of every alternative of the approach expressions ("pre-trained"
// and "fine-tuned" are two words each, "in-house" too).
const QList<quint64> &CapabilityCatalogue::approachWords()
{
    static const QList<quint64> words = WordIndex::keys(
        "tune tuned tunes tuning finetune finetuned finetunes finetuning custom bespoke house own proprietary train "
        "trained training retrain retrained retraining foundation api apis endpoint endpoints pretrained filtering "
        "factorisation factorization boost boosted boosting xgboost lightgbm catboost forest forests logistic");
    return words;
}

QString CapabilityCatalogue::approachStated(const QString &text, const WordSet &words)
{
    if (!words.containsAny(approachWords()))
        return {};
    return approachStated(text);
}

namespace {

// The four ways the requirements say how a model is obtained, in the order
// they decide: none trained, fine-tuned, trained by the project, an API.
enum class ApproachSaid { NoTraining, FineTuned, Custom, Api };

// Whether the text says it, where it is not said of what the project will
// not do, might do one day, or keeps data for.
bool says(const QString &text, ApproachSaid said)
{
    // "A fine-tuning dataset register" records data, not how a model is made.
    static const TextExpression fineTuned = pattern(
        "\\bfine[- ]?tun(e|ed|es|ing)\\b(?!\\s+(data|datasets?|corpus|corpora|examples|records|registers?)\\b)");
    static const TextExpression custom = pattern(
        "\\b(custom|bespoke|in-house|our own|proprietary)[- ](trained )?(ML |machine[- ]learning |image |text "
        "|vision )?(models?|classifiers?)\\b|\\btrain(ing)? (our own|custom|bespoke|in-house)\\b|"
        "\\b(train|trained|training|retrain|retrained|retraining) (on|with|using) (our|historical|labelled|labeled|"
        "the [a-z]+'s|local|departmental)\\b|\\bmodel (training|retraining)\\b|\\btraining "
        "(data|dataset|pipeline)s?\\b|"
        // Algorithms a project fits to its own data: naming one is building the model.
        "\\b(collaborative|content-based) filtering\\b|\\bmatrix factori[sz]ation\\b|\\bgradient[- "
        "]boost(ed|ing)\\b|\\b(XGBoost|LightGBM|CatBoost)\\b|\\brandom forests?\\b|\\blogistic regression\\b|"
        "\\bisolation forests?\\b");
    static const TextExpression api = pattern("\\bfoundation[- ]models?\\b|\\b(LLM|model) (API|endpoint)s?\\b|\\bvia "
                                              "(the )?API\\b|pre-?trained (LLM|foundation)");
    // "No fine-tuning", "if future fine-tuning is required", "feedback recorded
    // for model fine-tuning": said of what the project will not do, might do
    // one day, or keeps data for.
    static const TextExpression notDone = pattern(
        "\\b(no|not|without|never|avoid|nor|if|may|might|could|future|premium|optional(ly)?|unless)\\b[^.;:!?]{0,40}$|"
        "\\bfor( (the|model|future|later|subsequent))*\\s*$");
    static const TextExpression noTraining =
        pattern("\\bno (custom )?(model )?(training|fine[- ]?tuning)\\b|\\b(pre-?trained|foundation) models? only\\b|"
                "\\bonly (use )?pre-?trained\\b");
    auto stated = [&text](const TextExpression &expression) {
        auto it = expression.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
            if (!notDone.match(text.mid(lineStart, match.capturedStart() - lineStart)).hasMatch())
                return true;
        }
        return false;
    };
    switch (said) {
    case ApproachSaid::NoTraining:
        return noTraining.match(text).hasMatch();
    case ApproachSaid::FineTuned:
        return stated(fineTuned);
    case ApproachSaid::Custom:
        return stated(custom);
    case ApproachSaid::Api:
        return stated(api);
    }
    return false;
}

QString keyOf(ApproachSaid said)
{
    switch (said) {
    case ApproachSaid::FineTuned:
        return QStringLiteral("fine-tuned");
    case ApproachSaid::Custom:
        return QStringLiteral("custom-trained");
    case ApproachSaid::NoTraining:
    case ApproachSaid::Api:
        break;
    }
    return QStringLiteral("foundation-api");
}

constexpr ApproachSaid approachOrder[] = {ApproachSaid::NoTraining, ApproachSaid::FineTuned, ApproachSaid::Custom,
                                          ApproachSaid::Api};

} // namespace

QString CapabilityCatalogue::approachStated(const QString &text)
{
    for (const ApproachSaid said : approachOrder)
        if (says(text, said))
            return keyOf(said);
    return {};
}

QString CapabilityCatalogue::approachStated(const QList<std::pair<const QString *, const WordSet *>> &texts)
{
    QList<const QString *> searched;
    for (const auto &[text, words] : texts)
        if (!words || words->containsAny(approachWords()))
            searched.append(text);
    // In the order of the ways, as over the texts read as one.
    for (const ApproachSaid said : approachOrder)
        for (const QString *text : std::as_const(searched))
            if (says(*text, said))
                return keyOf(said);
    return {};
}

} // namespace arckit
