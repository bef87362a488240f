#include "teamreader.h"
#include "textexpression.h"

#include "markdowntablerow.h"
#include "textpatterns.h"

#include <QRegularExpression>

#include <iterator>

namespace arckit {

namespace {

using textpatterns::insensitive;

struct Role
{
    const char *pattern;    // the role's names, as a regular expression alternative
    QLatin1StringView word; // a word every name holds: the lines to look at (WordIndex)
    ContextValue MlSystemProfile::*size;
};

const Role roles[] = {
    {"(?:ML|Machine Learning|MLOps|AI|AI/ML) Engineers?", QLatin1StringView("engineer"),
     &MlSystemProfile::mlEngineerFte},
    {"Data Scientists?", QLatin1StringView("scientist"), &MlSystemProfile::dataScientistFte},
    {"Data Engineers?", QLatin1StringView("engineer"), &MlSystemProfile::dataEngineerFte},
};

// The documents that plan a team: the transparency record, the plan, the business cases.
bool plansATeam(const QString &type)
{
    static const QStringList types = {QStringLiteral("ATRS"), QStringLiteral("PLAN"), QStringLiteral("SOBC"),
                                      QStringLiteral("OBC"), QStringLiteral("FBC")};
    return types.contains(type);
}

// A row of a table whose header names a column of people ("FTE", "Headcount"):
// the count in that column of the row that names the role in its first cell.
QString countInTable(const ProfileDocument &document, int number, const TextExpression &role)
{
    const QString line = document.line(number);
    const MarkdownTableRow row = MarkdownTableRow::split(line);
    if (!row.isRow() || row.isDelimiter() || !role.match(MarkdownTableRow::words(row.cell(line, 0))).hasMatch())
        return {};
    // The header: the row above the delimiter that opens this table.
    int header = number - 1;
    while (header > 1 && !MarkdownTableRow::split(document.line(header)).isDelimiter()) {
        if (!MarkdownTableRow::split(document.line(header)).isRow())
            return {};
        --header;
    }
    --header;
    const QString head = document.line(header);
    const MarkdownTableRow heads = MarkdownTableRow::split(head);
    // A column of people, not of days, hours or money ("Number of days").
    static const TextExpression people =
        insensitive("^(FTE|headcount|people|staff|number of (FTE|people|staff)|(team )?size)$");
    static const TextExpression count(QStringLiteral("^(\\d+(?:\\.\\d+)?)(?:\\s*FTE)?$"));
    for (qsizetype column = 1; column < heads.cells.size() && column < row.cells.size(); ++column) {
        if (!people.match(MarkdownTableRow::words(heads.cell(head, column))).hasMatch())
            continue;
        const QRegularExpressionMatch match = count.match(MarkdownTableRow::words(row.cell(line, column)));
        return match.hasMatch() ? match.captured(1) : QString();
    }
    return {};
}

// The expressions of one role, compiled once: each is hundreds of
// microseconds to build and the team is read on every analysis.
struct RoleExpressions
{
    QRegularExpression named;  // the role's names alone
    QRegularExpression after;  // "Data Scientist (1 FTE)", "Data Scientist: 1 FTE", "... - 0.5 FTE"
    QRegularExpression before; // "1 FTE Data Scientist", "2 x ML Engineers", "2 × Data Engineers"

    explicit RoleExpressions(const QString &role)
        // Not the end of a range ("2-3 FTE ML Engineers").
        : named(QStringLiteral("\\b(?:%1)\\b").arg(role), QRegularExpression::CaseInsensitiveOption)
        , after(QStringLiteral("\\b(?:%1)\\b\\**\\s*(?:\\(|:|-|–|—)?\\s*(?<![\\d.][-–])(\\d+(?:\\.\\d+)?)\\s*FTE\\b")
                    .arg(role),
                QRegularExpression::CaseInsensitiveOption)
        , before(QStringLiteral("(?<![\\d.][-–])\\b(\\d+(?:\\.\\d+)?)\\s*(?:FTE|x|×)\\s+(?:%1)\\b").arg(role),
                 QRegularExpression::CaseInsensitiveOption)
    {
    }

    QString countIn(const QString &line) const
    {
        QRegularExpressionMatch match = after.match(line);
        if (!match.hasMatch())
            match = before.match(line);
        return match.hasMatch() ? match.captured(1) : QString();
    }
};

} // namespace

QString TeamReader::countIn(const QString &line, const QString &rolePattern)
{
    return RoleExpressions(rolePattern).countIn(line);
}

void TeamReader::read(const ProfileDocuments &documents, MlSystemProfile &profile) const
{
    static const RoleExpressions expressions[] = {RoleExpressions(QLatin1String(roles[0].pattern)),
                                                  RoleExpressions(QLatin1String(roles[1].pattern)),
                                                  RoleExpressions(QLatin1String(roles[2].pattern))};
    static_assert(std::size(roles) == std::size(expressions));
    for (size_t r = 0; r < std::size(roles); ++r) {
        const Role &role = roles[r];
        const RoleExpressions &expression = expressions[r];
        ContextValue &size = profile.*(role.size);
        if (!size.isEmpty())
            continue;
        // Every count the documents give; counts that differ (a team that
        // grows by phase) say nothing for sure.
        ContextValue first;
        bool differ = false;
        for (const ProfileDocument &document : documents) {
            if (!plansATeam(document.type))
                continue;
            for (const int number : document.words.linesWith(role.word)) {
                if (!document.isStatement(number))
                    continue;
                const QString line = document.line(number);
                if (!expression.named.match(line).hasMatch())
                    continue;
                QString count = expression.countIn(line);
                if (count.isEmpty())
                    count = countInTable(document, number, expression.named);
                if (count.isEmpty())
                    continue;
                if (first.isEmpty())
                    first = {count, document.where(number)};
                else if (count.toDouble() != first.value.toDouble())
                    differ = true;
            }
        }
        if (!differ)
            size = first;
    }
}

} // namespace arckit
