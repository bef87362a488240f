// RequirementExtractor: which lines of a REQ document define requirements.
// Each fixture in tests/data/requirements/ is paired with the requirements it
// must yield, written as "ID @line: title", in document order.

#include "requirement.h"
#include "requirementextractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace arckit;

namespace {

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(ARCKIT_TEST_DATA "/requirements/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList summarise(const Requirements &requirements)
{
    QStringList out;
    for (const Requirement &r : requirements)
        out.append(QStringLiteral("%1 @%2: %3").arg(r.id).arg(r.line).arg(r.title));
    return out;
}

const Requirement *find(const Requirements &requirements, const QString &id)
{
    for (const Requirement &r : requirements) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestRequirementExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void kindAndCategory_data();
    void kindAndCategory();
    void headingBody();
    void tableRowBody();
    void listItemBody();
    void paragraphBody();
    void sourceAndSection();
    void crlf();
    void bomAndEmpty();
    void bodyIsCapped();
    void servingGroup_data();
    void servingGroup();
    void servingGroupFromDocument();
    void largeInputs_data();
    void largeInputs();
    void tableCells_data();
    void tableCells();
};

void TestRequirementExtractor::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("headings at several levels, suffixes, UC-1 with FR-001")
        << QStringLiteral("headings.md")
        << QStringList{
               QStringLiteral("BR-1 @5: Reduce Call Volume"), QStringLiteral("BR-2 @11: Provide 24/7 Guidance"),
               QStringLiteral("UC-1 @19: Simple Query"), QStringLiteral("UC-2 @27: Escalation"),
               QStringLiteral("FR-001 @33: Conversational Interface"),
               QStringLiteral("FR-004a @37: Suffixed Requirement"), QStringLiteral("FR-010 @41: Numbered Heading"),
               QStringLiteral("FR-011 @45: Bold Heading"), QStringLiteral("FR-012 @49: Prefixed Heading"),
               // No title in the heading: the first sentence of the body.
               QStringLiteral("FR-ML-01 @61: The system shall retrain the ranking model weekly."),
               QStringLiteral("NFR-P-001 @69: Response Time"), QStringLiteral("NFR-SEC-003 @75: Data Encryption")};

    // Ranges (FR-001–FR-015), wildcards (NFR-SEC-*), rows inside another
    // requirement's section, tables that only map IDs to goals and
    // traceability matrices define nothing.
    QTest::newRow("bold and plain table rows")
        << QStringLiteral("tables.md")
        << QStringList{QStringLiteral("FR-001 @7: Users can register with an email address"),
                       QStringLiteral("FR-002 @8: Users can reset their password"),
                       QStringLiteral("FR-003 @9: Users can delete their account"),
                       QStringLiteral("NFR-SEC-001 @17: Authentication"),
                       QStringLiteral("NFR-P-001 @18: Latency"),
                       QStringLiteral("FR-ML-001 @22: Micro-Loan Product Management"),
                       QStringLiteral("FR-ML-001.1 @26: Operators create loan products")};

    // Cross-references ("FR-015 (...)", "BR-001 → G-1"), IDs that are not first,
    // assumptions and personas (P-1) define nothing.
    QTest::newRow("list items and constraint paragraphs")
        << QStringLiteral("lists.md")
        << QStringList{QStringLiteral("INT-1 @5: Integrate with the identity provider"),
                       QStringLiteral("INT-2 @8: Integrate with the payment gateway"),
                       QStringLiteral("INT-3 @9: Integrate with the CRM"),
                       QStringLiteral("DR-1 @10: Customer profile entity"),
                       QStringLiteral("TC-1 @19: MUST deploy to UK regions only"),
                       QStringLiteral("TC-2 @21: MUST use the approved technology stack")};

    // Consecutive definitions with no blank line between them are one
    // Markdown paragraph but separate requirements, each at its own line; a
    // word before the ID in a heading ("Entity DR-001: Tenant") still defines
    // it when a title follows, unless the word points elsewhere ("Supports").
    // "**NFR-A-001 (Availability)**: ..." defines; "FR-040 (Course Search)" refers.
    QTest::newRow("consecutive definition lines and words before a heading ID")
        << QStringLiteral("paragraphs.md")
        << QStringList{QStringLiteral("TC-1 @7: MUST host every service in UK regions"),
                       QStringLiteral("TC-2 @8: MUST use the department's identity provider"),
                       QStringLiteral("TC-3 @9: MUST NOT send personal data to a model provider outside the UK."),
                       QStringLiteral("BC-1 @14: Budget is capped at the approved amount"),
                       QStringLiteral("BC-2 @15: Go-live before the end of the financial year"),
                       QStringLiteral("DR-001 @22: Tenant"), QStringLiteral("DR-002 @26: Invoice"),
                       QStringLiteral("FR-040 @42: Course Search"),
                       QStringLiteral("FR-041 @51: Course Recommendations"),
                       QStringLiteral("FR-042 @54: Course Reviews"),
                       // A title in parentheses before the separator; without a separator, a reference.
                       QStringLiteral("NFR-A-001 @60: Availability"),
                       QStringLiteral("NFR-A-002 @64: Availability (out of hours)"),
                       // A priority in parentheses is no title.
                       QStringLiteral("FR-050 @66: Staff shall be able to ask IT questions in natural language."),
                       // The ID and its title in one bold span; an integration's purpose says what it is.
                       QStringLiteral("BR-7 @68: Replace the payroll system"),
                       QStringLiteral("INT-009 @72: Source of metered generation data")};

    QTest::newRow("look-alikes: PHQ-9, R-001, C-1, G-1, ARC-001-REQ-v1.2, GPT-4, FR-0xx")
        << QStringLiteral("lookalikes.md") << QStringList{QStringLiteral("FR-001 @47: The Only Requirement")};

    // The first defining heading wins; revision history, change logs, gap
    // lists, traceability and forward references inside another requirement
    // define nothing.
    QTest::newRow("repeats and first definition wins")
        << QStringLiteral("repeats.md")
        << QStringList{QStringLiteral("FR-001 @15: First Definition"), QStringLiteral("FR-002 @23: Search"),
                       QStringLiteral("NFR-C-001 @33: GDPR Compliance")};

    // A section the document calls requirements may number them its own way
    // (MG- for model governance); elsewhere (drivers, goals) such codes
    // define nothing, and a category needs one of the known kinds. A
    // constraints table's "Constraint" column says what each one is; a
    // constraints section may number them C-; "Monitoring and Traceability"
    // is a quality its requirements ask for, not a traceability matrix.
    QTest::newRow("codes of the document's own requirement sections")
        << QStringLiteral("ownkinds.md")
        << QStringList{QStringLiteral("MG-001 @10: Each model SHALL be validated before first use."),
                       QStringLiteral("MG-002 @11: Each model SHALL be registered with an owner."),
                       QStringLiteral("MG-004 @14: Annual review"),
                       QStringLiteral("CON-001 @22: All workloads SHALL run in UK regions."),
                       QStringLiteral("C-002 @24: Timescale: live before the end of the financial year."),
                       QStringLiteral("C-003 @26: Budget"),
                       QStringLiteral("NFR-P-001 @34: Pages MUST load within 2 seconds."),
                       QStringLiteral("NFR-M-001 @38: Prediction traceability")};

    QTest::newRow("code blocks, comments and quotes define nothing")
        << QStringLiteral("code.md") << QStringList{QStringLiteral("FR-104 @16: After the code")};
}

void TestRequirementExtractor::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const QString text = readFixture(fixture);
    QVERIFY2(!text.isEmpty(), qPrintable(fixture));
    const Requirements requirements = RequirementExtractor().extract(text, fixture);
    QCOMPARE(summarise(requirements), expected);
    for (const Requirement &r : requirements) {
        QVERIFY(!r.ml); // extraction leaves classification to MlClassifier
        QVERIFY(r.evidence.isEmpty());
    }
}

