// AnswersInference: what a document's own text says about maturity, risk,
// platform, regime, its model inventory and LLM/GenAI use, with the line it
// came from; two different statements of one field are reported, not guessed
// between; and the gap view and the validator agree on the LLM/GenAI section.
#include "answersinference.h"
#include "documentvalidator.h"
#include "revisabledocument.h"
#include "sectiongaps.h"
#include "textfilereader.h"

#include <QTest>

using namespace arckit;

namespace {

QString valueOf(const AnswersInferenceResult &result, const QString &field, int *line = nullptr)
{
    for (const InferredAnswer &answer : result.values) {
        if (answer.field == field) {
            if (line)
                *line = answer.line;
            return answer.value;
        }
    }
    return {};
}

QStringList valuesOf(const AnswersInferenceResult &result, const QString &field, QList<int> *lines = nullptr)
{
    QStringList values;
    for (const InferredAnswer &answer : result.values) {
        if (answer.field == field) {
            values.append(answer.value);
            if (lines)
                lines->append(answer.line);
        }
    }
    return values;
}

QString fixture(const char *name)
{
    const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_TEST_DATA "/revision/") + QLatin1String(name));
    return file.text;
}

// The gap view's verdict on the LLM/GenAI section of a document opened for revision.
bool gapViewSaysLlmMissing(const QString &markdown)
{
    const RevisableDocument document = RevisableDocument::fromText(QStringLiteral("/nonexistent/ARC-007-MLOPS-v1.0.md"),
                                                                   markdown, QStringLiteral("UTF-8"));
    const int llm = ReferenceSections::indexOf(u"llm-operations");
    for (const SectionGap &gap : document.gaps()) {
        if (gap.section == llm)
            return gap.isMissing();
    }
    return false;
}

bool validatorSaysLlmMissing(const QString &markdown)
{
    for (const ValidationFinding &finding : DocumentValidator().validate(markdown)) {
        if (finding.rule == QLatin1String("section-missing") && finding.message.contains(QLatin1String("LLM/GenAI")))
            return true;
    }
    return false;
}

const char *const llmSection = "\n## 9. LLM/GenAI Operations\n\n### LLM Configuration\n\n| Attribute | Value |\n"
                               "|-----------|-------|\n| **Model Provider** | Azure OpenAI |\n| **Model** | GPT-4o |\n"
                               "| **Deployment** | API |\n";

} // namespace

