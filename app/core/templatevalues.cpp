#include "templatevalues.h"
#include "textexpression.h"

#include "placeholdernames.h"
#include "templatedata.h"

#include <QRegularExpression>

namespace arckit::templatevalues {

QString placeholder(const char *field)
{
    return PlaceholderNames::spelling(QLatin1String(field));
}

bool blank(const QString &value)
{
    return value.trimmed().isEmpty();
}

namespace {

const TextExpression &notApplicablePattern()
{
    static const TextExpression pattern(
        QStringLiteral("^\\s*(?:n/?a|not applicable)\\s*(?:[:\\-\\x{2013}\\x{2014}(]\\s*(.*?)\\)?)?\\s*\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

// Why a field usually does not apply, for a bare "N/A".
QString usualReason(const QString &field)
{
    static const QHash<QString, QString> reasons = {
        {QStringLiteral("vectorStore"), QStringLiteral("the system does not use retrieval-augmented generation")},
        {QStringLiteral("embeddingModel"), QStringLiteral("the system does not use retrieval-augmented generation")},
        {QStringLiteral("featureStore"), QStringLiteral("no model is trained on engineered features")},
        {QStringLiteral("driftMethod"), QStringLiteral("the models are managed services the project cannot retrain")},
        {QStringLiteral("driftThreshold"),
         QStringLiteral("the models are managed services the project cannot retrain")},
        {QStringLiteral("retrainingSchedule"), QStringLiteral("no model is retrained by the project")},
        {QStringLiteral("trainingCost"), QStringLiteral("no model is trained by the project")},
        {QStringLiteral("experimentTracking"), QStringLiteral("no model is trained by the project")},
        {QStringLiteral("dataVersioning"), QStringLiteral("no training data is held by the project")},
        {QStringLiteral("jsp936RiskClass"), QStringLiteral("the system is not a defence system")},
        {QStringLiteral("atrsTier"), QStringLiteral("no ATRS record is required")},
        {QStringLiteral("trafficSplit"), QStringLiteral("new versions are not released to a share of traffic")},
        {QStringLiteral("protectedGroups"),
         QStringLiteral("the outputs do not affect individuals differently by group")},
    };
    return reasons.value(field, QStringLiteral("it does not apply to this system"));
}

} // namespace

bool notApplicable(const QString &value)
{
    return notApplicablePattern().match(value).hasMatch();
}

QString notApplicableText(const QString &value, const char *field)
{
    const QString reason = notApplicablePattern().match(value).captured(1).simplified();
    return QStringLiteral("Not applicable: %1")
        .arg(TemplateData::cell(reason.isEmpty() ? usualReason(QLatin1String(field)) : reason));
}

bool saysNone(const QString &value)
{
    static const TextExpression none(
        QStringLiteral("^\\s*(none|no|n/?a|not used|not applicable|not required)\\s*\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return none.match(value).hasMatch() || notApplicable(value);
}

QString answer(const QString &value, const char *field)
{
    if (blank(value))
        return placeholder(field);
    if (notApplicable(value))
        return notApplicableText(value, field);
    return TemplateData::cell(value);
}

QString answer(const QStringList &values, const char *field, QString (*label)(const QString &))
{
    QStringList items;
    for (const QString &value : values)
        if (!blank(value))
            items.append(label ? label(value) : value);
    if (items.size() == 1 && notApplicable(items.first()))
        return notApplicableText(items.first(), field);
    return items.isEmpty() ? placeholder(field) : TemplateData::cell(items.join(QStringLiteral(", ")));
}

QString orDash(const QString &value)
{
    return blank(value) ? QStringLiteral("—") : TemplateData::cell(value);
}

QString modelId(const ModelEntry &model, int index)
{
    return blank(model.id) ? QStringLiteral("ML-%1").arg(index + 1, 3, 10, QLatin1Char('0')) : model.id.trimmed();
}

QString modelTitle(const ModelEntry &model, int index)
{
    const QString id = modelId(model, index);
    return blank(model.name) ? id : QStringLiteral("%1 (%2)").arg(id, model.name.simplified());
}

bool trainedByProject(const ModelEntry &model, const Answers &answers)
{
    // Anything not a provider's model (an approach typed by hand, or none) keeps the training pipeline.
    return !providerModel(model, answers);
}

bool providerModel(const ModelEntry &model, const Answers &answers)
{
    const QString approach = blank(model.approach) ? answers.modelType : model.approach;
    return approach == QLatin1String("foundation-api") || approach == QLatin1String("prebuilt-saas");
}

bool generativeModel(const ModelEntry &model)
{
    const QString kind = (model.type + QLatin1Char(' ') + model.framework).toLower();
    return containsAny(kind, {u"genai", u"llm", u"generative", u"foundation"});
}

bool containsAny(const QString &lowerText, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles)
        if (lowerText.contains(needle))
            return true;
    return false;
}

QString node(const QString &id, const QString &label)
{
    return QStringLiteral("%1[\"%2\"]").arg(id, TemplateData::mermaidLabel(label));
}

QString edge(const QString &from, const QString &to, const QString &label)
{
    if (label.isEmpty())
        return QStringLiteral("%1 --> %2").arg(from, to);
    return QStringLiteral("%1 -->|\"%2\"| %3").arg(from, TemplateData::mermaidLabel(label), to);
}

QVariantList lines(const QStringList &items)
{
    QVariantList list;
    for (const QString &item : items)
        list.append(Row{{QStringLiteral("line"), item}});
    return list;
}

} // namespace arckit::templatevalues
