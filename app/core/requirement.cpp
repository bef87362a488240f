#include "requirement.h"

namespace arckit {

namespace {

const QString Performance = QStringLiteral("performance");
const QString Availability = QStringLiteral("availability");
const QString Security = QStringLiteral("security");
// A section recognised as a topic that is no serving target (accessibility,
// compliance, ...): it overrides a one-letter category such as "A".
const QString NoGroup = QStringLiteral("-");

// What the heading an NFR sits under says it is about; empty when the heading
// names no topic (or several serving topics at once).
QString groupFromSection(const QString &section)
{
    const QString s = section.toLower();
    if (s.isEmpty())
        return {};
    const bool security = s.contains(QLatin1String("secur"));
    const bool availability = s.contains(QLatin1String("availab")) || s.contains(QLatin1String("resilien")) ||
                              s.contains(QLatin1String("reliab")) || s.contains(QLatin1String("disaster")) ||
                              s.contains(QLatin1String("continuity"));
    // Scalability sits with performance: both are the capacity and latency
    // targets a serving platform is sized for.
    const bool performance = s.contains(QLatin1String("perform")) || s.contains(QLatin1String("scalab")) ||
                             s.contains(QLatin1String("capacity")) || s.contains(QLatin1String("latency")) ||
                             s.contains(QLatin1String("throughput"));
    const int hits = int(security) + int(availability) + int(performance);
    if (hits == 1)
        return security ? Security : availability ? Availability : Performance;
    if (hits > 1)
        return {};
    static const char *const other[] = {"complian", "regulat", "usab",     "accessib", "maintainab", "support",
                                        "portab",   "interop", "observab", "localis",  "localiz",    "train",
                                        "procure",  "privacy", "data",     "audit",    "legal"};
    for (const char *word : other) {
        if (s.contains(QLatin1String(word)))
            return NoGroup;
    }
    return {};
}

QString groupFromCategory(const QString &category)
{
    static const char *const performance[] = {"P",        "PERF", "PERFORMANCE", "PF",          "S",
                                              "SC",       "SCAL", "SCALE",       "SCALABILITY", "CAP",
                                              "CAPACITY", "LAT",  "LATENCY"};
    static const char *const availability[] = {"A",   "AV",          "AVL", "AVAIL",      "AVAILABILITY", "R",
                                               "REL", "RELIABILITY", "RES", "RESILIENCE", "DR",           "BCDR"};
    static const char *const security[] = {"SEC", "SECURITY", "SE", "SECU", "CYBER"};
    for (const char *c : performance) {
        if (category == QLatin1String(c))
            return Performance;
    }
    for (const char *c : availability) {
        if (category == QLatin1String(c))
            return Availability;
    }
    for (const char *c : security) {
        if (category == QLatin1String(c))
            return Security;
    }
    return {};
}

} // namespace

QString Requirement::servingGroup() const
{
    if (kind != QLatin1String("NFR"))
        return {};
    // Only the first sub-code counts: "NFR-SEC-AI-001" is a security NFR.
    const QString code = category.section(QLatin1Char('-'), 0, 0).toUpper();
    const QString fromSection = groupFromSection(section);
    // One-letter codes mean different things in different documents ("S" is
    // Scalability in ArcKit's template, Security elsewhere; "A" may be
    // Accessibility), so the section heading decides when it names a topic.
    // Longer codes (SEC, PERF, AVAIL) are unambiguous.
    if (code.size() <= 1 || groupFromCategory(code).isEmpty()) {
        if (!fromSection.isEmpty())
            return fromSection == NoGroup ? QString() : fromSection;
    }
    return groupFromCategory(code);
}

} // namespace arckit