class TestAnswersInference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void infer_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("line");
        QTest::newRow("maturity sentence")
            << "# S\n\nThe current MLOps maturity is Level 1 and the target maturity is Level 3.\n"
            << "currentMaturity"
            << "1" << 3;
        QTest::newRow("maturity target")
            << "# S\n\nThe current MLOps maturity is Level 1 and the target maturity is Level 3.\n"
            << "targetMaturity"
            << "3" << 3;
        QTest::newRow("generated line") << "**Current**: Level 2 (CI/CD for ML) | **Target**: Level 4 (Full MLOps)\n"
                                        << "targetMaturity"
                                        << "4" << 1;
        QTest::newRow("table row") << "| **Risk Level** | High |\n"
                                   << "riskLevel"
                                   << "High" << 1;
        QTest::newRow("risk sentence") << "x\nThe risk classification is Medium; oversight applies.\n"
                                       << "riskLevel"
                                       << "Medium" << 2;
        QTest::newRow("critical is very high") << "Overall risk level: critical\n"
                                               << "riskLevel"
                                               << "Very High" << 1;
        QTest::newRow("platform field") << "| **ML Platform** | Azure Machine Learning |\n"
                                        << "platform"
                                        << "Azure ML" << 1;
        QTest::newRow("one managed platform") << "a\nb\nModels are trained on Vertex AI pipelines.\n"
                                              << "platform"
                                              << "Vertex AI" << 3;
        QTest::newRow("choice list is no answer") << "| **Platform** | [MLflow / SageMaker / Vertex AI] |\n"
                                                  << "platform"
                                                  << "" << 0;
        QTest::newRow("stated once, another mentioned")
            << "# S\n\nThe ML platform is Azure Machine Learning.\nDatabricks was also considered.\n"
            << "platform"
            << "Azure ML" << 3;
        QTest::newRow("stated beside a choice list") << "| **Platform** | [MLflow / SageMaker / Vertex AI] |\n"
                                                        "| Compute | Azure ML compute clusters | [CPU/GPU] |\n"
                                                     << "platform"
                                                     << "Azure ML" << 2;
        QTest::newRow("a platform and its tracking") << "| **ML Platform** | Databricks (experiments in MLflow) |\n"
                                                     << "platform"
                                                     << "Databricks" << 1;
        QTest::newRow("chosen as the platform") << "a\nVertex AI was chosen as the ML platform.\nSageMaker was not.\n"
                                                << "platform"
                                                << "Vertex AI" << 2;
        QTest::newRow("a qualified platform row") << "| **Training Platform** | Azure Machine Learning |\n"
                                                  << "platform"
                                                  << "Azure ML" << 1;
        QTest::newRow("MLflow alone is tracking, no platform") << "| **Platform** | MLflow |\n"
                                                               << "platform"
                                                               << "" << 0;
        QTest::newRow("JSP 936 means MOD") << "a\nAssured under JSP 936.\nATRS record published.\n"
                                           << "regime"
                                           << "mod" << 2;
        QTest::newRow("ATRS means UK Government") << "a\nThe ATRS record is published.\n"
                                                  << "regime"
                                                  << "uk-gov" << 2;
        QTest::newRow("code blocks are not read") << "```\nRisk level: High\n```\n"
                                                  << "riskLevel"
                                                  << "" << 0;
        QTest::newRow("nothing said") << "# Notes\n\nNothing about it.\n"
                                      << "riskLevel"
                                      << "" << 0;
    }
    void infer()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, field);
        int line = 0;
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(markdown));
        QTEST(valueOf(result, field, &line), "value");
        QTEST(line, "line");
        QVERIFY(result.ambiguous.isEmpty());
    }

    void conflictingStatementsAreAmbiguous()
    {
        const QString markdown = QStringLiteral("Risk level: High\n\nLater: risk level: Low\n\nPlatform: SageMaker\n"
                                                "Platform: Databricks\n");
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(markdown));
        QCOMPARE(valueOf(result, QStringLiteral("riskLevel")), QString());
        QCOMPARE(result.answers.riskLevel, QString());
        QCOMPARE(result.ambiguous.size(), 2); // risk and platform, each once
        QVERIFY(result.ambiguous.at(1).contains(QLatin1String("High (line 1) or Low (line 3)")) ||
                result.ambiguous.at(0).contains(QLatin1String("High (line 1) or Low (line 3)")));
    }

    void conflictsOfSeveralFieldsAreEachReportedOnce()
    {
        // "currentMaturity" sorts before "platform": the platform's own
        // conflict must still be seen, not reported a second time from mentions.
        const QString markdown =
            QStringLiteral("Current: Level 1\nCurrent: Level 2\nPlatform: SageMaker\nPlatform: Databricks\n");
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(markdown));
        QCOMPARE(result.ambiguous.size(), 2);
        QCOMPARE(result.answers.platform, QString());
    }

    void models_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("models"); // as the inferred-answers list shows them
        QTest::addColumn<QList<int>>("lines");
        const QString catalog =
            QStringLiteral("# S\n\n## 2. Model Inventory\n\n### Model Catalog\n\n"
                           "| Model ID | Model Name | Type | Framework | Purpose | Risk Level | Owner |\n"
                           "|---|---|---|---|---|---|---|\n");
        QTest::newRow("ArcKit catalog")
            << catalog +
                   "| ML-001 | Fraud scorer | Classification | XGBoost | Flag claims | High | Risk team |\n"
                   "| ML-002 | Claim summariser | GenAI | Foundation model API | Summarise claims | Medium | Ops |\n"
            << QStringList{"ML-001 Fraud scorer (Classification, XGBoost, High risk)",
                           "ML-002 Claim summariser (GenAI, Foundation model API, Medium risk)"}
            << QList<int>{9, 10};
        QTest::newRow("the template's rows name no model")
            << catalog + "| ML-001 | [Name] | [Classification/Regression/NLP/GenAI] | [PyTorch/TensorFlow/sklearn] | "
                         "[Purpose] | [Low/Medium/High] | [Name] |\n"
            << QStringList{} << QList<int>{};
        QTest::newRow("risk from the risk table")
            << catalog + "| ML-001 | Fraud scorer | Classification | XGBoost | Flag claims | [Low/Medium/High] | Risk "
                         "team |\n"
                         "\n### Model Risk Classification\n\n| Model | Risk Level | Rationale |\n|---|---|---|\n"
                         "| fraud scorer | critical | Decides which claims are investigated |\n"
            << QStringList{"ML-001 Fraud scorer (Classification, XGBoost, Very High risk)"} << QList<int>{9};
        QTest::newRow("a criteria table is no inventory")
            << "## Model Inventory\n\n| Risk Level | Criteria | Governance |\n|---|---|---|\n| Low | No impact | "
               "Standard |\n"
            << QStringList{} << QList<int>{};
        QTest::newRow("other column names")
            << "## Models\n\n| Model | Service | Use case | Accountable |\n|---|---|---|---|\n"
               "| Speech to text | Azure AI Speech | Transcribe hearings | Digital lead |\n"
            << QStringList{"Speech to text (Azure AI Speech)"} << QList<int>{5};
        QTest::newRow("a model table outside the inventory")
            << "## 1. Context\n\n| Model | Purpose | Owner |\n|---|---|---|\n"
               "| Stop duration | Minutes per stop | Routing |\n"
            << QStringList{} << QList<int>{};
        QTest::newRow("tables in code are examples") << "## Model Catalogue\n\n```markdown\n| Model ID | Name | Type "
                                                        "|\n|---|---|---|\n| ML-009 | Example | NLP |\n```\n"
                                                     << QStringList{} << QList<int>{};
        QTest::newRow("IDs only: the ID names it")
            << "## Model Register\n\n| ID | Type | Owner |\n|---|---|---|\n| FC-1 | Forecasting | Planning |\n"
            << QStringList{"FC-1 (Forecasting)"} << QList<int>{5};
    }
    void models()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, models);
        QList<int> lines;
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(markdown));
        QCOMPARE(valuesOf(result, QStringLiteral("models"), &lines), models);
        QTEST(lines, "lines");
        QCOMPARE(result.answers.models.size(), models.size());
    }

    void modelEntryFields()
    {
        const AnswersInferenceResult result =
            AnswersInference::infer(MarkdownOutline::parse(fixture("genai-handwritten.md")));
        QCOMPARE(result.answers.models.size(), 3);
        const ModelEntry &drafter = result.answers.models.at(2);
        QCOMPARE(drafter.id, QStringLiteral("ML-003"));
        QCOMPARE(drafter.name, QStringLiteral("Reply drafter"));
        QCOMPARE(drafter.type, QStringLiteral("GenAI"));
        QCOMPARE(drafter.framework, QStringLiteral("Foundation model API"));
        QCOMPARE(drafter.purpose, QStringLiteral("Draft replies from guidance"));
        QCOMPARE(drafter.risk, QStringLiteral("High"));
        QCOMPARE(drafter.owner, QStringLiteral("Head of Digital Casework"));
        QCOMPARE(result.answers.platform, QStringLiteral("Azure ML"));
        QVERIFY(result.answers.llmOperations);
        QVERIFY(result.answers.useCases.contains(QStringLiteral("genai")));
        QVERIFY2(result.ambiguous.isEmpty(), qPrintable(result.ambiguous.join(QLatin1Char('\n'))));
    }

    void llmUse_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<bool>("llm");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::newRow("three mentions") << "# S\n\nAn LLM drafts replies.\n\nThe LLM is GPT-4o.\n"
                                        << true << ""
                                        << "";
        QTest::newRow("two mentions") << "# S\n\nAn LLM was considered and rejected for GenAI reasons.\n"
                                      << false << ""
                                      << "";
        QTest::newRow("comments do not count") << "# S\n\n<!--\nLLM LLM LLM GenAI\n-->\nText.\n"
                                               << false << ""
                                               << "";
        QTest::newRow("a section that says something") << "# S\n\n## 9. LLM/GenAI Operations\n\n| Attribute | Value "
                                                          "|\n|---|---|\n| **Model Provider** | Azure OpenAI |\n"
                                                          "| **Model** | GPT-4o |\n"
                                                       << true << "Azure OpenAI"
                                                       << "GPT-4o";
        QTest::newRow("the template's section, unfilled")
            << "# S\n\n## 9. LLM/GenAI Operations\n\n*(Include this section if using Large Language Models or "
               "Generative AI)*\n\n"
               "| Attribute | Value |\n|---|---|\n| **Model Provider** | [OpenAI / Anthropic / Azure OpenAI / Bedrock "
               "/ Self-hosted] |\n"
               "| **Model** | [GPT-4 / Claude / Llama / etc.] |\n| Token limits | [Max tokens per request] |\n"
            << false << ""
            << "";
        QTest::newRow("a section saying not applicable")
            << "# S\n\n## 9. LLM/GenAI Operations\n\nNot applicable: the system uses no language model.\n"
            << false << ""
            << "";
    }
    void llmUse()
    {
        QFETCH(QString, markdown);
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(markdown));
        QTEST(result.answers.llmOperations, "llm");
        QTEST(result.answers.usesGenAi(), "llm");
        QTEST(result.answers.llmProvider, "provider");
        QTEST(result.answers.llmModel, "model");
        int line = 0;
        QCOMPARE(valueOf(result, QStringLiteral("llmOperations"), &line).isEmpty(), !result.answers.llmOperations);
        QCOMPARE(line > 0, result.answers.llmOperations);
    }

    // The gap view decides whether the LLM/GenAI section applies from the
    // answers; the validator from the text. On a document without embedded
    // answers the inferred answers must make them agree.
    void gapViewAndValidatorAgreeOnLlm_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<bool>("missing");
        const QString handwritten = fixture("genai-handwritten.md");
        QTest::newRow("hand-written, uses an LLM, no section") << handwritten << true;
        QTest::newRow("the same with its section") << handwritten + QLatin1String(llmSection) << false;
        QString noLlm = handwritten;
        for (const char *term : {"LLM/GenAI", "large language model", "LLM", "GenAI", "GPT-4o"})
            noLlm.replace(QLatin1String(term), QStringLiteral("model"));
        QTest::newRow("the same without LLM use") << noLlm << false;
        QTest::newRow("other tool, no LLM") << fixture("other-tool.md") << false;
    }
    void gapViewAndValidatorAgreeOnLlm()
    {
        QFETCH(QString, markdown);
        QFETCH(bool, missing);
        QCOMPARE(validatorSaysLlmMissing(markdown), missing);
        QCOMPARE(gapViewSaysLlmMissing(markdown), missing);
    }

    void documentFromAnotherTool()
    {
        const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_TEST_DATA "/revision/other-tool.md"));
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(file.text));
        QCOMPARE(result.answers.currentMaturity, 1);
        QCOMPARE(result.answers.targetMaturity, 3);
        QCOMPARE(result.answers.riskLevel, QStringLiteral("Medium"));
        QCOMPARE(result.answers.platform, QStringLiteral("Databricks"));
        // Its inventory, not the model table of its scope section.
        QCOMPARE(valuesOf(result, QStringLiteral("models")),
                 (QStringList{QStringLiteral("ML-001 Stop duration (Regression, LightGBM)"),
                              QStringLiteral("ML-002 Volume forecast (Forecasting, Prophet)")}));
        QVERIFY(!result.answers.llmOperations);
        for (const InferredAnswer &answer : result.values)
            QVERIFY2(answer.line > 0 && !answer.evidence.isEmpty(), qPrintable(answer.field));
    }
};

QTEST_GUILESS_MAIN(TestAnswersInference)
#include "tst_answersinference.moc"
