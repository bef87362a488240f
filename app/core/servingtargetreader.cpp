#include "servingtargetreader.h"
#include "textexpression.h"

#include "capabilitycatalogue.h"
#include "textpatterns.h"

#include <QRegularExpression>

#include <algorithm>

namespace arckit {

namespace {

using textpatterns::clauses;
using textpatterns::insensitive;

QString duration(const QString &number, const QString &unit)
{
    const bool millis = unit.startsWith(QLatin1Char('m'), Qt::CaseInsensitive);
    return QStringLiteral("< %1 %2").arg(number, millis ? QStringLiteral("ms") : QStringLiteral("s"));
}

// "250 messages/s" from a throughput match: number, unit, per second or minute.
QString throughputValue(const QRegularExpressionMatch &match)
{
    return QStringLiteral("%1 %2/%3")
        .arg(match.captured(1).trimmed(), match.captured(2).toLower(),
             match.captured(3).toLower().startsWith(QLatin1Char('m')) ? QStringLiteral("min") : QStringLiteral("s"));
}

// The availability with the hours it holds for, when the clause limits them:
// "99.9% uptime during business hours (08:00-20:00 GMT Monday-Friday)" is
// not a 24-hour 99.9%.
QString availabilityValue(QStringView clause, const QRegularExpressionMatch &match)
{
    // Right after the figure (its noun and an aside in brackets between):
    // "99.9% uptime during business hours (08:00-20:00)", "99.9% uptime (43.8
    // minutes a month) excluding planned maintenance". A later clause's hours
    // ("maintenance only outside business hours") are not the target's.
    static const TextExpression hours = insensitive(
        "^\\s*(?:uptime|availability|SLA|service availability)?\\s*(?:\\([^)\\n]{0,60}\\))?\\s*(?<limit>(?:during|"
        "within|in) (?:core |normal |standard |published )?(?:business|office|working|operating|service|opening) "
        "hours\\b(?:\\s*\\([^)\\n]{1,60}\\))?|excluding (?:planned|scheduled) maintenance\\b)");
    QString value = match.captured(1) + QLatin1Char('%');
    const QRegularExpressionMatch limited = hours.match(clause.mid(match.capturedEnd()));
    if (limited.hasMatch())
        value += QLatin1Char(' ') + limited.captured(u"limit").simplified();
    return value;
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// A latency figure at a named percentile, as read.
struct PercentileFigure
{
    int percentile; // 50, 95 or 99
    ContextValue value;
};

// The seconds of a target written by duration() ("< 200 ms", "< 3 s"); -1 for none.
double secondsIn(const QString &target)
{
    const QStringList parts = target.split(QLatin1Char(' '), Qt::SkipEmptyParts); // "<", number, unit
    if (parts.size() != 3)
        return -1;
    return parts.at(1).toDouble() / (parts.at(2) == QLatin1String("ms") ? 1000 : 1);
}

ContextValue &targetAt(MlSystemProfile &profile, int percentile)
{
    return percentile == 99 ? profile.latencyP99 : percentile == 95 ? profile.latencyP95 : profile.latencyP50;
}

// A higher percentile cannot be faster than a lower one: "p95 < 30 s" (a
// summary) beside "p99 < 10 s" (the provider's API) come from different
// scopes. The percentiles are then taken together from one requirement that
// states a consistent set ("< 3 s (p95), < 10 s (p99)"); without one, the
// conflicting targets are left for the architect rather than stated wrong.
void keepPercentilesConsistent(const QList<PercentileFigure> &figures, MlSystemProfile &profile)
{
    auto consistent = [&profile]() {
        double previous = -1;
        for (const int percentile : {50, 95, 99}) {
            const double seconds = secondsIn(targetAt(profile, percentile).value);
            if (seconds < 0)
                continue;
            if (seconds < previous)
                return false;
            previous = seconds;
        }
        return true;
    };
    if (consistent())
        return;
    QStringList sources;
    for (const PercentileFigure &figure : figures)
        if (!sources.contains(figure.value.source))
            sources.append(figure.value.source);
    for (const QString &source : std::as_const(sources)) {
        QList<PercentileFigure> own; // its first figure at each percentile
        for (const PercentileFigure &figure : figures)
            if (figure.value.source == source &&
                std::none_of(own.cbegin(), own.cend(),
                             [&figure](const PercentileFigure &o) { return o.percentile == figure.percentile; }))
                own.append(figure);
        if (own.size() < 2)
            continue;
        std::sort(own.begin(), own.end(),
                  [](const PercentileFigure &a, const PercentileFigure &b) { return a.percentile < b.percentile; });
        bool ordered = true;
        for (qsizetype i = 1; i < own.size(); ++i)
            ordered = ordered && secondsIn(own.at(i - 1).value.value) <= secondsIn(own.at(i).value.value);
        if (!ordered)
            continue;
        for (const int percentile : {50, 95, 99})
            targetAt(profile, percentile) = {};
        for (const PercentileFigure &figure : std::as_const(own))
            targetAt(profile, figure.percentile) = figure.value;
        return;
    }
    for (const int percentile : {50, 95, 99})
        targetAt(profile, percentile) = {};
}

} // namespace

void ServingTargetReader::read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
                               MlSystemProfile &profile) const
{
    static const TextExpression latency = insensitive(
        "(?:<|≤|<=|under|within|below|less than|at most|maximum( of)?|max\\.?)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*"
        "(ms|milliseconds?|s|secs?|seconds?)\\b");
    static const TextExpression p50 = insensitive("\\b(p50|median|50th percentile|average|mean|typical)\\b");
    static const TextExpression p95 =
        insensitive("\\b(p9[05]|9[05]th percentile|9[05]% of (requests|queries|responses|calls))\\b");
    static const TextExpression p99 =
        insensitive("\\b(p99(\\.9)?|99(\\.9)?th percentile|99% of (requests|queries|responses|calls))\\b");
    // Figures that are not about the model: the page, the gateway, sign-in.
    static const TextExpression notModel = insensitive(
        "\\b(page[- ]?loads?|page (render|response)|API gateway|gateway|(platform|backend|back-end) APIs?|static "
        "(content|assets)|log[- ]?in|sign[- ]?in|"
        "authentication|front[- ]?end|UI (render|response)|dashboard (load|render)|search results page|RTO|RPO|"
        "recovery time|failover|backup|restore|database|db query)\\b|\\bexcluding (the )?(LLM|model|AI|inference)\\b");
    // The system's own APIs, unless the requirement is about the AI ("AI
    // vendor contract terms: API response time < 3 s" is the model's API).
    static const TextExpression ownApi =
        insensitive("\\bAPI response times?\\b|\\b(synchronous|internal|REST|public) APIs?\\b");
    static const TextExpression throughput =
        insensitive("(\\d[\\d,]*(?:\\.\\d+)?\\s*[kK]?)\\+?\\s*(?:concurrent\\s+)?(requests|req|queries|transactions|"
                    "calls|predictions|"
                    "inferences|messages|conversations|documents)\\s*(?:per|/)\\s*(second|sec|s|minute|min)\\b");
    static const TextExpression batch =
        insensitive("(\\d[\\d,]*(?:\\.\\d+)?\\s*[kKmM]?)\\s+(?:[a-z-]+\\s+)?(items|documents|records|predictions|"
                    "images|files|cases|"
                    "transactions|pages|recordings|hours of "
                    "audio)\\s+(?:in|within|per)\\s+(\\d+(?:\\.\\d+)?)\\s*(hours?|hrs?|minutes?|mins?|h)\\b");
    static const TextExpression availability(QStringLiteral("(9\\d(?:\\.\\d+)?)\\s*%"));

    static const TextExpression peak = insensitive("\\bpeak\\b");
    bool throughputAtPeak = false;
    QList<PercentileFigure> percentileFigures;
    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (!read.concernsMl(mlRequirementIds))
            continue;
        const QString &text = read.text;
        // Every target is a figure: most requirements and clauses have none.
        if (!hasDigit(text))
            continue;
        const QString source = requirement.where();
        const bool availabilityRequirement = requirement.servingGroup() == QLatin1String("availability");
        const bool titleNamesAi = CapabilityCatalogue::hasAiContext(requirement.title);
        for (const QStringView clause : clauses(text)) {
            if (!hasDigit(clause))
                continue;
            const auto batchMatch = batch.match(clause);
            QList<QRegularExpressionMatch> figures;
            if (!batchMatch.hasMatch())
                for (auto it = latency.globalMatch(clause); it.hasNext();)
                    figures.append(it.next());
            const auto throughputMatch = throughput.match(clause);
            const bool availabilityFigure = availabilityRequirement && availability.match(clause).hasMatch();
            // Only a clause with a figure can be about the page or the gateway rather than the model.
            if ((!batchMatch.hasMatch() && figures.isEmpty() && !throughputMatch.hasMatch() && !availabilityFigure) ||
                notModel.match(clause).hasMatch() || (!titleNamesAi && ownApi.match(clause).hasMatch()))
                continue;
            if (batchMatch.hasMatch()) {
                if (profile.batchTarget.isEmpty())
                    profile.batchTarget = {batchMatch.captured(0).simplified(), source};
                continue; // a batch window is not a response time
            }
            // The percentile of each figure is the one the clause names; with
            // several figures ("p50 < 200ms, p95 < 500ms, p99 < 1,000ms") it is
            // the one named between the previous figure and this one, or just
            // after it ("< 2 s (p95)"). A figure with no percentile is left
            // for the architect.
            qsizetype previousEnd = 0;
            for (const QRegularExpressionMatch &figure : std::as_const(figures)) {
                QString named = clause.toString();
                if (figures.size() > 1) {
                    static const TextExpression after(QStringLiteral("^\\s*\\([^)]*\\)"));
                    const QRegularExpressionMatch tail = after.match(QStringView(clause).sliced(figure.capturedEnd()));
                    named = clause.mid(previousEnd, figure.capturedEnd() - previousEnd).toString() + tail.captured();
                    previousEnd = figure.capturedEnd() + tail.capturedLength();
                }
                const QString value = duration(figure.captured(2).remove(QLatin1Char(',')), figure.captured(3));
                const int percentile = p99.match(named).hasMatch()   ? 99
                                       : p95.match(named).hasMatch() ? 95
                                       : p50.match(named).hasMatch() ? 50
                                                                     : 0;
                if (percentile > 0) {
                    percentileFigures.append({percentile, {value, source}});
                    if (targetAt(profile, percentile).isEmpty())
                        targetAt(profile, percentile) = {value, source};
                } else if (profile.responseTime.isEmpty()) {
                    profile.responseTime = {value, source}; // served on request, at no stated percentile
                }
            }
            // The capacity to plan for is the peak: "normal load: 50 messages/s"
            // gives way to "peak load: 250 messages/s" in the same requirement.
            if (throughputMatch.hasMatch() &&
                (profile.throughput.isEmpty() ||
                 (!throughputAtPeak && profile.throughput.source == source && peak.match(clause).hasMatch()))) {
                profile.throughput = {throughputValue(throughputMatch), source};
                throughputAtPeak = peak.match(clause).hasMatch();
            }
            if (availabilityRequirement && profile.availability.isEmpty()) {
                const auto match = availability.match(clause);
                if (match.hasMatch())
                    profile.availability = {availabilityValue(clause, match), source};
            }
        }
    }
    keepPercentilesConsistent(percentileFigures, profile);
    // No ML requirement states a throughput: the system's performance
    // requirement does when it counts what the model serves one by one (each
    // message, query or question is an inference). Requests and transactions
    // also count pages and payments, and are left for the architect.
    static const TextExpression modelUnit = insensitive("^(queries|messages|conversations|predictions|inferences)$");
    for (const RequirementText &read : requirements) {
        if (!profile.throughput.isEmpty())
            break;
        const Requirement &requirement = *read.requirement;
        if (requirement.servingGroup() != QLatin1String("performance") || !hasDigit(read.text))
            continue;
        for (const QStringView clause : clauses(read.text)) {
            const auto match = throughput.match(clause);
            if (!match.hasMatch() || !modelUnit.match(match.captured(2)).hasMatch() ||
                notModel.match(clause).hasMatch())
                continue;
            const bool atPeak = peak.match(clause).hasMatch();
            if (profile.throughput.isEmpty() || atPeak)
                profile.throughput = {throughputValue(match), requirement.where()};
            if (atPeak)
                break;
        }
    }
    // No ML requirement states an availability: the system's own availability
    // requirement does, since the models serve inside the system and cannot be
    // less available than it (recovery, failover and backup figures are not availability).
    if (!profile.availability.isEmpty())
        return;
    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (requirement.servingGroup() != QLatin1String("availability"))
            continue;
        for (const QStringView clause : clauses(read.text)) {
            if (!hasDigit(clause) || notModel.match(clause).hasMatch())
                continue;
            const auto match = availability.match(clause);
            if (match.hasMatch()) {
                profile.availability = {availabilityValue(clause, match), requirement.where()};
                return;
            }
        }
    }
}

} // namespace arckit
