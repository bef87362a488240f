// AnswersInference: what a document's own text says about maturity, risk,
// platform and regime, with the line it came from; two different statements
// of one field are reported, not guessed between.
#include "answersinference.h"
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
        QTest::newRow("maturity sentence") << "# S\n\nThe current MLOps maturity is Level 1 and the target maturity is Level 3.\n"
                                           << "currentMaturity" << "1" << 3;
        QTest::newRow("maturity target") << "# S\n\nThe current MLOps maturity is Level 1 and the target maturity is Level 3.\n"
                                         << "targetMaturity" << "3" << 3;
        QTest::newRow("generated line") << "**Current**: Level 2 (CI/CD for ML) | **Target**: Level 4 (Full MLOps)\n"
                                        << "targetMaturity" << "4" << 1;
        QTest::newRow("table row") << "| **Risk Level** | High |\n" << "riskLevel" << "High" << 1;
        QTest::newRow("risk sentence") << "x\nThe risk classification is Medium; oversight applies.\n" << "riskLevel" << "Medium" << 2;
        QTest::newRow("critical is very high") << "Overall risk level: critical\n" << "riskLevel" << "Very High" << 1;
        QTest::newRow("platform field") << "| **ML Platform** | Azure Machine Learning |\n" << "platform" << "Azure ML" << 1;
        QTest::newRow("one managed platform") << "a\nb\nModels are trained on Vertex AI pipelines.\n" << "platform" << "Vertex AI" << 3;
        QTest::newRow("choice list is no answer") << "| **Platform** | [MLflow / SageMaker / Vertex AI] |\n" << "platform" << "" << 0;
        QTest::newRow("JSP 936 means MOD") << "a\nAssured under JSP 936.\nATRS record published.\n" << "regime" << "mod" << 2;
        QTest::newRow("ATRS means UK Government") << "a\nThe ATRS record is published.\n" << "regime" << "uk-gov" << 2;
        QTest::newRow("code blocks are not read") << "```\nRisk level: High\n```\n" << "riskLevel" << "" << 0;
        QTest::newRow("nothing said") << "# Notes\n\nNothing about it.\n" << "riskLevel" << "" << 0;
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
        QCOMPARE(result.ambiguous.size(), 2);
        QVERIFY(result.ambiguous.at(1).contains(QLatin1String("High (line 1) or Low (line 3)"))
                || result.ambiguous.at(0).contains(QLatin1String("High (line 1) or Low (line 3)")));
    }

    void documentFromAnotherTool()
    {
        const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_TEST_DATA "/revision/other-tool.md"));
        const AnswersInferenceResult result = AnswersInference::infer(MarkdownOutline::parse(file.text));
        QCOMPARE(result.answers.currentMaturity, 1);
        QCOMPARE(result.answers.targetMaturity, 3);
        QCOMPARE(result.answers.riskLevel, QStringLiteral("Medium"));
        QCOMPARE(result.answers.platform, QStringLiteral("Databricks"));
        for (const InferredAnswer &answer : result.values)
            QVERIFY2(answer.line > 0 && !answer.evidence.isEmpty(), qPrintable(answer.field));
    }
};

QTEST_GUILESS_MAIN(TestAnswersInference)
#include "tst_answersinference.moc"
