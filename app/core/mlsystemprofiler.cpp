#include "mlsystemprofiler.h"
#include "textexpression.h"

#include "textpatterns.h"

#include "capabilitycatalogue.h"
#include "choiceresolver.h"
#include "documentstructure.h"
#include "fairnessreader.h"
#include "markdowntablerow.h"
#include "maturityadvisor.h"
#include "milestonereader.h"
#include "mlclassifier.h"
#include "modeloutputnames.h"
#include "oversighttargetreader.h"
#include "researchcostreader.h"
#include "servingtargetreader.h"
#include "teamreader.h"
#include "textfilereader.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arckit {

namespace {

using textpatterns::insensitive;

// Markdown emphasis and list markers removed, spaces collapsed.
QString plain(QString text)
{
    static const TextExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d+\\.)\\s+"));
    text.remove(listMarker);
    text.remove(QLatin1String("**"));
    text.remove(QLatin1String("__"));
    text.remove(QLatin1Char('`'));
    return text.simplified();
}

// The first sentence of a description, without its "**Description**:" label.
// askingSentence: when the first sentence asks nothing of anyone ("Paper
// forms are scanned at the office."), the one after it, which does ("The
// service must read ..."), is taken with it.
QString firstSentence(const QString &text, int maxLength = 240, bool askingSentence = false)
{
    static const TextExpression label(QStringLiteral("^(Description|Requirement|Statement|Purpose|Summary)\\s*:\\s*"),
                                      QRegularExpression::CaseInsensitiveOption);
    static const TextExpression end(QStringLiteral("[.!?](\\s|$)"));
    // ArcKit's metadata fields ("**Actor**: Civil Servant", "**Priority**:
    // MUST_HAVE", "**Preconditions**:" and its list) say who, when or how
    // important, not what for.
    static const TextExpression metadata(QStringLiteral("^[A-Z][A-Za-z]*( [A-Za-z]+){0,2}\\s*:(\\s|$)"));
    static const TextExpression listItem(QStringLiteral("^([-*+]|\\d+\\.)\\s"));
    bool inMetadataList = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QString line = lines.at(index).trimmed();
        if (line.isEmpty() || MarkdownTableRow::split(line).isRow() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('>')))
            continue;
        if (inMetadataList && listItem.match(line).hasMatch())
            continue;
        inMetadataList = false;
        line = plain(line);
        if (!label.match(line).hasMatch() && metadata.match(line).hasMatch()) {
            inMetadataList = line.endsWith(QLatin1Char(':'));
            continue;
        }
        line.remove(label);
        if (line.size() < 16 || line.endsWith(QLatin1Char(':')))
            continue;
        // A statement wrapped over several lines goes on to the end of its
        // sentence or paragraph (a blank line, a list, a table or a field).
        for (qsizetype next = index + 1; next < lines.size() && !end.match(line).hasMatch(); ++next) {
            const QString more = lines.at(next).trimmed();
            if (more.isEmpty() || listItem.match(more).hasMatch() || more.startsWith(QLatin1Char('#')) ||
                more.startsWith(QLatin1Char('>')) || more.startsWith(QLatin1Char('|')) ||
                metadata.match(plain(more)).hasMatch())
                break;
            line += QLatin1Char(' ') + plain(more);
        }
        qsizetype stop = line.indexOf(end);
        static const TextExpression modal = textpatterns::insensitive("\\b(must|shall|should|will|needs? to)\\b");
        if (askingSentence && stop > 0 && !modal.match(QStringView(line).left(stop)).hasMatch()) {
            const qsizetype second = line.indexOf(end, stop + 1);
            stop = second > 0 ? second : line.size() - 1;
        }
        QString sentence = stop > 0 ? line.left(stop + 1) : line;
        if (sentence.size() > maxLength)
            sentence = sentence.left(maxLength - 1).trimmed() + QChar(0x2026);
        return sentence;
    }
    return {};
}

// ---- capabilities -------------------------------------------------------

struct CapabilityBuild
{
    MlCapability capability;
    QString text;                         // the text of the requirements that need it
    QList<const RequirementText *> reads; // the same requirements, each once
    QString usesText;                     // the same, of those that say what the system does (not NFRs)
    QString useCaseGoal;                  // the title of the first use case that names it
    QString useCaseGoalSource;
    // The services its requirements name, in the order they name them, each once.
    QList<const ServiceDefinition *> services;
    int strongMentions = 0; // strong names, and functions' plain ones (plainTasks)
    int plainTasks = 0;     // functions that ask for it in plain words
    int mlRequirements = 0;
    bool purposeFromTitle = false; // the purpose is the statement of a requirement its title names
    // An ML functional requirement or use case names the generic predictive
    // model in its title and makes the system predict ("Claim urgency
    // prediction": "MUST predict the urgency"): a model of its own.
    bool namedByFunctionTitle = false;
    bool namesAlgorithm = false; // a function or business requirement names its algorithm
    // Every statement of what it is for, in the order read: another is taken
    // when the chosen one is another capability's purpose too.
    struct Purpose
    {
        QString text;
        QString source;
        bool inTitle = false;
        qsizetype order = 0; // the requirement's place in the documents
    };
    QList<Purpose> purposes;
    // A capability only named weakly ("ranked search results"): the statement
    // of the first functional or business requirement that names it.
    Purpose weakPurpose;
};

QStringList requirementsOfCapabilities(const MlSystemProfile &profile)
{
    QStringList ids;
    for (const MlCapability &capability : profile.capabilities)
        ids += capability.requirements;
    return ids;
}

// The words after which a sentence lists examples.
constexpr char exampleMarkers[] = "\\be\\.g\\.|\\b(eg|for example|for instance|such as|including)\\b";

// What a functional requirement's statement asks, without its asides ("read
// the description (and the call handler's notes) and suggest which trade"
// still asks for it), and where a list of examples or purposes starts in it:
// read once per requirement, on first use.
class AskedStatement
{
public:
    explicit AskedStatement(const Requirement &requirement)
        : m_requirement(requirement)
        , m_titleIsStatement(requirement.titleIsStatement())
    {
    }
    bool titleIsStatement() const { return m_titleIsStatement; }
    const QString &text()
    {
        read();
        return m_text;
    }
    qsizetype listStart()
    {
        read();
        return m_listStart;
    }

private:
    void read()
    {
        if (m_read)
            return;
        m_read = true;
        const QString asked =
            m_titleIsStatement ? plain(m_requirement.title) + QLatin1Char(' ') + firstSentence(m_requirement.body, 600)
                               : firstSentence(m_requirement.body, 600, true);
        m_text = textpatterns::withoutParentheses(asked).simplified();
        static const QByteArray listStartPattern = QByteArray(":\\s|").append(exampleMarkers);
        static const TextExpression listStart = insensitive(listStartPattern.constData());
        const QRegularExpressionMatch list = listStart.match(m_text);
        m_listStart = list.hasMatch() ? list.capturedStart() : -1;
    }

    const Requirement &m_requirement;
    const bool m_titleIsStatement;
    bool m_read = false;
    QString m_text;
    qsizetype m_listStart = -1;
};

// Whether a strong name of a capability is what a functional requirement's
// statement asks the system to do: in its first sentence, before any list of
// examples or purposes ("consent to each purpose: data viewing, personalised
// recommendations, ...") and outside parentheses.
bool isStatedTask(AskedStatement &asked, qsizetype titleSize, const QString &text, const CapabilityMatch &match)
{
    if (match.offset <= titleSize && !asked.titleIsStatement())
        return false;
    const qsizetype at = asked.text().indexOf(plain(text.mid(match.offset, std::min<qsizetype>(match.length, 30))), 0,
                                              Qt::CaseInsensitive);
    if (at < 0)
        return false;
    return asked.listStart() < 0 || at < asked.listStart();
}

// Whether the statement says where a plain-words result comes from, which
// no model needs: "estimate how long each repair will take from the job type
// code", "ordered by likely completion date, taken from the target date",
// "counted from the bookings", "looks unusual, meaning larger than the charge".
bool namesItsRule(const QString &statement)
{
    static const TextExpression rule = insensitive(
        "\\b(taken|counted|calculated|computed|derived|looked up|read) from\\b|\\bmeaning\\b|\\bdefined as\\b|"
        "\\b(from|using|per|by) (the |a |its |their )?([a-z'-]+ ){0,3}(table|timescales?|codes?|rules?|"
        "target dates?|look-?up|formula)\\b");
    return rule.match(statement).hasMatch();
}

// Whether a functional requirement's statement asks people to do its task
// ("Staff MUST convert call recordings into text notes"), not the system.
bool askedOfPeople(const Requirement &requirement)
{
    static const TextExpression people =
        insensitive("^(the |all |each |every |our )?([a-z-]+ )?(staff|caseworkers?|case officers?|officers?|agents?|"
                    "advisers?|advisors?|clerks?|users?|people|teams?|managers?|operators?|colleagues)\\b");
    return people.match(firstSentence(requirement.body, 200)).hasMatch();
}

// Whether the match is one of the examples a sentence lists ("accessibility
// tools, e.g. automatic translation of pages using the browser's own
// features"): named in passing, not asked of the system.
bool isAnExample(const QString &text, qsizetype offset)
{
    static const TextExpression marker = insensitive(exampleMarkers);
    // From the start of its paragraph: a list wrapped over lines is one list.
    const qsizetype paragraphStart = std::max<qsizetype>(0, text.lastIndexOf(QLatin1String("\n\n"), offset));
    QString before = text.mid(paragraphStart, offset - paragraphStart);
    before.replace(QLatin1Char('\n'), QLatin1Char(' '));
    qsizetype examplesFrom = -1;
    for (auto it = marker.globalMatch(before); it.hasNext();)
        examplesFrom = it.next().capturedEnd();
    if (examplesFrom < 0)
        return false;
    // A sentence that ends between the list and the match has left the list.
    const QStringView after = QStringView(before).mid(examplesFrom);
    return !after.contains(QLatin1String(". ")) && !after.contains(QLatin1Char(';'));
}

using Denials = QList<MlClassifier::NoModelDeclaration>; // per requirement text

// What the system must do: a functional requirement, or a user story
// ("As a student I want a short summary of each lecture").
bool isFunction(const QString &kind)
{
    return kind == QLatin1String("FR") || kind == QLatin1String("US");
}

