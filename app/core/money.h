#pragma once
// A monthly amount of money as people write it in cost tables and answers:
// "£12,500", "12500", "£12.5k", "~£900", "£3k / month", and "£40,000 (Amazon
// Bedrock)" with what it pays for after it. A note that names another period
// ("£60,000 (one-off, Year 1)") makes it no monthly amount; nor does a range
// or a rate ("£8,000-£10,000", "$0.024 per minute").

#include <QString>
#include <QStringView>

#include <optional>

namespace arckit {

struct Money
{
    double amount = 0;
    QString currency; // "£", "$", "€"; empty when the text gives none

    static std::optional<Money> parseMonthly(const QString &text);
    // "£40,750", "£13.50": the amount in the currency, grouped as in the UK.
    static QString format(double amount, const QString &currency);
};

} // namespace arckit
