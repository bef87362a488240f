// MlClassifier: the case and whole-word rules for ML terms, and the decision
// on requirements written the way REQ documents write them. The requirement
// cases below are the classifier's own fixtures, written apart from the corpus
// labels (tst_corpusclassification) so that rules tuned on one are checked on
// the other.

#include "mlclassifier.h"
#include "requirement.h"
#include "requirementextractor.h"

#include <QTest>

using namespace arckit;

namespace {

Requirement make(const QString &id, const QString &title, const QString &body)
{
    Requirement r;
    r.id = id;
    const QStringList parts = id.split(QLatin1Char('-'));
    r.kind = parts.value(0);
    if (parts.size() > 2)
        r.category = parts.mid(1, parts.size() - 2).join(QLatin1Char('-'));
    r.title = title;
    r.body = body;
    r.source = QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md");
    r.line = 1;
    return r;
}

} // namespace

class TestMlClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terms_data();
    void terms();
    void classify_data();
    void classify();
    void asksTheAiToAct();
    void actorNames_data();
    void actorNames();
    void noModelDeclared_data();
    void noModelDeclared();
    void systemTerms_data();
    void systemTerms();
    void topicEvidence();
    void evidenceNamesWhatMatched();
    void titleOutweighsBody();
    void referenceFieldsDoNotCount();
    void classifyList();
    void classifyExtracted();
};

void TestMlClassifier::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Short acronyms only as whole upper-case words.
    QTest::newRow("maintain") << "Staff maintain the records" << QStringList{};
    QTest::newRow("said") << "The auditor said so" << QStringList{};
    QTest::newRow("email") << "Send an email" << QStringList{};
    QTest::newRow("detail") << "See the detail page" << QStringList{};
    QTest::newRow("EMAIL in capitals") << "EMAIL ALERTS ARE SENT" << QStringList{};
    QTest::newRow("ai in lower case") << "an ai-driven form" << QStringList{};
    QTest::newRow("Ai mixed case") << "Ai is not AI" << QStringList{QStringLiteral("AI")};
    QTest::newRow("AI") << "Use AI to triage" << QStringList{QStringLiteral("AI")};
    QTest::newRow("AI-assisted") << "AI-assisted drafting" << QStringList{QStringLiteral("AI")};
    QTest::newRow("AI/ML") << "AI/ML platform" << QStringList{QStringLiteral("AI"), QStringLiteral("ML")};
    QTest::newRow("(AI).") << "tools (AI)." << QStringList{QStringLiteral("AI")};
    QTest::newRow("LLMs plural") << "Two LLMs compete" << QStringList{QStringLiteral("LLM")};
    QTest::newRow("llm lower case") << "an llm" << QStringList{};
    QTest::newRow("GPT-4") << "GPT-4 for drafting" << QStringList{QStringLiteral("GPT")};
    QTest::newRow("RAG") << "A RAG pipeline" << QStringList{QStringLiteral("RAG")};
    QTest::newRow("RAG status is red/amber/green") << "The RAG status is amber" << QStringList{};
    QTest::newRow("rag") << "a rag doll" << QStringList{};
    QTest::newRow("500 ML is a volume") << "Bottles of 500 ML" << QStringList{};
    QTest::newRow("ML inside an ID") << "See FR-ML-001 and NFR-AI-002" << QStringList{};
    // Long terms: any case, whole words, hyphen or space.
    QTest::newRow("machine learning") << "Machine Learning model" << QStringList{QStringLiteral("machine learning")};
    QTest::newRow("MACHINE LEARNING") << "MACHINE LEARNING" << QStringList{QStringLiteral("machine learning")};
    QTest::newRow("machine-learning") << "a machine-learning service"
                                      << QStringList{QStringLiteral("machine learning")};
    QTest::newRow("not inside words") << "machinelearning unembedding retrainingx" << QStringList{};
    QTest::newRow("plural") << "Embeddings and hallucinations"
                            << QStringList{QStringLiteral("embedding"), QStringLiteral("hallucination")};
    // The longest phrase wins: "prompt injection" is not also "prompt".
    QTest::newRow("longest phrase") << "prompt injection" << QStringList{QStringLiteral("prompt injection")};
    // Product names keep their capital.
    QTest::newRow("bedrock the word") << "the bedrock of our strategy" << QStringList{};
    QTest::newRow("Bedrock the service") << "AWS Bedrock in eu-west-2" << QStringList{QStringLiteral("Bedrock")};
    QTest::newRow("prompt as a verb") << "The system prompts the user to sign in" << QStringList{};
    QTest::newRow("prompts an action") << "If not logged in, the page prompts login or registration" << QStringList{};
    QTest::newRow("system prompt") << "The system prompt is versioned" << QStringList{QStringLiteral("system prompt")};
    // ML tasks named without ML words.
    QTest::newRow("speaker diarisation") << "Speaker diarisation of each hearing"
                                         << QStringList{QStringLiteral("speaker diarisation")};
    QTest::newRow("OCR") << "Forms are read with OCR" << QStringList{QStringLiteral("OCR")};
    QTest::newRow("ocr in lower case") << "an ocr-free form" << QStringList{};
    QTest::newRow("speech-to-text") << "A speech-to-text service" << QStringList{QStringLiteral("speech to text")};
    QTest::newRow("AI-powered") << "AI-powered triage" << QStringList{QStringLiteral("AI powered")};
    QTest::newRow("whisper the word") << "a whisper campaign" << QStringList{};
    // The data a model is judged on, and its runs.
    QTest::newRow("evaluation set") << "An evaluation set of 300 questions with reference answers"
                                    << QStringList{QStringLiteral("evaluation set")};
    QTest::newRow("training runs") << "Every training run records its data snapshot"
                                   << QStringList{QStringLiteral("training run")};
    QTest::newRow("held-out validation split")
        << "A held-out validation split by airframe"
        << QStringList{QStringLiteral("held out"), QStringLiteral("validation split")};
    QTest::newRow("train and validate") << "Records assembled to train and validate the detector"
                                        << QStringList{QStringLiteral("train and validate")};
}

void TestMlClassifier::terms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(MlClassifier::matchedTerms(text), sorted);
}