QList<CapabilityBuild> capabilitiesFromRequirements(const RequirementTexts &requirements, const Denials &denials)
{
    const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
    QList<CapabilityBuild> builds;
    QHash<QString, int> index;
    QList<const Requirement *> unmatched; // ML requirements, not about guidance
    QSet<QString> saidToBeModelled;       // requirements that say "a machine learning model", "an ML model"
    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        const qsizetype order = &read - requirements.constData();
        const QString &text = read.text;
        const WordSet &words = read.words;
        if (CapabilityCatalogue::isAboutGuidance(text, words))
            continue;
        // "it will not host or run the tools itself": what the system does without.
        if (!denials.at(order).isEmpty())
            continue;
        const bool ai = requirement.ml || CapabilityCatalogue::hasAiContext(text, words);
        QList<CapabilityMatch> matches = catalogue.find(text, words, ai);
        // The generic "predictive model" only when nothing more specific is
        // named; named beside a capability, it says a model does that.
        if (!requirement.id.isEmpty() && std::any_of(matches.cbegin(), matches.cend(), [](const CapabilityMatch &m) {
                return m.strong && m.definition->key == QLatin1String("predictive-model");
            }))
            saidToBeModelled.insert(requirement.id);
        if (matches.size() > 1)
            matches.removeIf(
                [](const CapabilityMatch &m) { return m.definition->key == QLatin1String("predictive-model"); });
        // Security monitoring's "anomaly detection" watches users, not a model of the system.
        static const TextExpression securityWatch =
            insensitive("\\b(UEBA|SIEM|brute[- ]force|intrusion|privilege escalation|security "
                        "(alerts?|monitoring|events?)|threat detection|"
                        "model theft|DDoS|WAF)\\b");
        static const QList<quint64> securityWords =
            WordIndex::keys("ueba siem brute intrusion privilege security threat theft ddos waf");
        if (requirement.servingGroup() == QLatin1String("security") ||
            (words.containsAny(securityWords) && securityWatch.match(text).hasMatch()))
            matches.removeIf(
                [](const CapabilityMatch &m) { return m.definition->key == QLatin1String("anomaly-detection"); });
        // "Classified data", "validates document classification (OFFICIAL)": a
        // document's protective marking, not a model's classes, unless a model
        // is named beside it ("a document classification model suggests the marking").
        static const QList<quint64> markingWords =
            WordIndex::keys("official secret marking markings protective clearance sensitivity classification");
        static const TextExpression marking = QRegularExpression(QStringLiteral(
            "\\b(OFFICIAL|SECRET)\\b|\\b(?i:protective markings?|classification (markings?|levels?|labels?)|"
            "security classifications?|data classification|security clearance|sensitivity labels?)\\b"));
        static const TextExpression modelNamed = insensitive("\\b(model|classifier|ML|machine learning|AI)\\b");
        if (words.containsAny(markingWords) && marking.match(text).hasMatch())
            matches.removeIf([&text](const CapabilityMatch &m) {
                if (m.definition->key != QLatin1String("classification"))
                    return false;
                const QString around = text.mid(std::max<qsizetype>(0, m.offset - 60), 160);
                return marking.match(around).hasMatch() && !modelNamed.match(around).hasMatch();
            });
        const bool anyStrong =
            std::any_of(matches.cbegin(), matches.cend(), [](const CapabilityMatch &m) { return m.strong; });
        // The services it names, looked for once for all the capabilities it serves.
        const QList<const ServiceDefinition *> services =
            matches.isEmpty() ? QList<const ServiceDefinition *>() : catalogue.findServices(text, words);
        if (requirement.ml)
            unmatched.append(&requirement); // until a capability of the system lists it
        // What an ML function makes the system produce, read once for all the capabilities it names.
        const bool plainlyAsked =
            isFunction(requirement.kind) &&
            std::any_of(matches.cbegin(), matches.cend(), [](const CapabilityMatch &m) { return m.plain; });
        const QStringList outputs = !matches.isEmpty() && (requirement.ml || plainlyAsked) &&
                                            (isFunction(requirement.kind) || requirement.kind == QLatin1String("BR"))
                                        ? ModelOutputNames::in(firstSentence(requirement.body, 600))
                                        : QStringList();
        AskedStatement asked(requirement);
        for (CapabilityMatch match : std::as_const(matches)) {
            // Plain words in a title ("Order the Waiting List by Likely
            // Need") are read where the statement says them again.
            if (match.plain && match.offset < requirement.title.size())
                if (const QRegularExpressionMatch again = match.definition->plain.match(text, requirement.title.size());
                    again.hasMatch()) {
                    match.offset = again.capturedStart();
                    match.length = again.capturedLength();
                }
            const bool inTitle = match.offset < requirement.title.size();
            // A function that asks for it in plain words ("MUST convert call
            // recordings to text") names it as strongly as "speech-to-text"
            // would, where the system runs models (checked after the loop).
            const bool plainTask = match.plain && isFunction(requirement.kind) &&
                                   isStatedTask(asked, requirement.title.size(), text, match) &&
                                   !askedOfPeople(requirement) && !namesItsRule(asked.text());
            // A function that asks the system's AI to do it ("the assistant
            // MUST produce a draft call summary") names it as strongly.
            const bool askedOfTheAi = !match.strong && !match.plain && isFunction(requirement.kind) &&
                                      MlClassifier::asksTheAiToAct(requirement) &&
                                      (inTitle || isStatedTask(asked, requirement.title.size(), text, match));
            const bool named = match.strong || plainTask || askedOfTheAi;
            // A weak name ("translate") counts in an ML requirement, or beside a strong one.
            if (!named && !requirement.ml && !anyStrong)
                continue;
            // Outside ML work, a capability among the examples of a list is no use of it.
            if (!requirement.ml && isAnExample(text, match.offset))
                continue;
            const QString &key = match.definition->key;
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                CapabilityBuild build;
                build.capability.key = key;
                build.capability.name = match.definition->name;
                build.capability.kind = match.definition->kind;
                index.insert(key, int(builds.size()));
                builds.append(build);
                it = index.constFind(key);
            }
            CapabilityBuild &build = builds[*it];
            // What a capability is for is said by what the system must do (a
            // functional or business requirement); a quality requirement
            // (encryption, runbooks, latency) or a constraint ("must use
            // pre-trained models") that names the service says how, not what for.
            const bool statesUse = requirement.kind != QLatin1String("NFR");
            const bool statesPurpose = isFunction(requirement.kind) || requirement.kind == QLatin1String("BR");
            if (statesUse)
                build.usesText += text + QLatin1Char('\n');
            // A use case's title is its goal ("Summarise a policy document"),
            // its body actors, conditions and steps: the goal says what for
            // when no requirement does.
            if (named && requirement.kind == QLatin1String("UC")) {
                if (build.useCaseGoal.isEmpty()) {
                    build.useCaseGoal = plain(requirement.title);
                    build.useCaseGoalSource = requirement.where();
                }
            } else if (statesPurpose && !named && !inTitle) {
                if (build.weakPurpose.text.isEmpty() && !firstSentence(requirement.body).isEmpty())
                    build.weakPurpose = {firstSentence(requirement.body), requirement.where(), false, order};
            } else if (statesPurpose) {
                QString purpose = firstSentence(requirement.body);
                if (purpose.isEmpty())
                    purpose = plain(requirement.title);
                build.purposes.append({purpose, requirement.where(), inTitle, order});
                // The requirement whose title names the capability ("Fraud
                // Detection and Prevention") says what it is for better than
                // one that names it in an aside ("KYC checks (fraud detection)").
                // A weak name ("Document Summarisation") only stands in for
                // a purpose another capability took (below).
                if (named && (build.capability.purpose.isEmpty() || (inTitle && !build.purposeFromTitle))) {
                    build.capability.purpose = purpose;
                    build.capability.purposeSource = build.purposes.constLast().source;
                    // Named among the purposes of another function ("consent to each
                    // purpose: ..., personalised recommendations") it is not defined there.
                    build.capability.definedBy =
                        isFunction(requirement.kind) &&
                                (inTitle || isStatedTask(asked, requirement.title.size(), text, match))
                            ? requirement.id
                            : QString();
                    build.purposeFromTitle = inTitle;
                }
            }
            if (named && isFunction(requirement.kind) && !requirement.ml && !inTitle &&
                isStatedTask(asked, requirement.title.size(), text, match) &&
                !build.capability.statedBy.contains(requirement.id))
                build.capability.statedBy.append(requirement.id);
            if (!requirement.id.isEmpty() && !build.capability.requirements.contains(requirement.id))
                build.capability.requirements.append(requirement.id);
            // The words it is named with, and the names of its outputs in what
            // an ML requirement makes the system do.
            QStringList &terms = build.capability.terms;
            if (match.strong) {
                // A name, not a clause a pattern spans ("extract the name ... from scanned").
                const QString named = text.mid(match.offset, match.length).simplified();
                if (!named.isEmpty() && named.count(QLatin1Char(' ')) < 4 &&
                    !terms.contains(named, Qt::CaseInsensitive))
                    terms.append(named);
            }
            for (const QString &output : outputs)
                if (!terms.contains(output, Qt::CaseInsensitive))
                    terms.append(output);
            const QString source = requirement.where();
            if (!build.capability.evidence.contains(source))
                build.capability.evidence.append(source);
            build.text += text + QLatin1Char('\n');
            if (!build.reads.contains(&read))
                build.reads.append(&read);
            for (const ServiceDefinition *service : services)
                if (!build.services.contains(service))
                    build.services.append(service);
            build.strongMentions += named ? 1 : 0;
            build.plainTasks += plainTask ? 1 : 0;
            // A prediction named by a title is often another model's output
            // ("Explain Each Prediction"): it is a model of its own only when
            // the statement makes the system predict something. Other weak
            // names in a title ("Weekly Summary Report") make no model.
            static const TextExpression predicts = insensitive("\\bpredict(s|ing)?\\b");
            build.namedByFunctionTitle = build.namedByFunctionTitle ||
                                         (inTitle && requirement.ml && key == QLatin1String("predictive-model") &&
                                          (isFunction(requirement.kind) || requirement.kind == QLatin1String("UC")) &&
                                          predicts.match(firstSentence(requirement.body)).hasMatch());
            build.mlRequirements += requirement.ml ? 1 : 0;
            // "using a gradient-boosted risk model": a learning algorithm named
            // for what the system must do is a model of its own; so is a
            // quantity only a model predicts ("the remaining useful life").
            static const TextExpression algorithm =
                insensitive("gradient|random forest|XGBoost|LightGBM|CatBoost|neural|deep learning|logistic regression|"
                            "remaining[- ]useful[- ]life|\\bRUL\\b");
            build.namesAlgorithm =
                build.namesAlgorithm || (match.strong && key == QLatin1String("predictive-model") && statesPurpose &&
                                         algorithm.match(text.mid(match.offset, match.length)).hasMatch());
        }
    }
    // Plain words name a capability only where a model is at work: in a
    // project whose every capability is a function's plain words, none is,
    // unless three functions ask for three of them (estimates, a waiting list
    // ordered by likely need, invoices that look unusual): no system that
    // runs no model asks for so many.
    if (std::none_of(builds.cbegin(), builds.cend(), [](const CapabilityBuild &build) {
            return build.mlRequirements > 0 || build.strongMentions > build.plainTasks;
        })) {
        QSet<QString> askedBy;
        for (const CapabilityBuild &build : std::as_const(builds))
            for (const QString &id : build.capability.statedBy + QStringList{build.capability.definedBy})
                if (!id.isEmpty())
                    askedBy.insert(id);
        if (builds.size() < 3 || askedBy.size() < 3)
            builds.clear();
    }
    // One capability folded into another: its requirements, evidence, text,
    // services and purposes become the other's.
    auto fold = [&builds](const QString &mergedKey, const QString &targetKey, auto &&when) {
        const auto keyIs = [](const QString &key) {
            return [key](const CapabilityBuild &build) { return build.capability.key == key; };
        };
        const auto merged = std::find_if(builds.begin(), builds.end(), keyIs(mergedKey));
        const auto target = std::find_if(builds.begin(), builds.end(), keyIs(targetKey));
        if (merged == builds.end() || target == builds.end() || !when(*merged))
            return;
        for (const QString &id : merged->capability.requirements)
            if (!target->capability.requirements.contains(id))
                target->capability.requirements.append(id);
        for (const QString &term : merged->capability.terms)
            if (!target->capability.terms.contains(term, Qt::CaseInsensitive))
                target->capability.terms.append(term);
        for (const QString &source : merged->capability.evidence)
            if (!target->capability.evidence.contains(source))
                target->capability.evidence.append(source);
        target->text += merged->text;
        for (const RequirementText *read : merged->reads)
            if (!target->reads.contains(read))
                target->reads.append(read);
        for (const ServiceDefinition *service : merged->services)
            if (!target->services.contains(service))
                target->services.append(service);
        target->usesText += merged->usesText;
        if (target->capability.purpose.isEmpty()) {
            target->capability.purpose = merged->capability.purpose;
            target->capability.purposeSource = merged->capability.purposeSource;
        }
        target->purposes += merged->purposes;
        target->strongMentions += merged->strongMentions;
        target->plainTasks += merged->plainTasks;
        target->namedByFunctionTitle = target->namedByFunctionTitle || merged->namedByFunctionTitle;
        builds.erase(merged);
    };
    // Summaries and drafts written by the system's LLM are LLM generation:
    // one model, not two.
    fold(QStringLiteral("summarisation"), QStringLiteral("llm-generation"),
         [](const CapabilityBuild &) { return true; });
    // An LLM that only quality requirements name (its security testing, its
    // monitoring), in a system of AI agents, is the agents' model: no use of
    // its own, so no model of its own.
    fold(QStringLiteral("llm-generation"), QStringLiteral("agents"),
         [](const CapabilityBuild &llm) { return llm.usesText.isEmpty(); });
    // A capability named only weakly and in one requirement is too thin to be
    // one of the system's models, unless that requirement says a model does
    // it ("match job seekers to vacancies with a machine learning model").
    builds.removeIf([&saidToBeModelled](const CapabilityBuild &build) {
        return build.strongMentions == 0 && build.capability.requirements.size() < 2 && !build.namedByFunctionTitle &&
               !(build.capability.requirements.size() == 1 &&
                 saidToBeModelled.contains(build.capability.requirements.first()));
    });
    // "Every trained model SHALL be registered": with a specific model of
    // its own kind (a classifier, a vision model) the generic "predictive
    // model" is those models spoken of together, not one more model.
    const bool specificModel = std::any_of(builds.cbegin(), builds.cend(), [](const CapabilityBuild &build) {
        return build.capability.kind != QLatin1String("genai") &&
               build.capability.key != QLatin1String("predictive-model");
    });
    if (specificModel)
        builds.removeIf([](const CapabilityBuild &build) {
            return build.capability.key == QLatin1String("predictive-model") && !build.namedByFunctionTitle &&
                   !build.namesAlgorithm && build.plainTasks == 0;
        });
    // An ML requirement about the AI's outputs that names no capability (bias
    // in AI outputs, human review of AI drafts, logging of AI responses) is
    // about the model that produces them: when the system has one generative
    // capability, that one. With several, which one is the architect's call.
    const auto generative = std::find_if(builds.begin(), builds.end(), [](const CapabilityBuild &build) {
        return build.capability.kind == QLatin1String("genai");
    });
    const bool oneGenerative =
        generative != builds.end() && std::count_if(builds.cbegin(), builds.cend(), [](const CapabilityBuild &build) {
                                          return build.capability.kind == QLatin1String("genai");
                                      }) == 1;
    if (oneGenerative) {
        static const TextExpression aboutOutputs = insensitive(
            "\\bAI[- ](generated|outputs?|responses?|answers?|drafts?|content|suggestions?|assistant|system|"
            "model|tool|service|interactions?|decisions?)\\b|\\b(model|LLM|assistant)(['’]s)? (outputs?|responses?|"
            "answers?|drafts?)\\b|\\bhuman[- ]in[- ]the[- ]loop\\b");
        for (const Requirement *requirement : std::as_const(unmatched)) {
            const bool listed =
                std::any_of(builds.cbegin(), builds.cend(), [requirement](const CapabilityBuild &build) {
                    return build.capability.requirements.contains(requirement->id);
                });
            if (listed || requirement->id.isEmpty() ||
                !aboutOutputs.match(requirement->title + QLatin1Char('\n') + requirement->body).hasMatch())
                continue;
            MlCapability &capability = generative->capability;
            if (!capability.requirements.contains(requirement->id))
                capability.requirements.append(requirement->id);
            if (!capability.evidence.contains(requirement->where()))
                capability.evidence.append(requirement->where());
        }
    }
    // One requirement can state the purpose of two capabilities ("semantic
    // search using RAG" is retrieval and generation): the broad capability
    // (LLM generation, a generic predictive model) then takes its next own
    // purpose, one no other capability's comes from, a titled one first.
    for (CapabilityBuild &build : builds) {
        const QString &key = build.capability.key;
        if ((key != QLatin1String("llm-generation") && key != QLatin1String("predictive-model")) ||
            build.capability.purposeSource.isEmpty())
            continue;
        QStringList taken;
        for (const CapabilityBuild &other : std::as_const(builds))
            if (&other != &build && !other.capability.purposeSource.isEmpty())
                taken.append(other.capability.purposeSource);
        if (!taken.contains(build.capability.purposeSource))
            continue;
        // In document order: the purposes of a folded capability came after.
        std::sort(
            build.purposes.begin(), build.purposes.end(),
            [](const CapabilityBuild::Purpose &a, const CapabilityBuild::Purpose &b) { return a.order < b.order; });
        const CapabilityBuild::Purpose *next = nullptr;
        for (const CapabilityBuild::Purpose &purpose : std::as_const(build.purposes))
            if (!taken.contains(purpose.source) && (!next || (purpose.inTitle && !next->inTitle)))
                next = &purpose;
        if (next) {
            build.capability.purpose = next->text;
            build.capability.purposeSource = next->source;
        }
    }
    for (CapabilityBuild &build : builds)
        if (build.capability.purpose.isEmpty()) {
            if (!build.useCaseGoal.isEmpty()) {
                build.capability.purpose = build.useCaseGoal;
                build.capability.purposeSource = build.useCaseGoalSource;
            } else if (!build.weakPurpose.text.isEmpty()) {
                build.capability.purpose = build.weakPurpose.text;
                build.capability.purposeSource = build.weakPurpose.source;
            } else {
                build.capability.purpose = firstSentence(build.usesText);
            }
        }
    return builds;
}

