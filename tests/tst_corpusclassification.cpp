// Acceptance test on real ArcKit repositories (only when the corpus is
// present): extracts and classifies the requirements of each corpus REQ
// document and compares them with hand labels in tests/data/corpus-labels/
// (id, ml 0/1, reason). Reports precision and recall per repository and
// overall, next to what a plain keyword match gets on the same labels.

#include "corpuspresence.h"
#include "mlclassifier.h"
#include "requirement.h"
#include "requirementextractor.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace arckit;

namespace {

struct Counts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int trueNegatives = 0;

    void add(bool predicted, bool actual)
    {
        if (predicted && actual)
            ++truePositives;
        else if (predicted)
            ++falsePositives;
        else if (actual)
            ++falseNegatives;
        else
            ++trueNegatives;
    }
    void add(const Counts &other)
    {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        trueNegatives += other.trueNegatives;
    }
    double precision() const
    {
        const int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : double(truePositives) / predicted;
    }
    double recall() const
    {
        const int actual = truePositives + falseNegatives;
        return actual == 0 ? 1.0 : double(truePositives) / actual;
    }
    QString format() const
    {
        return QStringLiteral("precision %1 recall %2 (TP %3, FP %4, FN %5, TN %6)")
            .arg(precision(), 0, 'f', 3)
            .arg(recall(), 0, 'f', 3)
            .arg(truePositives)
            .arg(falsePositives)
            .arg(falseNegatives)
            .arg(trueNegatives);
    }
};

struct Label
{
    bool ml = false;
    QString reason;
};

// "id<TAB>ml<TAB>reason" lines; '#' starts a comment. A "# system terms:
// a; b" comment lists the ML capabilities and services the project's
// documents name (what its ML system profile hands the classifier).
QHash<QString, Label> readLabels(const QString &path, QStringList &order, QString &error,
                                 QStringList *systemTerms = nullptr)
{
    QHash<QString, Label> labels;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1").arg(path);
        return labels;
    }
    int number = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++number;
        const QString line = raw.trimmed();
        static const QString termsPrefix = QStringLiteral("# system terms:");
        if (systemTerms && line.startsWith(termsPrefix)) {
            for (const QString &term : line.mid(termsPrefix.size()).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                systemTerms->append(term.trimmed());
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 3 || (fields[1] != QLatin1String("0") && fields[1] != QLatin1String("1"))) {
            error = QStringLiteral("%1:%2: expected id<TAB>0|1<TAB>reason").arg(path).arg(number);
            return labels;
        }
        if (labels.contains(fields[0])) {
            error = QStringLiteral("%1:%2: %3 labelled twice").arg(path).arg(number).arg(fields[0]);
            return labels;
        }
        labels.insert(fields[0], {fields[1] == QLatin1String("1"), fields[2]});
        order.append(fields[0]);
    }
    return labels;
}

// The search the ArcKit mlops command itself suggests ("search for 'model',
// 'ML', 'AI', 'predict'"), as whole words with AI/ML in capitals: the plain
// keyword match the classifier is compared with.
bool commandKeywords(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetterOrNumber())
            ++i;
        const QStringView word = QStringView(text).mid(start, i - start);
        if (word == QLatin1String("AI") || word == QLatin1String("ML"))
            return true;
        const QString lower = word.toString().toLower();
        if (lower == QLatin1String("model") || lower == QLatin1String("models") ||
            lower.startsWith(QLatin1String("predict")))
            return true;
    }
    return false;
}

