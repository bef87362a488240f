#include "oversighttargetreader.h"
#include "textexpression.h"

#include "textpatterns.h"
#include "wordindex.h"

#include <QRegularExpression>

#include <algorithm>

namespace arckit {

namespace {

using textpatterns::clauses;
using textpatterns::insensitive;

} // namespace

void OversightTargetReader::read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
                                 MlSystemProfile &profile) const
{
    // A person in the decision: every output, or some of them.
    static const TextExpression person =
        insensitive("\\b(human|person|officer|caseworker|clinician|consultant|reviewer|clerk|adviser|advisor|inspector|"
                    "assessor|underwriter|decision[- ]maker)s?\\b");
    static const TextExpression partial = insensitive("\\b(confidence|escalat\\w*|rout(e|ed|es|ing)|flag(s|ged)?|"
                                                      "refer(red|s)?|hand[- ]?off|edge cases?|sampl\\w*)\\b");
    static const TextExpression every = insensitive(
        "\\bhuman[- ]in[- ]the[- ]loop\\b|\\brequires?\\s+(a\\s+)?human\\s+(review|approval|decision|sign[- ]?off)\\b|"
        "\\bhuman decides\\b|\\b(reviewed|approved)\\s+by\\s+a\\s+(human|person)\\s+before\\b|"
        "\\b(review|approval)\\s+before\\s+(action|release|publication|sending|use)\\b");
    // "Reviewed by a Welsh-language officer before publication", "a consultant
    // MUST accept or change every suggested category": of a model's output only
    // (an invoice approved by a finance officer is no model's).
    static const TextExpression everyOutput =
        insensitive("\\b(reviewed|approved|checked)\\s+by\\s+(a|an|the)\\s+([\\w-]+\\s+){0,3}?\\w+\\s+before\\b|"
                    "\\b(review|approve|accept|confirm|check|amend)s?\\b[^.;]{0,30}\\b(every|each|all)\\b[^.;]{0,30}"
                    "\\b(suggest\\w*|recommend\\w*|AI|model|generated|predicted|outputs?)\\b");
    static const TextExpression modelOutput =
        insensitive("\\b(AI|model|machine learning|automat\\w*|generated|suggest\\w*|predict\\w*|recommend\\w*|"
                    "transcri\\w*|translat\\w*|summar\\w*|classif\\w*)\\b");
    // Low confidence, said as a bound: "confidence below 80%", "low-confidence outputs".
    static const TextExpression lowConfidence = insensitive(
        "\\blow[- ]confidence\\b|\\bconfidence(\\s+(score|level))?\\s+(is\\s+)?(below|under|<|less than|lower than)");
    static const TextExpression review = insensitive("\\b(review\\w*|approv\\w*|decid\\w*|oversight|in[- ]the[- "
                                                     "]loop|escalat\\w*|accept\\w*|confirm\\w*|amend\\w*)\\b");
    // Fairness watched in production, not only tested once.
    static const TextExpression fairness = insensitive("\\b(bias|fairness|disparit\\w*)\\b");
    static const TextExpression monitored = insensitive("\\bmonitor\\w*|\\bdashboard\\w*|\\bcontinuous\\w*");
    // A quality metric and its number: "Model accuracy ≥85%", "Hallucination rate <10%".
    static const TextExpression metric = insensitive(
        "\\b(accuracy|precision|recall|F1(?:[- ]score)?|AUC|word error rate|WER|hallucination rate|groundedness|"
        "faithfulness|MAPE|RMSE|MAE)\\b[^|;,.]{0,40}?(≥|>=|>|≤|<=|<|at "
        "least|above|below|under|over)\\s*(\\d+(?:\\.\\d+)?\\s*%)");
    // The confidence below which a person reviews: "If confidence score <70%, escalate".
    static const TextExpression threshold = insensitive(
        "\\bconfidence(?: scores?| levels?| thresholds?)?\\s*(?:is |falls |drops )?(?:<|≤|<=|below|under|less than|"
        "lower than|threshold of|threshold:?)\\s*(\\d+(?:\\.\\d+)?\\s*%|0\\.\\d+)");
    static const TextExpression notModelMetric =
        insensitive("\\b(OCR|extraction|metadata|detection|classifier|diff)\\b");

    ContextValue required;
    ContextValue advisory;
    bool requiredByUseCase = false;
    bool advisoryByUseCase = false;
    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (!read.concernsMl(mlRequirementIds))
            continue;
        const QString &text = read.text;
        // Each rule's words first: most requirements name no person, no fairness and no metric.
        const WordSet &words = read.words;
        static const QList<quint64> personWords =
            WordIndex::keys("human humans person persons officer officers caseworker caseworkers clinician clinicians "
                            "consultant consultants reviewer reviewers clerk clerks adviser advisers advisor advisors "
                            "inspector inspectors assessor assessors underwriter underwriters decision");
        static const QList<quint64> reviewWords = WordIndex::keys(
            "review reviewed reviews approve approved approves decide decides deciding oversight loop escalate "
            "accept accepts accepted confirm confirms confirmed amend amends amended");
        static const QList<quint64> fairnessWords = WordIndex::keys("bias fairness disparity");
        static const QList<quint64> monitoredWords = WordIndex::keys("monitor dashboard continuous");
        static const QList<quint64> metricWords = WordIndex::keys(
            "accuracy precision recall f auc word wer hallucination groundedness faithfulness mape rmse mae");
        // Then each rule's expressions on the whole text, before it is cut into clauses.
        // A person who reviews, or to whom the low-confidence outputs go
        // ("classified with confidence below 80% go to a clerk").
        static const QList<quint64> lowConfidenceWords = WordIndex::keys("confidence");
        const bool mayNamePerson = words.containsAny(personWords) &&
                                   (words.containsAny(reviewWords) || words.containsAny(lowConfidenceWords)) &&
                                   person.match(text).hasMatch();
        const bool mayNameFairness = profile.fairnessMonitoring.isEmpty() && words.containsAny(fairnessWords) &&
                                     words.containsAny(monitoredWords) && fairness.match(text).hasMatch();
        const bool mayNameMetric = profile.performanceMetric.isEmpty() && text.contains(QLatin1Char('%')) &&
                                   words.containsAny(metricWords) && metric.match(text).hasMatch();
        static const QList<quint64> confidenceWords = WordIndex::keys("confidence");
        if (profile.confidenceThreshold.isEmpty() && words.containsAny(confidenceWords))
            if (const QRegularExpressionMatch match = threshold.match(text); match.hasMatch())
                profile.confidenceThreshold = {match.captured(1).remove(QLatin1Char(' ')), requirement.where()};
        if (!mayNamePerson && !mayNameFairness && !mayNameMetric)
            continue;
        // Where the people are named, found in one pass: a name never spans
        // two clauses, so a clause names one when a match starts inside it.
        QList<qsizetype> personAt;
        if (mayNamePerson)
            for (auto it = person.globalMatch(text); it.hasNext();)
                personAt.append(it.next().capturedStart());
        const auto namesPerson = [&personAt, &text](QStringView clause) {
            const qsizetype start = clause.constData() - text.constData();
            const auto at = std::lower_bound(personAt.cbegin(), personAt.cend(), start);
            return at != personAt.cend() && *at < start + clause.size();
        };
        for (const QStringView clause : clauses(text)) {
            if (mayNamePerson && namesPerson(clause)) {
                // "require human review (algorithm flags, human decides)" says
                // both: a person decides some outputs. Both kinds found leave the choice open.
                // A use case's steps say it too, but a requirement says it as one: cited before a use case.
                const bool useCase = requirement.kind == QLatin1String("UC");
                const bool reviews = review.match(clause).hasMatch();
                const bool everyOne = every.match(clause).hasMatch() ||
                                      (everyOutput.match(clause).hasMatch() && modelOutput.match(clause).hasMatch());
                if (reviews && everyOne && (required.isEmpty() || (requiredByUseCase && !useCase))) {
                    required = {QStringLiteral("Required"), requirement.where()};
                    requiredByUseCase = useCase;
                }
                if ((reviews || lowConfidence.match(clause).hasMatch()) && partial.match(clause).hasMatch() &&
                    (advisory.isEmpty() || (advisoryByUseCase && !useCase))) {
                    advisory = {QStringLiteral("Advisory"), requirement.where()};
                    advisoryByUseCase = useCase;
                }
            }
            if (mayNameFairness && profile.fairnessMonitoring.isEmpty() && fairness.match(clause).hasMatch() &&
                monitored.match(clause).hasMatch())
                profile.fairnessMonitoring = {QStringLiteral("Enabled"), requirement.where()};
            if (mayNameMetric && profile.performanceMetric.isEmpty() && !notModelMetric.match(clause).hasMatch()) {
                const QRegularExpressionMatch match = metric.match(clause);
                if (match.hasMatch()) {
                    QString name = match.captured(1).simplified();
                    name[0] = name[0].toUpper();
                    // The critical side of the stated bound: below it for a
                    // metric that should be high, above it for an error rate.
                    static const TextExpression lowerIsBetter = insensitive("rate|WER|MAPE|RMSE|MAE");
                    const QString bound = match.captured(3).remove(QLatin1Char(' '));
                    profile.performanceMetric = {name, requirement.where()};
                    profile.performanceThreshold = {
                        (lowerIsBetter.match(name).hasMatch() ? QStringLiteral("> ") : QStringLiteral("< ")) + bound,
                        requirement.where()};
                }
            }
        }
    }
    if (profile.humanOversight.isEmpty() && required.isEmpty() != advisory.isEmpty())
        profile.humanOversight = required.isEmpty() ? advisory : required;
}

} // namespace arckit