// A model its own requirements say runs on a schedule ("recommendations
// updated daily (batch processing)", "refreshed monthly", "a nightly job")
// serves in batch, whatever response time its results are shown in.
void servingOnASchedule(const RequirementTexts &requirements, QList<CapabilityBuild> &builds)
{
    static const TextExpression scheduled = insensitive(
        "\\bbatch (processing|jobs?|scoring|inference|predictions?|runs?)\\b|\\bnightly (jobs?|batch(es)?|runs?)\\b|"
        "\\b(updated|refreshed|regenerated|recomputed|recalculated|re-?scored|retrained and scored) "
        "(daily|nightly|weekly|monthly|overnight)\\b|\\b(daily|nightly|weekly|monthly|overnight) "
        "(refresh(es)?|batch(es)?|recomputation|regeneration|scoring runs?)\\b");
    static const QList<quint64> scheduleWords = WordIndex::keys("batch nightly daily weekly monthly overnight");
    const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (requirement.id.isEmpty() || !read.words.containsAny(scheduleWords) ||
            !scheduled.match(read.text).hasMatch())
            continue;
        for (const QStringView clause : textpatterns::clauses(read.text)) {
            if (!scheduled.match(clause).hasMatch())
                continue;
            // The capability the clause names, else the one capability the
            // requirement belongs to ("Performance: recommendations updated
            // daily" in the recommendation engine's requirement).
            QList<CapabilityBuild *> scheduledBuilds;
            QList<CapabilityBuild *> owners;
            const QList<CapabilityMatch> named = catalogue.find(clause.toString(), true);
            for (CapabilityBuild &build : builds) {
                if (!build.capability.requirements.contains(requirement.id))
                    continue;
                owners.append(&build);
                if (std::any_of(named.cbegin(), named.cend(), [&build](const CapabilityMatch &match) {
                        return match.definition->key == build.capability.key;
                    }))
                    scheduledBuilds.append(&build);
            }
            if (scheduledBuilds.isEmpty() && owners.size() == 1)
                scheduledBuilds = owners;
            for (CapabilityBuild *build : std::as_const(scheduledBuilds))
                if (build->capability.serving.isEmpty()) {
                    build->capability.serving = QStringLiteral("batch");
                    build->capability.servingSource = requirement.where();
                }
        }
    }
}

void approachFromDecisions(MlCapability &capability, const ProfileDocuments &documents)
{
    for (const ProfileDocument &document : documents) {
        if (!document.acceptedDecision)
            continue;
        for (int number = 1; number <= document.lineCount(); ++number) {
            if (!document.isStatement(number))
                continue;
            const QString line = document.line(number);
            const bool cites = std::any_of(capability.requirements.cbegin(), capability.requirements.cend(),
                                           [&line](const QString &id) { return textpatterns::citesId(line, id); });
            if (!cites)
                continue;
            const QString stated = CapabilityCatalogue::approachStated(line);
            if (stated.isEmpty())
                continue;
            capability.approach = stated;
            capability.approachSource = document.where(number);
            capability.evidence.append(capability.approachSource);
            return;
        }
    }
}

void approachFromSystemRequirements(MlCapability &capability, const RequirementTexts &requirements)
{
    static const QList<quint64> modelWords = WordIndex::keys("foundation api apis endpoint endpoints pretrained "
                                                             "trained fine tuning tuned tune");
    QString source;
    for (const RequirementText &read : requirements) {
        if (!read.requirement->ml || !read.words.containsAny(modelWords))
            continue;
        const QString stated = CapabilityCatalogue::approachStated(read.text);
        if (stated.isEmpty())
            continue;
        if (stated != QLatin1String("foundation-api"))
            return; // some requirement trains or fine-tunes: the architect decides
        if (source.isEmpty())
            source = read.requirement->where();
    }
    if (source.isEmpty())
        return;
    capability.approach = QStringLiteral("foundation-api");
    capability.approachSource = source;
    if (!capability.evidence.contains(source))
        capability.evidence.append(source);
}

// True when a line of the requirement other than its references
// ("**Dependencies**: INT-5 (AWS Bedrock)", "Relates To") names the service.
bool namesOutsideReferences(const QString &text, const WordSet &words, const ServiceDefinition *service)
{
    if (!words.containsAny(service->words))
        return false;
    static const TextExpression references =
        insensitive("^\\W*(dependencies|depends on|relates to|related|traceability|aligns with|see also)\\b");
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        if (service->pattern.match(line).hasMatch() && !references.match(line).hasMatch())
            return true;
    return false;
}

// The line of the first of the capability's requirements that says how its
// model is obtained.
template<typename States>
QString statingRequirement(const MlCapability &capability, const RequirementTexts &requirements, States states)
{
    for (const RequirementText &read : requirements)
        if (capability.requirements.contains(read.requirement->id) && states(read))
            return read.requirement->where();
    return {};
}

// 7. The embeddings of retrieval beside a generative model the project calls
// through an API, in a system that trains nothing: pre-trained models of the
// same kind, obtained the same way, cited at the line that says so of the
// generative model. A project that trains any model decides for itself.
void embeddingsBesideFoundationModel(QList<CapabilityBuild> &builds)
{
    const MlCapability *generative = nullptr;
    for (const CapabilityBuild &build : std::as_const(builds)) {
        const QString &approach = build.capability.approach;
        if (approach == QLatin1String("custom-trained") || approach == QLatin1String("fine-tuned"))
            return;
        if (!generative && build.capability.kind == QLatin1String("genai") &&
            approach == QLatin1String("foundation-api"))
            generative = &build.capability;
    }
    if (!generative)
        return;
    const QString source = generative->approachSource;
    if (source.isEmpty())
        return;
    for (CapabilityBuild &build : builds) {
        MlCapability &capability = build.capability;
        if (capability.key != QLatin1String("semantic-search") || !capability.approach.isEmpty())
            continue;
        capability.approach = QStringLiteral("foundation-api");
        capability.approachSource = source;
        if (!capability.evidence.contains(source))
            capability.evidence.append(source);
    }
}

// The named service of each capability, and how the project gets the model.
void nameServices(QList<CapabilityBuild> &builds, const ProfileDocuments &documents,
                  const RequirementTexts &requirements, const MlSystemProfile &profile)
{
    const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
    const QString platformCloud = profile.platform.decided.value == QLatin1String("SageMaker") ? QStringLiteral("AWS")
                                  : profile.platform.decided.value == QLatin1String("Azure ML")
                                      ? QStringLiteral("Azure")
                                  : profile.platform.decided.value == QLatin1String("Vertex AI") ? QStringLiteral("GCP")
                                                                                                 : QString();
    for (CapabilityBuild &build : builds) {
        MlCapability &capability = build.capability;
        // 1. A service the requirements themselves name, when they name one
        // only (a list of allowed providers is no choice).
        QList<const ServiceDefinition *> named;
        for (const ServiceDefinition *service : std::as_const(build.services))
            if (service->capability == capability.key)
                named.append(service);
        if (named.size() == 1) {
            capability.service = named.first()->name;
            capability.approach = named.first()->approach;
            capability.approachSource = statingRequirement(capability, requirements, [&](const RequirementText &read) {
                return namesOutsideReferences(read.text, read.words, named.first());
            });
        }
        // 2. For LLM work, the provider and model the documents decide.
        const bool generative = capability.kind == QLatin1String("genai");
        if (capability.service.isEmpty() && generative) {
            const QString model = profile.llmModel.decided.value;
            const QString provider = profile.llmProvider.decided.value;
            if (!model.isEmpty() && !provider.isEmpty())
                capability.service = QStringLiteral("%1 (%2)").arg(model, provider);
            else if (!model.isEmpty() || !provider.isEmpty())
                capability.service = model.isEmpty() ? provider : model;
            if (!capability.service.isEmpty()) {
                capability.approach = QStringLiteral("foundation-api");
                const QString source =
                    !model.isEmpty() ? profile.llmModel.decided.source : profile.llmProvider.decided.source;
                capability.approachSource = source;
                if (!capability.evidence.contains(source))
                    capability.evidence.append(source);
            }
        }
        if (capability.service.isEmpty() && capability.key == QLatin1String("semantic-search") &&
            profile.embeddingModel.isDecided()) {
            capability.service = profile.embeddingModel.decided.value;
            capability.approach = QStringLiteral("foundation-api");
            capability.approachSource = profile.embeddingModel.decided.source;
            capability.evidence.append(capability.approachSource);
        }
        // 3. A service an accepted ADR's decision or a research recommendation
        // names for this capability, on the platform decided (never on a cloud
        // not chosen, nor an option the research compared and rejected).
        if (capability.service.isEmpty() && !platformCloud.isEmpty()) {
            // Only the lines that name one of this capability's services on that cloud.
            QList<quint64> serviceWords;
            for (const ServiceDefinition &service : catalogue.services())
                if (service.capability == capability.key && service.cloud == platformCloud)
                    serviceWords += service.words;
            for (const ProfileDocument &document : documents) {
                if (serviceWords.isEmpty())
                    break;
                if (!document.isResearch() && document.type != QLatin1String("ADR"))
                    continue;
                for (const int number : document.words.linesWithAny(serviceWords)) {
                    if (!capability.service.isEmpty())
                        break;
                    const QString line = document.line(number);
                    if (!ChoiceResolver::isChoiceStatement(document, number, line))
                        continue;
                    for (const ServiceDefinition *service : catalogue.findServices(line))
                        if (service->capability == capability.key && service->cloud == platformCloud) {
                            capability.service = service->name;
                            capability.approach = service->approach;
                            capability.approachSource = document.where(number);
                            capability.evidence.append(capability.approachSource);
                            break;
                        }
                }
                if (!capability.service.isEmpty())
                    break;
            }
        }
        // 4. What the requirements say of training, fine-tuning or an API.
        QList<std::pair<const QString *, const WordSet *>> texts;
        for (const RequirementText *read : build.reads)
            texts.append({&read->text, &read->words});
        const QString stated = CapabilityCatalogue::approachStated(texts);
        if (!stated.isEmpty() && (capability.approach.isEmpty() || stated == QLatin1String("fine-tuned"))) {
            capability.approach = stated;
            capability.approachSource = statingRequirement(capability, requirements, [&](const RequirementText &read) {
                return CapabilityCatalogue::approachStated(read.text, read.words) == stated;
            });
        }
        // 5. What an accepted ADR says of the requirements the capability
        // serves ("needs to train custom image classifiers (FR-003, FR-004)").
        if (capability.approach.isEmpty() && !capability.requirements.isEmpty())
            approachFromDecisions(capability, documents);
        if (capability.approach.isEmpty() && generative &&
            (!profile.llmProvider.candidates.isEmpty() || !profile.llmModel.candidates.isEmpty())) {
            // LLM providers or models are named, none decided: the model is called, not trained.
            capability.approach = QStringLiteral("foundation-api");
            capability.approachSource = !profile.llmModel.candidates.isEmpty()
                                            ? profile.llmModel.candidates.first().source
                                            : profile.llmProvider.candidates.first().source;
        }
        // 6. An ML requirement of the system as a whole (an integration, a
        // constraint) that has it call foundation models through an API, when
        // none says the project trains or fine-tunes its generative models.
        if (capability.approach.isEmpty() && generative)
            approachFromSystemRequirements(capability, requirements);
    }
    embeddingsBesideFoundationModel(builds);
}

