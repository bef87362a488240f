// MarkdownOutline: headings (ATX and setext, not in fences or comments), their
// section ranges, line kinds and the section level.

#include "markdownoutline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace arckit;
using namespace Qt::StringLiterals;

namespace {

// "2:Title@3" per heading ("1:Title@1=" for a setext one), joined by " | ":
// level, text, line and form in one readable string.
QString describe(const MarkdownHeadings &headings)
{
    QStringList parts;
    for (const MarkdownHeading &h : headings)
        parts.append(u"%1:%2@%3%4"_s.arg(h.level).arg(h.text).arg(h.line).arg(h.setext ? u"="_s : QString()));
    return parts.join(u" | "_s);
}

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(ARCKIT_TEST_DATA "/validator/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestMarkdownOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("atx levels") << u"# A\n## B\n### C\n#### D\n##### E\n###### F\n####### G\n"_s
                                    << u"1:A@1 | 2:B@2 | 3:C@3 | 4:D@4 | 5:E@5 | 6:F@6"_s;
        QTest::newRow("closing sequence")
            << u"## Title ##\n## Title#\n### ###\n#\n"_s << u"2:Title@1 | 2:Title#@2 | 3:@3 | 1:@4"_s;
        QTest::newRow("no space after marks") << u"#hashtag\n#5 is not a heading\n"_s << QString();
        QTest::newRow("indentation") << u"   ## three spaces\n    ## four spaces\n"_s << u"2:three spaces@1"_s;
        QTest::newRow("tab after marks") << u"##\tTab\n"_s << u"2:Tab@1"_s;
        QTest::newRow("markup kept, spaces trimmed") << u"##   **Bold** title   \n"_s << u"2:**Bold** title@1"_s;
        QTest::newRow("backtick fence") << u"```\n# not\n```\n# yes\n"_s << u"1:yes@4"_s;
        QTest::newRow("tilde fence") << u"~~~\n# not\n~~~\n# yes\n"_s << u"1:yes@4"_s;
        QTest::newRow("longer fence holds shorter") << u"````\n```\n# not\n```\n````\n# yes\n"_s << u"1:yes@6"_s;
        QTest::newRow("info string") << u"```mermaid\n# not\n```\n## yes\n"_s << u"2:yes@4"_s;
        QTest::newRow("other marker does not close") << u"```\n~~~\n# not\n```\n# yes\n"_s << u"1:yes@5"_s;
        QTest::newRow("unclosed fence runs to the end") << u"```\n# not\n# not either\n"_s << QString();
        QTest::newRow("backtick in info string: no fence") << u"``` a`b\n# yes\n"_s << u"1:yes@2"_s;
        QTest::newRow("fence indented in a list item")
            << u"1. step\n   ```bash\n   # comment\n   ```\n# yes\n"_s << u"1:yes@5"_s;
        QTest::newRow("setext") << u"Title\n=====\n\nSub\n---\n"_s << u"1:Title@1= | 2:Sub@4="_s;
        QTest::newRow("setext over two lines") << u"Line one\nline two\n===\n"_s << u"1:Line one line two@1="_s;
        QTest::newRow("rule after a blank line") << u"Text\n\n---\n"_s << QString();
        QTest::newRow("rule after a table") << u"| a | b |\n---\n"_s << QString();
        QTest::newRow("rule after a list") << u"- item\n---\n"_s << QString();
        QTest::newRow("comment block") << u"<!-- x\n# not\n-->\n# yes\n"_s << u"1:yes@4"_s;
        QTest::newRow("one-line comment") << u"<!-- c -->\n# yes\n"_s << u"1:yes@2"_s;
        QTest::newRow("answers block") << u"# A\n<!-- arckit-mlops-answers\n{\n# \"x\": 1\n}\n-->\n## B\n"_s
                                       << u"1:A@1 | 2:B@7"_s;
        QTest::newRow("CRLF") << u"# A\r\n\r\n## B\r\nText\r\n===\r\n"_s << u"1:A@1 | 2:B@3 | 1:Text@4="_s;
        QTest::newRow("no final newline") << u"text\n## Last"_s << u"2:Last@2"_s;
    }

