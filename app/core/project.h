#pragma once
// A project folder under projects/: "001-smart-meter-app" or "000-global".

#include "artifact.h"

#include <QString>
#include <QStringList>

namespace arckit {

struct Project
{
    QString id;                 // "001"
    QString name;               // "smart-meter-app"
    QString dirName;            // "001-smart-meter-app"
    QString path;               // absolute
    QString relativePath;       // "projects/001-smart-meter-app"
    Artifacts artifacts;        // every version, sorted by type key then version
    QStringList externalFiles;  // relative to the repository root
    QStringList otherDocuments; // Markdown that is not an ARC artifact, relative to the root

    bool isGlobal() const { return id == QLatin1String("000"); }
    // The newest version of a type ("REQ") or of a type and instance; nullptr when none.
    const Artifact *latest(const QString &type, const QString &instance = {}) const;
    // The newest version of each instance of a type, for multi-instance types.
    QList<const Artifact *> latestOfType(const QString &type) const;
    QList<const Artifact *> latestArtifacts() const;
};

using Projects = QList<Project>;

} // namespace arckit