// The AI Playbook's risk for a capability, when a line names both.
void capabilityRisks(QList<CapabilityBuild> &builds, const ProfileDocuments &documents)
{
    const ProfileDocument *aipb = documentOfType(documents, "AIPB"_L1);
    if (!aipb)
        return;
    static const TextExpression risk = insensitive(
        "\\b(very[ -]high|high|medium|moderate|low)[ -]risk\\b|\\brisk[^|.]{0,20}\\b(very[ -]high|high|medium|low)\\b");
    // Every match of the expression holds one of these words.
    static const QList<quint64> riskWords = WordIndex::keys("risk risks risky riskier");
    const QList<int> riskLines = aipb->words.linesWithAny(riskWords);
    const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
    for (CapabilityBuild &build : builds) {
        const CapabilityDefinition *definition = catalogue.capability(build.capability.key);
        if (!definition)
            continue;
        // Only the lines that hold one of the capability's words and a risk word.
        for (const int number : aipb->words.linesWithAny(definition->strongWords)) {
            if (!std::binary_search(riskLines.cbegin(), riskLines.cend(), number))
                continue;
            const QString line = aipb->line(number);
            if (!definition->strong.match(line).hasMatch())
                continue;
            const auto match = risk.match(line);
            if (!match.hasMatch())
                continue;
            QString word = (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toLower();
            build.capability.risk = word.startsWith(QLatin1String("very")) ? QStringLiteral("Very High")
                                    : word == QLatin1String("high")        ? QStringLiteral("High")
                                    : word == QLatin1String("low")         ? QStringLiteral("Low")
                                                                           : QStringLiteral("Medium");
            build.capability.evidence.append(aipb->where(number));
            break;
        }
    }
}

// ---- Supplied model cards ----------------------------------------------

bool isPlaceholder(const QString &value); // below, with Document Control

// A model card supplied in external/ ("model-card-*.md", "# Model Card: ...").
bool isModelCard(const ProfileDocument &document)
{
    if (document.type != QLatin1String("EXTERNAL"))
        return false;
    static const TextExpression cardName = insensitive("model[-_ ]?card");
    if (cardName.match(document.relativePath.section(QLatin1Char('/'), -1)).hasMatch())
        return true;
    const MarkdownHeadings &headings = document.outline.headings();
    return !headings.isEmpty() && headings.first().level == 1 &&
           plain(headings.first().text).startsWith(QLatin1String("Model Card"), Qt::CaseInsensitive);
}

// The words of a text that can tell one model from another, less the ones
// every model card has ("Intended Use", "Owner", "Version").
QSet<QString> distinctiveCardWords(const QString &text)
{
    static const QStringList cardWords = {
        QStringLiteral("card"),  QStringLiteral("each"), QStringLiteral("intended"), QStringLiteral("version"),
        QStringLiteral("owner"), QStringLiteral("name"), QStringLiteral("training"), QStringLiteral("details")};
    QSet<QString> words;
    for (const QString &word : textpatterns::distinctiveWords(text))
        if (!cardWords.contains(word))
            words.insert(word);
    return words;
}

// Each supplied model card names the model it describes and its owner: the
// capability it is about is the one whose requirements share most of the
// card's title and intended use, when one clearly does (at least three words,
// more than any other). Nothing is guessed when two come close.
void modelCards(QList<CapabilityBuild> &builds, const ProfileDocuments &documents)
{
    static const TextExpression intendedUse = insensitive("^(\\d+(\\.\\d+)*\\.?\\s*)?intended use");
    for (const ProfileDocument &card : documents) {
        if (!isModelCard(card))
            continue;
        QString about;
        for (const MarkdownHeading &heading : card.outline.headings()) {
            if (heading.level == 1)
                about += plain(heading.text) + QLatin1Char(' ');
            else if (intendedUse.match(plain(heading.text)).hasMatch())
                about += card.outline.text().mid(card.outline.lineOffset(heading.line + 1),
                                                 card.outline.lineOffset(heading.endLine + 1) -
                                                     card.outline.lineOffset(heading.line + 1));
        }
        const QSet<QString> cardWords = distinctiveCardWords(about);
        int best = -1;
        int bestScore = 0;
        int secondScore = 0;
        for (int i = 0; i < builds.size(); ++i) {
            const QSet<QString> shared = distinctiveCardWords(builds.at(i).text) & cardWords;
            const int score = int(shared.size());
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = i;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (best < 0 || bestScore < 3 || bestScore == secondScore)
            continue;
        MlCapability &capability = builds[best].capability;
        // The card's "| Name | ... |" and "| Owner | ... |" rows.
        for (int number = 1; number <= card.lineCount(); ++number) {
            const QStringView line = card.outline.line(number);
            const MarkdownTableRow row = MarkdownTableRow::split(line);
            if (!row.isRow() || row.isDelimiter() || row.cells.size() < 2)
                continue;
            const QString field = plain(row.cell(line, 0).toString()).toLower();
            const QString value = plain(MarkdownTableRow::unescaped(row.cell(line, 1)));
            if (value.isEmpty() || isPlaceholder(value))
                continue;
            if ((field == QLatin1String("name") || field == QLatin1String("model name")) &&
                capability.service.isEmpty()) {
                capability.service = value;
                capability.evidence.append(card.where(number));
            } else if ((field == QLatin1String("owner") || field == QLatin1String("model owner")) &&
                       capability.owner.isEmpty()) {
                capability.owner = value;
                capability.evidence.append(card.where(number));
            }
        }
    }
}

// ---- Document Control, purpose and impact -------------------------------

bool isPlaceholder(const QString &value)
{
    static const TextExpression placeholder =
        insensitive("^(\\[.*\\]|\\{.*\\}|pending|tbd|tbc|to be (confirmed|determined)|n/?a|-+|—|none|\\?+)$");
    return value.isEmpty() || placeholder.match(value).hasMatch();
}

// Newer ArcKit templates give the date of the next review, not the cycle:
// the cycle is the interval from the document's last date to it, when that
// is a usual one (a month, a quarter, half a year, a year).
void reviewCycleFromDates(const DocumentStructure &structure, const ProfileDocument &req, MlSystemProfile &profile)
{
    auto dateOf = [&structure](std::initializer_list<const char *> names) -> std::pair<QDate, int> {
        for (const char *name : names)
            if (const DocumentControlField *field = structure.field(QString::fromLatin1(name))) {
                const QDate date = QDate::fromString(plain(field->value).left(10), Qt::ISODate);
                if (date.isValid())
                    return {date, field->line};
            }
        return {QDate(), 0};
    };
    const auto [review, reviewLine] = dateOf({"Review Date", "Next Review Date", "Next Review"});
    const QDate from = dateOf({"Last Modified", "Last Updated", "Created Date", "Created", "Date"}).first;
    if (!review.isValid() || !from.isValid())
        return;
    const qint64 days = from.daysTo(review);
    const QString cycle = days >= 28 && days <= 31     ? QStringLiteral("Monthly")
                          : days >= 89 && days <= 92   ? QStringLiteral("Quarterly")
                          : days >= 181 && days <= 184 ? QStringLiteral("Semi-annual")
                          : days >= 365 && days <= 366 ? QStringLiteral("Annual")
                                                       : QString();
    if (!cycle.isEmpty())
        profile.reviewCycle = {cycle, req.where(reviewLine)};
}

void documentControlDefaults(const ProfileDocument &req, MlSystemProfile &profile)
{
    const DocumentStructure structure = DocumentStructure::parseDocumentControl(req.outline);
    auto take = [&](ContextValue &target, const char *name) {
        const DocumentControlField *field = structure.field(QString::fromLatin1(name));
        if (field && !isPlaceholder(plain(field->value)))
            target = {plain(field->value), req.where(field->line)};
    };
    take(profile.owner, "Owner");
    take(profile.reviewCycle, "Review Cycle");
    take(profile.distribution, "Distribution");
    take(profile.classification, "Classification");
    // The marking on the scale the wizard offers; a descriptor after it
    // ("OFFICIAL – COMMERCIAL") stays in the requirements document.
    if (const QString marking = textpatterns::classificationMarking(profile.classification.value); !marking.isEmpty())
        profile.classification.value = marking;
    if (profile.reviewCycle.isEmpty())
        reviewCycleFromDates(structure, req, profile);
}

// The lines of text (not code, not headings) in a heading's section.
QList<int> textLinesOf(const ProfileDocument &document, const MarkdownHeading &heading)
{
    QList<int> lines;
    for (int number = heading.line + 1; number <= heading.endLine; ++number)
        if (document.outline.lineKind(number) == MarkdownOutline::LineKind::Text)
            lines.append(number);
    return lines;
}

// The sentences of the prose (and bullet) lines of the sections whose heading
// matches, in order, each with its line.
QList<std::pair<QString, int>> sentencesUnder(const ProfileDocument &document, const TextExpression &headings,
                                              bool bullets)
{
    QList<std::pair<QString, int>> sentences;
    static const TextExpression end(QStringLiteral("(?<=[.!?])\\s+(?=[A-Z])"));
    for (const MarkdownHeading &heading : document.outline.headings()) {
        if (!headings.match(heading.text).hasMatch())
            continue;
        for (const int number : textLinesOf(document, heading)) {
            const QString raw = document.line(number).trimmed();
            if (MarkdownTableRow::split(raw).isRow() || raw.startsWith(QLatin1Char('>')))
                continue;
            const bool bullet = raw.startsWith(QLatin1String("- ")) || raw.startsWith(QLatin1String("* "));
            if (bullet && !bullets)
                continue;
            const QString text = plain(raw);
            for (const QString &sentence : text.split(end, Qt::SkipEmptyParts))
                sentences.append({sentence.trimmed(), number});
        }
        if (!sentences.isEmpty())
            break;
    }
    return sentences;
}

// The headings of a requirements document's summary, or its first numbered
// section ("1. Why we are doing this").
const TextExpression &summaryHeadings()
{
    static const TextExpression headings =
        insensitive("^(\\d+(\\.\\d+)*\\.?\\s*)?(executive summary|business context|project "
                    "(overview|purpose|background)|purpose|background|overview|introduction|problem statement|"
                    "solution overview)\\b|^1\\.?\\s");
    return headings;
}

// "The assistant will use a large language model ...": the name the summary
// gives what runs the models. Never a word as wide as "service" or
// "council", which every requirement uses of the whole.
void aiNamesFromTheSummary(const ProfileDocument &req, MlSystemProfile &profile)
{
    // "Coach Assist is a retrieval-augmented generation (RAG) assistant": its
    // product name, and the noun when no person holds that title ("an
    // AI-powered agent" leaves contact-centre agents alone).
    static const TextExpression isAnAi = insensitive(
        "\\b((?-i:[A-Z][A-Za-z0-9]+)(?: (?-i:[A-Z][A-Za-z0-9]+)){0,2}) is an? (?:[a-z-]+ "
        "){0,2}?(?:retrieval[- ]augmented generation|RAG|generative AI|GenAI|AI|LLM|machine learning|ML)"
        "(?:[- ]powered|[- ]based)? (?:\\([A-Z]+\\) )?(assistant|chatbot|copilot|agent|adviser|advisor)\\b");
    static const TextExpression usesAi = insensitive(
        "\\b(?:the|our) ([a-z]+(?:[- ](?!(?:will|shall|must|is)\\b)[a-z]+)?) (?:will |shall |must |is to |is going to "
        ")?(?:use|uses|apply|applies|"
        "combine|combines|be powered by|is powered by|rel(?:y|ies) on)\\b[^.]{0,30}?\\b(?:(?:a |an )?(?:large "
        ")?language "
        "models?|LLMs?|machine learning|(?:AI|ML) models?|generative AI|GenAI|artificial intelligence|natural language "
        "processing|NLP|neural networks?|foundation models?|retrieval[- ]augmented generation)\\b");
    // "This project introduces an agent assistant that listens to calls": a
    // product that assists, in a system that runs models, is the one that runs them.
    static const TextExpression introducesAnAssistant =
        // "give citizens an online assistant that answers general questions" too,
        // and what a product is: "Ask Wex is a study assistant", "\"Ask IT\" — an assistant".
        insensitive(
            "(?:\\b(?:introduces?|introducing|provides?|delivers?|builds?|deploys?|implements?|creates?|gives?|"
            "offers?|launch(?:es)?) (?:[a-z]+ )?|\\bis |[\"”*] ?[—–-] )an? (?:[a-z-]+ ){0,2}?(assistant|copilot|"
            "chatbot)\\b|"
            // What one will do: "A conversational assistant will interpret what the patient writes".
            "^(?:an?|the) (?:[a-z-]+ ){0,2}?(assistant|copilot|chatbot) (?:will|shall|must|is to|would)\\b");
    static const QSet<QString> wholeOfIt = {
        u"service"_s,    u"system"_s,    u"platform"_s,     u"council"_s,      u"department"_s,  u"trust"_s,
        u"agency"_s,     u"team"_s,      u"project"_s,      u"programme"_s,    u"solution"_s,    u"application"_s,
        u"portal"_s,     u"website"_s,   u"organisation"_s, u"organization"_s, u"business"_s,    u"company"_s,
        u"government"_s, u"authority"_s, u"ministry"_s,     u"tool"_s,         u"new service"_s, u"new system"_s,
        u"bank"_s,       u"insurer"_s,   u"firm"_s,         u"provider"_s,     u"operator"_s,    u"retailer"_s,
        u"board"_s,      u"hospital"_s,  u"school"_s,       u"university"_s,   u"force"_s,       u"court"_s};
    // The list of what the service will do names its parts too ("- give citizens an online assistant").
    for (const auto &[sentence, line] : sentencesUnder(req, summaryHeadings(), true)) {
        QRegularExpressionMatch match = usesAi.match(sentence);
        if (!match.hasMatch())
            match = isAnAi.match(sentence);
        // "deploy a commercial, CE-marked (Class IIa) AI product that analyses
        // chest X-rays": a bought AI product is the part that runs the model.
        static const TextExpression aiProduct = insensitive(
            "\\b(?:deploy|buy|procure|introduce|adopt|implement|license)s?\\b[^.;]{0,80}?\\b(?:AI|ML)[- ](?:based |"
            "powered )?(product|device|software)\\b");
        if (!match.hasMatch())
            match = aiProduct.match(sentence);
        if (!match.hasMatch()) {
            if (const QRegularExpressionMatch product = introducesAnAssistant.match(sentence); product.hasMatch())
                if (const QString name = (product.captured(1) + product.captured(2)).toLower();
                    !profile.aiNames.contains(name))
                    profile.aiNames.append(name);
            continue;
        }
        QStringList names{match.captured(1).toLower()};
        static const QSet<QString> noPersonsTitle = {u"assistant"_s, u"chatbot"_s, u"copilot"_s};
        if (match.lastCapturedIndex() >= 2 && noPersonsTitle.contains(match.captured(2).toLower()))
            names.append(match.captured(2).toLower());
        for (const QString &name : std::as_const(names))
            if (!wholeOfIt.contains(name) && !profile.aiNames.contains(name))
                profile.aiNames.append(name);
    }
}

// The parts of the solution the summary lists by name, when the part runs a
// model: "1. **Likeness checks** comparing the new photograph with the one on
// record, producing a similarity score", "- **Automated leak detection** — a
// detector that ... raises alerts with a confidence level". Requirements that
// speak of "the likeness check" speak of the model.
void partNamesFromTheSummary(const ProfileDocument &req, MlSystemProfile &profile)
{
    static const TextExpression item(
        QStringLiteral("^\\s*(?:[-*+]|\\d{1,2}[.)])\\s+\\*\\*([^*]{3,50})\\*\\*\\s*(.*)$"));
    static const TextExpression automated = insensitive("^(automated|automatic|AI[- ]powered|AI[- ]based|AI|ML) ");
    static const TextExpression modelWork = insensitive(
        "\\b(confidence (level|score)s?|low[- ]confidence|similarity scores?|likelihood|probabilit\\w+|predict\\w*|"
        "trained)\\b");
    const TextExpression &summary = summaryHeadings();
    for (const MarkdownHeading &heading : req.outline.headings()) {
        if (!summary.match(heading.text).hasMatch())
            continue;
        for (const int number : textLinesOf(req, heading)) {
            const QString raw = req.line(number);
            const QRegularExpressionMatch match = item.match(raw);
            if (!match.hasMatch())
                continue;
            QString name = match.captured(1).simplified().toLower();
            const QString rest = match.captured(2);
            // Objectives and measures are no parts: "**O-2: Customer satisfaction**",
            // "**Reduce helpline volume**", "**Accuracy**".
            static const TextExpression notAPart = insensitive(
                "[:\\d]|^(reduce|improve|increase|cut|deliver|achieve|enable|ensure|provide|support|maintain|meet|"
                "accuracy|availability|performance|quality|security|privacy|cost|costs|speed|fairness|trust|"
                "transparency|compliance|outcomes?|benefits?|objectives?|goals?)\\b");
            if (notAPart.match(name).hasMatch())
                continue;
            const bool namedAutomated = automated.match(name).hasMatch();
            if (!namedAutomated && !modelWork.match(rest).hasMatch() &&
                CapabilityCatalogue::instance().find(name + QLatin1Char(' ') + rest, true).isEmpty())
                continue;
            name.remove(automated);
            // "likeness checks" is said of one too: "the likeness check".
            if (name.endsWith(QLatin1Char('s')) && !name.endsWith(QLatin1String("ss")))
                name.chop(1);
            QStringList names{name};
            // Shortened as people say them: "automated photo quality checks" are
            // "the automated checks" and "the photo checks" too.
            const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (namedAutomated && words.size() >= 2)
                names.append(QStringLiteral("automated ") + words.constLast());
            if (words.size() == 3)
                names.append(words.constFirst() + QLatin1Char(' ') + words.constLast());
            // "— a detector that reviews ...", "— a priority score for every leak": what the part is, named too.
            static const TextExpression appositive =
                insensitive("^[—–-]+\\s*an? ((?:[a-z-]+ )?[a-z-]+) (?:that|which|for|to|of)\\b");
            if (const QRegularExpressionMatch what = appositive.match(rest); what.hasMatch())
                names.append(what.captured(1).toLower());
            for (const QString &part : std::as_const(names))
                if (part.size() >= 4 && part.count(QLatin1Char(' ')) <= 3 && !notAPart.match(part).hasMatch() &&
                    !profile.partNames.contains(part))
                    profile.partNames.append(part);
        }
        if (!profile.partNames.isEmpty())
            break;
    }
}

// "using a gradient-boosted risk model", "the pricing and fraud models MUST be
// registered with their training data": the names the ML requirements give
// the models, never the kinds of model that are no ML ("data model",
// "operating model", "financial model").
QStringList modelNamesIn(const RequirementTexts &texts)
{
    static const QSet<QString> notNames = {
        u"the"_s,         u"this"_s,       u"that"_s,      u"these"_s,      u"those"_s,      u"each"_s,
        u"every"_s,       u"its"_s,        u"their"_s,     u"our"_s,        u"any"_s,        u"all"_s,
        u"new"_s,         u"one"_s,        u"same"_s,      u"which"_s,      u"what"_s,       u"for"_s,
        u"and"_s,         u"from"_s,       u"with"_s,      u"into"_s,       u"such"_s,       u"other"_s,
        u"learning"_s,    u"trained"_s,    u"language"_s,  u"foundation"_s, u"production"_s, u"champion"_s,
        u"challenger"_s,  u"current"_s,    u"existing"_s,  u"candidate"_s,  u"approved"_s,   u"registered"_s,
        u"data"_s,        u"business"_s,   u"operating"_s, u"financial"_s,  u"internal"_s,   u"capital"_s,
        u"cost"_s,        u"domain"_s,     u"logical"_s,   u"physical"_s,   u"conceptual"_s, u"canonical"_s,
        u"information"_s, u"service"_s,    u"delivery"_s,  u"target"_s,     u"commercial"_s, u"threat"_s,
        u"maturity"_s,    u"governance"_s, u"funding"_s,   u"charging"_s,   u"licensing"_s,  u"security"_s,
        u"reference"_s,   u"object"_s,     u"process"_s,   u"entity"_s,     u"relational"_s, u"semantic"_s,
        u"during"_s,      u"improve"_s,    u"improves"_s,  u"update"_s,     u"updates"_s,    u"daily"_s,
        u"weekly"_s,      u"monthly"_s,    u"quarterly"_s, u"yearly"_s,     u"annual"_s,     u"box"_s};
    // A name is what the models are called, so said in two requirements at least.
    QHash<QString, QSet<const Requirement *>> namedIn;
    QStringList names;
    static const QList<quint64> modelWords = WordIndex::keys("model models");
    for (const RequirementText &read : texts) {
        if (!read.requirement->ml || !read.words.containsAny(modelWords))
            continue;
        // "<word> model(s)", and "<word> and <word> models": found by hand,
        // an expression that tries every word of every text cost more.
        const QString &text = read.text;
        const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
        const auto isAsciiLetter = [](QChar c) {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        };
        // The word of three letters or more that ends just before end, or empty.
        const auto wordBefore = [&](qsizetype end) {
            qsizetype start = end;
            while (start > 0 && isAsciiLetter(text.at(start - 1)))
                --start;
            if (end - start < 3 || (start > 0 && isWordChar(text.at(start - 1))))
                return QStringView();
            return QStringView(text).mid(start, end - start);
        };
        for (qsizetype at = text.indexOf(QLatin1String("model"), 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(QLatin1String("model"), at + 5, Qt::CaseInsensitive)) {
            qsizetype end = at + 5;
            if (end < text.size() && text.at(end).toLower() == QLatin1Char('s'))
                ++end;
            if ((end < text.size() && isWordChar(text.at(end))) || at < 1 || text.at(at - 1) != QLatin1Char(' '))
                continue;
            const QStringView last = wordBefore(at - 1);
            if (last.isEmpty())
                continue;
            QList<QStringView> words{last};
            const qsizetype lastStart = last.constData() - text.constData();
            if (QStringView(text).left(lastStart).endsWith(QLatin1String(" and "), Qt::CaseInsensitive))
                if (const QStringView first = wordBefore(lastStart - 5); !first.isEmpty())
                    words.prepend(first);
            // Adjectives qualify any model ("significant model changes", "the
            // underlying model", "approved models"): their endings tell them.
            static const char *const adjectiveEndings[] = {"ant",  "ent", "al",  "ous", "ible",
                                                           "able", "ic",  "ate", "ed",  "ying"};
            for (const QStringView word : std::as_const(words)) {
                const QString lower = word.toString().toLower();
                if (notNames.contains(lower) ||
                    std::any_of(std::begin(adjectiveEndings), std::end(adjectiveEndings),
                                [&lower](const char *ending) { return lower.endsWith(QLatin1String(ending)); }))
                    continue;
                const QString name = lower + QStringLiteral(" model");
                if (!names.contains(name))
                    names.append(name);
                namedIn[name].insert(read.requirement);
            }
        }
    }
    names.removeIf([&namedIn](const QString &name) { return namedIn.value(name).size() < 2; });
    return names;
}

// The items of the list that follows a line ("The service will:"), bulleted
// or numbered, a blank line apart at most, as plain text without their ends.
QStringList itemsAfter(const ProfileDocument &document, int line)
{
    static const TextExpression marker(QStringLiteral("^([-*+]|\\d+[.)])\\s+"));
    QStringList items;
    for (int number = line + 1; number <= document.lineCount(); ++number) {
        QString raw = document.line(number).trimmed();
        if (raw.isEmpty() && items.isEmpty() && number - line <= 2)
            continue;
        const QRegularExpressionMatch item = marker.match(raw);
        if (!item.hasMatch())
            break;
        QString text = plain(raw.mid(item.capturedLength())).trimmed();
        while (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(',')))
            text.chop(1);
        items.append(text);
    }
    return items;
}

void purposeAndImpact(const ProfileDocument &req, MlSystemProfile &profile)
{
    const TextExpression &summary = summaryHeadings();
    static const TextExpression aim = insensitive(
        "\\b(aims? to|will (deliver|provide|enable|use|introduce|build|create|automate|support|give|help)|"
        "(project|system|programme|service|platform|solution|portfolio|initiative) "
        "(is|will|provides|delivers|uses|enables|introduces)|"
        "purpose of (the|this) (project|system|programme|service)|"
        "(tasked|mandated|commissioned|asked|funded)\\b[^.]{0,40}?\\bto (deliver|provide|build|create|introduce))\\b");
    static const TextExpression aboutDocument =
        insensitive("^(this|the) (document|requirements? document|specification)\\b");
    const auto sentences = sentencesUnder(req, summary, false);
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const auto &[sentence, line] = sentences.at(i);
        if (aboutDocument.match(sentence).hasMatch() || !aim.match(sentence).hasMatch())
            continue;
        QString purpose = sentence;
        // A second sentence of the same paragraph when both are short.
        if (i + 1 < sentences.size() && sentences.at(i + 1).second == line &&
            purpose.size() + sentences.at(i + 1).first.size() < 320)
            purpose += QLatin1Char(' ') + sentences.at(i + 1).first;
        // "The service will:" and a list: the list is what it will do.
        if (purpose.endsWith(QLatin1Char(':'))) {
            if (const QStringList items = itemsAfter(req, line); !items.isEmpty())
                purpose += QLatin1Char(' ') + items.join(QStringLiteral("; "));
            if (purpose.size() > 320)
                purpose = purpose.left(319) + QChar(0x2026);
        }
        profile.businessPurpose = {purpose, req.where(line)};
        break;
    }

    // Else a sentence that says what the system is: "The X is a multi-sided platform ...".
    static const TextExpression definition = insensitive(
        "^(the|our) [^.]{1,60}\\b(is|will be) (a|an)\\b[^.]{0,40}\\b(platform|system|service|application|app|tool|"
        "marketplace|portal|assistant|solution)\\b");
    for (qsizetype i = 0; i < sentences.size() && profile.businessPurpose.isEmpty(); ++i) {
        const auto &[sentence, line] = sentences.at(i);
        if (!aboutDocument.match(sentence).hasMatch() && definition.match(sentence).hasMatch())
            profile.businessPurpose = {sentence.size() > 320 ? sentence.left(319) + QChar(0x2026) : sentence,
                                       req.where(line)};
    }

    // Else the first objective the REQ lists: what the system is for, in its own words.
    static const TextExpression objectives =
        insensitive("^(\\d+(\\.\\d+)*\\.?\\s*)?(business objectives|objectives|goals)\\b");
    if (profile.businessPurpose.isEmpty()) {
        for (const auto &[sentence, line] : sentencesUnder(req, objectives, true)) {
            if (sentence.size() > 20) {
                profile.businessPurpose = {sentence.size() > 320 ? sentence.left(319) + QChar(0x2026) : sentence,
                                           req.where(line)};
                break;
            }
        }
    }

    static const TextExpression outcomes = insensitive("^(\\d+(\\.\\d+)*\\.?\\s*)?(expected outcomes|benefits|user "
                                                       "impact|impact|outcomes|objectives|expected benefits|goals)\\b");
    static const TextExpression people =
        insensitive("\\b(citizens?|users?|customers?|staff|caseworkers?|case "
                    "workers?|officers?|residents?|businesses|the public|patients?|"
                    "learners?|clinicians?|operators?|employees|taxpayers|claimants|applicants|households)\\b");
    for (const auto &[sentence, line] : sentencesUnder(req, outcomes, true)) {
        // The objective that already says what the system is for says nothing more as its impact.
        if (sentence == profile.businessPurpose.value)
            continue;
        if (people.match(sentence).hasMatch() && sentence.size() > 20) {
            profile.userImpact = {sentence.size() > 300 ? sentence.left(299) + QChar(0x2026) : sentence,
                                  req.where(line)};
            break;
        }
    }
    // Else what the summary says the system does for people: "... so that
    // court staff spend less time on clerical work and citizens get records
    // sooner" (the people the subject of the clause, not a word in its tail).
    static const TextExpression forPeople = insensitive("\\bso that\\s+(.{20,})$");
    for (qsizetype i = 0; i < sentences.size() && profile.userImpact.isEmpty(); ++i) {
        const auto &[sentence, line] = sentences.at(i);
        const QRegularExpressionMatch match = forPeople.match(sentence);
        if (!match.hasMatch())
            continue;
        // The people are the clause's subject: named in its first words.
        const QString clause = match.captured(1).trimmed();
        const QRegularExpressionMatch who = people.match(clause);
        if (!who.hasMatch() || clause.left(who.capturedStart()).count(QLatin1Char(' ')) > 3)
            continue;
        QString impact = clause;
        impact[0] = impact.at(0).toUpper();
        if (!impact.endsWith(QLatin1Char('.')))
            impact += QLatin1Char('.');
        profile.userImpact = {impact.size() > 300 ? impact.left(299) + QChar(0x2026) : impact, req.where(line)};
    }
    // Else what the summary says the system does for people, in its verb:
    // "help correspondence officers respond faster by ...", "The assistant
    // supports agents" (the summary's bullets read too).
    static const TextExpression helpsPeople = insensitive(
        "\\b(help|helps|give|gives|let|lets|allow|allows|enable|enables|support|supports|free|frees|save|saves|"
        "spare|spares)\\s+([\\w-]+\\s+){0,2}?(citizens?|users?|customers?|staff|caseworkers?|case workers?|officers?|"
        "residents?|businesses|the public|patients?|learners?|students?|clinicians?|radiologists?|doctors?|nurses?|"
        "operators?|employees|colleagues|agents|coaches|taxpayers|claimants|applicants|households|engineers?|"
        "planners?|analysts?|handlers?|investigators?|teachers?)\\b");
    static const TextExpression notPeople = insensitive("\\b(AI|autonomous|software|intelligent)\\s+agents\\b");
    if (profile.userImpact.isEmpty()) {
        for (const auto &[sentence, line] : sentencesUnder(req, summary, true)) {
            if (!helpsPeople.match(sentence).hasMatch() || notPeople.match(sentence).hasMatch())
                continue;
            // A line that goes on a wrapped sentence ("number, and give residents ...") is no sentence's start.
            if (const QString raw = req.line(line).trimmed(); !raw.isEmpty() && raw.at(0).isLower())
                continue;
            QString impact = sentence;
            while (impact.endsWith(QLatin1Char(';')) || impact.endsWith(QLatin1Char(',')))
                impact.chop(1);
            impact[0] = impact.at(0).toUpper();
            if (!impact.endsWith(QLatin1Char('.')))
                impact += QLatin1Char('.');
            profile.userImpact = {impact.size() > 300 ? impact.left(299) + QChar(0x2026) : impact, req.where(line)};
            break;
        }
    }
}

// The load the summary states the system carries ("around 1.6 million calls a
// year", "145,000 chest X-rays a year"): what the models serve.
void statedVolume(const ProfileDocument &req, MlSystemProfile &profile)
{
    static const TextExpression volume = insensitive(
        "\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s*(?:million|thousand|m|k)|\\d{3,})\\s+([\\w-]+\\s+){0,3}?"
        "(calls|enquiries|claims|applications|letters|documents|cases|transactions|requests|queries|questions|"
        "studies|images|x-rays|scans|returns|forms|hearings|orders|payments|contacts|messages|emails|reports|"
        "referrals|submissions|records|pages|journeys|visits|sessions)(\\s+\\([^)]{1,20}\\))?\\s+(a|per|each|every)\\s+"
        "(year|annum|month|week|day|hour)\\b");
    for (const auto &[sentence, line] : sentencesUnder(req, summaryHeadings(), true)) {
        const QRegularExpressionMatch match = volume.match(sentence);
        if (!match.hasMatch())
            continue;
        profile.statedVolume = {match.captured(0).simplified(), req.where(line)};
        return;
    }
}

// ---- phase, production, scale -------------------------------------------

const TextExpression &notYetInProduction()
{
    static const TextExpression notYet =
        insensitive("\\bnot (yet )?(in production|live|deployed)|\\bno (model|system) (is )?(yet )?in production");
    return notYet;
}

MaturityAdvisor::Facts maturityFacts(const ProfileDocuments &documents, const QList<CapabilityBuild> &builds,
                                     MlSystemProfile &profile)
{
    MaturityAdvisor::Facts facts;
    facts.models = int(builds.size());
    for (const CapabilityBuild &build : builds)
        if (build.capability.approach == QLatin1String("custom-trained") ||
            build.capability.approach == QLatin1String("fine-tuned"))
            ++facts.trainedModels;
        else if (!build.capability.approach.isEmpty())
            ++facts.servicedModels;

    static const TextExpression phaseStated =
        insensitive("\\b((currently|now|is|are) in (the |its )?|(current|project) "
                    "(phase|stage)\\s*(\\*\\*)?\\s*[:|-]\\s*(\\*\\*)?\\s*(is )?(the )?)"
                    "(discovery|alpha|private beta|public beta|beta|pilot|live|proof[- ]of[- ]concept|PoC)\\b");
    static const TextExpression production =
        insensitive("\\b(already|currently) (in production|live|deployed|in (live )?use|operational)\\b|"
                    "\\bexisting (ML |AI )?models? (in production|deployed|in use)\\b|\\b(models?|system) (has "
                    "been|is) in production\\b");
    // A count of people or items ("34 million households"), not money ("£1.5M GMV from customers") or a
    // ceiling ("<6M transactions annually").
    static const TextExpression scale = insensitive(
        "(?<![£$€<≤\\d.,])(?<!< )(?<!up to )(?<!less than )(?<!fewer than )(?<!maximum )(?<!max )\\b\\d+(\\.\\d+)?\\s*"
        "(million|m)\\b(?!\\s*(GBP|USD|EUR|pounds|dollars|euros|GMV|revenue|budget))[^.|]{0,40}\\b(users|citizens|"
        "customers|calls|requests|"
        "transactions|households|"
        "queries|predictions|documents|cases|meters)\\b|\\bnational(ly)?[- ]scale\\b|\\bnationwide\\b");
    static const TextExpression enterprise =
        insensitive("\\bportfolio of\\b|\\benterprise[- ]wide\\b|\\bacross (all |the "
                    ")?(ministries|departments|business units|government entities|agencies)\\b");

    // The first statement line of the document that matches and that accept()
    // takes, among the lines holding one of the words every match has.
    auto firstLine = [](const ProfileDocument &document, const QList<int> &candidates, const TextExpression &pattern,
                        auto &&accept) {
        for (const int number : candidates) {
            if (!document.isStatement(number))
                continue;
            // Most candidates do not match: match the outline's view, make a string only for accept().
            if (pattern.match(document.outline.line(number)).hasMatch() && accept(document.line(number)))
                return number;
        }
        return 0;
    };
    const auto any = [](const QString &) { return true; };
    const auto aboutAi = [](const QString &line) { return CapabilityCatalogue::hasAiContext(line); };
    for (const ProfileDocument &document : documents) {
        if (!facts.phase.isEmpty() && facts.inProduction && facts.atScale && facts.enterprise)
            break; // all found
        if (document.isResearch() || document.type == QLatin1String("PRIN"))
            continue;
        // A phase is stated "in" it ("currently in alpha") or as the phase or
        // stage ("Current phase: Beta"): lines with a phase and one of those.
        const auto phaseLines = [&document] {
            const WordIndex &words = document.words;
            const QList<int> said =
                WordIndex::united(words.linesWithAny({"phase"_L1, "stage"_L1}),
                                  words.linesWithBoth({"in"_L1}, {"currently"_L1, "now"_L1, "is"_L1, "are"_L1}));
            const QList<int> phases = words.linesWithAny(
                {"discovery"_L1, "alpha"_L1, "beta"_L1, "pilot"_L1, "live"_L1, "proof"_L1, "poc"_L1});
            QList<int> both;
            std::set_intersection(said.cbegin(), said.cend(), phases.cbegin(), phases.cend(), std::back_inserter(both));
            return both;
        };
        if (facts.phase.isEmpty())
            if (const int number = firstLine(document, phaseLines(), phaseStated, any)) {
                QString phase = phaseStated.match(document.line(number)).captured(10).toLower();
                if (phase.contains(QLatin1String("beta")))
                    phase = QStringLiteral("beta");
                else if (phase.startsWith(QLatin1String("proof")) || phase == QLatin1String("poc"))
                    phase = QStringLiteral("poc");
                facts.phase = phase;
                facts.phaseSource = document.where(number);
            }
        if (!facts.inProduction)
            if (const int number = firstLine(
                    document,
                    // "in production", "currently live", "existing models deployed".
                    WordIndex::united(WordIndex::united(document.words.linesWith("production"_L1),
                                                        document.words.linesWithBoth(
                                                            {"already"_L1, "currently"_L1},
                                                            {"live"_L1, "deployed"_L1, "use"_L1, "operational"_L1})),
                                      document.words.linesWithBoth({"existing"_L1}, {"model"_L1, "models"_L1})),
                    production, [](const QString &line) {
                        return !notYetInProduction().match(line).hasMatch() && CapabilityCatalogue::hasAiContext(line);
                    })) {
                facts.inProduction = true;
                facts.productionSource = document.where(number);
            }
        if (!facts.atScale)
            if (const int number = firstLine(
                    document, document.words.linesWithAny({"million"_L1, "m"_L1, "national"_L1}), scale, any)) {
                facts.atScale = true;
                facts.scaleSource = document.where(number);
            }
        if (!facts.enterprise)
            if (const int number =
                    firstLine(document, document.words.linesWithAny({"portfolio"_L1, "enterprise"_L1, "across"_L1}),
                              enterprise, aboutAi)) {
                facts.enterprise = true;
                facts.enterpriseSource = document.where(number);
            }
    }
    if (!facts.phase.isEmpty())
        profile.phase = {facts.phase, facts.phaseSource};
    profile.inProduction = facts.inProduction;
    return facts;
}

// ---- DATA: the sources that feed models ---------------------------------

// A data requirement that keeps data for training the models ("DR-001:
// Historical outcomes: five years of claims ... MUST be available for
// training") names a training source, cited at the requirement.
void trainingDataRequired(const RequirementTexts &requirements, MlSystemProfile &profile)
{
    static const QList<quint64> trainWords = WordIndex::keys("train training retrain retraining");
    for (const RequirementText &read : requirements) {
        const Requirement &requirement = *read.requirement;
        if (requirement.kind != QLatin1String("DR") || !read.words.containsAny(trainWords))
            continue;
        const QString statement = firstSentence(requirement.body, 600);
        if (!MlClassifier::keepsDataForTraining(statement))
            continue;
        // "Staff training: case records MUST be retained for training" keeps them for people.
        static const TextExpression people = insensitive(
            "\\b(staff|employees?|colleagues|caseworkers|officers|induction|courses?|learning and development)\\b");
        if (people.match(requirement.title).hasMatch() || people.match(statement).hasMatch())
            continue;
        const QString title = plain(requirement.title);
        profile.trainingData.append(
            {title.isEmpty() ? requirement.id : QStringLiteral("%1 (%2)").arg(title, requirement.id),
             requirement.where()});
    }
}

void trainingData(const ProfileDocuments &documents, const QList<CapabilityBuild> &builds,
                  const RequirementTexts &requirements, MlSystemProfile &profile)
{
    // A system that only calls pre-built services or foundation-model APIs
    // trains nothing: no entity of its data model is training data.
    const bool trains = std::any_of(builds.cbegin(), builds.cend(), [](const CapabilityBuild &build) {
        return build.capability.approach.isEmpty() || build.capability.approach == QLatin1String("custom-trained") ||
               build.capability.approach == QLatin1String("fine-tuned");
    });
    if (!trains)
        return;
    const ProfileDocument *data = documentOfType(documents, "DATA"_L1);
    if (!data) {
        trainingDataRequired(requirements, profile);
        return;
    }
    // The data model's own "Data Sources" table names what feeds the system;
    // each row is one source (its first cell), cited at its line.
    static const TextExpression sourcesHeading = insensitive("^(\\d+(\\.\\d+)*\\.?\\s*)?(training )?data sources$");
    for (const MarkdownHeading &heading : data->outline.headings()) {
        if (!sourcesHeading.match(plain(heading.text)).hasMatch())
            continue;
        bool header = true;
        for (int number = heading.line + 1; number <= heading.endLine; ++number) {
            const QStringView line = data->outline.line(number);
            const MarkdownTableRow row = MarkdownTableRow::split(line);
            if (!row.isRow()) {
                if (!header)
                    break; // the first table only
                continue;
            }
            if (row.isDelimiter() || header) {
                header = row.isDelimiter() ? false : header;
                continue;
            }
            const MarkdownTableCell &cell = row.cells.first();
            const QString name = plain(line.sliced(cell.offset, cell.length).toString());
            if (!name.isEmpty() && !isPlaceholder(name))
                profile.trainingData.append({name, data->where(number)});
        }
        if (!profile.trainingData.isEmpty())
            return;
    }
    static const TextExpression entity(QStringLiteral("^(Entity\\s*:?\\s*)?([A-Z]{1,4}-\\d+\\s*[:\\-–]\\s*)(.+)$"));
    static const TextExpression feeds = insensitive("\\b(training (data|set|dataset)|used (to|for) train|model "
                                                    "(training|features?|inputs?)|features? for|labell?ed|"
                                                    "ground[- ]truth|annotat(ed|ion)|feature store|fine[- ]tun)");
    for (const MarkdownHeading &heading : data->outline.headings()) {
        const auto match = entity.match(heading.text);
        if (!match.hasMatch())
            continue;
        for (int number = heading.line; number <= heading.endLine; ++number) {
            if (feeds.match(data->line(number)).hasMatch()) {
                profile.trainingData.append({plain(match.captured(3)), data->where(heading.line)});
                break;
            }
        }
    }
    if (profile.trainingData.isEmpty())
        trainingDataRequired(requirements, profile);
}

// ---- other facts --------------------------------------------------------

// The oversight model a record states under its label: an ATRS record's
// "Human Oversight Model", a DPIA's "**Human Oversight**:" (its algorithm
// section). The option ticked ("[X] Human-on-the-loop") or named after the
// label. Human-in-the-loop (every decision reviewed before action) is
// Required; on-the-loop and in-command (sample review, override) are
// Advisory. A label naming both kinds, or nothing ticked, decides nothing.
void statedOversight(const ProfileDocument &record, MlSystemProfile &profile)
{
    // The label opens its line, its list item or its table row ("| 3.2 | Human Oversight Model | ...").
    static const TextExpression label =
        insensitive("^\\s*(?:#+\\s*|[-*]\\s+|\\d+(?:\\.\\d+)*\\.?\\s+|\\|\\s*(?:[\\d.]+\\s*\\|\\s*)?)?\\**\\s*human "
                    "oversight(?: model)?\\W*:?\\**\\s*(.*)$");
    // An option not ticked ("[ ] Human-in-the-loop") states nothing.
    static const TextExpression unticked(QStringLiteral("\\[ \\][^\\[\\n]*"));
    // A DPIA's label is followed by a ticked option or a short value, never
    // by prose about oversight ("Human oversight could be bypassed ...").
    const bool shortValuesOnly = record.type != QLatin1String("ATRS");
    static const TextExpression ticked = insensitive("^\\s*(?:[-*]\\s+)?\\[[xX]\\]\\s*(.*)$");
    static const TextExpression inLoop = insensitive("\\bhuman[- ]in[- ]the[- ]loop\\b");
    static const TextExpression onLoop = insensitive("\\bhuman[- ](on[- ]the[- ]loop|in[- ]command)\\b");
    for (const int number : record.words.linesWith("oversight"_L1)) {
        const auto match = label.match(record.line(number).remove(unticked));
        if (!match.hasMatch())
            continue;
        QString stated = match.captured(1);
        if (shortValuesOnly && stated.size() > 60)
            continue;
        int statedLine = number;
        if (QString(stated).remove(QLatin1Char('*')).remove(QLatin1Char('|')).trimmed().isEmpty()) {
            // Nothing after the label: the options ticked on the lines below, up to a blank line.
            for (int option = number + 1; option <= record.lineCount() && !record.line(option).trimmed().isEmpty();
                 ++option) {
                const auto tick = ticked.match(record.line(option));
                if (tick.hasMatch()) {
                    stated += QLatin1Char(' ') + tick.captured(1);
                    if (statedLine == number)
                        statedLine = option; // the first option ticked
                }
            }
        }
        const bool every = inLoop.match(stated).hasMatch();
        const bool some = onLoop.match(stated).hasMatch();
        if (!every && !some)
            continue; // a label with no oversight model named ("Human oversight | see §5")
        if (every != some)
            profile.humanOversight = {every ? QStringLiteral("Required") : QStringLiteral("Advisory"),
                                      record.where(statedLine)};
        return;
    }
}

// How long what the models produce is kept: a line of the REQ or DATA that
// speaks of retention (or sits in a "Retention" block) and names the model's
// output (conversations, prompts, responses, predictions, decisions,
// recommendations) with a period. Security and application logs are not it.
void predictionRetention(const ProfileDocuments &documents, MlSystemProfile &profile)
{
    static const TextExpression retention = insensitive("\\b(retention|retain(ed)?|kept for|stored for)\\b");
    static const TextExpression output =
        insensitive("\\b(conversations?|chat (logs?|history|transcripts?)|prompts?|(AI|model|LLM) "
                    "(outputs?|responses?|interactions?)|responses?|predictions?|decisions?|recommendations?|"
                    "inferences?|inference logs?)\\b");
    static const TextExpression period =
        insensitive("(\\d+)[- ]?(years?|months?|days?)\\b(?![- ](old|ago|history|of data|trend))");
    static const TextExpression listItem(QStringLiteral("^\\s*([-*+]|\\d+\\.)\\s"));
    for (const char *type : {"REQ", "DATA"}) {
        const ProfileDocument *document = documentOfType(documents, QLatin1StringView(type));
        if (!document)
            continue;
        // A line about retention, or the list under a "Data Retention:" label
        // and the rows of a table with a retention column (lines found through
        // the word index: most of a document says nothing of retention).
        auto statesRetention = [&](int number, QRegularExpressionMatch &how) {
            if (!document->isStatement(number))
                return false;
            const QString line = document->line(number);
            const auto what = output.match(line);
            how = period.match(line);
            return what.hasMatch() && how.hasMatch() && how.capturedStart() >= what.capturedStart() - 80;
        };
        static const TextExpression separator(QStringLiteral("^\\s*\\|[\\s:|-]+\\|\\s*$"));
        for (const int start :
             document->words.linesWithAny({"retention"_L1, "retain"_L1, "retained"_L1, "kept"_L1, "stored"_L1})) {
            const QString line = document->line(start);
            if (!retention.match(line).hasMatch())
                continue;
            QRegularExpressionMatch how;
            int found = statesRetention(start, how) ? start : 0;
            const bool row = line.trimmed().startsWith(QLatin1Char('|'));
            const bool header = row && separator.match(document->line(start + 1)).hasMatch();
            const bool label = !row && !listItem.match(line).hasMatch();
            for (int number = start + (header ? 2 : 1); !found && (header || label) && number <= document->lineCount();
                 ++number) {
                const QString next = document->line(number);
                const bool item =
                    header ? next.trimmed().startsWith(QLatin1Char('|')) : listItem.match(next).hasMatch();
                if (!item && !(next.trimmed().isEmpty() && number == start + 1))
                    break; // the end of the list or table
                if (item && statesRetention(number, how))
                    found = number;
            }
            if (!found)
                continue;
            QString unit = how.captured(2).toLower();
            if (!unit.endsWith(QLatin1Char('s')) && how.captured(1) != QLatin1String("1"))
                unit += QLatin1Char('s');
            profile.predictionRetention = {how.captured(1) + QLatin1Char(' ') + unit, document->where(found)};
            return;
        }
    }
}

// The DPIA's residual risk, as it states it for the processing as a whole:
// "Overall Residual Risk Level: MEDIUM", "DPIA Outcome: MEDIUM residual risk";
// else the highest residual risk its risks are given ("**Residual Risk**:
// **Medium**"). A condition ("if residual risk remains HIGH") or a range
// ("reduced to MEDIUM or LOW") states none.
ContextValue dpiaResidualRisk(const ProfileDocument &dpia)
{
    static const TextExpression overall =
        insensitive("\\boverall residual risk( level| rating)?\\W{0,6}(very high|high|medium|low)\\b|"
                    "\\b(outcome|conclusion)\\W{0,6}(?<level>very high|high|medium|low) residual risk\\b");
    static const TextExpression perRisk =
        insensitive("^\\W*residual risk( level| rating)?\\W{0,6}(very high|high|medium|low)\\b");
    static const QStringList levels = {QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"),
                                       QStringLiteral("Very High")};
    auto levelOf = [](QString word) {
        word = word.toLower();
        return word == QLatin1String("very high") ? 3
               : word == QLatin1String("high")    ? 2
               : word == QLatin1String("medium")  ? 1
                                                  : 0;
    };
    int highest = -1;
    int highestLine = 0;
    for (const int number : dpia.words.linesWith("residual"_L1)) {
        if (!dpia.isStatement(number))
            continue;
        const QString line = dpia.line(number);
        if (const QRegularExpressionMatch match = overall.match(line); match.hasMatch()) {
            const QString word = match.captured(2).isEmpty() ? match.captured(u"level") : match.captured(2);
            return {levels.at(levelOf(word)), dpia.where(number)};
        }
        if (const QRegularExpressionMatch match = perRisk.match(line); match.hasMatch())
            if (const int level = levelOf(match.captured(2)); level > highest) {
                highest = level;
                highestLine = number;
            }
    }
    if (highest < 0)
        return {};
    return {levels.at(highest), dpia.where(highestLine)};
}

void otherFacts(const ProfileDocuments &documents, const RequirementTexts &texts, MlSystemProfile &profile)
{
    if (const ProfileDocument *dpia = documentOfType(documents, "DPIA"_L1)) {
        profile.dpiaReference = {dpia->relativePath, dpia->relativePath};
        profile.riskCandidate = dpiaResidualRisk(*dpia);
    }

    // ATRS publication made mandatory by the AI Playbook assessment or a requirement.
    static const TextExpression atrs = insensitive("\\bATRS\\b|algorithmic transparency");
    static const TextExpression mandatory =
        insensitive("\\b(mandatory|mandates?|required|must|shall|publish(ed)?|compulsory)\\b");
    static const TextExpression notRequired = insensitive("\\bnot (required|mandatory|applicable)\\b");
    static const QList<quint64> atrsWords = WordIndex::keys("atrs algorithmic");
    if (const ProfileDocument *aipb = documentOfType(documents, "AIPB"_L1)) {
        for (const int number : aipb->words.linesWithAny(atrsWords)) {
            const QString line = aipb->line(number);
            if (atrs.match(line).hasMatch() && mandatory.match(line).hasMatch() &&
                !notRequired.match(line).hasMatch()) {
                profile.atrsRequired = {QStringLiteral("Required"), aipb->where(number)};
                break;
            }
        }
    }
    for (const RequirementText &read : texts) {
        if (!profile.atrsRequired.isEmpty())
            break;
        const QString &text = read.text;
        if (read.words.containsAny(atrsWords) && atrs.match(text).hasMatch() && mandatory.match(text).hasMatch() &&
            !notRequired.match(text).hasMatch())
            profile.atrsRequired = {QStringLiteral("Required"), read.requirement->where()};
    }

    predictionRetention(documents, profile);

    // Serving and inference cost from a business case or FinOps document.
    static const TextExpression serving =
        insensitive("\\b(inference|serving|LLM|token|model hosting|AI services?|API usage|Bedrock|OpenAI)\\b");
    static const TextExpression amount =
        insensitive("[£$€]\\s?\\d[\\d,.]*\\s?(k|m|million|bn)?\\b(\\s?(per|/|a)\\s?(month|year|annum|yr|mo)\\b)?");
    for (const ProfileDocument &document : documents) {
        if (!profile.servingCost.isEmpty())
            break;
        if (document.type != QLatin1String("SOBC") && document.type != QLatin1String("FINOPS") &&
            document.type != QLatin1String("FINO") && document.type != QLatin1String("OBC") &&
            document.type != QLatin1String("FBC"))
            continue;
        static const QList<quint64> servingWords =
            WordIndex::keys("inference serving llm token hosting ai api bedrock openai");
        for (const int number : document.words.linesWithAny(servingWords)) {
            const QString line = document.line(number);
            if (!serving.match(line).hasMatch())
                continue;
            const auto match = amount.match(line);
            if (match.hasMatch() && !match.captured(3).isEmpty()) {
                profile.servingCost = {match.captured(0).simplified(), document.where(number)};
                break;
            }
        }
    }
}

// The first requirement that says the system uses no model of any kind
// (not only "no generative AI"), as the reason the project is no ML system;
// else the AI Playbook assessment's own verdict ("No AI is used in this
// system."), where an architect says whether the system uses AI at all.
QString noModelInTheSystem(const RequirementTexts &texts, const Denials &denials, const ProfileDocuments &documents)
{
    for (qsizetype index = 0; index < texts.size(); ++index) {
        const Requirement &requirement = *texts.at(index).requirement;
        const MlClassifier::NoModelDeclaration &declaration = denials.at(index);
        if (declaration.wholeSystem)
            return QStringLiteral("%1 says the system uses none: \"%2\"")
                .arg(requirement.id.isEmpty() ? QStringLiteral("a requirement") : requirement.id, declaration.sentence);
    }
    if (const ProfileDocument *aipb = documentOfType(documents, "AIPB"_L1))
        for (const int number : aipb->words.linesWithAny({"no"_L1, "not"_L1})) {
            if (!aipb->isStatement(number))
                continue;
            const MlClassifier::NoModelDeclaration declaration =
                MlClassifier::noModelDeclared(aipb->outline.line(number));
            if (declaration.wholeSystem)
                return QStringLiteral("%1 says the system uses none: \"%2\"")
                    .arg(aipb->where(number), declaration.sentence);
        }
    return {};
}

// With no capability named, the ML requirements still describe a model
// unless they are about guidance or a rules engine: one unnamed model then.
// Returns why the project is no ML system when it is none.
QString unnamedModel(const Requirements &requirements, const ProfileDocument *req, MlSystemProfile &profile)
{
    static const TextExpression rules =
        insensitive("\\b(rules?[- ]engine|rule-based|business rules|decision (table|tree)s? "
                    "(configured|maintained)|deterministic (rules|logic))\\b");
    int ml = 0;
    int guidance = 0;
    int ruleBased = 0;
    MlCapability model;
    for (const Requirement &requirement : requirements) {
        const QString text = requirement.title + QLatin1Char('\n') + requirement.body;
        if (rules.match(text).hasMatch())
            ++ruleBased;
        if (!requirement.ml)
            continue;
        ++ml;
        if (CapabilityCatalogue::isAboutGuidance(text)) {
            ++guidance;
            continue;
        }
        if (!requirement.id.isEmpty())
            model.requirements.append(requirement.id);
        model.evidence.append(requirement.where());
        if (model.purpose.isEmpty())
            model.purpose = firstSentence(requirement.body);
    }
    if (requirements.isEmpty())
        return QStringLiteral("no requirements were found");
    if (ml == 0)
        return QStringLiteral("no requirement describes a model the system builds or uses");
    if (guidance * 2 >= ml)
        return QStringLiteral(
            "the AI requirements are about guidance, policy or training people, not a model the system runs");
    if (ruleBased > 0 && model.requirements.size() < 3)
        return QStringLiteral("the automated decisions are made by rules, not by a model");
    // The summary may say what the model does where no requirement names it
    // ("an AI product that analyses chest X-rays"): that capability, cited there.
    if (req) {
        const CapabilityCatalogue &catalogue = CapabilityCatalogue::instance();
        for (const auto &[sentence, line] : sentencesUnder(*req, summaryHeadings(), true)) {
            if (!CapabilityCatalogue::hasAiContext(sentence))
                continue;
            for (const CapabilityMatch &match : catalogue.find(sentence, true)) {
                if ((!match.strong && !match.plain) || match.definition->key == QLatin1String("predictive-model") ||
                    profile.capability(match.definition->key))
                    continue;
                MlCapability named = model;
                named.key = match.definition->key;
                named.name = match.definition->name;
                named.kind = match.definition->kind;
                named.purpose = sentence;
                named.purposeSource = req->where(line);
                named.evidence.prepend(req->where(line));
                profile.capabilities.append(named);
            }
            if (!profile.capabilities.isEmpty())
                return {};
        }
    }
    model.key = QStringLiteral("ml-model");
    model.name = QStringLiteral("ML model");
    model.kind = QStringLiteral("other");
    profile.capabilities.append(model);
    return {};
}

} // namespace

