// WordIndex: the lines a rule looks at first. It must find every line a rule's
// expression could match (a superset), never miss one.

#include "profiledocument.h"
#include "wordindex.h"

#include <QRegularExpression>
#include <QTest>

using namespace arckit;
using namespace Qt::StringLiterals;

class TestWordIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QList<int>>("lines");
        const QString text = u"# Title\n"
                             u"The model is deployed on SageMaker.\n"
                             u"Deployment uses GPT-4o and self-hosted Llama3.\n"
                             u"It lived here; it is live now.\n"
                             u"\n"
                             u"Amazon OpenSearch stores the embeddings; Azure ML trains.\r\n"
                             u"Résumé parsing, naïve déploiement.\n"_s;
        QTest::newRow("long word: prefix of six") << text << "deployed" << QList<int>{2, 3};
        QTest::newRow("mixed case") << text << "sagemaker" << QList<int>{2};
        QTest::newRow("short word: exact") << text << "live" << QList<int>{4};
        QTest::newRow("letters split at digits") << text << "gpt" << QList<int>{3};
        QTest::newRow("letters split at digits 2") << text << "llama" << QList<int>{3};
        QTest::newRow("split at hyphen") << text << "hosted" << QList<int>{3};
        QTest::newRow("compound is its own word") << text << "search" << QList<int>{};
        QTest::newRow("compound found by its own name") << text << "opensearch" << QList<int>{6};
        QTest::newRow("plural by prefix") << text << "embedding" << QList<int>{6};
        QTest::newRow("after CRLF") << text << "parsing" << QList<int>{7};
        QTest::newRow("non-ASCII letters split words") << text << "naive" << QList<int>{};
        QTest::newRow("absent") << text << "kubeflow" << QList<int>{};
        QTest::newRow("empty text") << QString() << "model" << QList<int>{};
    }
    void lines()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        const QByteArray latin1 = word.toLatin1();
        QTEST(WordIndex(text).linesWith(QLatin1StringView(latin1)), "lines");
    }

    void anyIsAscendingUnion()
    {
        const WordIndex index(u"beta\nalpha\nnothing\nalpha beta\npilot\n"_s);
        QCOMPARE(index.linesWithAny({"pilot"_L1, "beta"_L1, "alpha"_L1, "absent"_L1}), (QList<int>{1, 2, 4, 5}));
        QCOMPARE(index.linesWithAny({}), QList<int>{});
    }

    // The promise the rules rely on: every line an expression matches is among
    // the lines holding one of the words that expression needs.
    void supersetOfExpressionMatches()
    {
        QString text;
        const QStringList sentences = {
            u"The system is currently in production."_s, u"Models are deployed to 4 million users nationwide."_s,
            u"We are in the Alpha phase."_s, u"An enterprise-wide portfolio of models."_s, u"Nothing to see."_s};
        for (int i = 0; i < 200; ++i)
            text += sentences.at(i % sentences.size()) + u'\n';
        const ProfileDocument document = ProfileDocument::create(u"REQ"_s, u"r.md"_s, text);
        const QRegularExpression scale(u"\\b\\d+\\s*(million|m)\\b[^.|]{0,40}\\b(users)\\b|\\bnationwide\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
        const QList<int> candidates = document.words.linesWithAny({"million"_L1, "m"_L1, "national"_L1});
        for (int number = 1; number <= document.lineCount(); ++number)
            if (scale.match(document.line(number)).hasMatch())
                QVERIFY2(candidates.contains(number), qPrintable(document.line(number)));
        QCOMPARE(candidates.size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestWordIndex)
#include "tst_wordindex.moc"