void TestRequirementExtractor::kindAndCategory_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("category");

    QTest::newRow("FR-ML") << "### FR-ML-001: Model Registration"
                           << "FR-ML-001"
                           << "FR"
                           << "ML";
    QTest::newRow("NFR-SEC") << "#### NFR-SEC-003: Encryption"
                             << "NFR-SEC-003"
                             << "NFR"
                             << "SEC";
    QTest::newRow("NFR-TRAIN") << "#### NFR-TRAIN-001: Training"
                               << "NFR-TRAIN-001"
                               << "NFR"
                               << "TRAIN";
    QTest::newRow("UC short") << "#### UC-1: Query"
                              << "UC-1"
                              << "UC"
                              << "";
    QTest::newRow("suffix") << "#### FR-004a: Variant"
                            << "FR-004a"
                            << "FR"
                            << "";
    QTest::newRow("two sub-codes") << "#### NFR-SEC-AI-2: Model theft"
                                   << "NFR-SEC-AI-2"
                                   << "NFR"
                                   << "SEC-AI";
    QTest::newRow("constraint") << "**BC-3**: Budget cap"
                                << "BC-3"
                                << "BC"
                                << "";
    QTest::newRow("generic REQ") << "| REQ-042 | Export reports | MUST |"
                                 << "REQ-042"
                                 << "REQ"
                                 << "";
    QTest::newRow("user story") << "#### US-01: Ask a guidance question"
                                << "US-01"
                                << "US"
                                << "";
    QTest::newRow("constraint ended by a full stop")
        << "**CON-01.** The large language model MUST be consumed through Azure OpenAI Service."
        << "CON-01"
        << "CON"
        << "";
}

