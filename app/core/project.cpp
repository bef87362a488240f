#include "project.h"

namespace arckit {

const Artifact *Project::latest(const QString &type, const QString &instance) const
{
    const Artifact *best = nullptr;
    for (const Artifact &artifact : artifacts) {
        if (artifact.name.type != type || (!instance.isEmpty() && artifact.name.instance != instance))
            continue;
        if (!best || best->name.olderThan(artifact.name))
            best = &artifact;
    }
    return best;
}

QList<const Artifact *> Project::latestOfType(const QString &type) const
{
    QList<const Artifact *> result;
    for (const Artifact &artifact : artifacts)
        if (artifact.latest && artifact.name.type == type)
            result.append(&artifact);
    return result;
}

QList<const Artifact *> Project::latestArtifacts() const
{
    QList<const Artifact *> result;
    for (const Artifact &artifact : artifacts)
        if (artifact.latest)
            result.append(&artifact);
    return result;
}

} // namespace arckit