ProfileDocuments MlSystemProfiler::load(const Project &project, const Project *global, const QString &root,
                                        Problems *problems)
{
    ProfileDocuments documents;
    auto add = [&](const QString &type, const QString &path, const QString &relativePath) {
        const TextFile file = TextFileReader::read(path);
        if (!file.ok()) {
            // An unreadable file is said once and the others are still read.
            if (problems)
                problems->append({relativePath, file.error});
            return;
        }
        // A decoding guess matters where requirements are read.
        if (problems && type == QLatin1String("REQ") && !file.warning.isEmpty())
            problems->append({relativePath, file.warning});
        documents.append(ProfileDocument::create(type, relativePath, file.text));
    };
    // The REQ first: the order only matters for which line a reason cites.
    if (const Artifact *req = project.latest(QStringLiteral("REQ")))
        add(req->type(), req->path, req->relativePath);
    for (const Artifact *artifact : project.latestArtifacts())
        if (artifact->type() != QLatin1String("REQ"))
            add(artifact->type(), artifact->path, artifact->relativePath);
    if (global && global->id != project.id)
        if (const Artifact *prin = global->latest(QStringLiteral("PRIN")))
            add(prin->type(), prin->path, prin->relativePath);
    static const QStringList textSuffixes = {QStringLiteral("md"),  QStringLiteral("markdown"),
                                             QStringLiteral("txt"), QStringLiteral("yaml"),
                                             QStringLiteral("yml"), QStringLiteral("json")};
    for (const QString &relative : project.externalFiles)
        if (textSuffixes.contains(relative.section(QLatin1Char('.'), -1).toLower()))
            add(QStringLiteral("EXTERNAL"), QDir(root).filePath(relative), relative);
    return documents;
}

