#include "mlsystemprofile.h"

namespace arckit {

QString authorityName(Authority authority)
{
    switch (authority) {
    case Authority::Mandate:
        return QStringLiteral("mandate");
    case Authority::Decision:
        return QStringLiteral("decision");
    case Authority::Research:
        return QStringLiteral("research");
    case Authority::Mention:
        break;
    }
    return QStringLiteral("mention");
}

namespace {

QJsonArray array(const QStringList &list)
{
    QJsonArray result;
    for (const QString &item : list)
        result.append(item);
    return result;
}

QJsonValue sourced(const ContextValue &value)
{
    if (value.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), value.value}, {QStringLiteral("source"), value.source}};
}

QJsonObject candidateToJson(const Candidate &candidate)
{
    return {{QStringLiteral("value"), candidate.value},
            {QStringLiteral("authority"), authorityName(candidate.authority)},
            {QStringLiteral("source"), candidate.source},
            {QStringLiteral("reason"), candidate.reason}};
}

QJsonObject choiceToJson(const DecidedChoice &choice)
{
    QJsonArray candidates;
    for (const Candidate &candidate : choice.candidates)
        candidates.append(candidateToJson(candidate));
    return {{QStringLiteral("decided"), sourced(choice.decided)},
            {QStringLiteral("reason"), choice.reason},
            {QStringLiteral("candidates"), candidates}};
}

} // namespace

QJsonObject MlSystemProfile::capabilityToJson(const MlCapability &capability)
{
    return {{QStringLiteral("name"), capability.name},
            {QStringLiteral("kind"), capability.kind},
            {QStringLiteral("source"), capability.approach},
            {QStringLiteral("approachSource"), capability.approachSource},
            {QStringLiteral("service"), capability.service},
            {QStringLiteral("purpose"), capability.purpose},
            {QStringLiteral("purposeSource"), capability.purposeSource},
            {QStringLiteral("serving"), capability.serving},
            {QStringLiteral("servingSource"), capability.servingSource},
            {QStringLiteral("risk"), capability.risk},
            {QStringLiteral("owner"), capability.owner},
            {QStringLiteral("requirements"), array(capability.requirements)},
            {QStringLiteral("evidence"), array(capability.evidence)}};
}

QJsonObject MlSystemProfile::toJson() const
{
    QJsonArray capabilityArray;
    for (const MlCapability &capability : capabilities)
        capabilityArray.append(capabilityToJson(capability));
    QJsonArray providers;
    for (const Candidate &provider : llmProviders)
        providers.append(candidateToJson(provider));
    QJsonArray training;
    for (const ContextValue &source : trainingData)
        training.append(sourced(source));
    return {{QStringLiteral("isMlSystem"), isMlSystem},
            {QStringLiteral("notMlReason"), notMlReason},
            {QStringLiteral("capabilities"), capabilityArray},
            // What the documents call the parts that run the models: the terms that make a requirement ML work.
            {QStringLiteral("aiNames"), QJsonArray::fromStringList(aiNames)},
            {QStringLiteral("partNames"), QJsonArray::fromStringList(partNames)},
            {QStringLiteral("modelNames"), QJsonArray::fromStringList(modelNames)},
            {QStringLiteral("platform"), choiceToJson(platform)},
            {QStringLiteral("llmProvider"), choiceToJson(llmProvider)},
            {QStringLiteral("llmModel"), choiceToJson(llmModel)},
            {QStringLiteral("embeddingModel"), choiceToJson(embeddingModel)},
            {QStringLiteral("vectorStore"), choiceToJson(vectorStore)},
            {QStringLiteral("llmProviders"), providers},
            {QStringLiteral("phase"), sourced(phase)},
            {QStringLiteral("inProduction"), inProduction},
            {QStringLiteral("maturity"), QJsonObject{{QStringLiteral("current"), maturity.current},
                                                     {QStringLiteral("target"), maturity.target},
                                                     {QStringLiteral("reason"), maturity.reason},
                                                     {QStringLiteral("evidence"), array(maturity.evidence)}}},
            {QStringLiteral("goLive"), sourced(goLive)},
            {QStringLiteral("owner"), sourced(owner)},
            {QStringLiteral("reviewCycle"), sourced(reviewCycle)},
            {QStringLiteral("distribution"), sourced(distribution)},
            {QStringLiteral("classification"), sourced(classification)},
            {QStringLiteral("businessPurpose"), sourced(businessPurpose)},
            {QStringLiteral("userImpact"), sourced(userImpact)},
            {QStringLiteral("trainingData"), training},
            {QStringLiteral("latencyP50"), sourced(latencyP50)},
            {QStringLiteral("latencyP95"), sourced(latencyP95)},
            {QStringLiteral("latencyP99"), sourced(latencyP99)},
            {QStringLiteral("throughput"), sourced(throughput)},
            {QStringLiteral("statedVolume"), sourced(statedVolume)},
            {QStringLiteral("batchTarget"), sourced(batchTarget)},
            {QStringLiteral("responseTime"), sourced(responseTime)},
            {QStringLiteral("availability"), sourced(availability)},
            {QStringLiteral("humanOversight"), sourced(humanOversight)},
            {QStringLiteral("fairnessMonitoring"), sourced(fairnessMonitoring)},
            {QStringLiteral("fairnessThreshold"), sourced(fairnessThreshold)},
            {QStringLiteral("fairnessFrequency"), sourced(fairnessFrequency)},
            {QStringLiteral("protectedGroups"),
             protectedGroups.isEmpty() ? QJsonValue()
                                       : QJsonValue(QJsonObject{{QStringLiteral("value"), array(protectedGroups)},
                                                                {QStringLiteral("source"), protectedGroupsSource}})},
            {QStringLiteral("performanceMetric"), sourced(performanceMetric)},
            {QStringLiteral("performanceThreshold"), sourced(performanceThreshold)},
            {QStringLiteral("dpiaReference"), sourced(dpiaReference)},
            {QStringLiteral("atrsRequired"), sourced(atrsRequired)},
            {QStringLiteral("servingCost"), sourced(servingCost)},
            {QStringLiteral("trainingCost"), sourced(trainingCost)},
            {QStringLiteral("storageCost"), sourced(storageCost)},
            {QStringLiteral("monitoringCost"), sourced(monitoringCost)},
            {QStringLiteral("mlEngineerFte"), sourced(mlEngineerFte)},
            {QStringLiteral("dataScientistFte"), sourced(dataScientistFte)},
            {QStringLiteral("dataEngineerFte"), sourced(dataEngineerFte)},
            {QStringLiteral("predictionRetention"), sourced(predictionRetention)},
            {QStringLiteral("confidenceThreshold"), sourced(confidenceThreshold)},
            {QStringLiteral("riskCandidate"), sourced(riskCandidate)}};
}

} // namespace arckit
