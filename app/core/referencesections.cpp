#include "referencesections.h"

#include "sectionterms.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace arckit {

namespace {

using namespace sectionterms;

// Concepts as small sorted id lists, for the many comparisons of a match: each
// concept the catalogue's names use has an id; other words of a heading only count.
struct ConceptSet
{
    static constexpr int Capacity = 8;
    std::array<int, Capacity> ids = {};
    int known = 0; // ids in use
    int count = 0; // all distinct concepts, known or not

    int common(const ConceptSet &other) const
    {
        int n = 0;
        for (int i = 0, j = 0; i < known && j < other.known;) {
            if (ids[i] == other.ids[j]) {
                ++n;
                ++i;
                ++j;
            } else if (ids[i] < other.ids[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        return n;
    }
};

struct Vocabulary
{
    QHash<QString, int> ids;

    int idOf(const QString &word)
    {
        const auto it = ids.constFind(word);
        if (it != ids.cend())
            return it.value();
        const int id = int(ids.size());
        ids.insert(word, id);
        return id;
    }

    ConceptSet setOf(const QStringList &words) const
    {
        ConceptSet set;
        set.count = int(words.size());
        for (const QString &word : words) {
            const int id = ids.value(word, -1);
            if (id >= 0 && set.known < ConceptSet::Capacity)
                set.ids[set.known++] = id;
        }
        std::sort(set.ids.begin(), set.ids.begin() + set.known);
        return set;
    }
};

// 0.7 x how much of the name the heading has + 0.3 x how much of the heading is the name.
double overlap(const ConceptSet &name, const ConceptSet &heading, bool *full)
{
    if (name.count == 0 || heading.count == 0)
        return 0;
    const int common = name.common(heading);
    *full = common == name.count;
    return 0.7 * common / name.count + 0.3 * common / heading.count;
}

struct PreparedSection
{
    QString normalizedTitle;
    QSet<QString> normalizedAliases;
    QList<ConceptSet> names; // title first, then each alias
    QList<QString> normalizedSubsections;
    QList<ConceptSet> subsections;
};

struct Prepared
{
    Vocabulary vocabulary;
    QList<PreparedSection> sections;
    QMultiHash<QString, std::pair<int, int>> byName; // normalised title or alias -> (section, kind 0 title / 1 alias)
    QHash<int, quint32> byConcept;                   // concept id -> bit mask of the sections whose names use it
};

const Prepared &prepared()
{
    static const Prepared data = [] {
        Prepared result;
        QList<QList<QStringList>> nameWords;
        QList<QList<QStringList>> subsectionWords;
        for (const ReferenceSection &section : ReferenceSections::all()) {
            PreparedSection p;
            QList<QStringList> names{ReferenceSections::concepts(section.title)};
            p.normalizedTitle = ReferenceSections::normalizedHeading(section.title);
            for (const QString &alias : section.aliases) {
                p.normalizedAliases.insert(ReferenceSections::normalizedHeading(alias));
                names.append(ReferenceSections::concepts(alias));
            }
            QList<QStringList> subs;
            for (const QString &sub : section.subsections) {
                p.normalizedSubsections.append(ReferenceSections::normalizedHeading(sub));
                subs.append(ReferenceSections::concepts(sub));
            }
            for (const QList<QStringList> *lists : {&names, &subs}) {
                for (const QStringList &words : *lists) {
                    for (const QString &word : words)
                        result.vocabulary.idOf(word);
                }
            }
            nameWords.append(names);
            subsectionWords.append(subs);
            result.sections.append(p);
        }
        static_assert(sizeof(quint32) * 8 >= 19, "a section mask bit per section");
        for (qsizetype s = 0; s < result.sections.size(); ++s) {
            PreparedSection &p = result.sections[s];
            result.byName.insert(p.normalizedTitle, {int(s), 0});
            for (const QString &alias : std::as_const(p.normalizedAliases))
                result.byName.insert(alias, {int(s), 1});
            for (const QStringList &words : std::as_const(nameWords.at(s))) {
                if (words.isEmpty())
                    continue;
                const ConceptSet set = result.vocabulary.setOf(words);
                p.names.append(set);
                for (int i = 0; i < set.known; ++i)
                    result.byConcept[set.ids[i]] |= quint32(1) << s;
            }
            for (const QStringList &words : std::as_const(subsectionWords.at(s)))
                result.sections[s].subsections.append(result.vocabulary.setOf(words));
        }
        return result;
    }();
    return data;
}

constexpr double SimilarThreshold = 0.6;    // a top-level heading with a similar name
constexpr double SubsectionThreshold = 0.9; // a deeper heading must be nearly the name
constexpr int ContentHits = 3;              // distinct keywords for a content match

// A heading's normalised text and concepts, worked out when first needed: most
// headings of a long document are never compared.
class HeadingInfos
{
public:
    explicit HeadingInfos(const MarkdownHeadings &headings)
        : m_headings(headings)
        , m_infos(headings.size())
    {
    }

    const QString &normalized(int h)
    {
        Info &info = m_infos[h];
        if (info.state < 1) {
            info.normalized = ReferenceSections::normalizedHeading(m_headings.at(h).text);
            info.state = 1;
        }
        return info.normalized;
    }

    const ConceptSet &concepts(int h)
    {
        normalized(h);
        Info &info = m_infos[h];
        if (info.state < 2) {
            info.concepts = prepared().vocabulary.setOf(conceptWords(info.normalized));
            info.state = 2;
        }
        return info.concepts;
    }

private:
    struct Info
    {
        QString normalized;
        ConceptSet concepts;
        int state = 0; // 1: normalized known, 2: concepts known
    };
    const MarkdownHeadings &m_headings;
    QList<Info> m_infos;
};

struct Candidate
{
    int section = -1;
    int heading = -1;
    double score = 0;
    bool full = false; // the heading holds every concept of the name it matched
    int kind = 0;      // 0 exact, 1 alias, 2 similar
};

// Every (section, heading) pair worth considering for one heading: by exact
// title or alias through the name index, otherwise by shared concepts through
// the concept index, so that a heading is compared only with the few sections
// it could be.
void scoreHeading(int heading, HeadingInfos &infos, const SectionMatches &result, double threshold,
                  QList<Candidate> *candidates)
{
    const Prepared &data = prepared();
    const QString &normalized = infos.normalized(heading);
    if (normalized.isEmpty())
        return;
    quint32 named = 0;
    for (auto it = data.byName.constFind(normalized); it != data.byName.cend() && it.key() == normalized; ++it) {
        const auto [section, kind] = it.value();
        if (result.at(section).found())
            continue;
        candidates->append({section, heading, kind == 0 ? 1.0 : 0.95, true, kind});
        named |= quint32(1) << section;
    }
    const ConceptSet &concepts = infos.concepts(heading);
    quint32 sections = 0;
    for (int i = 0; i < concepts.known; ++i)
        sections |= data.byConcept.value(concepts.ids[i]);
    sections &= ~named;
    for (int section = 0; sections != 0; ++section, sections >>= 1) {
        if (!(sections & 1) || result.at(section).found())
            continue;
        double best = 0;
        bool bestFull = false;
        for (const ConceptSet &name : data.sections.at(section).names) {
            bool full = false;
            const double score = overlap(name, concepts, &full);
            if (score > best) {
                best = score;
                bestFull = full;
            }
        }
        if (best >= threshold)
            candidates->append({section, heading, 0.9 * best, bestFull, 2});
    }
}

bool isExecutiveSummary(const MarkdownHeading &heading)
{
    return heading.text.contains(u"Executive Summary"_s, Qt::CaseInsensitive);
}

// Whether at least half of the numbered reference sections have a heading at
// the section level with their exact title.
bool followsTemplateNumbering(const MarkdownHeadings &headings, HeadingInfos &infos, int top)
{
    const Prepared &data = prepared();
    const QList<ReferenceSection> &catalogue = ReferenceSections::all();
    int numbered = 0;
    for (const ReferenceSection &section : catalogue)
        numbered += section.number > 0 ? 1 : 0;
    quint32 exact = 0;
    for (int h = 0; h < headings.size(); ++h) {
        if (headings.at(h).level != top)
            continue;
        const QString &normalized = infos.normalized(h);
        for (auto it = data.byName.constFind(normalized); it != data.byName.cend() && it.key() == normalized; ++it) {
            const auto [section, kind] = it.value();
            if (kind == 0 && catalogue.at(section).number > 0)
                exact |= quint32(1) << section;
        }
    }
    return numbered > 0 && 2 * std::popcount(exact) >= numbered;
}

void sortCandidates(QList<Candidate> &candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.heading != b.heading)
            return a.heading < b.heading;
        return a.section < b.section;
    });
}

} // namespace

