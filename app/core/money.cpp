#include "money.h"
#include "textexpression.h"

#include <QLocale>
#include <QRegularExpression>

namespace arckit {

std::optional<Money> Money::parseMonthly(const QString &text)
{
    static const TextExpression money(
        QStringLiteral("^\\s*[~≈]?\\s*([£$€])?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kKmM])?\\s*"
                       "(?:(?:/|per)\\s*(?:month|mo)|pcm|monthly)?\\s*(?:\\(([^()]*)\\))?\\s*$"));
    static const TextExpression otherPeriod(
        QStringLiteral("\\b(year|years|yr|annual|annually|annum|one-?off|upfront|once|per|week|weekly|day|daily|"
                       "hour|hourly)\\b|\\bY\\d\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = money.match(text);
    if (!match.hasMatch() || otherPeriod.match(match.captured(4)).hasMatch())
        return std::nullopt;
    bool ok = false;
    double amount = match.captured(2).remove(QLatin1Char(',')).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString scale = match.captured(3).toLower();
    if (scale == QLatin1String("k"))
        amount *= 1000;
    else if (scale == QLatin1String("m"))
        amount *= 1000000;
    return Money{amount, match.captured(1)};
}

QString Money::format(double amount, const QString &currency)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return currency + locale.toString(amount, 'f', amount == qRound64(amount) ? 0 : 2);
}

} // namespace arckit
