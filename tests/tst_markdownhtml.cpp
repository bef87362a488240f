// MarkdownHtml: md4c's GitHub dialect, raw HTML escaped, mermaid blocks,
// data-line attributes on top-level blocks, and speed on a long document.

#include "markdownhtml.h"

#include <QRegularExpression>
#include <QTest>

using arckit::MarkdownHtml;

class TestMarkdownHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void untrustedInput_data();
    void untrustedInput();
    void blockLines_data();
    void blockLines();
    void blocksAreOneElementEach();
    void blockHtmlIndependentOfLine();
    void dataLineAttributes();
    void headingIds();
    void emptyAndOddInput();
    void md4cVersion();
    void longDocument();
};

void TestMarkdownHtml::html_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected"); // fragments that must appear

    QTest::newRow("table") << QStringLiteral("| Name | Value |\n|:-----|------:|\n| a | 1 |\n| b | 2 |\n")
                           << QStringList{QStringLiteral("<table>"),
                                          QStringLiteral("<th align=\"left\">Name</th>"),
                                          QStringLiteral("<th align=\"right\">Value</th>"),
                                          QStringLiteral("<td align=\"left\">b</td>"),
                                          QStringLiteral("<td align=\"right\">2</td>"),
                                          QStringLiteral("</table>")};
    QTest::newRow("task list")
        << QStringLiteral("- [ ] open\n- [x] done\n")
        << QStringList{
               QStringLiteral("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                              "disabled>open</li>"),
               QStringLiteral("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>done")};
    QTest::newRow("strikethrough") << QStringLiteral("This is ~~gone~~ here.")
                                   << QStringList{QStringLiteral("<del>gone</del>")};
    QTest::newRow("emphasis and code") << QStringLiteral("*a* **b** `c < d`")
                                       << QStringList{QStringLiteral("<em>a</em>"),
                                                      QStringLiteral("<strong>b</strong>"),
                                                      QStringLiteral("<code>c &lt; d</code>")};
    QTest::newRow("mermaid fence") << QStringLiteral("```mermaid\ngraph TD\n  A-->B\n```\n")
                                   << QStringList{
                                          QStringLiteral("<pre class=\"mermaid\">graph TD\n  A--&gt;B\n</pre>")};
    QTest::newRow("other fence") << QStringLiteral("```cpp\nint x = a < b;\n```\n")
                                 << QStringList{QStringLiteral(
                                        "<pre><code class=\"language-cpp\">int x = a &lt; b;\n</code></pre>")};
    QTest::newRow("ordered list start") << QStringLiteral("3. three\n4. four\n")
                                        << QStringList{QStringLiteral("<ol start=\"3\">"),
                                                       QStringLiteral("<li>three</li>")};
    QTest::newRow("www autolink") << QStringLiteral("See www.example.com now")
                                  << QStringList{
                                         QStringLiteral("<a href=\"http://www.example.com\">www.example.com</a>")};
    QTest::newRow("link with title")
        << QStringLiteral("[x](https://example.com/a?b=1&c=2 \"T \\\"q\\\"\")")
        << QStringList{QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\" title=\"T &quot;q&quot;\">x</a>")};
    QTest::newRow("image alt has no tags")
        << QStringLiteral("![a *b* c](pic.png \"t\")")
        << QStringList{QStringLiteral("<img src=\"pic.png\" alt=\"a b c\" title=\"t\">")};
    QTest::newRow("entity") << QStringLiteral("AT&amp;T &copy;") << QStringList{QStringLiteral("AT&amp;T &copy;")};
    QTest::newRow("blockquote") << QStringLiteral("> quoted\n")
                                << QStringList{QStringLiteral("<blockquote>\n<p>quoted</p>\n</blockquote>")};
    QTest::newRow("hard break") << QStringLiteral("one  \ntwo") << QStringList{QStringLiteral("one<br>\ntwo")};
}

void TestMarkdownHtml::html()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    // The blocks' HTML, without the data-line attributes toHtml() adds.
    QString html;
    for (const MarkdownHtml::Block &block : MarkdownHtml::toBlocks(markdown))
        html += block.html + u'\n';
    for (const QString &fragment : expected)
        QVERIFY2(html.contains(fragment), qPrintable(QStringLiteral("missing %1 in %2").arg(fragment, html)));
}

