// LineDiff: the runs rebuild the new text from the old, the difference is
// the shortest one, and the unified output reads as diff -u does;
// LineEndings gives edited text back its original line breaks.
#include "linediff.h"
#include "lineendings.h"

#include <QRandomGenerator>
#include <QTest>

using namespace arckit;

namespace {

// New lines rebuilt from the old ones and the runs' added lines.
QStringList rebuild(const QStringList &oldLines, const QStringList &newLines, const DiffRuns &runs)
{
    QStringList result;
    int expectedOld = 0;
    for (const DiffRun &run : runs) {
        if (run.oldLine != expectedOld)
            return {QStringLiteral("<gap>")};
        if (run.kind == DiffRun::Kind::Equal)
            result += oldLines.mid(run.oldLine, run.count);
        else if (run.kind == DiffRun::Kind::Added)
            result += newLines.mid(run.newLine, run.count);
        if (run.kind != DiffRun::Kind::Added)
            expectedOld += run.count;
    }
    return result;
}

QList<QStringView> views(const QStringList &lines)
{
    QList<QStringView> result;
    for (const QString &line : lines)
        result.append(line);
    return result;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortest_data()
    {
        QTest::addColumn<QStringList>("oldLines");
        QTest::addColumn<QStringList>("newLines");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        QTest::newRow("same") << QStringList{"a", "b"} << QStringList{"a", "b"} << 0 << 0;
        QTest::newRow("empty to text") << QStringList{} << QStringList{"a", "b"} << 0 << 2;
        QTest::newRow("text to empty") << QStringList{"a"} << QStringList{} << 1 << 0;
        QTest::newRow("one changed") << QStringList{"a", "b", "c"} << QStringList{"a", "x", "c"} << 1 << 1;
        QTest::newRow("inserted block") << QStringList{"a", "d"} << QStringList{"a", "b", "c", "d"} << 0 << 2;
        QTest::newRow("classic") << QStringList{"a", "b", "c", "a", "b", "b", "a"}
                                 << QStringList{"c", "b", "a", "b", "a", "c"} << 3 << 2; // D = 5
        QTest::newRow("all different") << QStringList{"a", "b"} << QStringList{"c", "d", "e"} << 2 << 3;
        QTest::newRow("repeated lines") << QStringList{"", "", "x", "", ""} << QStringList{"", "x", "", "", "", ""} << 1
                                        << 2;
    }
    void shortest()
    {
        QFETCH(QStringList, oldLines);
        QFETCH(QStringList, newLines);
        const DiffRuns runs = LineDiff::compare(views(oldLines), views(newLines));
        QCOMPARE(rebuild(oldLines, newLines, runs), newLines);
        const auto counts = LineDiff::changedLineCounts(runs);
        QTEST(counts.first, "removed");
        QTEST(counts.second, "added");
    }

    // Random edits of a long text: the runs always rebuild the new text and
    // never change more lines than the edits did.
    void randomEdits()
    {
        QRandomGenerator random(20261126);
        QStringList base;
        for (int i = 0; i < 400; ++i)
            base.append(QStringLiteral("line %1").arg(random.bounded(60)));
        for (int round = 0; round < 50; ++round) {
            QStringList edited = base;
            int edits = 0;
            for (int e = 0; e < 8; ++e) {
                const int at = random.bounded(int(edited.size()));
                switch (random.bounded(3)) {
                case 0:
                    edited.removeAt(at);
                    break;
                case 1:
                    edited.insert(at, QStringLiteral("new %1").arg(e));
                    break;
                default:
                    edited[at] = QStringLiteral("changed %1").arg(e);
                    ++edits;
                    break;
                }
                ++edits;
            }
            const DiffRuns runs = LineDiff::compare(views(base), views(edited));
            QCOMPARE(rebuild(base, edited, runs), edited);
            const auto counts = LineDiff::changedLineCounts(runs);
            QVERIFY(counts.first + counts.second <= edits);
        }
    }

    void linesOfText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("final break") << "a\nb\n" << QStringList{"a", "b"};
        QTest::newRow("no final break") << "a\nb" << QStringList{"a", "b"};
        QTest::newRow("crlf") << "a\r\nb\r\n" << QStringList{"a", "b"};
        QTest::newRow("blank lines") << "\n\na" << QStringList{"", "", "a"};
        QTest::newRow("empty") << "" << QStringList{};
    }
    void linesOfText()
    {
        QFETCH(QString, text);
        QStringList lines;
        for (QStringView line : LineDiff::lines(text))
            lines.append(line.toString());
        QTEST(lines, "lines");
    }

    void unified()
    {
        const QString oldText = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n");
        const QString newText = QStringLiteral("1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n");
        const QString expected = QStringLiteral("--- old.md\n+++ new.md\n"
                                                "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
                                                "@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+13\n");
        QCOMPARE(LineDiff::unified(oldText, newText, QStringLiteral("old.md"), QStringLiteral("new.md")), expected);
        QVERIFY(LineDiff::unified(oldText, oldText, QStringLiteral("a"), QStringLiteral("b")).isEmpty());
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lf untouched") << "a\nb\n"
                                      << "a\nc\n"
                                      << "a\nc\n";
        QTest::newRow("crlf unchanged") << "a\r\nb\r\n"
                                        << "a\nb\n"
                                        << "a\r\nb\r\n";
        QTest::newRow("crlf edited line") << "a\r\nb\r\nc\r\n"
                                          << "a\nB\nc\n"
                                          << "a\r\nB\r\nc\r\n";
        QTest::newRow("mixed kept") << "a\r\nb\nc\r\n"
                                    << "a\nb\nc\nd\n"
                                    << "a\r\nb\nc\r\nd\r\n";
        QTest::newRow("append after last line without break") << "a\r\nb"
                                                              << "a\nb\nc"
                                                              << "a\r\nb\r\nc";
        QTest::newRow("final break removed") << "a\r\nb\r\n"
                                             << "a\nb"
                                             << "a\r\nb";
        QTest::newRow("final break added") << "a\r\nb"
                                           << "a\nb\n"
                                           << "a\r\nb\r\n";
        QTest::newRow("lone CR kept") << "a\rb\r\nc\r\n"
                                      << "a\nb\nC\n"
                                      << "a\rb\r\nC\r\n";
        const QString nul(QChar(0));
        const QString shown(QChar(QChar::ReplacementCharacter));
        QTest::newRow("NUL kept on an untouched line") << "a" + nul + "x\r\nb\r\n"
                                                       << "a" + shown + "x\nB\n"
                                                       << "a" + nul + "x\r\nB\r\n";
    }
    void lineEndings()
    {
        QFETCH(QString, original);
        QFETCH(QString, edited);
        QTEST(LineEndings::restore(original, edited), "expected");
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
