#pragma once
// What the strategy recommends for a choice nobody has made yet, and the rule
// the recommendation follows. Only practices are recommended (how to release,
// when to roll back, how to measure drift, how to version prompts and data),
// never a fact about the project: people, costs, dates, the risk level, human
// oversight and providers stay placeholders. The document writes a
// recommendation as one ("Recommended: Canary ... — confirm"), so that it is
// never mistaken for a decision, and the answer stays blank until the
// architect confirms it.

#include "answers.h"

#include <QString>
#include <QStringList>

namespace arckit {

struct Recommendation
{
    QString value;  // "Canary", "PSI", "0.2"; empty when no rule applies
    QString reason; // the rule, in words
    bool isEmpty() const { return value.isEmpty(); }
};

class Recommendations
{
public:
    // The recommendation for a blank answer field given the other answers;
    // empty for a field the strategy must not recommend.
    static Recommendation of(const Answers &answers, const QString &field);
    // The items recommended for a blank list field (retrainingTriggers, guardrails).
    static QStringList items(const Answers &answers, const QString &field);
    // The quality metric recommended for a model of a kind (a key or label of
    // Answers::useCaseKeys(): "classification", "GenAI / LLM"); empty for
    // "other" or an unknown kind. The threshold is the project's to set.
    static QString metricFor(const QString &kind);
    // The metrics recommended for every model of the answers, in order, once each.
    static QStringList metrics(const Answers &answers);
    // "Recommended: <value> (<reason>) — confirm", cell-safe.
    static QString text(const Recommendation &recommendation);
    // "Recommended: <value> — confirm", without the reason: for a second mention.
    static QString brief(const Recommendation &recommendation);
};

} // namespace arckit