SectionMatches ReferenceSections::match(const MarkdownOutline &outline, bool subsections)
{
    const QList<ReferenceSection> &catalogue = all();
    const MarkdownHeadings &headings = outline.headings();
    const int top = outline.sectionLevel();

    SectionMatches result(catalogue.size());
    for (int s = 0; s < catalogue.size(); ++s)
        result[s].section = s;

    HeadingInfos infos(headings);

    QList<int> claims(headings.size(), 0);
    // How each heading was first claimed (Candidate::kind): a heading that has a
    // section's exact name or alias is that section and stands for no other.
    QList<int> claimKind(headings.size(), -1);
    // The top-level heading each heading sits under (itself for a top-level one).
    QList<int> parents(headings.size(), -1);
    for (int h = 0, parent = -1; h < headings.size(); ++h) {
        if (headings.at(h).level <= top)
            parent = h;
        parents[h] = parent;
    }
    auto assign = [&](const Candidate &c, const QString &reason) {
        SectionMatch &m = result[c.section];
        const MarkdownHeading &heading = headings.at(c.heading);
        m.status = c.kind == 0 ? SectionMatch::Status::Present : SectionMatch::Status::Renamed;
        m.headingIndex = c.heading;
        m.heading = heading.text;
        m.line = heading.line;
        m.endLine = heading.endLine;
        m.score = c.score;
        m.reason = c.kind == 0 ? u"exact name"_s : reason;
        if (claims.at(c.heading) == 0)
            claimKind[c.heading] = c.kind;
        ++claims[c.heading];
    };

    // By name, best scores first:
    // 1. headings at the section level (for Document Control, Revision History,
    //    Approval and External References also above it);
    // 2. only when something is still missing, the level below: "### Monitoring"
    //    under "## Operations", or "## Document Control" under an H1 title when
    //    a document groups its sections under several H1s ("# Part 1").
    // A heading may stand for several sections ("Monitoring and Retraining")
    // only when it names each of them fully and none of them by its exact name
    // or an alias: "3. Data Pipeline" is the data section, never also CI/CD's
    // "ML Pipelines". In the second pass a heading under a top-level section
    // that already stands for a numbered section is part of that section:
    // "### Continuous Training" under "10. CI/CD for ML" is not the deleted
    // "8. Retraining Strategy".
    // ArcKit's template has no executive summary. In a document that keeps most
    // of the template's numbered headings, an Executive Summary is the author's
    // extra and stands for no section; in one written its own way it is the
    // overview ("Executive Summary" is an alias).
    const bool followsTemplate = followsTemplateNumbering(headings, infos, top);
    auto excludedSummary = [&](int h) { return followsTemplate && isExecutiveSummary(headings.at(h)); };
    auto pass = [&](bool subsectionPass) {
        const double threshold = subsectionPass ? SubsectionThreshold : SimilarThreshold;
        const QString reason = subsectionPass ? u"subsection"_s : u"similar name"_s;
        QList<Candidate> candidates;
        for (int h = 0; h < headings.size(); ++h) {
            const int level = headings.at(h).level;
            if (claims.at(h) > 0 || (subsectionPass ? level != top + 1 : level > top) || excludedSummary(h))
                continue;
            scoreHeading(h, infos, result, threshold, &candidates);
        }
        sortCandidates(candidates);
        for (const Candidate &c : std::as_const(candidates)) {
            if (result.at(c.section).found())
                continue;
            if (!subsectionPass && catalogue.at(c.section).number > 0 && headings.at(c.heading).level != top)
                continue; // numbered sections are not above the section level
            if (claims.at(c.heading) > 0 && (!c.full || c.kind != 2 || claimKind.at(c.heading) != 2))
                continue;
            if (subsectionPass && catalogue.at(c.section).number > 0) {
                const int parent = parents.at(c.heading);
                if (parent >= 0 && parent != c.heading && claims.at(parent) > 0)
                    continue;
            }
            assign(c, c.kind == 1 ? reason + u" (alias)"_s : reason);
        }
    };
    pass(false);
    const bool missing = std::any_of(result.cbegin(), result.cend(), [](const SectionMatch &m) { return !m.found(); });
    if (missing && top < 6)
        pass(true);

    // 3. Still missing: the top-level section whose text mentions most of its keywords.
    QList<int> pending;
    for (int s = 0; s < catalogue.size(); ++s) {
        if (!result.at(s).found() && !catalogue.at(s).keywords.isEmpty())
            pending.append(s);
    }
    if (!pending.isEmpty() && outline.lineCount() > 0) {
        // Regions: the text before the first top-level heading, then each top-level section.
        struct Region
        {
            qsizetype start;
            qsizetype end;
            int heading; // -1 for the preamble
            bool eligible;
        };
        QList<Region> regions;
        int firstTop = -1;
        for (int h = 0; h < headings.size(); ++h) {
            if (headings.at(h).level == top) {
                firstTop = h;
                break;
            }
        }
        const int preambleEnd = firstTop >= 0 ? headings.at(firstTop).line - 1 : outline.lineCount();
        // Only sections that no reference section has claimed by name are
        // candidates: "8. Retraining Strategy" talks about drift and alerts but is
        // not the monitoring section. The preamble can only hold Document Control.
        if (preambleEnd >= 1)
            regions.append({0, outline.lineOffset(preambleEnd + 1), -1, false});
        for (int h = 0; h < headings.size(); ++h) {
            const MarkdownHeading &heading = headings.at(h);
            // An executive summary touches every subject by design: it stands
            // for no section by its text.
            const bool summary = isExecutiveSummary(heading);
            if (heading.level == top)
                regions.append({outline.lineOffset(heading.line), outline.lineOffset(heading.endLine + 1), h,
                                claims.at(h) == 0 && !summary});
        }
        // Lower-case copies of the candidate regions only, made when first searched.
        QList<QString> lowerRegions(regions.size());
        // Every (section, region) pair with enough keywords; then one to one,
        // most keywords first: a region that stands for one section by its
        // text stands for no other.
        struct ContentCandidate
        {
            int section;
            int region;
            QStringList hits;
        };
        QList<ContentCandidate> found;
        for (int s : std::as_const(pending)) {
            const ReferenceSection &section = catalogue.at(s);
            // Document Control is only looked for at the start: before the first
            // section or in it, never in a later section that mentions approvals.
            const bool documentControl = section.key == u"document-control";
            QList<QStringList> hits(regions.size());
            for (int r = 0; r < regions.size(); ++r) {
                const Region &region = regions.at(r);
                const bool first = r == 0 || (r == 1 && regions.at(0).heading < 0);
                if (region.heading < 0 ? !documentControl : (!region.eligible || (documentControl && !first)))
                    continue;
                if (lowerRegions.at(r).isNull())
                    lowerRegions[r] =
                        lowerCase(QStringView(outline.text()).sliced(region.start, region.end - region.start));
                for (const QString &keyword : section.keywords) {
                    if (findTerm(lowerRegions.at(r), keyword) >= 0)
                        hits[r].append(keyword);
                }
            }
            const qsizetype needed = std::min<qsizetype>(ContentHits, section.keywords.size());
            for (int r = 0; r < regions.size(); ++r) {
                if (hits.at(r).size() >= needed)
                    found.append({s, r, hits.at(r)});
            }
        }
        std::stable_sort(found.begin(), found.end(), [](const ContentCandidate &a, const ContentCandidate &b) {
            return a.hits.size() > b.hits.size();
        });
        QList<bool> regionTaken(regions.size(), false);
        for (const ContentCandidate &candidate : std::as_const(found)) {
            const int s = candidate.section;
            const int best = candidate.region;
            if (result.at(s).found() || regionTaken.at(best))
                continue;
            regionTaken[best] = true;
            const ReferenceSection &section = catalogue.at(s);
            SectionMatch &m = result[s];
            const Region &region = regions.at(best);
            m.status = SectionMatch::Status::Renamed;
            m.score = 0.5 * double(candidate.hits.size()) / double(section.keywords.size());
            m.reason = u"content: "_s + candidate.hits.join(u", "_s);
            if (region.heading >= 0) {
                const MarkdownHeading &heading = headings.at(region.heading);
                m.headingIndex = region.heading;
                m.heading = heading.text;
                m.line = heading.line;
                m.endLine = heading.endLine;
            } else {
                m.line = 1;
                m.endLine = preambleEnd;
                if (!headings.isEmpty() && headings.first().line <= preambleEnd) {
                    m.headingIndex = 0;
                    m.heading = headings.first().text;
                    m.line = headings.first().line;
                }
            }
        }
    }

    // The template's subsections not found under each matched top-level heading.
    for (int s = 0; subsections && s < catalogue.size(); ++s) {
        SectionMatch &m = result[s];
        const PreparedSection &p = prepared().sections.at(s);
        if (!m.found() || p.normalizedSubsections.isEmpty())
            continue;
        QList<int> children;
        if (m.headingIndex >= 0 && headings.at(m.headingIndex).level == top) {
            for (int h = m.headingIndex + 1; h < headings.size() && headings.at(h).line <= m.endLine; ++h) {
                if (headings.at(h).level == top + 1)
                    children.append(h);
            }
        }
        for (int i = 0; i < p.normalizedSubsections.size(); ++i) {
            // Exact names first: the concepts of a child are only worked out when needed.
            bool present = std::any_of(children.cbegin(), children.cend(),
                                       [&](int h) { return infos.normalized(h) == p.normalizedSubsections.at(i); });
            present = present || std::any_of(children.cbegin(), children.cend(), [&](int h) {
                          bool full = false;
                          return overlap(p.subsections.at(i), infos.concepts(h), &full) >= SimilarThreshold;
                      });
            if (!present)
                m.missingSubsections.append(catalogue.at(s).subsections.at(i));
        }
    }
    return result;
}

} // namespace arckit