void TestMlClassifier::classify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("ml");

    // ML work.
    QTest::newRow("a forecast's error measure")
        << "NFR-Q-001"
        << "Day-ahead forecast MAPE at most 5% at zone level and 8% during heatwave periods, measured on a rolling "
           "90-day window."
        << "" << true;
    QTest::newRow("below the confidence threshold")
        << "FR-008"
        << "Contact routing"
        << "**Description**: Contacts below the confidence threshold go to the general triage queue for manual "
           "categorisation."
        << true;
    QTest::newRow("champion and challenger")
        << "FR-010"
        << "Champion-Challenger Evaluation"
        << "**Description**: A retrained candidate runs beside the live one on the same cases for four weeks before "
           "promotion."
        << true;
    QTest::newRow("model quality named as the category")
        << "NFR-Q-003"
        << "Model quality"
        << "**Requirement**: At least 60% of confirmed leak alerts lead to a leak being found." << true;
    QTest::newRow("a list item whose title is its statement, constraining a model")
        << "NFR-P-004"
        << "The contact classifier MUST return a category within 2 seconds for 95% of inbound emails."
        << "" << true;
    QTest::newRow("every generated answer constrained")
        << "FR-006"
        << "Citations to Source Documents"
        << "**Description**: Every generated answer (FR-005) and every summary statement (FR-003) MUST include "
           "citations to the specific document and paragraph used."
        << true;
    QTest::newRow("no generated reply sent unapproved")
        << "FR-006"
        << "Officer approval before sending"
        << "**Description**: No generated reply SHALL be sent to a citizen until an officer has approved it." << true;
    QTest::newRow("two labels with dashes, not an aside")
        << "NFR-P-001"
        << "Service levels"
        << "Latency \u2014 the LLM MUST reply within 3 seconds at p95. Availability \u2014 99.5% during office hours."
        << true;
    // Not ML work.
    QTest::newRow("the classifier among all components, between dashes")
        << "NFR-OBS-001"
        << "Logging and Monitoring"
        << "All components of the service \u2014 web front end, APIs, the upload pipeline, the document classifier and "
           "the integration adapters \u2014 MUST write structured logs and metrics to the central monitoring platform."
        << false;
    // Not ML work.
    QTest::newRow("screens that are not the AI's")
        << "NFR-P-003"
        << "Interface Responsiveness"
        << "**Requirement**: Non-AI screens (case list, document viewer, settings) MUST load in under 2 seconds at "
           "p95."
        << false;
    QTest::newRow("recovery of model artefacts under a generic title")
        << "NFR-A-002"
        << "Disaster Recovery"
        << "**Requirement**: Model artefacts are restored within 4 hours after a regional outage." << true;
    QTest::newRow("a catalogue of model artefacts is data governance")
        << "DR-008"
        << "Data classification register"
        << "**Description**: Catalogue of every dataset / model artefact with classification and handling rules."
        << false;
    QTest::newRow("FR-ML kind") << "FR-ML-001"
                                << "Model Registration"
                                << "**Description**: The system MUST register models with metadata." << true;
    QTest::newRow("fraud scoring") << "FR-020"
                                   << "Fraud Scoring"
                                   << "**Description**: Each transaction is scored by a machine learning model; "
                                      "scores above 0.8 go to an analyst."
                                   << true;
    QTest::newRow("inference latency NFR") << "NFR-P-010"
                                           << "Inference Latency"
                                           << "**Requirement**: Model p95 < 150 ms at 200 requests per second." << true;
    QTest::newRow("LLM latency inside a response-time NFR")
        << "NFR-P-1"
        << "Response Time"
        << "**Requirement**: Page load < 3 s.\n- LLM response time: < 1.5 seconds (p95)" << true;
    QTest::newRow("churn prediction")
        << "FR-031"
        << "Churn Prediction"
        << "**Description**: Flag customers likely to leave; the model is retrained monthly." << true;
    QTest::newRow("audit of AI outputs") << "NFR-C-020"
                                         << "Audit of AI Outputs"
                                         << "**Requirement**: Every decision is logged with model version and reviewer."
                                         << true;
    QTest::newRow("chat assistant with RAG")
        << "FR-012"
        << "Policy Assistant"
        << "**Description**: Answers are generated by an LLM grounded with RAG over "
           "policy documents."
        << true;
    QTest::newRow("training data requirement")
        << "DR-004"
        << "Labelled Examples"
        << "**Description**: Training data MUST be versioned; label noise below 2%." << true;
    QTest::newRow("NLP classifier")
        << "FR-040"
        << "Correspondence Routing"
        << "**Description**: Incoming letters are routed by an NLP classifier into 12 queues." << true;
    QTest::newRow("prompt injection NFR")
        << "NFR-SEC-9"
        << "Prompt Injection Defence"
        << "**Requirement**: Detect and block attempts to override instructions." << true;
    QTest::newRow("drift monitoring") << "FR-050"
                                      << "Input Monitoring"
                                      << "**Description**: Alert when data drift exceeds PSI 0.2 on any feature."
                                      << true;
    QTest::newRow("computer vision") << "UC-7"
                                     << "Assess Parcel Damage"
                                     << "**Main Flow**:\n1. A computer vision model grades photos of parcels." << true;
    QTest::newRow("explainability") << "NFR-U-010"
                                    << "Explainability of Recommendations"
                                    << "**Requirement**: Show the three features that influenced each score." << true;
    QTest::newRow("constraint one-liner") << "TC-4"
                                          << "MUST use AWS Bedrock for the LLM"
                                          << "MUST use AWS Bedrock for the LLM" << true;

    // ML tasks named without any ML word: the task is the model.
    QTest::newRow("speaker diarisation")
        << "FR-031"
        << "Hearing Recordings"
        << "**Description**: Recordings are split by speaker diarisation so that each party's words are "
           "attributed to them."
        << true;
    QTest::newRow("OCR of scanned forms")
        << "FR-032"
        << "Scanned Forms Intake"
        << "**Description**: Paper forms are scanned and read with OCR; fields read with low confidence go to a "
           "clerk."
        << true;
    QTest::newRow("entity extraction")
        << "FR-033"
        << "Case Summary Fields"
        << "**Description**: Names, dates and amounts are captured from incoming letters by entity extraction." << true;
    QTest::newRow("document similarity")
        << "FR-034"
        << "Duplicate Application Check"
        << "**Description**: New applications are compared with earlier ones by document similarity; "
           "near-duplicates are flagged for review."
        << true;
    QTest::newRow("intelligent matching")
        << "FR-035"
        << "Volunteer Placement"
        << "**Description**: Intelligent matching proposes the three best placements for each volunteer." << true;
    QTest::newRow("anomaly alerting")
        << "FR-036"
        << "Meter Reading Checks"
        << "**Description**: Anomaly alerting flags readings that break the household's usual pattern." << true;
    QTest::newRow("transcription in the title")
        << "FR-037"
        << "Live Transcription of Hearings"
        << "**Description**: Hearings are captioned as they happen, in English and Welsh." << true;
    QTest::newRow("semantic search in a table-row statement")
        << "FR-038"
        << "Find Similar Decisions"
        << "Description: Semantic search over past tribunal decisions\nPriority: MUST" << true;

    QTest::newRow("what every AI response must show")
        << "FR-039"
        << "Source Citation Display"
        << "**Description**: Every AI response MUST display source citations linking to the guidance it used." << true;
    QTest::newRow("an integration posting AI responses")
        << "INT-010"
        << "Teams Channel"
        << "**Description**: AI responses will be posted to the team's Teams channel." << false;
    QTest::newRow("AI outputs an integration carries are its payload")
        << "INT-009"
        << "Document Store Integration"
        << "**Purpose**: Allow users to open documents from the store and save AI outputs back to it.\n\n"
           "**Data Exchanged**:\n- Teams messages with AI responses"
        << false;

    // Non-functional requirements about the AI services themselves, under
    // titles that name a generic concern.
    QTest::newRow("graceful degradation when the AI is unavailable")
        << "NFR-A-005"
        << "Graceful Degradation"
        << "**Requirement**: If the AI triage service is unavailable, cases fall back to the manual triage queue "
           "with no loss of data.\n\n**Priority**: MUST_HAVE"
        << true;
    QTest::newRow("scaling of the inference service")
        << "NFR-S-003"
        << "Horizontal Scaling"
        << "**Requirement**: The model inference service scales horizontally to the peak load within two minutes."
        << true;
    QTest::newRow("disaster recovery of models")
        << "NFR-A-006"
        << "Disaster Recovery"
        << "**Requirement**: Model artefacts and the embedding index are restored within 4 hours after a "
           "regional outage."
        << true;
    QTest::newRow("latency of the speech-to-text service")
        << "NFR-P-005"
        << "Response Time"
        << "**Requirement**: Speech-to-text returns each transcript segment within 2 seconds at p95." << true;

    // Business requirements whose whole point is an AI capability.
    QTest::newRow("business outcome through OCR and entity extraction")
        << "BR-004"
        << "Faster Claims Handling"
        << "**Description**: Read supporting documents with OCR and entity extraction so that claims are decided "
           "within 5 working days.\n\n**Success Criteria**:\n- 80% of claims decided in 5 days"
        << true;
    QTest::newRow("business outcome through AI-powered transcription")
        << "BR-005"
        << "Shorter Hearings"
        << "**Description**: Provide AI-powered transcription of every hearing so that no clerk takes notes by "
           "hand."
        << true;
    QTest::newRow("guidance site that runs a RAG model")
        << "FR-023"
        << "Guidance Search"
        << "**Description**: The guidance site answers questions with retrieval augmented generation over the "
           "published AI guidance."
        << true;

    // Not ML work, although some mention the AI system.
    QTest::newRow("SSO mentioning the assistant")
        << "NFR-SEC-001"
        << "Single Sign-On"
        << "**Requirement**: Staff authenticate via Azure AD SSO with MFA; the AI assistant uses the same session."
        << false;
    QTest::newRow("backups mentioning the AI service")
        << "NFR-A-002"
        << "Backups"
        << "**Requirement**: Daily backups of all databases, including the AI service configuration and the LLM "
           "gateway settings."
        << false;
    QTest::newRow("WCAG mentioning the chat panel")
        << "NFR-U-002"
        << "Accessibility"
        << "**Requirement**: WCAG 2.2 AA for all screens, including the AI chat panel and its LLM answers." << false;
    QTest::newRow("maintain, said, email, detail")
        << "FR-010"
        << "Maintain Customer Records"
        << "**Description**: Staff maintain customer details; as the owner said, an email confirms each detail."
        << false;
    QTest::newRow("AI in a budget line") << "BR-001"
                                         << "Reduce AI Licence Spending"
                                         << "**Description**: Consolidate duplicate AI tool subscriptions to cut costs."
                                         << false;
    QTest::newRow("data model is no ML model")
        << "FR-005"
        << "Data Model for Orders"
        << "**Description**: The data model stores orders and invoices." << false;
    QTest::newRow("observability with a passing LLM metric")
        << "NFR-M-001"
        << "Observability"
        << "**Requirement**: Logs, metrics and traces for all services, including LLM gateway latency." << false;
    QTest::newRow("commercial bias") << "FR-007"
                                     << "Tariff Comparison"
                                     << "**Description**: Sort tariffs by cost; no commercial bias." << false;
    QTest::newRow("page load") << "NFR-P-001"
                               << "Page Load Time"
                               << "**Requirement**: Pages load in under 2 seconds at p95." << false;
    QTest::newRow("RAG status reporting") << "FR-060"
                                          << "Programme Reporting"
                                          << "**Description**: Weekly RAG status report to the board." << false;
    QTest::newRow("AI only in cross-references")
        << "FR-004"
        << "Export to CSV"
        << "**Description**: Users export their data.\n\n**Relates To**: BR-6, Principle #5 (Responsible AI)\n\n"
           "**Aligns With**:\n- AI Playbook Principle 3\n- Architecture Principle 11: \"Algorithmic Transparency\""
        << false;
    QTest::newRow("business outcome mentioning AI in passing")
        << "BR-002"
        << "Cross-Government Adoption"
        << "**Description**: 80% of departments use the platform, including its AI summarisation." << false;
    QTest::newRow("graceful degradation with the AI service one example among several")
        << "NFR-A-007"
        << "Graceful Degradation"
        << "**Requirement**: The service degrades gracefully when dependencies fail, such as the payment gateway, "
           "the email service or the AI assistant."
        << false;
    QTest::newRow("scaling of the web tier")
        << "NFR-S-004"
        << "Horizontal Scaling"
        << "**Requirement**: The web tier and its database scale horizontally to the peak load." << false;
    QTest::newRow("uptime of the whole platform")
        << "NFR-A-008"
        << "Platform Uptime"
        << "**Requirement**: 99.9% monthly uptime for the web service and its database." << false;

    // Guidance, policy, courses and procurement about AI: no model runs.
    QTest::newRow("guidance about generative AI")
        << "FR-020"
        << "AI Guidance Hub"
        << "**Description**: Publish guidance on the safe use of generative AI for civil servants, with worked "
           "examples and a GenAI policy template."
        << false;
    QTest::newRow("AI adoption plans and champions")
        << "BR-006"
        << "Departmental AI Adoption"
        << "**Description**: 60% of departments have an AI adoption plan and named AI champions by March." << false;
    QTest::newRow("courses in machine learning for staff")
        << "FR-021"
        << "Staff Training Courses"
        << "**Description**: Deliver introductory courses in machine learning and LLM prompt writing to 2,000 "
           "staff."
        << false;
    QTest::newRow("procurement of AI tools")
        << "FR-022"
        << "Procurement of AI Tools"
        << "**Description**: A buying framework for departments procuring AI tools from approved suppliers." << false;
    QTest::newRow("AI/ML training for a workforce")
        << "BR-007"
        << "Workforce Upskilling"
        << "**Description**: 500 analysts complete AI/ML training by year end; AI literacy is part of induction."
        << false;
    QTest::newRow("guidance library use case")
        << "UC-005"
        << "Find Guidance"
        << "**Main Flow**:\n1. A civil servant searches the GenAI guidance library.\n"
           "2. The page lists policies on using LLMs and AI skills courses."
        << false;
    // What a user types, quoted as an example, is content: a course search
    // whose sample query names machine learning runs no model. The same
    // words outside the quotes, or a quotation that is no example, still count.
    QTest::newRow("quoted example of a search query")
        << "UC-003"
        << "Course Discovery"
        << "**Main Flow**:\n1. Learner enters a search query (e.g., \"machine learning for beginners\")\n"
           "2. System lists matching courses by title and price."
        << false;
    QTest::newRow("curly quoted examples, two of them")
        << "UC-004"
        << "Catalogue Search"
        << "**Main Flow**:\n1. Learner searches for a topic such as \u201Cdeep learning\u201D or \u201Cneural "
           "networks\u201D.\n2. System lists matching courses."
        << false;
    QTest::newRow("the example is of the system's own model")
        << "FR-020"
        << "Course Recommendations"
        << "**Description**: The system SHALL recommend courses using a machine learning model trained on enrolment "
           "history (e.g., \"learners who took Python also took SQL\")."
        << true;
    QTest::newRow("a quoted name, not an example")
        << "FR-021"
        << "Assistant Answers"
        << "**Description**: The \"Course Guide\" LLM assistant SHALL answer learner questions with retrieval "
           "augmented generation over the catalogue."
        << true;
}

