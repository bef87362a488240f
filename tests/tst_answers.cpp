#include "answers.h"
#include "answersblock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace arckit;

class TestAnswers : public QObject
{
    Q_OBJECT
private:
    static Answers filled()
    {
        Answers answers;
        for (const QString &field : Answers::fieldNames()) {
            const QVariant current = answers.value(field);
            if (current.typeId() == QMetaType::QStringList)
                answers.setValue(field, QStringList{field + QStringLiteral("-a"), field + QStringLiteral("-b")});
            else if (current.typeId() == QMetaType::Int)
                answers.setValue(field, 3);
            else if (current.typeId() == QMetaType::Bool)
                answers.setValue(field, true);
            else
                answers.setValue(field, QString(field + QStringLiteral(" value -- with \"quotes\" and -->")));
        }
        answers.models = {{QStringLiteral("ML-001"),
                           QStringLiteral("Defect grader"),
                           QStringLiteral("Computer vision"),
                           QStringLiteral("PyTorch"),
                           QStringLiteral("Grade"),
                           QStringLiteral("High"),
                           QStringLiteral("Team"),
                           {},
                           {},
                           {},
                           {},
                           {}}};
        answers.dataSources = {{QStringLiteral("Images"), QStringLiteral("File"), QStringLiteral("Daily"),
                                QStringLiteral("2 TB"), QStringLiteral("No"), QStringLiteral("Ops")}};
        answers.sources.insert(QStringLiteral("riskLevel"), QStringLiteral("projects/001-a/ARC-001-AIPB-v1.0.md:12"));
        return answers;
    }

private Q_SLOTS:
    // A value changed by hand loses the document's citation; the same value
    // set again (the wizard storing an untouched field) keeps it.
    void changingAValueDropsItsSource()
    {
        Answers answers;
        answers.servingCost = QStringLiteral("£40,000 (Amazon Bedrock)");
        answers.sources.insert(QStringLiteral("servingCost"), QStringLiteral("research/ARC-001-AWRS-v1.0.md:891"));
        answers.sources.insert(QStringLiteral("owner"), QStringLiteral("ARC-001-REQ-v1.0.md:12"));
        answers.owner = QStringLiteral("Head of Digital");
        QVERIFY(answers.setValue(QStringLiteral("owner"), QStringLiteral("Head of Digital")));
        QVERIFY(answers.sources.contains(QStringLiteral("owner")));
        QVERIFY(answers.setValue(QStringLiteral("servingCost"), QStringLiteral("£12,000")));
        QVERIFY(!answers.sources.contains(QStringLiteral("servingCost")));
        QVERIFY(answers.sources.contains(QStringLiteral("owner")));
        QVERIFY(!answers.setValue(QStringLiteral("noSuchField"), QStringLiteral("x")));
    }
    void jsonRoundTrip()
    {
        const Answers answers = filled();
        QStringList errors;
        const Answers back = Answers::fromJson(answers.toJson(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back.toJson(), answers.toJson());
        QCOMPARE(back.models, answers.models);
        QCOMPARE(back.dataSources, answers.dataSources);
        QCOMPARE(back.sources, answers.sources);
    }
    void everyFieldIsInTheJson()
    {
        const QJsonObject json = Answers().toJson();
        for (const QString &field : Answers::fieldNames())
            QVERIFY2(json.contains(field), qPrintable(field));
        QVERIFY(json.contains(QLatin1String("models")));
        QVERIFY(json.contains(QLatin1String("dataSources")));
    }
    void wrongTypesAreReportedAndIgnored_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("string as number") << QByteArray(R"({"currentMaturity": "two"})") << "currentMaturity";
        QTest::newRow("number as string") << QByteArray(R"({"owner": 5})") << "owner";
        QTest::newRow("string as list") << QByteArray(R"({"useCases": "genai"})") << "useCases";
        QTest::newRow("out of range") << QByteArray(R"({"targetMaturity": 9})") << "maturity";
    }
    void wrongTypesAreReportedAndIgnored()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, complaint);
        QStringList errors;
        const Answers answers = Answers::fromJson(QJsonDocument::fromJson(json).object(), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(complaint), qPrintable(errors.first()));
        QVERIFY(answers.owner.isEmpty());
        QVERIFY(answers.targetMaturity <= 4);
    }
    void unknownKeysAreIgnored()
    {
        QStringList errors;
        const Answers answers = Answers::fromJson(
            QJsonObject{{QStringLiteral("future"), 1}, {QStringLiteral("owner"), QStringLiteral("Ann")}}, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(answers.owner, QStringLiteral("Ann"));
    }
    void derived()
    {
        Answers answers;
        QVERIFY(!answers.usesGenAi());
        answers.useCases = {QStringLiteral("genai")};
        QVERIFY(answers.usesGenAi());
        answers.regime = QStringLiteral("mod");
        QVERIFY(answers.isMod());
        QVERIFY(answers.isUkGovernment());
        answers.regime = QStringLiteral("commercial");
        QVERIFY(!answers.isUkGovernment());
        QCOMPARE(Answers::maturityLabel(2), QStringLiteral("Level 2 (CI/CD for ML)"));
        QVERIFY(Answers::maturityLabel(7).isEmpty());
        QCOMPARE(Answers::useCaseKeys().size(), 9);
        QCOMPARE(Answers::modelTypeKeys().size(), 4);
    }
    void blockRoundTripsThroughMarkdown()
    {
        const Answers answers = filled();
        const QString markdown =
            QStringLiteral("# Doc\n\ntext\n\n") + AnswersBlock::format(answers) + QStringLiteral("\n");
        // An HTML comment must not be closed early by the answers' own text.
        QCOMPARE(markdown.count(QLatin1String("-->")), 1);
        QString error;
        const auto back = AnswersBlock::extract(markdown, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), answers.toJson());
    }
    void blockReplaceKeepsTheRest()
    {
        Answers first;
        first.owner = QStringLiteral("First");
        Answers second;
        second.owner = QStringLiteral("Second");
        const QString original =
            QStringLiteral("# Doc\r\n\r\nbody\r\n\r\n") + AnswersBlock::format(first) + QStringLiteral("\r\ntail\r\n");
        const QString replaced = AnswersBlock::replace(original, second);
        QVERIFY(replaced.startsWith(QLatin1String("# Doc\r\n\r\nbody\r\n\r\n")));
        QVERIFY(replaced.endsWith(QLatin1String("\r\ntail\r\n")));
        QCOMPARE(AnswersBlock::extract(replaced)->owner, QStringLiteral("Second"));
        const QString appended = AnswersBlock::replace(QStringLiteral("# Doc"), second);
        QCOMPARE(AnswersBlock::extract(appended)->owner, QStringLiteral("Second"));
    }
    void brokenBlock()
    {
        QString error;
        QVERIFY(!AnswersBlock::extract(QStringLiteral("<!-- arckit-mlops-answers\n{not json\n-->"), &error));
        QVERIFY(error.contains(QLatin1String("JSON")));
        QVERIFY(!AnswersBlock::extract(QStringLiteral("<!-- arckit-mlops-answers\n{}"), &error));
        QVERIFY(error.contains(QLatin1String("not closed")));
        QVERIFY(!AnswersBlock::extract(QStringLiteral("# nothing here")));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
