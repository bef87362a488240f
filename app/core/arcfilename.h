#pragma once
// The parts of an ArcKit artifact file name:
//   ARC-{PID}-{TYPE}-v{MAJOR}.{MINOR}.md            (single-instance types)
//   ARC-{PID}-{TYPE}-{NNN}-v{MAJOR}.{MINOR}.md      (ADR, DIAG, RSCH, AWRS, ...)

#include <QString>
#include <optional>

namespace arckit {

struct ArcFileName
{
    QString projectId; // "001"
    QString type;      // "REQ", "MLOPS"; "JSP936" is read as "J936"
    QString instance;  // "001" for multi-instance types, empty otherwise
    int major = 0;
    int minor = 0;

    static std::optional<ArcFileName> parse(const QString &fileName);

    QString versionString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    QString documentId() const; // ARC-001-MLOPS-v1.0 (ARC-001-ADR-002-v1.0)
    QString fileName() const { return documentId() + QStringLiteral(".md"); }
    // Compares versions: true when this is older than other.
    bool olderThan(const ArcFileName &other) const
    {
        return major != other.major ? major < other.major : minor < other.minor;
    }
};

} // namespace arckit
