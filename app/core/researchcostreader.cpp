#include "researchcostreader.h"
#include "textexpression.h"

#include "capabilitycatalogue.h"
#include "choiceresolver.h"
#include "markdowntablerow.h"
#include "money.h"
#include "textpatterns.h"

#include <QRegularExpression>

#include <optional>

namespace arckit {

namespace {

using textpatterns::insensitive;

enum class CostKind { Training, Serving, Storage, Monitoring };

struct CostRow
{
    int line = 0;
    CostKind kind = CostKind::Serving;
    QString service; // as the profile names it ("Amazon Bedrock"), else the cell's text
    Money money;
};

struct CostTable
{
    QList<CostRow> rows;
    int rowCount = 0;      // every row, those of no kind included
    bool hasTotal = false; // a "Total" row: the estimate's summary, not one section's detail
    bool summary = false;  // under a heading that calls it the cost summary or breakdown
};

// A column of monthly money: "Monthly Cost (£)", "Cost (monthly)", "Est.
// Monthly Cost"; not "Invocations/month" nor "Annual Cost".
bool isMonthlyCostColumn(const QString &header)
{
    static const TextExpression monthly = insensitive("\\bmonthly\\b|\\bper month\\b|/\\s*month\\b|\\bmonth\\b");
    static const TextExpression money = insensitive("\\b(cost|costs|price|spend|estimate|est)\\b|[£$€]");
    static const TextExpression otherPeriod = insensitive("\\b(annual|yearly|year|one-?off|upfront)\\b");
    return monthly.match(header).hasMatch() && money.match(header).hasMatch() && !otherPeriod.match(header).hasMatch();
}

// A table that weighs options against each other ("Strengths", "Recommendation")
// prices each option, not the system.
bool comparesOptions(const QStringList &headers)
{
    static const TextExpression comparison = insensitive(
        "\\b(recommend\\w*|strengths?|weaknesses?|pros|cons|verdict|options?|alternatives?|score|rating|fit)\\b");
    for (const QString &header : headers)
        if (comparison.match(header).hasMatch())
            return true;
    return false;
}

// An option the research set aside, or one of several it compares.
bool isSetAside(const QString &text)
{
    static const TextExpression aside =
        insensitive("\\b(not recommended|rejected|alternatives?|considered|discarded|optional)\\b");
    return aside.match(text).hasMatch();
}

// What a row of the estimate pays for, from the service it names and what it
// configures; nothing for the rest of the system (containers, databases,
// networking, security). Only an ML platform's own jobs are training: a model
// provider's service is used, not trained ("no fine-tuning required").
std::optional<std::pair<CostKind, QString>> kindOf(const QString &service, const QString &configuration)
{
    static const TextExpression platform = insensitive("\\b(Sage ?Maker|Azure (Machine Learning|ML)|Vertex AI)\\b");
    static const TextExpression training =
        insensitive("(?<!no )(?<!not )(?<!without )\\b(training|fine[- ]?tun\\w*|hyperparameter tuning)\\b");
    static const TextExpression serving =
        insensitive("\\b(endpoints?|inference|serving|hosting|real-?time|predictions?)\\b");
    static const TextExpression storage =
        QRegularExpression(QStringLiteral("\\b(S3|Blob Storage|Azure Storage|Data Lake( Storage)?|ADLS( Gen2)?|"
                                          "Cloud Storage|Object Storage)\\b"));
    static const TextExpression monitoring =
        QRegularExpression(QStringLiteral("\\b(CloudWatch|X-Ray|Azure Monitor|Application Insights|Log Analytics|"
                                          "Cloud (Monitoring|Logging)|Managed Grafana|Managed Prometheus)\\b"));
    const QList<const ServiceDefinition *> named = CapabilityCatalogue::instance().findServices(service);
    if (!named.isEmpty())
        return std::make_pair(CostKind::Serving, named.first()->name);
    if (platform.match(service).hasMatch()) {
        const QString both = service + QLatin1Char(' ') + configuration;
        if (training.match(both).hasMatch())
            return std::make_pair(CostKind::Training, service);
        if (serving.match(both).hasMatch())
            return std::make_pair(CostKind::Serving, service);
        return std::nullopt;
    }
    if (storage.match(service).hasMatch())
        return std::make_pair(CostKind::Storage, service);
    if (monitoring.match(service).hasMatch())
        return std::make_pair(CostKind::Monitoring, service);
    return std::nullopt;
}

// Every table of the document with a column of monthly costs that prices the
// system (not a comparison of options, not an option set aside).
QList<CostTable> costTables(const ProfileDocument &document)
{
    static const TextExpression total = insensitive("^(sub-?)?totals?\\b|\\btotal\\b|\\bcontingency\\b");
    static const TextExpression serviceHeader =
        insensitive("\\b(services?|resources?|components?|items?|products?)\\b");
    static const TextExpression configurationHeader =
        insensitive("\\b(configuration|config|sku|tier|specification|spec|details|usage|description|size)\\b");
    static const TextExpression summaryHeading =
        insensitive("\\b(summary|breakdown|total|estimate|estimated|overall)\\b");
    QList<CostTable> tables;
    const int count = document.lineCount();
    for (int number = 1; number + 1 <= count; ++number) {
        if (!document.isStatement(number))
            continue;
        const QString header = document.line(number);
        const MarkdownTableRow head = MarkdownTableRow::split(header);
        if (!head.isRow() || head.isDelimiter() || !MarkdownTableRow::split(document.line(number + 1)).isDelimiter())
            continue;
        QStringList headers;
        for (qsizetype column = 0; column < head.cells.size(); ++column)
            headers.append(MarkdownTableRow::words(head.cell(header, column)));
        int monthly = -1;
        for (int column = 1; column < headers.size() && monthly < 0; ++column)
            if (isMonthlyCostColumn(headers.at(column)))
                monthly = column;
        const QString heading = document.headingPathAt(number).join(QLatin1Char(' '));
        if (monthly < 0 || comparesOptions(headers) || isSetAside(heading)) {
            number += 1;
            continue;
        }
        int serviceColumn = 0;
        for (int column = 0; column < monthly; ++column)
            if (serviceHeader.match(headers.at(column)).hasMatch()) {
                serviceColumn = column;
                break;
            }
        int configurationColumn = serviceColumn + 1;
        for (int column = 0; column < headers.size(); ++column)
            if (column != serviceColumn && column != monthly &&
                configurationHeader.match(headers.at(column)).hasMatch()) {
                configurationColumn = column;
                break;
            }
        // "Monthly Cost (£)": the currency of amounts written without one.
        static const TextExpression currencySign(QStringLiteral("[£$€]"));
        const QString headerCurrency = currencySign.match(headers.at(monthly)).captured(0);
        CostTable table;
        static const TextExpression costHeading = insensitive("\\bcosts?\\b");
        table.summary = summaryHeading.match(heading).hasMatch() && costHeading.match(heading).hasMatch();
        int row = number + 2;
        for (; row <= count; ++row) {
            const QString line = document.line(row);
            const MarkdownTableRow cells = MarkdownTableRow::split(line);
            if (!cells.isRow())
                break;
            ++table.rowCount;
            const QString first = MarkdownTableRow::words(cells.cell(line, 0));
            if (total.match(first).hasMatch()) {
                table.hasTotal = true;
                continue;
            }
            if (isSetAside(MarkdownTableRow::words(line)))
                continue;
            std::optional<Money> money = Money::parseMonthly(MarkdownTableRow::words(cells.cell(line, monthly)));
            if (money && money->currency.isEmpty())
                money->currency = headerCurrency;
            if (!money || money->currency.isEmpty())
                continue;
            const auto kind = kindOf(MarkdownTableRow::words(cells.cell(line, serviceColumn)),
                                     MarkdownTableRow::words(cells.cell(line, configurationColumn)));
            if (kind)
                table.rows.append({row, kind->first, kind->second, *money});
        }
        if (!table.rows.isEmpty())
            tables.append(table);
        number = row;
    }
    return tables;
}

// The estimate of the whole system: the one table with a total (the one a
// cost summary heading names, when several have one), else the only table.
// Several candidates and nothing to choose between them say nothing for sure.
const CostTable *estimate(const QList<CostTable> &tables)
{
    QList<const CostTable *> totalled;
    QList<const CostTable *> summaries;
    for (const CostTable &table : tables) {
        if (!table.hasTotal)
            continue;
        totalled.append(&table);
        if (table.summary)
            summaries.append(&table);
    }
    if (totalled.size() == 1)
        return totalled.first();
    if (summaries.size() == 1)
        return summaries.first();
    if (totalled.isEmpty() && tables.size() == 1)
        return &tables.first();
    return nullptr;
}

// The rows of one kind added up: "£550 (CloudWatch, AWS X-Ray)"; nothing when
// they are in different currencies.
ContextValue sum(const CostTable &table, CostKind kind, const ProfileDocument &document)
{
    double total = 0;
    QString currency;
    QStringList services;
    int first = 0;
    for (const CostRow &row : table.rows) {
        if (row.kind != kind)
            continue;
        if (!currency.isEmpty() && currency != row.money.currency)
            return {};
        currency = row.money.currency;
        total += row.money.amount;
        if (!services.contains(row.service))
            services.append(row.service);
        if (first == 0)
            first = row.line;
    }
    if (first == 0)
        return {};
    return {QStringLiteral("%1 (%2)").arg(Money::format(total, currency), services.join(QStringLiteral(", "))),
            document.where(first)};
}

// True when the documents say how every model is obtained and none is trained
// by the project: a training row of the estimate is then no cost of this system.
bool trainsNothing(const MlSystemProfile &profile)
{
    if (profile.capabilities.isEmpty())
        return false;
    for (const MlCapability &capability : profile.capabilities)
        if (capability.approach.isEmpty() || capability.approach == QLatin1String("custom-trained") ||
            capability.approach == QLatin1String("fine-tuned"))
            return false;
    return true;
}

} // namespace

QString ResearchCostReader::researchTypeOf(const QString &cloud)
{
    if (cloud == QLatin1String("AWS"))
        return QStringLiteral("AWRS");
    if (cloud == QLatin1String("Azure"))
        return QStringLiteral("AZRS");
    if (cloud == QLatin1String("Google Cloud"))
        return QStringLiteral("GCRS");
    return {};
}

void ResearchCostReader::read(const ProfileDocuments &documents, MlSystemProfile &profile) const
{
    if (!profile.platform.isDecided())
        return;
    const QString type = researchTypeOf(ChoiceResolver::cloudFamily(profile.platform.decided.value));
    if (type.isEmpty())
        return;
    for (const ProfileDocument &document : documents) {
        if (document.type != type)
            continue;
        const QList<CostTable> tables = costTables(document);
        const CostTable *table = estimate(tables);
        if (!table)
            continue;
        const std::pair<ContextValue *, CostKind> costs[] = {{&profile.servingCost, CostKind::Serving},
                                                             {&profile.trainingCost, CostKind::Training},
                                                             {&profile.storageCost, CostKind::Storage},
                                                             {&profile.monitoringCost, CostKind::Monitoring}};
        for (const auto &[cost, kind] : costs)
            if (cost->isEmpty() && !(kind == CostKind::Training && trainsNothing(profile)))
                *cost = sum(*table, kind, document);
        return; // one estimate: the first research document of the cloud that has one
    }
}

} // namespace arckit
