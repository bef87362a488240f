#include "answersinference.h"

#include <QMap>
#include <QRegularExpression>

namespace arckit {

namespace {

struct Candidate {
    QString value;
    int line = 0;
    QString evidence;
};

QString evidenceOf(QStringView line)
{
    QString text = line.trimmed().toString();
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

// Collects every value a field is stated with; one distinct value is an answer.
class Findings
{
public:
    void add(const QString &field, const QString &value, int line, QStringView text)
    {
        m_candidates[field].append({value, line, evidenceOf(text)});
    }
    void resolveInto(AnswersInferenceResult &result) const
    {
        for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
            QStringList distinct;
            QStringList described;
            for (const Candidate &candidate : it.value()) {
                if (!distinct.contains(candidate.value, Qt::CaseInsensitive)) {
                    distinct.append(candidate.value);
                    described.append(QStringLiteral("%1 (line %2)").arg(candidate.value).arg(candidate.line));
                }
            }
            if (distinct.size() != 1) {
                result.ambiguous.append(it.key() + QStringLiteral(": ") + described.join(QStringLiteral(" or ")));
                continue;
            }
            const Candidate &first = it.value().constFirst();
            result.values.append({it.key(), first.value, first.line, first.evidence});
            if (it.key().endsWith(QLatin1String("Maturity")))
                result.answers.setValue(it.key(), first.value.toInt());
            else
                result.answers.setValue(it.key(), first.value);
        }
    }

private:
    QMap<QString, QList<Candidate>> m_candidates;
};

QString riskName(const QString &word)
{
    const QString lower = word.toLower().simplified();
    if (lower == QLatin1String("very high") || lower == QLatin1String("critical"))
        return QStringLiteral("Very High");
    if (lower == QLatin1String("high"))
        return QStringLiteral("High");
    if (lower == QLatin1String("medium") || lower == QLatin1String("moderate"))
        return QStringLiteral("Medium");
    return QStringLiteral("Low");
}

struct PlatformName {
    const char *pattern;
    const char *name;
};

const PlatformName platformNames[] = {
    {"sagemaker", "SageMaker"},
    {"vertex ai", "Vertex AI"},
    {"azure ml", "Azure ML"},
    {"azure machine learning", "Azure ML"},
    {"databricks", "Databricks"},
    {"kubeflow", "Kubeflow"},
    {"mlflow", "MLflow"},
    {"on-premises", "On-premises"},
    {"on-prem", "On-premises"},
};

// Every platform a line names, in the table's order.
QStringList platformsIn(QStringView text)
{
    const QString lower = text.toString().toLower();
    QStringList names;
    for (const PlatformName &platform : platformNames) {
        const QString name = QString::fromLatin1(platform.name);
        if (lower.contains(QLatin1String(platform.pattern)) && !names.contains(name))
            names.append(name);
    }
    return names;
}

// "[MLflow / SageMaker / Vertex AI]": a template's list of choices, not a statement.
bool isChoiceList(QStringView text)
{
    return text.contains(QLatin1Char('[')) && text.contains(QLatin1Char('/'));
}

} // namespace

AnswersInferenceResult AnswersInference::infer(const MarkdownOutline &outline)
{
    static const QRegularExpression current(
        QStringLiteral("\\bcurrent(?:\\s+(?:mlops\\s+)?(?:maturity|state|level))?\\**\\s*[:|]?\\s*\\**\\s*(?:(?:is|of|at)\\s+)?(?:maturity\\s+)?"
                       "level\\s*([0-4])\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(
        QStringLiteral("\\btarget(?:\\s+(?:mlops\\s+)?(?:maturity|state|level))?\\**\\s*[:|]?\\s*\\**\\s*(?:(?:is|of|at)\\s+)?(?:maturity\\s+)?"
                       "level\\s*([0-4])\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression risk(
        QStringLiteral("\\b(?:overall\\s+)?(?:ai\\s+|model\\s+)?risk\\s+(?:level|classification|rating|tier)\\**\\s*"
                       "(?:[:|]|is)\\s*\\**\\s*(very high|critical|high|medium|moderate|low)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression platformField(
        QStringLiteral("^\\s*(?:\\|\\s*)?(?:[-*]\\s+)?\\**(?:ml(?:ops)?\\s+)?platform\\**\\s*[:|]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mod(QStringLiteral("\\bJSP[\\s-]?936\\b|\\bMinistry of Defence\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ukGov(
        QStringLiteral("\\bAlgorithmic Transparency Recording Standard\\b|\\bATRS\\b|\\bTechnology Code of Practice\\b|"
                       "\\bGDS Service Standard\\b|\\bUK Government\\b"),
        QRegularExpression::CaseInsensitiveOption);

    Findings findings;
    int firstMod = 0;
    int firstUkGov = 0;
    QMap<QString, int> cloudPlatformLines; // platform name -> first line mentioning it
    for (int number = 1; number <= outline.lineCount(); ++number) {
        const MarkdownOutline::LineKind kind = outline.lineKind(number);
        if (kind != MarkdownOutline::LineKind::Text && kind != MarkdownOutline::LineKind::Heading)
            continue; // code, comments (the answers block), fences
        const QStringView line = outline.line(number);
        if (line.isEmpty())
            continue;
        const QString text = line.toString();
        if (auto m = current.match(text); m.hasMatch())
            findings.add(QStringLiteral("currentMaturity"), m.captured(1), number, line);
        if (auto m = target.match(text); m.hasMatch())
            findings.add(QStringLiteral("targetMaturity"), m.captured(1), number, line);
        if (auto m = risk.match(text); m.hasMatch())
            findings.add(QStringLiteral("riskLevel"), riskName(m.captured(1)), number, line);
        if (auto m = platformField.match(text); m.hasMatch()) {
            // "Platform | SageMaker |" but not the template's "[MLflow / SageMaker / ...]" choice lists.
            const QString value = m.captured(1);
            if (!value.contains(QLatin1Char('[')) && !value.contains(QLatin1Char('/'))) {
                const QStringList names = platformsIn(value);
                if (names.size() == 1 && names.constFirst() != QLatin1String("MLflow"))
                    findings.add(QStringLiteral("platform"), names.constFirst(), number, line);
            }
        }
        if (!isChoiceList(text)) {
            for (const QString &name : platformsIn(text)) {
                if (!cloudPlatformLines.contains(name))
                    cloudPlatformLines.insert(name, number);
            }
        }
        if (!firstMod && mod.match(text).hasMatch())
            firstMod = number;
        if (!firstUkGov && ukGov.match(text).hasMatch())
            firstUkGov = number;
    }

    AnswersInferenceResult result;
    findings.resolveInto(result);

    // No "Platform:" line: a single managed platform mentioned anywhere is the platform.
    bool platformStated = false;
    for (const InferredAnswer &value : std::as_const(result.values))
        platformStated = platformStated || value.field == QLatin1String("platform");
    if (!platformStated && !result.ambiguous.join(QLatin1Char('\n')).startsWith(QLatin1String("platform"))) {
        QStringList managed;
        for (const char *cloud : {"SageMaker", "Vertex AI", "Azure ML", "Databricks"}) {
            if (cloudPlatformLines.contains(QLatin1String(cloud)))
                managed.append(QLatin1String(cloud));
        }
        if (managed.size() == 1) {
            const int line = cloudPlatformLines.value(managed.constFirst());
            result.values.append({QStringLiteral("platform"), managed.constFirst(), line, evidenceOf(outline.line(line))});
            result.answers.platform = managed.constFirst();
        } else if (managed.size() > 1) {
            result.ambiguous.append(QStringLiteral("platform: ") + managed.join(QStringLiteral(" or ")));
        }
    }

    // JSP 936 makes it a defence system; otherwise UK public-sector markers make it UK Government.
    const int regimeLine = firstMod ? firstMod : firstUkGov;
    if (regimeLine) {
        const QString regime = firstMod ? QStringLiteral("mod") : QStringLiteral("uk-gov");
        result.values.append({QStringLiteral("regime"), regime, regimeLine, evidenceOf(outline.line(regimeLine))});
        result.answers.regime = regime;
    }
    return result;
}

} // namespace arckit
