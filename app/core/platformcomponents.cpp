#include "platformcomponents.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace arckit {

namespace {

const QString kBundled = QStringLiteral(":/templates/mlops-platform-components.json");

struct CachedFile
{
    QDateTime modified;
    qint64 size = -1;
    PlatformComponents catalogue;
};

// Reads path once per modification; a generation per keystroke must not parse JSON each time.
PlatformComponents cachedFile(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, CachedFile> cache;
    const QFileInfo info(path);
    QMutexLocker lock(&mutex);
    auto it = cache.find(path);
    if (it != cache.end() && it->modified == info.lastModified() && it->size == info.size())
        return it->catalogue;
    QFile file(path);
    PlatformComponents catalogue;
    if (!file.open(QIODevice::ReadOnly))
        catalogue = PlatformComponents::fromJson({}, path);
    else
        catalogue = PlatformComponents::fromJson(file.readAll(), path);
    cache.insert(path, {info.lastModified(), info.size(), catalogue});
    return catalogue;
}

} // namespace

QString PlatformComponents::repositoryFile()
{
    return QStringLiteral(".arckit/mlops-platform-components.json");
}

QStringList PlatformComponents::concernKeys()
{
    return {QStringLiteral("pipelines"),      QStringLiteral("experimentTracking"), QStringLiteral("registry"),
            QStringLiteral("serving"),        QStringLiteral("batchInference"),     QStringLiteral("monitoring"),
            QStringLiteral("explainability"), QStringLiteral("featureStore"),       QStringLiteral("cicd"),
            QStringLiteral("llmEvaluation"),  QStringLiteral("guardrails")};
}

PlatformComponents PlatformComponents::fromJson(const QByteArray &json, const QString &origin)
{
    PlatformComponents catalogue;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        catalogue.m_error = parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                                      .arg(origin, parseError.errorString())
                                      .arg(parseError.offset)
                                : QStringLiteral("%1 is not a JSON object with a \"platforms\" list").arg(origin);
        return catalogue;
    }
    const QJsonObject root = document.object();
    catalogue.m_documentationDate = root.value(QLatin1String("documentationDate")).toString();
    const QJsonArray platforms = root.value(QLatin1String("platforms")).toArray();
    QStringList skipped;
    for (const QJsonValue &value : platforms) {
        const QJsonObject object = value.toObject();
        PlatformEntry entry;
        entry.name = object.value(QLatin1String("name")).toString().simplified();
        for (const QJsonValue &term : object.value(QLatin1String("matches")).toArray()) {
            const QString t = term.toString().simplified().toLower();
            if (!t.isEmpty())
                entry.matches.append(t);
        }
        if (entry.name.isEmpty() || entry.matches.isEmpty()) {
            skipped.append(entry.name.isEmpty() ? QStringLiteral("(unnamed)") : entry.name);
            continue;
        }
        entry.documentation = object.value(QLatin1String("documentation")).toString();
        entry.trainsCustomModels = object.value(QLatin1String("trainsCustomModels")).toBool(true);
        const QJsonObject components = object.value(QLatin1String("components")).toObject();
        for (auto it = components.begin(); it != components.end(); ++it) {
            const QString component = it.value().toString().simplified();
            if (!component.isEmpty())
                entry.components.insert(it.key(), component);
        }
        catalogue.m_platforms.append(entry);
    }
    if (platforms.isEmpty())
        catalogue.m_error = QStringLiteral("%1 lists no platforms").arg(origin);
    else if (!skipped.isEmpty())
        catalogue.m_error = QStringLiteral("%1: platforms without a name or \"matches\" terms were ignored: %2")
                                .arg(origin, skipped.join(QStringLiteral(", ")));
    return catalogue;
}

PlatformComponents PlatformComponents::load(const QString &repositoryRoot)
{
    // Compiled in, so it never changes: parsed once.
    static const PlatformComponents bundled = cachedFile(kBundled);
    if (repositoryRoot.isEmpty())
        return bundled;
    const QString path = QDir(repositoryRoot).filePath(repositoryFile());
    if (!QFileInfo::exists(path))
        return bundled;
    const PlatformComponents own = cachedFile(path);
    PlatformComponents merged;
    merged.m_error = own.m_error;
    merged.m_documentationDate =
        own.m_documentationDate.isEmpty() ? bundled.m_documentationDate : own.m_documentationDate;
    merged.m_platforms = own.m_platforms;
    for (const PlatformEntry &entry : std::as_const(bundled.m_platforms)) {
        const bool replaced =
            std::any_of(own.m_platforms.cbegin(), own.m_platforms.cend(),
                        [&](const PlatformEntry &e) { return e.name.compare(entry.name, Qt::CaseInsensitive) == 0; });
        if (!replaced)
            merged.m_platforms.append(entry);
    }
    return merged;
}

const PlatformEntry *PlatformComponents::find(const QString &platformAnswer) const
{
    const QString lower = platformAnswer.simplified().toLower();
    if (lower.isEmpty())
        return nullptr;
    const PlatformEntry *best = nullptr;
    qsizetype bestLength = 0;
    for (const PlatformEntry &entry : m_platforms) {
        for (const QString &term : entry.matches) {
            // Longest term wins; on a tie the earlier entry (the repository's own first).
            if (term.size() > bestLength && lower.contains(term)) {
                best = &entry;
                bestLength = term.size();
            }
        }
    }
    return best;
}

} // namespace arckit