namespace {

// A system that trains nothing (every capability a provider's model or a
// ready-made service) runs on the cloud's model service, not on its ML
// platform: a mandate of "AWS Bedrock Claude" decides Amazon Bedrock, not
// SageMaker, whose pipelines and registry it would never use. Only when the
// deciding line names the model service and not the ML platform itself.
void platformOfProviderModels(const ProfileDocuments &documents, MlSystemProfile &profile)
{
    ContextValue &decided = profile.platform.decided;
    if (decided.isEmpty() || profile.capabilities.isEmpty())
        return;
    for (const MlCapability &capability : std::as_const(profile.capabilities))
        if (capability.approach != QLatin1String("foundation-api") &&
            capability.approach != QLatin1String("prebuilt-saas"))
            return;
    struct ModelService
    {
        const char *family;
        QRegularExpression service;
        QRegularExpression platform;
        const char *name;
    };
    static const ModelService services[] = {
        {"SageMaker", QRegularExpression(QStringLiteral("\\bBedrock\\b")),
         QRegularExpression(QStringLiteral("\\bSage[Mm]aker\\b")), "Amazon Bedrock"},
        {"Azure ML",
         QRegularExpression(QStringLiteral("\\bAzure (OpenAI|AI (services|Foundry|Speech|Translator|Language|Search|"
                                           "Document Intelligence)|Cognitive Services)\\b")),
         QRegularExpression(QStringLiteral("\\bAzure (Machine Learning|ML)\\b")), "Azure AI services"},
    };
    const qsizetype colon = decided.source.lastIndexOf(QLatin1Char(':'));
    const QString path = decided.source.left(colon);
    const int number = decided.source.mid(colon + 1).toInt();
    for (const ProfileDocument &document : documents) {
        if (document.relativePath != path)
            continue;
        const QString line = document.line(number);
        for (const ModelService &service : services) {
            if (decided.value != QLatin1String(service.family) || !service.service.match(line).hasMatch() ||
                service.platform.match(line).hasMatch())
                continue;
            const QString name = QString::fromLatin1(service.name);
            for (Candidate &candidate : profile.platform.candidates)
                if (candidate.value == decided.value && candidate.source == decided.source)
                    candidate.value = name;
            decided.value = name;
            return;
        }
        return;
    }
}

} // namespace

