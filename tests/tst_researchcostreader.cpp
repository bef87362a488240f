// The monthly costs read from the cost estimate of the research for the cloud
// the project decided (our own fixtures, written as ArcKit's research
// documents write their estimates), and nothing while the platform is open.

#include "researchcostreader.h"

#include <QTest>

using namespace arckit;
using namespace Qt::StringLiterals;

namespace {

ProfileDocument research(const QString &type, const QString &text)
{
    return ProfileDocument::create(type, u"projects/001-x/research/ARC-001-%1-v1.0.md"_s.arg(type), text);
}

DecidedChoice decided(const QString &value)
{
    DecidedChoice choice;
    choice.decided = {value, u"projects/001-x/ARC-001-REQ-v1.0.md:40"_s};
    choice.candidates.append({value, Authority::Mandate, choice.decided.source, u"TC-1 mandates it"_s});
    return choice;
}

// Line 5 is the header; rows start on line 7.
const QString awsEstimate = u"# AWS Research\n\n## Cost Estimate\n\n"
                            "| Service | Configuration | Monthly Cost (£) | Annual Cost (£) |\n"
                            "|---------|---------------|------------------|-----------------|\n"
                            "| AWS Bedrock | Claude, 50B tokens/year | £40,000 | £480,000 |\n"
                            "| Amazon ECS Fargate | 15 tasks | £900 | £10,800 |\n"
                            "| Amazon S3 | 10TB, Intelligent-Tiering | £200 | £2,400 |\n"
                            "| Amazon Transcribe | 2,000 hours | £1,500 | £18,000 |\n"
                            "| CloudWatch | Logs, metrics | £500 | £6,000 |\n"
                            "| AWS X-Ray | 10% sampling | £50 | £600 |\n"
                            "| **Total** | | **£43,150** | **£517,800** |\n"_s;

} // namespace

class TestResearchCostReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The decided cloud's estimate: ML services are serving, object storage is
    // storage, the cloud's monitoring is monitoring; the rest of the system
    // (containers here) is none of them. Each value cites its first row.
    void readsTheDecidedCloudsEstimate()
    {
        MlSystemProfile profile;
        profile.platform = decided(u"Amazon Bedrock"_s);
        ResearchCostReader().read({research(u"AWRS"_s, awsEstimate)}, profile);
        QCOMPARE(profile.servingCost.value, u"£41,500 (Amazon Bedrock, Amazon Transcribe)"_s);
        QCOMPARE(profile.servingCost.source, u"projects/001-x/research/ARC-001-AWRS-v1.0.md:7"_s);
        QCOMPARE(profile.storageCost.value, u"£200 (Amazon S3)"_s);
        QCOMPARE(profile.monitoringCost.value, u"£550 (CloudWatch, AWS X-Ray)"_s);
        QCOMPARE(profile.monitoringCost.source, u"projects/001-x/research/ARC-001-AWRS-v1.0.md:11"_s);
        QVERIFY(profile.trainingCost.isEmpty());
    }

    // A value a business case already gave stays.
    void keepsWhatABusinessCaseStated()
    {
        MlSystemProfile profile;
        profile.platform = decided(u"SageMaker"_s);
        profile.servingCost = {u"£12,000 per month"_s, u"projects/001-x/ARC-001-SOBC-v1.0.md:80"_s};
        ResearchCostReader().read({research(u"AWRS"_s, awsEstimate)}, profile);
        QCOMPARE(profile.servingCost.value, u"£12,000 per month"_s);
        QCOMPARE(profile.storageCost.value, u"£200 (Amazon S3)"_s);
    }

    // Nothing decided, another cloud decided, or no estimate that is the
    // system's: no cost is read.
    void readsNothingWithoutTheDecidedCloudsEstimate_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("platform undecided") << QString() << u"AWRS"_s << awsEstimate;
        QTest::newRow("research of another cloud") << u"Azure ML"_s << u"AWRS"_s << awsEstimate;
        QTest::newRow("platform of no cloud") << u"Databricks"_s << u"AWRS"_s << awsEstimate;
        QTest::newRow("annual figures only")
            << u"SageMaker"_s << u"AWRS"_s
            << u"| Service | Annual Cost |\n|---|---|\n| Amazon Bedrock | £480,000 |\n| **Total** | £480,000 |\n"_s;
        QTest::newRow("two detail tables, no total")
            << u"SageMaker"_s << u"AWRS"_s
            << u"| Resource | Configuration | Monthly Cost |\n|---|---|---|\n| Amazon Bedrock | on demand | £800 |\n\n"
               "text\n\n"
               "| Resource | Configuration | Monthly Cost |\n|---|---|---|\n| Amazon Comprehend | 1M units | £90 |\n"_s;
        QTest::newRow("a range, a rate") << u"SageMaker"_s << u"AWRS"_s
                                         << u"| Service | Monthly Cost |\n|---|---|\n"
                                            "| Amazon Bedrock | £8,000-£10,000 |\n"
                                            "| Amazon Transcribe | $0.024 per minute |\n| Total | |\n"_s;
        QTest::newRow("mixed currencies")
            << u"SageMaker"_s << u"AWRS"_s
            << u"| Service | Monthly Cost |\n|---|---|\n| Amazon Bedrock | £800 |\n| Amazon Textract | $300 |\n"_s;
        QTest::newRow("options compared")
            << u"SageMaker"_s << u"AWRS"_s
            << u"| Service | Strengths | Cost (monthly) | Recommendation |\n|---|---|---|---|\n"
               "| Amazon Bedrock | managed | £2,000 | Recommended |\n| Amazon Kendra | search | £6,000 | No |\n"_s;
        QTest::newRow("an option set aside")
            << u"SageMaker"_s << u"AWRS"_s
            << u"## Option B: Self-hosted models (Rejected)\n\n| Service | Monthly Cost |\n|---|---|\n"
               "| Amazon SageMaker endpoints | £9,000 |\n| Total | £9,000 |\n"_s;
        QTest::newRow("a count per month is no money")
            << u"SageMaker"_s << u"AWRS"_s
            << u"| Function | Invocations/month | Notes |\n|---|---|---|\n| Amazon Bedrock | 40,000 | prompts |\n"_s;
        QTest::newRow("two estimates with totals, no summary")
            << u"SageMaker"_s << u"AWRS"_s
            << u"## Pilot\n\n| Service | Monthly Cost |\n|---|---|\n| Amazon Bedrock | £800 |\n| Total | £800 |\n\n"
               "## Live\n\n| Service | Monthly Cost |\n|---|---|\n| Amazon Bedrock | £8,000 |\n| Total | £8,000 |\n"_s;
        QTest::newRow("in a code block")
            << u"SageMaker"_s << u"AWRS"_s
            << u"```\n| Service | Monthly Cost |\n|---|---|\n| Amazon Bedrock | £800 |\n```\n"_s;
    }
    void readsNothingWithoutTheDecidedCloudsEstimate()
    {
        QFETCH(QString, platform);
        QFETCH(QString, type);
        QFETCH(QString, text);
        MlSystemProfile profile;
        if (!platform.isEmpty())
            profile.platform = decided(platform);
        ResearchCostReader().read({research(type, text)}, profile);
        QVERIFY2(profile.servingCost.isEmpty(), qPrintable(profile.servingCost.value));
    }

    // One table of the whole estimate is read though it has no total; the
    // platform's training jobs are training, its endpoints serving.
    void platformRowsByWhatTheyRun()
    {
        MlSystemProfile profile;
        profile.platform = decided(u"Azure ML"_s);
        const QString text = u"| Component | SKU | Est. Monthly (£) |\n|---|---|---|\n"
                             "| Azure Machine Learning | Training compute, NC6s v3, 40 h | £1,200 |\n"
                             "| Azure Machine Learning | Managed online endpoint, 2 instances | £2.5k |\n"
                             "| Azure Blob Storage | Hot tier, 2 TB | £40 |\n"
                             "| Azure Monitor | Log Analytics, 50 GB | £110 |\n"_s;
        ResearchCostReader().read({research(u"AZRS"_s, text)}, profile);
        QCOMPARE(profile.trainingCost.value, u"£1,200 (Azure Machine Learning)"_s);
        QCOMPARE(profile.servingCost.value, u"£2,500 (Azure Machine Learning)"_s);
        QCOMPARE(profile.storageCost.value, u"£40 (Azure Blob Storage)"_s);
        QCOMPARE(profile.monitoringCost.value, u"£110 (Azure Monitor)"_s);
    }

    // A provider's service is used, not trained, whatever its row says of
    // tuning; the rows of an ML platform's training are none of a system that
    // trains nothing. The service column is found by its header, amounts in
    // the header's currency count, and of two totalled tables the cost
    // summary is the estimate.
    void rowsReadAsTheyAreMeant()
    {
        MlSystemProfile profile;
        profile.platform = decided(u"Amazon Bedrock"_s);
        MlCapability llm;
        llm.key = u"llm-generation"_s;
        llm.approach = u"foundation-api"_s;
        profile.capabilities.append(llm);
        const QString text =
            u"## Pilot costs\n\n| Service | Monthly Cost |\n|---|---|\n| Amazon Bedrock | £800 |\n| Total | £800 |\n\n"
            "## Cost Summary\n\n| Category | AWS Service | Usage | Monthly Cost (£) |\n|---|---|---|---|\n"
            "| GenAI | AWS Bedrock | Claude, no fine-tuning required | 40,000 |\n"
            "| ML platform | Amazon SageMaker | Training jobs for evaluation | 300 |\n"
            "| Object Storage | Amazon S3 | 1 TB | 25 |\n| **Total** | | | **40,325** |\n"_s;
        ResearchCostReader().read({research(u"AWRS"_s, text)}, profile);
        QCOMPARE(profile.servingCost.value, u"£40,000 (Amazon Bedrock)"_s);
        QCOMPARE(profile.storageCost.value, u"£25 (Amazon S3)"_s);
        QVERIFY2(profile.trainingCost.isEmpty(), qPrintable(profile.trainingCost.value));
    }

    void researchTypeOfCloud_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("type");
        QTest::newRow("aws") << u"AWS"_s << u"AWRS"_s;
        QTest::newRow("azure") << u"Azure"_s << u"AZRS"_s;
        QTest::newRow("google") << u"Google Cloud"_s << u"GCRS"_s;
        QTest::newRow("none") << QString() << QString();
    }
    void researchTypeOfCloud()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, type);
        QCOMPARE(ResearchCostReader::researchTypeOf(cloud), type);
    }
};

QTEST_GUILESS_MAIN(TestResearchCostReader)
#include "tst_researchcostreader.moc"
