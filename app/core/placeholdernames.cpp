#include "placeholdernames.h"

#include "answers.h"
#include "documentrenderer.h"

#include <QStringList>

namespace arckit {

namespace {

struct Role
{
    const char *label; // as the document writes the role or the cost on the placeholder's line
    const char *field;
};

// Longer labels first where one contains another.
constexpr Role people[] = {
    {"ML Lead", "mlLead"},         {"Data Scientist", "dataScientist"}, {"Data Science Lead", "dataScientist"},
    {"ML Engineer", "mlEngineer"}, {"Product Owner", "productOwner"},   {"Data Engineer", "dataEngineer"},
};

constexpr Role headCounts[] = {
    {"ML Engineer", "mlEngineerFte"},
    {"Data Scientist", "dataScientistFte"},
    {"Data Engineer", "dataEngineerFte"},
};

constexpr Role amounts[] = {
    {"Training", "trainingCost"},
    {"Serving", "servingCost"},
    {"Storage", "storageCost"},
    {"Monitoring", "monitoringCost"},
};

constexpr QStringView nameSpelling = u"[Name]";
constexpr QStringView fteSpelling = u"[FTE]";
constexpr QStringView amountSpelling = u"[Amount]";

template<std::size_t N>
const char *fieldOnLine(const Role (&roles)[N], QStringView line)
{
    for (const Role &role : roles)
        if (line.contains(QLatin1String(role.label), Qt::CaseInsensitive))
            return role.field;
    return nullptr;
}

template<std::size_t N>
bool isOneOf(const Role (&roles)[N], const QString &field)
{
    for (const Role &role : roles)
        if (field == QLatin1String(role.field))
            return true;
    return false;
}

} // namespace

QString PlaceholderNames::spelling(const QString &field)
{
    if (isOneOf(people, field))
        return nameSpelling.toString();
    if (isOneOf(headCounts, field))
        return fteSpelling.toString();
    if (isOneOf(amounts, field))
        return amountSpelling.toString();
    return DocumentRenderer::placeholderFor(field);
}

QString PlaceholderNames::field(QStringView placeholder, QStringView line)
{
    const QStringView trimmed = placeholder.trimmed();
    const char *found = nullptr;
    if (trimmed.compare(nameSpelling, Qt::CaseInsensitive) == 0)
        found = fieldOnLine(people, line);
    else if (trimmed.compare(fteSpelling, Qt::CaseInsensitive) == 0)
        found = fieldOnLine(headCounts, line);
    else if (trimmed.compare(amountSpelling, Qt::CaseInsensitive) == 0)
        found = fieldOnLine(amounts, line);
    if (found)
        return QLatin1String(found);
    QStringList fields = Answers::fieldNames();
    fields << QStringLiteral("models") << QStringLiteral("dataSources");
    for (const QString &name : std::as_const(fields))
        if (trimmed == DocumentRenderer::placeholderFor(name))
            return name;
    return {};
}

} // namespace arckit