MlSystemProfile MlSystemProfiler::profile(const Project &project, const Project *global,
                                          const Requirements &requirements, Problems *problems) const
{
    return profile(load(project, global, m_root, problems), requirements);
}

MlSystemProfile MlSystemProfiler::profile(const ProfileDocuments &documents, const Requirements &requirements)
{
    MlSystemProfile profile;
    const ChoiceResolver choices(documents);
    profile.platform = choices.resolve(ChoiceResolver::Subject::Platform);
    profile.llmProvider = choices.resolve(ChoiceResolver::Subject::LlmProvider);
    profile.llmModel = choices.resolve(ChoiceResolver::Subject::LlmModel);
    profile.embeddingModel = choices.resolve(ChoiceResolver::Subject::EmbeddingModel);
    profile.vectorStore = choices.resolve(ChoiceResolver::Subject::VectorStore);
    for (DecidedChoice *choice : {&profile.llmProvider, &profile.embeddingModel, &profile.vectorStore})
        ChoiceResolver::narrowToMandatedCloud(*choice, profile.platform);
    profile.llmProviders = ChoiceResolver::recommendedProviders(profile.llmProvider);
    // Under a cloud mandate, another cloud's provider that only research
    // recommends is no fallback either (an accepted decision for one is).
    if (const QString cloud = ChoiceResolver::mandatedCloud(profile.platform); !cloud.isEmpty())
        profile.llmProviders.removeIf([&cloud](const Candidate &provider) {
            const QString family = ChoiceResolver::cloudFamily(provider.value);
            return provider.authority == Authority::Research && !family.isEmpty() && family != cloud;
        });

    const RequirementTexts texts = textsOf(requirements);
    // What each requirement says the system does without, read once.
    Denials denials;
    denials.reserve(texts.size());
    static const QList<quint64> negations = WordIndex::keys("no not");
    for (const RequirementText &read : texts)
        denials.append(read.words.containsAny(negations) ? MlClassifier::noModelDeclared(read.text)
                                                         : MlClassifier::NoModelDeclaration());
    QList<CapabilityBuild> builds = capabilitiesFromRequirements(texts, denials);
    servingOnASchedule(texts, builds);
    nameServices(builds, documents, texts, profile);
    capabilityRisks(builds, documents);
    modelCards(builds, documents);
    for (const CapabilityBuild &build : std::as_const(builds))
        profile.capabilities.append(build.capability);
    platformOfProviderModels(documents, profile);

    // The documents say the system runs no model ("no machine learning
    // components are to be introduced"): only a function that asks for a
    // capability in words of ML says otherwise (a "points-based risk score"
    // of a rules engine does not).
    const auto definedByMlFunction = [&requirements](const MlCapability &capability) {
        return std::any_of(requirements.cbegin(), requirements.cend(), [&capability](const Requirement &r) {
            return r.ml && !r.id.isEmpty() && r.id == capability.definedBy;
        });
    };
    if (const QString denial = noModelInTheSystem(texts, denials, documents);
        !denial.isEmpty() &&
        std::none_of(profile.capabilities.cbegin(), profile.capabilities.cend(), definedByMlFunction)) {
        profile.capabilities.clear();
        profile.notMlReason = denial;
    } else if (profile.capabilities.isEmpty()) {
        profile.notMlReason = unnamedModel(requirements, documentOfType(documents, "REQ"_L1), profile);
    }
    profile.isMlSystem = !profile.capabilities.isEmpty();

    if (const ProfileDocument *req = documentOfType(documents, "REQ"_L1)) {
        documentControlDefaults(*req, profile);
        purposeAndImpact(*req, profile);
        if (profile.isMlSystem) {
            aiNamesFromTheSummary(*req, profile);
            partNamesFromTheSummary(*req, profile);
        }
    }
    if (profile.isMlSystem)
        profile.modelNames = modelNamesIn(texts);
    const MaturityAdvisor::Facts facts = maturityFacts(documents, builds, profile);
    profile.maturity = MaturityAdvisor().suggest(facts);
    profile.goLive = MilestoneReader().goLive(documents);
    trainingData(documents, builds, texts, profile);

    // Serving targets from the requirements an ML capability or the classifier ties to ML.
    const QStringList capabilityRequirements = requirementsOfCapabilities(profile);
    ServingTargetReader().read(texts, capabilityRequirements, profile);
    if (const ProfileDocument *req = documentOfType(documents, "REQ"_L1); req && profile.isMlSystem)
        statedVolume(*req, profile);
    // The ATRS record states the model itself, before the requirements; a
    // DPIA's algorithm section only when neither says.
    if (const ProfileDocument *atrs = documentOfType(documents, "ATRS"_L1))
        statedOversight(*atrs, profile);
    OversightTargetReader().read(texts, capabilityRequirements, profile);
    FairnessReader().read(texts, capabilityRequirements, documents, profile);
    if (const ProfileDocument *dpia = documentOfType(documents, "DPIA"_L1); dpia && profile.humanOversight.isEmpty())
        statedOversight(*dpia, profile);
    otherFacts(documents, texts, profile);
    ResearchCostReader().read(documents, profile);
    TeamReader().read(documents, profile);
    return profile;
}

