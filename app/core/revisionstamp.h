#pragma once
// Brings a document's Document Control table and Revision History up to date
// for the version about to be saved: Document ID, Version and Last Modified,
// Status back to DRAFT when it was APPROVED, and (for a revision) one new
// Revision History row. Only those cells and that row change: the rest of the
// document, its spacing, its line breaks (LF or CRLF) and its final newline,
// stays exactly as it was. Works on generated documents and on those ArcKit
// or people wrote (bold or plain field names, extra fields and columns).

#include <QDate>
#include <QString>
#include <QStringList>

namespace arckit {

struct RevisionInfo
{
    QString version;    // "1.1"
    QString documentId; // "ARC-001-MLOPS-v1.1"
    QDate date;
    QString author;
    QString changes;
    bool addRevisionRow = false;
};

struct StampResult
{
    QString text;
    QStringList notes; // what the user should be told: "Status was APPROVED; it is now DRAFT."
};

class RevisionStamp
{
public:
    static StampResult stamp(const QString &markdown, const RevisionInfo &info);
    static QString apply(const QString &markdown, const RevisionInfo &info) { return stamp(markdown, info).text; }
    // The value of a Document Control field ("Version", "Created Date"); empty when absent.
    static QString field(const QString &markdown, const QString &name);
    // markdown with the field's value replaced; unchanged when the field is absent.
    static QString setField(const QString &markdown, const QString &name, const QString &value);
    // The number of rows in the Revision History table (without header and separator).
    static int revisionRowCount(const QString &markdown);
    // A value made safe for a table cell: no pipe, no line break.
    static QString cellText(QString text);
};

} // namespace arckit
