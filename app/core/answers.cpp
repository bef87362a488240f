#include "answers.h"

#include <QJsonArray>
#include <QMetaProperty>

namespace arckit {

namespace {

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

const QList<std::pair<QString, QString>> &useCaseTable()
{
    static const QList<std::pair<QString, QString>> table = {
        {QStringLiteral("classification"), QStringLiteral("Classification")},
        {QStringLiteral("regression"), QStringLiteral("Regression")},
        {QStringLiteral("nlp"), QStringLiteral("NLP")},
        {QStringLiteral("computer-vision"), QStringLiteral("Computer vision")},
        {QStringLiteral("genai"), QStringLiteral("GenAI / LLM")},
        {QStringLiteral("recommendation"), QStringLiteral("Recommendation")},
        {QStringLiteral("forecasting"), QStringLiteral("Forecasting")},
        {QStringLiteral("anomaly-detection"), QStringLiteral("Anomaly detection")},
        {QStringLiteral("other"), QStringLiteral("Other")},
    };
    return table;
}

const QList<std::pair<QString, QString>> &modelTypeTable()
{
    static const QList<std::pair<QString, QString>> table = {
        {QStringLiteral("custom-trained"), QStringLiteral("Custom trained")},
        {QStringLiteral("fine-tuned"), QStringLiteral("Fine-tuned")},
        {QStringLiteral("foundation-api"), QStringLiteral("Foundation model (API)")},
        {QStringLiteral("prebuilt-saas"), QStringLiteral("Pre-built (SaaS)")},
    };
    return table;
}

const QList<std::pair<QString, QString>> &regimeTable()
{
    static const QList<std::pair<QString, QString>> table = {
        {QStringLiteral("uk-gov"), QStringLiteral("UK Government")},
        {QStringLiteral("mod"), QStringLiteral("UK Ministry of Defence (MOD)")},
        {QStringLiteral("commercial"), QStringLiteral("Commercial")},
        // A public body under another country's rules (the UAE's, Australia's):
        // neither the UK's compliance nor a company's.
        {QStringLiteral("other-gov"), QStringLiteral("Another government (non-UK)")},
    };
    return table;
}

QStringList keysOf(const QList<std::pair<QString, QString>> &table)
{
    QStringList keys;
    for (const auto &[key, label] : table)
        keys.append(key);
    return keys;
}

QString labelOf(const QList<std::pair<QString, QString>> &table, const QString &key)
{
    for (const auto &[k, label] : table)
        if (k == key)
            return label;
    return key;
}

} // namespace

QJsonObject ModelEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},           {QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},       {QStringLiteral("framework"), framework},
                       {QStringLiteral("purpose"), purpose}, {QStringLiteral("risk"), risk},
                       {QStringLiteral("owner"), owner}};
    // The profile's fields only when known, so hand-typed inventories stay as they were.
    if (!capability.isEmpty())
        object.insert(QStringLiteral("capability"), capability);
    if (!approach.isEmpty())
        object.insert(QStringLiteral("approach"), approach);
    if (!approachSource.isEmpty())
        object.insert(QStringLiteral("approachSource"), approachSource);
    if (!purposeSource.isEmpty())
        object.insert(QStringLiteral("purposeSource"), purposeSource);
    if (!serving.isEmpty())
        object.insert(QStringLiteral("serving"), serving);
    if (!servingSource.isEmpty())
        object.insert(QStringLiteral("servingSource"), servingSource);
    if (!service.isEmpty())
        object.insert(QStringLiteral("service"), service);
    if (!requirements.isEmpty())
        object.insert(QStringLiteral("requirements"), toJsonArray(requirements));
    if (!evidence.isEmpty())
        object.insert(QStringLiteral("evidence"), toJsonArray(evidence));
    return object;
}

ModelEntry ModelEntry::fromJson(const QJsonObject &object)
{
    ModelEntry entry;
    entry.id = str(object, "id");
    entry.name = str(object, "name");
    entry.type = str(object, "type");
    entry.framework = str(object, "framework");
    entry.purpose = str(object, "purpose");
    entry.risk = str(object, "risk");
    entry.owner = str(object, "owner");
    entry.capability = str(object, "capability");
    entry.approach = str(object, "approach");
    entry.approachSource = str(object, "approachSource");
    entry.purposeSource = str(object, "purposeSource");
    entry.serving = str(object, "serving");
    entry.servingSource = str(object, "servingSource");
    entry.service = str(object, "service");
    for (const QJsonValue &item : object.value(QStringLiteral("requirements")).toArray())
        if (item.isString())
            entry.requirements.append(item.toString());
    for (const QJsonValue &item : object.value(QStringLiteral("evidence")).toArray())
        if (item.isString())
            entry.evidence.append(item.toString());
    return entry;
}

QJsonObject DataSourceEntry::toJson() const
{
    return {
        {QStringLiteral("name"), name},     {QStringLiteral("type"), type}, {QStringLiteral("frequency"), frequency},
        {QStringLiteral("volume"), volume}, {QStringLiteral("pii"), pii},   {QStringLiteral("owner"), owner}};
}

DataSourceEntry DataSourceEntry::fromJson(const QJsonObject &object)
{
    return {str(object, "name"),   str(object, "type"), str(object, "frequency"),
            str(object, "volume"), str(object, "pii"),  str(object, "owner")};
}