void TestMlClassifier::classify()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(bool, ml);
    Requirement r = make(id, title, body);
    MlClassifier().classify(r);
    QVERIFY2(r.ml == ml, qPrintable(r.evidence.join(QLatin1String("; "))));
    QVERIFY(!r.evidence.isEmpty());
    // The last piece of evidence states the score against the threshold.
    QVERIFY(r.evidence.last().startsWith(QLatin1String("score ")));
    QCOMPARE(MlClassifier().score(r) >= MlClassifier::Threshold, ml);
    // No system terms: the same decision and score as the plain entry point.
    Requirement withEmptyTerms = make(id, title, body);
    MlClassifier().classify(withEmptyTerms, QStringList());
    QCOMPARE(withEmptyTerms.ml, r.ml);
    QCOMPARE(withEmptyTerms.evidence, r.evidence);
    QCOMPARE(MlClassifier().score(r, QStringList()), MlClassifier().score(r));
}

// What the documents call the part that runs the models ("the assistant")
// makes a requirement ML work when it is asked to act, not wherever the
// product is named.
void TestMlClassifier::actorNames_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("ml");
    QTest::newRow("asked to draft") << "**Description**: As a legal adviser, I want the assistant to draft case "
                                       "management directions from the approved templates."
                                    << true;
    QTest::newRow("shall extract") << "**Description**: The assistant SHALL extract key facts from bundle documents "
                                      "into structured fields."
                                   << true;
    QTest::newRow("what it generated")
        << "**Description**: Nothing generated by the assistant may be sent to parties until a named adviser approves "
           "it."
        << true;
    QTest::newRow("its accessibility")
        << "**Requirement**: The assistant MUST meet WCAG 2.2 AA, including keyboard-only operation." << false;
    QTest::newRow("its availability")
        << "**Requirement**: The assistant MUST be available 99.5% of the time during tribunal working hours." << false;
    QTest::newRow("what it says, in the present")
        << "**Description**: If the passages do not support an answer, the assistant says so and suggests who to "
           "ask."
        << true;
    QTest::newRow("people with the same title")
        << "**Description**: Housing assistants SHALL book a home visit within five days." << false;
    QTest::newRow("named, not acting")
        << "**Description**: Users sign in to the assistant with their court account and MFA." << false;
    // Its fallback, and a bound on what it does, are the AI's too.
    QTest::newRow("falls back when it is unavailable")
        << "**Description**: If the assistant is unavailable, advisers MUST switch to the manual template." << true;
    QTest::newRow("falls back when it cannot answer")
        << "**Description**: When the assistant cannot answer, the service SHALL offer a web form pre-filled with the "
           "question."
        << true;
    QTest::newRow("when it fails") << "**Description**: When the assistant fails, the case stays open." << true;
    QTest::newRow("its answers, said with a possessive")
        << "**Description**: The assistant's answers shall begin to appear within two seconds." << true;
    QTest::newRow("what it answers, constrained")
        << "**Description**: Every assistant answer SHALL include links to the pages it was based on." << true;
    QTest::newRow("a bound on what it does")
        << "**Description**: The assistant MUST answer within 5 seconds for 95% of questions." << true;
}