// The latest REQ document of the repository's first numbered project.
QString requirementsDocument(const QString &repository)
{
    const QDir projects(repository + QStringLiteral("/projects"));
    const QStringList dirs = projects.entryList({QStringLiteral("[0-9][0-9][0-9]-*")}, QDir::Dirs, QDir::Name);
    for (const QString &dir : dirs) {
        if (dir.startsWith(QLatin1String("000-")))
            continue;
        QStringList docs = QDir(projects.filePath(dir)).entryList({QStringLiteral("ARC-*-REQ-v*.md")}, QDir::Files);
        if (docs.isEmpty())
            continue;
        // "v1.10" after "v1.9": compare the version numbers, not the text.
        std::sort(docs.begin(), docs.end(), [](const QString &a, const QString &b) {
            const auto version = [](const QString &name) {
                const QString v = name.section(QStringLiteral("-v"), -1).chopped(3);
                return std::make_pair(v.section(QLatin1Char('.'), 0, 0).toInt(),
                                      v.section(QLatin1Char('.'), 1, 1).toInt());
            };
            return version(a) < version(b);
        });
        return projects.filePath(dir + QLatin1Char('/') + docs.last());
    }
    return {};
}

// Repositories labelled after the rules were first written (and before they
// were revised): their figures say how the rules generalise, so their floors
// are lower than those of the first three.
bool labelledAfterTuning(const QString &name)
{
    return name == QLatin1String("uae-caio-playbook") || name == QLatin1String("ai-training-marketplace");
}

} // namespace

class TestCorpusClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repository_data();
    void repository();
    void overall();

private:
    QString m_corpus;
    Counts m_classifier;
    Counts m_termsClassifier;
    Counts m_tuned; // the repositories whose labels the rules were first written against
    Counts m_keywords;
    Counts m_commandKeywords;
    int m_repositories = 0;
};

void TestCorpusClassification::initTestCase()
{
    m_corpus = QStringLiteral(ARCKIT_CORPUS_DIR);
    ARCKIT_REQUIRE_CORPUS(m_corpus);
}

void TestCorpusClassification::repository_data()
{
    QTest::addColumn<QString>("name");
    const QStringList labelFiles = QDir(QStringLiteral(ARCKIT_TEST_DATA "/corpus-labels"))
                                       .entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString &file : labelFiles) {
        const QString name = file.chopped(4);
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestCorpusClassification::repository()
{
    QFETCH(QString, name);
    const QString repository = m_corpus + QLatin1Char('/') + name;
    if (!QDir(repository).exists())
        ARCKIT_REQUIRE_CORPUS(repository);
    const QString path = requirementsDocument(repository);
    QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("no REQ document in %1").arg(repository)));

    QStringList order;
    QString error;
    QStringList systemTerms;
    const QHash<QString, Label> labels = readLabels(
        QStringLiteral(ARCKIT_TEST_DATA "/corpus-labels/") + name + QStringLiteral(".tsv"), order, error, &systemTerms);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Requirements requirements =
        RequirementExtractor().extract(QString::fromUtf8(file.readAll()), QDir(repository).relativeFilePath(path));
    // With the project's own ML vocabulary, as the ML system profile gives it.
    Requirements withTerms = requirements;
    MlClassifier().classify(withTerms, systemTerms);
    MlClassifier().classify(requirements);

    QHash<QString, const Requirement *> byId;
    QStringList unlabelled;
    for (const Requirement &r : std::as_const(requirements)) {
        byId.insert(r.id, &r);
        if (!labels.contains(r.id))
            unlabelled.append(r.id);
    }
    // Extraction recall: every labelled requirement is found.
    QStringList missing;
    for (const QString &id : std::as_const(order)) {
        if (!byId.contains(id))
            missing.append(id);
    }
    if (!unlabelled.isEmpty())
        qWarning("%s: extracted but not labelled: %s", qPrintable(name),
                 qPrintable(unlabelled.join(QLatin1String(", "))));

    QHash<QString, const Requirement *> byIdWithTerms;
    for (const Requirement &r : std::as_const(withTerms))
        byIdWithTerms.insert(r.id, &r);

    Counts classifier;
    Counts termsClassifier;
    Counts keywords;
    Counts command;
    for (const QString &id : std::as_const(order)) {
        const Requirement *r = byId.value(id);
        if (!r)
            continue;
        const Label &label = labels[id];
        classifier.add(r->ml, label.ml);
        const Requirement *t = byIdWithTerms.value(id);
        termsClassifier.add(t->ml, label.ml);
        if (!systemTerms.isEmpty() && t->ml != label.ml)
            qInfo("%s with system terms %s %s (%s): labelled %d; %s", qPrintable(name), t->ml ? "FP" : "FN",
                  qPrintable(id), qPrintable(t->title), int(label.ml),
                  qPrintable(t->evidence.join(QLatin1String("; "))));
        const QString text = r->title + QLatin1Char('\n') + r->body;
        keywords.add(!MlClassifier::matchedTerms(text).isEmpty(), label.ml);
        command.add(commandKeywords(text), label.ml);
        if (r->ml != label.ml)
            qInfo("%s %s %s (%s): labelled %d (%s); %s", qPrintable(name), r->ml ? "FP" : "FN", qPrintable(id),
                  qPrintable(r->title), int(label.ml), qPrintable(label.reason),
                  qPrintable(r->evidence.join(QLatin1String("; "))));
    }
    qInfo("%s: %lld requirements extracted, %lld labelled", qPrintable(name), qlonglong(requirements.size()),
          qlonglong(order.size()));
    qInfo("%s classifier: %s", qPrintable(name), qPrintable(classifier.format()));
    qInfo("%s classifier with system terms (%s): %s", qPrintable(name),
          qPrintable(systemTerms.isEmpty() ? QStringLiteral("none") : systemTerms.join(QLatin1String("; "))),
          qPrintable(termsClassifier.format()));
    qInfo("%s keyword baseline (any vocabulary term): %s", qPrintable(name), qPrintable(keywords.format()));
    qInfo("%s keyword baseline (model/ML/AI/predict): %s", qPrintable(name), qPrintable(command.format()));
    m_classifier.add(classifier);
    m_termsClassifier.add(termsClassifier);
    if (!labelledAfterTuning(name))
        m_tuned.add(classifier);
    m_keywords.add(keywords);
    m_commandKeywords.add(command);
    ++m_repositories;

    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("labelled but not extracted: ") + missing.join(QLatin1String(", "))));
}

