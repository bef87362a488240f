#include "sectiongaps.h"
#include "textexpression.h"

#include "documentstructure.h"

#include <QRegularExpression>
#include <algorithm>

namespace arckit {

namespace {

bool appliesTo(const ReferenceSection &section, const Answers &answers)
{
    switch (section.condition) {
    case ReferenceSection::Condition::GenAi:
        return answers.usesGenAi();
    case ReferenceSection::Condition::UkGovernment:
        return answers.isUkGovernment();
    case ReferenceSection::Condition::Always:
        break;
    }
    return true;
}

// Whether the document's matched sections carry the reference numbers ("7. Model Monitoring").
bool usesReferenceNumbers(const SectionMatches &matches)
{
    const QList<ReferenceSection> &all = ReferenceSections::all();
    int numbered = 0;
    for (const SectionMatch &match : matches) {
        const ReferenceSection &section = all.at(match.section);
        if (!match.found() || section.number == 0)
            continue;
        static const TextExpression number(QStringLiteral("^\\s*(?:section\\s+)?(\\d+)[.):]?\\s"),
                                           QRegularExpression::CaseInsensitiveOption);
        const auto m = number.match(match.heading);
        if (!m.hasMatch() || m.captured(1).toInt() != section.number)
            return false;
        ++numbered;
    }
    return numbered > 0;
}

// The section's lines from generated, headings moved by levelShift and the
// number dropped when the document does not use the reference numbers.
QString sectionText(const MarkdownOutline &generated, const SectionMatch &match, int levelShift, bool keepNumber,
                    const QString &lineBreak)
{
    QString text;
    static const TextExpression numberPrefix(QStringLiteral("^(#+\\s+)\\d+\\.\\s+"));
    for (int line = match.line; line <= match.endLine; ++line) {
        QString content = generated.line(line).toString();
        if (generated.lineKind(line) == MarkdownOutline::LineKind::Heading && content.startsWith(QLatin1Char('#'))) {
            if (line == match.line && !keepNumber)
                content.replace(numberPrefix, QStringLiteral("\\1"));
            if (levelShift > 0)
                content.prepend(QString(levelShift, QLatin1Char('#')));
            else if (levelShift < 0)
                content.remove(0, qMin(-levelShift, int(content.indexOf(QLatin1Char(' '))) - 1));
        }
        text += content + lineBreak;
    }
    // A blank line keeps the section apart from whatever follows it.
    if (!text.endsWith(lineBreak + lineBreak))
        text += lineBreak;
    return text;
}

} // namespace

QList<SectionGap> SectionGaps::analyse(const MarkdownOutline &outline, const Answers &answers)
{
    return fromMatches(ReferenceSections::match(outline, true), answers);
}

QList<SectionGap> SectionGaps::fromMatches(const SectionMatches &matches, const Answers &answers)
{
    const QList<ReferenceSection> &all = ReferenceSections::all();
    QList<SectionGap> gaps;
    gaps.reserve(matches.size());
    for (const SectionMatch &match : matches)
        gaps.append({match.section, match, appliesTo(all.at(match.section), answers)});
    return gaps;
}

QStringList SectionGaps::missingKeys(const QList<SectionGap> &gaps)
{
    QStringList keys;
    const QList<ReferenceSection> &all = ReferenceSections::all();
    for (const SectionGap &gap : gaps) {
        if (gap.isMissing())
            keys.append(all.at(gap.section).key);
    }
    return keys;
}

SectionInsertion SectionGaps::insert(const QString &markdown, const QString &generated, const QStringList &keys)
{
    SectionInsertion result;
    result.text = markdown;
    const QList<ReferenceSection> &all = ReferenceSections::all();
    const DocumentStructure document = DocumentStructure::parse(markdown);
    const MarkdownOutline &outline = document.outline();
    const SectionMatches present = ReferenceSections::match(outline, false);
    const MarkdownOutline source = MarkdownOutline::parse(generated);
    const SectionMatches offered = ReferenceSections::match(source, false);
    const bool keepNumbers = usesReferenceNumbers(present);
    const int levelShift = outline.sectionLevel() - source.sectionLevel();

    struct Insert
    {
        qsizetype offset;
        int order;
        QString text;
        QString heading;
    };
    QList<Insert> inserts;
    for (const QString &key : keys) {
        const int index = ReferenceSections::indexOf(key);
        if (index < 0 || present.at(index).found())
            continue;
        const SectionMatch &from = offered.at(index);
        if (!from.found()) {
            result.notFound.append(key);
            continue;
        }
        const int number = all.at(index).number;
        // After the nearest earlier numbered section the document has, else
        // before the nearest later one, else at the end (before the answers block).
        qsizetype offset = -1;
        int bestBefore = 0;
        int bestAfter = 1000;
        for (const SectionMatch &match : present) {
            const int other = all.at(match.section).number;
            if (!match.found() || other == 0 || number == 0)
                continue;
            if (other < number && other > bestBefore) {
                bestBefore = other;
                offset = outline.lineOffset(match.endLine + 1);
            }
        }
        if (offset < 0) {
            for (const SectionMatch &match : present) {
                const int other = all.at(match.section).number;
                if (match.found() && number != 0 && other > number && other < bestAfter) {
                    bestAfter = other;
                    offset = outline.lineOffset(match.line);
                }
            }
        }
        if (offset < 0) {
            offset = markdown.size();
            const qsizetype block = markdown.indexOf(QLatin1String("<!-- arckit-mlops-answers"));
            if (block >= 0)
                offset = outline.lineOffset(outline.lineAtOffset(block));
        }
        QString text = sectionText(source, from, levelShift, keepNumbers, document.lineBreak());
        if (offset >= markdown.size() && !markdown.isEmpty() && !markdown.endsWith(QLatin1Char('\n')))
            text.prepend(document.lineBreak() + document.lineBreak());
        QString heading = text.left(text.indexOf(QLatin1Char('\n'))).trimmed();
        while (heading.startsWith(QLatin1Char('#')))
            heading.remove(0, 1);
        inserts.append(
            {offset, index, text, heading.trimmed()}); // catalogue order: numbered, then Approval, External References
    }
    // From the end backwards so earlier offsets stay valid; sections that go
    // to the same place keep their reference order.
    std::sort(inserts.begin(), inserts.end(), [](const Insert &a, const Insert &b) {
        return a.offset != b.offset ? a.offset > b.offset : a.order > b.order;
    });
    for (const Insert &insert : std::as_const(inserts)) {
        result.text.insert(insert.offset, insert.text);
        result.inserted.prepend(insert.heading);
    }
    return result;
}

} // namespace arckit