void TestRequirementExtractor::kindAndCategory()
{
    QFETCH(QString, line);
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(QString, category);
    const Requirements requirements = RequirementExtractor().extract(line + QLatin1Char('\n'), QStringLiteral("r.md"));
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements.first().id, id);
    QCOMPARE(requirements.first().kind, kind);
    QCOMPARE(requirements.first().category, category);
}

void TestRequirementExtractor::headingBody()
{
    const Requirements requirements =
        RequirementExtractor().extract(readFixture(QStringLiteral("headings.md")), QStringLiteral("h.md"));
    // Sub-headings of a requirement are part of its body; the next heading of
    // the same level ends it; the "---" separator is no content.
    const Requirement *uc1 = find(requirements, QStringLiteral("UC-1"));
    QVERIFY(uc1);
    QCOMPARE(uc1->body, QStringLiteral("**Actor**: Citizen\n\n##### Main Flow\n\n1. Citizen asks a question."));
    const Requirement *br1 = find(requirements, QStringLiteral("BR-1"));
    QVERIFY(br1);
    QCOMPARE(br1->body, QStringLiteral("**Description**: Reduce calls by 30%."));
    // A higher-level heading ends the body too.
    const Requirement *br2 = find(requirements, QStringLiteral("BR-2"));
    QVERIFY(br2);
    QCOMPARE(br2->body, QStringLiteral("**Description**: Always available."));
    // The body of the range heading is not given to the previous requirement.
    const Requirement *fr012 = find(requirements, QStringLiteral("FR-012"));
    QVERIFY(fr012);
    QCOMPARE(fr012->body, QStringLiteral("A heading that says \"Requirement\" first."));
}

void TestRequirementExtractor::tableRowBody()
{
    const Requirements requirements =
        RequirementExtractor().extract(readFixture(QStringLiteral("tables.md")), QStringLiteral("t.md"));
    const Requirement *sec = find(requirements, QStringLiteral("NFR-SEC-001"));
    QVERIFY(sec);
    QCOMPARE(sec->title, QStringLiteral("Authentication"));
    QCOMPARE(sec->body, QStringLiteral("Title: Authentication\nDescription: All users authenticate with MFA"));
    const Requirement *fr2 = find(requirements, QStringLiteral("FR-002"));
    QVERIFY(fr2);
    QCOMPARE(fr2->body, QStringLiteral("Requirement: Users can reset their password\nPriority: SHOULD"));
}

void TestRequirementExtractor::listItemBody()
{
    const Requirements requirements =
        RequirementExtractor().extract(readFixture(QStringLiteral("lists.md")), QStringLiteral("l.md"));
    const Requirement *int1 = find(requirements, QStringLiteral("INT-1"));
    QVERIFY(int1);
    // Nested items belong to the item; the next item at the same level ends it.
    QCOMPARE(int1->body,
             QStringLiteral("Integrate with the identity provider\n  - OAuth 2.0 with PKCE\n  - Token refresh"));
    const Requirement *int3 = find(requirements, QStringLiteral("INT-3"));
    QVERIFY(int3);
    QCOMPARE(int3->title, QStringLiteral("Integrate with the CRM"));
    QCOMPARE(int3->body, QStringLiteral("Integrate with the CRM. Nightly export only."));
}

