#include "sourcelink.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace arckit {

namespace {

const QString kScheme = QStringLiteral("arckit-source:");

} // namespace

SourceLink SourceLink::parse(const QString &source)
{
    static const QRegularExpression withLine(QStringLiteral("^(.*):(\\d+)$"));
    SourceLink link;
    const QRegularExpressionMatch match = withLine.match(source.trimmed());
    if (match.hasMatch()) {
        link.path = match.captured(1);
        link.line = match.captured(2).toInt();
    } else {
        link.path = source.trimmed();
    }
    return link;
}

QString SourceLink::href(const QString &source)
{
    // Percent-encoded so that spaces and '#' in a path survive the label's link handling.
    return kScheme + QString::fromLatin1(QUrl::toPercentEncoding(source, "/:._-"));
}

QString SourceLink::sourceOf(const QString &href)
{
    if (!href.startsWith(kScheme))
        return {};
    return QUrl::fromPercentEncoding(href.mid(kScheme.size()).toUtf8());
}

QString SourceLink::text() const
{
    const QString name = QFileInfo(path).fileName();
    return line > 0 ? QCoreApplication::translate("arckit::SourceLink", "%1, line %2").arg(name).arg(line) : name;
}

QString SourceLink::shortText() const
{
    static const QRegularExpression arcName(QStringLiteral("^ARC-[0-9A-Za-z]+-([A-Z]+)(?:-\\d+)?-v[\\d.]+\\.md$"));
    const QString name = QFileInfo(path).fileName();
    const QRegularExpressionMatch match = arcName.match(name);
    const QString shown = match.hasMatch() ? match.captured(1) : name;
    return line > 0 ? QCoreApplication::translate("arckit::SourceLink", "%1, line %2").arg(shown).arg(line) : shown;
}

QString SourceLink::html(const QString &source)
{
    const SourceLink link = parse(source);
    if (link.isEmpty())
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href(source).toHtmlEscaped(), link.text().toHtmlEscaped());
}

} // namespace arckit
