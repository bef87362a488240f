#pragma once
// Citations in ArcKit's convention: an inline marker [DOC-Cn] beside a value
// that came from a document ("Azure Machine Learning [REQ-C2]"), and the
// External References section's Document Register (one row per cited document)
// and Citations table (marker, document, line, where it is used, path:line).
// DOC is the document's type code from its ArcKit file name (ARC-001-REQ-v1.0.md
// -> REQ, ARC-001-ADR-002-v1.0.md -> ADR-002); n is the cited line (0 for a
// whole document), so that markers stay the same when other citations come
// and go between regenerations.

#include <QList>
#include <QString>
#include <QVariantList>

namespace arckit {

class CitationRegister
{
public:
    // The marker for "path:line" (a line number is optional), "[REQ-C1]"; the
    // same place cited twice gets the same marker. usedIn says what the value is
    // ("Platform"). Empty for an empty location.
    QString cite(const QString &location, const QString &usedIn);
    // "ARC-001-REQ-v1.0.md" -> "REQ"; other files: their name's letters, upper case.
    static QString documentCode(const QString &fileName);

    // Rows of the Document Register: docId, fileName, type, location, description.
    QVariantList documents() const;
    // Rows of the Citations table: id, docId, line, usedIn, path.
    QVariantList citations() const;
    bool isEmpty() const { return m_citations.isEmpty(); }

private:
    struct Document
    {
        QString code;
        QString path;
        int count = 0;
    };
    struct Citation
    {
        QString id;
        int document = 0;
        QString location;
        int line = 0;
        QStringList usedIn;
    };
    QList<Document> m_documents;
    QList<Citation> m_citations;
};

} // namespace arckit