void TestCorpusClassification::overall()
{
    if (m_repositories == 0)
        QSKIP("no corpus repository with labels present: skipped");
    qInfo("overall classifier: %s", qPrintable(m_classifier.format()));
    qInfo("overall classifier with system terms: %s", qPrintable(m_termsClassifier.format()));
    qInfo("overall keyword baseline (any vocabulary term): %s", qPrintable(m_keywords.format()));
    qInfo("overall keyword baseline (model/ML/AI/predict): %s", qPrintable(m_commandKeywords.format()));
    qInfo("first three repositories: %s", qPrintable(m_tuned.format()));
    // The repositories the rules were first written against keep their floors.
    QVERIFY2(m_tuned.recall() >= 0.95, qPrintable(m_tuned.format()));
    QVERIFY2(m_tuned.precision() >= 0.90, qPrintable(m_tuned.format()));
    // All five, with no project vocabulary: what the words alone give. The
    // floors sit a little under the measured figures (0.83 / 0.91 when set),
    // so that a change that loses ground on the later repositories fails.
    QVERIFY2(m_classifier.recall() >= 0.80, qPrintable(m_classifier.format()));
    QVERIFY2(m_classifier.precision() >= 0.88, qPrintable(m_classifier.format()));
    // With the project's ML vocabulary, as the ML system profile gives it.
    QVERIFY2(m_termsClassifier.recall() >= 0.92, qPrintable(m_termsClassifier.format()));
    QVERIFY2(m_termsClassifier.precision() >= 0.85, qPrintable(m_termsClassifier.format()));
}

QTEST_GUILESS_MAIN(TestCorpusClassification)
#include "tst_corpusclassification.moc"
