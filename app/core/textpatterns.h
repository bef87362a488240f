#pragma once
// Text helpers the document readers share: an expression written as a UTF-8
// literal and matched without regard to case, and a requirement's text cut
// into clauses (a line, a list item or a sentence) so that a figure or a word
// in one clause never lends itself to the next.
#include <QRegularExpression>
#include <QStringList>

namespace arckit::textpatterns {

inline QRegularExpression insensitive(const char *pattern)
{
    QRegularExpression expression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    expression.optimize();
    return expression;
}

inline QStringList clauses(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("\\n|(?<=[.;])\\s+(?=[A-Z*])"));
    return text.split(split, Qt::SkipEmptyParts);
}

} // namespace arckit::textpatterns