// What the AI is asked to do, with or without a bound on it, is its work
// (the profile reads its capability there); a bound on it alone is not.
void TestMlClassifier::asksTheAiToAct()
{
    const auto classified = [](const char *body) {
        Requirements requirements{make(QStringLiteral("FR-005"), QStringLiteral("Sentiment"), QString::fromUtf8(body))};
        MlClassifier().classify(requirements, {}, {QStringLiteral("assistant")});
        return requirements.first();
    };
    QVERIFY(MlClassifier::asksTheAiToAct(classified("The assistant MUST show a live indicator of sentiment.")));
    QVERIFY(MlClassifier::asksTheAiToAct(
        classified("The assistant MUST alert the team leader when sentiment is negative for more than 60 seconds.")));
    QVERIFY(!MlClassifier::asksTheAiToAct(classified("If the assistant is unavailable, agents MUST take notes.")));
    QVERIFY(!MlClassifier::asksTheAiToAct(classified("Users sign in to the assistant with their account.")));
}

void TestMlClassifier::actorNames()
{
    QFETCH(QString, body);
    QFETCH(bool, ml);
    Requirements requirements{make(QStringLiteral("FR-004"), QStringLiteral("Case work"), body)};
    MlClassifier().classify(requirements, {QStringLiteral("large language model")}, {QStringLiteral("assistant")});
    QVERIFY2(requirements.first().ml == ml, qPrintable(requirements.first().evidence.join(QLatin1String("; "))));
}

