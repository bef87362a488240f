#pragma once
// A regular expression for the rules that read documents. QRegularExpression
// asks PCRE2 to check that the whole subject is valid UTF-16 on every match:
// about ten instructions a character, paid again for each of the hundreds of
// expressions a profile runs over the same requirement or line, and the largest
// single cost of a profile. Only surrogates can make UTF-16 invalid, and most
// documents have none: a text without any is matched unchecked, a text with
// some (an emoji, a stray half of a pair) is checked as before.

#include <QRegularExpression>
#include <QStringView>

#include <cstring>

namespace arckit {

class TextExpression : public QRegularExpression
{
public:
    using QRegularExpression::QRegularExpression;
    TextExpression(const QRegularExpression &expression) // NOLINT: made by the same helpers as before
        : QRegularExpression(expression)
    {
    }

    QRegularExpressionMatch match(QStringView subject, qsizetype offset = 0) const
    {
        return QRegularExpression::match(subject, offset, NormalMatch, optionsFor(subject));
    }
    // A QString is kept by the match (its captures outlive a temporary line).
    QRegularExpressionMatch match(const QString &subject, qsizetype offset = 0) const
    {
        return QRegularExpression::match(subject, offset, NormalMatch, optionsFor(subject));
    }
    QRegularExpressionMatchIterator globalMatch(QStringView subject, qsizetype offset = 0) const
    {
        return QRegularExpression::globalMatch(subject, offset, NormalMatch, optionsFor(subject));
    }
    QRegularExpressionMatchIterator globalMatch(const QString &subject, qsizetype offset = 0) const
    {
        return QRegularExpression::globalMatch(subject, offset, NormalMatch, optionsFor(subject));
    }

    // Whether the text holds a surrogate code unit: the only way UTF-16 can
    // be invalid. Four units at a time: a unit is a surrogate when its top five
    // bits are 11011, that is when (unit & 0xF800) ^ 0xD800 is zero.
    static bool hasSurrogates(QStringView text)
    {
        const char16_t *units = text.utf16();
        const qsizetype size = text.size();
        constexpr quint64 topBits = 0xF800F800F800F800ull;
        constexpr quint64 surrogate = 0xD800D800D800D800ull;
        constexpr quint64 ones = 0x0001000100010001ull;
        constexpr quint64 highs = 0x8000800080008000ull;
        qsizetype i = 0;
        for (; i + 4 <= size; i += 4) {
            quint64 four;
            std::memcpy(&four, units + i, sizeof four);
            const quint64 zeroIfSurrogate = (four & topBits) ^ surrogate;
            // A lane is zero exactly when subtracting one borrows into its top bit.
            if ((zeroIfSurrogate - ones) & ~zeroIfSurrogate & highs)
                return true;
        }
        for (; i < size; ++i)
            if ((units[i] & 0xF800) == 0xD800)
                return true;
        return false;
    }

private:
    static MatchOptions optionsFor(QStringView subject)
    {
        return hasSurrogates(subject) ? NoMatchOption : DontCheckSubjectStringMatchOption;
    }
};

} // namespace arckit