QJsonObject Answers::toJson() const
{
    QJsonObject object;
    const QMetaObject &meta = staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        const QVariant value = property.readOnGadget(this);
        switch (property.metaType().id()) {
        case QMetaType::QStringList:
            object.insert(QLatin1String(property.name()), toJsonArray(value.toStringList()));
            break;
        case QMetaType::Int:
            object.insert(QLatin1String(property.name()), value.toInt());
            break;
        case QMetaType::Bool:
            object.insert(QLatin1String(property.name()), value.toBool());
            break;
        default:
            object.insert(QLatin1String(property.name()), value.toString());
        }
    }
    QJsonArray modelArray;
    for (const ModelEntry &model : models)
        modelArray.append(model.toJson());
    object.insert(QStringLiteral("models"), modelArray);
    QJsonArray sourceArray;
    for (const DataSourceEntry &source : dataSources)
        sourceArray.append(source.toJson());
    object.insert(QStringLiteral("dataSources"), sourceArray);
    if (!sources.isEmpty()) {
        QJsonObject provenance;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it)
            provenance.insert(it.key(), it.value());
        object.insert(QStringLiteral("sources"), provenance);
    }
    return object;
}

Answers Answers::fromJson(const QJsonObject &object, QStringList *errors)
{
    Answers answers;
    const QMetaObject &meta = staticMetaObject;
    auto complain = [errors](const QString &message) {
        if (errors)
            errors->append(message);
    };
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        const QString key = QLatin1String(property.name());
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        switch (property.metaType().id()) {
        case QMetaType::QStringList: {
            if (!value.isArray()) {
                complain(QStringLiteral("\"%1\" should be a list of strings").arg(key));
                break;
            }
            QStringList list;
            for (const QJsonValue &item : value.toArray())
                if (item.isString())
                    list.append(item.toString());
            property.writeOnGadget(&answers, list);
            break;
        }
        case QMetaType::Int:
            if (!value.isDouble()) {
                complain(QStringLiteral("\"%1\" should be a number").arg(key));
                break;
            }
            property.writeOnGadget(&answers, value.toInt());
            break;
        case QMetaType::Bool:
            if (!value.isBool()) {
                complain(QStringLiteral("\"%1\" should be true or false").arg(key));
                break;
            }
            property.writeOnGadget(&answers, value.toBool());
            break;
        default:
            if (!value.isString()) {
                complain(QStringLiteral("\"%1\" should be a string").arg(key));
                break;
            }
            property.writeOnGadget(&answers, value.toString());
        }
    }
    for (const QJsonValue &item : object.value(QStringLiteral("models")).toArray())
        answers.models.append(ModelEntry::fromJson(item.toObject()));
    for (const QJsonValue &item : object.value(QStringLiteral("dataSources")).toArray())
        answers.dataSources.append(DataSourceEntry::fromJson(item.toObject()));
    const QJsonObject provenance = object.value(QStringLiteral("sources")).toObject();
    for (auto it = provenance.constBegin(); it != provenance.constEnd(); ++it)
        answers.sources.insert(it.key(), it.value().toString());
    if (answers.currentMaturity < -1 || answers.currentMaturity > 4 || answers.targetMaturity < -1 ||
        answers.targetMaturity > 4) {
        complain(QStringLiteral("maturity levels run from 0 to 4"));
        answers.currentMaturity = qBound(-1, answers.currentMaturity, 4);
        answers.targetMaturity = qBound(-1, answers.targetMaturity, 4);
    }
    return answers;
}

QVariant Answers::value(const QString &field) const
{
    const int index = staticMetaObject.indexOfProperty(field.toLatin1().constData());
    return index < 0 ? QVariant() : staticMetaObject.property(index).readOnGadget(this);
}

bool Answers::setValue(const QString &field, const QVariant &value)
{
    const int index = staticMetaObject.indexOfProperty(field.toLatin1().constData());
    if (index < 0)
        return false;
    const QMetaProperty property = staticMetaObject.property(index);
    const QVariant before = property.readOnGadget(this);
    if (!property.writeOnGadget(this, value))
        return false;
    // A value changed by hand is no longer the one the document states: it
    // loses that document's citation.
    if (property.readOnGadget(this) != before)
        sources.remove(field);
    return true;
}

QStringList Answers::fieldNames()
{
    QStringList names;
    for (int i = staticMetaObject.propertyOffset(); i < staticMetaObject.propertyCount(); ++i)
        names.append(QLatin1String(staticMetaObject.property(i).name()));
    return names;
}

QStringList Answers::useCaseKeys()
{
    return keysOf(useCaseTable());
}
QString Answers::useCaseLabel(const QString &key)
{
    return labelOf(useCaseTable(), key);
}
QStringList Answers::modelTypeKeys()
{
    return keysOf(modelTypeTable());
}
QString Answers::modelTypeLabel(const QString &key)
{
    return labelOf(modelTypeTable(), key);
}
QStringList Answers::regimeKeys()
{
    return keysOf(regimeTable());
}
QString Answers::regimeLabel(const QString &key)
{
    return labelOf(regimeTable(), key);
}

QStringList Answers::riskLevels()
{
    return {QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"), QStringLiteral("Very High")};
}

QString Answers::maturityLabel(int level)
{
    static const char *const names[] = {"Manual", "Automated Training", "CI/CD for ML", "Auto-Retraining",
                                        "Full Automation"};
    if (level < 0 || level > 4)
        return {};
    return QStringLiteral("Level %1 (%2)").arg(level).arg(QLatin1String(names[level]));
}

} // namespace arckit
