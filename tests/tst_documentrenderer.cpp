#include "answersblock.h"
#include "arcfilename.h"
#include "documentrenderer.h"
#include "documentvalidator.h"
#include "placeholdernames.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;

namespace {

const QString kReqSource = QStringLiteral("projects/001-smart-meter/ARC-001-REQ-v1.0.md");

Requirement requirement(const QString &id, const QString &title, int line, bool ml, const QString &section = {})
{
    Requirement r;
    r.id = id;
    r.kind = id.section(QLatin1Char('-'), 0, 0);
    const QString second = id.section(QLatin1Char('-'), 1, 1);
    if (!second.isEmpty() && !second.at(0).isDigit())
        r.category = second;
    r.title = title;
    r.body = title;
    r.source = kReqSource;
    r.line = line;
    r.ml = ml;
    r.section = section;
    return r;
}

// Every Answers field filled with a value of its type, plus models and data
// sources: what the GUI test does, so no placeholder may remain.
Answers filledAnswers(const QString &regime, bool genai)
{
    Answers answers;
    for (const QString &field : Answers::fieldNames()) {
        const QVariant current = answers.value(field);
        if (current.typeId() == QMetaType::QStringList)
            answers.setValue(field, QStringList{QStringLiteral("Filled %1").arg(field)});
        else if (current.typeId() == QMetaType::Int)
            answers.setValue(field, 2);
        else if (current.typeId() == QMetaType::Bool)
            answers.setValue(field, true);
        else
            answers.setValue(field, QStringLiteral("Filled %1").arg(field));
    }
    answers.regime = regime;
    answers.llmOperations = genai;
    answers.models = {{QStringLiteral("ML-001"),
                       QStringLiteral("Consumption forecaster"),
                       QStringLiteral("Regression"),
                       QStringLiteral("scikit-learn"),
                       QStringLiteral("Forecast household consumption"),
                       QStringLiteral("Medium"),
                       QStringLiteral("Data Science Team"),
                       {},
                       {},
                       {},
                       {},
                       {}},
                      {QStringLiteral("ML-002"),
                       QStringLiteral("Tariff assistant"),
                       QStringLiteral("GenAI"),
                       QStringLiteral("Foundation model API"),
                       QStringLiteral("Answer tariff questions"),
                       QStringLiteral("High"),
                       QStringLiteral("Product"),
                       {},
                       {},
                       {},
                       {},
                       {}}};
    answers.dataSources = {{QStringLiteral("Meter readings"), QStringLiteral("Stream"), QStringLiteral("Real-time"),
                            QStringLiteral("2 TB/month"), QStringLiteral("Yes"), QStringLiteral("Data Platform")}};
    return answers;
}

RenderInput inputFor(const Answers &answers)
{
    RenderInput input;
    input.answers = answers;
    input.project.id = QStringLiteral("001");
    input.project.name = QStringLiteral("smart-meter");
    input.project.dirName = QStringLiteral("001-smart-meter");
    input.project.relativePath = QStringLiteral("projects/001-smart-meter");
    input.version = QStringLiteral("1.0");
    input.date = QDate(2025, 1, 31);
    input.requirements = {
        requirement(QStringLiteral("FR-ML-001"), QStringLiteral("Forecast household consumption daily"), 40, true),
        requirement(QStringLiteral("FR-002"), QStringLiteral("Show the bill"), 45, false),
        requirement(QStringLiteral("FR-ML-003"), QStringLiteral("Detect drift in meter readings"), 52, true),
        requirement(QStringLiteral("NFR-P-001"), QStringLiteral("Predictions within 200 ms"), 80, false),
        requirement(QStringLiteral("NFR-U-001"), QStringLiteral("Plain English"), 90, false,
                    QStringLiteral("Usability")),
    };
    return input;
}

// The document without its answers block, where the placeholders are looked for.
QString body(const QString &markdown)
{
    const qsizetype block = markdown.indexOf(QLatin1String("<!-- arckit-mlops-answers"));
    return block < 0 ? markdown : markdown.left(block);
}

QStringList placeholders(const QString &markdown)
{
    static const QRegularExpression placeholder(QStringLiteral("\\[[A-Z][A-Za-z0-9_]*\\]"));
    QStringList found;
    auto it = placeholder.globalMatch(body(markdown));
    while (it.hasNext())
        found.append(it.next().captured());
    return found;
}

QStringList h2Headings(const QString &markdown)
{
    QStringList headings;
    bool fenced = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            fenced = !fenced;
        else if (!fenced && line.startsWith(QLatin1String("## ")))
            headings.append(line.mid(3).trimmed());
    }
    return headings;
}

int unescapedPipes(const QString &line)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char('|'))
            continue;
        qsizetype backslashes = 0;
        for (qsizetype j = i - 1; j >= 0 && line.at(j) == QLatin1Char('\\'); --j)
            ++backslashes;
        if (backslashes % 2 == 0)
            ++count;
    }
    return count;
}

