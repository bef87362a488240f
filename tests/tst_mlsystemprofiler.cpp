// The ML system profile read from documents written in ArcKit's style (our
// own fixtures, not a corpus): which capabilities and models, which platform
// by which authority, what maturity and why, the Document Control defaults and
// the serving targets.

#include "capabilitycatalogue.h"
#include "choiceresolver.h"
#include "maturityadvisor.h"
#include "mlclassifier.h"
#include "mlsystemprofiler.h"
#include "modeloutputnames.h"
#include "requirementextractor.h"

#include <QTest>

using namespace arckit;

namespace {

// A document in memory, as the profiler would read it from projects/001-x/.
ProfileDocument document(const QString &type, const QString &text, const QString &name = {})
{
    return ProfileDocument::create(type,
                                   QStringLiteral("projects/001-x/") +
                                       (name.isEmpty() ? QStringLiteral("ARC-001-%1-v1.0.md").arg(type) : name),
                                   text);
}

Requirements requirementsOf(const ProfileDocument &req)
{
    Requirements requirements = RequirementExtractor().extract(req.outline.text(), req.relativePath);
    MlClassifier().classify(requirements);
    return requirements;
}

MlSystemProfile profileOf(const ProfileDocuments &documents)
{
    Requirements requirements;
    for (const ProfileDocument &d : documents)
        if (d.type == QLatin1String("REQ"))
            requirements = requirementsOf(d);
    return MlSystemProfiler::profile(documents, requirements);
}

// The profile of a requirements document with this executive summary and one
// function that runs a model (the summary's text starts at line 5).
MlSystemProfile profileOfSummary(const QString &summary)
{
    const QString req = QStringLiteral("# Requirements\n\n## Executive Summary\n\n%1\n\n## Functional "
                                       "Requirements\n\n### FR-001: Transcripts\n\nThe system MUST "
                                       "transcribe calls with speech-to-text.\n")
                            .arg(summary);
    return profileOf({document(QStringLiteral("REQ"), req)});
}

const QString reqHeader = QStringLiteral(
    "# Project Requirements: Court Transcripts\n\n"
    "## Document Control\n\n"
    "| Field | Value |\n|-------|-------|\n"
    "| **Document ID** | ARC-001-REQ-v1.0 |\n"
    "| **Classification** | OFFICIAL-SENSITIVE |\n"
    "| **Review Cycle** | Quarterly |\n"
    "| **Owner** | Head of Digital, Courts Service |\n"
    "| **Approved By** | [PENDING] |\n"
    "| **Distribution** | [DISTRIBUTION LIST] |\n\n"
    "## Executive Summary\n\n"
    "### Business Context\n\n"
    "Hearings produce thousands of hours of audio every week. The Court Transcripts service will use AI to transcribe "
    "hearings and translate them into Welsh. Staff spend days typing transcripts by hand.\n\n"
    "### Expected Outcomes\n\n"
    "- **Faster transcripts**: court users receive a transcript within a day instead of three weeks\n\n");

const QString capabilityRequirements = QStringLiteral(
    "## Functional Requirements\n\n"
    "### FR-001: Hearing transcription\n\n"
    "**Description**: The system MUST transcribe hearing audio using speech-to-text, with speaker diarisation.\n\n"
    "### FR-002: Welsh translation\n\n"
    "**Description**: The system MUST provide machine translation of transcripts into Welsh.\n\n"
    "### FR-003: Transcript summaries\n\n"
    "**Description**: The system SHALL generate summaries of long hearings using a large language model (LLM).\n\n"
    "## Non-Functional Requirements\n\n"
    "### Performance Requirements\n\n"
    "#### NFR-P-001: Transcription latency\n\n"
    "**Requirement**: The speech-to-text service returns partial results with p95 latency < 800 ms.\n\n"
    "#### NFR-P-002: Page load\n\n"
    "**Requirement**: Web pages load in under 2 seconds (p50).\n\n");

} // namespace

class TestMlSystemProfiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platformByAuthority_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("decided");
        QTest::addColumn<QStringList>("candidates");

        const QString awsResearch = QStringLiteral(
            "# AWS Research\n\n## Recommendations\n\nWe recommend AWS: SageMaker for training and Bedrock for LLMs.\n");
        const QString azureResearch = QStringLiteral(
            "# Azure Research\n\n## Recommendations\n\nWe recommend Azure Machine Learning with Azure OpenAI.\n");
        const QString azureConstraint =
            reqHeader + QStringLiteral("## Constraints\n\n**TC-1**: MUST host all AI services on Microsoft Azure UK "
                                       "South.\n**TC-2**: MUST use GOV.UK Notify.\n");
        const QString noConstraint =
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Search\n\nUsers search hearings.\n");
        const QString acceptedAdr = QStringLiteral("# ADR-001: ML platform\n\n## Status\n\nAccepted\n\n## "
                                                   "Decision\n\nWe will use Vertex AI on Google Cloud.\n\n"
                                                   "## Considered Options\n\n- SageMaker\n- Azure Machine Learning\n");
        const QString proposedAdr = QStringLiteral("# ADR-002: ML platform\n\n## Status\n\nProposed\n\n## "
                                                   "Decision\n\nWe will use Vertex AI on Google Cloud.\n");
        const QString ssoOnly =
            reqHeader + QStringLiteral("## Constraints\n\n**TC-1**: MUST use Azure AD single sign-on for staff.\n");

        QTest::newRow("constraint beats research for another cloud")
            << QStringList{"REQ", "AWRS", "AZRS"} << QStringList{azureConstraint, awsResearch, azureResearch}
            << QStringLiteral("Azure ML") << QStringList{"Azure ML", "SageMaker"};
        QTest::newRow("two clouds researched, none decided")
            << QStringList{"REQ", "AWRS", "AZRS"} << QStringList{noConstraint, awsResearch, azureResearch} << QString()
            << QStringList{"SageMaker", "Azure ML"};
        QTest::newRow("the order of the files does not matter")
            << QStringList{"REQ", "AZRS", "AWRS"} << QStringList{noConstraint, azureResearch, awsResearch} << QString()
            << QStringList{"Azure ML", "SageMaker"};
        QTest::newRow("one cloud researched and recommended")
            << QStringList{"REQ", "AWRS"} << QStringList{noConstraint, awsResearch} << QStringLiteral("SageMaker")
            << QStringList{"SageMaker"};
        QTest::newRow("accepted ADR beats research")
            << QStringList{"REQ", "AWRS", "ADR"} << QStringList{noConstraint, awsResearch, acceptedAdr}
            << QStringLiteral("Vertex AI") << QStringList{"Vertex AI", "SageMaker", "Azure ML"};
        QTest::newRow("a proposed ADR decides nothing")
            << QStringList{"REQ", "AWRS", "AZRS", "ADR"}
            << QStringList{noConstraint, awsResearch, azureResearch, proposedAdr} << QString()
            << QStringList{"SageMaker", "Azure ML", "Vertex AI"};
        // The status is read from prose, never from a heading, code or a comment.
        const QString exampleStatusAdr = QStringLiteral(
            "# ADR-003: ML platform\n\n## Status\n\n```text\nStatus: Accepted (an example of the format)\n```\n\n"
            "Proposed\n\n## Decision\n\nWe will use Vertex AI on Google Cloud.\n");
        QTest::newRow("an accepted status in a code block decides nothing")
            << QStringList{"REQ", "AWRS", "AZRS", "ADR"}
            << QStringList{noConstraint, awsResearch, azureResearch, exampleStatusAdr} << QString()
            << QStringList{"SageMaker", "Azure ML", "Vertex AI"};
        QTest::newRow("a sign-on constraint is no hosting mandate")
            << QStringList{"REQ", "AWRS"} << QStringList{ssoOnly, awsResearch} << QStringLiteral("SageMaker")
            << QStringList{"SageMaker"};
        const QString compatibleAdr = QStringLiteral("# ADR-004: ML platform\n\n## Status\n\nAccepted\n\n## "
                                                     "Decision\n\nWe will use SageMaker Experiments with an "
                                                     "MLflow-compatible tracking server.\n");
        QTest::newRow("an MLflow-compatible server chooses no MLflow")
            << QStringList{"REQ", "ADR"} << QStringList{noConstraint, compatibleAdr} << QStringLiteral("SageMaker")
            << QStringList{"SageMaker"};
        QTest::newRow("nothing named") << QStringList{"REQ"} << QStringList{noConstraint} << QString() << QStringList{};
    }

    void platformByAuthority()
    {
        QFETCH(QStringList, types);
        QFETCH(QStringList, texts);
        QFETCH(QString, decided);
        QFETCH(QStringList, candidates);
        ProfileDocuments documents;
        for (qsizetype i = 0; i < types.size(); ++i)
            documents.append(document(types.at(i), texts.at(i), QStringLiteral("doc-%1.md").arg(i)));
        const DecidedChoice platform = ChoiceResolver(documents).resolve(ChoiceResolver::Subject::Platform);
        QCOMPARE(platform.decided.value, decided);
        QStringList values;
        for (const Candidate &candidate : platform.candidates)
            values.append(candidate.value);
        QCOMPARE(values, candidates);
        if (!decided.isEmpty()) {
            QVERIFY2(!platform.reason.isEmpty(), "a decided platform says why");
            QVERIFY(platform.decided.source.contains(QLatin1Char(':')));
        }
        // A mandate or decision that overrides a recommendation for another platform says so.
        const QLatin1String tag(QTest::currentDataTag());
        if (tag == QLatin1String("constraint beats research for another cloud") ||
            tag == QLatin1String("accepted ADR beats research"))
            QVERIFY2(platform.reason.endsWith(QLatin1String(", though doc-1.md recommends SageMaker")),
                     qPrintable(platform.reason));
        else if (!decided.isEmpty())
            QVERIFY2(!platform.reason.contains(QLatin1String("though")), qPrintable(platform.reason));
    }

    // A system that trains nothing runs on the cloud's model service: a
    // requirement that names that service decides it, not the cloud's ML
    // platform. A model of the project's own keeps the ML platform, and a
    // line that names the platform itself keeps it too.
    void modelServiceOfASystemThatTrainsNothing_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QString>("platform");
        const QString bedrock =
            QStringLiteral("### FR-003: Answers\n\n**Description**: The system MUST use an approved LLM (AWS Bedrock "
                           "Claude 3.5 Sonnet) to generate answers.\n\n");
        const QString trained =
            QStringLiteral("### FR-004: Triage\n\n**Description**: The system MUST route cases with a custom "
                           "classifier trained on our own labelled case history.\n\n");
        const QString azure =
            QStringLiteral("### FR-005: Drafting\n\n**Description**: The system MUST use Azure OpenAI (GPT-4o) as "
                           "its approved LLM to draft replies.\n\n");
        QTest::newRow("Bedrock only") << bedrock << QStringLiteral("Amazon Bedrock");
        QTest::newRow("Bedrock beside a trained model") << QString(bedrock + trained) << QStringLiteral("SageMaker");
        QTest::newRow("Azure OpenAI only") << azure << QStringLiteral("Azure AI services");
        QTest::newRow("the line names the ML platform too")
            << QStringLiteral("### FR-003: Answers\n\n**Description**: The system MUST call Claude through AWS "
                              "Bedrock, with SageMaker endpoints for evaluation.\n\n")
            << QStringLiteral("SageMaker");
    }
    void modelServiceOfASystemThatTrainsNothing()
    {
        QFETCH(QString, requirements);
        QFETCH(QString, platform);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"), reqHeader + QStringLiteral("## Functional Requirements\n\n") + requirements)});
        QCOMPARE(profile.platform.decided.value, platform);
        QVERIFY(profile.platform.decided.source.startsWith(QLatin1String("projects/001-x/ARC-001-REQ-v1.0.md:")));
        // The candidate the choice came from carries the same name.
        QVERIFY(std::any_of(profile.platform.candidates.cbegin(), profile.platform.candidates.cend(),
                            [&platform](const Candidate &candidate) { return candidate.value == platform; }));
    }

    void mandatedConstraintNamesItsRequirement()
    {
        const ProfileDocuments documents{
            document(QStringLiteral("REQ"),
                     reqHeader + QStringLiteral("## Constraints\n\n**TC-1**: MUST deploy to AWS UK regions "
                                                "only.\n**TC-2**: MUST integrate with Government Gateway.\n"))};
        const DecidedChoice platform = ChoiceResolver(documents).resolve(ChoiceResolver::Subject::Platform);
        QCOMPARE(platform.decided.value, QStringLiteral("SageMaker"));
        QVERIFY2(platform.reason.contains(QLatin1String("TC-1")), qPrintable(platform.reason));
        QCOMPARE(platform.decided.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:26"));
    }

    // Two mandates for the same platform: the one that names the platform is
    // its source, not the one that names only its cloud, whichever comes first.
    void mandateNamingThePlatformIsItsSource()
    {
        const ProfileDocuments documents{document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Integration Requirements\n\n- **INT-003**: The assistant SHALL call a "
                                       "foundation model through Amazon Bedrock in the UK region.\n\n"
                                       "## Constraints\n\n- ML platform is Amazon SageMaker unless an exception "
                                       "is granted.\n"))};
        const DecidedChoice platform = ChoiceResolver(documents).resolve(ChoiceResolver::Subject::Platform);
        QCOMPARE(platform.decided.value, QStringLiteral("SageMaker"));
        QCOMPARE(platform.decided.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:30"));
        QCOMPARE(platform.reason, QStringLiteral("a constraint mandates it (platform)"));
        // Alone, the integration naming the cloud decides it, and is cited.
        const ProfileDocuments cloudOnly{document(
            QStringLiteral("REQ"), reqHeader + QStringLiteral("## Integration Requirements\n\n- **INT-003**: The "
                                                              "assistant SHALL call a foundation model through Amazon "
                                                              "Bedrock in the UK region.\n"))};
        const DecidedChoice byCloud = ChoiceResolver(cloudOnly).resolve(ChoiceResolver::Subject::Platform);
        QCOMPARE(byCloud.decided.value, QStringLiteral("SageMaker"));
        QCOMPARE(byCloud.reason, QStringLiteral("INT-003 mandates it (platform)"));
    }

    void llmProviderAndFallback()
    {
        const ProfileDocuments documents{
            document(QStringLiteral("REQ"),
                     reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Answers\n\nThe system MUST "
                                                "use an approved LLM (AWS Bedrock Claude 3.5 Sonnet).\n")),
            document(QStringLiteral("ADR"),
                     QStringLiteral("# ADR-003: LLM providers\n\n## Status\n\nAccepted\n\n## Decision\n\nWe will call "
                                    "AWS Bedrock as primary, "
                                    "with Azure OpenAI as the fallback provider behind one adaptor.\n"))};
        const MlSystemProfile profile = profileOf(documents);
        QCOMPARE(profile.llmProvider.decided.value, QStringLiteral("AWS Bedrock"));
        QCOMPARE(profile.llmModel.decided.value, QStringLiteral("Claude 3.5 Sonnet"));
        QStringList providers;
        for (const Candidate &candidate : profile.llmProviders)
            providers.append(candidate.value);
        QVERIFY2(providers.contains(QLatin1String("Azure OpenAI")), qPrintable(providers.join(QLatin1Char(','))));
    }

    // A constraint that puts every AI service on one cloud settles what the
    // research for two clouds left open: that cloud's provider, and no
    // fallback on the other.
    void mandatedCloudSettlesTheProvider_data()
    {
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("azureResearch");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("fallbacks");
        const QString azureOnly =
            QStringLiteral("## Constraints\n\n**TC-1**: All AI services MUST run on Microsoft Azure (UK South).\n");
        const QString oneAzureOption = QStringLiteral(
            "# Azure Research\n\n## Recommendations\n\nWe recommend Azure OpenAI (GPT-4o) for the summaries.\n");
        QTest::newRow("Azure mandated: Azure OpenAI")
            << azureOnly << oneAzureOption << "Azure OpenAI" << QStringList{"Azure OpenAI"};
        QTest::newRow("an option on any cloud keeps it open")
            << azureOnly
            << QStringLiteral("# Azure Research\n\n## Recommendations\n\nWe recommend Azure OpenAI or the OpenAI "
                              "API for the summaries.\n")
            << "" << QStringList{"Azure OpenAI", "OpenAI"};
        QTest::newRow("no mandate: open")
            << QString() << oneAzureOption << "" << QStringList{"AWS Bedrock", "Azure OpenAI"};
    }
    void mandatedCloudSettlesTheProvider()
    {
        QFETCH(QString, constraint);
        QFETCH(QString, azureResearch);
        QFETCH(QString, provider);
        QFETCH(QStringList, fallbacks);
        const QString req = reqHeader +
                            QStringLiteral("## Functional Requirements\n\n### FR-001: Summaries\n\nThe "
                                           "system SHALL summarise bundles with a large language model "
                                           "(LLM).\n\n") +
                            constraint;
        const QString awsResearch = QStringLiteral(
            "# AWS Research\n\n## Recommendations\n\nWe recommend AWS Bedrock (Claude) for the summaries.\n");
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"), req),
                       document(QStringLiteral("AWRS"), awsResearch, "ARC-001-AWRS-v1.0.md"),
                       document(QStringLiteral("AZRS"), azureResearch, "ARC-001-AZRS-v1.0.md")});
        QCOMPARE(profile.llmProvider.decided.value, provider);
        if (!provider.isEmpty())
            QVERIFY2(profile.llmProvider.reason.contains(QLatin1String("TC-1 mandates Azure")),
                     qPrintable(profile.llmProvider.reason));
        QStringList providers;
        for (const Candidate &candidate : profile.llmProviders)
            providers.append(candidate.value);
        providers.sort();
        QCOMPARE(providers, fallbacks);
    }

    // A mandate that agrees with a research document says nothing of the
    // fallback that document names beside it.
    void mandateBesideARecommendedFallback()
    {
        const QString req =
            reqHeader + QStringLiteral("## Constraints\n\n**TC-1**: MUST use Azure OpenAI for all "
                                       "generation.\n\n## Functional Requirements\n\n### FR-001: "
                                       "Summaries\n\nThe system SHALL summarise bundles with an LLM.\n");
        const QString research =
            QStringLiteral("# Azure Research\n\n## Recommendations\n\nWe recommend Azure OpenAI, with AWS Bedrock as "
                           "the fallback provider.\n");
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"), req), document(QStringLiteral("AZRS"), research, "ARC-001-AZRS-v1.0.md")});
        QCOMPARE(profile.llmProvider.decided.value, QStringLiteral("Azure OpenAI"));
        QVERIFY2(!profile.llmProvider.reason.contains(QLatin1String("though")), qPrintable(profile.llmProvider.reason));
    }

    void capabilitiesAreMergedAcrossRequirements()
    {
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"), reqHeader + capabilityRequirements)});
        QVERIFY(profile.isMlSystem);
        QStringList keys;
        for (const MlCapability &capability : profile.capabilities)
            keys.append(capability.key);
        QCOMPARE(keys.join(QLatin1Char(',')), QStringLiteral("speech-to-text,translation,llm-generation"));
        const MlCapability *speech = profile.capability(QStringLiteral("speech-to-text"));
        // Summaries by the LLM are LLM generation, not a model of their own.
        QCOMPARE(profile.capability(QStringLiteral("llm-generation"))->requirements, QStringList{"FR-003"});
        QCOMPARE(speech->requirements.join(QLatin1Char(',')), QStringLiteral("FR-001,NFR-P-001"));
        QCOMPARE(speech->kind, QStringLiteral("nlp"));
        QVERIFY(speech->evidence.first().startsWith(QLatin1String("projects/001-x/ARC-001-REQ-v1.0.md:")));
        QVERIFY2(speech->purpose.contains(QLatin1String("transcribe hearing audio")), qPrintable(speech->purpose));
    }

    // A capability's purpose is what the system does with it: a functional
    // requirement's sentence, never an encryption or runbook NFR that happens
    // to name the service first; with only such NFRs it stays blank.
    void purposeFromWhatTheSystemDoes_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("purposeHeading"); // the heading of the line cited for the purpose
        const QString encryption =
            QStringLiteral("#### NFR-SEC-001: Encryption\n\n"
                           "**Requirement**: Audio sent to the speech-to-text service is encrypted with TLS 1.3.\n\n");
        const QString runbooks =
            QStringLiteral("#### NFR-M-001: Runbooks\n\n"
                           "**Requirement**: Runbooks cover outages of the speech-to-text service.\n\n");
        const QString transcription =
            QStringLiteral("### FR-001: Hearing transcription\n\n"
                           "**Description**: The system MUST transcribe hearing audio using speech-to-text.\n\n");
        QTest::newRow("NFR named it first")
            << QString(QStringLiteral("## Non-Functional Requirements\n\n") + encryption +
                       QStringLiteral("## Functional Requirements\n\n") + transcription)
            << QStringLiteral("transcribe hearing audio") << QStringLiteral("### FR-001");
        // A statement wrapped over lines is read to the end of its sentence.
        QTest::newRow("wrapped statement")
            << QStringLiteral("## Functional Requirements\n\n### FR-001: Hearing transcription\n\n"
                              "**Description**: The system MUST transcribe hearing audio using\nspeech-to-text, "
                              "labelling each speaker.\n\n**Priority**: MUST\n")
            << QStringLiteral("using speech-to-text, labelling each speaker.") << QStringLiteral("### FR-001");
        QTest::newRow("only NFRs name it")
            << QString(QStringLiteral("## Non-Functional Requirements\n\n") + encryption + runbooks) << QString()
            << QString();
        // A use case's body is its actor, conditions and steps; its title is the goal.
        const QString useCase =
            QStringLiteral("### UC-001: Transcribe a hearing\n\n**Actor**: Court clerk\n\n**Preconditions**:\n"
                           "- Clerk signed in via SSO\n\n**Main Flow**:\n1. Clerk uploads the hearing audio for "
                           "speech-to-text.\n\n");
        QTest::newRow("use case: its goal") << QString(QStringLiteral("## Use Cases\n\n") + useCase)
                                            << QStringLiteral("Transcribe a hearing") << QStringLiteral("### UC-001");
        QTest::newRow("functional requirement before the use case goal")
            << QString(QStringLiteral("## Use Cases\n\n") + useCase + QStringLiteral("## Functional Requirements\n\n") +
                       transcription)
            << QStringLiteral("transcribe hearing audio") << QStringLiteral("### FR-001");
        QTest::newRow("a constraint says how, not what for")
            << QString(QStringLiteral("## Constraints\n\n### TC-001: Managed services\n\n**Description**: Must use "
                                      "the cloud's managed speech-to-text service, not a model of our own.\n\n"
                                      "## Functional Requirements\n\n") +
                       transcription)
            << QStringLiteral("transcribe hearing audio") << QStringLiteral("### FR-001");
        // A requirement that names it in an aside comes first; the one whose
        // title is the capability says what it is for.
        QTest::newRow("the titled requirement over an aside")
            << QString(QStringLiteral("## Functional Requirements\n\n### FR-001: Hearing bundles\n\n**Description**: "
                                      "The system MUST assemble hearing bundles (audio kept for speech-to-text "
                                      "later).\n\n") +
                       QStringLiteral("### FR-002: Speech-to-text\n\n**Description**: The system MUST produce a "
                                      "draft transcript of every hearing.\n\n"))
            << QStringLiteral("draft transcript of every hearing") << QStringLiteral("### FR-002");
        // Named only weakly ("transcribed"): the functional requirement's
        // statement, not the title of a use case that mentions it in a step.
        QTest::newRow("weakly named: its functional requirement's statement")
            << QStringLiteral("## Use Cases\n\n### UC-002: Attend a hearing\n\n**Main Flow**:\n1. The hearing is "
                              "recorded and transcribed by the AI model.\n\n## Functional Requirements\n\n"
                              "### FR-003: Hearing records\n\n**Description**: The system MUST give each party a "
                              "written record of the hearing, transcribed by an AI model within the day.\n\n")
            << QStringLiteral("give each party a written record") << QStringLiteral("### FR-003");
    }

    void purposeFromWhatTheSystemDoes()
    {
        QFETCH(QString, requirements);
        QFETCH(QString, purpose);
        QFETCH(QString, purposeHeading);
        const QString text = reqHeader + requirements;
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), text)});
        const MlCapability *speech = profile.capability(QStringLiteral("speech-to-text"));
        QVERIFY(speech);
        if (purpose.isEmpty())
            QVERIFY2(speech->purpose.isEmpty(), qPrintable(speech->purpose));
        else
            QVERIFY2(speech->purpose.contains(purpose), qPrintable(speech->purpose));
        QVERIFY(!speech->purpose.contains(QLatin1String("TLS")));
        // The purpose is cited at the line of the requirement that states it.
        if (purposeHeading.isEmpty()) {
            QVERIFY2(speech->purposeSource.isEmpty(), qPrintable(speech->purposeSource));
        } else {
            const QString prefix = QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:");
            QVERIFY2(speech->purposeSource.startsWith(prefix), qPrintable(speech->purposeSource));
            const int line = speech->purposeSource.mid(prefix.size()).toInt();
            QVERIFY2(text.split(QLatin1Char('\n')).value(line - 1).startsWith(purposeHeading),
                     qPrintable(speech->purposeSource));
        }
    }

    // A requirement that states the purpose of two capabilities (semantic
    // search using RAG) is the specific one's: LLM generation takes its next
    // own purpose, a requirement whose title names it first.
    void broadCapabilityTakesItsOwnPurpose_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QString>("llmPurpose");
        const QString rag = QStringLiteral(
            "### FR-002: Semantic Search with RAG\n\n**Description**: The system MUST provide semantic search "
            "across guidance using RAG (Retrieval-Augmented Generation) to answer questions.\n\n");
        const QString generation = QStringLiteral(
            "### FR-003: LLM Response Generation\n\n**Description**: The system MUST use an approved LLM to write "
            "plain-English answers from the retrieved passages.\n\n");
        const QString summaries =
            QStringLiteral("### FR-001: Document Summarisation\n\n**Description**: The system MUST provide document "
                           "summarisation of uploaded policy papers.\n\n");
        QTest::newRow("its own titled requirement") << QString(rag + generation) << "write plain-English answers";
        QTest::newRow("a merged summarisation's") << QString(summaries + rag) << "document summarisation";
        QTest::newRow("nothing else: it keeps the shared one") << rag << "semantic search across guidance";
    }
    void broadCapabilityTakesItsOwnPurpose()
    {
        QFETCH(QString, requirements);
        QFETCH(QString, llmPurpose);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"), reqHeader + QStringLiteral("## Functional Requirements\n\n") + requirements)});
        const MlCapability *llm = profile.capability(QStringLiteral("llm-generation"));
        const MlCapability *search = profile.capability(QStringLiteral("semantic-search"));
        QVERIFY(llm && search);
        QVERIFY2(search->purpose.contains(QLatin1String("semantic search across guidance")),
                 qPrintable(search->purpose));
        QVERIFY2(llm->purpose.contains(llmPurpose), qPrintable(llm->purpose));
    }

    void namedServiceGivesTheApproach_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<QString>("capability");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("approach");
        QTest::newRow("pre-built speech")
            << QStringLiteral("The system MUST transcribe calls with Amazon Transcribe speech-to-text.")
            << QStringLiteral("speech-to-text") << QStringLiteral("Amazon Transcribe")
            << QStringLiteral("prebuilt-saas");
        QTest::newRow("foundation model")
            << QStringLiteral("The assistant MUST generate answers with GPT-4o through Azure OpenAI.")
            << QStringLiteral("llm-generation") << QStringLiteral("Azure OpenAI") << QStringLiteral("foundation-api");
        QTest::newRow("custom trained")
            << QStringLiteral(
                   "The system MUST detect defects with a computer vision model trained on our labelled images.")
            << QStringLiteral("vision") << QString() << QStringLiteral("custom-trained");
        QTest::newRow("fine-tuned") << QStringLiteral(
                                           "The LLM MUST be fine-tuned on past decisions before it drafts letters.")
                                    << QStringLiteral("llm-generation") << QString() << QStringLiteral("fine-tuned");
        QTest::newRow("a fine-tuning dataset register is no fine-tuning")
            << QStringLiteral("The assistant MUST answer questions with an LLM. A training and fine-tuning dataset "
                              "register is kept per model.")
            << QStringLiteral("llm-generation") << QString() << QString();
        QTest::newRow("foundation-model, hyphenated")
            << QStringLiteral("The assistant MUST answer questions with an LLM; a foundation-model version change is "
                              "an event.")
            << QStringLiteral("llm-generation") << QString() << QStringLiteral("foundation-api");
        QTest::newRow("an algorithm fitted to the project's data")
            << QStringLiteral("The platform SHOULD recommend courses with collaborative filtering over enrolment "
                              "history.")
            << QStringLiteral("recommendation") << QString() << QStringLiteral("custom-trained");
        QTest::newRow("data kept for fine-tuning is no fine-tuning")
            << QStringLiteral("The assistant MUST answer questions with an LLM. User feedback is recorded for model "
                              "fine-tuning.")
            << QStringLiteral("llm-generation") << QString() << QString();
    }

    void namedServiceGivesTheApproach()
    {
        QFETCH(QString, requirement);
        QFETCH(QString, capability);
        QFETCH(QString, service);
        QFETCH(QString, approach);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader +
                QStringLiteral("## Functional Requirements\n\n### FR-001: The capability\n\n**Description**: %1\n")
                    .arg(requirement))});
        const MlCapability *found = profile.capability(capability);
        QVERIFY2(found, qPrintable(capability));
        if (!service.isEmpty())
            QVERIFY2(found->service.contains(service), qPrintable(found->service));
        QCOMPARE(found->approach, approach);
        // The approach cites the requirement that states it (the only one here).
        QCOMPARE(found->approachSource.isEmpty(), approach.isEmpty());
        const int line = int(reqHeader.count(QLatin1Char('\n'))) + 3; // "### FR-001" after the heading
        if (!approach.isEmpty())
            QCOMPARE(found->approachSource, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:%1").arg(line));
    }

    // The embeddings of retrieval beside a generative model called through an
    // API are obtained the same way when the system trains nothing, cited at
    // the line that says so of the generative model; a system that trains a
    // model leaves the embeddings' approach to the architect. A service named
    // only among a requirement's dependencies is not where it is decided.
    void embeddingsBesideFoundationModel_data()
    {
        QTest::addColumn<QString>("more");
        QTest::addColumn<QString>("approach");
        QTest::newRow("nothing trained") << QString() << QStringLiteral("foundation-api");
        QTest::newRow("a model trained")
            << QStringLiteral("### FR-004: Triage\n\n**Description**: The system SHALL triage enquiries with a "
                              "classifier trained on our historical cases.\n\n")
            << QString();
    }
    void embeddingsBesideFoundationModel()
    {
        QFETCH(QString, more);
        QFETCH(QString, approach);
        const QString req =
            reqHeader +
            QStringLiteral("## Functional Requirements\n\n### FR-001: Chat\n\n**Description**: Citizens "
                           "SHALL ask questions in a chat.\n\n**Dependencies**: INT-5 (AWS Bedrock)\n\n"
                           "### FR-002: Retrieval\n\n**Description**: The system SHALL retrieve passages "
                           "with semantic search over embeddings.\n\n### FR-003: Answers\n\n"
                           "**Description**: The LLM SHALL generate answers; it MUST use Amazon Bedrock "
                           "for the LLM.\n\n") +
            more;
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), req)});
        const MlCapability *llm = profile.capability(QStringLiteral("llm-generation"));
        const MlCapability *embeddings = profile.capability(QStringLiteral("semantic-search"));
        QVERIFY(llm && embeddings);
        QCOMPARE(llm->approach, QStringLiteral("foundation-api"));
        const int generates = int(req.left(req.indexOf(QLatin1String("### FR-003"))).count(QLatin1Char('\n'))) + 1;
        QCOMPARE(llm->approachSource, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:%1").arg(generates));
        QCOMPARE(embeddings->approach, approach);
        QCOMPARE(embeddings->approachSource, approach.isEmpty() ? QString() : llm->approachSource);
    }

    // A service named in research counts only where the research recommends
    // it; an option it compared and rejected names nothing. An accepted ADR
    // that cites the capability's requirements says how its model is obtained.
    void serviceFromDecisionsNotComparedOptions_data()
    {
        QTest::addColumn<QString>("research");
        QTest::addColumn<QString>("adrContext");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("approach");
        const QString rejected = QStringLiteral(
            "## Service Evaluation\n\n### Amazon Rekognition Custom Labels\n\n**Fit**: Medium. Quick to start, "
            "but no saliency maps. Rejected.\n\n## Recommendation\n\nAmazon SageMaker for the whole lifecycle.\n");
        const QString recommended =
            QStringLiteral("## Recommendation\n\nUse Amazon Rekognition Custom Labels for the defect images.\n");
        QTest::newRow("rejected option names no service")
            << rejected << QStringLiteral("The team compared three platforms.") << QString() << QString();
        QTest::newRow("recommended service is named")
            << recommended << QStringLiteral("The team compared three platforms.")
            << QStringLiteral("Amazon Rekognition") << QStringLiteral("prebuilt-saas");
        QTest::newRow("accepted ADR citing the requirement: custom trained")
            << rejected << QStringLiteral("We need to train custom image classifiers (FR-001), retrained monthly.")
            << QString() << QStringLiteral("custom-trained");
        QTest::newRow("ADR citing another requirement says nothing of this one")
            << rejected << QStringLiteral("We need to train custom image classifiers (FR-0012).") << QString()
            << QString();
    }
    void serviceFromDecisionsNotComparedOptions()
    {
        QFETCH(QString, research);
        QFETCH(QString, adrContext);
        QFETCH(QString, service);
        QFETCH(QString, approach);
        const ProfileDocuments documents{
            document(QStringLiteral("REQ"),
                     reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Grade defects\n\n"
                                                "**Description**: The system SHALL grade defect photographs with a "
                                                "computer vision model.\n")),
            document(QStringLiteral("AWRS"), QStringLiteral("# AWS Research\n\n") + research),
            document(QStringLiteral("ADR"),
                     QStringLiteral("# ADR-001: ML platform\n\n## Status\n\nAccepted\n\n## Context\n\n%1\n\n"
                                    "## Decision\n\nWe will use Amazon SageMaker.\n")
                         .arg(adrContext),
                     QStringLiteral("decisions/ARC-001-ADR-001-v1.0.md"))};
        const MlSystemProfile profile = profileOf(documents);
        QCOMPARE(profile.platform.decided.value, QStringLiteral("SageMaker"));
        const MlCapability *vision = profile.capability(QStringLiteral("vision"));
        QVERIFY(vision);
        QCOMPARE(vision->service, service);
        QCOMPARE(vision->approach, approach);
    }

    // A generative capability whose own requirements say nothing of how the
    // model is obtained takes it from an ML requirement of the whole system
    // (an integration with foundation-model APIs), unless another trains.
    void generativeApproachFromSystemRequirements_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("approach");
        QTest::newRow("foundation-model APIs")
            << QStringLiteral("The agents SHALL call foundation-model vendor APIs for every AI decision.")
            << QStringLiteral("foundation-api");
        QTest::newRow("one requirement fine-tunes: undecided")
            << QStringLiteral("The agents SHALL call foundation-model vendor APIs. The AI model SHALL be fine-tuned on "
                              "past cases.")
            << QString();
        QTest::newRow("nothing said") << QStringLiteral("The AI agents SHALL log each decision.") << QString();
    }
    void generativeApproachFromSystemRequirements()
    {
        QFETCH(QString, integration);
        QFETCH(QString, approach);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Drafts\n\n**Description**: The "
                                       "assistant SHALL draft replies with generative AI.\n\n## Integration "
                                       "Requirements\n\n### INT-001: Model access\n\n**Description**: %1\n")
                            .arg(integration))});
        const MlCapability *llm = profile.capability(QStringLiteral("llm-generation"));
        QVERIFY(llm);
        QCOMPARE(llm->approach, approach);
    }

    // A model card supplied in external/ names the model it describes and its
    // owner; it describes the capability whose requirements share most of its
    // title and intended use, and nothing when none clearly does.
    void suppliedModelCardNamesModelAndOwner_data()
    {
        QTest::addColumn<QString>("intendedUse");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("owner");
        QTest::newRow("the grading model")
            << QStringLiteral("Suggest the severity category of a road defect from a photograph, for an inspector.")
            << QStringLiteral("defect-grader") << QStringLiteral("Dr Ada Byron, ML Lead");
        QTest::newRow("a card about nothing the requirements need")
            << QStringLiteral("Forecast electricity consumption per household for tariff planning.") << QString()
            << QString();
    }
    void suppliedModelCardNamesModelAndOwner()
    {
        QFETCH(QString, intendedUse);
        QFETCH(QString, service);
        QFETCH(QString, owner);
        const ProfileDocuments documents{
            document(QStringLiteral("REQ"),
                     reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Grade defects\n\n"
                                                "**Description**: The system SHALL predict the severity category of "
                                                "each road defect from its photograph using a computer vision "
                                                "model.\n\n### FR-002: Draft letters\n\n**Description**: The "
                                                "assistant SHALL draft letters to the reporter with an LLM.\n")),
            document(QStringLiteral("EXTERNAL"),
                     QStringLiteral("# Model Card: Defect Grader\n\n## Model Details\n\n| Item | Value |\n"
                                    "|---|---|\n| Name | defect-grader |\n| Owner | Dr Ada Byron, ML Lead |\n\n"
                                    "## Intended Use\n\n%1\n")
                         .arg(intendedUse),
                     QStringLiteral("external/model-card-grader.md"))};
        const MlSystemProfile profile = profileOf(documents);
        const MlCapability *vision = profile.capability(QStringLiteral("vision"));
        const MlCapability *llm = profile.capability(QStringLiteral("llm-generation"));
        QVERIFY(vision && llm);
        QCOMPARE(vision->service, service);
        QCOMPARE(vision->owner, owner);
        QVERIFY(llm->owner.isEmpty());
        QCOMPARE(vision->evidence.contains(QStringLiteral("projects/001-x/external/model-card-grader.md:7")),
                 !service.isEmpty());
    }

    // "Every trained model SHALL be registered": with a specific model, the
    // generic predictive model is that model spoken of in general.
    void genericModelFoldsIntoSpecificOnes()
    {
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Classify letters\n\n"
                                       "**Description**: The system SHALL classify incoming letters with a text "
                                       "classifier.\n\n### FR-002: Model registry\n\n**Description**: Every "
                                       "trained model SHALL be registered with its training data version.\n"))});
        QVERIFY(profile.capability(QStringLiteral("classification")));
        QVERIFY(!profile.capability(QStringLiteral("predictive-model")));
        const MlSystemProfile alone = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-002: Model registry\n\n**Description**: "
                                       "The system SHALL use a machine learning model to flag late payments. Every "
                                       "trained model SHALL be registered.\n"))});
        QVERIFY(alone.capability(QStringLiteral("predictive-model")));
    }

    // A function whose title names a prediction and whose statement makes the
    // system predict is a model of its own beside a specific one; a title that
    // names another model's predictions ("Explain Each Prediction") is not.
    void predictionNamedByAFunction_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<bool>("model");
        QTest::newRow("predicts") << "### FR-001: Claim urgency prediction\n\n**Description**: The system MUST "
                                     "predict the urgency of each claim and assign it one of four priority bands.\n"
                                  << true;
        QTest::newRow("another model's predictions")
            << "### FR-001: Explain each prediction\n\n**Description**: The system MUST show inspectors the image "
               "regions behind each machine learning prediction.\n"
            << false;
    }
    void predictionNamedByAFunction()
    {
        QFETCH(QString, requirement);
        QFETCH(bool, model);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n") + requirement +
                QStringLiteral("\n### FR-002: Fraud risk scoring\n\n**Description**: The system MUST give every "
                               "claim a fraud risk score using a gradient-boosted model.\n"))});
        QVERIFY(profile.capability(QStringLiteral("anomaly-detection")));
        QCOMPARE(bool(profile.capability(QStringLiteral("predictive-model"))), model);
    }

    // A capability among the examples of a list, in a requirement that is no
    // ML work, is no use of it: a project that says so much runs no model.
    void capabilityNamedAsAnExample_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("model");
        QTest::newRow("an example of accessibility tools")
            << "The service MUST offer accessibility tools, e.g. automatic translation of pages into community "
               "languages, using the browser's own features."
            << false;
        QTest::newRow("one of several tools, such as")
            << "Pages MUST work with assistive tools such as screen readers and automatic translation." << false;
        QTest::newRow("an example list wrapped over lines")
            << "Pages MUST work with assistive tools, such as\nautomatic translation of pages using the browser's own "
               "features."
            << false;
        QTest::newRow("asked of the system")
            << "The service MUST offer automatic translation of pages into Welsh." << true;
        QTest::newRow("after the list's sentence")
            << "Pages MUST work with tools such as screen readers. The service MUST offer automatic translation of "
               "pages into Welsh."
            << true;
    }
    void capabilityNamedAsAnExample()
    {
        QFETCH(QString, statement);
        QFETCH(bool, model);
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"), reqHeader +
                                                           QStringLiteral("## Functional Requirements\n\n### FR-011: "
                                                                          "Accessibility\n\n**Description**: ") +
                                                           statement + QLatin1Char('\n'))});
        QCOMPARE(bool(profile.capability(QStringLiteral("translation"))), model);
    }

    // A capability named only in plain words and by one requirement is a
    // model of the system when that requirement says a model does it.
    void weakNameDoneByAModel_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<bool>("model");
        QTest::newRow("matched by a machine learning model")
            << "### FR-001: Job matching\n\n**Description**: The employment service MUST match job seekers to "
               "vacancies with a machine learning model that scores each pairing.\n"
            << true;
        QTest::newRow("matched by an adviser")
            << "### FR-001: Job matching\n\n**Description**: Advisers MUST be able to match job seekers to "
               "vacancies in the case management system.\n"
            << false;
    }
    void weakNameDoneByAModel()
    {
        QFETCH(QString, requirement);
        QFETCH(bool, model);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n") + requirement +
                QStringLiteral("\n### FR-002: Pothole detection\n\n**Description**: The system MUST detect potholes "
                               "in images from refuse-lorry cameras with a computer vision model.\n"))});
        QVERIFY(profile.capability(QStringLiteral("vision")));
        QCOMPARE(bool(profile.capability(QStringLiteral("matching-scoring"))), model);
    }

    // A function of a system that runs models, asking for a capability in
    // plain words ("convert call recordings to text"), asks for that model;
    // the same words asked of staff, or in a project where no model is at
    // work, name none.
    void plainWordsInAnMlSystem_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<bool>("modelAtWork");
        QTest::addColumn<QString>("capability");
        QTest::addColumn<bool>("model");
        const QString recordings = QStringLiteral(
            "### FR-003: Call recordings\n\n**Description**: The system MUST convert contact-centre call recordings "
            "to text automatically so that calls can be searched.\n");
        QTest::newRow("recordings to text, in an ML system") << recordings << true << "speech-to-text" << true;
        QTest::newRow("recordings to text, no model at work") << recordings << false << "speech-to-text" << false;
        QTest::newRow("recordings to text, by staff")
            << "### FR-003: Call notes\n\n**Description**: Staff MUST convert call recordings into text notes on "
               "the case.\n"
            << true << "speech-to-text" << false;
        QTest::newRow("pages translated automatically")
            << "### FR-004: Multilingual pages\n\n**Description**: The system MUST automatically translate service "
               "pages into Polish, Urdu and Welsh.\n"
            << true << "translation" << true;
        QTest::newRow("the sentiment of feedback")
            << "### FR-013: Feedback mood\n\n**Description**: The system MUST classify the sentiment of resident "
               "feedback as positive, neutral or negative.\n"
            << true << "sentiment" << true;
        QTest::newRow("payments against their history")
            << "### FR-009: Payment anomalies\n\n**Description**: The system MUST flag housing benefit payments "
               "that look anomalous compared with the claimant's history.\n"
            << true << "anomaly-detection" << true;
        QTest::newRow("facts from letters")
            << "### FR-001: Referral reading\n\n**Description**: The system MUST extract the presenting complaint, "
               "medications and red-flag symptoms from each referral letter.\n"
            << true << "entity-extraction" << true;
        QTest::newRow("an aside in a list of purposes")
            << "### FR-020: Consent\n\n**Description**: Residents MUST consent to each purpose: call handling, "
               "payments, and pages translated automatically.\n"
            << true << "translation" << false;
    }
    void plainWordsInAnMlSystem()
    {
        QFETCH(QString, requirement);
        QFETCH(bool, modelAtWork);
        QFETCH(QString, capability);
        QFETCH(bool, model);
        const QString vision = QStringLiteral(
            "### FR-012: Pothole detection\n\n**Description**: The system MUST detect potholes in images from "
            "refuse-lorry cameras with a computer vision model.\n\n");
        const ProfileDocument req =
            document(QStringLiteral("REQ"), reqHeader.section(QStringLiteral("## Executive"), 0, 0) +
                                                QStringLiteral("## Functional Requirements\n\n") +
                                                (modelAtWork ? vision : QString()) + requirement);
        const MlSystemProfile profile = profileOf({req});
        const MlCapability *found = profile.capability(capability);
        QCOMPARE(bool(found), model);
        if (model)
            QVERIFY2(!found->statedBy.isEmpty() || !found->definedBy.isEmpty(), qPrintable(capability));
    }

    // The name the summary gives what runs the models; never the whole
    // service or the council.
    void aiNamesFromTheSummary_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("the assistant") << "The assistant will use a large language model (LLM) hosted in Azure to "
                                          "summarise bundles."
                                       << QStringList{QStringLiteral("assistant")};
        QTest::newRow("two words") << "The triage assistant uses machine learning to suggest an urgency."
                                   << QStringList{QStringLiteral("triage assistant")};
        QTest::newRow("is a RAG assistant") << "Coach Assist is a retrieval-augmented generation (RAG) assistant."
                                            << QStringList{QStringLiteral("coach assist"), QStringLiteral("assistant")};
        QTest::newRow("the whole service")
            << "The service will use machine learning to sort incoming letters." << QStringList{};
        QTest::newRow("the council") << "The council will use AI models to check applications." << QStringList{};
        QTest::newRow("the bank") << "The bank will use machine learning to score card payments." << QStringList{};
        QTest::newRow("a product, not its agents")
            << "Reply Assist is an AI-powered agent that drafts replies for contact centre agents."
            << QStringList{QStringLiteral("reply assist")};
        // Introduced as a product that assists, in a system that runs models.
        QTest::newRow("introduces an assistant")
            << "This project introduces an agent assistant that listens to calls and writes up each call."
            << QStringList{QStringLiteral("assistant")};
        QTest::newRow("provides a copilot")
            << "The programme provides a drafting copilot for caseworkers." << QStringList{QStringLiteral("copilot")};
        QTest::newRow("a bought AI product")
            << "The Trust will deploy a commercial, CE-marked (Class IIa) AI product that analyses chest X-rays."
            << QStringList{QStringLiteral("product")};
        QTest::newRow("given to citizens, in the summary's list")
            << "The service will:\n\n- give citizens an online assistant that answers general questions;\n- "
               "replace the web form."
            << QStringList{QStringLiteral("assistant")};
        QTest::newRow("is a study assistant")
            << "Ask Wex is a study assistant that answers questions using the course materials."
            << QStringList{QStringLiteral("assistant")};
        QTest::newRow("what one will do")
            << "A conversational assistant will interpret what the patient writes and ask clarifying questions."
            << QStringList{QStringLiteral("assistant")};
        QTest::newRow("a product named, then what it is")
            << "\"Ask IT\" — an assistant available in Microsoft Teams that answers staff questions."
            << QStringList{QStringLiteral("assistant")};
    }

    // The parts of the solution the summary lists by name, when they run a
    // model; objectives and measures in such a list are no parts.
    void partNamesFromTheSummary_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("automated parts, with what they are")
            << "1. **Automated leak detection** — a detector that reviews overnight logger readings and raises "
               "alerts.\n2. **Field workflow improvements** — job dispatch and permits."
            << QStringList{QStringLiteral("leak detection"), QStringLiteral("automated detection"),
                           QStringLiteral("detector")};
        QTest::newRow("a part with a similarity score, said in the plural")
            << "- **Likeness checks** comparing the new photograph with the one on record, producing a similarity "
               "score."
            << QStringList{QStringLiteral("likeness check")};
        // Shortened as people say them: "the photo checks", "the automated checks".
        QTest::newRow("an automated part of three words")
            << "- **Automated photo quality checks** at upload, with low-confidence results sent to a caseworker."
            << QStringList{QStringLiteral("photo quality check"), QStringLiteral("automated check"),
                           QStringLiteral("photo check")};
        QTest::newRow("objectives are no parts")
            << "- **Reduce helpline volume** by 30% with AI answers.\n- **AI Accuracy**: >95% of responses "
               "helpful.\n- **O-2: Customer satisfaction** with predicted outcomes."
            << QStringList{};
        QTest::newRow("a part that runs no model")
            << "- **Case management** — a system that tracks every letter." << QStringList{};
    }
    void partNamesFromTheSummary()
    {
        QFETCH(QString, summary);
        QFETCH(QStringList, names);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            QStringLiteral("# Project Requirements: X\n\n## Executive Summary\n\n") + summary +
                QStringLiteral("\n\n## Functional Requirements\n\n### FR-001: Sorting\n\n**Description**: Letters "
                               "MUST be sorted into 12 types by a document classification model.\n"))});
        QVERIFY(profile.isMlSystem);
        QCOMPARE(profile.partNames, names);
    }
    void aiNamesFromTheSummary()
    {
        QFETCH(QString, summary);
        QFETCH(QStringList, names);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            QStringLiteral("# Project Requirements: X\n\n## Executive Summary\n\n") + summary +
                QStringLiteral("\n\n## Functional Requirements\n\n### FR-001: Sorting\n\n**Description**: Letters "
                               "MUST be sorted into 12 types by a document classification model.\n"))});
        QVERIFY(profile.isMlSystem);
        QCOMPARE(profile.aiNames, names);
    }

    // Plain words alone name models when three functions ask for three of
    // them: no system that runs no model asks for so many. One or two are
    // still no model at work.
    void plainWordsOfThreeFunctions_data()
    {
        QTest::addColumn<int>("functions");
        QTest::addColumn<bool>("mlSystem");
        QTest::addColumn<QString>("source");
        QTest::newRow("one") << 1 << false << QString();
        QTest::newRow("two") << 2 << false << QString();
        QTest::newRow("three") << 3 << true << QString();
        // Each says where its result comes from: a lookup, no model.
        QTest::newRow("three, each from its rule") << 3 << false << QStringLiteral(", taken from the target date");
    }
    void plainWordsOfThreeFunctions()
    {
        QFETCH(int, functions);
        QFETCH(bool, mlSystem);
        QFETCH(QString, source);
        QStringList statements = {
            QStringLiteral(
                "### FR-004: Job length\n\n**Description**: For every job, the service will estimate how long "
                "the operative will need on site.\n\n"),
            QStringLiteral("### FR-005: Waiting list\n\n**Description**: Repairs waiting for an appointment must be "
                           "ordered by likely need rather than by date reported.\n\n"),
            QStringLiteral(
                "### FR-009: Invoices\n\n**Description**: Before an invoice is paid, the service will pick out "
                "invoices that look unusual for that supplier.\n\n")};
        for (QString &statement : statements)
            statement.replace(QStringLiteral(".\n\n"), source + QStringLiteral(".\n\n"));
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"), reqHeader.section(QStringLiteral("## Executive"), 0, 0) +
                                                           QStringLiteral("## Functional Requirements\n\n") +
                                                           statements.mid(0, functions).join(QString()))});
        QCOMPARE(profile.isMlSystem, mlSystem);
        if (mlSystem) {
            QVERIFY(profile.capability(QStringLiteral("predictive-model")));
            QVERIFY(profile.capability(QStringLiteral("ranking")));
            QVERIFY(profile.capability(QStringLiteral("anomaly-detection")));
        }
    }

    // A list item's "title" is its statement: a capability it asks for in
    // plain words is asked of the system there.
    void plainWordsInAListItem()
    {
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"),
                      reqHeader.section(QStringLiteral("## Executive"), 0, 0) +
                          QStringLiteral(
                              "## Functional Requirements\n\n"
                              "- **FR-001**: The platform MUST produce an hourly demand forecast for each zone using a "
                              "time-series model.\n"
                              "- **FR-007**: The platform shall classify every inbound customer email and web form "
                              "into one of\n  14 contact categories with a confidence score.\n"
                              "- **FR-009**: Customers must receive an acknowledgement email within 1 hour.\n"))});
        const MlCapability *classification = profile.capability(QStringLiteral("classification"));
        QVERIFY(classification);
        QCOMPARE(classification->requirements, QStringList{QStringLiteral("FR-007")});
        QVERIFY(profile.capability(QStringLiteral("forecasting")));
    }

    // A project whose requirements say it runs no model is no ML system, for
    // all the ML words of its other requirements; one that rules out only
    // generative AI still runs the models its functions ask for.
    void declaredWithoutModels_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<bool>("mlSystem");
        QTest::newRow("a rules engine, no machine learning")
            << "### FR-016: Fraud risk flags\n\n**Description**: The rules engine SHALL add a points-based risk score "
               "defined in a decision table; claims above 40 points go to the counter-fraud queue.\n\n"
               "## Constraints\n\n**TC-001**: The decision platform MUST be the existing decision management product; "
               "no machine learning components are to be introduced.\n"
            << false;
        QTest::newRow("no generative AI, a classifier asked for")
            << "### FR-001: Email sorting\n\n**Description**: Incoming emails MUST be sorted into 12 service "
               "categories "
               "by a text classifier.\n\n## Constraints\n\n**TC-001**: No generative AI will be used in the "
               "service.\n"
            << true;
    }
    void declaredWithoutModels()
    {
        QFETCH(QString, requirements);
        QFETCH(bool, mlSystem);
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"), reqHeader.section(QStringLiteral("## Executive"), 0, 0) +
                                                 QStringLiteral("## Functional Requirements\n\n") + requirements)});
        QCOMPARE(profile.isMlSystem, mlSystem);
        if (!mlSystem)
            QVERIFY2(profile.notMlReason.contains(QLatin1String("no machine learning components")),
                     qPrintable(profile.notMlReason));
    }

    // The AI Playbook assessment is where an architect says whether the
    // system uses AI at all: its "No AI is used in this system." makes the
    // project no ML system, for all the words of its requirements; a
    // partial denial ("No AI is used to make final decisions") does not.
    void declaredWithoutModelsInTheAssessment_data()
    {
        QTest::addColumn<QString>("assessment");
        QTest::addColumn<bool>("mlSystem");
        QTest::newRow("no AI in the system")
            << "**No AI is used in this system.** Eligibility is a decision table." << false;
        QTest::newRow("no AI in final decisions")
            << "No AI is used to make final decisions: a caseworker decides every case." << true;
        QTest::newRow("in a table cell, not said") << "| Uses AI? | No AI tools |" << true;
    }
    void declaredWithoutModelsInTheAssessment()
    {
        QFETCH(QString, assessment);
        QFETCH(bool, mlSystem);
        const QString requirements = QStringLiteral(
            "## Functional Requirements\n\n### FR-001: Eligibility explanation\n\n**Description**: Every decision "
            "MUST be explainable and an ATRS record MUST be published for the eligibility algorithm.\n");
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"), reqHeader.section(QStringLiteral("## Executive"), 0, 0) + requirements),
             document(QStringLiteral("AIPB"), QStringLiteral("# AI Playbook Assessment\n\n## Summary\n\n") +
                                                  assessment + QStringLiteral("\n"))});
        QCOMPARE(profile.isMlSystem, mlSystem);
        if (!mlSystem)
            QVERIFY2(profile.notMlReason.contains(QLatin1String("AIPB")), qPrintable(profile.notMlReason));
    }

    // A learning algorithm named for what the system must do is a model of
    // its own beside a specific one (fraud detection); "every trained model"
    // beside it is not.
    void algorithmNamedForAPurpose_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("ownModel");
        QTest::newRow("gradient-boosted")
            << "The system MUST calculate the price using a gradient-boosted risk model." << true;
        QTest::newRow("random forest") << "The system MUST estimate severity with a random forest." << true;
        QTest::newRow("every trained model") << "Every trained model MUST be registered before deployment." << false;
    }
    void algorithmNamedForAPurpose()
    {
        QFETCH(QString, statement);
        QFETCH(bool, ownModel);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader.section(QStringLiteral("## Executive"), 0, 0) +
                QStringLiteral("## Functional Requirements\n\n### FR-001: Fraud detection\n\n**Description**: The "
                               "system MUST flag suspicious claims using fraud detection.\n\n### FR-002: Price\n\n"
                               "**Description**: ") +
                statement + QStringLiteral("\n"))});
        QVERIFY(profile.capability(QStringLiteral("anomaly-detection")));
        QCOMPARE(bool(profile.capability(QStringLiteral("predictive-model"))), ownModel);
    }

    // What the ML requirements call the models ("risk model", "pricing and
    // fraud models"), in two of them at least, names them elsewhere; kinds of
    // model that are no ML ("data model", "operating model") and adjectives
    // ("significant model changes") never.
    void modelNamesOfTheMlRequirements()
    {
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader.section(QStringLiteral("## Executive"), 0, 0) +
                QStringLiteral(
                    "## Functional Requirements\n\n### FR-001: Price\n\n**Description**: The system MUST price each "
                    "quote using a gradient-boosted risk model.\n\n### FR-002: Registry\n\n**Description**: Every "
                    "version of the pricing and fraud models MUST be registered with its training data, and the data "
                    "model MUST record each version.\n\n### FR-003: Operating model\n\n**Description**: The target "
                    "operating model MUST name an owner for each team.\n\n### FR-004: Drift\n\n**Description**: "
                    "Drift in the risk model, the pricing model and the fraud model inputs MUST be monitored, and "
                    "significant model changes retrained.\n"))});
        QCOMPARE(profile.modelNames, (QStringList{QStringLiteral("risk model"), QStringLiteral("pricing model"),
                                                  QStringLiteral("fraud model")}));
        Requirements requirements;
        Requirement latency;
        latency.id = QStringLiteral("NFR-P-001");
        latency.kind = QStringLiteral("NFR");
        latency.title = QStringLiteral("Quote latency");
        latency.body = QStringLiteral("Risk model scoring MUST complete within 300 ms for each quote.");
        requirements << latency;
        MlClassifier().classify(requirements, {}, {}, profile.modelNames);
        QVERIFY2(requirements.first().ml, qPrintable(requirements.first().evidence.join(QLatin1String("; "))));
    }

    // The project's own words for its models and their outputs become the
    // classifier's: a requirement about "priority bands" or "fraud scores"
    // (how soon, who overrides them) is ML work without saying ML.
    void outputsNamedByTheMlRequirements()
    {
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Claim urgency prediction\n\n"
                                       "**Description**: The system MUST predict the urgency of each claim and assign "
                                       "it one of four priority bands.\n\n### FR-002: Fraud detection\n\n"
                                       "**Description**: The system MUST give each claim a fraud score from a machine "
                                       "learning model.\n"))});
        const QStringList terms = MlSystemProfiler::systemTerms(profile);
        for (const char *term : {"priority band", "fraud score"})
            QVERIFY2(terms.contains(QLatin1String(term)), term);
        QVERIFY(!terms.contains(QStringLiteral("each claim")));
        Requirement override;
        override.id = QStringLiteral("FR-007");
        override.kind = QStringLiteral("FR");
        override.title = QStringLiteral("Caseworker override");
        override.body = QStringLiteral("**Description**: Caseworkers MUST be able to override the priority band.");
        MlClassifier().classify(override, terms);
        QVERIFY2(override.ml, qPrintable(override.evidence.join(QLatin1String("; "))));
    }

    void modelOutputNames_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("bands") << "Assign it one of four priority bands." << QStringList{"priority band"};
        QTest::newRow("a score, its whole name")
            << "Give every claim a fraud risk score between 0 and 100." << QStringList{"fraud risk score"};
        QTest::newRow("what it uses is no output")
            << "Give every claim a fraud risk score, using the claimant's credit score and salary band."
            << QStringList{"fraud risk score"};
        QTest::newRow("in title case") << "Assign Priority Bands to claims." << QStringList{"priority band"};
        QTest::newRow("what it uses, then what it produces")
            << "Predict the urgency of each claim from the claim form and evidence, and assign it one of four "
               "priority bands."
            << QStringList{"priority band"};
        QTest::newRow("what it uses, and then what it produces")
            << "Transcribe every call with speech-to-text and produce a call summary with an LLM."
            << QStringList{"call summary"};
        QTest::newRow("categories")
            << "Suggest one of three urgency categories for each referral using a text classification model."
            << QStringList{"urgency category"};
        QTest::newRow("two outputs") << "Produce demand forecasts and personalised recommendations."
                                     << QStringList{"demand forecast", "personalised recommendation"};
        QTest::newRow("summaries") << "Produce case summaries for staff." << QStringList{"case summary"};
        QTest::newRow("a summary of what")
            << "Generate a summary of the consultation responses for each application with a large language model."
            << QStringList{"consultation summary"};
        QTest::newRow("a transcript of each hearing")
            << "Produce a transcript of each hearing." << QStringList{"hearing transcript"};
        QTest::newRow("what it suggests") << "The system MUST suggest the most suitable clinic from 14 clinics."
                                          << QStringList{"suggestion", "suggested"};
        QTest::newRow("what it estimates")
            << "For every job, the service will estimate how long the operative will need on site."
            << QStringList{"estimate", "estimated"};
        QTest::newRow("what it predicts")
            << "The service will predict which claims need a visit." << QStringList{"predicted"};
        QTest::newRow("what it warns of")
            << "The system MUST warn the workshop two weeks before a brake pad is likely to wear out."
            << QStringList{"warning"};
        QTest::newRow("a suggestion asked for is no verb of the system")
            << "Residents can send a suggestion to the team." << QStringList{};
        QTest::newRow("of general words names nothing") << "Show a summary of all of them." << QStringList{};
        QTest::newRow("general words name nothing")
            << "Show the top scores, a high score, the final score and feature flags." << QStringList{};
    }
    void modelOutputNames()
    {
        QFETCH(QString, statement);
        QFETCH(QStringList, names);
        QCOMPARE(ModelOutputNames::in(statement), names);
    }

    // A protective marking ("classified OFFICIAL-SENSITIVE") is no model's class;
    // a classification model named as one is.
    void protectiveMarkingIsNoClassifier_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("classification");
        QTest::newRow("marking") << "The AI service MUST propagate classification markings (OFFICIAL, "
                                    "OFFICIAL-SENSITIVE); outputs are classified at the same level."
                                 << false;
        QTest::newRow("document classification as a marking")
            << "The upload service MUST validate the document classification (OFFICIAL-SENSITIVE)." << false;
        QTest::newRow("classifier of markings")
            << "The AI service MUST suggest the protective marking with a document classification model." << true;
        QTest::newRow("ML classification") << "The ML model MUST classify each letter by topic." << true;
    }
    void protectiveMarkingIsNoClassifier()
    {
        QFETCH(QString, statement);
        QFETCH(bool, classification);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"), reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Handling\n\n"
                                                              "**Description**: %1\n\n### FR-002: Handling again\n\n"
                                                              "**Description**: %1\n")
                                                   .arg(statement))});
        QCOMPARE(profile.capability(QStringLiteral("classification")) != nullptr, classification);
    }

    // In a system of AI agents, an LLM that only quality requirements name
    // (its red-team testing) is the agents' model, not a model of its own;
    // an LLM the system uses for something itself stays one.
    void llmOfTheAgents_data()
    {
        QTest::addColumn<QString>("llmRequirement");
        QTest::addColumn<bool>("ownModel");
        QTest::newRow("named only by its security testing")
            << "## Non-Functional Requirements\n\n#### NFR-SEC-005: Adversarial testing\n\n**Requirement**: "
               "Prompt injection and jailbreak testing of the LLM before each release.\n\n"
            << false;
        QTest::newRow("used by the system itself")
            << "### FR-002: Briefings\n\n**Description**: The system MUST draft ministerial briefings with an "
               "LLM.\n\n"
            << true;
    }
    void llmOfTheAgents()
    {
        QFETCH(QString, llmRequirement);
        QFETCH(bool, ownModel);
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"),
                                reqHeader +
                                    QStringLiteral("## Functional Requirements\n\n### FR-001: Autonomous agents\n\n"
                                                   "**Description**: AI agents MUST triage tenders for officers.\n\n") +
                                    llmRequirement)});
        const MlCapability *agents = profile.capability(QStringLiteral("agents"));
        QVERIFY(agents);
        QCOMPARE(profile.capability(QStringLiteral("llm-generation")) != nullptr, ownModel);
        if (!ownModel)
            QVERIFY2(agents->requirements.contains(QStringLiteral("NFR-SEC-005")),
                     qPrintable(agents->requirements.join(QLatin1Char(','))));
    }

    // In a system of AI agents, a requirement about every agent or each one
    // (its tier, its fallback) is about the AI, even in words that name no ML.
    void agentsAreTheSystemsAi_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("ml");
        QTest::newRow("every agent") << "Every agent has a recorded tier, with promotion gated by the AI Governance "
                                        "Committee."
                                     << true;
        QTest::newRow("all agents") << "All agents are exercised against the AI fallback path each year." << true;
        QTest::newRow("a person, not an agent of the system")
            << "Every contact-centre agent completes data protection training each year." << false;
    }
    void agentsAreTheSystemsAi()
    {
        QFETCH(QString, statement);
        QFETCH(bool, ml);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Autonomous agents\n\n"
                                       "**Description**: AI agents MUST draft tender evaluations with a foundation "
                                       "model.\n\n"))});
        QVERIFY(profile.capability(QStringLiteral("agents")));
        Requirement requirement;
        requirement.id = QStringLiteral("FR-007");
        requirement.kind = QStringLiteral("FR");
        requirement.title = QStringLiteral("Tiers and training");
        requirement.body = QStringLiteral("**Description**: ") + statement;
        MlClassifier().classify(requirement, MlSystemProfiler::systemTerms(profile));
        QVERIFY2(requirement.ml == ml, qPrintable(requirement.evidence.join(QLatin1String("; "))));
    }

    // An ML requirement about the AI's outputs that names no capability belongs
    // to the system's one generative capability; with two, to neither.
    void outputsOfTheOneGenerativeCapability_data()
    {
        QTest::addColumn<QString>("capabilities");
        QTest::addColumn<bool>("mapped");
        QTest::newRow("one LLM") << "The assistant MUST answer staff questions with an LLM." << true;
        QTest::newRow("an LLM and agents")
            << "The assistant MUST answer staff questions with an LLM. Autonomous agents book rooms." << false;
    }
    void outputsOfTheOneGenerativeCapability()
    {
        QFETCH(QString, capabilities);
        QFETCH(bool, mapped);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Assistant\n\n**Description**: %1\n\n"
                                       "### FR-002: Bias monitoring\n\n**Description**: The system MUST detect "
                                       "and mitigate bias in AI outputs with fairness metrics and human-in-the-loop "
                                       "review of the model.\n")
                            .arg(capabilities))});
        const MlCapability *llm = profile.capability(QStringLiteral("llm-generation"));
        QVERIFY(llm);
        QCOMPARE(llm->requirements.contains(QStringLiteral("FR-002")), mapped);
    }

    // "The system prompts the user to sign in again" names no system prompt.
    void promptAsAVerbIsNoLlm()
    {
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"),
                      reqHeader + QStringLiteral(
                                      "## Functional Requirements\n\n### FR-001: Single sign-on\n\n**Description**: "
                                      "The system MUST use single sign-on.\n\n- When the session expires, the "
                                      "system prompts re-authentication.\n- The system prompts the user to save.\n"))});
        QVERIFY(!profile.capability(QStringLiteral("llm-generation")));
        const MlSystemProfile llm = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Assistant\n\n**Description**: "
                                       "System prompts are versioned and reviewed before release.\n"))});
        QVERIFY(llm.capability(QStringLiteral("llm-generation")));
    }

    void guidanceProjectRunsNoModel()
    {
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            reqHeader +
                QStringLiteral(
                    "## Business Requirements\n\n"
                    "### BR-001: GenAI guidance\n\nPublish guidance on the safe use of generative AI and LLMs for "
                    "civil servants.\n\n"
                    "### BR-002: Training courses\n\nDeliver training courses on prompt engineering to 5,000 staff.\n\n"
                    "### BR-003: Procurement\n\nAgree a procurement framework for buying AI tools.\n"))});
        QVERIFY2(!profile.isMlSystem,
                 qPrintable(profile.capabilities.isEmpty() ? QString() : profile.capabilities.first().key));
        QVERIFY(profile.capabilities.isEmpty());
        QVERIFY2(profile.notMlReason.contains(QLatin1String("guidance")), qPrintable(profile.notMlReason));
        QCOMPARE(profile.maturity.current, -1);
    }

    // Guidance as the project's subject (publishing it, training people)
    // against guidance as the system's content (what it retrieves, answers
    // from or responds with).
    void guidanceAsSubjectOrContent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("aboutGuidance");
        QTest::newRow("publish guidance")
            << QStringLiteral("Publish guidance on the safe use of generative AI and LLMs.") << true;
        QTest::newRow("playbook") << QStringLiteral("The AI playbook covers prompt engineering for LLM tools.") << true;
        QTest::newRow("retrieves guidance documents")
            << QStringLiteral("System MUST implement RAG to retrieve relevant guidance documents and ground LLM "
                              "responses in authoritative sources.")
            << false;
        QTest::newRow("receives guidance")
            << QStringLiteral("Citizens ask questions in natural language to the chatbot and receive guidance.")
            << false;
        QTest::newRow("responds with guidance")
            << QStringLiteral("If the backend is unavailable, the chatbot responds with cached guidance.") << false;
        QTest::newRow("content and subject")
            << QStringLiteral("The LLM retrieves guidance pages; a policy on acceptable use is published.") << true;
        QTest::newRow("summarises a policy document")
            << QStringLiteral("Given a user uploads a 20-page PDF policy document, the system generates a summary.")
            << false;
        QTest::newRow("Q&A for policy") << QStringLiteral("Knowledge Base Q&A for Departmental Policy") << false;
        QTest::newRow("drafts from policy")
            << QStringLiteral("The assistant drafts replies from departmental policy.") << false;
        QTest::newRow("writes a policy") << QStringLiteral("Write a departmental policy on the use of AI.") << true;
        QTest::newRow("policy is the department's work")
            << QStringLiteral("The user gives the policy area; if the AI suggests policy options, legal review them.")
            << false;
        QTest::newRow("a policy on AI") << QStringLiteral("Agree a policy on the use of generative AI.") << true;
        QTest::newRow("a policy advisor is a user")
            << QStringLiteral("Actor: Policy Advisor. The assistant answers with an LLM.") << false;
        QTest::newRow("guidance in a list of what is indexed")
            << QStringLiteral("Administrators index and manage the knowledge base (policy documents, guidance, FAQs) "
                              "with semantic embeddings.")
            << false;
        QTest::newRow("guidance beside documents still the subject")
            << QStringLiteral("Publish guidance and templates for teams adopting AI.") << true;
    }

    void guidanceAsSubjectOrContent()
    {
        QFETCH(QString, text);
        QFETCH(bool, aboutGuidance);
        QCOMPARE(CapabilityCatalogue::isAboutGuidance(text), aboutGuidance);
    }

    // "The service will:" and a list: the list is what it will do, bulleted
    // or numbered; with no list after it, the sentence alone.
    void purposeThatIntroducesAList_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("purpose");
        QTest::newRow("bullets")
            << "The Enquiry Service will:\n\n- give citizens an online assistant that answers questions;\n- replace "
               "the web form with case management.\n"
            << "The Enquiry Service will: give citizens an online assistant that answers questions; replace the web "
               "form with case management";
        QTest::newRow("numbered") << "The platform will deliver two ML capabilities:\n1. **Demand forecasting** per "
                                     "zone\n2. **Leak detection** from night flow\n"
                                  << "The platform will deliver two ML capabilities: Demand forecasting per zone; Leak "
                                     "detection from night flow";
        QTest::newRow("no list") << "The platform will deliver two ML capabilities:\n\nSee the scope below.\n"
                                 << "The platform will deliver two ML capabilities:";
    }
    void purposeThatIntroducesAList()
    {
        QFETCH(QString, summary);
        QFETCH(QString, purpose);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            QStringLiteral("# Requirements: X\n\n## Executive Summary\n\n") + summary +
                QStringLiteral("\n## Functional Requirements\n\n### FR-001: Sorting\n\n**Description**: Letters MUST "
                               "be sorted into 12 types by a document classification model.\n"))});
        QCOMPARE(profile.businessPurpose.value, purpose);
        QVERIFY(profile.businessPurpose.source.endsWith(QLatin1String(":5")));
    }

    // Requirements that name no capability ("sent to the AI product for
    // analysis") leave the summary to say what the model does: that
    // capability, cited at the summary, instead of an unnamed model.
    void capabilityFromTheSummary()
    {
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"),
            QStringLiteral("# Requirements: X\n\n## Executive Summary\n\nThe Trust will deploy an AI product that "
                           "analyses chest X-rays and flags suspected nodules.\n\n## Functional Requirements\n\n### "
                           "FR-001: Analysis\n\nThe AI result for every chest X-ray SHALL be returned within 5 "
                           "minutes of acquisition.\n"))});
        QCOMPARE(profile.capabilities.size(), 1);
        QCOMPARE(profile.capabilities.first().key, QStringLiteral("vision"));
        QVERIFY(profile.capabilities.first().purposeSource.endsWith(QLatin1String(":5")));
        QCOMPARE(profile.capabilities.first().requirements, QStringList{QStringLiteral("FR-001")});
    }

    void documentControlDefaults()
    {
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"), reqHeader + capabilityRequirements)});
        QCOMPARE(profile.owner.value, QStringLiteral("Head of Digital, Courts Service"));
        QCOMPARE(profile.owner.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:10"));
        QCOMPARE(profile.reviewCycle.value, QStringLiteral("Quarterly"));
        QCOMPARE(profile.classification.value, QStringLiteral("OFFICIAL-SENSITIVE"));
        QVERIFY2(profile.distribution.isEmpty(), "a placeholder is no default");
        QVERIFY2(profile.businessPurpose.value.startsWith(QLatin1String("The Court Transcripts service will use AI")),
                 qPrintable(profile.businessPurpose.value));
        QVERIFY(profile.businessPurpose.source.endsWith(QLatin1String(":18")));
        QVERIFY2(profile.userImpact.value.contains(QLatin1String("court users receive a transcript")),
                 qPrintable(profile.userImpact.value));
    }

    // With no outcomes section, the impact the summary states for people
    // ("... so that staff spend less time ..."), and never one for no one.
    void userImpactFromTheSummary_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("impact");
        QTest::newRow("so that people")
            << "The programme will use AI to transcribe hearings, so that court staff spend less time on clerical "
               "work and citizens get records sooner."
            << "Court staff spend less time on clerical work and citizens get records sooner.";
        QTest::newRow("people only in the tail") << "The programme will use AI to transcribe hearings, so that the "
                                                    "department meets its targets for users of the service."
                                                 << "";
        QTest::newRow("so that no one") << "The programme will use AI to transcribe hearings, so that the archive "
                                           "is complete and indexed by year."
                                        << "";
        QTest::newRow("helps people, in a bullet")
            << "- help correspondence officers respond faster by generating a draft reply that an officer approves;"
            << "Help correspondence officers respond faster by generating a draft reply that an officer approves.";
        QTest::newRow("supports people") << "The assistant supports agents; it does not talk to customers."
                                         << "The assistant supports agents; it does not talk to customers.";
        QTest::newRow("a wrapped line is no sentence's start")
            << "The portal replaces three forms with one online journey that checks a resident's registration\n"
               "number, and give residents one consistent way to apply."
            << "";
        QTest::newRow("supports AI agents is no people")
            << "The platform supports agents built on AI agents frameworks."
            << "";
    }
    void userImpactFromTheSummary()
    {
        QFETCH(QString, summary);
        QFETCH(QString, impact);
        const MlSystemProfile profile = profileOfSummary(summary);
        QCOMPARE(profile.userImpact.value, impact);
        if (!impact.isEmpty())
            QCOMPARE(profile.userImpact.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:5"));
    }

    // An objective taken as the business purpose is not its user impact too:
    // the next objective that names people is.
    void impactIsNotThePurposeAgain()
    {
        const QString req = QStringLiteral(
            "# Requirements\n\n## Executive Summary\n\nPhoto checks are slow.\n\n### Objectives\n\n"
            "- Halve caseworker photo-checking effort\n- Give applicants immediate feedback on their photograph\n\n"
            "## Functional Requirements\n\n### FR-001: Checks\n\nThe system MUST check photographs with a computer "
            "vision model.\n");
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), req)});
        QCOMPARE(profile.businessPurpose.value, QStringLiteral("Halve caseworker photo-checking effort"));
        QCOMPARE(profile.userImpact.value, QStringLiteral("Give applicants immediate feedback on their photograph"));
    }

    // The load the summary states is the volume the models serve; a figure
    // with no period, or a count of things that are no work, is none.
    void statedVolumeFromTheSummary_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("volume");
        QTest::newRow("millions a year") << "The centres handle around 1.6 million calls a year about billing."
                                         << "1.6 million calls a year";
        QTest::newRow("thousands with a parenthesis")
            << "The Trust performs about 145,000 plain chest X-rays (CXR) a year across three sites."
            << "145,000 plain chest X-rays (CXR) a year";
        QTest::newRow("in a bullet") << "- 2,400 applications per week at peak;"
                                     << "2,400 applications per week";
        QTest::newRow("no period") << "The insurer writes around 410,000 home insurance policies."
                                   << "";
        QTest::newRow("no work") << "The service has 1,180 stores a year in its estate."
                                 << "";
    }
    void statedVolumeFromTheSummary()
    {
        QFETCH(QString, summary);
        QFETCH(QString, volume);
        const MlSystemProfile profile = profileOfSummary(summary);
        QCOMPARE(profile.statedVolume.value, volume);
        if (!volume.isEmpty())
            QCOMPARE(profile.statedVolume.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:5"));
    }

    void plainDocumentControlNames()
    {
        const ProfileDocuments documents{document(
            QStringLiteral("REQ"),
            QStringLiteral(
                "# Requirements\n\n## Document Control\n\n| Field | Value |\n|---|---|\n| Owner | Chief AI Officer |\n"
                "| Review Cycle | Monthly |\n| Distribution | AI Governance Committee |\n"))};
        const MlSystemProfile profile = MlSystemProfiler::profile(documents, {});
        QCOMPARE(profile.owner.value, QStringLiteral("Chief AI Officer"));
        QCOMPARE(profile.reviewCycle.value, QStringLiteral("Monthly"));
        QCOMPARE(profile.distribution.value, QStringLiteral("AI Governance Committee"));
    }

    // Newer ArcKit templates give the next review's date, not the cycle: the
    // usual intervals from the document's last date name one, others nothing.
    void reviewCycleFromReviewDate_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("cycle");
        QTest::addColumn<int>("line");
        QTest::newRow("a month after creation")
            << QStringLiteral("| Created Date | 2026-05-28 |\n| Review Date | 2026-06-27 |\n")
            << QStringLiteral("Monthly") << 8;
        QTest::newRow("a quarter after the last change")
            << QStringLiteral("| Created Date | 2025-11-02 |\n| Last Modified | 2026-01-10 |\n"
                              "| **Next Review Date** | 2026-04-10 |\n")
            << QStringLiteral("Quarterly") << 9;
        QTest::newRow("a year") << QStringLiteral("| Created Date | 2026-01-01 |\n| Review Date | 2027-01-01 |\n")
                                << QStringLiteral("Annual") << 8;
        QTest::newRow("an unusual interval names none")
            << QStringLiteral("| Created Date | 2026-01-01 |\n| Review Date | 2026-02-15 |\n") << QString() << 0;
        QTest::newRow("a placeholder date names none")
            << QStringLiteral("| Created Date | 2026-01-01 |\n| Review Date | [DATE] |\n") << QString() << 0;
        QTest::newRow("a stated cycle wins")
            << QStringLiteral(
                   "| Review Cycle | Quarterly |\n| Created Date | 2026-05-28 |\n| Review Date | 2026-06-27 |\n")
            << QStringLiteral("Quarterly") << 7;
    }
    void reviewCycleFromReviewDate()
    {
        QFETCH(QString, fields);
        QFETCH(QString, cycle);
        QFETCH(int, line);
        const ProfileDocuments documents{
            document(QStringLiteral("REQ"), QStringLiteral("# Requirements\n\n## Document Control\n\n| Field | Value "
                                                           "|\n|---|---|\n") +
                                                fields)};
        const MlSystemProfile profile = MlSystemProfiler::profile(documents, {});
        QCOMPARE(profile.reviewCycle.value, cycle);
        if (!cycle.isEmpty())
            QCOMPARE(profile.reviewCycle.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md:%1").arg(line));
    }

    void servingTargetsAtTheirPercentile()
    {
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"),
                      reqHeader + capabilityRequirements +
                          QStringLiteral("#### NFR-P-003: Batch transcription\n\n**Requirement**: The speech-to-text "
                                         "model MUST process 10,000 recordings in 4 hours overnight.\n"))});
        QCOMPARE(profile.latencyP95.value, QStringLiteral("< 800 ms"));
        QVERIFY2(profile.latencyP50.isEmpty(), "a page-load figure is no model target");
        QVERIFY2(profile.latencyP99.isEmpty(), "a p95 is no p99");
        QVERIFY2(profile.batchTarget.value.startsWith(QLatin1String("10,000 recordings in 4 hours")),
                 qPrintable(profile.batchTarget.value));
    }

    // The confidence below which a person reviews an output, as an ML
    // requirement states it; a statistical confidence level is no threshold.
    void confidenceThreshold_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("threshold");
        QTest::newRow("percentage") << "If the confidence score <70%, the system offers to escalate to an adviser."
                                    << "70%";
        QTest::newRow("fraction") << "Transcripts with confidence below 0.8 are routed to a clerk for review."
                                  << "0.8";
        QTest::newRow("a statistical confidence level")
            << "Accuracy is reported with a confidence level of 95% on the held-out set." << QString();
    }
    void confidenceThreshold()
    {
        QFETCH(QString, statement);
        QFETCH(QString, threshold);
        const MlSystemProfile profile = profileOf(
            {document(QStringLiteral("REQ"),
                      reqHeader + capabilityRequirements +
                          QStringLiteral("#### NFR-Q-001: Transcript quality\n\n**Requirement**: The speech-to-text "
                                         "model's output is checked. %1\n")
                              .arg(statement))});
        QCOMPARE(profile.confidenceThreshold.value, threshold);
    }

    // How long the models' outputs are kept: a retention line that names
    // them, the list under a retention label, or a retention table's row;
    // security and application logs are not the model's outputs.
    void predictionRetention_data()
    {
        QTest::addColumn<QString>("reqText");
        QTest::addColumn<QString>("dataText");
        QTest::addColumn<QString>("retention");
        QTest::addColumn<QString>("line"); // the cited line starts with it
        QTest::newRow("list under a retention label")
            << "**Data Retention**:\n- Anonymised analytics: indefinite\n- Conversation data: 7 years, then deleted\n"
            << QString() << "7 years"
            << "- Conversation data";
        QTest::newRow("a sentence about retention")
            << "**Forensics**:\n- Immutable audit logs: 7-year retention of all prompts, outputs and model versions\n"
            << QString() << "7 years"
            << "- Immutable audit logs";
        QTest::newRow("a row of a retention table in DATA")
            << QString()
            << "| Entity | Active Retention | Total Retention |\n|---|---|---|\n| E-001: Consumer | Account lifetime | "
               "Lifetime |\n| E-007: Recommendation | 12 months | 12 months |\n"
            << "12 months"
            << "| E-007: Recommendation";
        QTest::newRow("security logs are not the model's outputs")
            << "- Log retention: 7 years for security and audit logs, 90 days for application logs\n"
            << QString() << QString() << QString();
    }
    void predictionRetention()
    {
        QFETCH(QString, reqText);
        QFETCH(QString, dataText);
        QFETCH(QString, retention);
        QFETCH(QString, line);
        const QString req = reqHeader + capabilityRequirements + QStringLiteral("\n## Data Requirements\n\n") + reqText;
        ProfileDocuments documents{document(QStringLiteral("REQ"), req)};
        const QString data = QStringLiteral("# Data Model\n\n## Retention\n\n") + dataText;
        if (!dataText.isEmpty())
            documents.append(document(QStringLiteral("DATA"), data));
        const MlSystemProfile profile = profileOf(documents);
        QCOMPARE(profile.predictionRetention.value, retention);
        if (!line.isEmpty()) {
            const QString source = profile.predictionRetention.source;
            const int number = source.section(QLatin1Char(':'), -1).toInt();
            const QString text = dataText.isEmpty() ? req : data;
            QVERIFY2(text.split(QLatin1Char('\n')).value(number - 1).startsWith(line), qPrintable(source));
        }
    }

    // A model its own requirement says runs on a schedule serves in batch;
    // a schedule of something else (a report) says nothing of the model.
    void servingOnASchedule_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QString>("serving");
        QTest::newRow("recommendations updated daily")
            << "### FR-041: Course Recommendation Engine\n\n**Description**: The platform SHOULD provide a "
               "recommendation engine for courses.\n\n**Acceptance Criteria**:\n- Performance: recommendations "
               "updated daily (batch processing), displayed <200ms (cached)\n\n"
            << "batch";
        QTest::newRow("a nightly report, not the model")
            << "### FR-041: Course Recommendation Engine\n\n**Description**: The platform SHOULD provide a "
               "recommendation engine for courses.\n\n### FR-050: Sales report\n\n**Description**: Sales are "
               "updated daily in the finance report.\n\n"
            << "";
    }
    void servingOnASchedule()
    {
        QFETCH(QString, requirements);
        QFETCH(QString, serving);
        const MlSystemProfile profile = profileOf({document(
            QStringLiteral("REQ"), reqHeader + QStringLiteral("## Functional Requirements\n\n") + requirements)});
        const MlCapability *recommendation = profile.capability(QStringLiteral("recommendation"));
        QVERIFY(recommendation);
        QCOMPARE(recommendation->serving, serving);
        QCOMPARE(recommendation->servingSource.isEmpty(), serving.isEmpty());
    }

    // A higher percentile is never faster than a lower one: figures of
    // different scopes that conflict give way to one requirement's consistent
    // set, else are left for the architect.
    void percentilesStayConsistent_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QString>("p95");
        QTest::addColumn<QString>("p99");
        const QString summaries = QStringLiteral(
            "#### NFR-P-001: AI response times\n\n**Requirement**: The LLM summarisation of a bundle completes in "
            "< 30 seconds (95th percentile).\n\n");
        const QString vendor = QStringLiteral(
            "#### NFR-P-002: LLM vendor service level\n\n**Requirement**: The LLM API responds in < 3 seconds (95th "
            "percentile) and < 10 seconds (99th percentile).\n\n");
        const QString vendorP99 = QStringLiteral(
            "#### NFR-P-002: LLM vendor service level\n\n**Requirement**: The LLM API responds in < 10 seconds "
            "(99th percentile).\n\n");
        QTest::newRow("consistent") << QString(vendor + summaries) << "< 3 s"
                                    << "< 10 s";
        QTest::newRow("one requirement's consistent set") << QString(summaries + vendor) << "< 3 s"
                                                          << "< 10 s";
        QTest::newRow("conflict, no consistent set") << QString(summaries + vendorP99) << QString() << QString();
    }
    void percentilesStayConsistent()
    {
        QFETCH(QString, requirements);
        QFETCH(QString, p95);
        QFETCH(QString, p99);
        const MlSystemProfile profile =
            profileOf({document(QStringLiteral("REQ"),
                                reqHeader +
                                    QStringLiteral("## Functional Requirements\n\n### FR-001: Summaries\n\n"
                                                   "**Description**: The system MUST summarise hearing bundles with an "
                                                   "LLM.\n\n## Non-Functional Requirements\n\n") +
                                    requirements)});
        QCOMPARE(profile.latencyP95.value, p95);
        QCOMPARE(profile.latencyP99.value, p99);
    }

    // A figure of the system's own APIs is no model target, unless the
    // requirement is about the AI; a figure "excluding LLM time" never is.
    void systemApiFiguresAreNoModelTarget_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<QString>("p95");
        QTest::newRow("general title: the API figure is skipped")
            << QStringLiteral("#### NFR-P-001: Response Time\n\n**Requirement**: The system MUST respond fast.\n\n"
                              "- API response time: < 200ms (95th percentile) for synchronous APIs\n"
                              "- Document summarisation with the LLM: < 30 seconds (95th percentile)\n")
            << QStringLiteral("< 30 s");
        QTest::newRow("excluding the LLM's time")
            << QStringLiteral("#### NFR-P-001: Response Time\n\n**Requirement**: Chat answers MUST be fast.\n\n"
                              "- Internal processing: < 150ms (p95) excluding LLM time\n"
                              "- LLM response time: < 1.5 seconds (p95)\n")
            << QStringLiteral("< 1.5 s");
        QTest::newRow("a title about the AI keeps its API figure")
            << QStringLiteral("#### NFR-PROC-001: AI vendor contract terms\n\n**Requirement**: The AI provider's "
                              "contract MUST state:\n\n- Response Time SLA: API response time < 3 seconds (95th "
                              "percentile)\n")
            << QStringLiteral("< 3 s");
    }
    void systemApiFiguresAreNoModelTarget()
    {
        QFETCH(QString, requirement);
        QFETCH(QString, p95);
        const QString req = reqHeader +
                            QStringLiteral("## Functional Requirements\n\n### FR-001: Summaries\n\n"
                                           "**Description**: The system SHALL generate summaries of long "
                                           "documents using a large language model (LLM).\n\n"
                                           "## Non-Functional Requirements\n\n") +
                            requirement;
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), req)});
        QCOMPARE(profile.latencyP95.value, p95);
    }

    // The target maturity's timeline is the plan's production launch
    // milestone: a row of a milestones table or an item of a milestones list,
    // with a time; not the gates and activities around it.
    void goLiveFromThePlan_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("goLive");
        QTest::addColumn<int>("line");
        QTest::newRow("milestones table, week under its header")
            << "PLAN"
            << "# Project Plan\n\n### Key Milestones\n\n| Milestone | Week | Date | Gate |\n|---|---|---|---|\n"
               "| Beta Complete (Go/No-Go Decision) | 44 | 2026-11-09 | Beta Assessment |\n"
               "| Production Launch | 45 | 2026-11-16 | Go-Live |\n"
            << "Production Launch, Week 45, 2026-11-16" << 8;
        QTest::newRow("milestones list under a label")
            << "PLAN"
            << "# Project Plan\n\n## Executive Summary\n\n**Key Milestones**:\n- **Public Beta Launch**: Week 43\n"
               "- **Production Launch (Live)**: Week 56 (Month 13)\n"
            << "Production Launch (Live), Week 56 (Month 13)" << 7;
        QTest::newRow("REQ timeline table with a target date")
            << "REQ"
            << "# Requirements\n\n## Timeline and Milestones\n\n| Milestone | Description | Target Date |\n"
               "|---|---|---|\n| Live Assessment | GDS assessment | Month 11 |\n"
               "| Go-live | Public launch on GOV.UK | Q3 2027 |\n"
            << "Go-live, Q3 2027" << 8;
        QTest::newRow("phase activities, a range of weeks")
            << "PLAN"
            << "# Project Plan\n\n### Activities and Timeline\n\n| Week | Activity | Deliverable |\n|---|---|---|\n"
               "| 64-65 | Production deployment and smoke testing | Production live |\n"
               "| 65-69 | Hypercare | Report |\n"
            << "Production deployment and smoke testing, Weeks 64-65" << 7;
        QTest::newRow("a duration under Weeks is no time")
            << "PLAN"
            << "# Project Plan\n\n### Timeline\n\n| Activity | Weeks |\n|---|---|\n"
               "| Production deployment | 2 |\n"
            << "" << 0;
        QTest::newRow("go-live activities are not the milestone")
            << "PLAN"
            << "# Project Plan\n\n### Activities & Timeline\n\n| Week | Activity | Owner |\n|---|---|---|\n"
               "| 45 | Go-Live Communication | Product Owner |\n- Go-live readiness review: Week 44\n"
            << "" << 0;
        QTest::newRow("a go-live with no time")
            << "PLAN"
            << "# Project Plan\n\n## Milestones\n\n- Production launch: after the beta assessment\n"
            << "" << 0;
        QTest::newRow("outside any milestones section")
            << "PLAN"
            << "# Project Plan\n\n## Risks\n\n- Production launch: Week 45 may slip\n"
            << "" << 0;
    }
    void goLiveFromThePlan()
    {
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QString, goLive);
        QFETCH(int, line);
        const MlSystemProfile profile = MlSystemProfiler::profile({document(type, text)}, {});
        QCOMPARE(profile.goLive.value, goLive);
        if (!goLive.isEmpty())
            QCOMPARE(profile.goLive.source, QStringLiteral("projects/001-x/ARC-001-%1-v1.0.md:%2").arg(type).arg(line));
    }

    void maturitySuggestion_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<bool>("inProduction");
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("trained");
        QTest::addColumn<bool>("atScale");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("proof of concept") << "poc" << false << 1 << 1 << false << 0 << 1 << "proof of concept";
        QTest::newRow("pilot with four API models")
            << "pilot" << false << 4 << 0 << false << 0 << 2 << "consumed as services";
        QTest::newRow("new system, one model") << "" << false << 1 << 1 << false << 0 << 1 << "no model in production";
        QTest::newRow("live trained models at scale") << "live" << true << 3 << 2 << true << 2 << 3 << "at scale";
        QTest::newRow("one model in production") << "" << true << 1 << 1 << false << 1 << 1 << "already in production";
    }

    void maturitySuggestion()
    {
        QFETCH(QString, phase);
        QFETCH(bool, inProduction);
        QFETCH(int, models);
        QFETCH(int, trained);
        QFETCH(bool, atScale);
        QFETCH(int, current);
        QFETCH(int, target);
        QFETCH(QString, reasonPart);
        MaturityAdvisor::Facts facts;
        facts.phase = phase;
        facts.inProduction = inProduction;
        facts.models = models;
        facts.trainedModels = trained;
        facts.servicedModels = models - trained;
        facts.atScale = atScale;
        const MaturitySuggestion suggestion = MaturityAdvisor().suggest(facts);
        QCOMPARE(suggestion.current, current);
        QCOMPARE(suggestion.target, target);
        QVERIFY2(suggestion.reason.contains(reasonPart), qPrintable(suggestion.reason));
    }

    // "At scale" is a count of people or items served, not money or a ceiling.
    void scaleIsACountOfPeopleOrItems_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("atScale");
        QTest::newRow("households") << "Serve 34 million households by 2028." << true;
        QTest::newRow("money from customers") << "£1.5M GMV from enterprise customers by Month 12." << false;
        QTest::newRow("the digits of an amount") << "€2.5 million saved for customers." << false;
        QTest::newRow("a ceiling") << "PCI DSS Level 2 (processing <6M transactions annually)." << false;
        QTest::newRow("an upper bound in words") << "Processing up to 6 million transactions a year." << false;
        QTest::newRow("money named after it") << "1.5M GBP from enterprise customers." << false;
        QTest::newRow("nationwide") << "The service is offered nationwide." << true;
    }
    void scaleIsACountOfPeopleOrItems()
    {
        QFETCH(QString, statement);
        QFETCH(bool, atScale);
        const QString req = reqHeader + QStringLiteral("## Business Requirements\n\n### BR-001: Growth\n\n%1\n\n"
                                                       "## Functional Requirements\n\n### FR-001: Churn\n\nThe "
                                                       "system MUST predict churn with an XGBoost model trained on our "
                                                       "customer data.\n")
                                            .arg(statement);
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), req)});
        QCOMPARE(profile.maturity.target, atScale ? 3 : 1);
    }

    // The protected groups the system's fairness requirement lists, else those
    // a DPIA ticked; a list of anything else, or one unticked, names none.
    void protectedGroupsListed_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<QString>("dpia");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QString>("sourceFile");
        const QString bias = QStringLiteral("### NFR-C-009: Bias testing\n\n**Requirement**: The classifier's outputs "
                                            "MUST be tested for bias across protected characteristics.\n\n");
        const QString dpia = QStringLiteral(
            "# DPIA\n\n### 15.2 Algorithmic Bias Assessment\n\n**Protected Characteristics Considered**:\n"
            "- [x] Age — elderly users may differ\n- [ ] Religion — not recorded\n- [x] Disability — medical "
            "equipment\n");
        QTest::newRow("numbered under a bold label")
            << QString(bias + QStringLiteral("**Protected Characteristics** (Equality Act 2010):\n1. Age (9 bands)\n"
                                             "2. Disability (physical, sensory)\n3. Religion or belief\n\n"))
            << QString() << QStringList{"Age", "Disability", "Religion or belief"} << "REQ";
        QTest::newRow("on the label's line")
            << QString(bias + QStringLiteral("Protected characteristics: age, sex and disability.\n\n")) << QString()
            << QStringList{"Age", "Sex", "Disability"} << "REQ";
        QTest::newRow("the DPIA's ticked ones") << bias << dpia << QStringList{"Age", "Disability"} << "DPIA";
        QTest::newRow("the requirement before the DPIA")
            << QString(bias + QStringLiteral("**Protected groups**:\n- Sex\n- Race\n\n")) << dpia
            << QStringList{"Sex", "Race"} << "REQ";
        QTest::newRow("prose mentioning them is no label")
            << QString(bias + QStringLiteral("Protected characteristics MUST NOT be used as model features, including "
                                             "age, sex, race.\n\n"))
            << QString() << QStringList{} << "";
        QTest::newRow("sentences are no groups")
            << QString(bias + QStringLiteral("**Protected characteristics**:\n- We will consult the equality lead "
                                             "before the beta starts in spring\n- Another long sentence about the "
                                             "plan for the audit work\n\n"))
            << QString() << QStringList{} << "";
    }
    void protectedGroupsListed()
    {
        QFETCH(QString, requirement);
        QFETCH(QString, dpia);
        QFETCH(QStringList, groups);
        QFETCH(QString, sourceFile);
        const QString req = reqHeader +
                            QStringLiteral("## Functional Requirements\n\n### FR-001: Triage\n\nThe "
                                           "system MUST classify letters with a document classification "
                                           "model.\n\n## Non-Functional Requirements\n\n") +
                            requirement;
        ProfileDocuments documents{document(QStringLiteral("REQ"), req)};
        if (!dpia.isEmpty())
            documents.append(document(QStringLiteral("DPIA"), dpia));
        const MlSystemProfile profile = profileOf(documents);
        QCOMPARE(profile.protectedGroups, groups);
        if (!sourceFile.isEmpty())
            QVERIFY2(profile.protectedGroupsSource.contains(QStringLiteral("-%1-").arg(sourceFile)),
                     qPrintable(profile.protectedGroupsSource));
    }

    // The fairness metric's bound and how often the checks run, said of the
    // fairness checks themselves; another rate, a time, a range or a
    // retraining schedule beside a bias test is none.
    void fairnessBoundAndFrequency_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<QString>("frequency");
        QTest::newRow("parity below a bound, quarterly audits")
            << "Demographic parity difference below 0.1 across groups, checked in quarterly bias audits."
            << "< 0.1"
            << "Quarterly";
        QTest::newRow("threshold label") << "Equal opportunity across groups (threshold: <5% deviation)."
                                         << "< 5% deviation"
                                         << "";
        QTest::newRow("another rate beside a bias word")
            << "The classifier is monitored for bias, and its false positive rate MUST stay below 5%."
            << ""
            << "";
        QTest::newRow("a time") << "The fairness dashboard MUST refresh in less than 0.5 seconds."
                                << ""
                                << "";
        QTest::newRow("a range") << "The disparate impact ratio MUST stay within 0.8-1.25."
                                 << ""
                                 << "";
        QTest::newRow("retraining schedule beside a bias test")
            << "The classifier is retrained monthly and tested for bias before each release."
            << ""
            << "";
    }
    void fairnessBoundAndFrequency()
    {
        QFETCH(QString, statement);
        QFETCH(QString, threshold);
        QFETCH(QString, frequency);
        const QString req = reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Triage\n\nThe "
                                                       "system MUST classify letters with a document classification "
                                                       "model.\n\n### FR-002: Fairness of the classifier\n\n"
                                                       "**Description**: %1\n\n")
                                            .arg(statement);
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), req)});
        QCOMPARE(profile.fairnessThreshold.value, threshold);
        QCOMPARE(profile.fairnessFrequency.value, frequency);
    }

    // The DPIA's residual risk, offered when the AI Playbook gives none: as
    // it states it overall, else the highest it gives a risk; a condition or
    // a range states none.
    void residualRiskFromTheDpia_data()
    {
        QTest::addColumn<QString>("dpia");
        QTest::addColumn<QString>("risk");
        QTest::addColumn<int>("line");
        QTest::newRow("the outcome")
            << "# DPIA\n\n- All residual risks can be reduced to MEDIUM or LOW\n\n**DPIA Outcome**: MEDIUM residual "
               "risk to data subjects\n"
            << "Medium" << 5;
        QTest::newRow("overall level") << "# DPIA\n\n**Overall Residual Risk Level**: HIGH\n"
                                       << "High" << 3;
        QTest::newRow("the highest of the risks")
            << "# DPIA\n\n| High | ICO consultation if residual risk remains high |\n\n**Residual Risk**: **Low** "
               "(1 x 2)\n\n**Residual Risk**: **Medium** (1 x 3)\n"
            << "Medium" << 7;
        QTest::newRow("conditions and ranges state none")
            << "# DPIA\n\nICO consultation is required if residual risk remains HIGH.\n\n- Residual risks can be "
               "reduced to MEDIUM or LOW\n"
            << "" << 0;
    }
    void residualRiskFromTheDpia()
    {
        QFETCH(QString, dpia);
        QFETCH(QString, risk);
        QFETCH(int, line);
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), reqHeader + capabilityRequirements),
                                                   document(QStringLiteral("DPIA"), dpia)});
        QCOMPARE(profile.riskCandidate.value, risk);
        if (line > 0)
            QCOMPARE(profile.riskCandidate.source, QStringLiteral("projects/001-x/ARC-001-DPIA-v1.0.md:%1").arg(line));
    }

    void trainingDataOnlyWhenModelsAreTrained()
    {
        const QString data = QStringLiteral(
            "# Data Model\n\n## Entities\n\n### E-001: Hearing Recording\n\nAudio used to train the diarisation "
            "model.\n\n"
            "### E-002: Invoice\n\nSupplier invoices.\n\n### E-003: API Credential\n\nKeys for partners.\n");
        const QString trained =
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Diarisation\n\nThe system MUST "
                                       "separate speakers with a diarisation model trained on our recordings.\n");
        const QString api =
            reqHeader + QStringLiteral("## Functional Requirements\n\n### FR-001: Answers\n\nThe assistant MUST answer "
                                       "questions with GPT-4o via Azure OpenAI.\n");
        const MlSystemProfile withTraining =
            profileOf({document(QStringLiteral("REQ"), trained), document(QStringLiteral("DATA"), data)});
        QCOMPARE(withTraining.trainingData.size(), 1);
        QCOMPARE(withTraining.trainingData.first().value, QStringLiteral("Hearing Recording"));
        const MlSystemProfile apiOnly =
            profileOf({document(QStringLiteral("REQ"), api), document(QStringLiteral("DATA"), data)});
        QVERIFY2(apiOnly.trainingData.isEmpty(), "a system that calls an API trains on none of its entities");
    }

    // Without a data model, a data requirement that keeps data for training
    // the models names the source; one for staff training does not.
    void trainingDataFromDataRequirements_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<QString>("source");
        QTest::newRow("kept for training")
            << "### DR-001: Historical outcomes\n\n**Description**: Five years of historical claims with their "
               "investigation outcomes MUST be available for training, with personal data pseudonymised.\n"
            << "Historical outcomes (DR-001)";
        QTest::newRow("kept for training the model")
            << "### DR-002: Decided applications\n\n**Description**: Ten years of decided applications MUST be kept "
               "for training the routing model.\n"
            << "Decided applications (DR-002)";
        QTest::newRow("for training new caseworkers")
            << "### DR-003: Case examples\n\n**Description**: Anonymised case data MUST be available for training "
               "new caseworkers.\n"
            << "";
        QTest::newRow("kept for staff training")
            << "### DR-005: Staff training\n\n**Description**: Case records MUST be retained for training.\n"
            << "";
        QTest::newRow("records of staff training")
            << "### DR-004: Training records\n\n**Description**: Records of staff training MUST be kept for 3 years "
               "and be available for training audits.\n"
            << "";
    }
    void trainingDataFromDataRequirements()
    {
        QFETCH(QString, requirement);
        QFETCH(QString, source);
        const QString text = reqHeader +
                             QStringLiteral("## Functional Requirements\n\n### FR-001: Fraud scoring\n\n"
                                            "**Description**: The system MUST give every claim a fraud risk score "
                                            "using a gradient-boosted model.\n\n## Data Requirements\n\n") +
                             requirement;
        const MlSystemProfile profile = profileOf({document(QStringLiteral("REQ"), text)});
        QCOMPARE(profile.trainingData.isEmpty(), source.isEmpty());
        if (!source.isEmpty()) {
            QCOMPARE(profile.trainingData.first().value, source);
            // Cited at the requirement's heading.
            const qsizetype line = text.left(text.indexOf(QLatin1String("### DR-"))).count(QLatin1Char('\n')) + 1;
            QVERIFY2(profile.trainingData.first().source.endsWith(QStringLiteral(":%1").arg(line)),
                     qPrintable(profile.trainingData.first().source));
        }
    }
};

QTEST_GUILESS_MAIN(TestMlSystemProfiler)
#include "tst_mlsystemprofiler.moc"
