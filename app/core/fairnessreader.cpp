#include "fairnessreader.h"

#include "textpatterns.h"
#include "wordindex.h"

#include <QRegularExpression>

namespace arckit {

namespace {

using textpatterns::insensitive;

const QRegularExpression &groupsLabel()
{
    // A heading, a bold label or a line ending in a colon; the words may carry
    // the law they come from ("Protected Characteristics (Equality Act 2010):").
    static const QRegularExpression label =
        insensitive("^\\s*(?:#+\\s*|\\d+\\.\\s*|[-*]\\s+)?\\**\\s*(?:\\d+\\.\\s*)?protected "
                    "(characteristics|groups|attributes)(?: considered)?\\b[^:|]{0,40}:?\\**\\s*:?\\s*(.*)$");
    return label;
}

// "Gender (male, female)" -> "Gender"; "[x] Age — elderly users" -> "Age";
// "[ ] Religion" -> "" (not ticked).
QString groupOfItem(QString item)
{
    static const QRegularExpression marker = insensitive("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    static const QRegularExpression box = insensitive("^\\[([ xX])\\]\\s*");
    item.remove(marker);
    const QRegularExpressionMatch ticked = box.match(item);
    if (ticked.hasMatch()) {
        if (ticked.captured(1) == QLatin1String(" "))
            return {};
        item.remove(0, ticked.capturedLength());
    }
    item.remove(QStringLiteral("**"));
    static const QRegularExpression end(QStringLiteral("\\s*(\\(|—|–| - |:|,|;).*$"));
    item.remove(end);
    item = item.trimmed();
    // A name of a few words, not a sentence.
    if (item.size() < 2 || item.size() > 40 || item.count(QLatin1Char(' ')) > 3)
        return {};
    item[0] = item.at(0).toUpper();
    return item;
}

QString capitalised(QString word)
{
    word = word.toLower();
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

QString sourceOf(const Requirement &requirement)
{
    return requirement.source + QLatin1Char(':') + QString::number(requirement.line);
}

} // namespace

QStringList FairnessReader::groupsListedAt(const QStringList &lines, qsizetype labelLine)
{
    const QRegularExpressionMatch label = groupsLabel().match(lines.at(labelLine));
    if (!label.hasMatch())
        return {};
    QStringList groups;
    auto add = [&groups](const QString &group) {
        if (!group.isEmpty() && !groups.contains(group, Qt::CaseInsensitive))
            groups.append(group);
    };
    // Listed on the label's own line: "Protected characteristics: age, sex and disability".
    const QString inline_ = label.captured(2).remove(QStringLiteral("**")).trimmed();
    if (inline_.contains(QLatin1Char(','))) {
        static const QRegularExpression separator(QStringLiteral("\\s*(,|;|\\band\\b|\\bor\\b)\\s*"));
        for (const QString &part : inline_.split(separator, Qt::SkipEmptyParts))
            add(groupOfItem(part.trimmed().remove(QRegularExpression(QStringLiteral("\\.$")))));
        return groups.size() >= 2 ? groups : QStringList();
    }
    // Else the list below it, after at most one blank line.
    static const QRegularExpression item = insensitive("^\\s*(?:[-*+]|\\d+[.)])\\s+\\S");
    qsizetype index = labelLine + 1;
    if (index < lines.size() && lines.at(index).trimmed().isEmpty())
        ++index;
    for (; index < lines.size() && item.match(lines.at(index)).hasMatch(); ++index) {
        // Nested items explain the group above them.
        if (lines.at(index).startsWith(QLatin1String("  ")))
            continue;
        add(groupOfItem(lines.at(index)));
    }
    return groups.size() >= 2 ? groups : QStringList();
}

void FairnessReader::read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
                          const ProfileDocuments &documents, MlSystemProfile &profile) const
{
    // The fairness metric's bound: "Demographic parity ... (threshold: <5% deviation)".
    static const QRegularExpression threshold = insensitive(
        "\\b(demographic parity|equal(i[sz]ed)? (opportunit(y|ies)|odds)|disparate impact|fairness|disparit(y|ies)|"
        "bias)\\b[^\\n]{0,120}?(?:threshold:?\\s*)?(?<bound><|≤|<=|within|under|below|less than|no more than)\\s*"
        "(?<value>\\d+(?:\\.\\d+)?\\s*%|0\\.\\d+)(?:\\s+(?<unit>deviation|difference|disparity|gap|variance))?");
    // How often it is looked at: "fairness metrics with quarterly monitoring".
    static const QRegularExpression frequency = insensitive(
        "\\b(daily|weekly|fortnightly|monthly|quarterly|annual(ly)?|yearly|continuous(ly)?|real[- ]time)\\b");
    static const QRegularExpression watched =
        insensitive("\\b(monitor\\w*|audit\\w*|test\\w*|review\\w*|report\\w*|measur\\w*|assess\\w*|check\\w*)\\b");
    static const QRegularExpression fairness =
        insensitive("\\b(bias|fairness|disparit\\w*|protected characteristics)\\b");
    // The words every fairness requirement holds ("fairne" finds "fairness", "dispar" "disparity").
    static const QList<quint64> fairnessWords = WordIndex::keys("bias fairness disparity");

    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (!requirement.ml && !mlRequirementIds.contains(requirement.id))
            continue;
        static const QList<quint64> protectedWord = WordIndex::keys("protected");
        const bool aboutFairness = read.words.containsAny(fairnessWords);
        if (!aboutFairness && !read.words.containsAny(protectedWord))
            continue;
        // Each rule's words first: most fairness requirements state no bound and no frequency.
        static const QList<quint64> frequencyWords = WordIndex::keys(
            "daily weekly fortnightly monthly quarterly annual annually yearly continuous continuously real");
        const bool mayStateBound =
            aboutFairness && (read.text.contains(QLatin1Char('%')) || read.text.contains(QLatin1String("0.")));
        // The bound sits on one line with its metric: only the lines with a number are matched.
        for (qsizetype start = 0; profile.fairnessThreshold.isEmpty() && mayStateBound && start < read.text.size();) {
            qsizetype end = read.text.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = read.text.size();
            const QStringView line = QStringView(read.text).mid(start, end - start);
            start = end + 1;
            if (!line.contains(QLatin1Char('%')) && !line.contains(QLatin1String("0.")))
                continue;
            if (const QRegularExpressionMatch match = threshold.match(line); match.hasMatch()) {
                QString bound = match.captured(u"bound");
                if (bound == QLatin1String("<="))
                    bound = QStringLiteral("≤");
                QString value = bound + QLatin1Char(' ') + match.captured(u"value").remove(QLatin1Char(' '));
                if (!match.captured(u"unit").isEmpty())
                    value += QLatin1Char(' ') + match.captured(u"unit").toLower();
                profile.fairnessThreshold = {value, sourceOf(requirement)};
            }
        }
        if (profile.fairnessFrequency.isEmpty() && aboutFairness && read.words.containsAny(frequencyWords))
            for (const QStringView clause : textpatterns::clauses(read.text)) {
                if (!fairness.match(clause).hasMatch() || !watched.match(clause).hasMatch())
                    continue;
                if (const QRegularExpressionMatch match = frequency.match(clause); match.hasMatch()) {
                    QString word = match.captured(1).toLower();
                    if (word.startsWith(QLatin1String("continuous")) || word.startsWith(QLatin1String("real")))
                        word = QStringLiteral("continuous");
                    else if (word == QLatin1String("annual") || word == QLatin1String("yearly"))
                        word = QStringLiteral("annually");
                    profile.fairnessFrequency = {capitalised(word), sourceOf(requirement)};
                    break;
                }
            }
        if (profile.protectedGroups.isEmpty() && read.words.containsAny(protectedWord)) {
            const QStringList lines = requirement.body.split(QLatin1Char('\n'));
            for (qsizetype index = 0; index < lines.size() && profile.protectedGroups.isEmpty(); ++index) {
                if (!lines.at(index).contains(QLatin1String("rotected"))) // "Protected", "protected"
                    continue;
                const QStringList groups = groupsListedAt(lines, index);
                if (!groups.isEmpty()) {
                    profile.protectedGroups = groups;
                    profile.protectedGroupsSource = sourceOf(requirement);
                }
            }
        }
    }

    // The characteristics a DPIA, else an AI Playbook assessment, considered.
    for (const char *type : {"DPIA", "AIPB"}) {
        if (!profile.protectedGroups.isEmpty())
            break;
        const ProfileDocument *document = documentOfType(documents, QLatin1StringView(type));
        if (!document)
            continue;
        QStringList lines;
        for (const int number : document->words.linesWith(QLatin1StringView("protected"))) {
            if (!document->isStatement(number) || !groupsLabel().match(document->line(number)).hasMatch())
                continue;
            // The label and the dozen lines below it hold the list.
            lines.clear();
            for (int line = number; line <= std::min(document->lineCount(), number + 20); ++line)
                lines.append(document->line(line));
            const QStringList groups = groupsListedAt(lines, 0);
            if (!groups.isEmpty()) {
                profile.protectedGroups = groups;
                profile.protectedGroupsSource = document->where(number);
                break;
            }
        }
    }
}

} // namespace arckit