// A sentence that says the system does without ML is no ML work, whatever
// ML words it uses; only one that rules out every kind of model, and not mere
// hosting, says the whole system runs none.
void TestMlClassifier::noModelDeclared_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<bool>("wholeSystem");
    QTest::newRow("no machine-learned model is used")
        << "The rules engine adds a points-based risk score. No statistical or machine-learned model is used." << true
        << true;
    QTest::newRow("no components to be introduced")
        << "The platform MUST be the existing decision product; no machine learning components are to be introduced."
        << true << true;
    QTest::newRow("no AI features built, an aside between")
        << "No generative AI or other AI features (such as chat assistants) will be built into the Hub in Phase 1."
        << true << true;
    QTest::newRow("only generative AI ruled out") << "No generative AI will be used in the service." << true << false;
    // Automated decision-making ruled out beside AI is no condition on it.
    QTest::newRow("no part of the solution")
        << "No part of the solution SHALL use artificial intelligence or automated decision-making to assess or "
           "determine planning applications."
        << true << true;
    // Tools hosted elsewhere are not the system's; not training or hosting a
    // model is using a provider's.
    QTest::newRow("tools not hosted here")
        << "The Hub SHALL link to the external tool; it will not host or run the tools itself." << true << false;
    QTest::newRow("a model not hosted here")
        << "The service will not host the large language model itself; Azure OpenAI does." << false << false;
    QTest::newRow("not trained here") << "The service MUST use a large language model to draft a reply. The project "
                                         "will not train its own models."
                                      << false << false;
    QTest::newRow("no model deployed until validated")
        << "No ML model is deployed into production until it has passed independent model validation." << false
        << false;
    QTest::newRow("no AI in one kind of decision")
        << "The service will not use AI in eligibility decisions." << false << false;
    QTest::newRow("automated decision-making out of scope")
        << "Automated decision-making is not in scope." << false << false;
    QTest::newRow("no capability to be procured or built")
        << "By the end of discovery the programme MUST deliver an AI readiness assessment. No AI "
           "capability is to be "
           "procured or built as part of this requirement."
        << true << true;
    QTest::newRow("not needed in this release")
        << "The data model SHOULD allow later analysis; it does not require any analytics or ML components in this "
           "release."
        << true << true;
    QTest::newRow("one capability not part of the release")
        << "Users tag documents by hand; automatic classification is not part of this release." << true << false;
    QTest::newRow("no AI for one step") << "No AI is used to make final decisions; caseworkers decide." << false
                                        << false;
    QTest::newRow("no customer data for training") << "No customer data is used to train the models." << false << false;
    QTest::newRow("a model that is not retrained")
        << "The classifier MUST not be retrained without approval." << false << false;
    // Out of the project's scope, and tools of a kind that shall not be used.
    QTest::newRow("no predictive scoring in scope for this project")
        << "Following the discovery, no predictive risk scoring or automated decision-making is in scope for this "
           "project."
        << true << true;
    QTest::newRow("AI-based tools shall not be used")
        << "AI-based CV screening, candidate scoring or ranking tools shall not be used (SOBC Option 3 rejected)."
        << true << true;
    QTest::newRow("no AI-enabled features switched on in this phase")
        << "No AI-enabled features (including the supplier's HR assistant and predictive absence analytics) will be "
           "configured or switched on in Phase 1."
        << true << true;
    QTest::newRow("AI-based tools not used for one decision")
        << "AI-based scoring tools shall not be used until the fairness review is complete." << false << false;
}

void TestMlClassifier::noModelDeclared()
{
    QFETCH(QString, statement);
    QFETCH(bool, declared);
    QFETCH(bool, wholeSystem);
    const MlClassifier::NoModelDeclaration declaration = MlClassifier::noModelDeclared(statement);
    QCOMPARE(!declaration.isEmpty(), declared);
    QCOMPARE(declaration.wholeSystem, wholeSystem);
    if (declared) {
        Requirement requirement =
            make(QStringLiteral("TC-001"), QStringLiteral("Platform"), QStringLiteral("**Description**: ") + statement);
        MlClassifier().classify(requirement);
        QVERIFY2(!requirement.ml, qPrintable(requirement.evidence.join(QLatin1String("; "))));
        // Said as the reason where its words would make it ML work.
        QVERIFY(requirement.evidence.first().startsWith(QLatin1String("declares no model")) ||
                requirement.evidence.constLast().contains(QLatin1String(" < ")));
    }
}

