// The values a strategy takes from what the project's documents state (issue
// 9), on small ArcKit-style repositories of our own: each value the answers
// pre-fill names the document and line that states it, and the generated
// document cites it; what no document states stays a visible placeholder.
// Also: the one-per-kind placeholders ([Name], [FTE], [Amount]) and the answer
// each stands for, and recommendations written as recommendations.

#include "documentrenderer.h"
#include "documentvalidator.h"
#include "placeholdernames.h"
#include "projectanalysis.h"
#include "recommendations.h"
#include "repositorybuilder.h"

#include <QTest>

using namespace arckit;
using arckit::test::RepositoryBuilder;

namespace {

const QString reqPath = QStringLiteral("projects/001-claims/ARC-001-REQ-v1.0.md");

// A REQ written as ArcKit writes one: a speech-to-text model (an ML system),
// then whatever the test adds.
QString requirements(const QString &extra)
{
    return QStringLiteral(
               "# Project Requirements: Claims Line\n\n"
               "## Document Control\n\n| Field | Value |\n|-------|-------|\n| **Document ID** | ARC-001-REQ-v1.0 |\n\n"
               "## Functional Requirements\n\n"
               "### FR-001: Call transcription\n\n"
               "**Description**: The system MUST transcribe claim calls using a speech-to-text model.\n\n") +
           extra;
}

struct Generated
{
    Answers answers;
    QString markdown;
    ValidationFindings findings;
};

Generated generate(RepositoryBuilder &repository, const QString &req, const QMap<QString, QString> &files)
{
    repository.write(reqPath, req);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        repository.write(it.key(), it.value());
    const RepositoryScan scan = RepositoryScanner().scan(repository.root());
    const Project *project = scan.project(QStringLiteral("001"));
    if (!project)
        return {};
    const ProjectAnalysis analysis = ProjectAnalyzer().analyze(scan, *project);
    RenderInput input;
    input.answers = analysis.defaultAnswers();
    input.project = *project;
    input.requirements = analysis.requirements;
    input.repositoryRoot = scan.root;
    input.date = QDate(2026, 12, 6);
    Generated result;
    result.answers = input.answers;
    result.markdown = DocumentRenderer().render(input).markdown;
    result.findings = DocumentValidator().validate(result.markdown, {});
    return result;
}

// The 1-based line of the first line of text containing marker.
int lineOf(const QString &text, const QString &marker)
{
    const qsizetype at = text.indexOf(marker);
    return at < 0 ? 0 : int(text.left(at).count(QLatin1Char('\n'))) + 1;
}

bool reportsPlaceholder(const ValidationFindings &findings, const QString &placeholder)
{
    for (const ValidationFinding &finding : findings)
        if (finding.rule == QLatin1String("placeholder") && finding.message.contains(placeholder))
            return true;
    return false;
}

} // namespace

class TestStatedValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: what the REQ adds, other files, the answer field, the value
    // expected (empty: nothing stated, the placeholder stays), and the text of
    // the line that must be its source (in otherFile when it holds that
    // text, else in the REQ).
    void statedValues_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("otherFile");
        QTest::addColumn<QString>("otherText");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("sourceLine"); // the text of the line that states it

        const QString none;
        QTest::newRow("availability from the availability NFR")
            << QStringLiteral("## Non-Functional Requirements\n\n### Availability Requirements\n\n"
                              "#### NFR-A-001: Service availability\n\n"
                              "**Requirement**: The claims line MUST achieve 99.9% uptime, measured monthly.\n\n")
            << none << none << "availability"
            << "99.9%"
            << "#### NFR-A-001: Service availability";
        QTest::newRow("availability with the hours it holds for")
            << QStringLiteral("## Non-Functional Requirements\n\n### Availability Requirements\n\n"
                              "#### NFR-A-001: Service availability\n\n"
                              "**Requirement**: The claims line MUST achieve 99.9% uptime during business hours "
                              "(08:00-20:00 Monday-Friday).\n\n")
            << none << none << "availability"
            << "99.9% during business hours (08:00-20:00 Monday-Friday)"
            << "#### NFR-A-001: Service availability";
        QTest::newRow("availability: a later clause's hours are not its own")
            << QStringLiteral("## Non-Functional Requirements\n\n### Availability Requirements\n\n"
                              "#### NFR-A-001: Service availability\n\n"
                              "**Requirement**: The claims line MUST achieve 99.9% availability, with planned "
                              "maintenance only outside business hours.\n\n")
            << none << none << "availability"
            << "99.9%"
            << "#### NFR-A-001: Service availability";
        QTest::newRow("availability: a recovery figure is none")
            << QStringLiteral("## Non-Functional Requirements\n\n### Availability Requirements\n\n"
                              "#### NFR-A-002: Disaster recovery\n\n"
                              "**Requirement**: Failover MUST restore 99% of calls within 4 hours (RTO).\n\n")
            << none << none << "availability"
            << ""
            << "";
        QTest::newRow("availability: nothing stated") << QString() << none << none << "availability"
                                                      << ""
                                                      << "";
        QTest::newRow("latency p99 beside its own figure")
            << QStringLiteral(
                   "### FR-002: Live transcription\n\n"
                   "**Description**: The speech-to-text model MUST return text with p50 < 300ms, p95 < 600ms, "
                   "p99 < 1,200ms.\n\n")
            << none << none << "latencyP99"
            << "< 1200 ms"
            << "### FR-002: Live transcription";
        QTest::newRow("latency p50 beside its own figure")
            << QStringLiteral(
                   "### FR-002: Live transcription\n\n"
                   "**Description**: The speech-to-text model MUST return text with p50 < 300ms, p95 < 600ms, "
                   "p99 < 1,200ms.\n\n")
            << none << none << "latencyP50"
            << "< 300 ms"
            << "### FR-002: Live transcription";
        QTest::newRow("latency: a database figure is no model target")
            << QStringLiteral("### FR-002: Transcript store\n\n"
                              "**Description**: The speech-to-text model's transcripts are stored; database query time "
                              "< 100ms (average).\n\n")
            << none << none << "latencyP50"
            << ""
            << "";
        QTest::newRow("latency: a platform API figure is no model target")
            << QStringLiteral("### NFR-P-002: Response times\n\n**Requirement**:\n"
                              "- Platform API response time: p50 < 200ms, p99 < 1,000ms\n"
                              "- Speech-to-text model: transcript returned within 30 seconds of request\n\n")
            << none << none << "latencyP99"
            << ""
            << "";
        QTest::newRow("latency: nothing stated") << QString() << none << none << "latencyP99"
                                                 << ""
                                                 << "";
        QTest::newRow("metric with its threshold")
            << QStringLiteral(
                   "### FR-003: Transcription quality\n\n"
                   "**Description**: The speech-to-text model MUST reach accuracy ≥ 92% on the held-out call set.\n\n")
            << none << none << "performanceThreshold"
            << "< 92%"
            << "### FR-003: Transcription quality";
        QTest::newRow("error rate: critical above its bound")
            << QStringLiteral(
                   "### FR-003: Transcription quality\n\n"
                   "**Description**: The speech-to-text model MUST keep word error rate below 8% on the call set.\n\n")
            << none << none << "performanceThreshold"
            << "> 8%"
            << "### FR-003: Transcription quality";
        QTest::newRow("metric: a number without a metric is none")
            << QStringLiteral("### FR-003: Transcription coverage\n\n"
                              "**Description**: The speech-to-text model MUST transcribe at least 95% of calls.\n\n")
            << none << none << "performanceThreshold"
            << ""
            << "";
        QTest::newRow("oversight advisory: low confidence routed to a person")
            << QStringLiteral(
                   "### FR-004: Review of uncertain transcripts\n\n"
                   "**Description**: Transcripts the speech-to-text model gives low confidence are routed to a "
                   "human reviewer.\n\n")
            << none << none << "humanOversight"
            << "Advisory"
            << "### FR-004: Review of uncertain transcripts";
        QTest::newRow("oversight required: a person decides each")
            << QStringLiteral(
                   "### FR-004: Claim decisions\n\n"
                   "**Description**: Every claim summary from the speech-to-text model requires human review "
                   "before any decision.\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### FR-004: Claim decisions";
        QTest::newRow("oversight required: human review before release")
            << QStringLiteral("### FR-004: Letters\n\n**Description**: Letters drafted from the speech-to-text model's "
                              "transcripts get human review before release.\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### FR-004: Letters";
        QTest::newRow("oversight required: a consultant accepts each suggestion")
            << QStringLiteral("### FR-005: Consultant decision\n\n**Description**: A consultant MUST accept or change "
                              "every suggested category from the speech-to-text model before booking.\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### FR-005: Consultant decision";
        QTest::newRow("oversight required: reviewed by a named officer before publication")
            << QStringLiteral("### FR-002: Welsh transcripts\n\n**Description**: Speech-to-text transcripts are "
                              "reviewed by a Welsh-language officer before publication.\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### FR-002: Welsh transcripts";
        QTest::newRow("oversight: reviewed before publication, low confidence to a clerk")
            << QStringLiteral("### FR-002: Welsh transcripts\n\n**Description**: Speech-to-text transcripts are "
                              "reviewed by a Welsh-language officer before publication.\n\n"
                              "### FR-004: Uncertain transcripts\n\n**Description**: Speech-to-text transcripts "
                              "with confidence below 80% go to a clerk.\n\n")
            << none << none << "humanOversight"
            << ""
            << "";
        QTest::newRow("oversight required: no generated reply sent until approved")
            << QStringLiteral("### FR-006: Approval before sending\n\n**Description**: No generated reply from the "
                              "speech-to-text model SHALL be sent until a correspondence officer has reviewed, edited "
                              "as needed, and explicitly approved it.\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### FR-006: Approval before sending";
        QTest::newRow("oversight required: nothing generated is saved without a confirm, whoever confirms")
            << QStringLiteral("### FR-006: Agent review of summaries\n\n**Description**: The agent MUST review the "
                              "speech-to-text summary. Nothing generated by the assistant is written to the customer "
                              "record without the agent pressing \"Confirm\".\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### FR-006: Agent review of summaries";
        QTest::newRow("oversight required: every output held, some also escalated")
            << QStringLiteral("### BR-002: Adviser responsibility\n\n**Description**: Nothing generated by the "
                              "speech-to-text model may be sent to parties until it has been approved by a named "
                              "legal adviser.\n\n### FR-005: Questions\n\n**Description**: If no transcript matches, "
                              "the speech-to-text model must suggest escalation to a legal adviser.\n\n")
            << none << none << "humanOversight"
            << "Required"
            << "### BR-002: Adviser responsibility";
        QTest::newRow("oversight: data held for approval is no model's output")
            << QStringLiteral("### DR-004: Training data\n\n**Description**: No call recording SHALL be used for "
                              "speech-to-text model training without approval by the Data Protection Officer.\n\n")
            << none << none << "humanOversight"
            << ""
            << "";
        QTest::newRow("oversight: an invoice approved by an officer is no model's output")
            << QStringLiteral("### FR-002: Invoices\n\n**Description**: The speech-to-text model transcribes "
                              "supplier calls. Each invoice MUST be approved by a finance officer before payment.\n\n")
            << none << none << "humanOversight"
            << ""
            << "";
        QTest::newRow("oversight: confidence that is no bound")
            << QStringLiteral("### FR-002: Disputes\n\n**Description**: Suppliers MUST have confidence that disputes "
                              "about speech-to-text transcripts are referred to an officer within 5 days.\n\n")
            << none << none << "humanOversight"
            << ""
            << "";
        QTest::newRow("oversight: both stated leave it open")
            << QStringLiteral(
                   "### FR-004: Claim decisions\n\n"
                   "**Description**: Every claim summary from the speech-to-text model requires human review.\n\n"
                   "### FR-005: Uncertain transcripts\n\n"
                   "**Description**: Low-confidence speech-to-text output is escalated to a human agent.\n\n")
            << none << none << "humanOversight"
            << ""
            << "";
        QTest::newRow("oversight from the ATRS record's ticked option")
            << QString() << QStringLiteral("projects/001-claims/ARC-001-ATRS-v1.0.md")
            << QStringLiteral("# Algorithmic Transparency Record\n\n### Human Decisions and Review\n\n"
                              "**Human Oversight Model**:\n[X] Human-on-the-loop (sample review)\n"
                              "[ ] Human-in-the-loop (review every decision)\n")
            << "humanOversight"
            << "Advisory"
            << "[X] Human-on-the-loop (sample review)";
        QTest::newRow("oversight from the DPIA's algorithm section, after a label naming none")
            << QString() << QStringLiteral("projects/001-claims/ARC-001-DPIA-v1.0.md")
            << QStringLiteral("# Data Protection Impact Assessment\n\n| Control | Detail |\n|---|---|\n"
                              "| Human oversight | See section 15 |\n\n### 15.1 Automated Processing\n\n"
                              "**Human Oversight**:\n- [ ] Human-in-the-loop — every output reviewed\n"
                              "- [x] Human-on-the-loop — caseworkers sample the transcripts weekly\n")
            << "humanOversight"
            << "Advisory"
            << "- [x] Human-on-the-loop — caseworkers sample the transcripts weekly";
        QTest::newRow("oversight: the requirements before the DPIA")
            << QStringLiteral(
                   "### FR-004: Claim decisions\n\n"
                   "**Description**: Every claim summary from the speech-to-text model requires human review "
                   "before any decision.\n\n")
            << QStringLiteral("projects/001-claims/ARC-001-DPIA-v1.0.md")
            << QStringLiteral("# Data Protection Impact Assessment\n\n**Human Oversight**:\n"
                              "- [x] Human-on-the-loop — sampled\n")
            << "humanOversight"
            << "Required"
            << "### FR-004: Claim decisions";
        QTest::newRow("oversight from an ATRS list item")
            << QString() << QStringLiteral("projects/001-claims/ARC-001-ATRS-v1.0.md")
            << QStringLiteral("# Algorithmic Transparency Record\n\n- **Human Oversight Model**: Human-in-the-loop\n")
            << "humanOversight"
            << "Required"
            << "- **Human Oversight Model**: Human-in-the-loop";
        QTest::newRow("oversight: DPIA prose about oversight states none")
            << QString() << QStringLiteral("projects/001-claims/ARC-001-DPIA-v1.0.md")
            << QStringLiteral("# DPIA\n\nHuman oversight could be bypassed by busy staff; human-in-the-loop review "
                              "is recommended for appeals.\n\n**Human Oversight**: [ ] Human-in-the-loop\n")
            << "humanOversight"
            << ""
            << "";
        QTest::newRow("oversight: nothing stated") << QString() << none << none << "humanOversight"
                                                   << ""
                                                   << "";
        QTest::newRow("fairness monitored in production")
            << QStringLiteral(
                   "### FR-006: Bias monitoring\n\n"
                   "**Description**: The speech-to-text model's accuracy across accents MUST be monitored for bias "
                   "continuously.\n\n")
            << none << none << "fairnessMonitoring"
            << "Enabled"
            << "### FR-006: Bias monitoring";
        QTest::newRow("fairness threshold of the fairness metric")
            << QStringLiteral("### FR-006: Bias monitoring\n\n"
                              "**Description**: The speech-to-text model's accuracy across accents MUST be monitored "
                              "for bias; demographic parity across groups (threshold: <5% deviation).\n\n")
            << none << none << "fairnessThreshold"
            << "< 5% deviation"
            << "### FR-006: Bias monitoring";
        QTest::newRow("fairness frequency of the bias audits")
            << QStringLiteral("### FR-006: Bias monitoring\n\n"
                              "**Description**: The speech-to-text model MUST pass bias audits across accents "
                              "(quarterly audits).\n\n")
            << none << none << "fairnessFrequency"
            << "Quarterly"
            << "### FR-006: Bias monitoring";
        QTest::newRow("fairness: a percentage of no fairness metric")
            << QStringLiteral("### FR-006: Accuracy\n\n**Description**: The speech-to-text model MUST keep its word "
                              "error rate below 8% on the benchmark.\n\n")
            << none << none << "fairnessThreshold"
            << ""
            << "";
        QTest::newRow("fairness: nothing stated") << QString() << none << none << "fairnessMonitoring"
                                                  << ""
                                                  << "";
        QTest::newRow("DPIA link when a DPIA exists")
            << QString() << QStringLiteral("projects/001-claims/ARC-001-DPIA-v1.0.md")
            << QStringLiteral("# Data Protection Impact Assessment\n\nCall recordings are personal data.\n")
            << "dpiaLink"
            << "projects/001-claims/ARC-001-DPIA-v1.0.md"
            << "";
        QTest::newRow("DPIA: none in the project") << QString() << none << none << "dpiaLink"
                                                   << ""
                                                   << "";
    }
    void statedValues()
    {
        QFETCH(QString, extra);
        QFETCH(QString, otherFile);
        QFETCH(QString, otherText);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QFETCH(QString, sourceLine);

        RepositoryBuilder repository;
        QMap<QString, QString> files;
        if (!otherFile.isEmpty())
            files.insert(otherFile, otherText);
        const QString req = requirements(extra);
        const Generated generated = generate(repository, req, files);
        QVERIFY(!generated.markdown.isEmpty());
        const QString value = generated.answers.value(field).toString();
        const QString placeholder = PlaceholderNames::spelling(field);
        if (expected.isEmpty()) {
            QVERIFY2(value.isEmpty(), qPrintable(value));
            QVERIFY2(!generated.answers.sources.contains(field), qPrintable(generated.answers.sources.value(field)));
            // A project without a DPIA document: the strategy says so rather
            // than ask for a link (tst_documentrenderer has the cases).
            if (field == QLatin1String("dpiaLink")) {
                QVERIFY(generated.markdown.contains(QLatin1String("| **DPIA** | No DPIA document in the project |")));
                QVERIFY(!generated.markdown.contains(placeholder));
                return;
            }
            // An unstated fairness bound: the strategy recommends one, to confirm.
            if (field == QLatin1String("fairnessThreshold")) {
                QVERIFY(generated.markdown.contains(QLatin1String("| Recommended: < 0.1 difference (")));
                return;
            }
            // No metric stated either: the critical level of the recommended metrics.
            if (field == QLatin1String("performanceThreshold") && generated.answers.performanceMetrics.isEmpty()) {
                QVERIFY(
                    generated.markdown.contains(QStringLiteral("Recommended: 5 points worse than baseline — confirm")));
                return;
            }
            // The placeholder stays, and check reports it.
            QVERIFY2(generated.markdown.contains(placeholder), qPrintable(placeholder));
            QVERIFY(reportsPlaceholder(generated.findings, placeholder));
            return;
        }
        QCOMPARE(value, expected);
        QVERIFY2(!generated.markdown.contains(placeholder),
                 qPrintable(placeholder + QStringLiteral(" still in the document")));
        // The source is the document and line that states it.
        const QString source = generated.answers.sources.value(field);
        if (sourceLine.isEmpty()) {
            QCOMPARE(source, otherFile);
        } else {
            const bool inOther = !otherFile.isEmpty() && otherText.contains(sourceLine);
            const QString file = inOther ? otherFile : reqPath;
            const QString text = inOther ? otherText : req;
            QCOMPARE(source, QStringLiteral("%1:%2").arg(file).arg(lineOf(text, sourceLine)));
        }
    }

    // The business purpose: an aim in the summary, else the first objective; else the placeholder.
    void businessPurpose_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tasked to deliver")
            << QStringLiteral(
                   "## Executive Summary\n\n### Business Context\n\nClaims take weeks. The Claims Office has been "
                   "tasked by Ministers to deliver a transcription service for claim calls.\n\n")
            << "The Claims Office has been tasked by Ministers to deliver a transcription service for claim calls.";
        QTest::newRow("first objective")
            << QStringLiteral("## Executive Summary\n\n### Business Context\n\nA directive sets a target for 2028.\n\n"
                              "### Objectives\n\n- Cut the time to settle a claim from weeks to days\n- Keep every "
                              "call private\n\n")
            << "Cut the time to settle a claim from weeks to days";
        QTest::newRow("nothing stated")
            << QStringLiteral("## Executive Summary\n\n### Business Context\n\nA directive sets a target for 2028.\n\n")
            << "";
    }
    void businessPurpose()
    {
        QFETCH(QString, summary);
        QFETCH(QString, expected);
        RepositoryBuilder repository;
        const QString req = requirements(QString()).replace(QStringLiteral("## Functional Requirements"),
                                                            summary + QStringLiteral("## Functional Requirements"));
        const Generated generated = generate(repository, req, {});
        QCOMPARE(generated.answers.businessPurpose, expected);
        if (expected.isEmpty()) {
            QVERIFY(generated.markdown.contains(QStringLiteral("[BUSINESS_PURPOSE]")));
            return;
        }
        QCOMPARE(generated.answers.sources.value(QStringLiteral("businessPurpose")),
                 QStringLiteral("%1:%2").arg(reqPath).arg(lineOf(req, expected.left(30))));
    }

    // The quality metric recommended for a kind of model; the threshold stays the project's.
    void metricRecommendations_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("metric");
        QTest::newRow("classification") << "Classification"
                                        << "F1 score";
        QTest::newRow("forecasting key") << "forecasting"
                                         << "MAPE";
        QTest::newRow("LLM") << "GenAI / LLM"
                             << "Golden-set answer accuracy and groundedness";
        QTest::newRow("other: none") << "Other"
                                     << "";
    }
    void metricRecommendations()
    {
        QFETCH(QString, kind);
        QFETCH(QString, metric);
        QCOMPARE(Recommendations::metricFor(kind), metric);
        RenderInput input;
        ModelEntry model;
        model.name = QStringLiteral("Model");
        model.type = kind;
        model.approach = QStringLiteral("custom-trained");
        input.answers.models = {model};
        const QString markdown = DocumentRenderer().render(input).markdown;
        QCOMPARE(markdown.contains(QStringLiteral("[PERFORMANCE_METRICS]")), metric.isEmpty());
        if (!metric.isEmpty())
            QVERIFY(markdown.contains(QStringLiteral("Recommended: %1 — confirm").arg(metric)));
        // No metric stated: the critical level comes with the recommended ones;
        // with none recommended either, there is nothing to bound.
        QCOMPARE(markdown.contains(QStringLiteral("Recommended: 5 points worse than baseline — confirm")),
                 !metric.isEmpty());
        QCOMPARE(markdown.contains(QStringLiteral("[PERFORMANCE_THRESHOLD]")), metric.isEmpty());
    }

    // How the models serve: a response time (at any percentile, or none) is
    // real-time, a volume in a window batch; nothing stated leaves the placeholder.
    void servingPatterns_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("sourceLine");
        QTest::newRow("response time at no percentile")
            << QStringLiteral(
                   "### FR-002: Transcript on request\n\n**Description**: The speech-to-text model returns the "
                   "transcript within 30 seconds of request.\n\n")
            << QStringList{QStringLiteral("real-time")} << "### FR-002: Transcript on request";
        QTest::newRow("a volume in a window")
            << QStringLiteral(
                   "### FR-002: Overnight transcription\n\n**Description**: The speech-to-text model MUST process "
                   "10,000 recordings in 4 hours overnight.\n\n")
            << QStringList{QStringLiteral("batch")} << "### FR-002: Overnight transcription";
        QTest::newRow("nothing stated") << QString() << QStringList{} << "";
    }
    void servingPatterns()
    {
        QFETCH(QString, extra);
        QFETCH(QStringList, patterns);
        QFETCH(QString, sourceLine);
        RepositoryBuilder repository;
        const QString req = requirements(extra);
        const Generated generated = generate(repository, req, {});
        QCOMPARE(generated.answers.servingPatterns, patterns);
        if (patterns.isEmpty()) {
            QVERIFY(generated.markdown.contains(QStringLiteral("[SERVING_PATTERNS]")));
            return;
        }
        QCOMPARE(generated.answers.sources.value(QStringLiteral("servingPatterns")),
                 QStringLiteral("%1:%2").arg(reqPath).arg(lineOf(req, sourceLine)));
        QVERIFY(!generated.markdown.contains(QStringLiteral("[SERVING_PATTERNS]")));
    }

    // A serving target read from the REQ is cited in the serving table.
    void servingTargetIsCited()
    {
        RepositoryBuilder repository;
        const Generated generated =
            generate(repository,
                     requirements(QStringLiteral("## Non-Functional Requirements\n\n### Availability Requirements\n\n"
                                                 "#### NFR-A-001: Service availability\n\n"
                                                 "**Requirement**: The claims line MUST achieve 99.9% uptime.\n\n")),
                     {});
        // The value carries its citation marker, resolved to the requirement's line.
        const int line = lineOf(generated.markdown, QStringLiteral("| Availability | 99.9% [REQ-C"));
        QVERIFY2(line > 0, qPrintable(generated.markdown));
        QVERIFY(generated.markdown.contains(QStringLiteral("`%1:%2`").arg(reqPath).arg(
            lineOf(requirements(QStringLiteral(
                       "## Non-Functional Requirements\n\n### Availability Requirements\n\n#### NFR-A-001")),
                   QStringLiteral("#### NFR-A-001")))));
        // The traceability row says the strategy took it as the serving target.
        const int trace = lineOf(generated.markdown, QStringLiteral("\n| NFR-A-001 |")) + 1;
        QVERIFY(trace > 1);
        QVERIFY(generated.markdown.split(QLatin1Char('\n'))
                    .at(trace - 1)
                    .contains(QLatin1String("Serving SLA: availability (Section 6)")));
    }

    void placeholderFields_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("name on the ML Lead's row") << "[Name]"
                                                   << "| ML Lead | [Name] | Model development strategy |"
                                                   << "mlLead";
        QTest::newRow("name on the Product Owner's row") << "[Name]"
                                                         << "| Product Owner | [Name] | Use case prioritization |"
                                                         << "productOwner";
        QTest::newRow("name in the rollback step") << "[Name]"
                                                   << "3. **Rollback Decision**: ML Lead ([Name]) approves rollback"
                                                   << "mlLead";
        QTest::newRow("FTE on the Data Engineer's row") << "[FTE]"
                                                        << "| Data Engineer | [FTE] | Data pipelines, SQL, Spark |"
                                                        << "dataEngineerFte";
        QTest::newRow("amount on the serving row") << "[Amount]"
                                                   << "| Serving infrastructure | [Amount] | Per request |"
                                                   << "servingCost";
        QTest::newRow("amount on the training row") << "[Amount]"
                                                    << "| Training compute | [Amount] | Per job |"
                                                    << "trainingCost";
        QTest::newRow("a field's own placeholder anywhere") << "[PLATFORM]"
                                                            << "| Compute | [PLATFORM] | Sized per model |"
                                                            << "platform";
        QTest::newRow("a name on a line naming no role") << "[Name]"
                                                         << "| **Algorithmic Tool Name** | [Name] |"
                                                         << "";
        QTest::newRow("no field's placeholder") << "[Whatever]"
                                                << "| x | [Whatever] |"
                                                << "";
    }
    void placeholderFields()
    {
        QFETCH(QString, placeholder);
        QFETCH(QString, line);
        QFETCH(QString, field);
        QCOMPARE(PlaceholderNames::field(placeholder, line), field);
    }

    void spellingsByKind_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("spelling");
        QTest::newRow("person") << "dataScientist"
                                << "[Name]";
        QTest::newRow("head count") << "mlEngineerFte"
                                    << "[FTE]";
        QTest::newRow("amount") << "monitoringCost"
                                << "[Amount]";
        QTest::newRow("own name") << "tokenBudget"
                                  << "[TOKEN_BUDGET]";
    }
    void spellingsByKind()
    {
        QFETCH(QString, field);
        QFETCH(QString, spelling);
        QCOMPARE(PlaceholderNames::spelling(field), spelling);
    }

    // The team and cost tables: one placeholder per kind, each on its role's row,
    // every one still reported by check; a name given replaces only its own row.
    void rolePlaceholders()
    {
        RenderInput input;
        input.answers.dataScientist = QStringLiteral("Grace Hopper");
        const QString markdown = DocumentRenderer().render(input).markdown;
        QVERIFY(markdown.contains(QStringLiteral("| ML Lead | [Name] | Model development strategy |")));
        QVERIFY(markdown.contains(
            QStringLiteral("| Data Scientist | Grace Hopper | Model training and experimentation |")));
        QVERIFY(markdown.contains(QStringLiteral("| ML Engineer | [FTE] |")));
        QVERIFY(markdown.contains(QStringLiteral("| Storage | [Amount] | Per GB |")));
        const ValidationFindings findings = DocumentValidator().validate(markdown, {});
        int names = 0;
        int amounts = 0;
        for (const ValidationFinding &finding : findings) {
            names += finding.rule == QLatin1String("placeholder") && finding.message.contains(QLatin1String("[Name]"));
            amounts +=
                finding.rule == QLatin1String("placeholder") && finding.message.contains(QLatin1String("[Amount]"));
        }
        QVERIFY2(names >= 4, qPrintable(QString::number(names))); // ML Lead, ML Engineer, Product Owner, Data Engineer
        QCOMPARE(amounts, 4);
    }

    // A recommendation says it is one and gives its rule; an answer replaces it.
    void recommendations_data()
    {
        QTest::addColumn<QString>("riskLevel");
        QTest::addColumn<QString>("deploymentStrategy");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no risk level: canary") << ""
                                               << ""
                                               << "| **Strategy** | Recommended: Canary (";
        QTest::newRow("high risk: shadow first") << "High"
                                                 << ""
                                                 << "| **Strategy** | Recommended: Shadow, then canary (";
        QTest::newRow("answered: no recommendation") << ""
                                                     << "shadow"
                                                     << "| **Strategy** | Shadow |";
    }
    void recommendations()
    {
        QFETCH(QString, riskLevel);
        QFETCH(QString, deploymentStrategy);
        QFETCH(QString, expected);
        RenderInput input;
        input.answers.riskLevel = riskLevel;
        input.answers.deploymentStrategy = deploymentStrategy;
        const QString markdown = DocumentRenderer().render(input).markdown;
        QVERIFY2(markdown.contains(expected), qPrintable(expected));
        QVERIFY(!markdown.contains(QStringLiteral("[DEPLOYMENT_STRATEGY]")));
        // Facts about the project are never recommended.
        for (const char *fact :
             {"riskLevel", "targetTimeline", "mlLead", "trainingCost", "llmProvider", "humanOversight"})
            QVERIFY2(Recommendations::of(input.answers, QLatin1String(fact)).isEmpty(), fact);
    }
};

QTEST_GUILESS_MAIN(TestStatedValues)
#include "tst_statedvalues.moc"
