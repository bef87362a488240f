#pragma once
// Makes the next version of a RevisableDocument: the user's edits (with the
// original line breaks restored), missing reference sections inserted from
// the template, then Document Control's Document ID, Version and Last
// Modified (and Status back to DRAFT) and one new Revision History row whose
// summary defaults to the sections that changed. Everything else stays byte
// for byte as it was, and the result is encoded as the original was.
// Preparing writes nothing; save() writes the new file next to the old one,
// atomically, never over an existing file.

#include "documentwriter.h"
#include "linediff.h"
#include "revisabledocument.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace arckit {

struct RevisionRequest
{
    std::optional<QString> editedText; // the editor's text ("\n" breaks); none: the document as it is
    QStringList insertKeys;            // reference sections to insert ("monitoring", ...)
    QString generated;                 // the template's document for the same answers, to insert from
    QString summary;                   // the Revision History "Changes" cell; empty: the sections changed
    QString author;
    QDate date = QDate::currentDate();
    bool major = false;
    QString baseVersion; // the user's choice when the document's version is unknown
};

struct RevisionOutcome
{
    QString text;                // the new version, as it will be written
    QByteArray bytes;            // text in the original encoding
    QString version;             // "1.1"
    QString fileName;            // "ARC-001-MLOPS-v1.1.md"
    QStringList changedSections; // top-level headings whose text changed (edited or inserted)
    QStringList insertedSections;
    QString summary;   // what went into the Revision History row
    QStringList notes; // what the user should be told
    QString error;     // set when no version can be made
    bool ok() const { return error.isEmpty(); }
};

class DocumentRevision
{
public:
    static RevisionOutcome prepare(const RevisableDocument &document, const RevisionRequest &request);
    // Writes outcome.bytes as outcome.fileName in the document's folder.
    static SaveResult save(const RevisableDocument &document, const RevisionOutcome &outcome);
    // The top-level sections of newText with lines added or changed relative to oldText, in order.
    static QStringList changedSections(const QString &oldText, const QString &newText);
};

} // namespace arckit
