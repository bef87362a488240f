#pragma once
// An existing ArcKit document read for revision, without changing a byte of
// it: its Document Control fields (every one, unknown ones included), its
// Revision History rows and its section tree (headings outside code fences
// and comments). Every part keeps where it is in the original text, so a
// revision can replace exactly the cells and sections it changes and leave
// the rest alone. Works on documents of any layout: bold or plain field
// names, ragged tables, a missing table, numbered or unnumbered headings.

#include "markdownoutline.h"
#include "markdowntablerow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace arckit {

// One "| Field | Value |" row of the Document Control table.
struct DocumentControlField
{
    QString name;              // without bold markers: "Document ID"
    QString value;             // trimmed: "ARC-001-MLOPS-v1.0"
    int line = 0;              // 1-based
    qsizetype valueOffset = 0; // where the value cell's text (between the pipes) starts in the text
    qsizetype valueLength = 0; // its length, surrounding spaces included
};

struct RevisionHistoryRow
{
    int line = 0;
    QStringList cells;   // trimmed
    bool broken = false; // a different number of cells than the header
};

struct RevisionHistory
{
    int headingLine = 0;   // 0 when the document has no Revision History heading
    int headerLine = 0;    // the table's header row; 0 when there is no table
    int lastTableLine = 0; // the last line of the table (the delimiter row when it has no rows)
    QStringList columns;   // "Version", "Date", "Author", "Changes", ...
    QList<RevisionHistoryRow> rows;
    bool exists() const { return headingLine > 0; }
    bool hasTable() const { return headerLine > 0; }
};

// A heading and the lines it covers, placed in the tree of headings.
struct DocumentSection
{
    int heading = -1; // index into outline().headings()
    int parent = -1;  // index into sections() of the enclosing section; -1 at the top
    int level = 0;
    QString title;
    int line = 0;    // the heading's line
    int endLine = 0; // the last line of the section, subsections included
};

struct StructureProblem
{
    int line = 0; // 0 when it concerns the whole document
    QString message;
};

class DocumentStructure
{
public:
    DocumentStructure() = default;
    static DocumentStructure parse(const QString &markdown);
    // The same from an outline already made of the text (the profile's documents have one).
    static DocumentStructure parse(const MarkdownOutline &outline);
    // Only the sections and the Document Control fields, for a reader that
    // wants nothing else (the profile's defaults): no history, no problems.
    static DocumentStructure parseDocumentControl(const MarkdownOutline &outline);

    const QString &text() const { return m_outline.text(); }
    const MarkdownOutline &outline() const { return m_outline; }

    const QList<DocumentControlField> &controlFields() const { return m_fields; }
    int controlHeadingLine() const { return m_controlHeadingLine; } // 0 when absent
    // The field with this name (case and bold ignored); nullptr when absent.
    const DocumentControlField *field(QStringView name) const;
    QString fieldValue(QStringView name) const;

    const RevisionHistory &revisionHistory() const { return m_history; }
    const QList<DocumentSection> &sections() const { return m_sections; }
    // What a reader should know: no Document Control table, broken history
    // rows, headings that repeat, an unclosed code fence.
    const QList<StructureProblem> &problems() const { return m_problems; }

    // The text of lines first..last (1-based, inclusive) with their line
    // breaks, exactly as in the document.
    QString linesText(int first, int last) const;
    // The line break the document mostly uses: "\n", "\r\n" or "\r\n"-less "\n".
    QString lineBreak() const { return m_lineBreak; }

private:
    const DocumentSection *sectionNamed(QStringView key) const; // "document-control", "revision-history"
    // Calls visit for each row of the first pipe table in section.
    void forFirstTable(const DocumentSection &section,
                       const std::function<void(int line, QStringView text, const MarkdownTableRow &row)> &visit) const;
    void parseControl();
    void parseHistory();
    void buildSections();
    void findProblems();

    MarkdownOutline m_outline;
    QList<DocumentControlField> m_fields;
    int m_controlHeadingLine = 0;
    RevisionHistory m_history;
    QList<DocumentSection> m_sections;
    QList<StructureProblem> m_problems;
    QString m_lineBreak = QStringLiteral("\n");
};

} // namespace arckit
