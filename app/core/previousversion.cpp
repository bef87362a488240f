#include "previousversion.h"
#include "textexpression.h"

#include "answersblock.h"
#include "documentstructure.h"
#include "textfilereader.h"

#include <QRegularExpression>

namespace arckit {

PreviousVersion PreviousVersion::parse(const QString &markdown)
{
    PreviousVersion previous;
    previous.answers = AnswersBlock::extract(markdown);
    const DocumentStructure structure = DocumentStructure::parse(markdown);
    static const TextExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    const auto created = date.match(structure.fieldValue(u"Created Date"));
    if (created.hasMatch())
        previous.createdDate = QDate::fromString(created.captured(), Qt::ISODate);
    for (const RevisionHistoryRow &row : structure.revisionHistory().rows)
        previous.revisionRows.append(structure.outline().line(row.line).trimmed().toString());
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
