#include "sectionmerge.h"

#include "answersblock.h"
#include "markdownoutline.h"

#include <QHash>
#include <QSet>

namespace arckit {

namespace {

QString normalised(const QString &text)
{
    QStringList lines = SectionMerge::withoutAnswersBlock(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    // A horizontal rule closing a section is layout, not content.
    while (!lines.isEmpty() && (lines.last() == QLatin1String("---") || lines.last().isEmpty()))
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

bool isManaged(const MarkdownSection &section)
{
    if (section.title.isEmpty())
        return true;
    const QString title = section.title.toLower();
    return title == QLatin1String("document control") || title == QLatin1String("revision history");
}

QHash<QString, const MarkdownSection *> byKey(const QList<MarkdownSection> &sections)
{
    QHash<QString, const MarkdownSection *> map;
    for (const MarkdownSection &section : sections)
        map.insert(section.key, &section);
    return map;
}

QString ensureTrailingNewline(QString text)
{
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

} // namespace

QString SectionMerge::withoutAnswersBlock(const QString &markdown)
{
    static const QLatin1String open("<!-- arckit-mlops-answers");
    const qsizetype start = markdown.indexOf(open);
    if (start < 0)
        return markdown;
    const qsizetype end = markdown.indexOf(QLatin1String("-->"), start + open.size());
    if (end < 0)
        return markdown;
    qsizetype stop = end + 3;
    if (stop < markdown.size() && markdown.at(stop) == QLatin1Char('\n'))
        ++stop;
    return markdown.left(start) + markdown.mid(stop);
}

QList<MarkdownSection> SectionMerge::split(const QString &markdown)
{
    QList<MarkdownSection> sections;
    sections.append(MarkdownSection{});
    QHash<QString, int> seen;
    // MarkdownOutline finds the "## " headings (not in code blocks or comments);
    // each section is the text from its heading line to the next, as written.
    const MarkdownOutline outline = MarkdownOutline::parse(markdown);
    qsizetype start = 0;
    for (const MarkdownHeading &heading : outline.headings()) {
        if (heading.level != 2 || heading.setext)
            continue;
        const qsizetype offset = outline.lineOffset(heading.line);
        sections.last().text = markdown.mid(start, offset - start);
        MarkdownSection section;
        section.title = heading.text;
        const int count = seen[section.title]++;
        section.key = count == 0 ? section.title : section.title + QStringLiteral(" #%1").arg(count + 1);
        sections.append(section);
        start = offset;
    }
    sections.last().text = markdown.mid(start);
    return sections;
}

QStringList SectionMerge::editedSections(const QString &current, const QString &oldGenerated)
{
    const QList<MarkdownSection> currentSections = split(current);
    const QList<MarkdownSection> oldSections = split(oldGenerated);
    const auto old = byKey(oldSections);
    QStringList edited;
    for (const MarkdownSection &section : currentSections) {
        if (isManaged(section))
            continue;
        const MarkdownSection *before = old.value(section.key);
        if (!before || normalised(before->text) != normalised(section.text))
            edited.append(section.title);
    }
    return edited;
}

QString SectionMerge::merge(const QString &newGenerated, const QString &current, const QString &oldGenerated,
                            const Answers &answers, bool keepEdits)
{
    const QList<MarkdownSection> newSections = split(withoutAnswersBlock(newGenerated));
    const QList<MarkdownSection> currentSections = split(withoutAnswersBlock(current));
    const QList<MarkdownSection> oldSections = split(withoutAnswersBlock(oldGenerated));
    const auto newByKey = byKey(newSections);
    const auto currentByKey = byKey(currentSections);
    const auto oldByKey = byKey(oldSections);

    // Sections the user added by hand, attached to the nearest section before
    // them that the new text also has, so that they stay where they were.
    QHash<QString, QStringList> addedAfter;
    QString anchor; // the preamble
    for (const MarkdownSection &section : currentSections) {
        if (section.title.isEmpty())
            continue;
        if (newByKey.contains(section.key)) {
            anchor = section.key;
            continue;
        }
        if (keepEdits && !oldByKey.contains(section.key))
            addedAfter[anchor].append(section.text);
    }

    QString result;
    for (const MarkdownSection &section : newSections) {
        QString text = section.text;
        const MarkdownSection *mine = currentByKey.value(section.key);
        const MarkdownSection *before = oldByKey.value(section.key);
        if (section.title.compare(QLatin1String("Revision History"), Qt::CaseInsensitive) == 0 && mine) {
            text = mine->text; // the document's own history, never the generated one
        } else if (keepEdits && !isManaged(section) && before && !mine) {
            continue; // deleted by hand
        } else if (keepEdits && !isManaged(section) && mine &&
                   (!before || normalised(before->text) != normalised(mine->text))) {
            text = mine->text;
        }
        result += ensureTrailingNewline(text);
        for (const QString &added : addedAfter.value(section.key))
            result += ensureTrailingNewline(added);
    }
    return AnswersBlock::replace(result, answers);
}

} // namespace arckit