void TestMlClassifier::systemTerms_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<bool>("mlWithout");
    QTest::addColumn<bool>("mlWith");

    // A requirement that constrains or depends on one of the system's own ML
    // capabilities or named services is ML work even without ML words.
    QTest::newRow("latency of the translation capability")
        << "NFR-P-003"
        << "Translation Latency"
        << "**Requirement**: Translated captions appear within 2 seconds at p95."
        << QStringList{QStringLiteral("translation")} << false << true;
    QTest::newRow("fallback from a named model")
        << "NFR-A-004"
        << "Service Continuity"
        << "**Requirement**: When CaseLens is unavailable, caseworkers triage new cases by hand."
        << QStringList{QStringLiteral("CaseLens"), QStringLiteral("GPT-4o")} << false << true;
    QTest::newRow("data kept to evaluate the chatbot")
        << "DR-010"
        << "Chat Transcripts"
        << "**Description**: Conversations with the chatbot are kept for 30 days to evaluate answer quality."
        << QStringList{QStringLiteral("the chatbot")} << false << true;
    QTest::newRow("cost of a named model") << "NFR-F-002"
                                           << "Verity Monthly Budget"
                                           << "**Requirement**: Spend stays under the approved monthly budget."
                                           << QStringList{QStringLiteral("Verity")} << false << true;
    QTest::newRow("plural of a capability")
        << "NFR-P-070"
        << "Subtitles"
        << "**Requirement**: Live subtitles from the subtitling services lag speech by under 3 seconds at p95."
        << QStringList{QStringLiteral("subtitling service")} << false << true;
    QTest::newRow("token spend of a named model")
        << "NFR-F-003"
        << "Monthly Spend"
        << "**Requirement**: Verity token spend stays under the approved monthly budget."
        << QStringList{QStringLiteral("Verity")} << false << true;

    // What the models produce, as the ML requirements name it ("priority
    // band", "fraud score"): how soon it is there, who may override it, what
    // explains it, whether it stays reliable.
    QTest::newRow("how soon the outputs are there")
        << "NFR-P-001"
        << "Scoring Latency"
        << "**Description**: Priority bands and fraud scores MUST be available within 5 minutes of a claim being "
           "submitted."
        << QStringList{QStringLiteral("priority band"), QStringLiteral("fraud score")} << false << true;
    QTest::newRow("500ms, written as one word") << "NFR-P-002"
                                                << "Match Speed"
                                                << "**Description**: Match scores MUST be returned in 500ms."
                                                << QStringList{QStringLiteral("match score")} << false << true;
    QTest::newRow("overriding an output")
        << "FR-007"
        << "Caseworker Override"
        << "**Description**: Caseworkers MUST be able to override the priority band, giving a reason."
        << QStringList{QStringLiteral("priority band")} << false << true;
    QTest::newRow("explaining an output")
        << "FR-006"
        << "Explanations for Caseworkers"
        << "**Description**: For each fraud score, the system MUST show the top factors that contributed to it."
        << QStringList{QStringLiteral("fraud score")} << false << true;
    QTest::newRow("within minutes of an event")
        << "NFR-P-003"
        << "Banding Speed"
        << "**Description**: Priority bands MUST be assigned within 5 minutes of a claim being submitted."
        << QStringList{QStringLiteral("priority band")} << false << true;
    QTest::newRow("under a bound per request")
        << "NFR-P-004"
        << "Scoring Speed"
        << "**Description**: Fraud scores MUST be returned in under 200 ms per request."
        << QStringList{QStringLiteral("fraud score")} << false << true;
    QTest::newRow("abbreviated units") << "NFR-P-005"
                                       << "Summary Speed"
                                       << "**Description**: Case summaries MUST be ready within 5 min."
                                       << QStringList{QStringLiteral("case summary")} << false << true;

    // A term in passing, merely mentioned, or not at all, decides nothing.
    QTest::newRow("routing by an output, no constraint on it")
        << "FR-005"
        << "Routing"
        << "**Description**: The system MUST route each claim to the team for its benefit type and priority band."
        << QStringList{QStringLiteral("priority band")} << false << false;
    QTest::newRow("hours of service are no time bound")
        << "BR-002"
        << "Always Open"
        << "**Description**: Citizens MUST be able to use the chatbot 24 hours a day, 7 days a week."
        << QStringList{QStringLiteral("the chatbot")} << false << false;
    QTest::newRow("a retention period is no time bound")
        << "DR-004"
        << "Score History"
        << "**Description**: Fraud scores MUST be kept for 7 days and then deleted."
        << QStringList{QStringLiteral("fraud score")} << false << false;
    QTest::newRow("a batch size is no time bound")
        << "FR-031"
        << "Batches"
        << "**Description**: Fraud scores MUST be recomputed in 15-minute batches."
        << QStringList{QStringLiteral("fraud score")} << false << false;
    QTest::newRow("a window is no time bound")
        << "FR-032"
        << "Window"
        << "**Description**: The report MUST list fraud scores from the previous 24 hours."
        << QStringList{QStringLiteral("fraud score")} << false << false;
    QTest::newRow("a data model's owner is no model's")
        << "DR-010"
        << "Schema"
        << "**Description**: The data model owner MAY override schema validation."
        << QStringList{QStringLiteral("fraud score")} << false << false;
    QTest::newRow("a schedule is no time bound")
        << "FR-030"
        << "Refresh"
        << "**Description**: The dashboard MUST refresh fraud scores every 5 minutes."
        << QStringList{QStringLiteral("fraud score")} << false << false;
    QTest::newRow("a business outcome that merely names the chatbot")
        << "BR-001"
        << "Fewer Helpline Calls"
        << "**Description**: Cut helpline calls by 30% as citizens use the chatbot instead."
        << QStringList{QStringLiteral("the chatbot")} << false << false;
    QTest::newRow("encryption that lists the chatbot's data")
        << "NFR-SEC-010"
        << "Encryption at Rest"
        << "**Requirement**: All data at rest is encrypted with AES-256, including the chatbot transcripts."
        << QStringList{QStringLiteral("the chatbot")} << false << false;
    QTest::newRow("accessibility") << "NFR-U-001"
                                   << "Accessibility"
                                   << "**Requirement**: WCAG 2.2 AA for all pages."
                                   << QStringList{QStringLiteral("translation"), QStringLiteral("Azure AI Speech")}
                                   << false << false;
    // A share the statement sets on what the models produce is their quality target.
    QTest::newRow("a share of outputs as the target")
        << "NFR-Q-001"
        << "Prioritisation Quality"
        << "**Description**: At least 90% of claims later confirmed as urgent MUST have been placed in the top two "
           "priority bands."
        << QStringList{QStringLiteral("priority band")} << false << true;
    QTest::newRow("a share of pages is no model's target")
        << "NFR-P-002"
        << "Page Performance"
        << "**Description**: 95% of pages MUST load in under 2 seconds." << QStringList{QStringLiteral("priority band")}
        << false << false;
    // What is asked of the models in the project's own words, with no word of ML.
    QTest::newRow("outcomes compared across protected groups")
        << "NFR-E-001"
        << "Fair Treatment"
        << "**Description**: Fraud flag rates MUST NOT differ by more than 2 percentage points between claimants of "
           "different ages, sexes or ethnic groups; this MUST be checked every month."
        << QStringList{QStringLiteral("fraud risk score")} << false << true;
    QTest::newRow("tracking disabled users is no comparison of outcomes")
        << "NFR-E-002"
        << "Accessible Service"
        << "**Description**: The service MUST meet WCAG 2.2 AA; completion rates for disabled users MUST be tracked."
        << QStringList{QStringLiteral("fraud risk score")} << false << false;
    QTest::newRow("inputs changing under the outputs")
        << "NFR-M-001"
        << "Changing Claims"
        << "**Description**: The service MUST detect when the mix of incoming claims changes enough that the scores "
           "may no longer be reliable, and tell the product owner."
        << QStringList{QStringLiteral("fraud risk score")} << false << true;
    QTest::newRow("history kept for training")
        << "DR-001"
        << "Historical Outcomes"
        << "**Description**: Five years of historical claims with their investigation outcomes MUST be available for "
           "training, with personal data pseudonymised."
        << QStringList{QStringLiteral("fraud risk score")} << false << true;
    QTest::newRow("records for staff training audits")
        << "DR-003"
        << "Training Records"
        << "**Description**: Records of staff training MUST be kept for 3 years and be available for training audits."
        << QStringList{QStringLiteral("fraud risk score")} << false << false;
    QTest::newRow("a person accepts or changes each output")
        << "FR-005"
        << "Consultant Decision"
        << "**Description**: A consultant MUST accept or change every suggested urgency category before booking."
        << QStringList{QStringLiteral("urgency category")} << false << true;
    QTest::newRow("a user edits preferences named like an output")
        << "FR-003"
        << "Preferences"
        << "**Description**: Users can edit their urgency category preferences in the account settings page."
        << QStringList{QStringLiteral("urgency category")} << false << false;
    QTest::newRow("a person changes an address")
        << "FR-009"
        << "Change of Address"
        << "**Description**: Patients MUST be able to change their address online."
        << QStringList{QStringLiteral("urgency category")} << false << false;
    // Equality reports, a stale rota, staff induction and adoption shares are no model's concern.
    QTest::newRow("waiting times compared across groups")
        << "NFR-E-003"
        << "Equality Monitoring"
        << "**Description**: Report how average wait times vary between age groups and disability status of callers."
        << QStringList{QStringLiteral("fraud risk score")} << false << false;
    QTest::newRow("a rota that goes stale")
        << "NFR-O-002"
        << "Rota Review"
        << "**Description**: When the mix of callers changes after a policy announcement, the staffing rota may no "
           "longer be accurate."
        << QStringList{QStringLiteral("fraud risk score")} << false << false;
    QTest::newRow("data for training new caseworkers")
        << "DR-004"
        << "Case Examples"
        << "**Description**: Anonymised case data SHALL be available for training new caseworkers."
        << QStringList{QStringLiteral("fraud risk score")} << false << false;
    QTest::newRow("a share of agents trained on the chatbot")
        << "NFR-S-003"
        << "Agent Readiness"
        << "**Description**: 90% of agents MUST complete training on the chatbot before go-live."
        << QStringList{QStringLiteral("the chatbot")} << false << false;
    QTest::newRow("staff complete training")
        << "NFR-S-001"
        << "Staff Training"
        << "**Description**: All case officers MUST complete training on the new service before go-live."
        << QStringList{QStringLiteral("fraud risk score")} << false << false;
    QTest::newRow("the data model's artefacts")
        << "NFR-M-010"
        << "Schema Changes"
        << "**Requirement**: Data model artefacts are versioned and restored from git after an outage."
        << QStringList{QStringLiteral("document similarity")} << false << false;
    // A share of what the models produce, however the sentence names them.
    QTest::newRow("a share of the summaries")
        << "NFR-Q-002"
        << "Summary faithfulness"
        << "**Description**: Fewer than 2% of summaries MUST contain a statement not found in the responses."
        << QStringList{QStringLiteral("consultation summary")} << false << true;
    QTest::newRow("a share of the pages") << "NFR-P-002"
                                          << "Page performance"
                                          << "**Description**: 95% of pages MUST load in under 2 seconds."
                                          << QStringList{QStringLiteral("consultation summary")} << false << false;
    QTest::newRow("a share suggested one way")
        << "NFR-002"
        << "Safety"
        << "**Description**: Fewer than 1% of referrals later found urgent may have been suggested as routine."
        << QStringList{QStringLiteral("suggestion"), QStringLiteral("suggested")} << false << true;
    QTest::newRow("the suggestion service down")
        << "NFR-004"
        << "Outage"
        << "**Description**: If the suggestion service is down, referrals MUST be triaged by consultants without "
           "suggestions."
        << QStringList{QStringLiteral("suggestion"), QStringLiteral("suggested")} << false << true;
    QTest::newRow("a term inside a longer word")
        << "FR-071"
        << "Translations Export"
        << "**Description**: Export the Welsh translations table as CSV for the print supplier."
        << QStringList{QStringLiteral("translation model")} << false << false;
}

