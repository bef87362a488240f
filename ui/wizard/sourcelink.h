#pragma once
// Where a pre-filled value came from ("projects/001-x/ARC-001-REQ-v1.0.md:42",
// relative to the repository root), shown as a short link the wizard opens in
// the source viewer at that line.

#include <QString>

namespace arckit {

struct SourceLink
{
    QString path; // as the engine gave it, relative to the repository root
    int line = 0; // 1-based; 0 when the source names no line

    static SourceLink parse(const QString &source);
    // The href a label's link carries, and the source it names back.
    static QString href(const QString &source);
    static QString sourceOf(const QString &href);

    bool isEmpty() const { return path.isEmpty(); }
    // "ARC-001-REQ-v1.0.md, line 42": the file name only, the folder is the project's.
    QString text() const;
    // Shorter, for a table cell: "REQ, line 42" for an ArcKit document, else the file name.
    QString shortText() const;
    // The text as a link to source, HTML-escaped.
    static QString html(const QString &source);
};

} // namespace arckit