void TestMarkdownHtml::untrustedInput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("script block") << QStringLiteral("<script>alert(1)</script>\n")
                                  << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("inline img onerror") << QStringLiteral("text <img src=x onerror=alert(1)> more")
                                        << QStringLiteral("&lt;img src=x onerror=alert(1)&gt;");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://example.com\"></iframe>\n")
                            << QStringLiteral("&lt;iframe src=&quot;https://example.com&quot;&gt;");
    QTest::newRow("html comment") << QStringLiteral("<!-- hidden -->\n") << QStringLiteral("&lt;!-- hidden --&gt;");
    QTest::newRow("quote in url") << QStringLiteral("[x](<a\" onmouseover=\"alert(1)>)")
                                  << QStringLiteral("href=\"a%22%20onmouseover=%22alert(1)\"");
}

void TestMarkdownHtml::untrustedInput()
{
    QFETCH(QString, markdown);
    QFETCH(QString, mustContain);
    const QString html = MarkdownHtml::toHtml(markdown);
    QVERIFY2(html.contains(mustContain), qPrintable(html));
    // No tag other than the ones md4c writes itself.
    static const QRegularExpression foreignTag(QStringLiteral("<(script|iframe|img|!--)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!html.contains(foreignTag), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String(" onmouseover=")));
}

void TestMarkdownHtml::blockLines_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("mixed") << QStringLiteral(
                                  "# Title\n\nPara one\ncontinues\n\n---\n\n```mermaid\ngraph TD\nA-->B\n```\n\n"
                                  "- [ ] task\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
                           << QList<int>{1, 3, 6, 8, 13, 16};
    QTest::newRow("empty fenced code") << QStringLiteral("para\n\n```\n```\n\nafter\n") << QList<int>{1, 3, 6};
    QTest::newRow("rule after code") << QStringLiteral("```\ncode\n```\n\n***\n") << QList<int>{1, 5};
    QTest::newRow("setext heading") << QStringLiteral("Title\n=====\n\ntext\n") << QList<int>{1, 4};
    QTest::newRow("blockquote") << QStringLiteral("> quote\n> more\n\ntext") << QList<int>{1, 4};
    QTest::newRow("indented code") << QStringLiteral("para\n\n    code\n\ntext") << QList<int>{1, 3, 5};
    QTest::newRow("fence with info") << QStringLiteral("\n```cpp\nint x;\n```\n") << QList<int>{2};
    QTest::newRow("leading blank lines") << QStringLiteral("\n\n\n# H\n") << QList<int>{4};
    QTest::newRow("crlf") << QStringLiteral("a\r\n\r\nb\r\n") << QList<int>{1, 3};
    QTest::newRow("list items over lines") << QStringLiteral("1. one\n2. two\n\n   more\n\nend") << QList<int>{1, 6};
}

void TestMarkdownHtml::blockLines()
{
    QFETCH(QString, markdown);
    QFETCH(QList<int>, lines);
    QList<int> actual;
    for (const MarkdownHtml::Block &block : MarkdownHtml::toBlocks(markdown))
        actual.append(block.line);
    QCOMPARE(actual, lines);
}

void TestMarkdownHtml::blocksAreOneElementEach()
{
    const auto blocks =
        MarkdownHtml::toBlocks(QStringLiteral("# A\n\ntext\n\n- x\n- y\n\n> q\n\n---\n\n| a |\n|---|\n| 1 |\n"));
    QCOMPARE(blocks.size(), 6);
    static const QRegularExpression element(QStringLiteral(R"(^(<hr>|<(\w+)[ >][\s\S]*</\2>)$)"));
    for (const auto &block : blocks)
        QVERIFY2(element.match(block.html).hasMatch(), qPrintable(block.html));
}

void TestMarkdownHtml::blockHtmlIndependentOfLine()
{
    // Inserting lines above shifts the line numbers, not the blocks' HTML:
    // the preview relies on that to patch only what changed.
    const auto before = MarkdownHtml::toBlocks(QStringLiteral("# A\n\ntext\n\n- x\n"));
    const auto after = MarkdownHtml::toBlocks(QStringLiteral("# A\n\n\n\ntext\n\n- x\n"));
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i).html, before.at(i).html);
    QCOMPARE(after.at(1).line, before.at(1).line + 2);
}

