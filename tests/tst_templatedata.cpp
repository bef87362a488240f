#include "templatedata.h"

#include <QTest>

using namespace arckit;

namespace {

Requirement requirement(const QString &id, const QString &title, const QString &section = {})
{
    Requirement r;
    r.id = id;
    r.kind = id.section(QLatin1Char('-'), 0, 0);
    const QString second = id.section(QLatin1Char('-'), 1, 1);
    if (!second.isEmpty() && !second.at(0).isDigit())
        r.category = second;
    r.title = title;
    r.body = title;
    r.section = section;
    r.ml = true;
    return r;
}

Answers twoModels()
{
    Answers answers;
    answers.models = {{QStringLiteral("ML-001"),
                       QStringLiteral("Pothole detector"),
                       QStringLiteral("Computer vision"),
                       QStringLiteral("PyTorch"),
                       QStringLiteral("Find potholes in road images"),
                       QStringLiteral("Medium"),
                       QStringLiteral("Roads team"),
                       {},
                       {},
                       {},
                       {},
                       {}},
                      {QStringLiteral("ML-002"),
                       QStringLiteral("Repair cost estimator"),
                       QStringLiteral("Regression"),
                       QStringLiteral("scikit-learn"),
                       QStringLiteral("Estimate repair costs"),
                       QStringLiteral("Low"),
                       QStringLiteral("Finance"),
                       {},
                       {},
                       {},
                       {},
                       {}}};
    return answers;
}

QString text(const QVariantHash &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

} // namespace

class TestTemplateData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cell_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Jane Doe"
                               << "Jane Doe";
        QTest::newRow("pipe") << "a | b"
                              << "a \\| b";
        QTest::newRow("escaped pipe kept") << "a \\| b"
                                           << "a \\| b";
        QTest::newRow("escaped backslash then pipe") << "a \\\\| b"
                                                     << "a \\\\\\| b";
        QTest::newRow("newlines collapse") << "first\nsecond\r\n\tthird"
                                           << "first second third";
        QTest::newRow("outer space") << "  padded  "
                                     << "padded";
        QTest::newRow("double space") << "a  b"
                                      << "a b";
        QTest::newRow("less than") << "<100ms"
                                   << "< 100ms";
        QTest::newRow("greater than") << ">99.9%"
                                      << "> 99.9%";
        QTest::newRow("less or equal") << "p99 <=200 ms"
                                       << "p99 <= 200 ms";
        QTest::newRow("already spaced") << "< 100 ms"
                                        << "< 100 ms";
        QTest::newRow("tag-like") << "<b>bold</b>"
                                  << "< b> bold< /b>";
        QTest::newRow("autolink kept") << "<https://example.org>"
                                       << "<https://example.org>";
        QTest::newRow("arrow") << "A->B"
                               << "A-> B";
        QTest::newRow("empty") << ""
                               << "";
    }
    void cell()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TemplateData::cell(input), expected);
    }

    void mermaidLabel_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Model Server (v2)"
                               << "Model Server (v2)";
        QTest::newRow("quotes") << "the \"best\" model"
                                << "the #quot;best#quot; model";
        QTest::newRow("angle brackets") << "<b>x</b>"
                                        << "#lt;b#gt;x#lt;/b#gt;";
        QTest::newRow("pipe") << "a|b"
                              << "a/b";
        QTest::newRow("backtick") << "`code`"
                                  << "'code'";
        QTest::newRow("entity text") << "#quot;"
                                     << "#35;quot;";
        QTest::newRow("newline") << "two\nlines"
                                 << "two lines";
    }
    void mermaidLabel()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TemplateData::mermaidLabel(input), expected);
    }

    void nextReviewDate_data()
    {
        QTest::addColumn<QString>("cycle");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QString>("expected");
        QTest::newRow("monthly, end of month") << "Monthly" << QDate(2025, 1, 31) << "2025-02-28";
        QTest::newRow("quarterly") << "Quarterly" << QDate(2025, 3, 15) << "2025-06-15";
        QTest::newRow("lower case") << "quarterly" << QDate(2025, 3, 15) << "2025-06-15";
        QTest::newRow("semi-annual") << "Semi-Annual" << QDate(2025, 3, 15) << "2025-09-15";
        QTest::newRow("annual, leap day") << "Annual" << QDate(2024, 2, 29) << "2025-02-28";
        QTest::newRow("on-demand") << "On-Demand" << QDate(2025, 3, 15) << "On-Demand";
        QTest::newRow("on demand") << "on demand" << QDate(2025, 3, 15) << "On-Demand";
        QTest::newRow("empty") << "" << QDate(2025, 3, 15) << "";
        QTest::newRow("unknown") << "Biweekly" << QDate(2025, 3, 15) << "Per the Biweekly review cycle";
    }
    void nextReviewDate()
    {
        QFETCH(QString, cycle);
        QFETCH(QDate, from);
        QFETCH(QString, expected);
        QCOMPARE(TemplateData::nextReviewDate(cycle, from), expected);
    }

    void mlopsElement_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("genai");
        QTest::addColumn<bool>("models");
        QTest::addColumn<QString>("expected");
        QTest::newRow("FR naming a model")
            << "FR-ML-001"
            << "Estimate the repair costs of each defect" << false << true << "Model: ML-002 (Repair cost estimator)";
        QTest::newRow("FR naming no model")
            << "FR-004"
            << "Classify incoming reports" << false << true << "Model: ML-001 (Pothole detector)";
        QTest::newRow("FR, empty inventory") << "FR-004"
                                             << "Classify incoming reports" << false << false << "Model: [MODELS]";
        QTest::newRow("performance NFR") << "NFR-P-001"
                                         << "Respond within 2 seconds" << false << true
                                         << "Serving SLA: latency and throughput (Section 6)";
        QTest::newRow("availability NFR") << "NFR-AVAIL-001"
                                          << "99.9% uptime" << false << true << "Serving SLA: availability (Section 6)";
        QTest::newRow("security NFR") << "NFR-SEC-001"
                                      << "Protect the model endpoint" << false << true
                                      << "Access control: model endpoints and registry (Sections 5, 6)";
        QTest::newRow("security NFR, GenAI")
            << "NFR-SEC-002"
            << "Block prompt injection" << true << true << "LLM guardrails (Section 9)";
        QTest::newRow("security NFR, GenAI, not about prompts")
            << "NFR-SEC-003"
            << "Encrypt stored records" << true << true
            << "Access control: model endpoints and registry (Sections 5, 6)";
        QTest::newRow("ATRS, UK Government") << "NFR-C-003"
                                             << "Algorithmic Transparency Recording Standard" << true << true
                                             << "UK Government AI compliance (Section 13)";
        QTest::newRow("registry") << "FR-ML-009"
                                  << "Model Registry and Versioning" << false << true
                                  << "Model registry: versioning and promotion (Section 5)";
        QTest::newRow("fairness") << "NFR-ML-001"
                                  << "No bias against protected groups" << false << true
                                  << "Responsible AI: fairness monitoring (Sections 7, 12)";
        QTest::newRow("explainability") << "NFR-ML-002"
                                        << "Decisions must be explainable" << false << true
                                        << "Responsible AI: explainability (Section 12)";
        QTest::newRow("oversight") << "NFR-ML-003"
                                   << "A human review of every rejection" << false << true
                                   << "Responsible AI: human oversight (Section 12)";
        QTest::newRow("LLM with GenAI") << "NFR-ML-004"
                                        << "Prompt templates are versioned" << true << true
                                        << "LLM/GenAI operations (Section 9)";
        QTest::newRow("LLM words without GenAI")
            << "NFR-ML-005"
            << "Prompt the user for consent" << false << true << "Model: ML-001 (Pothole detector)";
        QTest::newRow("other NFR") << "NFR-C-002"
                                   << "Follow the records policy" << false << true << "Model governance (Section 11)";
        QTest::newRow("retraining") << "NFR-ML-006"
                                    << "Retrain monthly" << false << true << "Retraining strategy (Section 8)";
        QTest::newRow("monitoring") << "NFR-ML-007"
                                    << "Detect data drift" << false << true << "Model monitoring (Section 7)";
        QTest::newRow("governance") << "NFR-C-001"
                                    << "Keep an audit log of model versions" << false << true
                                    << "Model governance (Section 11)";
        QTest::newRow("data requirement")
            << "DR-001"
            << "Road images with location" << false << true << "Data pipeline: training data (Section 3)";
    }
    void mlopsElement()
    {
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(bool, genai);
        QFETCH(bool, models);
        QFETCH(QString, expected);
        Answers answers = models ? twoModels() : Answers();
        answers.llmOperations = genai;
        answers.regime = QStringLiteral("uk-gov");
        QCOMPARE(TemplateData::mlopsElement(requirement(id, title), answers), expected);
    }

    void titleDecidesBeforeBody()
    {
        Requirement r =
            requirement(QStringLiteral("NFR-ML-013"), QStringLiteral("Monitor Model Drift and Performance"));
        r.body = QStringLiteral("Alerts go to a human review queue; inspectors can appeal.");
        QCOMPARE(TemplateData::mlopsElement(r, Answers()), QStringLiteral("Model monitoring (Section 7)"));
        r.title.clear();
        QCOMPARE(TemplateData::mlopsElement(r, Answers()),
                 QStringLiteral("Responsible AI: human oversight (Section 12)"));
        // A functional requirement whose title names no topic is a model's use case.
        Requirement f = requirement(QStringLiteral("FR-004"), QStringLiteral("Classify Defect Type"));
        f.body = QStringLiteral("Inspectors label each image; labels feed retraining.");
        QCOMPARE(TemplateData::mlopsElement(f, twoModels()), QStringLiteral("Model: ML-001 (Pothole detector)"));
    }

    void tracedRequirements()
    {
        Requirement functional = requirement(QStringLiteral("FR-001"), QStringLiteral("Show a map"));
        functional.ml = false;
        QVERIFY(!TemplateData::isTraced(functional));
        functional.ml = true;
        QVERIFY(TemplateData::isTraced(functional));
        Requirement performance = requirement(QStringLiteral("NFR-P-001"), QStringLiteral("Fast"));
        performance.ml = false;
        QVERIFY(TemplateData::isTraced(performance));
        Requirement usability = requirement(QStringLiteral("NFR-U-001"), QStringLiteral("Plain English"));
        usability.ml = false;
        QVERIFY(!TemplateData::isTraced(usability));
    }

    void totalCost_data()
    {
        QTest::addColumn<QStringList>("costs");
        QTest::addColumn<QString>("total");
        QTest::newRow("pounds") << QStringList{"£1,000", "£2k", "500", "£1.5k / month"} << "£5,000";
        QTest::newRow("pence") << QStringList{"£10.50", "£1", "£1", "£1"} << "£13.50";
        QTest::newRow("mixed currencies") << QStringList{"£1", "$1", "£1", "£1"} << "Sum of the above";
        QTest::newRow("words") << QStringList{"£1", "about £2k", "£1", "£1"} << "Sum of the above";
        QTest::newRow("one missing") << QStringList{"£1", "", "£1", "£1"} << "Sum of the above";
        // A cost the system does not have adds nothing; what a figure pays for may follow it.
        QTest::newRow("not applicable") << QStringList{"N/A", "£40,000 (Amazon Bedrock)", "£200 (Amazon S3)",
                                                       "£550 (CloudWatch, X-Ray)"}
                                        << "£40,750";
        QTest::newRow("a one-off amount")
            << QStringList{"£60,000 (one-off, Year 1)", "£1", "£1", "£1"} << "Sum of the above";
    }
    void totalCost()
    {
        QFETCH(QStringList, costs);
        QFETCH(QString, total);
        RenderInput input;
        input.answers.trainingCost = costs.at(0);
        input.answers.servingCost = costs.at(1);
        input.answers.storageCost = costs.at(2);
        input.answers.monitoringCost = costs.at(3);
        QCOMPARE(text(TemplateData::build(input), "totalCost"), total);
    }

    // The serving budget in a sentence: "per month" once, after the amount.
    void servingBudget_data()
    {
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("budget");
        QTest::newRow("amount") << "£4,000"
                                << "the serving budget of £4,000 per month";
        QTest::newRow("amount per month") << "£4k per month"
                                          << "the serving budget of £4k per month";
        QTest::newRow("amount and services") << "£40,000 (Amazon Bedrock)"
                                             << "the serving budget of £40,000 per month (Amazon Bedrock)";
        QTest::newRow("none") << ""
                              << "the serving budget in Section 14";
    }
    void servingBudget()
    {
        QFETCH(QString, cost);
        QFETCH(QString, budget);
        RenderInput input;
        input.answers.servingCost = cost;
        QCOMPARE(text(TemplateData::build(input), "servingBudget"), budget);
    }

    void maturityRows()
    {
        RenderInput input;
        input.answers.currentMaturity = 1;
        input.answers.targetMaturity = 3;
        input.answers.targetTimeline = QStringLiteral("Q4 2025");
        const QVariantList rows = TemplateData::build(input).value(QStringLiteral("maturityRows")).toList();
        QCOMPARE(rows.size(), 5);
        const QStringList current{"Yes", "Yes", "No", "No", "No"};
        const QStringList target{"-", "Yes", "Yes", "Yes", "No"};
        const QStringList timeline{"-", "-", "Q4 2025", "Q4 2025", "-"};
        for (int level = 0; level < 5; ++level) {
            const QVariantHash row = rows.at(level).toHash();
            QCOMPARE(row.value(QStringLiteral("level")).toString(), Answers::maturityLabel(level));
            QCOMPARE(row.value(QStringLiteral("current")).toString(), current.at(level));
            QCOMPARE(row.value(QStringLiteral("target")).toString(), target.at(level));
            QCOMPARE(row.value(QStringLiteral("timeline")).toString(), timeline.at(level));
        }
    }

    void championChallengerSplit_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QString>("champion");
        QTest::addColumn<QString>("challenger");
        QTest::newRow("canary 90/10") << "canary"
                                      << "90/10"
                                      << "B -->|\"90%\"| C"
                                      << "B -->|\"10%\"| D";
        QTest::newRow("percent signs") << "ab"
                                       << "50% / 50%"
                                       << "B -->|\"50%\"| C"
                                       << "B -->|\"50%\"| D";
        QTest::newRow("unreadable split") << "canary"
                                          << "mostly champion"
                                          << "B -->|\"Champion share\"| C"
                                          << "B -->|\"Challenger share\"| D";
        QTest::newRow("shadow") << "shadow"
                                << "100/0"
                                << "B -->|\"Live traffic\"| C"
                                << "B -->|\"Mirrored copy\"| D";
    }
    void championChallengerSplit()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, split);
        QFETCH(QString, champion);
        QFETCH(QString, challenger);
        RenderInput input;
        input.answers.deploymentStrategy = strategy;
        input.answers.trafficSplit = split;
        const QVariantHash data = TemplateData::build(input);
        QCOMPARE(text(data, "championEdge"), champion);
        QCOMPARE(text(data, "challengerEdge"), challenger);
    }

    void answersThatSayNone()
    {
        RenderInput input;
        input.answers.fairnessMonitoring = QStringLiteral("Not Required");
        input.answers.vectorStore = QStringLiteral("None");
        input.answers.atrs = QStringLiteral("Not Required");
        input.answers.featureStore = QStringLiteral("n/a");
        const QVariantHash data = TemplateData::build(input);
        QCOMPARE(data.value(QStringLiteral("fairnessRequired")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("rag")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("atrsRequired")).toBool(), false);
        QCOMPARE(text(data, "onlineStore"), QStringLiteral("No - no feature store"));
        // No placeholder for what is not required.
        QVERIFY(!text(data, "protectedGroupsText").contains(QLatin1Char('[')));
    }

    // The protected groups to watch are recommended from the equality law
    // that applies: the UK's under UK Government, a law unnamed while the
    // regime is still to be chosen; nothing for a commercial system.
    void protectedGroupsFollowTheRegime_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uk-gov") << "uk-gov"
                                << "Recommended: the protected characteristics of the applicable "
                                   "equality law (in the UK, the Equality Act 2010";
        QTest::newRow("not chosen")
            << ""
            << "Recommended: the protected characteristics of the applicable equality law that the data";
        QTest::newRow("commercial") << "commercial"
                                    << "[PROTECTED_GROUPS]";
    }
    void protectedGroupsFollowTheRegime()
    {
        QFETCH(QString, regime);
        QFETCH(QString, expected);
        RenderInput input;
        input.answers.regime = regime;
        input.answers.fairnessMonitoring = QStringLiteral("Enabled");
        const QVariantList rows = TemplateData::build(input).value(QStringLiteral("protectedGroups")).toList();
        QCOMPARE(rows.size(), 1);
        const QString name = rows.first().toHash().value(QStringLiteral("name")).toString();
        QVERIFY2(name.startsWith(expected), qPrintable(name));
        QCOMPARE(name.contains(QLatin1String("Equality Act")), regime == QLatin1String("uk-gov"));
    }

    // Accelerators are for deep networks the project trains itself: not for a
    // provider's model, and not yet for a model whose approach is unstated.
    void gpuForDeepModelsTheProjectTrains_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("approach");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("gpu");
        QTest::newRow("vision, custom trained") << "computer-vision"
                                                << "custom-trained" << QString() << "Yes";
        QTest::newRow("LLM from a provider") << "genai"
                                             << "foundation-api" << QString() << "No";
        QTest::newRow("NLP, approach not stated") << "nlp" << QString() << QString() << "With the model approach";
        QTest::newRow("a PyTorch model, approach not stated") << "nlp" << QString() << "PyTorch"
                                                              << "Yes";
        QTest::newRow("classification, custom trained") << "classification"
                                                        << "custom-trained" << QString() << "No";
    }
    void gpuForDeepModelsTheProjectTrains()
    {
        QFETCH(QString, type);
        QFETCH(QString, approach);
        QFETCH(QString, framework);
        QFETCH(QString, gpu);
        RenderInput input;
        ModelEntry model;
        model.id = QStringLiteral("MOD-001");
        model.name = QStringLiteral("Model");
        model.type = type;
        model.approach = approach;
        model.framework = framework;
        input.answers.models = {model};
        const QVariantHash data = TemplateData::build(input);
        QCOMPARE(text(data, "gpu"), gpu);
        if (gpu == QLatin1String("With the model approach"))
            QVERIFY(text(data, "gpuSpec").contains(QLatin1String("MOD-001")));
    }

    // A model that runs on a schedule is served in batch, the others by the
    // real-time pattern; the batch row cites the line that says so.
    void scheduledModelsServeInBatch()
    {
        RenderInput input;
        ModelEntry search;
        search.id = QStringLiteral("MOD-001");
        ModelEntry recommendations;
        recommendations.id = QStringLiteral("MOD-002");
        recommendations.serving = QStringLiteral("batch");
        recommendations.servingSource = QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:681");
        input.answers.models = {search, recommendations};
        input.answers.servingPatterns = {QStringLiteral("real-time"), QStringLiteral("batch")};
        const QVariantList rows = TemplateData::build(input).value(QStringLiteral("servingPatterns")).toList();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toHash().value(QStringLiteral("models")).toString(), QStringLiteral("MOD-001"));
        QCOMPARE(rows.at(1).toHash().value(QStringLiteral("models")).toString(), QStringLiteral("MOD-002"));
        QCOMPARE(rows.at(1).toHash().value(QStringLiteral("name")).toString(), QStringLiteral("Batch [REQ-C681]"));
    }

    // The oversight bands follow the confidence threshold the documents
    // state; without one the usual three bands are a recommendation.
    void confidenceBands()
    {
        RenderInput input;
        input.answers.humanOversight = QStringLiteral("Advisory");
        QCOMPARE(TemplateData::build(input).value(QStringLiteral("confidenceStated")).toBool(), false);
        input.answers.confidenceThreshold = QStringLiteral("70%");
        input.answers.sources.insert(QStringLiteral("confidenceThreshold"),
                                     QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:309"));
        const QVariantHash data = TemplateData::build(input);
        QCOMPARE(data.value(QStringLiteral("confidenceStated")).toBool(), true);
        QCOMPARE(text(data, "confidenceHigh"), QStringLiteral("Confidence at or above 70% [REQ-C309]"));
        QCOMPARE(text(data, "confidenceLow"), QStringLiteral("Confidence below 70%"));
    }

    // The audit trail keeps predictions as long as the documents say, cited;
    // else for a recommended period the architect confirms.
    void predictionRetentionIsCitedOrRecommended()
    {
        RenderInput input;
        QVERIFY(text(TemplateData::build(input), "predictionRetention")
                    .startsWith(QLatin1String("Recommended: 12 months")));
        input.answers.predictionRetention = QStringLiteral("7 years");
        input.answers.sources.insert(QStringLiteral("predictionRetention"),
                                     QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:1103"));
        QCOMPARE(text(TemplateData::build(input), "predictionRetention"), QStringLiteral("7 years [REQ-C1103]"));
    }

    void emptyListsBecomePlaceholderRows()
    {
        const QVariantHash data = TemplateData::build(RenderInput());
        const QList<std::pair<QString, QString>> lists = {
            {QStringLiteral("models"), QStringLiteral("[MODELS]")},
            {QStringLiteral("dataSources"), QStringLiteral("[DATA_SOURCES]")},
            {QStringLiteral("servingPatterns"), QStringLiteral("[SERVING_PATTERNS]")},
            {QStringLiteral("performanceMetrics"), QStringLiteral("[PERFORMANCE_METRICS]")},
            {QStringLiteral("protectedGroups"), QStringLiteral("[PROTECTED_GROUPS]")},
            {QStringLiteral("guardrails"), QStringLiteral("[GUARDRAILS]")},
        };
        for (const auto &[key, placeholder] : lists) {
            const QVariantList rows = data.value(key).toList();
            QCOMPARE(rows.size(), 1);
            const QVariantHash row = rows.first().toHash();
            const QString first =
                row.value(key == QLatin1String("models") ? QStringLiteral("id") : QStringLiteral("name")).toString();
            QCOMPARE(first, placeholder);
        }
        // No trigger chosen for a model the project trains: the ones the monitoring recommends.
        const QVariantList triggers = data.value(QStringLiteral("triggers")).toList();
        QCOMPARE(triggers.size(), 2);
        QCOMPARE(triggers.first().toHash().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Data drift (recommended — confirm)"));
        QCOMPARE(data.value(QStringLiteral("traceability")).toList().size(), 0);
        QCOMPARE(data.value(QStringLiteral("externalReferences")).toList().size(), 0);
    }

    // The capabilities matrix and the Key Design Decisions say how a model is
    // obtained only when an answer or the profile says so; otherwise they show
    // the placeholder and say it is not stated.
    void modelApproachStatedOrLeftOpen_data()
    {
        QTest::addColumn<QString>("approach");
        QTest::addColumn<QString>("modelType");
        QTest::addColumn<QString>("customisation");
        QTest::addColumn<QString>("rationaleStart");
        QTest::newRow("nothing stated") << ""
                                        << ""
                                        << "[MODEL_TYPE]"
                                        << "Not stated in the documents";
        QTest::newRow("trained") << "custom-trained"
                                 << ""
                                 << "Trained by the project"
                                 << "The project trains";
        QTest::newRow("answer for all models") << ""
                                               << "custom-trained"
                                               << "Trained by the project"
                                               << "The project trains";
        QTest::newRow("fine-tuned") << "fine-tuned"
                                    << ""
                                    << "Fine-tuned on project data"
                                    << "The project trains";
        QTest::newRow("service") << "prebuilt-saas"
                                 << ""
                                 << "Service configuration only (used as supplied)"
                                 << "Provider models";
        // Prompts steer generative models only.
        QTest::newRow("classifier behind an API") << "foundation-api"
                                                  << ""
                                                  << "Used as the provider supplies it, through its API; no fine-tuning"
                                                  << "Provider models";
    }
    void modelApproachStatedOrLeftOpen()
    {
        QFETCH(QString, approach);
        QFETCH(QString, modelType);
        RenderInput input;
        input.answers.modelType = modelType;
        input.answers.models = {ModelEntry{}};
        input.answers.models.first().name = QStringLiteral("Defect grader");
        input.answers.models.first().capability = QStringLiteral("Classification");
        input.answers.models.first().approach = approach;
        const QVariantHash data = TemplateData::build(input);
        const QVariantHash row = data.value(QStringLiteral("capabilities")).toList().first().toHash();
        QTEST(row.value(QStringLiteral("customisation")).toString(), "customisation");
        QString rationale;
        for (const QVariant &decision : data.value(QStringLiteral("keyDecisions")).toList())
            if (decision.toHash().value(QStringLiteral("decision")).toString() == QLatin1String("Model approach"))
                rationale = decision.toHash().value(QStringLiteral("rationale")).toString();
        QFETCH(QString, rationaleStart);
        QVERIFY2(rationale.startsWith(rationaleStart), qPrintable(rationale));
    }

    // A decision no document states says where it comes from: the
    // architect's answer, or what the engine derived (no training for
    // provider models, the recommended monitoring), never "chosen in the
    // wizard" for a value nobody chose.
    void undocumentedDecisionSaysWhereItComesFrom_data()
    {
        QTest::addColumn<QString>("approach");
        QTest::addColumn<QString>("driftMethod");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("origin");
        QTest::newRow("provider model, no training data") << "foundation-api"
                                                          << ""
                                                          << "Training data"
                                                          << "(follows from the model approach";
        QTest::newRow("provider model, monitoring") << "foundation-api"
                                                    << ""
                                                    << "Monitoring"
                                                    << "(recommended for these models";
        QTest::newRow("trained model, drift recommended") << "custom-trained"
                                                          << ""
                                                          << "Monitoring"
                                                          << "(recommended for these models";
        QTest::newRow("trained model, drift answered") << "custom-trained"
                                                       << "psi"
                                                       << "Monitoring"
                                                       << "(chosen in the wizard";
    }
    void undocumentedDecisionSaysWhereItComesFrom()
    {
        QFETCH(QString, approach);
        QFETCH(QString, driftMethod);
        QFETCH(QString, decision);
        QFETCH(QString, origin);
        RenderInput input;
        input.answers.driftMethod = driftMethod;
        input.answers.performanceMetrics = {QStringLiteral("Accuracy")};
        input.answers.models = {ModelEntry{}};
        input.answers.models.first().name = QStringLiteral("Case model");
        input.answers.models.first().capability = QStringLiteral("Classification");
        input.answers.models.first().approach = approach;
        QString rationale;
        for (const QVariant &row : TemplateData::build(input).value(QStringLiteral("keyDecisions")).toList())
            if (row.toHash().value(QStringLiteral("decision")).toString() == decision)
                rationale = row.toHash().value(QStringLiteral("rationale")).toString();
        QVERIFY2(rationale.contains(origin), qPrintable(rationale));
        QCOMPARE(rationale.count(QLatin1String("no document states it")), 1);
    }

    void modelRowsFallBackToAnswers()
    {
        RenderInput input;
        input.answers.riskLevel = QStringLiteral("High");
        input.answers.mlLead = QStringLiteral("Ada");
        input.answers.models = {ModelEntry{}};
        input.answers.models.first().name = QStringLiteral("Unnamed");
        const QVariantHash row = TemplateData::build(input).value(QStringLiteral("models")).toList().first().toHash();
        QCOMPARE(row.value(QStringLiteral("id")).toString(), QStringLiteral("ML-001"));
        QCOMPARE(row.value(QStringLiteral("risk")).toString(), QStringLiteral("High"));
        QCOMPARE(row.value(QStringLiteral("owner")).toString(), QStringLiteral("Ada"));
        QCOMPARE(row.value(QStringLiteral("framework")).toString(), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateData)
#include "tst_templatedata.moc"