// Every table row outside code fences has the column count of its header;
// every mermaid line has balanced quotes. Returns the first offence.
QString structuralProblem(const QString &markdown)
{
    const QStringList lines = body(markdown).split(QLatin1Char('\n'));
    bool fenced = false;
    bool mermaid = false;
    int columns = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1String("```"))) {
            mermaid = !fenced && line.trimmed() == QLatin1String("```mermaid");
            fenced = !fenced;
            columns = -1;
            continue;
        }
        if (mermaid && line.count(QLatin1Char('"')) % 2 != 0)
            return QStringLiteral("line %1: unbalanced quotes in mermaid: %2").arg(i + 1).arg(line);
        if (fenced)
            continue;
        if (!line.startsWith(QLatin1Char('|'))) {
            columns = -1;
            continue;
        }
        const int pipes = unescapedPipes(line);
        if (columns < 0) {
            // A table starts with its header and a delimiter row; a row on its
            // own (a table split by a blank line) would render as a paragraph.
            static const QRegularExpression delimiter(QStringLiteral("^\\|(\\s*:?-+:?\\s*\\|)+\\s*$"));
            if (i + 1 >= lines.size() || !delimiter.match(lines.at(i + 1)).hasMatch())
                return QStringLiteral("line %1: table row without a header and delimiter row: %2").arg(i + 1).arg(line);
            columns = pipes;
        } else if (pipes != columns)
            return QStringLiteral("line %1: %2 cells instead of %3: %4")
                .arg(i + 1)
                .arg(pipes - 1)
                .arg(columns - 1)
                .arg(line);
    }
    return {};
}

QString tableValue(const QString &markdown, const QString &field)
{
    const QString prefix = QStringLiteral("| **%1** | ").arg(field);
    for (const QString &line : markdown.split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).chopped(2);
    return QStringLiteral("<no row %1>").arg(field);
}

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

} // namespace