void TestMarkdownHtml::dataLineAttributes()
{
    const QString html = MarkdownHtml::toHtml(QStringLiteral("# Title\n\ntext\n\n```mermaid\nA-->B\n```\n"));
    QVERIFY2(html.contains(QLatin1String("<h1 data-line=\"1\" id=\"title\">Title</h1>")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<p data-line=\"3\">text</p>")));
    QVERIFY(html.contains(QLatin1String("<pre data-line=\"5\" class=\"mermaid\">")));
    // Only top-level blocks carry the attribute.
    const QString nested = MarkdownHtml::toHtml(QStringLiteral("- a\n- b\n"));
    QCOMPARE(nested.count(QLatin1String("data-line")), 1);
}

void TestMarkdownHtml::headingIds()
{
    const QString html = MarkdownHtml::toHtml(QStringLiteral(
        "## 1. Executive Summary\n\n## Executive   `Code` Ünïcode!\n\n## 1. Executive Summary\n\n## ***\n"));
    QVERIFY2(html.contains(QLatin1String("id=\"1-executive-summary\"")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("id=\"executive---code-ünïcode\"")));
    QVERIFY(html.contains(QLatin1String("id=\"1-executive-summary-1\"")));
    QVERIFY(html.contains(QLatin1String("id=\"section\"")));
}

void TestMarkdownHtml::emptyAndOddInput()
{
    QVERIFY(MarkdownHtml::toHtml(QString()).isEmpty());
    QVERIFY(MarkdownHtml::toBlocks(QStringLiteral("\n\n   \n")).isEmpty());
    // Not UTF-8, NUL bytes, an unterminated fence and a broken table: no
    // crash, every byte accounted for.
    const QByteArray odd("\xff\xfe bad \x00 nul\n\n```\nnever closed\n\n| a | b\n|--\n| 1 | 2 | 3 |\n", 56);
    const QByteArray html = MarkdownHtml::toHtml(odd);
    QVERIFY(html.contains("\xEF\xBF\xBD")); // NUL became U+FFFD
    QVERIFY(html.contains("never closed"));
    QVERIFY(!html.contains('\0'));
}

void TestMarkdownHtml::md4cVersion()
{
    static const QRegularExpression version(QStringLiteral(R"(^\d+\.\d+\.\d+$)"));
    QVERIFY2(version.match(MarkdownHtml::md4cVersion()).hasMatch(), qPrintable(MarkdownHtml::md4cVersion()));
}

void TestMarkdownHtml::longDocument()
{
    // About 45 KB, the size of a filled-in MLOps strategy.
    QString markdown;
    for (int section = 1; markdown.size() < 45 * 1024; ++section) {
        markdown += QStringLiteral("## %1. Section %1\n\nSome **bold** text with a [link](https://example.com/%1) "
                                   "and `code`, continuing\nover a second line.\n\n"
                                   "| Requirement | Priority | Status |\n|---|---|---|\n"
                                   "| FR-%1 | MUST | ~~open~~ done |\n| NFR-%1 | SHOULD | open |\n\n"
                                   "- [x] first task\n- [ ] second task\n\n")
                        .arg(section);
        if (section % 5 == 0)
            markdown += QStringLiteral("```mermaid\ngraph LR\n  A%1-->B%1\n```\n\n").arg(section);
    }
    QList<MarkdownHtml::Block> blocks;
    QBENCHMARK
    {
        blocks = MarkdownHtml::toBlocks(markdown);
    }
    QVERIFY(blocks.size() > 300);
    QElapsedTimer timer;
    timer.start();
    const QString html = MarkdownHtml::toHtml(markdown);
    // Generous: about 1 ms on a developer machine; this guards against a
    // quadratic slip, not against a busy build machine.
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(html.contains(QLatin1String("<pre data-line=")));
    QCOMPARE(html.count(QLatin1String("<table")), markdown.count(QLatin1String("| Requirement |")));
}

QTEST_GUILESS_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"
