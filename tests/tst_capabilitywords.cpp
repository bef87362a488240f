// The capability catalogue searches a requirement with a capability's
// expression only when the requirement holds one of the words listed for it
// (WordSet). A word missing from a list would make a capability silently
// unfindable: these tests hold each list to its expression, on phrasings of
// our own and on every line of the documents the project has.

#include "capabilitycatalogue.h"
#include "corpuspresence.h"
#include "wordindex.h"

#include <QDirIterator>
#include <QTest>

using namespace arckit;

namespace {

// Every line of every Markdown file under root (a line is the size of the
// requirement sentences the catalogue reads).
QStringList linesUnder(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    }
    return lines;
}

// The lines an expression matches whose words the list lacks.
QStringList missed(const QStringList &lines)
{
    QStringList result;
    for (const CapabilityDefinition &definition : CapabilityCatalogue::instance().capabilities())
        for (const QString &line : lines) {
            const WordSet words(line);
            if (definition.strong.match(line).hasMatch() && !words.containsAny(definition.strongWords))
                result << definition.key + QStringLiteral(" (strong): ") + line;
            if (definition.weak.isValid() && !definition.weak.pattern().isEmpty() &&
                definition.weak.match(line).hasMatch() && !words.containsAny(definition.weakWords))
                result << definition.key + QStringLiteral(" (weak): ") + line;
            if (!definition.plain.pattern().isEmpty() && definition.plain.match(line).hasMatch() &&
                !words.containsAny(definition.plainWords))
                result << definition.key + QStringLiteral(" (plain): ") + line;
        }
    for (const ServiceDefinition &service : CapabilityCatalogue::instance().services())
        for (const QString &line : lines)
            if (service.pattern.match(line).hasMatch() && !WordSet(line).containsAny(service.words))
                result << service.name + QStringLiteral(" (service): ") + line;
    return result;
}

} // namespace

class TestCapabilityWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phrasings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("capability");
        QTest::newRow("acronym") << "Answers come from the LLM."
                                 << "llm-generation";
        QTest::newRow("hyphenated gen-AI") << "A Gen-AI drafting aid."
                                           << "llm-generation";
        QTest::newRow("model with a number") << "Uses GPT4o for drafting."
                                             << "llm-generation";
        QTest::newRow("hallucination") << "Answers must not hallucinate."
                                       << "llm-generation";
        QTest::newRow("auto summary") << "An auto-summary of each case."
                                      << "summarisation";
        QTest::newRow("agentic") << "Agentic workflows book appointments."
                                 << "agents";
        QTest::newRow("embeddings") << "Documents are stored as embeddings."
                                    << "semantic-search";
        QTest::newRow("diarization") << "Speaker diarization of calls."
                                     << "speech-to-text";
        QTest::newRow("speech synthesis") << "Speech synthesis reads letters aloud."
                                          << "text-to-speech";
        QTest::newRow("translation service") << "A translation service for Welsh."
                                             << "translation";
        QTest::newRow("OCR") << "OCR of scanned forms."
                             << "ocr";
        QTest::newRow("form recognizer") << "The Form Recognizer reads invoices."
                                         << "ocr";
        QTest::newRow("fields extracted from scans")
            << "The system MUST extract the claimant's name and dates from scanned evidence (payslips, fit notes)."
            << "ocr";
        QTest::newRow("details captured from scans")
            << "Staff need not retype details: the service captures them from scans."
            << "ocr";
        QTest::newRow("NER") << "NER finds the names."
                             << "entity-extraction";
        QTest::newRow("auto-tagging") << "Auto-tagging of tickets."
                                      << "classification";
        QTest::newRow("autoclassification") << "Autoclassification of mail."
                                            << "classification";
        QTest::newRow("intent detection") << "Intent detection routes calls."
                                          << "classification";
        QTest::newRow("sentiment") << "Sentiment analysis of feedback."
                                   << "sentiment";
        QTest::newRow("risk scoring") << "Risk-scoring of claims."
                                      << "matching-scoring";
        QTest::newRow("entity resolution") << "Entity resolution across registers."
                                           << "matching-scoring";
        QTest::newRow("fraud risk score") << "Sanctions check results displayed, with a fraud risk score."
                                          << "anomaly-detection";
        QTest::newRow("anomalous") << "Anomalous activity alerts."
                                   << "anomaly-detection";
        QTest::newRow("unusual against its own pattern")
            << "Alert when claims from one postcode rise unusually compared with its usual pattern."
            << "anomaly-detection";
        QTest::newRow("learning to rank") << "A learning-to-rank model orders the search results."
                                          << "ranking";
        QTest::newRow("re-ranker") << "A re-ranker orders retrieved passages."
                                   << "ranking";
        QTest::newRow("time series") << "A time-series model of demand."
                                     << "forecasting";
        QTest::newRow("next best action") << "Next-best-action prompts for advisers."
                                          << "recommendation";
        QTest::newRow("facial recognition") << "No facial recognition is used."
                                            << "vision";
        QTest::newRow("XGBoost") << "An XGBoost classifier of risk."
                                 << "predictive-model";
        // The tasks in plain words.
        QTest::newRow("recordings to text") << "The system MUST convert contact-centre call recordings to text."
                                            << "speech-to-text";
        QTest::newRow("translated automatically") << "Service pages are automatically translated into Polish."
                                                  << "translation";
        QTest::newRow("the sentiment of feedback") << "The system MUST classify the sentiment of resident feedback."
                                                   << "sentiment";
        QTest::newRow("anomalous against its history")
            << "Flag housing benefit payments that look anomalous compared with the claimant's history."
            << "anomaly-detection";
        QTest::newRow("job seekers matched") << "Match job seekers to vacancies."
                                             << "matching-scoring";
        QTest::newRow("suggested from similar learners")
            << "The portal MUST suggest courses to each learner based on courses similar learners took."
            << "recommendation";
        QTest::newRow("the most suitable one suggested") << "The system MUST suggest the most suitable clinic."
                                                         << "recommendation";
        QTest::newRow("facts taken from letters")
            << "The system MUST extract the presenting complaint and medications from each referral letter."
            << "entity-extraction";
        QTest::newRow("machine-translated") << "Letters can be machine-translated into Welsh as a first draft."
                                            << "translation";
        QTest::newRow("anomalous patterns detected")
            << "The platform MUST detect anomalous minimum night flow and pressure patterns in each DMA."
            << "anomaly-detection";
        QTest::newRow("every email classified into one of")
            << "The platform shall classify every inbound customer email and web form into one of 14 categories."
            << "classification";
        QTest::newRow("a predicted attribute over a line break")
            << "Contacts are routed to the queue mapped to their predicted\ncategory."
            << "predictive-model";
        QTest::newRow("which one to suggest")
            << "The service will read the description and suggest which trade is needed."
            << "classification";
        QTest::newRow("how long, estimated") << "The service will estimate how long the operative will need on site."
                                             << "predictive-model";
        QTest::newRow("ordered by likely need") << "Repairs waiting for an appointment must be ordered by likely need."
                                                << "ranking";
        QTest::newRow("handwriting read") << "The service must read the printed tick-boxes and the handwritten section."
                                          << "ocr";
        QTest::newRow("invoices that look unusual")
            << "The service will pick out invoices that look unusual for that supplier."
            << "anomaly-detection";
        QTest::newRow("how many to expect")
            << "The planner needs to know how many repair requests to expect for each of the next six weeks."
            << "forecasting";
        QTest::newRow("a predicted attribute") << "Assign each application to a team based on its predicted complexity."
                                               << "predictive-model";
        QTest::newRow("text recognition") << "Printed text recognition MUST keep pace with scanning."
                                          << "ocr";
        QTest::newRow("handwriting transcribed")
            << "The service MUST transcribe handwritten pages into searchable text."
            << "ocr";
        QTest::newRow("text extracted from pages")
            << "The service MUST extract text from printed and typewritten pages."
            << "ocr";
        QTest::newRow("names of people identified")
            << "The service MUST identify the names of people, places and dates in transcribed text."
            << "entity-extraction";
        QTest::newRow("entity identification") << "Entity identification MUST reach a precision of 0.85."
                                               << "entity-extraction";
        QTest::newRow("searched by meaning") << "The public MUST be able to search the records by meaning."
                                             << "semantic-search";
        QTest::newRow("meaning-based search") << "Meaning-based search MUST answer within 2 seconds."
                                              << "semantic-search";
        QTest::newRow("photographs sorted")
            << "The service MUST sort photographs into the categories of the collection."
            << "vision";
        QTest::newRow("photograph categorisation") << "Labelled photographs train photograph categorisation."
                                                   << "vision";
        QTest::newRow("ordered by likelihood")
            << "A list of all vehicles ordered by their likelihood of breaking down in the next 30 days."
            << "ranking";
        QTest::newRow("warned before it is likely")
            << "The system MUST warn the workshop two weeks before a brake pad is likely to reach its wear limit."
            << "predictive-model";
        QTest::newRow("estimated, for each, how many")
            << "The system MUST estimate, for each electric vehicle, how many months of service the battery has left."
            << "predictive-model";
        QTest::newRow("translated by the system") << "The system SHALL translate the approved English reply into Welsh."
                                                  << "translation";
        QTest::newRow("a draft reply generated") << "The system SHALL generate a draft reply for each enquiry."
                                                 << "llm-generation";
        QTest::newRow("next actions suggested")
            << "The assistant SHOULD suggest up to three next actions for the agent."
            << "recommendation";
        QTest::newRow("sentiment shown") << "The assistant MUST show a live indicator of customer sentiment."
                                         << "sentiment";
        QTest::newRow("unusual beside similar ones")
            << "The system SHOULD identify vehicles whose sensor behaviour is unusual compared with similar vehicles."
            << "anomaly-detection";
        QTest::newRow("actions through tool calls")
            << "The assistant carries out password resets through tightly controlled tool calls."
            << "agents";
        QTest::newRow("personal data detected in transcripts")
            << "The system MUST detect personal data in transcripts and propose each item for redaction."
            << "entity-extraction";
        QTest::newRow("a category suggested")
            << "For each new ticket the system shall suggest a category and assignment group."
            << "classification";
        QTest::newRow("likeness checks") << "Automating photo quality and likeness checks for straightforward cases."
                                         << "matching-scoring";
        QTest::newRow("photographs compared for a similarity score")
            << "The service shall compare the new photograph with the one on record and produce a similarity score."
            << "matching-scoring";
        QTest::newRow("abnormal vibration") << "An early warning of abnormal vibration in the gearbox."
                                            << "anomaly-detection";
        QTest::newRow("significantly above the expected")
            << "The system shall flag areas whose night flow rises significantly above the expected night flow."
            << "anomaly-detection";
        QTest::newRow("a ranked list by likelihood")
            << "Crews get a ranked repair list that balances leak likelihood and customer impact."
            << "ranking";
        QTest::newRow("face comparison") << "Face comparison against the photograph on record."
                                         << "vision";
        QTest::newRow("detected from satellite imagery")
            << "The system shall detect the extent of floodwater from Sentinel-1 radar and optical imagery."
            << "vision";
        QTest::newRow("a photograph checked against a standard")
            << "On upload the service shall check the photograph against the photo standard."
            << "vision";
        QTest::newRow("remaining useful life") << "Remaining-useful-life predictions for each gearbox."
                                               << "predictive-model";
        QTest::newRow("a summary generated")
            << "The system shall generate a summary of no more than five lines at the top of the ticket."
            << "summarisation";
        QTest::newRow("answers that cite their sources")
            << "The assistant shall answer using approved knowledge articles and cite the articles used."
            << "llm-generation";
        QTest::newRow("each speaker identified")
            << "Identify and label each speaker in the transcript (interviewing officer, interviewee, solicitor)."
            << "speech-to-text";
        QTest::newRow("topic clustering") << "Topic clustering of consultation comments."
                                          << "classification";
        QTest::newRow("each assigned to themes")
            << "Consult Assist MUST assign each representation to one or more material planning themes."
            << "classification";
        QTest::newRow("normal behaviour learned")
            << "SubWatch shall learn the normal behaviour of each asset given its load."
            << "anomaly-detection";
        QTest::newRow("deviation from a learned baseline")
            << "It shall raise an alert when readings deviate from that learned baseline."
            << "anomaly-detection";
        QTest::newRow("developing faults") << "Detect developing faults in primary substation equipment early."
                                           << "anomaly-detection";
        QTest::newRow("image triage") << "An X-ray image triage service for containers."
                                      << "vision";
        QTest::newRow("bounding boxes") << "Draw bounding boxes around firearms in each scan."
                                        << "vision";
        QTest::newRow("regions of each image highlighted")
            << "ScanAssist MUST highlight regions of each image whose density is inconsistent with the declaration."
            << "vision";
        QTest::newRow("recordings converted into transcripts")
            << "Convert each interview recording into a written transcript with word-level timestamps."
            << "speech-to-text";
    }
    void phrasings()
    {
        QFETCH(QString, text);
        QFETCH(QString, capability);
        QVERIFY2(missed({text}).isEmpty(), qPrintable(missed({text}).join(QLatin1Char('\n'))));
        bool found = false;
        for (const CapabilityMatch &match : CapabilityCatalogue::instance().find(text, true))
            found = found || match.definition->key == capability;
        QVERIFY2(found, qPrintable(text));
    }

    // Scans that people handle, and a busy month, are no OCR and no anomaly detection.
    void notAModel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("capability");
        QTest::newRow("a scan uploaded") << "Residents upload a scanned copy of their passport."
                                         << "ocr";
        QTest::newRow("scans read by staff") << "Staff read the scanned letters and key the details."
                                             << "ocr";
        QTest::newRow("a busy month") << "Traffic is unusually high in January compared with the rest of the year."
                                      << "anomaly-detection";
        QTest::newRow("capacity for unusual traffic")
            << "The service MUST scale out when traffic is unusually high compared with normal levels."
            << "anomaly-detection";
        QTest::newRow("people read scans") << "Staff read the details from scans and key them."
                                           << "ocr";
        QTest::newRow("people extract from scans") << "Caseworkers extract the dates from scanned payslips."
                                                   << "ocr";
        QTest::newRow("recordings converted to files") << "Staff convert the call recordings to MP3 files."
                                                       << "speech-to-text";
        QTest::newRow("a slot like other appointments")
            << "The booking page suggests a slot based on similar appointments."
            << "recommendation";
        // Plain words name a model only where one is at work.
        QTest::newRow("translated by people, published automatically")
            << "Welsh text is translated by the translation team and published automatically with each release."
            << "translation";
        QTest::newRow("staff convert recordings into notes")
            << "Staff MUST convert call recordings into text notes on the case."
            << "speech-to-text";
        QTest::newRow("a survey measures sentiment")
            << "The service MUST measure the sentiment of residents through the annual survey."
            << "sentiment";
        QTest::newRow("a rule against the payment history")
            << "Flag any payment that is anomalous compared with the resident's payment history."
            << "anomaly-detection";
        QTest::newRow("a payment above its usual amount")
            << "Payments above the usual amount are held for a second approval."
            << "anomaly-detection";
    }
    void notAModel()
    {
        QFETCH(QString, text);
        QFETCH(QString, capability);
        // Plain words are found, as plain words only: whether they name a
        // model is the profile's to say (a function of an ML system).
        for (const CapabilityMatch &match : CapabilityCatalogue::instance().find(text, false))
            QVERIFY2(match.definition->key != capability || (match.plain && !match.strong), qPrintable(text));
    }

    // Writing transcribed is read, not heard: no speech-to-text, even where
    // a model is at work.
    void writingTranscribedIsNoSpeech_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("handwriting transcribed") << "The AI MUST transcribe handwritten registers into text.";
        QTest::newRow("hand-transcribed lines") << "The model is trained on 15,000 hand-transcribed lines.";
        QTest::newRow("volunteers transcribe")
            << "The model sends unclear lines to the volunteer transcription project.";
    }
    void writingTranscribedIsNoSpeech()
    {
        QFETCH(QString, text);
        for (const CapabilityMatch &match : CapabilityCatalogue::instance().find(text, true))
            QVERIFY2(match.definition->key != QLatin1String("speech-to-text"), qPrintable(text));
        bool speech = false;
        for (const CapabilityMatch &match :
             CapabilityCatalogue::instance().find(QStringLiteral("The AI MUST transcribe each call."), true))
            speech = speech || match.definition->key == QLatin1String("speech-to-text");
        QVERIFY(speech);
    }

    // A fraud score is what fraud detection gives: no second capability
    // ("Matching and scoring") beside the fraud detection that makes it.
    void fraudScoreIsNoScoringModel()
    {
        for (const CapabilityMatch &match :
             CapabilityCatalogue::instance().find(QStringLiteral("Applications show a fraud risk score."), true))
            QVERIFY2(match.definition->key != QLatin1String("matching-scoring"), "fraud risk score");
        bool scoring = false;
        for (const CapabilityMatch &match :
             CapabilityCatalogue::instance().find(QStringLiteral("Claims get a risk score."), true))
            scoring = scoring || match.definition->key == QLatin1String("matching-scoring");
        QVERIFY(scoring);
    }

    // A capability named as one option beside a technique that is no model
    // ("TF-IDF or semantic search") is a choice still open; named on its own
    // elsewhere in the text, it counts.
    void openOptionIsNoCapability_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("semanticSearch");
        QTest::newRow("after the other option") << "Results ranked by relevance (TF-IDF or semantic search)." << false;
        QTest::newRow("before the other option") << "Matches found by semantic search or keyword matching." << false;
        QTest::newRow("beside a model") << "Answers found by semantic search or a fine-tuned LLM." << true;
        QTest::newRow("named again, decided")
            << "BM25 or semantic search were compared; semantic search was chosen." << true;
        QTest::newRow("alone") << "Case notes are found by semantic search." << true;
    }
    void aFallbackIsNoOpenOption()
    {
        // "or manual review when confidence is low" is what happens when the model is unsure.
        bool classification = false;
        for (const CapabilityMatch &match : CapabilityCatalogue::instance().find(
                 QStringLiteral("Letters are routed by document classification, or manual review when confidence is "
                                "low."),
                 true))
            classification = classification || match.definition->key == QLatin1String("classification");
        QVERIFY(classification);
        // A ranking algorithm with no AI about it is a sort order.
        for (const CapabilityMatch &match : CapabilityCatalogue::instance().find(
                 QStringLiteral("A ranking algorithm orders suppliers by price."), false))
            QVERIFY(match.definition->key != QLatin1String("ranking"));
        for (const CapabilityMatch &match :
             CapabilityCatalogue::instance().find(QStringLiteral("Applications show a fraud-risk score."), true))
            QVERIFY(match.definition->key != QLatin1String("matching-scoring"));
    }

    void openOptionIsNoCapability()
    {
        QFETCH(QString, text);
        QFETCH(bool, semanticSearch);
        bool found = false;
        for (const CapabilityMatch &match : CapabilityCatalogue::instance().find(text, true))
            found = found || match.definition->key == QLatin1String("semantic-search");
        QCOMPARE(found, semanticSearch);
    }

    // hasAiContext() and isAboutGuidance() look at a text's words before their
    // expressions: each alternative of the expressions, in a sentence.
    void aiContext_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"The AI drafts.", "ML support.", "An LLM answers.", "LLMs answer.", "NLP parses.",
              "Artificial intelligence helps.", "Machine learning ranks.", "The model ranks.", "The models rank.",
              "An algorithm ranks.", "Algorithmic ranking.", "An intelligent router.", "Automated routing.",
              "Automatic routing.", "Automatically routed.", "A smart inbox.", "An agent acts.", "Agents act.",
              "A confidence score gates it."})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void aiContext()
    {
        QFETCH(QString, text);
        QVERIFY(CapabilityCatalogue::hasAiContext(text));
        QVERIFY(!CapabilityCatalogue::hasAiContext(QStringLiteral("Staff complete the form.")));
    }
    void guidance_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"Publish guidance on AI.", "An AI playbook.", "An AI policy.", "AI policies for staff.",
              "A code of conduct for AI.", "AI training courses for staff.", "Upskill staff in AI.",
              "Upskilling in AI.", "AI literacy for all.", "AI awareness sessions.", "An AI curriculum.",
              "AI workshops.", "An AI community of practice.", "Procure AI tools.", "AI procurement rules.",
              "AI e-learning.", "AI elearning modules.", "Acceptable use of AI.", "AI usage guidelines.",
              // A policy by what it is on, training by what is taught: two words each.
              "A GenAI policy.", "An LLM policy.", "A generative AI policy.", "A responsible AI policy.",
              "An AI usage policy.", "An acceptable use policy.", "A policy on the use of AI.",
              "Policies governing generative tools.", "A policy for automated decisions.",
              "A policy on artificial intelligence.", "Training programmes on AI.", "Training materials on AI.",
              "Training modules on AI.", "Training sessions on AI."})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void guidance()
    {
        QFETCH(QString, text);
        QVERIFY(CapabilityCatalogue::isAboutGuidance(text));
        QVERIFY(!CapabilityCatalogue::isAboutGuidance(QStringLiteral("The model classifies letters.")));
        // A vehicle workshop repairs; it teaches nothing.
        QVERIFY(!CapabilityCatalogue::isAboutGuidance(
            QStringLiteral("The system MUST warn the workshop before a brake pad is likely to wear out.")));
    }

    void services_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"Azure OpenAI drafts.",
                                 "Amazon Bedrock hosts it.",
                                 "Gemini drafts.",
                                 "OpenAI drafts.",
                                 "Anthropic drafts.",
                                 "Mistral drafts.",
                                 "Amazon Transcribe listens.",
                                 "Azure AI Speech listens.",
                                 "Google Cloud Speech-to-Text listens.",
                                 "Whisper listens.",
                                 "Amazon Polly speaks.",
                                 "Amazon Translate translates.",
                                 "Azure AI Translator translates.",
                                 "Google Cloud Translation works.",
                                 "DeepL translates.",
                                 "Amazon Textract reads.",
                                 "Azure AI Document Intelligence reads.",
                                 "Form Recognizer reads.",
                                 "Google Document AI reads.",
                                 "Amazon Comprehend finds.",
                                 "Azure AI Language finds.",
                                 "Amazon Rekognition sees.",
                                 "Azure AI Vision sees.",
                                 "Amazon Kendra finds.",
                                 "Azure AI Search finds.",
                                 "Amazon Personalize suggests.",
                                 "Amazon Fraud Detector flags.",
                                 "Amazon Lex chats.",
                                 "Dialogflow chats."})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void services()
    {
        QFETCH(QString, text);
        QVERIFY2(missed({text}).isEmpty(), qPrintable(missed({text}).join(QLatin1Char('\n'))));
        QVERIFY(!CapabilityCatalogue::instance().findServices(text).isEmpty());
    }

    void everyLineOfTheProjectsDocuments()
    {
        QStringList lines = linesUnder(QStringLiteral(ARCKIT_SOURCE_DIR "/resources/example-repository"));
        lines += linesUnder(QStringLiteral(ARCKIT_TEST_DATA));
        QVERIFY(lines.size() > 1000);
        const QStringList misses = missed(lines);
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QLatin1Char('\n'))));
    }

    void everyLineOfTheCorpus()
    {
        const QString corpus = QStringLiteral(ARCKIT_CORPUS_DIR);
        ARCKIT_REQUIRE_CORPUS(corpus);
        const QStringList misses = missed(linesUnder(corpus));
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCapabilityWords)
#include "tst_capabilitywords.moc"
