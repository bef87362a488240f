#pragma once
// A requirement defined in a REQ document, with its ML classification.

#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

struct Requirement
{
    QString id;       // "FR-004a", "NFR-SEC-003", "UC-1"
    QString kind;     // the leading code: "BR", "FR", "NFR", "DR", "INT", "UC", ...
    QString category; // NFR (and FR-ML-style) sub-code: "P", "SEC", "ML"; empty otherwise
    QString title;
    QString body;   // the text that defines it (heading section or table row), trimmed
    QString source; // file path relative to the repository root
    int line = 0;   // 1-based line of the defining occurrence
    bool ml = false;
    QStringList evidence; // why it is (or is not) ML-related: matched terms
    // Title of the enclosing non-requirement heading ("Scalability Requirements"):
    // decides what an ambiguous NFR category such as "S" means.
    QString section;

    // Serving-target NFR groups: "performance", "availability", "security", or empty.
    QString servingGroup() const;
    // A list item or a table row may have no title but its statement
    // ("- **FR-007**: The platform shall classify every inbound email ...").
    bool titleIsStatement() const { return title.count(QLatin1Char(' ')) >= 9; }
    // "path:line" of the defining occurrence, as sources are cited.
    QString where() const { return source + QLatin1Char(':') + QString::number(line); }
};

using Requirements = QList<Requirement>;

} // namespace arckit
