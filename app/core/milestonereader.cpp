#include "milestonereader.h"
#include "textexpression.h"

#include "markdowntablerow.h"
#include "textpatterns.h"

#include <QRegularExpression>

namespace arckit {

namespace {

using textpatterns::insensitive;

const TextExpression &goLiveName()
{
    static const TextExpression name =
        insensitive("\\bproduction (launch|release|deployment|go[- ]live|cut[- ]?over)\\b|\\bgo[- ]live\\b|"
                    "\\b(launch|release|deploy(ment)?) (in)?to production\\b|\\blive (service )?launch\\b|"
                    "\\blaunch \\(live\\)|\\bservice go[- ]live\\b");
    return name;
}

// Around the milestone, not the milestone: its gates, its activities, its aftermath.
const TextExpression &notTheMilestone()
{
    static const TextExpression around =
        insensitive("\\b(assessment|readiness|review|communications?|approval|hypercare|go/no[- ]go|decision|"
                    "preparation|planning|rehearsal|checklist|support|criteria|post[- ]launch|after)\\b");
    return around;
}

const TextExpression &timeExpression()
{
    static const TextExpression time =
        insensitive("\\b(week|wk|month|sprint|day)\\s*\\d+\\b|\\b(19|20)\\d\\d-\\d\\d(-\\d\\d)?\\b|\\bQ[1-4]\\s*(FY\\s*"
                    ")?\\d{2,4}\\b|"
                    "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|"
                    "nov(ember)?|dec(ember)?)\\s+(19|20)\\d\\d\\b|\\b(early|mid|late|end[- ]of)[- ](19|20)\\d\\d\\b");
    return time;
}

// A heading or a label that introduces milestones.
bool introducesMilestones(const QString &text)
{
    static const TextExpression words =
        insensitive("\\b(milestones?|timeline|roadmap|schedule|key dates|delivery plan|phases)\\b");
    return words.match(text).hasMatch();
}

QString plainText(QStringView text)
{
    QString plain = text.toString();
    plain.remove(QStringLiteral("**")).remove(QLatin1Char('`'));
    return plain.simplified();
}

bool isListItem(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("- ")) || trimmed.startsWith(QLatin1String("* ")) ||
           (!trimmed.isEmpty() && trimmed.front().isDigit() && trimmed.contains(QLatin1String(". ")));
}

} // namespace

ContextValue MilestoneReader::goLive(const ProfileDocuments &documents) const
{
    for (const char *type : {"PLAN", "ROAD", "ROADMAP", "REQ"})
        if (const ProfileDocument *document = documentOfType(documents, QLatin1StringView(type))) {
            const ContextValue milestone = goLive(*document);
            if (!milestone.isEmpty())
                return milestone;
        }
    return {};
}

ContextValue MilestoneReader::goLive(const ProfileDocument &document) const
{
    // Every name of the milestone holds one of these words: only their lines are searched.
    static const QList<quint64> words = WordIndex::keys("production live golive");
    for (const int number : document.words.linesWithAny(words)) {
        if (!document.isStatement(number))
            continue;
        const QString line = document.line(number);
        if (!goLiveName().match(line).hasMatch())
            continue;
        const MarkdownTableRow row = MarkdownTableRow::split(line);
        if (row.isRow()) {
            // The table: its header row is the first of the rows above.
            int header = number;
            while (header > 1 && MarkdownTableRow::split(document.line(header - 1)).isRow())
                --header;
            if (header == number || !introducesMilestones(document.headingPathAt(number).join(QLatin1Char(' '))))
                continue;
            const QString headerLine = document.line(header);
            const MarkdownTableRow headers = MarkdownTableRow::split(headerLine);
            static const TextExpression bareNumber(QStringLiteral("^\\d+(\\s*[-–]\\s*\\d+)?$"));
            QString name;
            QStringList times;
            for (qsizetype index = 0; index < row.cells.size(); ++index) {
                const QString cell = plainText(row.cell(line, index));
                const QString heading = plainText(headers.cell(headerLine, index));
                if (name.isEmpty() && goLiveName().match(cell).hasMatch()) {
                    if (notTheMilestone().match(cell).hasMatch())
                        break;
                    name = cell;
                } else if (timeExpression().match(cell).hasMatch()) {
                    times.append(cell);
                } else if (const QRegularExpressionMatch number = bareNumber.match(cell); number.hasMatch()) {
                    // A bare number under "Week" or "Month" ("Week 45"), a range
                    // under "Week" or "Weeks" ("Weeks 64-65"); a bare number under
                    // "Weeks" is a duration, not a time.
                    static const TextExpression unit = insensitive("^(week|month|sprint|day)(s?)\\b");
                    const auto match = unit.match(heading);
                    const bool range = !number.captured(1).isEmpty();
                    if (match.hasMatch() && (range || match.captured(2).isEmpty()))
                        times.append(match.captured(1) + (range ? QStringLiteral("s ") : QStringLiteral(" ")) + cell);
                }
            }
            if (!name.isEmpty() && !times.isEmpty())
                return {name + QStringLiteral(", ") + times.join(QStringLiteral(", ")), document.where(number)};
            continue;
        }
        if (!isListItem(line))
            continue;
        // The list's label ("**Key Milestones**:") or its heading.
        int label = number;
        while (label > 1 && isListItem(document.line(label - 1)))
            --label;
        QString introduction = label > 1 ? document.line(label - 1) : QString();
        if (introduction.trimmed().isEmpty() && label > 2) // a blank line after the label
            introduction = document.line(label - 2);
        if (!introducesMilestones(introduction) &&
            !introducesMilestones(document.headingPathAt(number).join(QLatin1Char(' '))))
            continue;
        QString item = plainText(line);
        static const TextExpression marker(QStringLiteral("^([-*]|\\d+\\.)\\s+"));
        item.remove(marker);
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString name = item.left(colon).trimmed();
        const QString when = item.mid(colon + 1).trimmed();
        if (!goLiveName().match(name).hasMatch() || notTheMilestone().match(name).hasMatch() ||
            !timeExpression().match(when).hasMatch())
            continue;
        return {name + QStringLiteral(", ") + when, document.where(number)};
    }
    return {};
}

} // namespace arckit