void TestRequirementExtractor::paragraphBody()
{
    const Requirements requirements =
        RequirementExtractor().extract(readFixture(QStringLiteral("paragraphs.md")), QStringLiteral("p.md"));
    // Each line of the paragraph is its own requirement; a plain continuation
    // line still belongs to the definition above it.
    const Requirement *tc1 = find(requirements, QStringLiteral("TC-1"));
    QVERIFY(tc1);
    QCOMPARE(tc1->body, QStringLiteral("MUST host every service in UK regions"));
    const Requirement *tc3 = find(requirements, QStringLiteral("TC-3"));
    QVERIFY(tc3);
    QCOMPARE(tc3->body, QStringLiteral("MUST NOT send personal data to a model provider outside the UK.\n"
                                       "The contract names the permitted regions."));
    const Requirement *bc1 = find(requirements, QStringLiteral("BC-1"));
    QVERIFY(bc1);
    QCOMPARE(bc1->body, QStringLiteral("Budget is capped at the approved amount"));
    const Requirement *dr1 = find(requirements, QStringLiteral("DR-001"));
    QVERIFY(dr1);
    QCOMPARE(dr1->body, QStringLiteral("Holds one organisation."));
    // A bold title alone on its line is a heading: its fields follow over
    // blank lines and lists, up to a rule or the next definition.
    const Requirement *fr40 = find(requirements, QStringLiteral("FR-040"));
    QVERIFY(fr40);
    QCOMPARE(fr40->body, QStringLiteral("**Description**: Learners search the catalogue.\n\n"
                                        "**Acceptance Criteria**:\n- Results ranked by relevance"));
    const Requirement *fr41 = find(requirements, QStringLiteral("FR-041"));
    QVERIFY(fr41);
    QCOMPARE(fr41->body, QStringLiteral("**Description**: Personalised suggestions."));
    const Requirement *fr42 = find(requirements, QStringLiteral("FR-042"));
    QVERIFY(fr42);
    QCOMPARE(fr42->body, QStringLiteral("**Description**: Learners rate courses."));
}