    void headings()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QCOMPARE(describe(MarkdownOutline::parse(markdown).headings()), expected);
    }

    void sectionRanges()
    {
        const MarkdownOutline outline = MarkdownOutline::parse(u"# T\n\n## A\ntext\n### A1\n## B\nx\n"_s);
        QCOMPARE(outline.lineCount(), 7);
        const MarkdownHeadings &h = outline.headings();
        QCOMPARE(h.size(), 4);
        QCOMPARE(h.at(0).endLine, 7); // the title spans the document
        QCOMPARE(h.at(1).endLine, 5); // A ends before B
        QCOMPARE(h.at(2).endLine, 5); // A1 ends with A
        QCOMPARE(h.at(3).endLine, 7);
        QCOMPARE(outline.headingIndexAt(1), 0);
        QCOMPARE(outline.headingIndexAt(4), 1);
        QCOMPARE(outline.headingIndexAt(6), 3);
        QCOMPARE(MarkdownOutline::parse(u"text\n# A\n"_s).headingIndexAt(1), -1);
    }

    void lines()
    {
        const QString text = u"# T\r\n```\ncode\n```\n<!--\nhidden\n-->\n\nprose\n"_s;
        const MarkdownOutline outline = MarkdownOutline::parse(text);
        using K = MarkdownOutline::LineKind;
        QCOMPARE(outline.lineCount(), 9);
        QCOMPARE(outline.line(1), u"# T"_s); // no "\r"
        QCOMPARE(outline.line(9), u"prose"_s);
        QCOMPARE(outline.line(0), QString());
        QCOMPARE(outline.line(10), QString());
        const QList<K> kinds = {K::Heading, K::Fence,   K::Code,  K::Fence, K::Comment,
                                K::Comment, K::Comment, K::Blank, K::Text};
        for (int n = 1; n <= kinds.size(); ++n)
            QCOMPARE(outline.lineKind(n), kinds.at(n - 1));
        QVERIFY(outline.isCode(3));
        QVERIFY(!outline.isCode(9));
        QCOMPARE(outline.lineOffset(2), 5);
        QCOMPARE(outline.lineOffset(100), text.size());
        QCOMPARE(outline.lineAtOffset(0), 1);
        QCOMPARE(outline.lineAtOffset(6), 2);
        QCOMPARE(outline.lineAtOffset(text.size() - 1), 9);
    }

    void sectionLevel_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("level");
        QTest::newRow("empty") << QString() << 2;
        QTest::newRow("title and H2 sections") << u"# T\n## A\n### B\n"_s << 2;
        QTest::newRow("several H1") << u"# A\n## x\n# B\n"_s << 1;
        QTest::newRow("H2 only") << u"## A\n### B\n"_s << 2;
        QTest::newRow("H3 only") << u"### A\n#### B\n"_s << 3;
        QTest::newRow("a lone title") << u"# Only\n"_s << 1;
        QTest::newRow("title then H3 sections") << u"# T\n### A\n### B\n"_s << 3;
        QTest::newRow("numbered H2 under grouping H1s")
            << u"# T\n## Document Control\n# Part 1\n## 1. A\n## 2. B\n# Part 2\n## 3. C\n### 3.1 D\n"_s << 2;
        QTest::newRow("numbered H1, numbered H2 below")
            << u"# 1. A\n## 1.1 x\n# 2. B\n## 2.1 y\n## 2.2 z\n# 3. C\n"_s << 1;
    }

    void sectionLevel()
    {
        QFETCH(QString, markdown);
        QFETCH(int, level);
        QCOMPARE(MarkdownOutline::parse(markdown).sectionLevel(), level);
    }

    void longDocument()
    {
        const QString text = readFixture(u"long-mlops.md"_s);
        QVERIFY2(!text.isEmpty(), "tests/data/validator/long-mlops.md is missing");
        const MarkdownOutline outline = MarkdownOutline::parse(text);
        QCOMPARE(outline.sectionLevel(), 2);
        int h2 = 0;
        for (const MarkdownHeading &h : outline.headings()) {
            h2 += h.level == 2 ? 1 : 0;
            QVERIFY2(!h.text.startsWith(u"Model Card:"), "a heading inside the fenced model card was taken");
        }
        QCOMPARE(h2, 19); // Document Control, Revision History, 1-15, Approval, External References
        QCOMPARE(outline.headings().first().text, u"MLOps Strategy"_s);
        QVERIFY(outline.lineCount() > 1300);
    }

    // Pathological input stays linear and never crashes.
    void hugeInput_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("headings");
        QTest::newRow("1 MB of #") << QString(1 << 20, u'#') << 0;
        QTest::newRow("1 MB of backticks") << QString(1 << 20, u'`') << 0;
        QTest::newRow("1 MB heading") << u"## "_s + QString(1 << 20, u'x') << 1;
        QTest::newRow("100k fences") << u"```\n"_s.repeated(100000) + u"# after\n"_s << 1;
        QTest::newRow("100k setext lines") << u"a\n"_s.repeated(100000) + u"===\n"_s << 1;
        QTest::newRow("unclosed comment") << u"<!--\n"_s + u"# x\n"_s.repeated(10000) << 0;
    }

    void hugeInput()
    {
        QFETCH(QString, markdown);
        QFETCH(int, headings);
        QElapsedTimer timer;
        timer.start();
        const MarkdownOutline outline = MarkdownOutline::parse(markdown);
        QCOMPARE(outline.headings().size(), headings);
        qInfo("parsed %lld characters in %lld ms", qlonglong(markdown.size()), qlonglong(timer.elapsed()));
    }

    void benchmarkLongDocument()
    {
        const QString text = readFixture(u"long-mlops.md"_s);
        QVERIFY(!text.isEmpty());
        MarkdownOutline outline;
        QBENCHMARK
        {
            outline = MarkdownOutline::parse(text);
        }
        QVERIFY(outline.headings().size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownOutline)
#include "tst_markdownoutline.moc"