class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholderNames_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("placeholder");
        QTest::newRow("owner") << "owner"
                               << "[OWNER]";
        QTest::newRow("latencyP50") << "latencyP50"
                                    << "[LATENCY_P50]";
        QTest::newRow("jsp936RiskClass") << "jsp936RiskClass"
                                         << "[JSP936_RISK_CLASS]";
        QTest::newRow("mlEngineerFte") << "mlEngineerFte"
                                       << "[ML_ENGINEER_FTE]";
        QTest::newRow("dataSources") << "dataSources"
                                     << "[DATA_SOURCES]";
        QTest::newRow("acronym") << "modelID"
                                 << "[MODEL_ID]";
    }
    void placeholderNames()
    {
        QFETCH(QString, field);
        QFETCH(QString, placeholder);
        QCOMPARE(DocumentRenderer::placeholderFor(field), placeholder);
    }

    void conditionalSections_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<bool>("genai");
        QTest::addColumn<bool>("section9");
        QTest::addColumn<bool>("section13");
        QTest::addColumn<bool>("jsp936");
        QTest::newRow("uk-gov + genai") << "uk-gov" << true << true << true << false;
        QTest::newRow("uk-gov") << "uk-gov" << false << false << true << false;
        QTest::newRow("mod + genai") << "mod" << true << true << true << true;
        QTest::newRow("mod") << "mod" << false << false << true << true;
        QTest::newRow("commercial + genai") << "commercial" << true << true << false << false;
        QTest::newRow("commercial") << "commercial" << false << false << false << false;
        QTest::newRow("another government") << "other-gov" << true << true << false << false;
        QTest::newRow("regime not chosen") << "" << false << false << false << false;
    }
    void conditionalSections()
    {
        QFETCH(QString, regime);
        QFETCH(bool, genai);
        QFETCH(bool, section9);
        QFETCH(bool, section13);
        QFETCH(bool, jsp936);
        const RenderResult result = DocumentRenderer().render(inputFor(filledAnswers(regime, genai)));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.templateUsed, QStringLiteral(":/templates/mlops.md.mustache"));

        QStringList expected{QStringLiteral("Document Control"),          QStringLiteral("Revision History"),
                             QStringLiteral("Executive Summary"),         QStringLiteral("1. ML System Overview"),
                             QStringLiteral("2. Model Inventory"),        QStringLiteral("3. Data Pipeline"),
                             QStringLiteral("4. Training Pipeline"),      QStringLiteral("5. Model Registry"),
                             QStringLiteral("6. Serving Infrastructure"), QStringLiteral("7. Model Monitoring"),
                             QStringLiteral("8. Retraining Strategy")};
        if (section9)
            expected << QStringLiteral("9. LLM/GenAI Operations");
        expected << QStringLiteral("10. CI/CD for ML") << QStringLiteral("11. Model Governance")
                 << QStringLiteral("12. Responsible AI Operations");
        if (section13)
            expected << QStringLiteral("13. UK Government AI Compliance");
        expected << QStringLiteral("14. Costs and Resources") << QStringLiteral("15. Requirements Traceability")
                 << QStringLiteral("Approval") << QStringLiteral("External References");
        QCOMPARE(h2Headings(result.markdown), expected);
        QCOMPARE(result.markdown.contains(QLatin1String("### JSP 936 Alignment (MOD Only)")), jsp936);
        // An omitted section leaves a one-line note so the numbering gap is explained.
        QCOMPARE(result.markdown.contains(QLatin1String("*Section 9 is omitted")), !section9);
        // Until the regime is chosen the note says what Section 13 waits for.
        QCOMPARE(result.markdown.contains(QLatin1String("*Section 13 is omitted")), !section13 && !regime.isEmpty());
        QCOMPARE(result.markdown.contains(QLatin1String("left out until the regime in Section 1 is chosen")),
                 regime.isEmpty());
        QCOMPARE(result.markdown.contains(QLatin1String("| **Governance Regime** | [REGIME] |")), regime.isEmpty());
        QCOMPARE(structuralProblem(result.markdown), QString());
    }

    void genAiUseCaseAloneBringsSection9()
    {
        Answers answers = filledAnswers(QStringLiteral("commercial"), false);
        answers.useCases = {QStringLiteral("genai")};
        const RenderResult result = DocumentRenderer().render(inputFor(answers));
        QVERIFY(h2Headings(result.markdown).contains(QStringLiteral("9. LLM/GenAI Operations")));
    }

    void noPlaceholderWhenEverythingIsAnswered_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<bool>("genai");
        QTest::newRow("mod + genai") << "mod" << true;
        QTest::newRow("uk-gov") << "uk-gov" << false;
        QTest::newRow("commercial") << "commercial" << false;
        QTest::newRow("unknown regime") << "Filled regime" << true;
    }
    void noPlaceholderWhenEverythingIsAnswered()
    {
        QFETCH(QString, regime);
        QFETCH(bool, genai);
        const RenderResult result = DocumentRenderer().render(inputFor(filledAnswers(regime, genai)));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList left = placeholders(result.markdown);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        // Nothing of the reference's example brackets ("[Name]", "[Yes/No]") either.
        // Citation markers ("[REQ-C1]") are not placeholders.
        static const QRegularExpression anyBracket(
            QStringLiteral("\\[(?![A-Z][A-Z0-9_]*(?:-[0-9]+)?-C[0-9]+\\])[^\\]\\s\"][^\\]]*\\](?!\\()"));
        const QString text = body(result.markdown);
        const QRegularExpressionMatch stray = anyBracket.match(text);
        QVERIFY2(!stray.hasMatch(), qPrintable(text.mid(qMax(0, int(stray.capturedStart()) - 120), 240)));
        QVERIFY(!result.markdown.contains(QLatin1String("{{")));
    }

    // The renderer and the validator agree: a fully answered document of any
    // regime has nothing to report.
    void answeredDocumentValidates_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<bool>("genai");
        QTest::addColumn<QString>("classification");
        QTest::newRow("mod + genai") << "mod" << true << "SECRET";
        QTest::newRow("uk-gov") << "uk-gov" << false << "OFFICIAL";
        QTest::newRow("commercial + genai") << "commercial" << true << "PUBLIC";
        QTest::newRow("commercial") << "commercial" << false << "PUBLIC";
    }
    void answeredDocumentValidates()
    {
        QFETCH(QString, regime);
        QFETCH(bool, genai);
        QFETCH(QString, classification);
        Answers answers = filledAnswers(regime, genai);
        answers.classification = classification;
        answers.status = QStringLiteral("DRAFT");
        if (!genai)
            answers.models.removeLast(); // the GenAI model
        const RenderInput input = inputFor(answers);
        ValidationContext context;
        context.fileName = QStringLiteral("ARC-001-MLOPS-v1.0.md");
        for (const Requirement &r : input.requirements)
            if (r.ml)
                context.mlRequirements.append(r);
        context.ukGovernment = answers.isUkGovernment();
        const ValidationFindings findings =
            DocumentValidator().validate(DocumentRenderer().render(input).markdown, context);
        for (const ValidationFinding &finding : findings)
            qWarning("%s %s: %s (line %d)", qPrintable(ValidationFinding::severityName(finding.severity)),
                     qPrintable(finding.rule), qPrintable(finding.message), finding.line);
        QCOMPARE(findings.size(), 0);
    }

    void emptyAnswersLeaveTheirPlaceholders()
    {
        Answers answers; // only the defaults (status DRAFT)
        answers.regime = QStringLiteral("mod");
        answers.llmOperations = true;
        const RenderResult result = DocumentRenderer().render(inputFor(answers));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList found = placeholders(result.markdown);

        QSet<QString> known;
        for (const QString &field : Answers::fieldNames())
            known.insert(PlaceholderNames::spelling(field));
        known.insert(DocumentRenderer::placeholderFor(QStringLiteral("models")));
        known.insert(DocumentRenderer::placeholderFor(QStringLiteral("dataSources")));
        for (const QString &placeholder : found)
            QVERIFY2(known.contains(placeholder), qPrintable(placeholder + QStringLiteral(" belongs to no field")));

        // Every unanswered field is flagged, except: reviewers and approver
        // (PENDING instead), status (DRAFT by default), the two set above, and
        // the retraining schedule, which only a "scheduled" trigger shows.
        const QSet<QString> foundSet(found.cbegin(), found.cend());
        // maturityReason explains a suggested level (levels typed by hand need none);
        // the fallback model shares the fallback provider's placeholder; the
        // p95 and the response time are rows only when stated (the template's
        // latency rows are the p50 and the p99).
        const QStringList pendingInstead{QStringLiteral("reviewers"),      QStringLiteral("approver"),
                                         QStringLiteral("status"),         QStringLiteral("llmOperations"),
                                         QStringLiteral("regime"),         QStringLiteral("retrainingSchedule"),
                                         QStringLiteral("maturityReason"), QStringLiteral("llmFallbackModel"),
                                         QStringLiteral("latencyP95"),     QStringLiteral("responseTime")};
        // Practices the strategy recommends, written as recommendations to confirm.
        const QStringList recommended{QStringLiteral("deploymentStrategy"),  QStringLiteral("trafficSplit"),
                                      QStringLiteral("rollbackCriteria"),    QStringLiteral("driftMethod"),
                                      QStringLiteral("driftThreshold"),      QStringLiteral("promptManagement"),
                                      QStringLiteral("dataVersioning"),      QStringLiteral("guardrails"),
                                      QStringLiteral("retrainingTriggers"),  QStringLiteral("protectedGroups"),
                                      QStringLiteral("experimentTracking"),  QStringLiteral("orchestration"),
                                      QStringLiteral("featureStore"),        QStringLiteral("fairnessMonitoring"),
                                      QStringLiteral("predictionRetention"), QStringLiteral("fairnessThreshold"),
                                      QStringLiteral("fairnessFrequency")};
        // Without a stated threshold the oversight bands are the usual three, recommended.
        const QStringList recommendedBands{QStringLiteral("confidenceThreshold")};
        for (const QString &field : Answers::fieldNames()) {
            if (pendingInstead.contains(field))
                continue;
            if (recommendedBands.contains(field)) {
                QVERIFY(result.markdown.contains(QStringLiteral("| High confidence (recommended: score ≥ 0.9) |")));
                continue;
            }
            if (recommended.contains(field)) {
                QVERIFY2(!foundSet.contains(PlaceholderNames::spelling(field)), qPrintable(field));
                continue;
            }
            QVERIFY2(foundSet.contains(PlaceholderNames::spelling(field)), qPrintable(field));
        }
        QVERIFY(result.markdown.contains(QStringLiteral("| **Strategy** | Recommended: Canary (")));
        QVERIFY(result.markdown.contains(
            QStringLiteral("| **Platform** | Experiment tracking on [PLATFORM] (recommended — confirm) |")));
        QVERIFY(result.markdown.contains(QStringLiteral("| ML Lead | [Name] |")));
        QVERIFY(result.markdown.contains(QStringLiteral("| ML Engineer | [FTE] |")));
        QVERIFY(result.markdown.contains(QStringLiteral("| Training compute | [Amount] |")));
        QVERIFY(foundSet.contains(QStringLiteral("[MODELS]")));
        QVERIFY(foundSet.contains(QStringLiteral("[DATA_SOURCES]")));
        QCOMPARE(tableValue(result.markdown, QStringLiteral("Reviewed By")), QStringLiteral("PENDING"));
        QCOMPARE(tableValue(result.markdown, QStringLiteral("Approved By")), QStringLiteral("PENDING"));
        QCOMPARE(tableValue(result.markdown, QStringLiteral("Next Review Date")), QStringLiteral("[REVIEW_CYCLE]"));
        QVERIFY(result.markdown.contains(QStringLiteral("| [MODELS] | — |")));
        QCOMPARE(structuralProblem(result.markdown), QString());
    }

    void documentControl_data()
    {
        QTest::addColumn<QString>("reviewCycle");
        QTest::addColumn<QString>("nextReview");
        QTest::newRow("monthly") << "Monthly"
                                 << "2025-02-28";
        QTest::newRow("quarterly") << "Quarterly"
                                   << "2025-04-30";
        QTest::newRow("annual") << "Annual"
                                << "2026-01-31";
        QTest::newRow("on-demand") << "On-Demand"
                                   << "On-Demand";
    }
    void documentControl()
    {
        QFETCH(QString, reviewCycle);
        QFETCH(QString, nextReview);
        Answers answers;
        answers.owner = QStringLiteral("Jane Doe, Head of Data Science");
        answers.classification = QStringLiteral("OFFICIAL");
        answers.reviewCycle = reviewCycle;
        answers.distribution = QStringLiteral("Data team");
        answers.reviewers = QStringLiteral("Sam Smith");
        RenderInput input = inputFor(answers);
        input.version = QStringLiteral("1.1");
        input.createdDate = QDate(2024, 12, 1);
        const QString md = DocumentRenderer().render(input).markdown;

        const QList<std::pair<QString, QString>> expected = {
            {QStringLiteral("Document ID"), QStringLiteral("ARC-001-MLOPS-v1.1")},
            {QStringLiteral("Document Type"), QStringLiteral("MLOps Strategy")},
            {QStringLiteral("Project"), QStringLiteral("smart-meter (Project 001)")},
            {QStringLiteral("Classification"), QStringLiteral("OFFICIAL")},
            {QStringLiteral("Status"), QStringLiteral("DRAFT")},
            {QStringLiteral("Version"), QStringLiteral("1.1")},
            {QStringLiteral("Created Date"), QStringLiteral("2024-12-01")},
            {QStringLiteral("Last Modified"), QStringLiteral("2025-01-31")},
            {QStringLiteral("Review Cycle"), reviewCycle},
            {QStringLiteral("Next Review Date"), nextReview},
            {QStringLiteral("Owner"), QStringLiteral("Jane Doe, Head of Data Science")},
            {QStringLiteral("Reviewed By"), QStringLiteral("Sam Smith (PENDING)")},
            {QStringLiteral("Approved By"), QStringLiteral("PENDING")},
            {QStringLiteral("Distribution"), QStringLiteral("Data team")},
        };
        for (const auto &[field, value] : expected)
            QCOMPARE(tableValue(md, field), value);
        // One revision row, for the version being generated.
        static const QRegularExpression revisionRow(QStringLiteral("^\\| 1\\.1 \\| 2025-01-31 \\|"),
                                                    QRegularExpression::MultilineOption);
        QCOMPARE(md.count(revisionRow), 1);
        QVERIFY(md.contains(QLatin1String("**Generated on**: 2025-01-31")));
        QVERIFY(md.contains(QLatin1String("**Project**: smart-meter (Project 001)")));
        for (const char *line : {"**Generated by**", "**ArcKit Version**", "**Model**"})
            QVERIFY2(md.contains(QLatin1String(line)), line);
    }

    void traceabilityListsMlRequirementsWithSources()
    {
        const RenderInput input = inputFor(filledAnswers(QStringLiteral("uk-gov"), false));
        const QString md = DocumentRenderer().render(input).markdown;
        const qsizetype start = md.indexOf(QLatin1String("## 15. Requirements Traceability"));
        const qsizetype end = md.indexOf(QLatin1String("## Approval"));
        QVERIFY(start > 0 && end > start);
        const QString section = md.mid(start, end - start);
        for (const Requirement &r : input.requirements) {
            const QString row = QStringLiteral("| %1 | %2 |").arg(r.id, r.title);
            const bool traced = r.ml || !r.servingGroup().isEmpty();
            QVERIFY2(section.contains(row) == traced, qPrintable(r.id));
            if (traced)
                QVERIFY2(section.contains(QStringLiteral("`%1:%2`").arg(r.source).arg(r.line)), qPrintable(r.id));
        }
        // The forecast requirement maps to the forecasting model; the drift one
        // names no model, so it concerns every model and says so.
        QVERIFY(section.contains(
            QLatin1String("| FR-ML-001 | Forecast household consumption daily | ML-001 (Consumption forecaster) | ")));
        static const QRegularExpression forecastRow(QStringLiteral("^\\| FR-ML-001 \\|.*\\| ✅ \\|$"),
                                                    QRegularExpression::MultilineOption);
        QVERIFY(section.contains(forecastRow));
        QVERIFY2(section.contains(QStringLiteral("| FR-ML-003 | Detect drift in meter readings | ML-001 (Consumption "
                                                 "forecaster), ML-002 (Tariff assistant) |")),
                 qPrintable(section));
        static const QRegularExpression driftRow(
            QStringLiteral(
                "^\\| FR-ML-003 \\|.*\\| Model monitoring \\(Section 7\\) \\|.*\\| ✅ \\(concerns every model\\) \\|$"),
            QRegularExpression::MultilineOption);
        QVERIFY(section.contains(driftRow));
    }

    void noMlRequirementSaysSo()
    {
        RenderInput input = inputFor(filledAnswers(QStringLiteral("commercial"), false));
        input.requirements.clear();
        const QString md = DocumentRenderer().render(input).markdown;
        QVERIFY(md.contains(QLatin1String("No ML-related requirement was found")));
    }

    void tablesEscapePipesAndNewlines()
    {
        Answers answers = filledAnswers(QStringLiteral("uk-gov"), true);
        answers.systemName = QStringLiteral("Meter | Insights\nplatform");
        answers.latencyP50 = QStringLiteral("<100ms");
        answers.models[0].name = QStringLiteral("Forecast \"v2\" | (beta)");
        answers.models[1].name = QStringLiteral("#quot; <b>x</b> `y` ; end");
        answers.dataSources[0].name = QStringLiteral("subgraph end [x] {y}");
        answers.deploymentStrategy = QStringLiteral("shadow");
        answers.servingPatterns = {QStringLiteral("real-time"), QStringLiteral("batch"), QStringLiteral("streaming")};
        answers.featureStore = QStringLiteral("Feast (online) -> Redis");
        RenderInput input = inputFor(answers);
        input.requirements[0].title = QStringLiteral("Forecast | consumption\nper household");
        const QString md = DocumentRenderer().render(input).markdown;
        QCOMPARE(tableValue(md, QStringLiteral("System Name")), QStringLiteral("Meter \\| Insights platform"));
        QVERIFY(md.contains(QLatin1String("| Latency (p50) | < 100ms |")));
        QVERIFY(md.contains(QLatin1String("| FR-ML-001 | Forecast \\| consumption per household |")));
        QVERIFY(md.contains(QLatin1String("M1[\"ML-001 (Forecast #quot;v2#quot; / (beta))\"]")));
        QCOMPARE(structuralProblem(md), QString());
    }

    // The template's p50 and p99 rows always; the p95 and a response time at
    // no percentile only when stated; the real-time pattern takes the tail
    // target stated, p99 first.
    void latencyRowsFollowTheStatedTargets_data()
    {
        QTest::addColumn<QString>("p95");
        QTest::addColumn<QString>("p99");
        QTest::addColumn<QString>("responseTime");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("servingLatency");
        QTest::newRow("p95 only") << "< 2 s"
                                  << ""
                                  << "" << QStringList{"Latency (p50)", "Latency (p95)", "Latency (p99)"}
                                  << "< 2 s (p95)";
        QTest::newRow("p99 wins") << "< 2 s"
                                  << "< 5 s"
                                  << "" << QStringList{"Latency (p50)", "Latency (p95)", "Latency (p99)"} << "< 5 s";
        QTest::newRow("response time only")
            << ""
            << ""
            << "< 30 s" << QStringList{"Latency (p50)", "Latency (p99)", "Response time"} << "< 30 s";
        QTest::newRow("nothing stated") << ""
                                        << ""
                                        << "" << QStringList{"Latency (p50)", "Latency (p99)"} << "[LATENCY_P99]";
    }
    void latencyRowsFollowTheStatedTargets()
    {
        QFETCH(QString, p95);
        QFETCH(QString, p99);
        QFETCH(QString, responseTime);
        QFETCH(QStringList, rows);
        QFETCH(QString, servingLatency);
        Answers answers = filledAnswers(QStringLiteral("commercial"), false);
        answers.latencyP50.clear();
        answers.latencyP95 = p95;
        answers.latencyP99 = p99;
        answers.responseTime = responseTime;
        answers.servingPatterns = {QStringLiteral("real-time")};
        const QString md = DocumentRenderer().render(inputFor(answers)).markdown;
        static const QRegularExpression latencyRow(QStringLiteral("^\\| (Latency \\(p\\d\\d\\)|Response time) \\|"),
                                                   QRegularExpression::MultilineOption);
        QStringList found;
        for (auto it = latencyRow.globalMatch(md); it.hasNext();)
            found.append(it.next().captured(1));
        QCOMPARE(found, rows);
        QVERIFY2(md.contains(QStringLiteral("| User-facing predictions | %1 |").arg(servingLatency)), qPrintable(md));
        QCOMPARE(structuralProblem(md), QString());
    }

    // Section 13's ATRS tier says how far the record is written, as the wizard
    // asks it; a scanned project without the document says so instead of a
    // placeholder (the record may be kept elsewhere: it says no more); an
    // unscanned one (no documents known) keeps the placeholder.
    void transparencyRecordsFollowTheProject_data()
    {
        QTest::addColumn<QStringList>("documents");
        QTest::addColumn<QString>("atrsTier");
        QTest::addColumn<QString>("dpiaLink");
        QTest::addColumn<QString>("tierShown");
        QTest::addColumn<QString>("dpiaShown");
        const QString req = QStringLiteral("ARC-001-REQ-v1.0.md");
        QTest::newRow("both tiers written")
            << QStringList{req, QStringLiteral("ARC-001-ATRS-v1.0.md"), QStringLiteral("ARC-001-DPIA-v1.0.md")} << "2"
            << "projects/001-smart-meter/ARC-001-DPIA-v1.0.md"
            << "Tiers 1 and 2: the public summary and the detailed record"
            << "projects/001-smart-meter/ARC-001-DPIA-v1.0.md";
        QTest::newRow("summary only") << QStringList{req, QStringLiteral("ARC-001-ATRS-v1.0.md")} << "1"
                                      << ""
                                      << "Tier 1 so far: the summary for the public"
                                      << "No DPIA document in the project";
        QTest::newRow("neither document") << QStringList{req} << ""
                                          << ""
                                          << "No ATRS record in the project"
                                          << "No DPIA document in the project";
        QTest::newRow("record of unknown tier") << QStringList{req, QStringLiteral("ARC-001-ATRS-v1.0.md")} << ""
                                                << ""
                                                << "[ATRS_TIER]"
                                                << "No DPIA document in the project";
        QTest::newRow("project not scanned") << QStringList{} << ""
                                             << ""
                                             << "[ATRS_TIER]"
                                             << "[DPIA_LINK]";
    }
    void transparencyRecordsFollowTheProject()
    {
        QFETCH(QStringList, documents);
        QFETCH(QString, atrsTier);
        QFETCH(QString, dpiaLink);
        QFETCH(QString, tierShown);
        QFETCH(QString, dpiaShown);
        Answers answers = filledAnswers(QStringLiteral("uk-gov"), false);
        answers.atrs = QStringLiteral("Required");
        answers.atrsTier = atrsTier;
        answers.dpiaLink = dpiaLink;
        RenderInput input = inputFor(answers);
        for (const QString &fileName : documents) {
            Artifact artifact;
            artifact.name = *ArcFileName::parse(fileName);
            artifact.relativePath = input.project.relativePath + QLatin1Char('/') + fileName;
            artifact.latest = true;
            input.project.artifacts.append(artifact);
        }
        const QString md = DocumentRenderer().render(input).markdown;
        QCOMPARE(tableValue(md, QStringLiteral("Tier")), tierShown);
        QVERIFY2(md.contains(QStringLiteral("**DPIA**: ") + dpiaShown), qPrintable(md));
        QCOMPARE(structuralProblem(md), QString());
    }

    void externalReferences()
    {
        RenderInput input = inputFor(filledAnswers(QStringLiteral("uk-gov"), false));
        QString md = DocumentRenderer().render(input).markdown;
        QVERIFY(md.contains(QStringLiteral("| *None provided* | — | — | — | — |")));
        input.project.externalFiles = {QStringLiteral("projects/001-smart-meter/external/model-card.pdf"),
                                       QStringLiteral("projects/000-global/external/ml-policy.docx")};
        md = DocumentRenderer().render(input).markdown;
        QVERIFY(!md.contains(QLatin1String("*None provided*")));
        // ArcKit's Document Register: Doc ID, file name, type, location, description.
        QVERIFY(md.contains(QLatin1String("| MODELCAR | model-card.pdf | PDF | `projects/001-smart-meter/external` | "
                                          "Project external/: not extracted automatically, review manually |")));
        QVERIFY(
            md.contains(QLatin1String("| MLPOLICY | ml-policy.docx | Word document | `projects/000-global/external` | "
                                      "Enterprise (000-global): not extracted automatically, review manually |")));
    }

    void answersBlockRoundTrips()
    {
        Answers answers = filledAnswers(QStringLiteral("mod"), true);
        answers.sources.insert(QStringLiteral("riskLevel"), QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md:12"));
        answers.businessPurpose = QStringLiteral("Reduce -- waste --> now");
        const RenderResult result = DocumentRenderer().render(inputFor(answers));
        QVERIFY(result.markdown.trimmed().endsWith(QLatin1String("-->")));
        QVERIFY(result.markdown.indexOf(QLatin1String("**Model**")) <
                result.markdown.indexOf(QLatin1String("<!-- arckit-mlops-answers")));
        QString error;
        const std::optional<Answers> back = AnswersBlock::extract(result.markdown, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->toJson(), answers.toJson());
    }

    void templateOverrideOrder()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        RenderInput input = inputFor(filledAnswers(QStringLiteral("uk-gov"), false));
        input.repositoryRoot = repo.path();
        DocumentRenderer renderer;

        RenderResult result = renderer.render(input);
        QCOMPARE(result.templateUsed, QStringLiteral(":/templates/mlops.md.mustache"));

        const QString installed = repo.filePath(QStringLiteral(".arckit/templates/mlops-template.md"));
        writeFile(installed, QStringLiteral("# Installed [PROJECT_ID]\n"));
        result = renderer.render(input);
        QCOMPARE(result.templateUsed, installed);
        QVERIFY(result.markdown.startsWith(QLatin1String("# Installed 001\n")));

        const QString custom = repo.filePath(QStringLiteral(".arckit/templates-custom/mlops-template.md"));
        writeFile(custom, QStringLiteral("# Custom [PROJECT_NAME]\n"));
        result = renderer.render(input);
        QCOMPARE(result.templateUsed, custom);
        QVERIFY(result.markdown.startsWith(QLatin1String("# Custom smart-meter\n")));

        const QString explicitPath = repo.filePath(QStringLiteral("mine.mustache"));
        writeFile(explicitPath, QStringLiteral("# Mine {{projectLabel}} {{#genai}}genai{{/genai}}\n"));
        result = renderer.render(input, explicitPath);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.templateUsed, explicitPath);
        // The Project label names the system (cell-escaped), as ArcKit's documents do.
        QVERIFY2(result.markdown.startsWith(QStringLiteral("# Mine %1 (Project 001) \n").arg(input.answers.systemName)),
                 qPrintable(result.markdown.left(80)));
        // The answers block is added whatever the template.
        QVERIFY(AnswersBlock::extract(result.markdown).has_value());
        QVERIFY(AnswersBlock::extract(renderer.render(input).markdown).has_value());
    }

    void mustacheOverrideInTheRepository()
    {
        QTemporaryDir repo;
        RenderInput input = inputFor(filledAnswers(QStringLiteral("uk-gov"), false));
        input.repositoryRoot = repo.path();
        writeFile(repo.filePath(QStringLiteral(".arckit/templates-custom/mlops-template.md")),
                  QStringLiteral("# {{documentId}} [KEPT]\n"));
        const RenderResult result = DocumentRenderer().render(input);
        QVERIFY(result.markdown.startsWith(QLatin1String("# ARC-001-MLOPS-v1.0 [KEPT]\n")));
    }

    void bracketTemplateIsFilled()
    {
        const QString path = QStringLiteral(ARCKIT_TEST_DATA "/templates/arckit-mlops-template.md");
        QTemporaryDir repo;
        QVERIFY(QDir().mkpath(repo.filePath(QStringLiteral(".arckit/templates"))));
        QVERIFY(QFile::copy(path, repo.filePath(QStringLiteral(".arckit/templates/mlops-template.md"))));
        Answers answers;
        answers.classification = QStringLiteral("OFFICIAL-SENSITIVE");
        answers.owner = QStringLiteral("Jane Doe");
        answers.reviewCycle = QStringLiteral("Quarterly");
        RenderInput input = inputFor(answers);
        input.repositoryRoot = repo.path();
        const RenderResult result = DocumentRenderer().render(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.templateUsed.endsWith(QLatin1String(".arckit/templates/mlops-template.md")));
        const QString &md = result.markdown;
        for (const char *token :
             {"[PROJECT_ID]", "[PROJECT_NAME]", "[VERSION]", "[DATE]", "[YYYY-MM-DD]", "[AI_MODEL]"})
            QVERIFY2(!md.contains(QLatin1String(token)), token);
        QCOMPARE(tableValue(md, QStringLiteral("Document ID")), QStringLiteral("ARC-001-MLOPS-v1.0"));
        QCOMPARE(tableValue(md, QStringLiteral("Project")), QStringLiteral("smart-meter (Project 001)"));
        QCOMPARE(tableValue(md, QStringLiteral("Classification")), QStringLiteral("OFFICIAL-SENSITIVE"));
        QCOMPARE(tableValue(md, QStringLiteral("Status")), QStringLiteral("DRAFT"));
        QCOMPARE(tableValue(md, QStringLiteral("Owner")), QStringLiteral("Jane Doe"));
        QCOMPARE(tableValue(md, QStringLiteral("Next Review Date")), QStringLiteral("2025-04-30"));
        QCOMPARE(tableValue(md, QStringLiteral("Reviewed By")), QStringLiteral("PENDING"));
        QCOMPARE(tableValue(md, QStringLiteral("Distribution")), QStringLiteral("[DISTRIBUTION]"));
        QVERIFY(md.contains(QLatin1String("| 1.0 | 2025-01-31 | ArcKit AI |")));
        QVERIFY(md.contains(QLatin1String("**ArcKit Version**: " ARCKIT_VERSION)));
        // What the engine does not know stays for a person to fill.
        QVERIFY(md.contains(QLatin1String("| **System Name** | [ML System Name] |")));
        QVERIFY(AnswersBlock::extract(md).has_value());
    }

    void brokenTemplateGivesAnError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed section") << "# {{#models}} no end\n"
                                          << "not valid Mustache";
        QTest::newRow("unclosed tag") << "# {{documentId\n"
                                      << "not valid Mustache";
        QTest::newRow("mismatched section") << "{{#genai}}{{/ukGov}}\n"
                                            << "not valid Mustache";
    }
    void brokenTemplateGivesAnError()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mustache"));
        writeFile(path, text);
        const RenderResult result = DocumentRenderer().render(inputFor(Answers()), path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("broken.mustache")));
        QVERIFY(result.markdown.isEmpty());
    }

    void unreadableTemplateGivesAnError()
    {
        QTemporaryDir dir;
        const RenderResult result =
            DocumentRenderer().render(inputFor(Answers()), dir.filePath(QStringLiteral("missing.mustache")));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QLatin1String("could not be read")));
    }

    void binaryOverrideGivesAnError()
    {
        QTemporaryDir repo;
        RenderInput input = inputFor(Answers());
        input.repositoryRoot = repo.path();
        const QString path = repo.filePath(QStringLiteral(".arckit/templates-custom/mlops-template.md"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        file.close();
        const RenderResult result = DocumentRenderer().render(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.templateUsed, path);
        QVERIFY2(result.error.contains(QLatin1String("could not be read")), qPrintable(result.error));
    }

    void benchmarkLargeProject()
    {
        Answers answers = filledAnswers(QStringLiteral("mod"), true);
        answers.models.clear();
        for (int i = 0; i < 10; ++i)
            answers.models.append({QStringLiteral("ML-%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("Model number %1").arg(i + 1),
                                   QStringLiteral("Classification"),
                                   QStringLiteral("PyTorch"),
                                   QStringLiteral("Purpose %1").arg(i + 1),
                                   QStringLiteral("High"),
                                   QStringLiteral("Team"),
                                   {},
                                   {},
                                   {},
                                   {},
                                   {}});
        RenderInput input = inputFor(answers);
        input.requirements.clear();
        for (int i = 0; i < 40; ++i) {
            const bool nfr = i % 4 == 3;
            input.requirements.append(
                requirement(nfr ? QStringLiteral("NFR-P-%1").arg(i, 3, 10, QLatin1Char('0'))
                                : QStringLiteral("FR-ML-%1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("Requirement %1 for model number %2 with monitoring").arg(i).arg(i % 10 + 1),
                            10 + i, !nfr));
        }
        DocumentRenderer renderer;
        QString markdown;
        QBENCHMARK
        {
            markdown = renderer.render(input).markdown;
        }
        QVERIFY(markdown.contains(QLatin1String("FR-ML-038")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