void TestRequirementExtractor::sourceAndSection()
{
    const Requirements requirements = RequirementExtractor().extract(
        readFixture(QStringLiteral("headings.md")), QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md"));
    QVERIFY(!requirements.isEmpty());
    for (const Requirement &r : requirements)
        QCOMPARE(r.source, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md"));
    QCOMPARE(find(requirements, QStringLiteral("UC-2"))->section, QStringLiteral("Use Cases"));
    QCOMPARE(find(requirements, QStringLiteral("NFR-P-001"))->section, QStringLiteral("Performance Requirements"));
}

void TestRequirementExtractor::crlf()
{
    QString text = readFixture(QStringLiteral("headings.md"));
    const Requirements lf = RequirementExtractor().extract(text, QStringLiteral("lf.md"));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    const Requirements crlf = RequirementExtractor().extract(text, QStringLiteral("crlf.md"));
    QCOMPARE(summarise(crlf), summarise(lf));
    QCOMPARE(crlf.size(), lf.size());
    for (int i = 0; i < crlf.size(); ++i) {
        QVERIFY2(!crlf[i].title.contains(QLatin1Char('\r')), qPrintable(crlf[i].id));
        QVERIFY2(!crlf[i].body.contains(QLatin1Char('\r')), qPrintable(crlf[i].id));
        QCOMPARE(crlf[i].body, lf[i].body);
    }
    // Tables and list items too.
    QString lists = readFixture(QStringLiteral("lists.md")) + readFixture(QStringLiteral("tables.md"));
    const QStringList expected = summarise(RequirementExtractor().extract(lists, QStringLiteral("a.md")));
    lists.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QCOMPARE(summarise(RequirementExtractor().extract(lists, QStringLiteral("a.md"))), expected);
}

void TestRequirementExtractor::bomAndEmpty()
{
    QCOMPARE(RequirementExtractor().extract(QString(), QStringLiteral("e.md")).size(), 0);
    QCOMPARE(RequirementExtractor().extract(QStringLiteral("\n\n\n"), QStringLiteral("e.md")).size(), 0);
    const Requirements bom =
        RequirementExtractor().extract(QStringLiteral("\uFEFF### FR-1: First line\n"), QStringLiteral("b.md"));
    QCOMPARE(summarise(bom), QStringList{QStringLiteral("FR-1 @1: First line")});
    // No trailing newline at the end of the document.
    const Requirements last =
        RequirementExtractor().extract(QStringLiteral("# T\n\n| FR-9 | Last row | MUST |"), QStringLiteral("b.md"));
    QCOMPARE(summarise(last), QStringList{QStringLiteral("FR-9 @3: Last row")});
}

void TestRequirementExtractor::bodyIsCapped()
{
    QString text = QStringLiteral("### FR-1: Long\n\n");
    for (int i = 0; i < 2000; ++i)
        text += QStringLiteral("Line %1 of a very long requirement body.\n").arg(i);
    text += QStringLiteral("### FR-2: Next\n\nShort.\n");
    const Requirements requirements = RequirementExtractor().extract(text, QStringLiteral("c.md"));
    QCOMPARE(requirements.size(), 2);
    QVERIFY(requirements[0].body.size() <= 4001);
    QVERIFY(requirements[0].body.size() >= 3900);
    QVERIFY(requirements[0].body.endsWith(QChar(0x2026)));
    QCOMPARE(requirements[1].line, 2003);
    QCOMPARE(requirements[1].body, QStringLiteral("Short."));
}

void TestRequirementExtractor::servingGroup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("group");

    QTest::newRow("P") << "NFR"
                       << "P"
                       << "Performance Requirements"
                       << "performance";
    QTest::newRow("PERF without section") << "NFR"
                                          << "PERF"
                                          << ""
                                          << "performance";
    QTest::newRow("A") << "NFR"
                       << "A"
                       << "Availability and Resilience Requirements"
                       << "availability";
    QTest::newRow("AVAIL") << "NFR"
                           << "AVAIL"
                           << ""
                           << "availability";
    QTest::newRow("SEC") << "NFR"
                         << "SEC"
                         << "Security Requirements"
                         << "security";
    QTest::newRow("SEC-AI") << "NFR"
                            << "SEC-AI"
                            << ""
                            << "security";
    // ArcKit's template: S is Scalability; it sits with performance.
    QTest::newRow("S under Scalability") << "NFR"
                                         << "S"
                                         << "Scalability Requirements"
                                         << "performance";
    QTest::newRow("S without section") << "NFR"
                                       << "S"
                                       << ""
                                       << "performance";
    QTest::newRow("S under Security") << "NFR"
                                      << "S"
                                      << "Security Requirements"
                                      << "security";
    QTest::newRow("A under Accessibility") << "NFR"
                                           << "A"
                                           << "Accessibility Requirements"
                                           << "";
    QTest::newRow("compliance") << "NFR"
                                << "C"
                                << "Compliance and Regulatory Requirements"
                                << "";
    QTest::newRow("usability") << "NFR"
                               << "U"
                               << "Usability Requirements"
                               << "";
    QTest::newRow("no category, performance section") << "NFR"
                                                      << ""
                                                      << "Performance"
                                                      << "performance";
    QTest::newRow("not an NFR") << "FR"
                                << ""
                                << "Performance Requirements"
                                << "";
    QTest::newRow("data requirement") << "DR"
                                      << ""
                                      << "Data Requirements"
                                      << "";
}

void TestRequirementExtractor::servingGroup()
{
    QFETCH(QString, kind);
    QFETCH(QString, category);
    QFETCH(QString, section);
    QFETCH(QString, group);
    Requirement r;
    r.kind = kind;
    r.category = category;
    r.section = section;
    QCOMPARE(r.servingGroup(), group);
}

void TestRequirementExtractor::servingGroupFromDocument()
{
    const QString text = QStringLiteral("## Non-Functional Requirements\n\n### Scalability Requirements\n\n"
                                        "#### NFR-S-1: Horizontal Scaling\n\nScale out.\n\n"
                                        "### Security Requirements\n\n#### NFR-S-2: Secure Headers\n\nHSTS.\n\n"
                                        "### Performance Requirements\n\n#### NFR-P-1: Response Time\n\np95 < 2 s.\n");
    const Requirements requirements = RequirementExtractor().extract(text, QStringLiteral("n.md"));
    QCOMPARE(requirements.size(), 3);
    QCOMPARE(requirements[0].servingGroup(), QStringLiteral("performance"));
    QCOMPARE(requirements[1].servingGroup(), QStringLiteral("security"));
    QCOMPARE(requirements[2].servingGroup(), QStringLiteral("performance"));
}

void TestRequirementExtractor::largeInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");

    QString table = QStringLiteral("# T\n\n| ID | Requirement | Priority |\n|---|---|---|\n");
    for (int i = 1; i <= 100000; ++i)
        table += QStringLiteral("| FR-%1 | The system shall do thing %1 | MUST |\n").arg(i);
    QTest::newRow("100,000-row table") << table << 100000;

    QString ids = QStringLiteral("# T\n\n## Requirements\n\n");
    for (int i = 1; i <= 10000; ++i)
        ids += QStringLiteral("- **NFR-SEC-%1**: Control %1, see FR-%2 and NFR-SEC-%3\n").arg(i).arg(i + 1).arg(i - 1);
    QTest::newRow("10,000 IDs") << ids << 10000;

    const QString megabyte(1000000, QLatin1Char('x'));
    QTest::newRow("1 MB heading") << (QStringLiteral("### FR-1: ") + megabyte + QLatin1Char('\n')) << 1;
    QTest::newRow("1 MB table row") << (QStringLiteral("| FR-1 | ") + megabyte + QStringLiteral(" |\n")) << 1;
    QTest::newRow("1 MB of pipes") << QString(1000000, QLatin1Char('|')) << 0;
    QTest::newRow("1 MB of brackets after an ID")
        << (QStringLiteral("- [FR-1](") + QString(1000000, QLatin1Char('[')) + QLatin1Char('\n')) << 0;
    QString repeated;
    for (int i = 0; i < 100000; ++i)
        repeated += QStringLiteral("FR-1 ");
    QTest::newRow("1 line of 100,000 IDs") << (QStringLiteral("### FR-2: ") + repeated) << 1;
    QTest::newRow("1 MB of dashes") << QString(1000000, QLatin1Char('-')) << 0;
}

