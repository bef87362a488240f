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

private slots:
    void terms_data();
    void terms();
    void classify_data();
    void classify();
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
    QTest::newRow("machine-learning") << "a machine-learning service" << QStringList{QStringLiteral("machine learning")};
    QTest::newRow("not inside words") << "machinelearning unembedding retrainingx" << QStringList{};
    QTest::newRow("plural") << "Embeddings and hallucinations"
                            << QStringList{QStringLiteral("embedding"), QStringLiteral("hallucination")};
    // The longest phrase wins: "prompt injection" is not also "prompt".
    QTest::newRow("longest phrase") << "prompt injection" << QStringList{QStringLiteral("prompt injection")};
    // Product names keep their capital.
    QTest::newRow("bedrock the word") << "the bedrock of our strategy" << QStringList{};
    QTest::newRow("Bedrock the service") << "AWS Bedrock in eu-west-2" << QStringList{QStringLiteral("Bedrock")};
    QTest::newRow("prompt as a verb") << "The system prompts the user to sign in" << QStringList{};
    QTest::newRow("system prompt") << "The system prompt is versioned" << QStringList{QStringLiteral("system prompt")};
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
    QTest::newRow("FR-ML kind") << "FR-ML-001" << "Model Registration"
                                << "**Description**: The system MUST register models with metadata." << true;
    QTest::newRow("fraud scoring") << "FR-020" << "Fraud Scoring"
                                   << "**Description**: Each transaction is scored by a machine learning model; "
                                      "scores above 0.8 go to an analyst." << true;
    QTest::newRow("inference latency NFR") << "NFR-P-010" << "Inference Latency"
                                           << "**Requirement**: Model p95 < 150 ms at 200 requests per second." << true;
    QTest::newRow("LLM latency inside a response-time NFR")
        << "NFR-P-1" << "Response Time"
        << "**Requirement**: Page load < 3 s.\n- LLM response time: < 1.5 seconds (p95)" << true;
    QTest::newRow("churn prediction") << "FR-031" << "Churn Prediction"
                                      << "**Description**: Flag customers likely to leave; the model is retrained monthly." << true;
    QTest::newRow("audit of AI outputs") << "NFR-C-020" << "Audit of AI Outputs"
                                         << "**Requirement**: Every decision is logged with model version and reviewer." << true;
    QTest::newRow("chat assistant with RAG") << "FR-012" << "Policy Assistant"
                                             << "**Description**: Answers are generated by an LLM grounded with RAG over "
                                                "policy documents." << true;
    QTest::newRow("training data requirement") << "DR-004" << "Labelled Examples"
                                               << "**Description**: Training data MUST be versioned; label noise below 2%." << true;
    QTest::newRow("NLP classifier") << "FR-040" << "Correspondence Routing"
                                    << "**Description**: Incoming letters are routed by an NLP classifier into 12 queues." << true;
    QTest::newRow("prompt injection NFR") << "NFR-SEC-9" << "Prompt Injection Defence"
                                          << "**Requirement**: Detect and block attempts to override instructions." << true;
    QTest::newRow("drift monitoring") << "FR-050" << "Input Monitoring"
                                      << "**Description**: Alert when data drift exceeds PSI 0.2 on any feature." << true;
    QTest::newRow("computer vision") << "UC-7" << "Assess Parcel Damage"
                                     << "**Main Flow**:\n1. A computer vision model grades photos of parcels." << true;
    QTest::newRow("explainability") << "NFR-U-010" << "Explainability of Recommendations"
                                    << "**Requirement**: Show the three features that influenced each score." << true;
    QTest::newRow("constraint one-liner") << "TC-4" << "MUST use AWS Bedrock for the LLM"
                                          << "MUST use AWS Bedrock for the LLM" << true;

    // Not ML work, although some mention the AI system.
    QTest::newRow("SSO mentioning the assistant")
        << "NFR-SEC-001" << "Single Sign-On"
        << "**Requirement**: Staff authenticate via Azure AD SSO with MFA; the AI assistant uses the same session." << false;
    QTest::newRow("backups mentioning the AI service")
        << "NFR-A-002" << "Backups"
        << "**Requirement**: Daily backups of all databases, including the AI service configuration and the LLM "
           "gateway settings." << false;
    QTest::newRow("WCAG mentioning the chat panel")
        << "NFR-U-002" << "Accessibility"
        << "**Requirement**: WCAG 2.2 AA for all screens, including the AI chat panel and its LLM answers." << false;
    QTest::newRow("maintain, said, email, detail")
        << "FR-010" << "Maintain Customer Records"
        << "**Description**: Staff maintain customer details; as the owner said, an email confirms each detail." << false;
    QTest::newRow("AI in a budget line") << "BR-001" << "Reduce AI Licence Spending"
                                         << "**Description**: Consolidate duplicate AI tool subscriptions to cut costs." << false;
    QTest::newRow("data model is no ML model") << "FR-005" << "Data Model for Orders"
                                               << "**Description**: The data model stores orders and invoices." << false;
    QTest::newRow("observability with a passing LLM metric")
        << "NFR-M-001" << "Observability"
        << "**Requirement**: Logs, metrics and traces for all services, including LLM gateway latency." << false;
    QTest::newRow("commercial bias") << "FR-007" << "Tariff Comparison"
                                     << "**Description**: Sort tariffs by cost; no commercial bias." << false;
    QTest::newRow("page load") << "NFR-P-001" << "Page Load Time"
                               << "**Requirement**: Pages load in under 2 seconds at p95." << false;
    QTest::newRow("RAG status reporting") << "FR-060" << "Programme Reporting"
                                          << "**Description**: Weekly RAG status report to the board." << false;
    QTest::newRow("AI only in cross-references")
        << "FR-004" << "Export to CSV"
        << "**Description**: Users export their data.\n\n**Relates To**: BR-6, Principle #5 (Responsible AI)\n\n"
           "**Aligns With**:\n- AI Playbook Principle 3\n- Architecture Principle 11: \"Algorithmic Transparency\"" << false;
    QTest::newRow("business outcome mentioning AI in passing")
        << "BR-002" << "Cross-Government Adoption"
        << "**Description**: 80% of departments use the platform, including its AI summarisation." << false;
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
}

