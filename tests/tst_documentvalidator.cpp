// DocumentValidator: Phase 4 of the mlops command, ArcKit's common quality
// checks and the MLOPS checks, on the realistic long fixture (complete and
// valid), variants of it with one thing broken, and fixtures for placeholders,
// tables and headings.

#include "documentrenderer.h"
#include "documentvalidator.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace arckit;
using namespace Qt::StringLiterals;
using Severity = ValidationFinding::Severity;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString readFixture(const QString &name)
{
    return readFile(QStringLiteral(ARCKIT_TEST_DATA "/validator/") + name);
}

QString longDocument()
{
    static const QString text = readFixture(u"long-mlops.md"_s);
    return text;
}

// "rule|severity|line|message" for readable failures and compact expectations.
QString describe(const ValidationFinding &f)
{
    return u"%1|%2|%3|%4"_s.arg(f.rule, ValidationFinding::severityName(f.severity)).arg(f.line).arg(f.message);
}

QStringList describe(const ValidationFindings &findings)
{
    QStringList list;
    for (const ValidationFinding &f : findings)
        list.append(describe(f));
    return list;
}

// An expectation "rule|severity|line|message part" matches a finding when each
// given part matches; an empty part or "*" matches anything.
bool matches(const ValidationFinding &f, const QString &expectation)
{
    const QStringList parts = expectation.split(u'|');
    auto part = [&parts](int i) { return i < parts.size() ? parts.at(i) : QString(); };
    auto any = [](const QString &p) { return p.isEmpty() || p == u"*"; };
    return (any(part(0)) || f.rule == part(0)) &&
           (any(part(1)) || ValidationFinding::severityName(f.severity) == part(1)) &&
           (any(part(2)) || QString::number(f.line) == part(2)) && (any(part(3)) || f.message.contains(part(3)));
}

bool anyMatches(const ValidationFindings &findings, const QString &expectation)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&expectation](const ValidationFinding &f) { return matches(f, expectation); });
}

ValidationFindings only(const ValidationFindings &findings, const QStringList &rules)
{
    ValidationFindings result;
    for (const ValidationFinding &f : findings) {
        if (rules.contains(f.rule))
            result.append(f);
    }
    return result;
}

Requirements requirements(const QStringList &ids)
{
    Requirements list;
    for (const QString &id : ids) {
        Requirement r;
        r.id = id;
        r.ml = true;
        list.append(r);
    }
    return list;
}

ValidationContext longContext()
{
    ValidationContext context;
    context.fileName = u"projects/007-roadsense/ARC-007-MLOPS-v1.0.md"_s;
    context.mlRequirements =
        requirements({u"FR-ML-001"_s, u"FR-ML-002"_s, u"FR-ML-003"_s, u"FR-ML-004"_s, u"FR-ML-005"_s});
    return context;
}

// The text from the line starting with `from` up to (not including) the line
// starting with `to` (or the end) removed or replaced.
QString replaceBlock(QString text, const QString &from, const QString &to, const QString &with = {})
{
    const qsizetype begin = text.indexOf(u'\n' + from);
    Q_ASSERT_X(begin >= 0, "replaceBlock", qPrintable(from));
    qsizetype end = to.isEmpty() ? text.size() : text.indexOf(u'\n' + to, begin + 1);
    Q_ASSERT_X(end >= 0, "replaceBlock", qPrintable(to));
    text.replace(begin + 1, end - begin, with);
    return text;
}

QString replaced(QString text, const QString &before, const QString &after)
{
    Q_ASSERT_X(text.contains(before), "replaced", qPrintable(before));
    return text.replace(before, after);
}

bool sortedByLine(const ValidationFindings &findings)
{
    return std::is_sorted(findings.cbegin(), findings.cend(),
                          [](const ValidationFinding &a, const ValidationFinding &b) { return a.line < b.line; });
}

} // namespace

class TestDocumentValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityName()
    {
        QCOMPARE(ValidationFinding::severityName(Severity::Error), u"error"_s);
        QCOMPARE(ValidationFinding::severityName(Severity::Warning), u"warning"_s);
        QCOMPARE(ValidationFinding::severityName(Severity::Info), u"info"_s);
    }

    // The long fixture is a complete, valid document: nothing to report.
    void validDocument()
    {
        const QString text = longDocument();
        QVERIFY2(!text.isEmpty(), "tests/data/validator/long-mlops.md is missing");
        const ValidationFindings findings = DocumentValidator().validate(text, longContext());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings).join(u'\n')));
    }

    // One thing broken at a time: each row gives the document, the context and
    // the findings that must (expected) and must not (absent) be reported.
    void rules_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("mlRequirements");
        QTest::addColumn<bool>("ukGovernment");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");

        const QString doc = longDocument();
        const QString file = u"ARC-007-MLOPS-v1.0.md"_s;
        const QStringList reqs = {u"FR-ML-001"_s, u"FR-ML-002"_s, u"FR-ML-003"_s, u"FR-ML-004"_s, u"FR-ML-005"_s};
        auto row = [&](const char *name, const QString &markdown, const QStringList &expected,
                       const QStringList &absent = {}) {
            QTest::newRow(name) << markdown << file << reqs << false << expected << absent;
        };

        // Phase 4
        row("monitoring missing", replaceBlock(doc, u"## 7. Model Monitoring"_s, u"## 8. "_s),
            {u"monitoring|error|0|Section 7. Model Monitoring is missing"_s});
        row("monitoring without drift",
            replaceBlock(doc, u"## 7. Model Monitoring"_s, u"## 8. "_s,
                         u"## 7. Model Monitoring\n\nAccuracy is tracked on a dashboard.\n\n"_s),
            {u"monitoring|warning|*|does not cover data or concept drift"_s}, {u"monitoring|*|*|model performance"_s});
        row("monitoring without performance",
            replaceBlock(doc, u"## 7. Model Monitoring"_s, u"## 8. "_s,
                         u"## 7. Model Monitoring\n\nData drift is tracked with PSI.\n\n"_s),
            {u"monitoring|warning|*|does not cover model performance"_s}, {u"monitoring|*|*|drift"_s});
        row("monitoring under another name", replaced(doc, u"## 7. Model Monitoring"_s, u"## 7. Observability"_s), {},
            {u"monitoring"_s, u"section-missing"_s});
        row("governance missing", replaceBlock(doc, u"## 11. Model Governance"_s, u"## 12. "_s),
            {u"governance|error|0|Section 11. Model Governance is missing"_s});
        row("governance without a process",
            replaceBlock(doc, u"## 11. Model Governance"_s, u"## 12. "_s,
                         u"## 11. Model Governance\n\nModels have model cards.\n\n"_s),
            {u"governance|warning|*|defines no approval or audit process"_s});
        row("responsible AI missing", replaceBlock(doc, u"## 12. Responsible AI Operations"_s, u"## 13. "_s),
            {u"responsible-ai|error|0|Section 12. Responsible AI Operations is missing"_s});
        row("responsible AI partly addressed",
            replaceBlock(doc, u"## 12. Responsible AI Operations"_s, u"## 13. "_s,
                         u"## 12. Responsible AI Operations\n\nBias is measured monthly.\n\n"_s),
            {u"responsible-ai|warning|*|does not address explainability, human oversight"_s});
        row("UK Gov section missing (OFFICIAL)", replaceBlock(doc, u"## 13. UK Government"_s, u"## 14. "_s),
            {u"uk-gov-compliance|error|0|Section 13. UK Government AI Compliance is missing"_s});
        row("UK Gov section without ATRS",
            replaceBlock(doc, u"## 13. UK Government"_s, u"## 14. "_s,
                         u"## 13. UK Government AI Compliance\n\nThe AI Playbook was followed.\n\n"_s),
            {u"uk-gov-compliance|warning|*|does not mention ATRS"_s});
        row("traceability missing", replaceBlock(doc, u"## 15. Requirements Traceability"_s, u"## Approval"_s),
            {u"traceability|error|0|Section 15. Requirements Traceability is missing: 5 ML requirements"_s});
        row("data pipeline missing", replaceBlock(doc, u"## 3. Data Pipeline"_s, u"## 4. "_s),
            {u"data-pipeline|error|0|Section 3. Data Pipeline is missing"_s});

        // Other reference sections
        row("inventory missing", replaceBlock(doc, u"## 2. Model Inventory"_s, u"## 3. "_s),
            {u"section-missing|error|0|Section 2. Model Inventory is missing"_s});
        row("LLM section missing in a GenAI document", replaceBlock(doc, u"## 9. LLM/GenAI"_s, u"## 10. "_s),
            {u"section-missing|warning|0|Section 9. LLM/GenAI Operations is missing"_s});
        row("approval missing", replaceBlock(doc, u"## Approval"_s, u"## External References"_s),
            {u"section-missing|warning|0|Approval is missing"_s});
        row("external references missing", replaceBlock(doc, u"## External References"_s, u"---"_s),
            {u"section-missing|info|0|External References is missing"_s});

        // Common checks
        row("document control missing", replaceBlock(doc, u"## Document Control"_s, u"## Revision History"_s),
            {u"document-control|error|0|Document Control is missing"_s},
            {u"status"_s, u"classification"_s, u"document-id"_s});
        row("document control fields missing",
            replaced(
                replaced(doc, u"| **Review Cycle** | Quarterly |\n"_s, QString()),
                u"| **Distribution** | Digital Board, Asset Management, Information Governance, Supplier Leads |\n"_s,
                QString()),
            {u"document-control|error|7|lacks 2 of its 14 fields: Review Cycle, Distribution"_s});
        row("document control field empty",
            replaced(doc, u"| **Review Cycle** | Quarterly |"_s, u"| **Review Cycle** |  |"_s),
            {u"document-control|warning|17|field Review Cycle is empty"_s});
        row("status invalid", replaced(doc, u"| **Status** | IN_REVIEW |"_s, u"| **Status** | FINAL |"_s),
            {u"status|error|13|Status \"FINAL\" is not one of"_s});
        row("status spelt with a space",
            replaced(doc, u"| **Status** | IN_REVIEW |"_s, u"| **Status** | In Review |"_s), {}, {u"status"_s});
        row("classification invalid",
            replaced(doc, u"| **Classification** | OFFICIAL |"_s, u"| **Classification** | HUSH-HUSH |"_s),
            {u"classification|error|12|HUSH-HUSH"_s});
        row("classification with a descriptor",
            replaced(doc, u"| **Classification** | OFFICIAL |"_s,
                     u"| **Classification** | OFFICIAL-SENSITIVE (Personal) |"_s),
            {}, {u"classification"_s});
        row("classification with a descriptor after a dash",
            replaced(doc, u"| **Classification** | OFFICIAL |"_s,
                     u"| **Classification** | OFFICIAL \u2013 COMMERCIAL |"_s),
            {}, {u"classification"_s});
        row("classification with an unknown word after the marking",
            replaced(doc, u"| **Classification** | OFFICIAL |"_s, u"| **Classification** | OFFICIAL BANANA |"_s),
            {u"classification|error|12|OFFICIAL BANANA"_s});
        row("commercial classification",
            replaced(doc, u"| **Classification** | OFFICIAL |"_s, u"| **Classification** | CONFIDENTIAL |"_s), {},
            {u"classification"_s});
        row("an organisation's own qualifier on its marking",
            replaced(doc, u"| **Classification** | OFFICIAL |"_s,
                     u"| **Classification** | INTERNAL - CNI SENSITIVE |"_s),
            {}, {u"classification"_s});
        row("version differs from the id", replaced(doc, u"| **Version** | 1.0 |"_s, u"| **Version** | 1.1 |"_s),
            {u"document-id|warning|14|is for version 1.0 but Version says 1.1"_s});
        row("malformed id",
            replaced(doc, u"| **Document ID** | ARC-007-MLOPS-v1.0 |"_s, u"| **Document ID** | MLOPS-7 |"_s),
            {u"document-id|warning|9|not of ArcKit's form"_s, u"document-id|error|9|does not match the file name"_s});
        row("revision history missing", replaceBlock(doc, u"## Revision History"_s, u"---"_s),
            {u"revision-history|error|0|Revision History is missing"_s});
        row("revision history empty",
            replaceBlock(doc, u"## Revision History"_s, u"---"_s, u"## Revision History\n\nNone yet.\n\n"_s),
            {u"revision-history|warning|*|has no entries"_s});
        row("footer missing", replaceBlock(doc, u"**Generated by**"_s, u"<!-- arckit-mlops-answers"_s),
            {u"footer|warning|0|generation footer"_s});
        row("comparison spacing",
            replaced(doc, u"| Latency (p50) | < 300 ms | 240 ms |"_s, u"| Latency (p50) | <300ms | >=240 ms |"_s),
            {u"comparison-spacing|info|*|Write \"<300ms\" as \"< 300ms\""_s,
             u"comparison-spacing|info|*|Write \">=240\" as \">= 240\""_s});
        row("skipped heading level", replaced(doc, u"### Business Context"_s, u"#### Business Context"_s),
            {u"heading-levels|warning|42|\"Business Context\" is H4 right after an H2"_s});
        row("ragged table row",
            replaced(doc, u"| Freshness | < 26 hours old | Alert |"_s, u"| Freshness | < 26 hours old |"_s),
            {u"table-columns|warning|*|Table row has 2 columns but its header"_s});
        // Cells are split as the preview (md4c) splits them: a pipe in a code span or
        // escaped is text, not a separator.
        row("pipe in a code span is no separator",
            replaced(doc, u"| Freshness | < 26 hours old | Alert |"_s,
                     u"| Freshness | `age|staleness` < 26 hours | Alert |"_s),
            {}, {u"table-columns"_s});
        row("escaped pipe is no separator",
            replaced(doc, u"| Freshness | < 26 hours old | Alert |"_s,
                     u"| Freshness | age \\| staleness < 26 hours | Alert |"_s),
            {}, {u"table-columns"_s});
        row("placeholder left",
            replaced(doc, u"| **Owner** | Priya Natarajan, Head of Data Science |"_s, u"| **Owner** | [OWNER] |"_s),
            {u"placeholder|warning|19|Placeholder [OWNER] has not been filled in"_s}, {u"document-control"_s});

        row("ticked boxes are no placeholders",
            replaced(
                doc, u"## 2. Model Inventory\n"_s,
                u"## 2. Model Inventory\n\n[X] Natural language processing\n\n**Record Status**: [X] Draft / [ ] "
                u"Published\n\n- [X] Encryption at rest\n\nNew data > [X] records\n\n**Personal Data**: [X] Yes\n\n"
                u"Languages: ['en', 'cy']\n"_s),
            {u"placeholder|warning|158|[X]"_s},
            {u"placeholder|*|152"_s, u"placeholder|*|154"_s, u"placeholder|*|156"_s, u"placeholder|*|160"_s,
             u"placeholder|*|162"_s});

        // MLOPS checks
        row("no drift method",
            replaced(replaced(replaced(replaced(replaced(doc, u"population stability index"_s, u"index"_s), u"PSI"_s,
                                                u"the stability index"_s),
                                       u"KS test"_s, u"a test"_s),
                              u"Chi-squared"_s, u"a test"_s),
                     u"Cosine distance"_s, u"distance"_s),
            {u"drift|warning|*|no detection method is named"_s});
        row("no feature store",
            replaced(replaced(replaced(doc, u"Feature Store"_s, u"Feature Hub"_s), u"Feast"_s, u"Hub"_s),
                     u"feature store"_s, u"feature hub"_s),
            {u"data-pipeline|warning|*|documents no feature store"_s});
        row("no staging stage",
            replaced(replaced(replaced(doc, u"Staging"_s, u"Pre-live"_s), u"staging"_s, u"pre-live"_s),
                     u"Model Promotion Stages"_s, u"Model Promotion"_s),
            {u"lifecycle|warning|*|no Staging stage"_s});

        // Context
        QTest::newRow("ML requirement not mapped")
            << doc << file << QStringList{u"FR-ML-001"_s, u"FR-ML-009"_s} << false
            << QStringList{u"traceability|error|*|ML requirement FR-ML-009 is not mapped"_s}
            << QStringList{u"traceability|*|*|FR-ML-001"_s};
        QTest::newRow("requirement id is matched as a whole word")
            << doc << file << QStringList{u"FR-ML-00"_s} << false
            << QStringList{u"traceability|error|*|FR-ML-00 is not mapped"_s} << QStringList();
        QTest::newRow("document id differs from the file name")
            << doc << u"ARC-007-MLOPS-v1.1.md"_s << reqs << false
            << QStringList{u"document-id|error|9|Document ID ARC-007-MLOPS-v1.0 does not match the file name ARC-007-MLOPS-v1.1.md"_s}
            << QStringList();
        QTest::newRow("no file name, no id check")
            << doc << QString() << reqs << false << QStringList() << QStringList{u"document-id"_s};

        // UK Government applicability
        const QString commercial =
            replaced(replaced(replaced(replaced(replaceBlock(doc, u"## 13. UK Government"_s, u"## 14. "_s), u"ATRS"_s,
                                                u"transparency record"_s),
                                       u"Algorithmic Transparency Recording Standard"_s, u"transparency standard"_s),
                              u"AI Playbook"_s, u"playbook"_s)
                         .replace(u"[atrs]"_s, u"[guide]"_s),
                     u"| **Classification** | OFFICIAL |"_s, u"| **Classification** | CONFIDENTIAL |"_s);
        QTest::newRow("commercial: no UK Gov section needed")
            << commercial << file << reqs << false << QStringList() << QStringList{u"uk-gov-compliance"_s};
        QTest::newRow("context says UK Government")
            << commercial << file << reqs << true << QStringList{u"uk-gov-compliance|error|0|is missing"_s}
            << QStringList();
        QTest::newRow("ATRS in the text makes it UK Government")
            << replaced(commercial, u"## 14. Costs and Resources"_s,
                        u"An ATRS record is published.\n\n## 14. Costs and Resources"_s)
            << file << reqs << false << QStringList{u"uk-gov-compliance|error|0|is missing"_s} << QStringList();
        // The document's own Governance Regime row outweighs such mentions:
        // other governments publish ATRS-style records and mark OFFICIAL too.
        const QString systemRow = u"| **System Name** | RoadSense Defect Intelligence |"_s;
        const auto withRegime = [&systemRow](const QString &text, const QString &regime) {
            return replaced(text, systemRow, systemRow + u"\n| **Governance Regime** | "_s + regime + u" |"_s);
        };
        const QString mentionsAtrs = replaced(commercial, u"## 14. Costs and Resources"_s,
                                              u"An ATRS record is published.\n\n## 14. Costs and Resources"_s);
        QTest::newRow("stated Commercial outweighs an ATRS mention")
            << withRegime(mentionsAtrs, u"Commercial"_s) << file << reqs << false << QStringList()
            << QStringList{u"uk-gov-compliance"_s};
        QTest::newRow("stated another government outweighs an ATRS mention")
            << withRegime(mentionsAtrs, u"Another government (non-UK)"_s) << file << reqs << false << QStringList()
            << QStringList{u"uk-gov-compliance"_s};
        QTest::newRow("regime still to be chosen")
            << withRegime(mentionsAtrs, u"[REGIME]"_s) << file << reqs << false
            << QStringList{u"placeholder|warning|*|[REGIME]"_s} << QStringList{u"uk-gov-compliance"_s};
        QTest::newRow("stated UK Government")
            << withRegime(commercial, u"UK Government"_s) << file << reqs << false
            << QStringList{u"uk-gov-compliance|error|0|is missing"_s} << QStringList();
        QTest::newRow("context says UK Government over a stated Commercial")
            << withRegime(commercial, u"Commercial"_s) << file << reqs << true
            << QStringList{u"uk-gov-compliance|error|0|is missing"_s} << QStringList();
    }

    void rules()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, fileName);
        QFETCH(QStringList, mlRequirements);
        QFETCH(bool, ukGovernment);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        ValidationContext context;
        context.fileName = fileName;
        context.mlRequirements = requirements(mlRequirements);
        context.ukGovernment = ukGovernment;
        const ValidationFindings findings = DocumentValidator().validate(markdown, context);
        const QString all = describe(findings).join(u'\n');
        for (const QString &e : expected)
            QVERIFY2(anyMatches(findings, e), qPrintable(u"expected "_s + e + u" in:\n"_s + all));
        for (const QString &a : absent)
            QVERIFY2(!anyMatches(findings, a), qPrintable(u"did not expect "_s + a + u" in:\n"_s + all));
        QVERIFY(sortedByLine(findings));
    }

    // Every placeholder once, with its line; links, boxes, citations, footnotes,
    // code and the answers block are not placeholders.
    void placeholders()
    {
        const QString text = readFixture(u"placeholders.md"_s);
        QVERIFY(!text.isEmpty());
        const ValidationFindings findings = only(DocumentValidator().validate(text), {u"placeholder"_s});
        QStringList actual;
        for (const ValidationFinding &f : findings) {
            QCOMPARE(f.severity, Severity::Warning);
            const qsizetype from = f.message.indexOf(u"Placeholder "_s) + 12;
            const qsizetype to = f.message.lastIndexOf(u" has not been filled in"_s);
            actual.append(u"%1 %2"_s.arg(f.line).arg(f.message.mid(from, to - from)));
        }
        actual.sort();
        QStringList expected = {
            u"10 [PUBLIC / OFFICIAL / OFFICIAL-SENSITIVE / SECRET]"_s,
            u"14 YYYY-MM-DD"_s,
            u"17 [OWNER]"_s,
            u"20 TBD"_s,
            u"32 [LATENCY_P50]"_s,
            u"32 [...]"_s,
            u"40 [Yes/No]"_s,
            u"40 [Yes/No]"_s,
            u"43 TODO"_s,
            u"43 [Name]"_s,
            u"53 {{systemName}}"_s,
            u"53 {PROJECT_NAME}"_s,
        };
        expected.sort();
        QCOMPARE(actual, expected);
    }

    // A document whose only gaps are unanswered questions has no errors:
    // ArcKit's own template, where it is available.
    void templateHasNoErrors()
    {
        const QString text =
            readFile(QStringLiteral(ARCKIT_SOURCE_DIR "/../shared/reference/arckit-mlops-template.md"));
        if (text.isEmpty())
            QSKIP("skipped: the shared reference template is not available");
        const ValidationFindings findings = DocumentValidator().validate(text);
        for (const ValidationFinding &f : findings)
            QVERIFY2(f.severity != Severity::Error, qPrintable(describe(f)));
        QVERIFY(only(findings, {u"placeholder"_s}).size() > 100);
    }

    // answers-contradicted: the embedded answers against the text.
    void answersContradicted_data()
    {
        QTest::addColumn<QString>("modelType");
        QTest::addColumn<QString>("oversight");
        QTest::addColumn<bool>("llm");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected"); // a word of the finding's message; empty: none
        QTest::newRow("generated, custom")
            << u"custom-trained"_s << u"Required"_s << false << QString() << QString() << QString();
        QTest::newRow("generated, provider")
            << u"foundation-api"_s << u"Required"_s << true << QString() << QString() << QString();
        QTest::newRow("automated tier, oversight required")
            << u"custom-trained"_s << u"Required"_s << false
            << u"| High confidence (recommended: score ≥ 0.9) | Human review | Reviewer confirms before release |"_s
            << u"| High confidence (recommended: score ≥ 0.9) | None | Automated |"_s << u"automated"_s;
        QTest::newRow("automated tier, oversight advisory")
            << u"custom-trained"_s << u"Advisory"_s << false
            << u"| High confidence (recommended: score ≥ 0.9) | None | Automated |"_s
            << u"| High confidence (recommended: score ≥ 0.9) | None | Automated |"_s << QString();
        QTest::newRow("tuning a provider model")
            << u"foundation-api"_s << u"Required"_s << true << u"### Hyperparameter Optimization\n\n"_s
            << u"### Hyperparameter Optimization\n\n| **Method** | Bayesian optimisation |\n\n"_s
            << u"hyperparameters"_s;
        QTest::newRow("trained models said untrained")
            << u"custom-trained"_s << u"Required"_s << false << u"### Continuous Training\n\n"_s
            << u"### Continuous Training\n\nNo model is trained by the project.\n\n"_s << u"none is"_s;
        QTest::newRow("LLM section without LLM use")
            << u"custom-trained"_s << u"Required"_s << false
            << u"*Section 9 is omitted: it does not apply to the use cases in Section 1.*"_s
            << u"## 9. LLM/GenAI Operations\n\nPrompts are versioned."_s << u"uses no LLM"_s;
    }
    void answersContradicted()
    {
        QFETCH(QString, modelType);
        QFETCH(QString, oversight);
        QFETCH(bool, llm);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        RenderInput input;
        input.answers.regime = u"commercial"_s;
        input.answers.modelType = modelType;
        input.answers.humanOversight = oversight;
        input.answers.llmOperations = llm;
        input.project.id = u"004"_s;
        input.project.name = u"parcel-routing"_s;
        input.date = QDate(2025, 5, 2);
        QString md = DocumentRenderer().render(input).markdown;
        if (!from.isEmpty()) {
            QVERIFY2(md.contains(from), qPrintable(from));
            md.replace(from, to);
        }
        ValidationContext context;
        context.fileName = u"ARC-004-MLOPS-v1.0.md"_s;
        const ValidationFindings found = only(DocumentValidator().validate(md, context), {u"answers-contradicted"_s});
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : describe(found.first())));
        } else {
            QCOMPARE(found.size(), 1);
            QVERIFY2(found.first().message.contains(expected), qPrintable(found.first().message));
            QCOMPARE(found.first().severity, Severity::Warning);
        }
    }

    // What the app itself writes when no question has been answered yet: the
    // bundled template with its placeholders. Warnings only, never an error.
    void generatedWithoutAnswers_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<bool>("genai");
        QTest::newRow("nothing chosen") << QString() << false;
        QTest::newRow("uk-gov") << u"uk-gov"_s << false;
        QTest::newRow("mod, genai") << u"mod"_s << true;
        QTest::newRow("commercial") << u"commercial"_s << false;
    }

    void generatedWithoutAnswers()
    {
        QFETCH(QString, regime);
        QFETCH(bool, genai);
        RenderInput input;
        input.answers.regime = regime;
        input.answers.llmOperations = genai;
        input.project.id = u"004"_s;
        input.project.name = u"parcel-routing"_s;
        input.project.dirName = u"004-parcel-routing"_s;
        input.project.relativePath = u"projects/004-parcel-routing"_s;
        input.date = QDate(2025, 5, 2);
        Requirement ml;
        ml.id = u"FR-ML-001"_s;
        ml.kind = u"FR"_s;
        ml.title = u"Predict parcel delivery times"_s;
        ml.ml = true;
        input.requirements = {ml};
        const RenderResult rendered = DocumentRenderer().render(input);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error));

        ValidationContext context;
        context.fileName = u"ARC-004-MLOPS-v1.0.md"_s;
        context.mlRequirements = {ml};
        context.ukGovernment = input.answers.isUkGovernment();
        const ValidationFindings findings = DocumentValidator().validate(rendered.markdown, context);
        QMap<QString, int> perRule;
        for (const ValidationFinding &f : findings) {
            QVERIFY2(f.severity != Severity::Error, qPrintable(describe(f)));
            ++perRule[f.rule + u' ' + ValidationFinding::severityName(f.severity)];
        }
        QStringList summary;
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            summary.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
        qInfo("%s", qPrintable(summary.join(u", "_s)));
        QVERIFY(!only(findings, {u"placeholder"_s}).isEmpty());
    }

    // Real ArcKit documents (other types than MLOPS): every one has a Document
    // Control table the validator finds, and none takes long. Their errors are
    // listed for a reader to judge (they are other document types, so missing
    // MLOps sections are expected). Uses the shared corpus when present.
    void corpusDocuments()
    {
        const QDir corpus(QStringLiteral(ARCKIT_CORPUS_DIR));
        if (!corpus.exists())
            QSKIP("skipped: the shared corpus is not available");
        QDirIterator it(corpus.path(), {u"ARC-*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        int documents = 0;
        QMap<QString, int> perRule;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = readFile(path);
            ValidationContext context;
            context.fileName = path;
            QElapsedTimer timer;
            timer.start();
            const ValidationFindings findings = DocumentValidator().validate(text, context);
            const qint64 ms = timer.elapsed();
            QVERIFY2(ms < 1000, qPrintable(path));
            QVERIFY(sortedByLine(findings));
            for (const ValidationFinding &f : findings) {
                ++perRule[f.rule];
                QVERIFY2(f.rule != u"document-control" || !f.message.contains(u"is missing"),
                         qPrintable(path + u": "_s + describe(f)));
                if (f.severity == Severity::Error || qEnvironmentVariableIsSet("ARCKIT_SHOW_FINDINGS"))
                    qInfo("%s: %s", qPrintable(QFileInfo(path).fileName()), qPrintable(describe(f)));
            }
            ++documents;
        }
        QVERIFY(documents > 0);
        QStringList summary;
        for (auto r = perRule.cbegin(); r != perRule.cend(); ++r)
            summary.append(u"%1: %2"_s.arg(r.key()).arg(r.value()));
        qInfo("%d documents; %s", documents, qPrintable(summary.join(u", "_s)));
    }

    void tablesAndHeadings()
    {
        const QString text = readFixture(u"bad-tables.md"_s);
        QVERIFY(!text.isEmpty());
        const ValidationFindings findings = only(DocumentValidator().validate(text),
                                                 {u"table-columns"_s, u"heading-levels"_s, u"comparison-spacing"_s});
        QStringList actual;
        for (const ValidationFinding &f : findings)
            actual.append(u"%1 %2"_s.arg(f.line).arg(f.rule));
        // Line 13, "| `code | span` | File |", has two cells as the preview and the
        // PDF (md4c) render it: the pipe in the code span is text.
        const QStringList expected = {
            u"5 heading-levels"_s,      u"10 table-columns"_s, u"11 table-columns"_s,
            u"13 table-columns"_s,      u"18 table-columns"_s, u"28 heading-levels"_s,
            u"33 comparison-spacing"_s, u"34 table-columns"_s, u"44 heading-levels"_s,
        };
        QCOMPARE(actual, expected);
        QVERIFY(
            anyMatches(findings, u"table-columns|warning|13|Table row has 2 columns but its header (line 7) has 3"_s));
        QVERIFY(anyMatches(findings, u"table-columns|warning|18|delimiter row has 3 columns but its header has 2"_s));
        QVERIFY(
            anyMatches(findings, u"table-columns|warning|11|Table row has 4 columns but its header (line 7) has 3"_s));
    }

    void handWritten()
    {
        const QString text = readFixture(u"hand-written.md"_s);
        QVERIFY(!text.isEmpty());
        ValidationContext context;
        context.fileName = u"ARC-012-MLOPS-v2.1.md"_s;
        context.mlRequirements = requirements({u"FR-07"_s, u"FR-08"_s, u"FR-11"_s});
        const ValidationFindings findings = DocumentValidator().validate(text, context);
        // Hand-written: no ArcKit generation footer; everything else is there under other names.
        QCOMPARE(describe(findings), QStringList{u"footer|warning|0|The generation footer (**Generated by**, "
                                                 u"**Generated on**, **ArcKit Version**, ...) is missing"_s});
    }

    // The overload for callers that already have the outline and the matches
    // (with subsections, as the GUI has them) gives the same findings.
    void sharedOutline_data() { crlf_data(); }

    void sharedOutline()
    {
        QFETCH(QString, fixture);
        const QString text = readFixture(fixture);
        QVERIFY(!text.isEmpty());
        const DocumentValidator validator;
        const MarkdownOutline outline = MarkdownOutline::parse(text);
        const QStringList expected = describe(validator.validate(text, longContext()));
        QCOMPARE(describe(validator.validate(outline, ReferenceSections::match(outline), longContext())), expected);
        QCOMPARE(describe(validator.validate(outline, SectionMatches(), longContext())), expected); // matched anew
    }

    // The same findings whatever the line endings.
    void crlf_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("long") << u"long-mlops.md"_s;
        QTest::newRow("placeholders") << u"placeholders.md"_s;
        QTest::newRow("bad tables") << u"bad-tables.md"_s;
        QTest::newRow("hand-written") << u"hand-written.md"_s;
    }

    void crlf()
    {
        QFETCH(QString, fixture);
        const QString text = readFixture(fixture);
        QVERIFY(!text.isEmpty());
        QString windows = text;
        windows.replace(u"\n"_s, u"\r\n"_s);
        const DocumentValidator validator;
        QCOMPARE(describe(validator.validate(windows, longContext())),
                 describe(validator.validate(text, longContext())));
    }

    // Bad input: never a crash or a hang, always sorted findings.
    void robustness_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");

        const int mb = 1 << 20;
        QTest::newRow("empty") << QString()
                               << QStringList{u"document-control|error|0|missing"_s,
                                              u"section-missing|error|0|Section 1. ML System Overview is missing"_s};
        QTest::newRow("no document control, only text")
            << u"Just some notes about a model.\n"_s << QStringList{u"document-control|error|0|missing"_s};
        QTest::newRow("1 MB of [") << QString(mb, u'[') << QStringList();
        QTest::newRow("1 MB line of placeholders")
            << u"[a]"_s.repeated(mb / 3)
            << QStringList{u"placeholder|warning|1|[a]"_s, u"placeholder|info|0|more \"placeholder\" findings"_s};
        QTest::newRow("1 MB of [X] placeholders")
            << u"| [X] "_s.repeated(mb / 6) << QStringList{u"placeholder|warning|1|[X]"_s};
        QTest::newRow("1 MB of quotes") << u"> >1 "_s.repeated(mb / 5) << QStringList();
        QTest::newRow("1 MB of backslashes and pipes")
            << u"| a |\n|---|\n"_s + u"\\\\|"_s.repeated(mb / 3) << QStringList{u"table-columns|warning|3"_s};
        QTest::newRow("1 MB of backticks") << QString(mb, u'`') << QStringList();
        QTest::newRow("1 MB of mixed backtick runs") << u"`x``y```z"_s.repeated(mb / 9) << QStringList();
        QTest::newRow("1 MB of pipes") << u"| a |\n|---|\n"_s + QString(mb, u'|') + u"\n"_s
                                       << QStringList{u"table-columns|warning|3"_s};
        QTest::newRow("1 MB of comparisons")
            << u"<1 "_s.repeated(mb / 3) << QStringList{u"comparison-spacing|info|1"_s};
        QTest::newRow("1 MB of tags") << u"<b>1"_s.repeated(mb / 4) << QStringList();
        QTest::newRow("1 MB of links") << u"[a](b"_s.repeated(mb / 5) << QStringList();
        QTest::newRow("ragged table, 10k rows")
            << u"| a | b | c |\n|---|---|---|\n"_s + u"| 1 |\n| 1 | 2 | 3 | 4 |\n"_s.repeated(5000)
            << QStringList{u"table-columns|warning|3|has 1 columns"_s, u"table-columns|warning|4|has 4 columns"_s,
                           u"table-columns|info|0|more \"table-columns\" findings"_s};
        QTest::newRow("unclosed fence") << u"# T\n```\n| a |\n|---|---|\n[OWNER]\n"_s << QStringList();
        QTest::newRow("unclosed comment") << u"# T\n<!--\n[OWNER]\n"_s << QStringList();
        QTest::newRow("document control without values")
            << u"## Document Control\n\n| Field | Value |\n|---|---|\n| **Document ID** |\n| **Status** |\n"_s
            << QStringList{u"document-control|warning|5|Document ID is empty"_s,
                           u"document-control|error|3|lacks 12 of its 14 fields"_s};
        QTest::newRow("control characters") << QString::fromLatin1("\x01\x02# \x7f\n\x00|\x00|\n", 12) << QStringList();
    }

    void robustness()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);
        QElapsedTimer timer;
        timer.start();
        const ValidationFindings findings = DocumentValidator().validate(markdown);
        qInfo("%lld characters, %lld findings, %lld ms", qlonglong(markdown.size()), qlonglong(findings.size()),
              qlonglong(timer.elapsed()));
        const QString all = describe(findings).mid(0, 20).join(u'\n');
        for (const QString &e : expected)
            QVERIFY2(anyMatches(findings, e), qPrintable(u"expected "_s + e + u" in:\n"_s + all));
        QVERIFY(sortedByLine(findings));
        QVERIFY(findings.size() < 2000); // capped per rule
    }

    void randomText()
    {
        // Random Markdown-ish characters: the validator must simply finish.
        const QString alphabet = u"#|[]()`~<>-=*_ \n\\!{}:x1"_s;
        QRandomGenerator random(20250317);
        for (int round = 0; round < 20; ++round) {
            QString text;
            text.reserve(20000);
            for (int i = 0; i < 20000; ++i)
                text.append(alphabet.at(random.bounded(int(alphabet.size()))));
            QVERIFY(sortedByLine(DocumentValidator().validate(text)));
        }
    }

    void benchmarkLongDocument()
    {
        const QString text = longDocument();
        QVERIFY(text.size() > 40000);
        const ValidationContext context = longContext();
        const DocumentValidator validator;
        ValidationFindings findings;
        QBENCHMARK
        {
            findings = validator.validate(text, context);
        }
        QVERIFY(findings.isEmpty());
    }

    void benchmarkPlaceholderHeavyDocument()
    {
        // Every value left as a placeholder: the cost of reporting many findings.
        QString text = longDocument();
        static const QRegularExpression tableValue(u"\\| ([A-Za-z][^|\\n]{2,30}) \\|\\n"_s);
        text.replace(tableValue, u"| [VALUE] |\n"_s);
        const DocumentValidator validator;
        ValidationFindings findings;
        QBENCHMARK
        {
            findings = validator.validate(text);
        }
        QVERIFY(only(findings, {u"placeholder"_s}).size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestDocumentValidator)
#include "tst_documentvalidator.moc"
