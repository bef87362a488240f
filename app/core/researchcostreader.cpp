#include "researchcostreader.h"

#include "capabilitycatalogue.h"
#include "choiceresolver.h"
#include "markdowntablerow.h"
#include "textpatterns.h"

#include <QLocale>
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
    double amount = 0;
    QString currency;
};

struct CostTable
{
    QList<CostRow> rows;
    int rowCount = 0;      // every row, those of no kind included
    bool hasTotal = false; // a "Total" row: the estimate's summary, not one section's detail
};

QString plain(QStringView cell)
{
    QString text = MarkdownTableRow::unescaped(cell);
    text.remove(QLatin1Char('*'));
    text.remove(QLatin1Char('`'));
    return text.simplified();
}

// A column of monthly amounts: "Monthly Cost (£)", "Cost (monthly)", "Est. Monthly".
bool isMonthlyColumn(const QString &header)
{
    static const QRegularExpression monthly =
        insensitive("\\bmonthly\\b|\\bper month\\b|/\\s*month\\b|\\bcost\\b.*\\bmonth\\b|\\bmonth\\b.*\\bcost\\b");
    static const QRegularExpression otherPeriod = insensitive("\\b(annual|yearly|year|one-?off|upfront)\\b");
    return monthly.match(header).hasMatch() && !otherPeriod.match(header).hasMatch();
}

// "£40,000", "~$1.2k", "£8,500/month"; a range ("£8,000-£10,000") or a
// figure with words ("£40 per 1M tokens") is no monthly amount.
std::optional<std::pair<double, QString>> monthlyAmount(const QString &cell)
{
    static const QRegularExpression money(QStringLiteral(
        "^[~≈]?\\s*([£$€])\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s?([kKmM])?\\s*(?:(?:/|per)\\s*(?:month|mo))?$"));
    const QRegularExpressionMatch match = money.match(cell);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = match.captured(2).remove(QLatin1Char(',')).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (match.captured(3).compare(QLatin1String("k"), Qt::CaseInsensitive) == 0)
        value *= 1000;
    else if (match.captured(3).compare(QLatin1String("m"), Qt::CaseInsensitive) == 0)
        value *= 1000000;
    return std::make_pair(value, match.captured(1));
}

// What a row of the estimate pays for, from the service it names (its first
// cell) and what it configures (its second); nothing for the rest of the
// system (containers, databases, networking, security).
std::optional<std::pair<CostKind, QString>> kindOf(const QString &service, const QString &configuration)
{
    static const QRegularExpression platform = insensitive("\\b(Sage ?Maker|Azure (Machine Learning|ML)|Vertex AI)\\b");
    static const QRegularExpression training =
        insensitive("\\b(training|fine[- ]?tun\\w*|notebooks?|experiments?|hyperparameter)\\b");
    static const QRegularExpression serving =
        insensitive("\\b(endpoints?|inference|serving|hosting|real-?time|predictions?)\\b");
    static const QRegularExpression storage =
        QRegularExpression(QStringLiteral("\\b(S3|Blob Storage|Azure Storage|Data Lake( Storage)?|ADLS( Gen2)?|"
                                          "Cloud Storage|Object Storage)\\b"));
    static const QRegularExpression monitoring =
        QRegularExpression(QStringLiteral("\\b(CloudWatch|X-Ray|Azure Monitor|Application Insights|Log Analytics|"
                                          "Cloud (Monitoring|Logging)|Managed Grafana|Managed Prometheus)\\b"));
    const QString both = service + QLatin1Char(' ') + configuration;
    const QList<const ServiceDefinition *> named = CapabilityCatalogue::instance().findServices(service);
    const bool mlPlatform = platform.match(service).hasMatch();
    if ((mlPlatform || !named.isEmpty()) && training.match(both).hasMatch())
        return std::make_pair(CostKind::Training, service);
    if (!named.isEmpty())
        return std::make_pair(CostKind::Serving, named.first()->name);
    if (mlPlatform && serving.match(both).hasMatch())
        return std::make_pair(CostKind::Serving, service);
    if (storage.match(service).hasMatch())
        return std::make_pair(CostKind::Storage, service);
    if (monitoring.match(service).hasMatch())
        return std::make_pair(CostKind::Monitoring, service);
    return std::nullopt;
}

// Every table of the document with a column of monthly amounts.
QList<CostTable> costTables(const ProfileDocument &document)
{
    static const QRegularExpression total = insensitive("^(sub-?)?totals?\\b|\\btotal\\b|\\bcontingency\\b");
    QList<CostTable> tables;
    const int count = document.lineCount();
    for (int number = 1; number + 1 <= count; ++number) {
        if (!document.isStatement(number))
            continue;
        const QString header = document.line(number);
        const MarkdownTableRow head = MarkdownTableRow::split(header);
        if (!head.isRow() || head.isDelimiter() || !MarkdownTableRow::split(document.line(number + 1)).isDelimiter())
            continue;
        int monthly = -1;
        for (int column = 1; column < head.cells.size() && monthly < 0; ++column)
            if (isMonthlyColumn(plain(head.cell(header, column))))
                monthly = column;
        if (monthly < 0)
            continue;
        CostTable table;
        int row = number + 2;
        for (; row <= count; ++row) {
            const QString line = document.line(row);
            const MarkdownTableRow cells = MarkdownTableRow::split(line);
            if (!cells.isRow())
                break;
            ++table.rowCount;
            const QString service = plain(cells.cell(line, 0));
            if (total.match(service).hasMatch()) {
                table.hasTotal = true;
                continue;
            }
            const auto amount = monthlyAmount(plain(cells.cell(line, monthly)));
            const auto kind = amount ? kindOf(service, plain(cells.cell(line, 1))) : std::nullopt;
            if (kind)
                table.rows.append({row, kind->first, kind->second, amount->first, amount->second});
        }
        if (!table.rows.isEmpty())
            tables.append(table);
        number = row;
    }
    return tables;
}

// The estimate of the whole system: the one table, else the one with a total
// and the most rows. Several detail tables without a total say nothing for sure.
const CostTable *estimate(const QList<CostTable> &tables)
{
    const CostTable *best = nullptr;
    for (const CostTable &table : tables)
        if (table.hasTotal && (!best || table.rowCount > best->rowCount))
            best = &table;
    if (!best && tables.size() == 1)
        best = &tables.first();
    return best;
}

// The rows of one kind added up: "£550 (CloudWatch, X-Ray)"; nothing when
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
        if (!currency.isEmpty() && currency != row.currency)
            return {};
        currency = row.currency;
        total += row.amount;
        if (!services.contains(row.service))
            services.append(row.service);
        if (first == 0)
            first = row.line;
    }
    if (first == 0)
        return {};
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QString amount = currency + locale.toString(total, 'f', total == qRound64(total) ? 0 : 2);
    return {QStringLiteral("%1 (%2)").arg(amount, services.join(QStringLiteral(", "))), document.where(first)};
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
            if (cost->isEmpty())
                *cost = sum(*table, kind, document);
        return; // one estimate: the first research document of the cloud that has one
    }
}

} // namespace arckit
