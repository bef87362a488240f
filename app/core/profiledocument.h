#pragma once
// One of a project's documents as the ML system profile reads it: its type
// (REQ, AWRS, ADR, ...), its lines and the heading each line sits under.

#include "markdownoutline.h"
#include "textexpression.h"
#include "wordindex.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace arckit {

struct ProfileDocument
{
    QString type;         // "REQ", "AWRS", "ADR", "EXTERNAL" for files in external/
    QString relativePath; // from the repository root
    MarkdownOutline outline;
    WordIndex words; // which lines hold which words, for the rules' first look
    // Lines of the note ArcKit adds about how the document was generated
    // ("**AI Model**: Claude ..."): they say nothing of the system.
    QList<std::pair<int, int>> generationNotes;
    // An ADR whose status, near its top, says accepted (not proposed, draft or
    // superseded): only its decision counts as one. Read once, when created.
    bool acceptedDecision = false;

    static ProfileDocument create(const QString &type, const QString &relativePath, const QString &text);
    bool isGenerationNote(int number) const
    {
        for (const auto &[first, last] : generationNotes)
            if (number >= first && number <= last)
                return true;
        return false;
    }
    // A line that states something about the system: not code, not the generation note.
    bool isStatement(int number) const { return !outline.isCode(number) && !isGenerationNote(number); }

    int lineCount() const { return outline.lineCount(); }
    QString line(int number) const { return outline.line(number).toString(); } // 1-based
    // The heading the line sits under (its nearest heading); empty before the first.
    QString headingAt(int number) const
    {
        const int index = outline.headingIndexAt(number);
        return index < 0 ? QString() : outline.headings().at(index).text;
    }
    // The titles of every heading enclosing the line, innermost last.
    QStringList headingPathAt(int number) const;
    // The lines on which pattern matches, ascending, each once. One pass of the
    // expression over the whole text: a match call per line costs more than the
    // search itself on a 20,000-line project. A match that runs over a line
    // break is kept only when the expression also matches its first line alone.
    QList<int> linesMatching(const TextExpression &pattern) const;
    QString where(int number) const { return relativePath + QLatin1Char(':') + QString::number(number); }
    bool isResearch() const;
};

using ProfileDocuments = QList<ProfileDocument>;

// The project's document of that type ("REQ", "AIPB"), or null: its latest version, one per type.
inline const ProfileDocument *documentOfType(const ProfileDocuments &documents, QLatin1StringView type)
{
    for (const ProfileDocument &document : documents)
        if (document.type == type)
            return &document;
    return nullptr;
}

} // namespace arckit