void MlSystemProfiler::readTargetsOfReclassified(const Requirements &requirements, MlSystemProfile &profile)
{
    const RequirementTexts texts = textsOf(requirements);
    const QStringList capabilityRequirements = requirementsOfCapabilities(profile);
    ServingTargetReader().read(texts, capabilityRequirements, profile);
    OversightTargetReader().read(texts, capabilityRequirements, profile);
    FairnessReader().read(texts, capabilityRequirements, {}, profile);
}

QStringList MlSystemProfiler::systemTerms(const MlSystemProfile &profile)
{
    // How requirements name each capability when they speak of it as a part
    // of the system ("the recommendation engine", "transcription"): phrases,
    // never a bare noun such as "agent" that also means a person.
    static const QHash<QString, QStringList> phrases = {
        {QStringLiteral("llm-generation"),
         {QStringLiteral("LLM"), QStringLiteral("language model"), QStringLiteral("foundation model"),
          QStringLiteral("the chatbot"), QStringLiteral("RAG"), QStringLiteral("knowledge base")}},
        {QStringLiteral("summarisation"), {QStringLiteral("summarisation"), QStringLiteral("AI-assisted drafting")}},
        {QStringLiteral("agents"),
         {QStringLiteral("AI agent"), QStringLiteral("per agent"), QStringLiteral("each agent"),
          QStringLiteral("every agent"), QStringLiteral("all agents"), QStringLiteral("agent tier"),
          QStringLiteral("agentic")}},
        {QStringLiteral("semantic-search"),
         {QStringLiteral("semantic search"), QStringLiteral("embeddings"), QStringLiteral("vector search")}},
        {QStringLiteral("speech-to-text"),
         {QStringLiteral("speech-to-text"), QStringLiteral("transcription"), QStringLiteral("diarisation"),
          QStringLiteral("speech engine"), QStringLiteral("recognition engine")}},
        {QStringLiteral("text-to-speech"), {QStringLiteral("text-to-speech")}},
        {QStringLiteral("translation"), {QStringLiteral("translation service"), QStringLiteral("machine translation")}},
        {QStringLiteral("ocr"), {QStringLiteral("OCR"), QStringLiteral("document extraction")}},
        {QStringLiteral("entity-extraction"), {QStringLiteral("entity extraction")}},
        {QStringLiteral("classification"),
         {QStringLiteral("classifier"), QStringLiteral("classification model"), QStringLiteral("intent triage")}},
        {QStringLiteral("sentiment"), {QStringLiteral("sentiment analysis")}},
        {QStringLiteral("matching-scoring"),
         {QStringLiteral("scoring model"), QStringLiteral("risk scoring"), QStringLiteral("matching engine"),
          QStringLiteral("scoring service")}},
        {QStringLiteral("anomaly-detection"),
         {QStringLiteral("anomaly detection"), QStringLiteral("fraud detection"), QStringLiteral("scoring service")}},
        // What forecasting gives is a forecast, whatever it forecasts ("each forecast run").
        {QStringLiteral("forecasting"),
         {QStringLiteral("forecasting"), QStringLiteral("forecast model"), QStringLiteral("forecast")}},
        {QStringLiteral("recommendation"),
         {QStringLiteral("recommendation engine"), QStringLiteral("recommendations")}},
        {QStringLiteral("ranking"),
         {QStringLiteral("search ranking"), QStringLiteral("ranking model"), QStringLiteral("relevance ranking")}},
        {QStringLiteral("vision"), {QStringLiteral("computer vision"), QStringLiteral("image recognition")}},
        // A model that foresees events gives forecasts too ("the failure forecast").
        {QStringLiteral("predictive-model"),
         {QStringLiteral("predictive model"), QStringLiteral("prediction model"), QStringLiteral("prediction service"),
          QStringLiteral("scoring service"), QStringLiteral("forecast")}},
    };
    QStringList terms;
    auto add = [&terms](const QString &term) {
        if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive))
            terms.append(term);
    };
    for (const MlCapability &capability : profile.capabilities) {
        for (const QString &phrase : phrases.value(capability.key))
            add(phrase);
        for (const QString &term : capability.terms)
            add(term);
        add(capability.service);
    }
    for (const QString &part : profile.partNames)
        add(part);
    add(profile.llmProvider.decided.value);
    add(profile.llmModel.decided.value);
    add(profile.embeddingModel.decided.value);
    add(profile.vectorStore.decided.value);
    return terms;
}

} // namespace arckit
