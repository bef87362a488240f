#include "fairnessreader.h"
#include "textexpression.h"

#include "textpatterns.h"
#include "wordindex.h"

#include <QRegularExpression>

namespace arckit {

namespace {

using textpatterns::insensitive;

// A label that introduces the groups: a heading with nothing after it, or
// words ended by a colon, which may carry the law they come from
// ("**Protected Characteristics** (Equality Act 2010):"). Prose that merely
// mentions protected characteristics is no label.
const TextExpression &groupsLabel()
{
    static const TextExpression label = insensitive(
        "^\\s*(?:#+\\s*(?:[\\d.]+\\s*)?protected (?:characteristics|groups|attributes)(?: considered)?\\s*$|"
        "(?:\\d+\\.\\s*|[-*]\\s+)?\\**\\s*(?:\\d+\\.\\s*)?protected (?:characteristics|groups|attributes)"
        "(?: considered)?\\**(?:\\s*\\([^)]{0,40}\\))?\\s*\\**\\s*:\\s*\\**\\s*(?<rest>.*)$)");
    return label;
}

// The names of the characteristics equality law and fairness reviews use:
// a list on the label's own line counts only when each item is one.
const TextExpression &characteristicName()
{
    static const TextExpression name = insensitive(
        "^(age|sex|gender( identity| reassignment)?|race|racial|ethnic\\w*|nationality|national origin|religion( or "
        "belief)?|belief|disabilit\\w*|sexual orientation|marriage( and civil partnership)?|civil partnership|"
        "pregnancy( and maternity)?|maternity|language|accent|socio-?economic( status)?|income|postcode|caste|"
        "colou?r|marital status|health( status)?)$");
    return name;
}

// "Gender (male, female)" -> "Gender"; "[x] Age — elderly users" -> "Age";
// "[ ] Religion" -> "" (not ticked).
QString groupOfItem(QString item)
{
    static const TextExpression marker = insensitive("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    static const TextExpression box = insensitive("^\\[([ xX])\\]\\s*");
    item.remove(marker);
    const QRegularExpressionMatch ticked = box.match(item);
    if (ticked.hasMatch()) {
        if (ticked.captured(1) == QLatin1String(" "))
            return {};
        item.remove(0, ticked.capturedLength());
    }
    item.remove(QStringLiteral("**"));
    static const TextExpression end(QStringLiteral("\\s*(\\(|—|–| - |:|,|;).*$"));
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
    // Listed on the label's own line: "Protected characteristics: age, sex, disability".
    const QString rest = label.captured(u"rest").remove(QStringLiteral("**")).trimmed();
    if (!rest.isEmpty()) {
        if (!rest.contains(QLatin1Char(',')))
            return {}; // "See section 4": no list here, and none of its below
        static const TextExpression separator(QStringLiteral("\\s*[,;]\\s*(?:(?:and|or)\\s+)?"));
        static const TextExpression lastPair(QStringLiteral("\\s+(?:and|or)\\s+"));
        for (QString part : rest.split(separator, Qt::SkipEmptyParts)) {
            part = part.trimmed().remove(QRegularExpression(QStringLiteral("^(and|or)\\s+|\\.$")));
            // "sex and disability" closes a list; "marriage and civil partnership" is one name.
            QStringList names{groupOfItem(part)};
            if (!characteristicName().match(names.first()).hasMatch()) {
                names.clear();
                for (const QString &half : part.split(lastPair))
                    names.append(groupOfItem(half));
            }
            for (const QString &name : std::as_const(names)) {
                if (!characteristicName().match(name).hasMatch())
                    return {}; // prose, not a list of characteristics
                add(name);
            }
        }
        return groups.size() >= 2 ? groups : QStringList();
    }
    // Else the list below it, after at most one blank line; items indented
    // deeper than the first explain the one above them.
    static const TextExpression item = insensitive("^(\\s*)(?:[-*+]|\\d+[.)])\\s+\\S");
    qsizetype index = labelLine + 1;
    if (index < lines.size() && lines.at(index).trimmed().isEmpty())
        ++index;
    qsizetype indent = -1;
    for (; index < lines.size(); ++index) {
        const QRegularExpressionMatch match = item.match(lines.at(index));
        if (!match.hasMatch())
            break;
        if (indent < 0)
            indent = match.capturedLength(1);
        if (match.capturedLength(1) > indent)
            continue;
        add(groupOfItem(lines.at(index)));
    }
    return groups.size() >= 2 ? groups : QStringList();
}

void FairnessReader::read(const RequirementTexts &requirements, const QStringList &mlRequirementIds,
                          const ProfileDocuments &documents, MlSystemProfile &profile) const
{
    // The fairness metric's bound, said of the metric itself: "Demographic
    // parity ... (threshold: <5% deviation)", "a fairness threshold of 0.1".
    // Not a range ("within 0.8-1.25"), not a time.
    static const TextExpression threshold = insensitive(
        "\\b(demographic parity|equal(i[sz]ed)? (opportunit(y|ies)|odds)|disparate impact( ratio)?|"
        "(fairness|bias|disparity) (threshold|tolerance|limit)|(difference|disparity|gap) between (demographic )?"
        "groups)\\b[^\\n.;]{0,60}?(?:threshold:?\\s*(of\\s*)?)?(?<bound><|≤|<=|within|under|below|less than|no more "
        "than)\\s*(?<value>\\d+(?:\\.\\d+)?\\s*%|0\\.\\d+)(?!\\s*(?:[-–]|to)\\s*\\d)(?!\\s*(?:ms|s|sec|seconds?|"
        "minutes?)\\b)(?:\\s+(?<unit>deviation|difference|disparity|gap|variance))?");
    // How often the fairness checks run, said of them: "quarterly audits",
    // "fairness metrics with quarterly monitoring", "continuous-monitoring of
    // fairness metrics"; not a retraining schedule beside a bias test.
    static const TextExpression frequency = insensitive(
        "\\b(daily|weekly|fortnightly|monthly|quarterly|annual(ly)?|yearly|continuous(ly)?|real[- ]time)[- ]"
        "(bias |fairness )?(audits?|monitoring|reviews?|testing|tests|checks?|assessments?|reporting|reports?)\\b");
    static const TextExpression fairness = insensitive("\\b(bias|fairness|disparit\\w*|protected characteristics)\\b");
    // The words every fairness requirement holds ("fairne" finds "fairness", "dispar" "disparity").
    static const QList<quint64> fairnessWords = WordIndex::keys("bias fairness disparity");

    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (!read.concernsMl(mlRequirementIds))
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
                QString bound = match.captured(u"bound").toLower();
                if (bound == QLatin1String("<=") || bound == QLatin1String("no more than"))
                    bound = QStringLiteral("≤");
                else if (bound != QLatin1String("within") && bound != QLatin1String("≤"))
                    bound = QStringLiteral("<"); // under, below, less than
                QString value = bound + QLatin1Char(' ') + match.captured(u"value").remove(QLatin1Char(' '));
                if (!match.captured(u"unit").isEmpty())
                    value += QLatin1Char(' ') + match.captured(u"unit").toLower();
                profile.fairnessThreshold = {value, requirement.where()};
            }
        }
        if (profile.fairnessFrequency.isEmpty() && aboutFairness && read.words.containsAny(frequencyWords))
            for (const QStringView clause : textpatterns::clauses(read.text)) {
                if (!fairness.match(clause).hasMatch())
                    continue;
                if (const QRegularExpressionMatch match = frequency.match(clause); match.hasMatch()) {
                    QString word = match.captured(1).toLower();
                    if (word.startsWith(QLatin1String("continuous")) || word.startsWith(QLatin1String("real")))
                        word = QStringLiteral("continuous");
                    else if (word == QLatin1String("annual") || word == QLatin1String("yearly"))
                        word = QStringLiteral("annually");
                    profile.fairnessFrequency = {capitalised(word), requirement.where()};
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
                    profile.protectedGroupsSource = requirement.where();
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