void TestRequirementExtractor::largeInputs()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QElapsedTimer timer;
    timer.start();
    const Requirements requirements = RequirementExtractor().extract(text, QStringLiteral("big.md"));
    // Linear work: seconds at most even on a busy machine, never a hang.
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(requirements.size(), count);
    for (const Requirement &r : requirements) {
        QVERIFY(r.title.size() <= 200);
        QVERIFY(r.body.size() <= 4001);
    }
}

// Table rows are split by MarkdownTableRow, as the preview (md4c) splits them:
// escaped pipes and pipes in code spans are text, an unclosed backtick is text.
void TestRequirementExtractor::tableCells_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    const QString header = QStringLiteral("| ID | Requirement | Priority |\n|----|-------------|----------|\n");
    QTest::newRow("plain") << header + QStringLiteral("| FR-001 | Export reports | MUST |\n") << "Export reports"
                           << "Requirement: Export reports\nPriority: MUST";
    QTest::newRow("escaped pipe") << header + QStringLiteral("| FR-001 | Export CSV \\| JSON | MUST |\n")
                                  << "Export CSV | JSON"
                                  << "Requirement: Export CSV | JSON\nPriority: MUST";
    QTest::newRow("pipe in a double-backtick code span")
        << header + QStringLiteral("| FR-001 | Split on ``a|b`` | MUST |\n") << "Split on a|b"
        << "Requirement: Split on ``a|b``\nPriority: MUST";
    QTest::newRow("unclosed backtick") << header + QStringLiteral("| FR-001 | The user`s data is exported | MUST |\n")
                                       << "The users data is exported"
                                       << "Requirement: The user`s data is exported\nPriority: MUST";
    // A setext underline under a definition is a rule to the extraction, not a heading.
    QTest::newRow("setext underline") << QStringLiteral("FR-001: Login\n---\n") << "Login"
                                      << "Login";
}

void TestRequirementExtractor::tableCells()
{
    QFETCH(QString, markdown);
    const Requirements requirements = RequirementExtractor().extract(markdown, QStringLiteral("r.md"));
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements.first().id, QStringLiteral("FR-001"));
    QTEST(requirements.first().title, "title");
    QTEST(requirements.first().body, "body");
}

QTEST_GUILESS_MAIN(TestRequirementExtractor)
#include "tst_requirementextractor.moc"
