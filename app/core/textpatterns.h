#pragma once
// Text helpers the document readers share: an expression written as a UTF-8
// literal and matched without regard to case, a requirement's text cut
// into clauses (a line, a list item or a sentence) so that a figure or a word
// in one clause never lends itself to the next, and the words that can tell
// one model from another.
#include "textexpression.h"

#include <QRegularExpression>
#include <QStringList>
#include <QStringView>
#include <algorithm>

namespace arckit::textpatterns {

// Whether the text names the requirement ID as a word: "FR-003" in
// "(FR-003, FR-004)", not in "FR-0031".
inline bool citesId(QStringView text, QStringView id)
{
    for (qsizetype at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
        const qsizetype end = at + id.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

// Whether the text says the phrase as words, in any case, one or several:
// "the likeness checks" says "likeness check", "likeness checker" does not.
inline bool containsWords(QStringView text, QStringView phrase)
{
    for (qsizetype at = text.indexOf(phrase, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(phrase, at + 1, Qt::CaseInsensitive)) {
        qsizetype end = at + phrase.size();
        if (end < text.size() && (text.at(end) == u's' || text.at(end) == u'S'))
            ++end;
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

// The text outside parentheses (nested ones too): the subject of "Simple Tax
// Query (No Authentication)", what a sentence asks without its asides.
inline QString withoutParentheses(QStringView text)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = depth > 0 ? depth - 1 : 0;
        else if (depth == 0)
            out.append(c);
    }
    return out;
}

// The protective marking a classification names, on the UK scale (PUBLIC,
// OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET) or an organisation's
// (INTERNAL, CONFIDENTIAL, RESTRICTED), written as the scales write it; a
// descriptor after it ("OFFICIAL – COMMERCIAL", "OFFICIAL-SENSITIVE: PERSONAL")
// is no other marking. Empty when the value names none of them.
inline QString classificationMarking(QStringView value)
{
    QString text = value.toString().toUpper();
    for (const QChar separator : {QChar(u'-'), QChar(u'_'), QChar(0x2013), QChar(0x2014), QChar(u':'), QChar(u'/')})
        text.replace(separator, QLatin1Char(' '));
    text = text.simplified();
    static const char *const markings[] = {"OFFICIAL SENSITIVE", "TOP SECRET",   "OFFICIAL",  "SECRET", "PUBLIC",
                                           "INTERNAL",           "CONFIDENTIAL", "RESTRICTED"};
    static const char *const descriptors[] = {"COMMERCIAL", "PERSONAL", "LOCSEN", "LOCALLY SENSITIVE"};
    for (const char *marking : markings) {
        const QLatin1String name(marking);
        if (!text.startsWith(name))
            continue;
        const QStringView rest = QStringView(text).mid(name.size()).trimmed();
        // An organisation qualifies its own markings as it likes ("INTERNAL - CNI
        // SENSITIVE"); the government's take only their listed descriptors.
        const bool organisational = name == QLatin1String("INTERNAL") || name == QLatin1String("CONFIDENTIAL") ||
                                    name == QLatin1String("RESTRICTED");
        const bool descriptor = std::any_of(std::begin(descriptors), std::end(descriptors),
                                            [rest](const char *d) { return rest == QLatin1String(d); }) ||
                                (organisational && rest.count(QLatin1Char(' ')) < 4);
        if (!rest.isEmpty() && !descriptor)
            return {};
        QString written = QString(name);
        if (written == QLatin1String("OFFICIAL SENSITIVE"))
            written = QStringLiteral("OFFICIAL-SENSITIVE");
        return written;
    }
    return {};
}

inline TextExpression insensitive(const char *pattern)
{
    QRegularExpression expression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    expression.optimize();
    return expression;
}

// The clauses of a text, as views into it: split at each line break, and
// at the spaces after a "." or ";" that a capital or a "*" follows (a new
// sentence or list item). Written by hand: splitting with an expression cost
// more than the reads it serves, on every ML requirement of every profile.
inline QList<QStringView> clauses(QStringView text)
{
    auto asciiSpace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
    };
    QList<QStringView> parts;
    qsizetype start = 0;
    auto close = [&](qsizetype end, qsizetype next) {
        if (end > start)
            parts.append(text.sliced(start, end - start));
        start = next;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            close(i, i + 1);
        } else if ((c == u'.' || c == u';') && i + 1 < size && asciiSpace(text.at(i + 1))) {
            qsizetype next = i + 1;
            while (next < size && asciiSpace(text.at(next)))
                ++next;
            const QChar after = next < size ? text.at(next) : QChar();
            if ((after >= u'A' && after <= u'Z') || after == u'*') {
                close(i + 1, next);
                i = next - 1;
            }
        }
    }
    close(size, size);
    return parts;
}

// Words that say something about a particular model (four characters or
// more, lower case, each once); the generic ones would make every
// requirement match every model.
inline QStringList distinctiveWords(const QString &text)
{
    static const TextExpression word(QStringLiteral("[a-z][a-z0-9-]{3,}"));
    static const QStringList generic = {
        QStringLiteral("model"),   QStringLiteral("models"),     QStringLiteral("system"),
        QStringLiteral("shall"),   QStringLiteral("should"),     QStringLiteral("must"),
        QStringLiteral("which"),   QStringLiteral("their"),      QStringLiteral("using"),
        QStringLiteral("based"),   QStringLiteral("learning"),   QStringLiteral("machine"),
        QStringLiteral("service"), QStringLiteral("data"),       QStringLiteral("with"),
        QStringLiteral("from"),    QStringLiteral("that"),       QStringLiteral("this"),
        QStringLiteral("will"),    QStringLiteral("users"),      QStringLiteral("user"),
        QStringLiteral("other"),   QStringLiteral("custom"),     QStringLiteral("trained"),
        QStringLiteral("pytorch"), QStringLiteral("tensorflow"), QStringLiteral("scikit-learn"),
    };
    QStringList words;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!generic.contains(w) && !words.contains(w))
            words.append(w);
    }
    return words;
}

} // namespace arckit::textpatterns