void TestMlClassifier::systemTerms()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QStringList, terms);
    QFETCH(bool, mlWithout);
    QFETCH(bool, mlWith);
    const MlClassifier classifier;
    Requirement without = make(id, title, body);
    classifier.classify(without);
    QVERIFY2(without.ml == mlWithout, qPrintable(without.evidence.join(QLatin1String("; "))));
    Requirements with{make(id, title, body)};
    classifier.classify(with, terms);
    QVERIFY2(with.first().ml == mlWith, qPrintable(with.first().evidence.join(QLatin1String("; "))));
    QCOMPARE(classifier.score(with.first(), terms) >= MlClassifier::Threshold, mlWith);
    if (mlWith) {
        // The evidence names the system term that decided, or what it asks of the system's models.
        bool named = with.first().evidence.join(QLatin1Char(' ')).contains(QLatin1String("the system's models"));
        for (const QString &e : std::as_const(with.first().evidence)) {
            for (const QString &t : terms)
                named = named || e.contains(t, Qt::CaseInsensitive);
        }
        QVERIFY2(named, qPrintable(with.first().evidence.join(QLatin1String("; "))));
    }
}

void TestMlClassifier::topicEvidence()
{
    // A topic mention is said to be one, so that a reviewer sees why "AI"
    // counted nothing.
    Requirement r = make(QStringLiteral("FR-020"), QStringLiteral("AI Guidance Hub"),
                         QStringLiteral("**Description**: Publish guidance on generative AI."));
    MlClassifier().classify(r);
    QVERIFY(!r.ml);
    bool said = false;
    for (const QString &e : std::as_const(r.evidence))
        said = said || e.startsWith(QLatin1String("topic, not a model: "));
    QVERIFY2(said, qPrintable(r.evidence.join(QLatin1String("; "))));
}

