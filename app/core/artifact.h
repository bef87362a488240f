#pragma once
// One ArcKit document found in a project folder.

#include "arcfilename.h"

#include <QList>
#include <QString>

namespace arckit {

struct Artifact
{
    ArcFileName name;
    QString path;         // absolute
    QString relativePath; // relative to the repository root
    QString title;        // the document's first heading, when it could be read
    bool latest = false;  // the newest version of its type and instance

    QString type() const { return name.type; }
    QString instance() const { return name.instance; }
    QString version() const { return name.versionString(); }
    // Key that groups versions of the same document: "REQ" or "ADR-002".
    QString typeKey() const
    {
        return name.instance.isEmpty() ? name.type : name.type + QLatin1Char('-') + name.instance;
    }
};

using Artifacts = QList<Artifact>;

} // namespace arckit
