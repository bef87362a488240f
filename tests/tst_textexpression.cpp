// TextExpression skips PCRE2's UTF-16 check on texts without surrogates and
// keeps it on texts with some: the surrogate test must never miss one (an
// unchecked invalid text is undefined behaviour in PCRE2), and matches must be
// those of QRegularExpression.

#include "textexpression.h"

#include <QTest>

using namespace arckit;

class TestTextExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void surrogates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ascii") << QStringLiteral("The model MUST respond within 2 seconds.") << false;
        QTest::newRow("accents and symbols")
            << QString::fromUtf8("Pen-y-bont, café, ≥ 95 %, £1.5M — “quoted”") << false;
        QTest::newRow("last of BMP") << QString(QChar(0xFFFF)).repeated(9) << false;
        QTest::newRow("just below surrogates") << QString(QChar(0xD7FF)).repeated(9) << false;
        QTest::newRow("just above surrogates") << QString(QChar(0xE000)).repeated(9) << false;
        QTest::newRow("emoji pair") << QString::fromUtf8("Done \xF0\x9F\x98\x80 today") << true;
        // A lone half at every position of a four-unit block, and in the tail.
        for (int length : {1, 2, 3, 4, 5, 7, 8, 9, 13})
            for (int at = 0; at < length; ++at)
                for (const char16_t half : {u'\xD800', u'\xDBFF', u'\xDC00', u'\xDFFF'}) {
                    QString text(length, QLatin1Char('a'));
                    text[at] = QChar(half);
                    QTest::addRow("lone %04x at %d of %d", unsigned(half), at, length) << text << true;
                }
    }
    void surrogates()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(TextExpression::hasSurrogates(text), expected);
    }

    void matchesAsQRegularExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("The classifier MUST route each letter.");
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80 The classifier MUST route each letter.");
        QTest::newRow("lone high") << QStringLiteral("The classifier ") + QChar(0xD800) +
                                          QStringLiteral(" MUST route.");
        QTest::newRow("lone low at end") << QStringLiteral("The classifier MUST route.") + QChar(0xDC00);
    }
    void matchesAsQRegularExpression()
    {
        QFETCH(QString, text);
        const QString pattern = QStringLiteral("\\bclassifier\\b.*?\\bMUST\\b");
        const TextExpression fast(pattern, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression checked(pattern, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch a = fast.match(text);
        const QRegularExpressionMatch b = checked.match(text);
        QCOMPARE(a.hasMatch(), b.hasMatch());
        QCOMPARE(a.capturedStart(), b.capturedStart());
        QCOMPARE(a.captured(), b.captured());
        QCOMPARE(fast.match(QStringView(text)).hasMatch(), b.hasMatch());
        int fastCount = 0;
        for (auto it = fast.globalMatch(text); it.hasNext(); it.next())
            ++fastCount;
        int checkedCount = 0;
        for (auto it = checked.globalMatch(text); it.hasNext(); it.next())
            ++checkedCount;
        QCOMPARE(fastCount, checkedCount);
    }

    // The match keeps a QString subject: captures outlive the temporary it was made from.
    void capturesOutliveATemporarySubject()
    {
        const TextExpression number(QStringLiteral("(\\d+) ms"));
        const QRegularExpressionMatch match = number.match(QStringLiteral("within 250 ms").toUpper().toLower());
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QStringLiteral("250"));
    }
};

QTEST_GUILESS_MAIN(TestTextExpression)
#include "tst_textexpression.moc"
