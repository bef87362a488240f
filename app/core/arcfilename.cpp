#include "arcfilename.h"
#include "textexpression.h"

#include <QRegularExpression>

namespace arckit {

std::optional<ArcFileName> ArcFileName::parse(const QString &fileName)
{
    static const TextExpression pattern(
        QStringLiteral("^ARC-(\\d{3})-([A-Z][A-Z0-9]*)(?:-(\\d{3}))?-v(\\d{1,4})\\.(\\d{1,4})\\.md$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    ArcFileName name;
    name.projectId = match.captured(1);
    name.type = match.captured(2);
    if (name.type == QLatin1String("JSP936"))
        name.type = QStringLiteral("J936");
    name.instance = match.captured(3);
    name.major = match.captured(4).toInt();
    name.minor = match.captured(5).toInt();
    return name;
}

QString ArcFileName::documentId() const
{
    QString id = QStringLiteral("ARC-%1-%2").arg(projectId, type);
    if (!instance.isEmpty())
        id += QLatin1Char('-') + instance;
    return id + QStringLiteral("-v") + versionString();
}

} // namespace arckit
