#pragma once
// The names a project gives what its models produce, read from the statements
// of its ML requirements: "assign it one of four priority bands" names
// "priority band", "give every claim a fraud risk score, using the credit
// score" names "fraud risk score" (in the singular: the classifier matches the
// plural too), not the credit score it uses.
// Other requirements that speak of these outputs (their latency, override,
// explanation) depend on the models even when they never say ML.
// A name is the noun phrase of up to three words before an output noun
// (score, band, flag, forecast, recommendation, summary, transcript, ...),
// never a number, an article or a word as general as "high" or "total".
// A statement that makes the system suggest or predict also names its
// "suggestion" and what is "suggested" or "predicted".

#include <QString>
#include <QStringList>

namespace arckit {

class ModelOutputNames
{
public:
    // The output names in one statement, in order, each once ("priority band").
    static QStringList in(const QString &statement);
};

} // namespace arckit
