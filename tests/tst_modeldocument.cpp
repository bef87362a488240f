// The document built from the ML system profile's answers (fixtures shaped
// like the profile's output in tests/data/answers): executive summary,
// capabilities, architecture, model cards, traceability, roadmap, citations,
// text that follows provider or custom-trained models, the platform's named
// components, "not applicable" answers, and a clean `check`.

#include "answers.h"
#include "answersblock.h"
#include "citationregister.h"
#include "documentrenderer.h"
#include "documentvalidator.h"
#include "modelinventorydata.h"
#include "platformcomponents.h"
#include "requirement.h"
#include "sectionmerge.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace arckit;
using namespace Qt::StringLiterals;

namespace {

Answers fixture(const QString &name)
{
    QFile file(QStringLiteral(ARCKIT_TEST_DATA "/answers/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Answers::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

Requirement requirement(const QString &id, const QString &title, int line, bool ml = true)
{
    Requirement r;
    r.id = id;
    r.kind = id.section(u'-', 0, 0);
    r.title = title;
    r.body = title;
    r.source = u"projects/001-court-assistant/ARC-001-REQ-v1.0.md"_s;
    r.line = line;
    r.ml = ml;
    return r;
}

RenderInput inputFor(const Answers &answers, const QString &root = {})
{
    RenderInput input;
    input.answers = answers;
    input.project.id = u"001"_s;
    input.project.name = u"court-assistant"_s;
    input.project.dirName = u"001-court-assistant"_s;
    input.project.relativePath = u"projects/001-court-assistant"_s;
    input.repositoryRoot = root;
    input.date = QDate(2026, 3, 2);
    input.requirements = {requirement(u"FR-001"_s, u"Transcribe hearings"_s, 101),
                          requirement(u"FR-002"_s, u"Translate transcripts into Welsh"_s, 110),
                          requirement(u"FR-003"_s, u"Summarise hearings"_s, 120),
                          requirement(u"FR-005"_s, u"Route incoming documents"_s, 131),
                          requirement(u"FR-009"_s, u"Record every AI output for audit"_s, 140),
                          requirement(u"NFR-SEC-001"_s, u"Staff sign in with single sign-on"_s, 150, false)};
    input.requirements[5].kind = u"NFR"_s;
    input.requirements[5].category = u"SEC"_s;
    return input;
}

QString render(const RenderInput &input)
{
    const RenderResult result = DocumentRenderer().render(input);
    return result.ok() ? result.markdown : QString();
}

QString section(const QString &md, const QString &from, const QString &to)
{
    const qsizetype start = md.indexOf(from);
    const qsizetype end = md.indexOf(to, start + 1);
    return start < 0 || end < 0 ? QString() : md.mid(start, end - start);
}

} // namespace

class TestModelDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SectionMerge splits at the "## " headings MarkdownOutline finds: the text
    // is kept as written, and code blocks and comments hold no section.
    void sectionSplit_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("preamble and sections")
            << u"# T\n\n## A\ntext\n## B ##\n"_s << QStringList{u""_s, u"A"_s, u"B"_s};
        QTest::newRow("repeated title") << u"## A\n## A\n"_s << QStringList{u""_s, u"A"_s, u"A #2"_s};
        QTest::newRow("CRLF") << u"## A\r\ntext\r\n## B\r\n"_s << QStringList{u""_s, u"A"_s, u"B"_s};
        QTest::newRow("heading in a code block") << u"## A\n```\n## not\n```\n"_s << QStringList{u""_s, u"A"_s};
        QTest::newRow("fence with an info string does not close")
            << u"## A\n```\n```python\n## not\n```\n## B\n"_s << QStringList{u""_s, u"A"_s, u"B"_s};
        QTest::newRow("heading in a comment") << u"## A\n<!--\n## not\n-->\n"_s << QStringList{u""_s, u"A"_s};
        QTest::newRow("H3 and setext are no sections") << u"## A\n### B\nC\n---\n"_s << QStringList{u""_s, u"A"_s};
    }
    void sectionSplit()
    {
        QFETCH(QString, markdown);
        const QList<MarkdownSection> sections = SectionMerge::split(markdown);
        QStringList keys;
        QString joined;
        for (const MarkdownSection &section : sections) {
            keys.append(section.key);
            joined += section.text;
        }
        QTEST(keys, "keys");
        QCOMPARE(joined, markdown); // nothing lost or added
    }

    void fixturesLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("models");
        QTest::newRow("genai") << u"genai-foundation-api"_s << 4;
        QTest::newRow("provider only") << u"provider-only"_s << 3;
        QTest::newRow("vision") << u"vision-custom-trained"_s << 2;
    }
    void fixturesLoad()
    {
        QFETCH(QString, name);
        QFETCH(int, models);
        QCOMPARE(fixture(name).models.size(), models);
    }

