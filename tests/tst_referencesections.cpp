// ReferenceSections: the catalogue of the mlops template's sections and the
// matcher that finds them in documents of any layout.

#include "referencesections.h"

#include <QFile>
#include <QtTest>

using namespace arckit;
using namespace Qt::StringLiterals;

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

const SectionMatch &matchFor(const SectionMatches &matches, const QString &key)
{
    const int index = ReferenceSections::indexOf(key);
    Q_ASSERT(index >= 0);
    return matches.at(index);
}

QString statusName(SectionMatch::Status status)
{
    switch (status) {
    case SectionMatch::Status::Present:
        return u"present"_s;
    case SectionMatch::Status::Renamed:
        return u"renamed"_s;
    case SectionMatch::Status::Missing:
        return u"missing"_s;
    }
    return {};
}

} // namespace

class TestReferenceSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue()
    {
        const QList<ReferenceSection> &all = ReferenceSections::all();
        QCOMPARE(all.size(), 19);
        QSet<QString> keys;
        for (int i = 0; i < all.size(); ++i) {
            const ReferenceSection &s = all.at(i);
            QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
            keys.insert(s.key);
            QCOMPARE(ReferenceSections::indexOf(s.key), i);
            QVERIFY(!s.title.isEmpty() && !s.shortName.isEmpty() && !s.aliases.isEmpty());
            if (i < 15) {
                QCOMPARE(s.number, i + 1);
                QCOMPARE(s.heading, u"%1. %2"_s.arg(i + 1).arg(s.title));
                QVERIFY2(!s.keywords.isEmpty(), qPrintable(s.key));
                if (s.number != 15)
                    QVERIFY2(!s.subsections.isEmpty(), qPrintable(s.key));
            } else {
                QCOMPARE(s.number, 0);
                QCOMPARE(s.heading, s.title);
            }
            for (const QString &keyword : s.keywords)
                QCOMPARE(keyword, keyword.toLower());
        }
        QCOMPARE(all.at(6).heading, u"7. Model Monitoring"_s);
        QCOMPARE(all.at(8).condition, ReferenceSection::Condition::GenAi);
        QCOMPARE(all.at(12).condition, ReferenceSection::Condition::UkGovernment);
        const QStringList unnumbered = {all.at(15).title, all.at(16).title, all.at(17).title, all.at(18).title};
        QCOMPARE(unnumbered,
                 (QStringList{u"Document Control"_s, u"Revision History"_s, u"Approval"_s, u"External References"_s}));
        QCOMPARE(ReferenceSections::indexOf(u"no-such-section"), -1);
    }

    // The reference template itself: every section present by its exact name,
    // with all its subsections. Uses the shared reference copy when present.
    void referenceTemplate()
    {
        const QString path = QStringLiteral(ARCKIT_SOURCE_DIR "/../shared/reference/arckit-mlops-template.md");
        const QString text = readFile(path);
        if (text.isEmpty())
            QSKIP("skipped: the shared reference template is not available");
        const SectionMatches matches = ReferenceSections::match(MarkdownOutline::parse(text));
        for (const SectionMatch &m : matches) {
            const ReferenceSection &s = ReferenceSections::all().at(m.section);
            QVERIFY2(m.status == SectionMatch::Status::Present, qPrintable(s.heading));
            QVERIFY2(m.missingSubsections.isEmpty(),
                     qPrintable(s.heading + u": "_s + m.missingSubsections.join(u", ")));
        }
    }

    void normalizedHeading_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("numbered") << u"7. Model Monitoring"_s << u"model monitoring"_s;
        QTest::newRow("sub-numbered") << u"7.1 Data Drift"_s << u"data drift"_s;
        QTest::newRow("parenthesised") << u"13. UK Government AI Compliance (if applicable)"_s
                                       << u"uk government ai compliance"_s;
        QTest::newRow("markup") << u"**CI/CD** for `ML`"_s << u"ci cd for ml"_s;
        QTest::newRow("ampersand") << u"Guardrails & Safety"_s << u"guardrails and safety"_s;
        QTest::newRow("appendix") << u"Appendix A: Model Card"_s << u"model card"_s;
        QTest::newRow("section word") << u"Section 3 - Data Pipeline"_s << u"data pipeline"_s;
        QTest::newRow("letter label") << u"B. Glossary"_s << u"glossary"_s;
        QTest::newRow("roman numeral") << u"IV) Costs"_s << u"costs"_s;
        QTest::newRow("A/B is no label") << u"A/B Testing"_s << u"a b testing"_s;
        QTest::newRow("3D is no number") << u"3D Models"_s << u"3d models"_s;
        QTest::newRow("link") << u"[Monitoring](#monitoring)"_s << u"monitoring"_s;
        QTest::newRow("emoji") << u"Monitoring \u2705"_s << u"monitoring"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizedHeading()
    {
        QFETCH(QString, heading);
        QFETCH(QString, normalized);
        QCOMPARE(ReferenceSections::normalizedHeading(heading), normalized);
    }

    void concepts_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QStringList>("concepts");
        QTest::newRow("stop words") << u"ML System Overview"_s << QStringList{u"overview"_s};
        QTest::newRow("executive summary") << u"Executive Summary"_s << QStringList{u"overview"_s};
        QTest::newRow("observability") << u"Observability & Alerting"_s << QStringList{u"alert"_s, u"monitor"_s};
        QTest::newRow("plurals") << u"Costs and Resources"_s << QStringList{u"cost"_s, u"resource"_s};
        QTest::newRow("synonyms") << u"Budget and Staffing"_s << QStringList{u"cost"_s, u"resource"_s};
        QTest::newRow("generative ai") << u"Generative AI Operations"_s << QStringList{u"llm"_s};
        QTest::newRow("ci/cd") << u"CI/CD for ML"_s << QStringList{u"cicd"_s};
        QTest::newRow("bias is no plural") << u"Bias Analysis"_s << QStringList{u"analysis"_s, u"responsible"_s};
    }

    void concepts()
    {
        QFETCH(QString, heading);
        QFETCH(QStringList, concepts);
        QCOMPARE(ReferenceSections::concepts(heading), concepts);
    }

    void findTerm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("position");
        QTest::newRow("word start") << u"data drift here"_s << u"drift"_s << 5;
        QTest::newRow("prefix of a longer word") << u"drifting"_s << u"drift"_s << 0;
        QTest::newRow("not inside a word") << u"adrift"_s << u"drift"_s << -1;
        QTest::newRow("short terms are whole words") << u"psis and psi"_s << u"psi"_s << 9;
        QTest::newRow("rag not in storage") << u"storage, rag"_s << u"rag"_s << 9;
        QTest::newRow("term ending in punctuation") << u"see fr-001"_s << u"fr-"_s << 4;
        QTest::newRow("currency") << u"costs \u00a3500"_s << u"\u00a3"_s << 6;
        QTest::newRow("absent") << u"nothing"_s << u"drift"_s << -1;
        QTest::newRow("empty text") << QString() << u"drift"_s << -1;
    }

    void findTerm()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(int, position);
        QCOMPARE(int(ReferenceSections::findTerm(text, term)), position);
    }

    void longDocument()
    {
        const QString text = readFixture(u"long-mlops.md"_s);
        QVERIFY(!text.isEmpty());
        const SectionMatches matches = ReferenceSections::match(MarkdownOutline::parse(text));
        QCOMPARE(matches.size(), ReferenceSections::all().size());
        for (const SectionMatch &m : matches) {
            const ReferenceSection &s = ReferenceSections::all().at(m.section);
            QVERIFY2(m.status == SectionMatch::Status::Present, qPrintable(s.heading));
            QCOMPARE(m.reason, u"exact name"_s);
            QVERIFY(m.line > 0 && m.endLine >= m.line);
        }
        QCOMPARE(matchFor(matches, u"monitoring"_s).heading, u"7. Model Monitoring"_s);
    }

    // A hand-written document: Executive Summary first, 16 numbered sections
    // named differently, appendices.
    void handWritten_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("reason");
        QTest::newRow("document control")
            << u"document-control"_s << u"renamed"_s << u"Document Information"_s << u"similar name (alias)"_s;
        QTest::newRow("revision history")
            << u"revision-history"_s << u"renamed"_s << u"Change Log"_s << u"similar name (alias)"_s;
        QTest::newRow("1") << u"overview"_s << u"renamed"_s << u"Executive Summary"_s << u"similar name (alias)"_s;
        QTest::newRow("2") << u"model-inventory"_s << u"renamed"_s << u"2. Model Catalogue"_s
                           << u"similar name (alias)"_s;
        QTest::newRow("3") << u"data-pipeline"_s << u"renamed"_s << u"3. Data Engineering and Features"_s
                           << u"similar name"_s;
        QTest::newRow("4") << u"training-pipeline"_s << u"renamed"_s << u"4. Model Development and Experimentation"_s
                           << u"similar name"_s;
        QTest::newRow("5") << u"model-registry"_s << u"renamed"_s << u"5. Versioning and Promotion"_s
                           << u"similar name"_s;
        QTest::newRow("6") << u"serving"_s << u"renamed"_s << u"6. Deployment and Inference"_s << u"similar name"_s;
        QTest::newRow("7") << u"monitoring"_s << u"renamed"_s << u"7. Observability"_s << u"similar name (alias)"_s;
        QTest::newRow("8") << u"retraining"_s << u"renamed"_s << u"8. Model Refresh Cycle"_s << u"similar name"_s;
        QTest::newRow("9") << u"llm-operations"_s << u"renamed"_s << u"9. Generative AI Operations"_s
                           << u"similar name (alias)"_s;
        QTest::newRow("10") << u"cicd"_s << u"renamed"_s << u"10. Build, Test and Release Automation"_s
                            << u"similar name"_s;
        QTest::newRow("11") << u"governance"_s << u"renamed"_s << u"11. Model Risk Management and Governance"_s
                            << u"similar name"_s;
        QTest::newRow("12") << u"responsible-ai"_s << u"renamed"_s << u"12. Ethics, Fairness and Transparency"_s
                            << u"similar name"_s;
        QTest::newRow("13 by content") << u"uk-gov-compliance"_s << u"renamed"_s
                                       << u"13. Publication and Assurance Duties"_s << u"content: "_s;
        QTest::newRow("14") << u"costs"_s << u"renamed"_s << u"14. Budget and Staffing"_s << u"similar name"_s;
        QTest::newRow("15") << u"traceability"_s << u"renamed"_s << u"15. Traceability to Requirements"_s
                            << u"similar name"_s;
        QTest::newRow("approval") << u"approval"_s << u"renamed"_s << u"Sign-off"_s << u"similar name (alias)"_s;
        QTest::newRow("references") << u"external-references"_s << u"renamed"_s << u"Appendix C: Bibliography"_s
                                    << u"similar name (alias)"_s;
    }

    void handWritten()
    {
        QFETCH(QString, key);
        QFETCH(QString, status);
        QFETCH(QString, heading);
        QFETCH(QString, reason);
        const QString text = readFixture(u"hand-written.md"_s);
        QVERIFY(!text.isEmpty());
        const MarkdownOutline outline = MarkdownOutline::parse(text);
        const SectionMatches matches = ReferenceSections::match(outline);
        const SectionMatch &m = matchFor(matches, key);
        QCOMPARE(statusName(m.status), status);
        QCOMPARE(m.heading, heading);
        QVERIFY2(m.reason.startsWith(reason), qPrintable(m.reason));
        QCOMPARE(outline.headings().at(m.headingIndex).line, m.line);
    }

    void handWrittenLeavesOthersAlone()
    {
        // "16. Risks, Assumptions and Dependencies" and the glossary stand for no section.
        const MarkdownOutline outline = MarkdownOutline::parse(readFixture(u"hand-written.md"_s));
        const SectionMatches matches = ReferenceSections::match(outline);
        for (const SectionMatch &m : matches) {
            QVERIFY(m.found());
            QVERIFY(!m.heading.startsWith(u"16."));
            QVERIFY(!m.heading.contains(u"Glossary"));
        }
    }

    void match_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("numbering ignored")
            << u"# T\n## 4. Model Monitoring\n"_s << u"monitoring"_s << u"present"_s << 2 << u"exact name"_s;
        QTest::newRow("case and markup ignored")
            << u"# T\n## **model MONITORING**\n"_s << u"monitoring"_s << u"present"_s << 2 << u"exact name"_s;
        QTest::newRow("alias") << u"# T\n## Observability\n"_s << u"monitoring"_s << u"renamed"_s << 2
                               << u"similar name (alias)"_s;
        QTest::newRow("synonym") << u"# T\n## Observing Models: Observability Dashboards\n"_s << u"monitoring"_s
                                 << u"renamed"_s << 2 << u"similar name"_s;
        QTest::newRow("combined heading, first")
            << u"# T\n## Monitoring and Retraining\n"_s << u"monitoring"_s << u"renamed"_s << 2 << u"similar name"_s;
        QTest::newRow("combined heading, second")
            << u"# T\n## Monitoring and Retraining\n"_s << u"retraining"_s << u"renamed"_s << 2 << u"similar name"_s;
        QTest::newRow("exact beats synonym") << u"# T\n## Executive Summary\n## 1. ML System Overview\n"_s
                                             << u"overview"_s << u"present"_s << 3 << u"exact name"_s;
        QTest::newRow("subsection") << u"# T\n## Operations\n### Monitoring\n"_s << u"monitoring"_s << u"renamed"_s << 3
                                    << u"subsection (alias)"_s;
        QTest::newRow("content") << u"# T\n## Operations\nWe watch data drift with PSI, alert on a dashboard.\n"_s
                                 << u"monitoring"_s << u"renamed"_s << 2 << u"content: drift, psi, data drift"_s;
        QTest::newRow("content of a claimed section does not count")
            << u"# T\n## 8. Retraining Strategy\nRetrain on data drift (PSI), alert on a dashboard.\n"_s
            << u"monitoring"_s << u"missing"_s << 0 << QString();
        QTest::newRow("two keywords are not enough")
            << u"# T\n## Operations\nSome drift alerts.\n"_s << u"monitoring"_s << u"missing"_s << 0 << QString();
        QTest::newRow("data pipeline is not training")
            << u"# T\n## Data Pipeline\n"_s << u"training-pipeline"_s << u"missing"_s << 0 << QString();
        QTest::newRow("H1 sections") << u"# Overview\n# Model Monitoring\n"_s << u"monitoring"_s << u"present"_s << 2
                                     << u"exact name"_s;
        QTest::newRow("document control in the preamble")
            << u"# T\n| Field | Value |\n|---|---|\n| Document ID | X |\n| Review Cycle | Monthly |\n"
               u"| Next Review Date | 2025-01-01 |\n## 1. ML System Overview\n"_s
            << u"document-control"_s << u"renamed"_s << 1 << u"content: "_s;
        QTest::newRow("deeper heading not taken as section")
            << u"# T\n## A\n#### Monitoring\n"_s << u"monitoring"_s << u"missing"_s << 0 << QString();
        QTest::newRow("document control under a title among several H1s")
            << u"# Overview\n## Document Control\n# Model Monitoring\n# Costs\n"_s << u"document-control"_s
            << u"present"_s << 2 << u"exact name"_s;
        QTest::newRow("an approval workflow is not the Approval section")
            << u"# T\n## 5. Model Registry\n### Model Approval Workflow\n"_s << u"approval"_s << u"missing"_s << 0
            << QString();
        // One to one: a heading or a section's text stands for one reference section.
        QTest::newRow("a heading with one section's name is no other section")
            << u"# T\n## 3. Data Pipeline\n## 4. Training Pipeline\n"_s << u"cicd"_s << u"missing"_s << 0 << QString();
        QTest::newRow("a subsection of a claimed section is no other section")
            << u"# T\n## 10. CI/CD for ML\n### Continuous Training\n"_s << u"retraining"_s << u"missing"_s << 0
            << QString();
        QTest::newRow("a subsection under an unclaimed heading still counts")
            << u"# T\n## Operations\n### Continuous Training\n"_s << u"retraining"_s << u"renamed"_s << 3
            << u"subsection (alias)"_s;
        QTest::newRow("one region's text stands for one section: the one with more keywords")
            << u"# T\n## Operations\nWe watch data drift with PSI, alert on a dashboard; retrain the champion or "
               u"roll back.\n"_s
            << u"monitoring"_s << u"renamed"_s << 2 << u"content: "_s;
        QTest::newRow("...and not the other")
            << u"# T\n## Operations\nWe watch data drift with PSI, alert on a dashboard; retrain the champion or "
               u"roll back.\n"_s
            << u"retraining"_s << u"missing"_s << 0 << QString();
        QTest::newRow("empty document") << QString() << u"overview"_s << u"missing"_s << 0 << QString();
    }

    void match()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, key);
        QFETCH(QString, status);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const SectionMatches matches = ReferenceSections::match(MarkdownOutline::parse(markdown));
        const SectionMatch &m = matchFor(matches, key);
        QCOMPARE(statusName(m.status), status);
        QCOMPARE(m.line, line);
        QVERIFY2(m.reason.startsWith(reason), qPrintable(m.reason));
    }

    void missingSubsections()
    {
        const SectionMatches matches = ReferenceSections::match(MarkdownOutline::parse(
            u"# T\n## 7. Model Monitoring\n### Data Drift Monitoring\n### Dashboards for monitoring\n"_s));
        const SectionMatch &m = matchFor(matches, u"monitoring"_s);
        QCOMPARE(m.missingSubsections, (QStringList{u"Monitoring Architecture"_s, u"Model Performance Monitoring"_s,
                                                    u"Fairness Monitoring"_s, u"Prediction Monitoring"_s}));
        QVERIFY(matchFor(matches, u"overview"_s).missingSubsections.isEmpty()); // missing sections list none
    }

    void benchmarkMatch()
    {
        const MarkdownOutline outline = MarkdownOutline::parse(readFixture(u"long-mlops.md"_s));
        QVERIFY(outline.lineCount() > 0);
        SectionMatches matches;
        QBENCHMARK
        {
            matches = ReferenceSections::match(outline);
        }
        QCOMPARE(matches.size(), ReferenceSections::all().size());
    }

    void benchmarkMatchHandWritten()
    {
        const MarkdownOutline outline = MarkdownOutline::parse(readFixture(u"hand-written.md"_s));
        QVERIFY(outline.lineCount() > 0);
        SectionMatches matches;
        QBENCHMARK
        {
            matches = ReferenceSections::match(outline);
        }
        QVERIFY(matchFor(matches, u"uk-gov-compliance"_s).found());
    }
};

QTEST_GUILESS_MAIN(TestReferenceSections)
#include "tst_referencesections.moc"
