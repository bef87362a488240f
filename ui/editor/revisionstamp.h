#pragma once
// Brings a document's Document Control table and Revision History up to date
// for the version about to be saved: Document ID, Version and Last Modified,
// and (for a revision) one new Revision History row. Works on generated
// documents and on those ArcKit wrote (bold or plain field names).

#include <QDate>
#include <QString>

namespace arckit {

struct RevisionInfo {
    QString version;    // "1.1"
    QString documentId; // "ARC-001-MLOPS-v1.1"
    QDate date;
    QString author;
    QString changes;
    bool addRevisionRow = false;
};

class RevisionStamp
{
public:
    static QString apply(const QString &markdown, const RevisionInfo &info);
    // The value of a Document Control field ("Version", "Created Date"); empty when absent.
    static QString field(const QString &markdown, const QString &name);
    // markdown with the field's value replaced; unchanged when the field is absent.
    static QString setField(const QString &markdown, const QString &name, const QString &value);
    // The number of rows in the Revision History table (without header and separator).
    static int revisionRowCount(const QString &markdown);
};

} // namespace arckit