void TestMlClassifier::evidenceNamesWhatMatched()
{
    Requirement r = make(QStringLiteral("FR-3"), QStringLiteral("LLM Response Generation"),
                         QStringLiteral("**Description**: Uses machine learning to answer."));
    MlClassifier().classify(r);
    QVERIFY(r.ml);
    QVERIFY(r.evidence.contains(QStringLiteral("term: LLM (title)")));
    // Named by the Description: the requirement's statement.
    QVERIFY(r.evidence.contains(QStringLiteral("term: machine learning (statement)")));

    Requirement kind = make(QStringLiteral("FR-ML-7"), QStringLiteral("Registry"), QStringLiteral("Stores artefacts."));
    MlClassifier().classify(kind);
    QVERIFY(kind.ml);
    QVERIFY(kind.evidence.contains(QStringLiteral("kind: FR-ML")));

    Requirement generic = make(QStringLiteral("NFR-SEC-1"), QStringLiteral("Authentication"),
                               QStringLiteral("**Requirement**: MFA for all users of the AI platform."));
    MlClassifier().classify(generic);
    QVERIFY(!generic.ml);
    bool named = false;
    for (const QString &e : std::as_const(generic.evidence))
        named = named || e.startsWith(QLatin1String("generic subject: authentication"));
    QVERIFY2(named, qPrintable(generic.evidence.join(QLatin1String("; "))));
}

void TestMlClassifier::titleOutweighsBody()
{
    // The same single term decides in the title and not in the body.
    Requirement title = make(QStringLiteral("FR-1"), QStringLiteral("AI Triage"), QStringLiteral("Sort cases."));
    Requirement body =
        make(QStringLiteral("FR-2"), QStringLiteral("Case Triage"), QStringLiteral("Sort cases with AI."));
    const MlClassifier classifier;
    QVERIFY(classifier.score(title) > classifier.score(body));
    classifier.classify(title);
    classifier.classify(body);
    QVERIFY(title.ml);
    QVERIFY(!body.ml);
}

void TestMlClassifier::referenceFieldsDoNotCount()
{
    const QString plain = QStringLiteral("**Description**: Store invoices.");
    const QString withReferences =
        plain +
        QStringLiteral(
            "\n\n**Dependencies**: FR-3 (LLM), INT-5 (AWS Bedrock)\n\n**Traces To**: Machine learning goal G-2");
    const MlClassifier classifier;
    QCOMPARE(classifier.score(make(QStringLiteral("FR-9"), QStringLiteral("Invoices"), withReferences)),
             classifier.score(make(QStringLiteral("FR-9"), QStringLiteral("Invoices"), plain)));
    // A rationale counts half of a description.
    const double rationale = classifier.score(
        make(QStringLiteral("FR-9"), QStringLiteral("Invoices"), QStringLiteral("**Rationale**: machine learning")));
    const double description = classifier.score(
        make(QStringLiteral("FR-9"), QStringLiteral("Invoices"), QStringLiteral("**Description**: machine learning")));
    QCOMPARE(rationale * 2, description);
}

void TestMlClassifier::classifyList()
{
    Requirements list{make(QStringLiteral("FR-1"), QStringLiteral("LLM Answers"), QString()),
                      make(QStringLiteral("FR-2"), QStringLiteral("Login"), QString())};
    MlClassifier().classify(list);
    QVERIFY(list[0].ml);
    QVERIFY(!list[1].ml);
    // Classifying again gives the same answer (no state carried over).
    Requirement again = list[0];
    MlClassifier().classify(again);
    QCOMPARE(again.ml, list[0].ml);
    QCOMPARE(again.evidence, list[0].evidence);
}

void TestMlClassifier::classifyExtracted()
{
    const QString text = QStringLiteral(
        "## Functional Requirements\n\n"
        "### FR-001: Document Summarisation\n\n**Description**: Summaries are generated by a foundation model.\n\n"
        "**Relates To**: BR-004 (Responsible AI)\n\n"
        "### FR-002: SSO Integration\n\n**Description**: Azure AD sign-in for the AI platform.\n\n"
        "**Aligns With**:\n- Architecture Principle 9: \"Responsible AI\"\n");
    Requirements requirements = RequirementExtractor().extract(text, QStringLiteral("r.md"));
    QCOMPARE(requirements.size(), 2);
    MlClassifier().classify(requirements);
    QVERIFY(requirements[0].ml);
    QVERIFY(!requirements[1].ml);
}

QTEST_GUILESS_MAIN(TestMlClassifier)
#include "tst_mlclassifier.moc"
