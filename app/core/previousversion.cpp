#include "previousversion.h"

#include "answersblock.h"
#include "textfilereader.h"

#include <QRegularExpression>

namespace arckit {

namespace {

bool isTableRow(const QString &line)
{
    return line.trimmed().startsWith(QLatin1Char('|'));
}

bool isDelimiterRow(const QString &line)
{
    static const QRegularExpression delimiter(QStringLiteral("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"));
    return delimiter.match(line).hasMatch();
}

} // namespace

PreviousVersion PreviousVersion::parse(const QString &markdown)
{
    PreviousVersion previous;
    previous.answers = AnswersBlock::extract(markdown);
    static const QRegularExpression created(QStringLiteral("^\\|\\s*\\**Created Date\\**\\s*\\|\\s*(\\d{4}-\\d{2}-\\d{2})"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inHistory = false;
    bool pastDelimiter = false;
    bool inFence = false;
    for (const QString &raw : lines) {
        const QString line = raw.endsWith(QLatin1Char('\r')) ? raw.chopped(1) : raw;
        if (line.trimmed().startsWith(QLatin1String("```")) || line.trimmed().startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (inFence)
            continue;
        if (!previous.createdDate.isValid()) {
            const auto match = created.match(line.trimmed());
            if (match.hasMatch())
                previous.createdDate = QDate::fromString(match.captured(1), Qt::ISODate);
        }
        if (line.startsWith(QLatin1String("#"))) {
            if (inHistory)
                break;
            inHistory = line.contains(QLatin1String("Revision History"), Qt::CaseInsensitive);
            continue;
        }
        if (!inHistory)
            continue;
        if (!isTableRow(line)) {
            if (pastDelimiter && !line.trimmed().isEmpty())
                break;
            continue;
        }
        if (isDelimiterRow(line)) {
            pastDelimiter = true;
            continue;
        }
        if (pastDelimiter)
            previous.revisionRows.append(line.trimmed());
    }
    return previous;
}

std::optional<PreviousVersion> PreviousVersion::load(const Project &project)
{
    const Artifact *latest = project.latest(QStringLiteral("MLOPS"));
    if (!latest)
        return std::nullopt;
    const TextFile file = TextFileReader::read(latest->path);
    PreviousVersion previous;
    if (file.ok())
        previous = parse(file.text);
    else
        previous.problem = file.error;
    previous.relativePath = latest->relativePath;
    previous.version = latest->version();
    return previous;
}

} // namespace arckit