    // A generated document passes `check` with no error, no section finding and no contradiction.
    void checkIsClean_data() { fixturesLoad_data(); }
    void checkIsClean()
    {
        QFETCH(QString, name);
        const RenderInput input = inputFor(fixture(name));
        const QString md = render(input);
        QVERIFY(!md.isEmpty());
        ValidationContext context;
        context.fileName = u"ARC-001-MLOPS-v1.0.md"_s;
        for (const Requirement &r : input.requirements)
            if (r.ml)
                context.mlRequirements.append(r);
        for (const ValidationFinding &f : DocumentValidator().validate(md, context)) {
            const QString what = f.rule + u": "_s + f.message;
            QVERIFY2(f.severity != ValidationFinding::Severity::Error, qPrintable(what));
            QVERIFY2(f.rule != u"section-missing" && f.rule != u"answers-contradicted", qPrintable(what));
        }
        // The Executive Summary sits between Revision History and section 1.
        const qsizetype revision = md.indexOf(u"## Revision History"_s);
        const qsizetype summary = md.indexOf(u"## Executive Summary"_s);
        QVERIFY(revision > 0 && summary > revision && summary < md.indexOf(u"## 1. ML System Overview"_s));
        // Free text once, never doubled.
        QVERIFY(!md.contains(u"per month per month"_s) && !md.contains(u"month) per month"_s) &&
                !md.contains(u"/month per month"_s));
    }

