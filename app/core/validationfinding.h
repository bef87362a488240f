#pragma once
// One result of validating an MLOps strategy document.

#include <QList>
#include <QString>

namespace arckit {

struct ValidationFinding
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    QString rule; // stable name, e.g. "placeholder", "document-control", "heading-levels"
    QString message;
    int line = 0; // 1-based; 0 when the finding concerns the whole document

    static QString severityName(Severity severity); // "error", "warning", "info"
    friend bool operator==(const ValidationFinding &, const ValidationFinding &) = default;
};

using ValidationFindings = QList<ValidationFinding>;

} // namespace arckit
