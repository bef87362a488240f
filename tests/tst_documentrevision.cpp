// Revising existing documents: the round-trip property over every Markdown
// fixture (and, when present, every ARC document of ../shared/corpus), the
// encodings and line breaks kept byte for byte, insertion of missing
// sections, versions, and the file written beside the old one.
#include "corpuspresence.h"
#include "documentrenderer.h"
#include "documentrevision.h"
#include "linediff.h"
#include "revisabledocument.h"
#include "textencoder.h"
#include "textfilereader.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList markdownUnder(const QString &folder, const QString &pattern = QStringLiteral("*.md"))
{
    QStringList files;
    QDirIterator it(folder, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// The editor's view of a text: "\n" breaks only.
QString asEditorText(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

// A prose line in the middle top-level section, not in a table, list or code.
int editableLine(const DocumentStructure &structure)
{
    const MarkdownOutline &outline = structure.outline();
    QList<const DocumentSection *> candidates;
    for (const DocumentSection &section : structure.sections()) {
        if (section.level == outline.sectionLevel() && section.line > structure.revisionHistory().lastTableLine &&
            section.line > structure.controlHeadingLine())
            candidates.append(&section);
    }
    for (int i = int(candidates.size()) / 2; i < candidates.size(); ++i) {
        for (int line = candidates.at(i)->line + 1; line <= candidates.at(i)->endLine; ++line) {
            const QStringView text = outline.line(line).trimmed();
            if (outline.lineKind(line) == MarkdownOutline::LineKind::Text && text.size() > 20 &&
                text.front().isLetter() && !text.contains(QLatin1Char('|')))
                return line;
        }
    }
    return 0;
}

void addDocumentRows(const QStringList &files, const QString &root)
{
    for (const QString &file : files)
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << file;
}

} // namespace

class TestDocumentRevision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        addDocumentRows(markdownUnder(QStringLiteral(ARCKIT_TEST_DATA)), QStringLiteral(ARCKIT_TEST_DATA));
        addDocumentRows(markdownUnder(QStringLiteral(ARCKIT_EXAMPLE_REPO)), QStringLiteral(ARCKIT_EXAMPLE_REPO));
        // Real repositories, when this checkout has them beside it.
        if (QFileInfo::exists(QStringLiteral(ARCKIT_CORPUS_DIR)))
            addDocumentRows(markdownUnder(QStringLiteral(ARCKIT_CORPUS_DIR), QStringLiteral("ARC-*.md")),
                            QStringLiteral(ARCKIT_CORPUS_DIR));
    }
    // Open then save unchanged gives the same bytes; a single edited section
    // changes only that line, the Document Control cells and one new row.
    void roundTrip()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readBytes(path);
        const RevisableDocument document = RevisableDocument::open(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(TextEncoder::encode(document.text(), document.encoding()), bytes);
        const DocumentStructure &structure = document.structure();
        QCOMPARE(structure.linesText(1, structure.outline().lineCount()), document.text());

        if (document.projectId().isEmpty() || document.version().isEmpty() || !structure.revisionHistory().hasTable() ||
            structure.controlFields().isEmpty())
            return; // not a versioned ArcKit document: only the first property applies
        const int line = editableLine(structure);
        if (line == 0)
            return;
        QString edited = asEditorText(document.text());
        const QString original = structure.outline().line(line).toString();
        const qsizetype at = edited.indexOf(original);
        QVERIFY(at >= 0);
        edited.insert(at + original.size(), QStringLiteral(" Revised for the test."));

        RevisionRequest request;
        request.editedText = edited;
        request.author = QStringLiteral("Test Author");
        request.date = QDate(2031, 5, 6);
        const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));

        QSet<int> allowed{line, structure.revisionHistory().lastTableLine + 1};
        for (const char *name : {"Document ID", "Version", "Last Modified", "Last Updated", "Status"}) {
            if (const DocumentControlField *field = structure.field(QString::fromLatin1(name)))
                allowed.insert(field->line);
        }
        int removed = 0;
        int added = 0;
        for (const DiffRun &run : LineDiff::compare(document.text(), outcome.text)) {
            if (run.kind == DiffRun::Kind::Removed) {
                removed += run.count;
                for (int i = 0; i < run.count; ++i)
                    QVERIFY2(allowed.contains(run.oldLine + i + 1),
                             qPrintable(QStringLiteral("line %1 changed").arg(run.oldLine + i + 1)));
            } else if (run.kind == DiffRun::Kind::Added) {
                added += run.count;
                for (int i = 0; i < run.count; ++i)
                    QVERIFY2(allowed.contains(run.oldLine + 1) || allowed.contains(run.oldLine - run.count + i + 1) ||
                                 allowed.contains(run.oldLine),
                             qPrintable(QStringLiteral("line added at %1").arg(run.oldLine)));
            }
        }
        QCOMPARE(added, removed + 1); // the new Revision History row
        QVERIFY(removed >= 2);        // the edited line and at least the version
        QVERIFY(outcome.text.contains(QLatin1String("Revised for the test.")));
        QVERIFY(!outcome.changedSections.isEmpty());
        ++m_editedDocuments;
        // Line breaks: the unchanged lines keep theirs.
        if (document.text().contains(QLatin1String("\r\n")))
            QCOMPARE(outcome.text.count(QLatin1String("\r\n")), document.text().count(QLatin1String("\r\n")) + 1);
    }

    // The edit property must have run on real documents, not only been skipped.
    void editPropertyRan()
    {
        QVERIFY2(m_editedDocuments >= 10, qPrintable(QString::number(m_editedDocuments)));
        qInfo("single-section edit checked on %d documents", m_editedDocuments);
    }

    void corpusPresence()
    {
        // Without it the round trip ran on the fixtures only.
        ARCKIT_REQUIRE_CORPUS(QStringLiteral(ARCKIT_CORPUS_DIR));
        QVERIFY(markdownUnder(QStringLiteral(ARCKIT_CORPUS_DIR), QStringLiteral("ARC-*.md")).size() > 10);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString body = QStringLiteral(
            "# Strategy\n\n## Document Control\n\n| Field | Value |\n|---|---|\n| Document ID | ARC-001-MLOPS-v1.0 |\n"
            "| Version | 1.0 |\n| Last Modified | 2025-01-01 |\n\n## Revision History\n\n| Version | Date | Author | "
            "Changes |\n"
            "|---|---|---|---|\n| 1.0 | 2025-01-01 | A | First |\n\n## 1. Overview\n\nCaf\u00e9 cr\u00e8me, na\u00efve "
            "r\u00e9sum\u00e9.\t \n");
        QTest::newRow("utf-8") << body.toUtf8() << "UTF-8";
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + body.toUtf8() << "UTF-8 (BOM)";
        QTest::newRow("utf-8 crlf") << QString(body).replace(QLatin1String("\n"), QLatin1String("\r\n")).toUtf8()
                                    << "UTF-8";
        QTest::newRow("utf-8 no final newline") << body.chopped(1).toUtf8() << "UTF-8";
        QTest::newRow("latin-1") << body.toLatin1() << "Latin-1";
        QByteArray le("\xFF\xFE");
        le.append(reinterpret_cast<const char *>(body.utf16()), body.size() * 2);
        QTest::newRow("utf-16le bom") << le << "UTF-16LE (BOM)";
        QString mixed = body;
        mixed.replace(QLatin1String("| First |\n"), QLatin1String("| First |\r\n"));
        QTest::newRow("mixed breaks") << mixed.toUtf8() << "UTF-8";
    }
    // Everything but the stamped cells and the new row comes back byte for byte.
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        const QString folder =
            m_temp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ARC-001-MLOPS-v1.0.md");
        QVERIFY(writeBytes(path, bytes));
        const RevisableDocument document = RevisableDocument::open(path);
        QTEST(document.encoding(), "encoding");
        QCOMPARE(TextEncoder::encode(document.text(), document.encoding()), bytes);

        RevisionRequest request;
        request.editedText = asEditorText(document.text()); // through an editor, unchanged
        request.date = QDate(2031, 5, 6);
        request.author = QStringLiteral("B");
        const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.fileName, QStringLiteral("ARC-001-MLOPS-v1.1.md"));
        QCOMPARE(outcome.summary, QStringLiteral("Reviewed; no section changed"));
        // Undo the three cells and the row: the original text comes back.
        const QString br = document.structure().lineBreak();
        QString undone = outcome.text;
        undone.replace(QLatin1String("ARC-001-MLOPS-v1.1"), QLatin1String("ARC-001-MLOPS-v1.0"));
        undone.replace(QLatin1String("| Version | 1.1 |"), QLatin1String("| Version | 1.0 |"));
        undone.replace(QLatin1String("| Last Modified | 2031-05-06 |"),
                       QLatin1String("| Last Modified | 2025-01-01 |"));
        undone.remove(QStringLiteral("| 1.1 | 2031-05-06 | B | Reviewed; no section changed |") + br);
        QCOMPARE(undone, document.text());
        const RevisableDocument reread = RevisableDocument::fromText(path, outcome.text, document.encoding());
        QCOMPARE(TextFileReader::decode(outcome.bytes).text, outcome.text);
        QCOMPARE(reread.structure().revisionHistory().rows.size(), 2);
    }

    void insertMissing()
    {
        const QString folder = m_temp.filePath(QStringLiteral("insert"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ARC-004-MLOPS-v1.0.md");
        QVERIFY(QFile::copy(QStringLiteral(ARCKIT_TEST_DATA "/revision/other-tool.md"), path));
        const RevisableDocument document = RevisableDocument::open(path);
        const QStringList missing = SectionGaps::missingKeys(document.gaps());
        QVERIFY(missing.contains(QLatin1String("monitoring")));
        QVERIFY(missing.contains(QLatin1String("cost")) || missing.contains(QLatin1String("costs")));

        // Insert two: monitoring and the first other missing one.
        QString second;
        for (const QString &key : missing)
            if (key != QLatin1String("monitoring") && second.isEmpty())
                second = key;
        const QString generated = readTemplateDocument();
        RevisionRequest request;
        request.insertKeys = {QStringLiteral("monitoring"), second};
        request.generated = generated;
        request.date = QDate(2031, 5, 6);
        const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.insertedSections.size(), 2);
        QVERIFY(outcome.insertedSections.contains(QStringLiteral("Model Monitoring")));
        QVERIFY(outcome.summary.startsWith(QLatin1String("Added ")));
        // The document numbers its sections its own way: the inserted ones carry no number.
        QVERIFY(outcome.text.contains(QLatin1String("\n## Model Monitoring\n")));
        // After the insertions the gap view finds them.
        const RevisableDocument after = RevisableDocument::fromText(path, outcome.text, QStringLiteral("UTF-8"));
        const QStringList stillMissing = SectionGaps::missingKeys(after.gaps());
        QVERIFY(!stillMissing.contains(QLatin1String("monitoring")));
        QVERIFY(!stillMissing.contains(second));
        // Nothing else moved: removing the inserted lines and the stamp gives the original.
        int removed = 0;
        for (const DiffRun &run : LineDiff::compare(document.text(), outcome.text))
            removed += run.kind == DiffRun::Kind::Removed ? run.count : 0;
        QCOMPARE(removed, 4); // Document ID, Status, Version, Last Modified
        QVERIFY(outcome.notes.join(QLatin1Char(' ')).contains(QLatin1String("DRAFT")));
    }

    void versions_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("tableVersion");
        QTest::addColumn<QStringList>("history"); // the Revision History rows' versions
        QTest::addColumn<QStringList>("siblings");
        QTest::addColumn<bool>("major");
        QTest::addColumn<QString>("baseVersion");
        QTest::addColumn<QString>("expected"); // file name, or "error"
        QTest::addColumn<bool>("nameLags");    // the user is told the file name lagged
        const QStringList first{QStringLiteral("1.0")};
        QTest::newRow("minor") << "ARC-001-MLOPS-v1.0.md"
                               << "1.0" << first << QStringList{} << false << ""
                               << "ARC-001-MLOPS-v1.1.md" << false;
        QTest::newRow("major") << "ARC-001-MLOPS-v1.3.md"
                               << "1.3" << first << QStringList{} << true << ""
                               << "ARC-001-MLOPS-v2.0.md" << false;
        QTest::newRow("a newer version exists") << "ARC-001-MLOPS-v1.0.md"
                                                << "1.0" << first << QStringList{"ARC-001-MLOPS-v1.4.md"} << false << ""
                                                << "ARC-001-MLOPS-v1.5.md" << false;
        QTest::newRow("other types do not count") << "ARC-001-MLOPS-v1.0.md"
                                                  << "1.0" << first << QStringList{"ARC-001-REQ-v3.0.md"} << false << ""
                                                  << "ARC-001-MLOPS-v1.1.md" << false;
        QTest::newRow("text ahead of the name: the text")
            << "ARC-001-MLOPS-v1.0.md"
            << "1.1" << QStringList{"1.0", "1.1"} << QStringList{} << false << ""
            << "ARC-001-MLOPS-v1.2.md" << true;
        QTest::newRow("history ahead of name and table")
            << "ARC-001-MLOPS-v1.0.md"
            << "1.0" << QStringList{"1.0", "1.1", "1.2"} << QStringList{} << false << ""
            << "ARC-001-MLOPS-v1.3.md" << true;
        QTest::newRow("table ahead: disagree, the highest") << "ARC-001-MLOPS-v1.0.md"
                                                            << "2.4" << first << QStringList{} << false << ""
                                                            << "ARC-001-MLOPS-v2.5.md" << true;
        QTest::newRow("ahead and a major bump") << "ARC-001-MLOPS-v1.0.md"
                                                << "1.1" << QStringList{"1.0", "1.1"} << QStringList{} << true << ""
                                                << "ARC-001-MLOPS-v2.0.md" << true;
        QTest::newRow("ahead, and a newer file beyond")
            << "ARC-001-MLOPS-v1.0.md"
            << "1.1" << QStringList{"1.0", "1.1"} << QStringList{"ARC-001-MLOPS-v1.4.md"} << false << ""
            << "ARC-001-MLOPS-v1.5.md" << true;
        QTest::newRow("name ahead of the text: the name")
            << "ARC-001-MLOPS-v1.3.md"
            << "1.2" << QStringList{"1.0", "1.2"} << QStringList{} << false << ""
            << "ARC-001-MLOPS-v1.4.md" << false;
        QTest::newRow("1.10 is after 1.9") << "ARC-001-MLOPS-v1.9.md"
                                           << "1.10" << QStringList{"1.9", "1.10"} << QStringList{} << false << ""
                                           << "ARC-001-MLOPS-v1.11.md" << true;
        QTest::newRow("no name: the table") << "strategy.md"
                                            << "1.2" << first << QStringList{} << false << ""
                                            << "ARC-001-MLOPS-v1.3.md" << false;
        QTest::newRow("no name: history ahead of the table")
            << "strategy.md"
            << "1.2" << QStringList{"1.0", "v1.3"} << QStringList{} << false << ""
            << "ARC-001-MLOPS-v1.4.md" << false;
        QTest::newRow("no version anywhere") << "strategy.md"
                                             << "" << QStringList{} << QStringList{} << false << ""
                                             << "error" << false;
        QTest::newRow("no version: the user's choice") << "strategy.md"
                                                       << "" << QStringList{} << QStringList{} << false << "0.9"
                                                       << "error" << false; // no project number either
        QTest::newRow("other type keeps its type") << "ARC-001-REQ-v1.0.md"
                                                   << "1.0" << first << QStringList{} << false << ""
                                                   << "ARC-001-REQ-v1.1.md" << false;
        QTest::newRow("multi-instance") << "ARC-001-ADR-002-v1.0.md"
                                        << "1.0" << first << QStringList{"ARC-001-ADR-003-v1.5.md"} << false << ""
                                        << "ARC-001-ADR-002-v1.1.md" << false;
    }
    void versions()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, tableVersion);
        QFETCH(QStringList, history);
        QFETCH(QStringList, siblings);
        QFETCH(bool, major);
        QFETCH(QString, baseVersion);
        QFETCH(QString, expected);
        QFETCH(bool, nameLags);
        const QString folder = m_temp.filePath(
            QStringLiteral("versions-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(QDir().mkpath(folder));
        QString control = QStringLiteral("# S\n\n## Document Control\n\n| Field | Value |\n|---|---|\n");
        if (!tableVersion.isEmpty())
            control += QStringLiteral("| Version | %1 |\n| Document ID | ARC-001-MLOPS-v%1 |\n").arg(tableVersion);
        QString text = control + QStringLiteral("\n## Revision History\n\n| Version | Date |\n|---|---|\n");
        for (const QString &row : history)
            text += QStringLiteral("| %1 | 2025-01-01 |\n").arg(row);
        QVERIFY(writeBytes(folder + QLatin1Char('/') + fileName, text.toUtf8()));
        for (const QString &sibling : siblings)
            QVERIFY(writeBytes(folder + QLatin1Char('/') + sibling, text.toUtf8()));
        const RevisableDocument document = RevisableDocument::open(folder + QLatin1Char('/') + fileName);
        RevisionRequest request;
        request.major = major;
        request.baseVersion = baseVersion;
        const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
        QCOMPARE(outcome.ok() ? outcome.fileName : QStringLiteral("error"), expected);
        QCOMPARE(document.nameLags(), nameLags);
        const QString notes = outcome.notes.join(QLatin1Char(' '));
        QCOMPARE(notes.contains(QLatin1String("this revision follows")) &&
                     notes.contains(QLatin1String("not the file name")),
                 nameLags);
        QCOMPARE(document.messages().join(QLatin1Char(' ')).contains(QLatin1String("the file name lags")), nameLags);
        if (QByteArray(QTest::currentDataTag()).contains("disagree"))
            QVERIFY(document.messages().join(QLatin1Char(' ')).contains(QLatin1String("Document Control says 2.4")));
        if (!outcome.ok())
            return;
        // One row per version: the new one, and none repeated.
        const QString version = outcome.version;
        QCOMPARE(outcome.text.count(QStringLiteral("\n| %1 |").arg(version)), 1);
        for (const QString &row : history)
            QCOMPARE(outcome.text.count(QStringLiteral("\n| %1 |").arg(row)), 1);
    }

    void saveWritesBesideAndNeverOverwrites()
    {
        const QString folder = m_temp.filePath(QStringLiteral("save"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ARC-004-MLOPS-v1.0.md");
        QVERIFY(QFile::copy(QStringLiteral(ARCKIT_TEST_DATA "/revision/other-tool.md"), path));
        const QByteArray before = readBytes(path);
        const RevisableDocument document = RevisableDocument::open(path);
        RevisionRequest request;
        request.summary = QStringLiteral("Quarterly review");
        const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
        QVERIFY(outcome.ok());
        // Someone else writes v1.1 between preparing and saving: nothing is overwritten.
        QVERIFY(writeBytes(folder + QStringLiteral("/ARC-004-MLOPS-v1.1.md"), "theirs"));
        const SaveResult clash = DocumentRevision::save(document, outcome);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error.contains(QLatin1String("already exists")));
        QCOMPARE(readBytes(folder + QStringLiteral("/ARC-004-MLOPS-v1.1.md")), QByteArray("theirs"));
        // Prepared again, it follows the newer file.
        const RevisionOutcome again = DocumentRevision::prepare(document, request);
        QCOMPARE(again.fileName, QStringLiteral("ARC-004-MLOPS-v1.2.md"));
        const SaveResult saved = DocumentRevision::save(document, again);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(readBytes(saved.path), again.bytes);
        QCOMPARE(readBytes(path), before); // the old version is untouched
        QVERIFY(again.text.contains(QLatin1String("| 1.2 |")));
        QVERIFY(again.text.contains(QLatin1String("Quarterly review")));
    }

    void changedOnDisk()
    {
        const QString path = m_temp.filePath(QStringLiteral("ARC-009-MLOPS-v1.0.md"));
        QVERIFY(writeBytes(path, "# A\n"));
        const RevisableDocument document = RevisableDocument::open(path);
        QVERIFY(!document.changedOnDisk());
        QVERIFY(writeBytes(path, "# A changed elsewhere\n"));
        QVERIFY(document.changedOnDisk());
    }

private:
    // The bundled template rendered with default answers: what insertions copy from.
    static QString readTemplateDocument();

    QTemporaryDir m_temp;
    int m_editedDocuments = 0;
};

QString TestDocumentRevision::readTemplateDocument()
{
    RenderInput input;
    input.project.id = QStringLiteral("004");
    input.project.name = QStringLiteral("parcel-routing");
    const RenderResult result = DocumentRenderer().render(input);
    return result.markdown;
}

QTEST_GUILESS_MAIN(TestDocumentRevision)
#include "tst_documentrevision.moc"