    void executiveSummaryCitesItsDecisions()
    {
        const QString md = render(inputFor(fixture(u"genai-foundation-api"_s)));
        const QString summary = section(md, u"## Executive Summary"_s, u"## 1. ML System Overview"_s);
        // The levels cite what suggests them; the timeline, typed here, cites nothing.
        static const QRegularExpression maturity(
            u"Level 0 \\(Manual\\) now, Level 2 \\(CI/CD for ML\\)( \\[[A-Z]+-C\\d+\\])? by Q4 2027\\."_s);
        QVERIFY2(summary.contains(maturity), qPrintable(summary));
        for (const char *decision :
             {"| Platform |", "| Model approach |", "| Training data |", "| Monitoring |", "| Human oversight |"})
            QVERIFY2(summary.contains(QLatin1String(decision)), decision);
        // The platform decision cites the constraint's line, in the marker and the path.
        static const QRegularExpression platformRow(
            u"^\\| Platform \\| Azure AI services and Azure OpenAI \\|.*\\| \\[REQ-C\\d+\\] `projects/001-court-assistant/ARC-001-REQ-v1.0.md:88` \\|$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY(summary.contains(platformRow));
        QVERIFY(summary.contains(u"[REQ-C88] `projects/001-court-assistant/ARC-001-REQ-v1.0.md:88`"_s));
        // And the Citations table resolves every marker of the text.
        const QString references = section(md, u"## External References"_s, u"**Generated by**"_s);
        static const QRegularExpression marker(u"\\[([A-Z][A-Z0-9_]*(?:-\\d+)?-C\\d+)\\]"_s);
        auto it = marker.globalMatch(md.left(md.indexOf(u"## External References"_s)));
        int markers = 0;
        while (it.hasNext()) {
            const QString id = it.next().captured(1);
            QVERIFY2(references.contains(u"| "_s + id + u" |"_s), qPrintable(id));
            ++markers;
        }
        QVERIFY(markers >= 5);
        QVERIFY(
            references.contains(u"| REQ | ARC-001-REQ-v1.0.md | ArcKit artifact | `projects/001-court-assistant` |"_s));
        // The oversight model is cited where it is decided and where Governance states it.
        QVERIFY(references.contains(
            u"| AIPB-C42 | AIPB | 42 | Key Design Decisions: Human oversight, Governance: human oversight | `projects/001-court-assistant/ARC-001-AIPB-v1.0.md:42` |"_s));
    }

    void capabilitiesArchitectureAndCards()
    {
        const Answers answers = fixture(u"genai-foundation-api"_s);
        const QString md = render(inputFor(answers));
        const QString overview = section(md, u"## 1. ML System Overview"_s, u"## 2. Model Inventory"_s);
        for (const char *row : {"| LLM generation [REQ-C", "| Speech-to-text [REQ-C", "| Translation [REQ-C",
                                "| Document classification [REQ-C"})
            QVERIFY2(overview.contains(QLatin1String(row)), row);
        QVERIFY(overview.contains(
            u"| Pre-built (SaaS): Azure AI Speech | Service configuration only (used as supplied) |"_s));
        // The flowchart: plain syntax, one node per model inside its capability's subgraph.
        const QString diagram = section(overview, u"```mermaid\nflowchart LR"_s, u"\n```"_s);
        QVERIFY(!diagram.isEmpty());
        for (int i = 1; i <= answers.models.size(); ++i)
            QVERIFY(diagram.contains(u"        M%1[\""_s.arg(i)));
        QVERIFY(diagram.contains(u"subgraph CAP1[\"LLM generation\"]"_s));
        QVERIFY(diagram.contains(u"subgraph GOV[\"Governance\"]"_s));
        QVERIFY(diagram.contains(u"E1 -->|\"release gate\"| M1"_s));
        QVERIFY(diagram.contains(u"T2 -->|\"deploy\"| M4"_s));
        // A platform of ready-made models names no training component for the model the project trains.
        QVERIFY(diagram.contains(u"T1[\"Training pipeline\"]"_s));
        // One card per model, and the inventory's rows.
        const QString inventory = section(md, u"## 2. Model Inventory"_s, u"## 3. Data Pipeline"_s);
        QCOMPARE(inventory.count(u"#### Model Card: "_s), answers.models.size());
        QVERIFY(inventory.contains(u"| MOD-004 | Document router | Classification | scikit-learn |"_s));
        QVERIFY(
            inventory.contains(u"| **Intended Use** | Draft hearing summaries for staff review (FR-003, FR-004) |"_s));
    }

    // Foundation-model APIs and pre-built services: evaluation, pinning, golden
    // set, provider terms and a fallback instead of tuning and continuous training.
    void providerModelsReplaceTraining()
    {
        const QString md = render(inputFor(fixture(u"provider-only"_s)));
        QVERIFY(!md.contains(u"Bayesian"_s));
        const QString training = section(md, u"## 4. Training Pipeline"_s, u"## 5. Model Registry"_s);
        QVERIFY(training.contains(u"No model is trained by the project"_s));
        QVERIFY(training.contains(u"### Provider and Model Evaluation"_s));
        for (const char *words : {"Prompt and model-version pinning", "Golden-set regression",
                                  "does not train on project data", "Fallback provider"})
            QVERIFY2(training.contains(QLatin1String(words)), words);
        QVERIFY(section(md, u"### Continuous Training"_s, u"## 11."_s)
                    .contains(u"Not applicable: no model is trained by the project"_s));
        QVERIFY(section(md, u"### Feature Store"_s, u"### Data Quality"_s)
                    .contains(u"Not applicable: no model is trained"_s));
        // No training data to ask for: the sources table and the diagram say what the models take.
        const QString data = section(md, u"### Training Data Sources"_s, u"### Feature Engineering"_s);
        QVERIFY(data.contains(u"| None: no model is trained by the project;"_s));
        QVERIFY(!md.contains(u"[DATA_SOURCES]"_s));
        QVERIFY(md.contains(u"D1[\"Documents, audio and prompts\"]"_s));
        QVERIFY(md.contains(u"| Training compute | Not applicable: no model is trained by the project | Per job |"_s));
        const QString llm = section(md, u"## 9. LLM/GenAI Operations"_s, u"## 10."_s);
        QVERIFY(llm.contains(u"| **Fallback Provider** | [LLM_FALLBACK_PROVIDER] |"_s));
        QVERIFY(llm.contains(u"| **Provider Terms** | No training on project data"_s));
        QVERIFY(llm.contains(u"| Cost/request | To be measured | Within the serving budget of £4,000 per month |"_s));
        // The custom-trained system keeps its training pipeline.
        const QString vision = render(inputFor(fixture(u"vision-custom-trained"_s)));
        QVERIFY(vision.contains(u"| **Method** | Bayesian optimisation"_s));
        QVERIFY(!vision.contains(u"### Provider and Model Evaluation"_s));
    }

    void oversightRequiredAutomatesNothing_data()
    {
        QTest::addColumn<QString>("oversight");
        QTest::addColumn<bool>("automated");
        QTest::newRow("required") << u"Required"_s << false;
        QTest::newRow("advisory") << u"Advisory"_s << true;
    }
    void oversightRequiredAutomatesNothing()
    {
        QFETCH(QString, oversight);
        QFETCH(bool, automated);
        Answers answers = fixture(u"vision-custom-trained"_s);
        answers.humanOversight = oversight;
        const QString md = render(inputFor(answers));
        QCOMPARE(section(md, u"### Human Oversight"_s, u"### Feedback Loop"_s).contains(u"| Automated |"_s), automated);
    }

    void traceabilityTicksOnlyServedRequirements()
    {
        const QString md = render(inputFor(fixture(u"genai-foundation-api"_s)));
        const QString trace = section(md, u"## 15. Requirements Traceability"_s, u"## Approval"_s);
        QVERIFY(trace.contains(
            u"| FR-001 | Transcribe hearings | MOD-002 (Hearing transcription) | Azure AI Speech endpoint (pre-built service) |"_s));
        QVERIFY(trace.contains(
            u"| FR-003 | Summarise hearings | MOD-001 (Hearing summariser) | GPT-4o API (Azure OpenAI) |"_s));
        // An ML requirement no row lists, naming no kind of model, concerns every model, and says so.
        static const QRegularExpression audit(
            u"^\\| FR-009 \\| Record every AI output for audit \\| MOD-001 \\(Hearing summariser\\), MOD-002 "
            u"\\(Hearing transcription\\), MOD-003 \\(Welsh translation\\), MOD-004 \\(Document router\\) \\|"
            u".*\\| ✅ \\(concerns every model\\) \\|$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(trace.contains(audit), qPrintable(trace));
        // A security requirement that is not about the AI part is no model endpoint row.
        QVERIFY(trace.contains(
            u"| NFR-SEC-001 | Staff sign in with single sign-on | Not mapped | — | Security of the whole service"_s));
        static const QRegularExpression ticked(u"^\\| ([A-Z]+-[0-9]+) \\|.*\\| ✅ \\|$"_s,
                                               QRegularExpression::MultilineOption);
        QStringList tickedIds;
        auto it = ticked.globalMatch(trace);
        while (it.hasNext())
            tickedIds.append(it.next().captured(1));
        QCOMPARE(tickedIds, (QStringList{u"FR-001"_s, u"FR-002"_s, u"FR-003"_s, u"FR-005"_s}));
    }

    // A supplied file the profile read (a model card) says what was read and
    // into which model; the others are still to be reviewed by hand.
    void externalFilesSayWhatWasRead()
    {
        Answers answers = fixture(u"genai-foundation-api"_s);
        const QString card = u"projects/001-court-assistant/external/model-card-router.md"_s;
        answers.models[3].evidence = {card + u":7"_s, card + u":9"_s};
        RenderInput input = inputFor(answers);
        input.project.externalFiles = {card, u"projects/001-court-assistant/external/pipeline.yaml"_s};
        const QString md = render(input);
        QVERIFY2(md.contains(u"| Project external/, read into the model inventory: MOD-004 (lines 7, 9) |"_s),
                 qPrintable(md.right(3000)));
        QVERIFY(md.contains(u"| pipeline.yaml |"_s));
        QVERIFY(md.contains(u"| Project external/: not extracted automatically, review manually |"_s));
    }

    // A system of models obtained in different ways states each one's way as
    // its model type; one model with no way of its own leaves the type open.
    void modelTypePerModelWhenMixed()
    {
        Answers answers = fixture(u"genai-foundation-api"_s);
        answers.modelType.clear();
        QString overview = section(render(inputFor(answers)), u"| **Model Type** |"_s, u"\n"_s);
        QCOMPARE(overview, u"| **Model Type** | Per model: Custom trained (MOD-004); Foundation model (API) "
                           u"(MOD-001); Pre-built (SaaS) (MOD-002, MOD-003) |"_s);
        answers.models[3].approach.clear();
        overview = section(render(inputFor(answers)), u"| **Model Type** |"_s, u"\n"_s);
        QCOMPARE(overview, u"| **Model Type** | [MODEL_TYPE] |"_s);
    }

    // An ML requirement that no inventory row lists concerns the models its
    // words point to: its title first, then its body.
    void traceabilityScopesUnlistedRequirements_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("models");
        QTest::addColumn<QString>("status");
        QTest::newRow("prompts: the generative model")
            << u"Guard against prompt injection"_s << QString() << u"MOD-001 (Hearing summariser)"_s
            << u"✅ (concerns the generative models)"_s;
        QTest::newRow("retraining: the trained model")
            << u"Retrain monthly on corrected labels"_s << QString() << u"MOD-004 (Document router)"_s
            << u"✅ (concerns the models the project trains)"_s;
        QTest::newRow("predictions: the predictive models")
            << u"Route low-confidence predictions to a clerk"_s << QString()
            << u"MOD-002 (Hearing transcription), MOD-003 (Welsh translation), MOD-004 (Document router)"_s
            << u"✅ (concerns the predictive models)"_s;
        QTest::newRow("transparency: every model")
            << u"Publish an ATRS record"_s << u"Describe the training data and prompts of each model."_s
            << u"MOD-001 (Hearing summariser), MOD-002 (Hearing transcription), MOD-003 (Welsh translation), "
               u"MOD-004 (Document router)"_s
            << u"✅ (concerns every model)"_s;
        QTest::newRow("title says nothing: the body decides")
            << u"Keep the court informed"_s << u"Labelled examples SHALL be versioned in the registry."_s
            << u"MOD-004 (Document router)"_s << u"✅ (concerns the models the project trains)"_s;
    }
    void traceabilityScopesUnlistedRequirements()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, models);
        QFETCH(QString, status);
        Answers answers = fixture(u"genai-foundation-api"_s);
        answers.models[0].type = u"GenAI / LLM"_s;
        RenderInput input = inputFor(answers);
        Requirement unlisted = requirement(u"FR-020"_s, title, 200);
        if (!body.isEmpty())
            unlisted.body = body;
        input.requirements.append(unlisted);
        const QString trace = section(render(input), u"## 15. Requirements Traceability"_s, u"## Approval"_s);
        const qsizetype at = trace.indexOf(u"| FR-020 |"_s);
        QVERIFY2(at >= 0, qPrintable(trace));
        const QString row = trace.mid(at, trace.indexOf(u'\n', at) - at);
        QVERIFY2(row.startsWith(u"| FR-020 | %1 | %2 |"_s.arg(title, models)), qPrintable(row));
        QVERIFY2(row.endsWith(u"| %1 |"_s.arg(status)), qPrintable(row));
    }

    void roadmapFromCurrentToTarget()
    {
        const QString md = render(inputFor(fixture(u"vision-custom-trained"_s))); // level 1 -> 3
        const QString roadmap = section(md, u"### MLOps Roadmap"_s, u"## 15."_s);
        QVERIFY(roadmap.contains(
            u"| 1 | Level 2 (CI/CD for ML) | CI/CD for ML: + a serving pipeline (multiple models) |"_s));
        QVERIFY(
            roadmap.contains(
                u"| 2 | Level 3 (Auto-Retraining) | Automated retraining: + monitoring triggers (production at scale) |"_s) ||
            roadmap.contains(u"| 2 | Level 3"_s));
        QVERIFY(!roadmap.contains(u"| Level 1"_s));
        QVERIFY(roadmap.contains(u"| 2027-06 |"_s));
    }

    void notApplicableIsAnAnswer_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("N/A") << u"N/A"_s << u"Not applicable: the system does not use retrieval-augmented generation"_s;
        QTest::newRow("with reason") << u"Not applicable: documents are sent whole"_s
                                     << u"Not applicable: documents are sent whole"_s;
        QTest::newRow("n/a dash") << u"n/a - no retrieval"_s << u"Not applicable: no retrieval"_s;
    }
    void notApplicableIsAnAnswer()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Answers answers = fixture(u"genai-foundation-api"_s);
        answers.vectorStore = value;
        answers.embeddingModel = value;
        const QString md = render(inputFor(answers));
        QVERIFY(!md.contains(u"[VECTOR_STORE]"_s) && !md.contains(u"[EMBEDDING_MODEL]"_s));
        QVERIFY2(section(md, u"### RAG Pipeline Operations"_s, u"### Cost Optimization"_s).contains(expected),
                 qPrintable(md.mid(md.indexOf(u"### RAG"_s), 300)));
    }

    void platformComponentsAreNamed_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("monitoring");
        QTest::newRow("sagemaker") << u"AWS SageMaker"_s << u"Amazon SageMaker Model Registry"_s
                                   << u"Amazon SageMaker Model Monitor"_s;
        QTest::newRow("vertex") << u"Google Vertex AI"_s << u"Vertex AI Model Registry"_s
                                << u"Vertex AI Model Monitoring"_s;
        QTest::newRow("azure ml") << u"Azure Machine Learning"_s << u"Azure Machine Learning model registry"_s
                                  << u"Azure Machine Learning model monitoring"_s;
        QTest::newRow("mlflow") << u"MLflow on Kubernetes"_s << u"MLflow Model Registry"_s
                                << u"Monitoring console on MLflow on Kubernetes"_s;
        QTest::newRow("kubeflow") << u"Kubeflow"_s << u"Kubeflow Model Registry"_s << u"KServe payload logging"_s;
        QTest::newRow("unknown") << u"In-house cluster"_s << u"In-house cluster model registry"_s
                                 << u"Monitoring console on In-house cluster"_s;
    }
    void platformComponentsAreNamed()
    {
        QFETCH(QString, platform);
        QFETCH(QString, registry);
        QFETCH(QString, monitoring);
        Answers answers = fixture(u"vision-custom-trained"_s);
        answers.platform = platform;
        answers.experimentTracking.clear();
        const QString md = render(inputFor(answers));
        QVERIFY2(section(md, u"## 5. Model Registry"_s, u"## 6."_s).contains(registry), qPrintable(registry));
        QVERIFY2(section(md, u"### Monitoring Dashboards"_s, u"## 8."_s).contains(monitoring), qPrintable(monitoring));
    }

    void catalogueCoversEveryConcern()
    {
        const PlatformComponents catalogue = PlatformComponents::load();
        QVERIFY2(catalogue.error().isEmpty(), qPrintable(catalogue.error()));
        QVERIFY(QDate::fromString(catalogue.documentationDate(), Qt::ISODate).isValid());
        QCOMPARE(catalogue.platforms().size(), 7);
        for (const char *name :
             {"Amazon SageMaker and Amazon Bedrock", "Amazon Bedrock", "Google Vertex AI", "Azure Machine Learning",
              "Azure AI services and Azure OpenAI", "MLflow", "Kubeflow with KServe"}) {
            const auto found = std::find_if(catalogue.platforms().cbegin(), catalogue.platforms().cend(),
                                            [&](const PlatformEntry &e) { return e.name == QLatin1String(name); });
            QVERIFY2(found != catalogue.platforms().cend(), name);
            QVERIFY2(!found->component(u"registry"_s).isEmpty() || !found->component(u"serving"_s).isEmpty(), name);
        }
        QCOMPARE(catalogue.find(u"Azure OpenAI and Azure Machine Learning"_s)->name, u"Azure Machine Learning"_s);
        QCOMPARE(catalogue.find(u"Azure OpenAI (GPT-4o)"_s)->name, u"Azure AI services and Azure OpenAI"_s);
        // A model service alone (a system that trains nothing) is its own entry;
        // with SageMaker named, or the cloud alone, it is the ML platform's.
        QCOMPARE(catalogue.find(u"Amazon Bedrock"_s)->name, u"Amazon Bedrock"_s);
        QVERIFY(!catalogue.find(u"Amazon Bedrock"_s)->trainsCustomModels);
        QCOMPARE(catalogue.find(u"SageMaker and Bedrock"_s)->name, u"Amazon SageMaker and Amazon Bedrock"_s);
        QCOMPARE(catalogue.find(u"AWS"_s)->name, u"Amazon SageMaker and Amazon Bedrock"_s);
        QVERIFY(catalogue.find(u"On-premises GPU cluster"_s) == nullptr);
    }

    void repositoryAddsItsOwnPlatforms()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u".arckit"_s));
        QFile file(dir.filePath(PlatformComponents::repositoryFile()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"documentationDate": "2026-01-15", "platforms": [
            {"name": "Databricks", "matches": ["databricks"],
             "components": {"registry": "Unity Catalog models", "monitoring": "Lakehouse Monitoring"}}]})");
        file.close();
        Answers answers = fixture(u"vision-custom-trained"_s);
        answers.platform = u"Databricks"_s;
        const QString md = render(inputFor(answers, dir.path()));
        QVERIFY(
            section(md, u"## 5. Model Registry"_s, u"## 6."_s).contains(u"| **Platform** | Unity Catalog models |"_s));
        QVERIFY(section(md, u"### Monitoring Dashboards"_s, u"## 8."_s).contains(u"Lakehouse Monitoring"_s));
        // The bundled platforms are still there.
        const PlatformComponents merged = PlatformComponents::load(dir.path());
        QVERIFY(merged.find(u"SageMaker"_s) != nullptr);
        QCOMPARE(merged.documentationDate(), u"2026-01-15"_s);

        // A broken file keeps the bundled catalogue and says why.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
        file.close();
        const PlatformComponents broken = PlatformComponents::load(dir.path());
        QVERIFY(broken.error().contains(u"not valid JSON"_s));
        QVERIFY(broken.find(u"SageMaker"_s) != nullptr);
        // The document is still written, with the bundled components, and the renderer says why.
        const RenderResult result = DocumentRenderer().render(inputFor(answers, dir.path()));
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(u"mlops-platform-components.json"_s));
    }

    // Issue part 3: regenerating after an answer changed keeps the sections the
    // user edited and updates the ones the models drive.
    void regenerateKeepsEditsAndUpdatesModelSections()
    {
        Answers before = fixture(u"genai-foundation-api"_s);
        const QString oldGenerated = render(inputFor(before));
        QString current = oldGenerated;
        const QString ownText = u"Our own monitoring runbook, agreed with the service desk."_s;
        const qsizetype at = current.indexOf(u"### Data Drift Monitoring"_s);
        QVERIFY(at > 0);
        current.insert(at, ownText + u"\n\n"_s);

        Answers after = before;
        after.llmFallbackProvider = u"Amazon Bedrock"_s;
        after.llmFallbackModel = u"Claude 3.5 Sonnet"_s;
        after.models[3].requirements.append(u"FR-009"_s); // the router now also serves the audit requirement
        after.sources.insert(u"llmFallbackProvider"_s,
                             u"projects/001-court-assistant/decisions/ARC-001-ADR-003-v1.0.md:31"_s);
        const QString fresh = render(inputFor(after));

        QCOMPARE(SectionMerge::editedSections(current, oldGenerated), QStringList{u"7. Model Monitoring"_s});
        const QString merged = SectionMerge::merge(fresh, current, oldGenerated, after, true);
        QVERIFY(merged.contains(ownText));
        QVERIFY(merged.contains(u"| **Fallback Provider** | Claude 3.5 Sonnet (Amazon Bedrock) |"_s));
        static const QRegularExpression auditMapped(
            u"^\\| FR-009 \\|.*\\| MOD-004 \\(Document router\\) \\|.*\\| ✅ \\|$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY(section(merged, u"## 15. Requirements Traceability"_s, u"## Approval"_s).contains(auditMapped));
        // The kept section's markers still resolve in the regenerated Citations table.
        static const QRegularExpression marker(u"\\[([A-Z][A-Z0-9_]*(?:-\\d+)?-C\\d+)\\]"_s);
        const QString kept = section(merged, u"## 7. Model Monitoring"_s, u"## 8."_s);
        const QString references = section(merged, u"## External References"_s, u"**Generated by**"_s);
        auto it = marker.globalMatch(kept);
        while (it.hasNext()) {
            const QString id = it.next().captured(1);
            QVERIFY2(references.contains(u"| "_s + id + u" |"_s), qPrintable(id));
        }
        QCOMPARE(AnswersBlock::extract(merged)->llmFallbackProvider, u"Amazon Bedrock"_s);
    }

    void documentCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("req") << u"ARC-001-REQ-v1.0.md"_s << u"REQ"_s;
        QTest::newRow("adr") << u"ARC-001-ADR-002-v1.0.md"_s << u"ADR-002"_s;
        QTest::newRow("research") << u"ARC-003-AWRS-v2.1.md"_s << u"AWRS"_s;
        QTest::newRow("external") << u"model-card.pdf"_s << u"MODELCAR"_s;
    }
    void documentCodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QCOMPARE(CitationRegister::documentCode(file), code);
    }

    void citationsAreNumberedByLine()
    {
        CitationRegister register_;
        QCOMPARE(register_.cite(u"projects/001-x/ARC-001-REQ-v1.0.md:12"_s, u"Platform"_s), u"[REQ-C12]"_s);
        QCOMPARE(register_.cite(u"projects/001-x/ARC-001-AIPB-v1.0.md:4"_s, u"Oversight"_s), u"[AIPB-C4]"_s);
        QCOMPARE(register_.cite(u"projects/001-x/ARC-001-REQ-v1.0.md:40"_s, u"Purpose"_s), u"[REQ-C40]"_s);
        QCOMPARE(register_.cite(u"projects/001-x/ARC-001-REQ-v1.0.md:12"_s, u"LLM provider"_s), u"[REQ-C12]"_s);
        // Two documents of one type keep apart.
        QCOMPARE(register_.cite(u"projects/002-y/ARC-002-REQ-v1.0.md:3"_s, u"Other"_s), u"[REQ_2-C3]"_s);
        QCOMPARE(register_.cite({}, u"Nothing"_s), QString());
        QCOMPARE(register_.documents().size(), 3);
        const QVariantList citations = register_.citations();
        QCOMPARE(citations.size(), 4);
        QCOMPARE(citations.first().toHash().value(u"usedIn"_s).toString(), u"Platform, LLM provider"_s);
        QCOMPARE(citations.first().toHash().value(u"line"_s).toString(), u"12"_s);
    }

    // The inventory cites the line that says what a model is for; without
    // one, the first line that names the model. The source survives the
    // answers file.
    void inventoryCitesThePurposeLine_data()
    {
        QTest::addColumn<QString>("purposeSource");
        QTest::addColumn<QString>("marker");
        QTest::newRow("purpose line") << u"projects/001-x/ARC-001-REQ-v1.0.md:212"_s << u" [REQ-C212]"_s;
        QTest::newRow("no purpose line: first evidence") << QString() << u" [REQ-C40]"_s;
    }
    void inventoryCitesThePurposeLine()
    {
        QFETCH(QString, purposeSource);
        QFETCH(QString, marker);
        ModelEntry model;
        model.name = u"Fraud detection"_s;
        model.evidence = {u"projects/001-x/ARC-001-REQ-v1.0.md:40"_s, u"projects/001-x/ARC-001-REQ-v1.0.md:212"_s};
        model.purposeSource = purposeSource;
        const ModelEntry reread = ModelEntry::fromJson(model.toJson());
        QCOMPARE(reread.purposeSource, purposeSource);
        Answers answers;
        answers.models = {reread};
        CitationRegister register_;
        const ModelInventoryData inventory(answers, nullptr, &register_);
        QCOMPARE(inventory.citation(reread, 0), marker);
    }
};

QTEST_GUILESS_MAIN(TestModelDocument)
#include "tst_modeldocument.moc"
