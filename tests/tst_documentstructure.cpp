// DocumentStructure and MarkdownTableRow: what a revision reads from a
// document of any layout, and where each part sits in the original text.
#include "documentstructure.h"
#include "markdowntablerow.h"
#include "textfilereader.h"

#include <QTest>

using namespace arckit;

namespace {

QString fixture(const QString &name)
{
    const TextFile file = TextFileReader::read(QStringLiteral(ARCKIT_TEST_DATA "/") + name);
    if (!file.ok())
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(file.error));
    return file.text;
}

} // namespace

class TestDocumentStructure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableRow_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<bool>("delimiter");
        QTest::newRow("plain") << "| a | b |" << QStringList{" a ", " b "} << false;
        QTest::newRow("no closing pipe") << "| a | b" << QStringList{" a ", " b"} << false;
        QTest::newRow("escaped pipe") << "| a \\| b | c |" << QStringList{" a \\| b ", " c "} << false;
        QTest::newRow("pipe in code") << "| `x | y` | c |" << QStringList{" `x | y` ", " c "} << false;
        QTest::newRow("unclosed backtick") << "| `x | y |" << QStringList{" `x ", " y "} << false;
        QTest::newRow("delimiter") << "|:---|--:|" << QStringList{":---", "--:"} << true;
        QTest::newRow("indented") << "   | a |" << QStringList{" a "} << false;
        QTest::newRow("too indented") << "    | a |" << QStringList{} << false;
        QTest::newRow("not a row") << "a | b" << QStringList{} << false;
        QTest::newRow("empty cells") << "|||" << QStringList{"", ""} << false;
    }
    void tableRow()
    {
        QFETCH(QString, line);
        const MarkdownTableRow row = MarkdownTableRow::split(line);
        QStringList cells;
        for (const MarkdownTableCell &cell : row.cells)
            cells.append(line.mid(cell.offset, cell.length));
        QTEST(cells, "cells");
        QTEST(row.isDelimiter(), "delimiter");
    }

    void controlFields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("line");
        QTest::newRow("bold name") << "revision/other-tool.md"
                                   << "Document ID"
                                   << "ARC-004-MLOPS-v1.0" << 9;
        QTest::newRow("unknown field kept") << "revision/other-tool.md"
                                            << "Cost Centre"
                                            << "LOG-7731" << 18;
        QTest::newRow("case ignored") << "revision/other-tool.md"
                                      << "last modified"
                                      << "2025-04-11" << 16;
        QTest::newRow("plain name") << "revision/broken-history.md"
                                    << "Version"
                                    << "1.1" << 8;
        QTest::newRow("Document Information, Item/Detail header") << "validator/hand-written.md"
                                                                  << "Last Updated"
                                                                  << "2025-02-20" << 16;
        QTest::newRow("absent") << "revision/other-tool.md"
                                << "Approver"
                                << "" << 0;
        QTest::newRow("no control section") << "revision/no-control.md"
                                            << "Version"
                                            << "" << 0;
    }
    void controlFields()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        const DocumentStructure structure = DocumentStructure::parse(fixture(file));
        const DocumentControlField *found = structure.field(field);
        QTEST(found ? found->value : QString(), "value");
        QTEST(found ? found->line : 0, "line");
        if (found) // the recorded place holds the value
            QCOMPARE(structure.text().mid(found->valueOffset, found->valueLength).trimmed(), found->value);
    }

    void headerRowIsNotAField()
    {
        const DocumentStructure structure = DocumentStructure::parse(fixture(QStringLiteral("revision/other-tool.md")));
        QCOMPARE(structure.controlFields().size(), 11);
        QCOMPARE(structure.controlFields().first().name, QStringLiteral("Document ID"));
    }

    void revisionHistory_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("broken");
        QTest::addColumn<int>("lastTableLine");
        QTest::newRow("ArcKit") << "revision/other-tool.md"
                                << QStringList{"Version", "Date", "Author", "Changes", "Approved By", "Approval Date"}
                                << 1 << 0 << 25;
        QTest::newRow("Change Log") << "validator/hand-written.md"
                                    << QStringList{"Version", "Date", "Author", "Summary"} << 3 << 0 << 30;
        QTest::newRow("broken rows") << "revision/broken-history.md"
                                     << QStringList{"Version", "Date", "Author", "Changes"} << 3 << 2 << 18;
        QTest::newRow("none") << "revision/no-control.md" << QStringList{} << 0 << 0 << 0;
    }
    void revisionHistory()
    {
        QFETCH(QString, file);
        const RevisionHistory history = DocumentStructure::parse(fixture(file)).revisionHistory();
        QTEST(history.columns, "columns");
        QTEST(int(history.rows.size()), "rows");
        int broken = 0;
        for (const RevisionHistoryRow &row : history.rows)
            broken += row.broken ? 1 : 0;
        QTEST(broken, "broken");
        QTEST(history.lastTableLine, "lastTableLine");
    }

    void sectionTree()
    {
        const DocumentStructure structure =
            DocumentStructure::parse(fixture(QStringLiteral("validator/hand-written.md")));
        const QList<DocumentSection> &sections = structure.sections();
        QVERIFY(!sections.isEmpty());
        QCOMPARE(sections.first().level, 1);
        QCOMPARE(sections.first().parent, -1);
        int drift = -1;
        for (int i = 0; i < sections.size(); ++i) {
            if (sections.at(i).title == QLatin1String("Drift"))
                drift = i;
            // "## Model Card: [Model Name]" sits in a code block: not a section.
            QVERIFY2(!sections.at(i).title.startsWith(QLatin1String("Model Card")), qPrintable(sections.at(i).title));
        }
        QVERIFY(drift > 0);
        const DocumentSection &parent = sections.at(sections.at(drift).parent);
        QCOMPARE(parent.title, QStringLiteral("7. Observability"));
        QVERIFY(parent.line < sections.at(drift).line && parent.endLine >= sections.at(drift).endLine);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // parts of messages, in order
        QTest::newRow("no control") << "revision/no-control.md" << QStringList{"no Document Control section"};
        QTest::newRow("broken history, repeated heading")
            << "revision/broken-history.md"
            << QStringList{"row has 3 cells where the header has 4", "row has 5 cells where the header has 4",
                           "\"Overview\" repeats the one on line 20"};
        QTest::newRow("clean") << "revision/other-tool.md" << QStringList{};
    }
    void problems()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QList<StructureProblem> problems = DocumentStructure::parse(fixture(file)).problems();
        QCOMPARE(problems.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(problems.at(i).message.contains(expected.at(i)), qPrintable(problems.at(i).message));
    }

    void unclosedFence()
    {
        const DocumentStructure structure =
            DocumentStructure::parse(QStringLiteral("# T\n\n## Document Control\n\n| a | b |\n\n```\n## Hidden\n"));
        QCOMPARE(structure.sections().size(), 2);
        QVERIFY(structure.problems().last().message.contains(QLatin1String("never closed")));
    }

    void linesKeepTheirBreaks()
    {
        const QString text = QStringLiteral("a\r\nb\r\n\nc"); // mostly CRLF, one LF
        const DocumentStructure structure = DocumentStructure::parse(text);
        QCOMPARE(structure.linesText(1, 1), QStringLiteral("a\r\n"));
        QCOMPARE(structure.linesText(2, 4), QStringLiteral("b\r\n\nc"));
        QCOMPARE(structure.linesText(1, structure.outline().lineCount()), text);
        QCOMPARE(structure.lineBreak(), QStringLiteral("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentStructure)
#include "tst_documentstructure.moc"