void TestMlClassifier::evidenceNamesWhatMatched()
{
    Requirement r = make(QStringLiteral("FR-3"), QStringLiteral("LLM Response Generation"),
                         QStringLiteral("**Description**: Uses machine learning to answer."));
    MlClassifier().classify(r);
    QVERIFY(r.ml);
    QVERIFY(r.evidence.contains(QStringLiteral("term: LLM (title)")));
    QVERIFY(r.evidence.contains(QStringLiteral("term: machine learning")));

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
    Requirement body = make(QStringLiteral("FR-2"), QStringLiteral("Case Triage"), QStringLiteral("Sort cases with AI."));
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
    const QString withReferences = plain
        + QStringLiteral("\n\n**Dependencies**: FR-3 (LLM), INT-5 (AWS Bedrock)\n\n**Traces To**: Machine learning goal G-2");
    const MlClassifier classifier;
    QCOMPARE(classifier.score(make(QStringLiteral("FR-9"), QStringLiteral("Invoices"), withReferences)),
             classifier.score(make(QStringLiteral("FR-9"), QStringLiteral("Invoices"), plain)));
    // A rationale counts half of a description.
    const double rationale = classifier.score(make(QStringLiteral("FR-9"), QStringLiteral("Invoices"),
                                                   QStringLiteral("**Rationale**: machine learning")));
    const double description = classifier.score(make(QStringLiteral("FR-9"), QStringLiteral("Invoices"),
                                                     QStringLiteral("**Description**: machine learning")));
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
