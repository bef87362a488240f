#include "documentrevision.h"
#include "textexpression.h"

#include "lineendings.h"
#include "revisionstamp.h"
#include "textencoder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace arckit {

namespace {

QString bumped(const QString &version, bool major)
{
    static const TextExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    const auto m = pattern.match(version);
    if (!m.hasMatch())
        return {};
    const int majorNumber = m.captured(1).toInt();
    return major ? QStringLiteral("%1.0").arg(majorNumber + 1)
                 : QStringLiteral("%1.%2").arg(majorNumber).arg(m.captured(2).toInt() + 1);
}

bool newerThan(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('.'));
    const QStringList y = b.split(QLatin1Char('.'));
    if (x.size() != 2 || y.size() != 2)
        return false;
    return x.at(0).toInt() != y.at(0).toInt() ? x.at(0).toInt() > y.at(0).toInt() : x.at(1).toInt() > y.at(1).toInt();
}

Project folderProject(const RevisableDocument &document)
{
    Project project;
    project.id = document.projectId();
    project.path = document.folder();
    project.dirName = QFileInfo(project.path).fileName();
    return project;
}

} // namespace

QStringList DocumentRevision::changedSections(const QString &oldText, const QString &newText)
{
    const MarkdownOutline outline = MarkdownOutline::parse(newText);
    const int level = outline.sectionLevel();
    QStringList changed;
    for (const DiffRun &run : LineDiff::compare(oldText, newText)) {
        if (run.kind == DiffRun::Kind::Equal)
            continue;
        // A removal touches the section holding the line after it.
        const int first = run.newLine + 1;
        const int last = run.kind == DiffRun::Kind::Added ? run.newLine + run.count : run.newLine + 1;
        for (int line = first; line <= last; ++line) {
            // Blank lines align either way round a change; they name no section.
            if (run.kind == DiffRun::Kind::Added && outline.line(line).trimmed().isEmpty())
                continue;
            int index = outline.headingIndexAt(qMin(line, outline.lineCount()));
            while (index >= 0 && outline.headings().at(index).level > level)
                --index; // up to the enclosing top-level section
            if (index < 0)
                continue;
            const QString title = outline.headings().at(index).text;
            if (!changed.contains(title))
                changed.append(title);
        }
    }
    return changed;
}

RevisionOutcome DocumentRevision::prepare(const RevisableDocument &document, const RevisionRequest &request)
{
    RevisionOutcome outcome;
    if (!document.ok()) {
        outcome.error = document.error();
        return outcome;
    }
    const QString base = document.version().isEmpty() ? request.baseVersion : document.version();
    if (bumped(base, false).isEmpty()) {
        outcome.error = QStringLiteral("The version of %1 cannot be determined: choose the version to revise from.")
                            .arg(QFileInfo(document.path()).fileName());
        return outcome;
    }
    if (document.projectId().isEmpty()) {
        outcome.error = QStringLiteral("Neither the file name nor Document Control gives the project number: save "
                                       "the revision under a name of your choice.");
        return outcome;
    }
    // The next version after both this document and any newer one of the same
    // document (type and instance) in the folder.
    ArcFileName name;
    name.projectId = document.projectId();
    name.type = QStringLiteral("MLOPS");
    if (const auto own = ArcFileName::parse(QFileInfo(document.path()).fileName())) {
        name.type = own->type;
        name.instance = own->instance;
    }
    QString latest = base;
    QString newerSibling;
    const QStringList siblings = QDir(document.folder()).entryList({QStringLiteral("ARC-*.md")}, QDir::Files);
    for (const QString &sibling : siblings) {
        const auto other = ArcFileName::parse(sibling);
        if (!other || other->projectId != name.projectId || other->type != name.type ||
            other->instance != name.instance)
            continue;
        if (newerThan(other->versionString(), latest)) {
            latest = other->versionString();
            newerSibling = sibling;
        }
    }
    if (document.nameLags()) {
        outcome.notes.append(QStringLiteral("%1 is named for version %2 but its text is already at %3: this revision "
                                            "follows %3, not the file name.")
                                 .arg(QFileInfo(document.path()).fileName(), document.versionInName(), base));
    }
    if (!newerSibling.isEmpty())
        outcome.notes.append(QStringLiteral("%1 already exists: this revision follows it.").arg(newerSibling));
    outcome.version = bumped(latest, request.major);
    const QStringList parts = outcome.version.split(QLatin1Char('.'));
    name.major = parts.at(0).toInt();
    name.minor = parts.at(1).toInt();
    const QString documentId = name.documentId();
    outcome.fileName = name.fileName();

    const QString &original = document.text();
    QString text = request.editedText ? LineEndings::restore(original, *request.editedText) : original;
    if (!request.insertKeys.isEmpty()) {
        const SectionInsertion insertion = SectionGaps::insert(text, request.generated, request.insertKeys);
        text = insertion.text;
        outcome.insertedSections = insertion.inserted;
        for (const QString &key : insertion.notFound)
            outcome.notes.append(QStringLiteral("The template has no \"%1\" section to insert.").arg(key));
    }
    outcome.changedSections = changedSections(original, text);

    outcome.summary = request.summary.trimmed();
    if (outcome.summary.isEmpty()) {
        // A changed section whose heading the old version did not have was
        // added (here or by the user in the editor); the others were revised.
        QStringList oldTitles;
        for (const DocumentSection &section : document.structure().sections())
            oldTitles.append(section.title);
        QStringList added = outcome.insertedSections;
        QStringList revised;
        for (const QString &section : std::as_const(outcome.changedSections)) {
            if (added.contains(section))
                continue;
            if (oldTitles.contains(section))
                revised.append(section);
            else
                added.append(section);
        }
        QStringList parts;
        if (!added.isEmpty())
            parts.append(QStringLiteral("Added ") + added.join(QStringLiteral(", ")));
        if (!revised.isEmpty())
            parts.append(QStringLiteral("Revised ") + revised.join(QStringLiteral(", ")));
        outcome.summary =
            parts.isEmpty() ? QStringLiteral("Reviewed; no section changed") : parts.join(QStringLiteral("; "));
    }

    RevisionInfo info;
    info.version = outcome.version;
    info.documentId = documentId;
    info.date = request.date;
    info.author = request.author.isEmpty() ? QStringLiteral("PENDING") : request.author;
    info.changes = outcome.summary;
    info.addRevisionRow = true;
    StampResult stamped = RevisionStamp::stamp(text, info);
    outcome.text = stamped.text;
    outcome.notes += stamped.notes;

    QString encodingNote;
    outcome.bytes = TextEncoder::encode(outcome.text, document.encoding(), &encodingNote);
    if (!encodingNote.isEmpty())
        outcome.notes.append(encodingNote);
    return outcome;
}

SaveResult DocumentRevision::save(const RevisableDocument &document, const RevisionOutcome &outcome)
{
    if (!outcome.ok())
        return {QString(), outcome.error};
    return DocumentWriter::writeNew(folderProject(document), outcome.fileName, outcome.bytes);
}

} // namespace arckit
