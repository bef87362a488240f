// The editor side of the GUI without a main window: the document session
// (versioned save, recovery, changes on disk), the Revision History stamp, the
// section merge used when regenerating, and the highlighted editor.

#include "answersblock.h"
#include "document/documentsession.h"
#include "document/recoverystore.h"
#include "editor/markdowneditor.h"
#include "editor/progressivehighlighter.h"
#include "editor/sourceviewer.h"
#include "highlightbenchmark.h"
#include "repositorybuilder.h"
#include "repositoryscanner.h"
#include "revisionstamp.h"
#include "sectionmerge.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace arckit;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString generatedDocument(const QString &version, const QString &monitoring = QStringLiteral("Drift is checked daily."))
{
    return QStringLiteral("# MLOps Strategy\n\n"
                          "## Document Control\n\n"
                          "| Field | Value |\n|-------|-------|\n"
                          "| **Document ID** | ARC-001-MLOPS-v%1 |\n"
                          "| **Version** | %1 |\n"
                          "| **Created Date** | 2024-01-10 |\n"
                          "| **Last Modified** | 2024-01-10 |\n\n"
                          "## Revision History\n\n"
                          "| Version | Date | Author | Changes | Approved By | Approval Date |\n"
                          "|---------|------|--------|---------|-------------|---------------|\n"
                          "| 1.0 | 2024-01-10 | ArcKit AI | Initial creation | PENDING | PENDING |\n\n"
                          "## 1. ML System Overview\n\nFraud scoring.\n\n"
                          "## 7. Model Monitoring\n\n%2\n\n"
                          "```markdown\n## Not a heading: inside a fence\n```\n")
        .arg(version, monitoring);
}

// The lines first..last (1-based, inclusive) of `lines`, each ended by a line break.
QString linesOf(const QStringList &lines, int first, int last)
{
    QString text;
    for (int i = first; i <= last && i <= lines.size(); ++i)
        text += lines.at(i - 1) + QLatin1Char('\n');
    return text;
}

Project projectAt(const QString &root, const QString &id)
{
    const RepositoryScan scan = RepositoryScanner().scan(root);
    const Project *project = scan.project(id);
    return project ? *project : Project{};
}

} // namespace

class TestUiEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sectionSplit()
    {
        const auto sections = SectionMerge::split(generatedDocument(QStringLiteral("1.0")));
        QStringList titles;
        for (const MarkdownSection &section : sections)
            titles << section.title;
        // The "##" inside the code fence does not start a section.
        QCOMPARE(titles, (QStringList{QString(), QStringLiteral("Document Control"), QStringLiteral("Revision History"),
                                      QStringLiteral("1. ML System Overview"), QStringLiteral("7. Model Monitoring")}));
        QString joined;
        for (const MarkdownSection &section : sections)
            joined += section.text;
        QCOMPARE(joined, generatedDocument(QStringLiteral("1.0")));
    }

    void sectionMerge_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("keepEdits");
        QTest::addColumn<QStringList>("edited");
        QTest::addColumn<QString>("expectedMonitoring");

        const QString old = generatedDocument(QStringLiteral("1.0"));
        QTest::newRow("untouched: new text")
            << old << true << QStringList() << QStringLiteral("Drift is checked hourly.");
        const QString edited = generatedDocument(QStringLiteral("1.0"), QStringLiteral("Our own monitoring plan."));
        QTest::newRow("edited: kept") << edited << true << QStringList{QStringLiteral("7. Model Monitoring")}
                                      << QStringLiteral("Our own monitoring plan.");
        QTest::newRow("edited: replaced on request")
            << edited << false << QStringList{QStringLiteral("7. Model Monitoring")}
            << QStringLiteral("Drift is checked hourly.");
    }

    void sectionMerge()
    {
        QFETCH(QString, current);
        QFETCH(bool, keepEdits);
        QFETCH(QStringList, edited);
        QFETCH(QString, expectedMonitoring);
        const QString old = generatedDocument(QStringLiteral("1.0"));
        const QString fresh = generatedDocument(QStringLiteral("1.0"), QStringLiteral("Drift is checked hourly."));
        QCOMPARE(SectionMerge::editedSections(current, old), edited);
        Answers answers;
        answers.systemName = QStringLiteral("Fraud scoring");
        const QString merged = SectionMerge::merge(fresh, current, old, answers, keepEdits);
        QVERIFY2(merged.contains(expectedMonitoring), qPrintable(merged));
        QCOMPARE(merged.count(QLatin1String("<!-- arckit-mlops-answers")), 1);
        QCOMPARE(AnswersBlock::extract(merged)->systemName, QStringLiteral("Fraud scoring"));
    }

    void sectionMergeKeepsAddedSectionAndHistory()
    {
        const QString old = generatedDocument(QStringLiteral("1.0"));
        QString current = old;
        current.replace(QStringLiteral("## 7. Model Monitoring"),
                        QStringLiteral("## Local Notes\n\nKeep this.\n\n## 7. Model Monitoring"));
        current.replace(QStringLiteral("| 1.0 | 2024-01-10 | ArcKit AI | Initial creation | PENDING | PENDING |"),
                        QStringLiteral("| 1.0 | 2024-01-10 | ArcKit AI | Initial creation | PENDING | PENDING |\n"
                                       "| 1.1 | 2024-02-01 | Ann | Revised | PENDING | PENDING |"));
        const QString fresh = generatedDocument(QStringLiteral("1.0"), QStringLiteral("Drift is checked hourly."));
        const QString merged = SectionMerge::merge(fresh, current, old, Answers{}, true);
        QVERIFY(merged.contains(QStringLiteral("## Local Notes\n\nKeep this.")));
        QVERIFY(merged.indexOf(QStringLiteral("## Local Notes")) <
                merged.indexOf(QStringLiteral("## 7. Model Monitoring")));
        QVERIFY(merged.indexOf(QStringLiteral("## 1. ML System Overview")) <
                merged.indexOf(QStringLiteral("## Local Notes")));
        QVERIFY(merged.contains(QStringLiteral("| 1.1 | 2024-02-01 | Ann | Revised |")));
        QVERIFY(merged.contains(QStringLiteral("Drift is checked hourly.")));
    }

    void revisionStamp()
    {
        RevisionInfo info;
        info.version = QStringLiteral("1.1");
        info.documentId = QStringLiteral("ARC-001-MLOPS-v1.1");
        info.date = QDate(2024, 3, 1);
        info.author = QStringLiteral("Ann | Lead");
        info.changes = QStringLiteral("Monitoring revised");
        info.addRevisionRow = true;
        const QString before = generatedDocument(QStringLiteral("1.0"));
        const QString after = RevisionStamp::apply(before, info);
        QCOMPARE(RevisionStamp::field(after, QStringLiteral("Version")), QStringLiteral("1.1"));
        QCOMPARE(RevisionStamp::field(after, QStringLiteral("Document ID")), QStringLiteral("ARC-001-MLOPS-v1.1"));
        QCOMPARE(RevisionStamp::field(after, QStringLiteral("Last Modified")), QStringLiteral("2024-03-01"));
        QCOMPARE(RevisionStamp::field(after, QStringLiteral("Created Date")), QStringLiteral("2024-01-10"));
        QCOMPARE(RevisionStamp::revisionRowCount(before), 1);
        QCOMPARE(RevisionStamp::revisionRowCount(after), 2);
        // A pipe in a cell would break the table.
        QVERIFY(after.contains(
            QStringLiteral("| 1.1 | 2024-03-01 | Ann / Lead | Monitoring revised | PENDING | PENDING |")));
        // The Revision History header row is not a Document Control field.
        QVERIFY(after.contains(QStringLiteral("| Version | Date | Author |")));
    }

    void revisionStampAddsMissingHistory()
    {
        RevisionInfo info;
        info.version = QStringLiteral("1.1");
        info.date = QDate(2024, 3, 1);
        info.addRevisionRow = true;
        const QString after = RevisionStamp::apply(
            QStringLiteral("# T\n\n## Document Control\n\n| **Version** | 1.0 |\n\n## 1. Overview\n\nText\n"), info);
        QVERIFY(after.contains(QStringLiteral("## Revision History")));
        QVERIFY(after.indexOf(QStringLiteral("## Revision History")) < after.indexOf(QStringLiteral("## 1. Overview")));
        QCOMPARE(RevisionStamp::revisionRowCount(after), 1);
    }

    void saveVersionsNeverOverwrite()
    {
        test::RepositoryBuilder repository;
        repository.document(QStringLiteral("projects/001-fraud/ARC-001-REQ-v1.0.md"), QStringLiteral("Requirements"));
        QTemporaryDir recovery;
        DocumentSession session(recovery.path());
        Project project = projectAt(repository.root(), QStringLiteral("001"));
        QCOMPARE(DocumentSession::nextFileName(project), QStringLiteral("ARC-001-MLOPS-v1.0.md"));

        Answers answers;
        answers.owner = QStringLiteral("Ann");
        session.newDocument(AnswersBlock::replace(generatedDocument(QStringLiteral("1.0")), answers), project.id,
                            repository.root(), answers);
        QVERIFY(session.isModified());
        QVERIFY(!session.isRevision());
        QSignalSpy pathSpy(&session, &DocumentSession::filePathChanged);

        SaveVersionOptions options;
        options.date = QDate(2024, 2, 1);
        SaveResult first = session.saveVersion(project, options);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(QFileInfo(first.path).fileName(), QStringLiteral("ARC-001-MLOPS-v1.0.md"));
        QCOMPARE(pathSpy.count(), 1);
        QVERIFY(!session.isModified());
        QVERIFY(session.isRevision());
        const QByteArray firstBytes = readAll(first.path);
        QCOMPARE(RevisionStamp::revisionRowCount(QString::fromUtf8(firstBytes)), 1); // no row for the first version

        // Edit, then save again: v1.1 with a Revision History row; v1.0 untouched.
        QTextCursor cursor(session.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\nA hand-written note.\n"));
        QVERIFY(session.isModified());
        project = projectAt(repository.root(), QStringLiteral("001"));
        options.author = QStringLiteral("Bob");
        options.changes = QStringLiteral("Added a note");
        options.date = QDate(2024, 2, 2);
        const SaveResult second = session.saveVersion(project, options);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(QFileInfo(second.path).fileName(), QStringLiteral("ARC-001-MLOPS-v1.1.md"));
        QCOMPARE(readAll(first.path), firstBytes);
        const QString secondText = QString::fromUtf8(readAll(second.path));
        QCOMPARE(RevisionStamp::revisionRowCount(secondText), 2);
        QVERIFY(secondText.contains(QStringLiteral("| 1.1 | 2024-02-02 | Bob | Added a note | PENDING | PENDING |")));
        QCOMPARE(RevisionStamp::field(secondText, QStringLiteral("Last Modified")), QStringLiteral("2024-02-02"));
        QCOMPARE(RevisionStamp::field(secondText, QStringLiteral("Document ID")), QStringLiteral("ARC-001-MLOPS-v1.1"));
        QVERIFY(secondText.contains(QStringLiteral("A hand-written note.")));
        // The editor shows what was written.
        QCOMPARE(session.text(), secondText);
        // The embedded answers survive.
        QCOMPARE(AnswersBlock::extract(secondText)->owner, QStringLiteral("Ann"));

        // A file that appeared meanwhile is never replaced.
        repository.document(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.2.md"),
                            QStringLiteral("Someone else's"));
        const QByteArray foreign = readAll(repository.path(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.2.md")));
        session.setModified(true);
        const SaveResult third = session.saveVersion(project, options); // project is the stale scan
        QVERIFY2(third.ok(), qPrintable(third.error));
        QCOMPARE(QFileInfo(third.path).fileName(), QStringLiteral("ARC-001-MLOPS-v1.3.md"));
        QCOMPARE(readAll(repository.path(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.2.md"))), foreign);
    }

    void openRestoresAnswers()
    {
        test::RepositoryBuilder repository;
        Answers answers;
        answers.systemName = QStringLiteral("Fraud scoring");
        answers.targetMaturity = 3;
        const QString path = repository.write(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.0.md"),
                                              AnswersBlock::replace(generatedDocument(QStringLiteral("1.0")), answers));
        const QByteArray before = readAll(path);
        QTemporaryDir recovery;
        DocumentSession session(recovery.path());
        QString error;
        QVERIFY2(session.open(path, repository.root(), &error), qPrintable(error));
        QVERIFY(session.isMlopsDocument());
        QVERIFY(session.isRevision());
        QCOMPARE(session.projectId(), QStringLiteral("001"));
        QVERIFY(session.answers());
        QCOMPARE(session.answers()->systemName, QStringLiteral("Fraud scoring"));
        QCOMPARE(session.answers()->targetMaturity, 3);
        QVERIFY(!session.isModified());
        session.close();
        QCOMPARE(readAll(path), before); // opening never writes

        const QString plain =
            repository.document(QStringLiteral("projects/001-fraud/ARC-001-REQ-v1.0.md"), QStringLiteral("Req"));
        QVERIFY(session.open(plain, repository.root(), &error));
        QVERIFY(!session.isMlopsDocument());
        QVERIFY(!session.answers());

        const QString binary =
            repository.write(QStringLiteral("projects/001-fraud/broken.md"), QByteArray("abc\0def", 7));
        QVERIFY(!session.open(binary, repository.root(), &error));
        QVERIFY(!error.isEmpty());
    }

    void handWrittenDocumentIsRevised()
    {
        // An MLOps strategy written without this application: no embedded
        // answers, still a revision, and the next version gets its row.
        test::RepositoryBuilder repository;
        repository.document(QStringLiteral("projects/001-fraud/ARC-001-REQ-v1.0.md"), QStringLiteral("Requirements"));
        QFile fixture(QStringLiteral(ARCKIT_TEST_DATA "/ui/ARC-001-MLOPS-handwritten.md"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray original = fixture.readAll();
        const QString path = repository.write(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.0.md"), original);
        QTemporaryDir recovery;
        DocumentSession session(recovery.path());
        QString error;
        QVERIFY(session.open(path, repository.root(), &error));
        QVERIFY(session.isRevision());
        QVERIFY(!session.answers());
        QVERIFY(session.answersError().isEmpty()); // none, rather than a broken one
        const Project project = projectAt(repository.root(), QStringLiteral("001"));
        QCOMPARE(DocumentSession::nextFileName(project), QStringLiteral("ARC-001-MLOPS-v1.1.md"));
        SaveVersionOptions options;
        options.author = QStringLiteral("Carol");
        options.changes = QStringLiteral("Checked");
        options.date = QDate(2024, 5, 1);
        const SaveResult saved = session.saveVersion(project, options);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(readAll(path), original);
        const QString text = QString::fromUtf8(readAll(saved.path));
        QCOMPARE(RevisionStamp::revisionRowCount(text), 2);
        QCOMPARE(RevisionStamp::field(text, QStringLiteral("Document ID")), QStringLiteral("ARC-001-MLOPS-v1.1"));
        QCOMPARE(RevisionStamp::field(text, QStringLiteral("Created Date")), QStringLiteral("2024-01-10"));
        QVERIFY(!text.contains(QStringLiteral("arckit-mlops-answers"))); // nothing invented
    }

    void recoveryWrittenAndRestored()
    {
        QTemporaryDir recoveryDir;
        test::RepositoryBuilder repository;
        const QString path = repository.write(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.0.md"),
                                              generatedDocument(QStringLiteral("1.0")));
        QString writtenCopy;
        {
            // A session that "crashes": its store is never asked to discard.
            auto *session = new DocumentSession(recoveryDir.path());
            session->recovery()->setDelay(50);
            QString error;
            QVERIFY(session->open(path, repository.root(), &error));
            QSignalSpy written(session->recovery(), &RecoveryStore::written);
            QTextCursor cursor(session->document());
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(QStringLiteral("\nUnsaved work.\n"));
            QVERIFY(written.wait(2000));
            writtenCopy = written.first().first().toString();
            QVERIFY(QFile::exists(writtenCopy));
            QVERIFY(readAll(writtenCopy).contains("Unsaved work."));
            QVERIFY(!readAll(path).contains("Unsaved work.")); // never written to the document itself
            // Simulate the crash: leak the files by moving them away and back.
            const QByteArray text = readAll(writtenCopy);
            const QByteArray meta = readAll(writtenCopy.chopped(3) + QStringLiteral(".json"));
            delete session; // a clean end removes the copy...
            QVERIFY(!QFile::exists(writtenCopy));
            QFile restoreText(writtenCopy); // ...so put back what a crash would have left
            QVERIFY(restoreText.open(QIODevice::WriteOnly));
            restoreText.write(text);
            restoreText.close();
            QFile restoreMeta(writtenCopy.chopped(3) + QStringLiteral(".json"));
            QVERIFY(restoreMeta.open(QIODevice::WriteOnly));
            restoreMeta.write(meta);
        }
        DocumentSession next(recoveryDir.path());
        const QList<RecoveryEntry> orphans = next.recovery()->orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, path);
        QString error;
        QVERIFY2(next.restore(orphans.first(), &error), qPrintable(error));
        QVERIFY(next.text().contains(QStringLiteral("Unsaved work.")));
        QVERIFY(next.isModified());
        QCOMPARE(next.filePath(), path);
        QVERIFY(RecoveryStore::remove(orphans.first()));
        QVERIFY(next.recovery()->orphans().isEmpty());
        // Saving (here: marking saved) drops this session's own copy.
        next.recovery()->writeNow(next.text());
        QVERIFY(QFile::exists(next.recovery()->currentFile()));
        next.setModified(false);
        QVERIFY(!QFile::exists(next.recovery()->currentFile()));
    }

    void changedOnDiskIsReported()
    {
        test::RepositoryBuilder repository;
        const QString path = repository.write(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.0.md"),
                                              generatedDocument(QStringLiteral("1.0")));
        QTemporaryDir recovery;
        DocumentSession session(recovery.path());
        QString error;
        QVERIFY(session.open(path, repository.root(), &error));
        QSignalSpy changed(&session, &DocumentSession::changedOnDisk);
        QTest::qWait(50);
        repository.write(QStringLiteral("projects/001-fraud/ARC-001-MLOPS-v1.0.md"),
                         generatedDocument(QStringLiteral("1.0"), QStringLiteral("Changed elsewhere.")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        QVERIFY(session.reload(&error));
        QVERIFY(session.text().contains(QStringLiteral("Changed elsewhere.")));
        QVERIFY(!session.isModified());
    }

    void regenerationIsOneUndoStep()
    {
        QTemporaryDir recovery;
        DocumentSession session(recovery.path());
        session.newDocument(generatedDocument(QStringLiteral("1.0")), QStringLiteral("001"), QString(), Answers{});
        const QString before = session.text();
        const QString after = generatedDocument(QStringLiteral("1.0"), QStringLiteral("Drift is checked hourly."));
        session.replaceText(after);
        QCOMPARE(session.text(), after);
        session.document()->undo();
        QCOMPARE(session.text(), before);
    }

    void editorNavigation()
    {
        KSyntaxHighlighting::Repository highlighting;
        MarkdownEditor editor(highlighting);
        editor.resize(600, 300);
        QStringList lines;
        for (int i = 1; i <= 300; ++i)
            lines << (i % 20 == 0 ? QStringLiteral("## Section %1").arg(i) : QStringLiteral("Line %1").arg(i));
        editor.setPlainText(lines.join(QLatin1Char('\n')));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy top(&editor, &MarkdownEditor::topLineChanged);
        editor.goToLine(200);
        QCOMPARE(editor.currentLine(), 200);
        QVERIFY(editor.firstVisibleLine() <= 200);
        QVERIFY(editor.firstVisibleLine() > 150);
        QVERIFY(top.count() >= 1);
        editor.scrollToLine(40);
        QCOMPARE(editor.firstVisibleLine(), 40);
        QCOMPARE(editor.currentLine(), 200); // scrolling leaves the cursor alone
        QVERIFY(!editor.themeName().isEmpty());
    }

    void themeFollowsPalette()
    {
        KSyntaxHighlighting::Repository highlighting;
        MarkdownEditor editor(highlighting);
        QPalette dark = editor.palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        editor.setPalette(dark);
        QVERIFY(editor.isDarkTheme());
        QPalette light = dark;
        light.setColor(QPalette::Base, Qt::white);
        editor.setPalette(light);
        QVERIFY(!editor.isDarkTheme());
    }

    void sourceViewerIsReadOnly()
    {
        test::RepositoryBuilder repository;
        const QString path = repository.write(QStringLiteral("projects/001-fraud/ARC-001-REQ-v1.0.md"),
                                              generatedDocument(QStringLiteral("1.0")));
        const QByteArray before = readAll(path);
        KSyntaxHighlighting::Repository highlighting;
        SourceViewer viewer(highlighting);
        viewer.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(viewer.openFile(path, 22, QStringLiteral("ARC-001-REQ-v1.0.md")));
        QVERIFY(viewer.editor()->isReadOnly());
        QCOMPARE(viewer.editor()->currentLine(), 22);
        QTest::keyClicks(viewer.editor(), QStringLiteral("typed"));
        QVERIFY(!viewer.editor()->toPlainText().contains(QStringLiteral("typed")));
        viewer.close();
        QCOMPARE(readAll(path), before);
        QString error;
        QVERIFY(!viewer.openFile(repository.path(QStringLiteral("missing.md")), 1, QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void largeInsertionHighlightsLikeAFreshDocument_data()
    {
        QTest::addColumn<int>("line");        // where the edit starts (1-based)
        QTest::addColumn<int>("column");      // characters into that line
        QTest::addColumn<int>("removeLines"); // whole lines replaced by the insertion
        QTest::addColumn<int>("copyFirst");   // the inserted lines, copied from the document
        QTest::addColumn<int>("copyLast");
        QTest::addColumn<QString>("lead");  // text put before the copied lines
        QTest::addColumn<QString>("typed"); // typed at the start of the last line while highlighting catches up

        // Sections 3 to 7 (with mermaid fences) once more before "## 8.", as
        // Insert Sections does.
        QTest::newRow("sections before a heading") << 737 << 0 << 0 << 245 << 736 << QString() << QString();
        QTest::newRow("sections near the top") << 34 << 0 << 0 << 245 << 736 << QString() << QString();
        // Regeneration: a range of lines replaced by other ones.
        QTest::newRow("lines replaced") << 300 << 0 << 120 << 600 << 1100 << QString() << QString();
        // The insertion opens a fence it never closes: every later fence turns around.
        QTest::newRow("unclosed fence") << 100 << 0 << 0 << 245 << 736 << QStringLiteral("```text\n") << QString();
        // Inside a mermaid fence, and in the middle of a line.
        QTest::newRow("inside a fence") << 70 << 0 << 0 << 245 << 736 << QString() << QString();
        // Typing (a fence opened, a line break) below blocks still waiting.
        QTest::newRow("typing while pending") << 40 << 0 << 0 << 245 << 736 << QString() << QStringLiteral("```\nx");
        QTest::newRow("middle of a line") << 500 << 7 << 0 << 600 << 1100 << QStringLiteral("tail\n") << QString();
    }

    void largeInsertionHighlightsLikeAFreshDocument()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, removeLines);
        QFETCH(int, copyFirst);
        QFETCH(int, copyLast);
        QFETCH(QString, lead);
        QFETCH(QString, typed);

        const QString original =
            QString::fromUtf8(readAll(QStringLiteral(ARCKIT_TEST_DATA "/validator/long-mlops.md")));
        const QStringList lines = original.split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 1300);
        KSyntaxHighlighting::Repository highlighting;
        const KSyntaxHighlighting::Theme theme = highlighting.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
        const KSyntaxHighlighting::Definition markdown = highlighting.definitionForName(QStringLiteral("Markdown"));
        QVERIFY(markdown.isValid());

        // The editor's way: a highlighted document, then one large edit.
        QTextDocument document;
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        document.setPlainText(original);
        ProgressiveHighlighter progressive;
        QSignalSpy caughtUp(&progressive, &ProgressiveHighlighter::caughtUp);
        progressive.attach(&document);
        progressive.setTheme(theme);
        progressive.setDefinition(markdown);
        QVERIFY(caughtUp.wait(30000));

        const QString inserted = lead + linesOf(lines, copyFirst, copyLast);
        QVERIFY(inserted.size() >= ProgressiveHighlighter::largeChangeChars);
        QTextCursor cursor(&document);
        cursor.beginEditBlock();
        const QTextBlock first = document.findBlockByNumber(line - 1);
        QVERIFY(first.isValid());
        cursor.setPosition(first.position() + column);
        if (removeLines > 0) {
            const QTextBlock after = document.findBlockByNumber(line - 1 + removeLines);
            QVERIFY(after.isValid());
            cursor.setPosition(after.position(), QTextCursor::KeepAnchor);
        }
        cursor.insertText(inserted);
        cursor.endEditBlock();
        QVERIFY(progressive.isPending());
        if (!typed.isEmpty()) {
            QTextCursor typing(document.lastBlock());
            for (const QChar c : typed)
                typing.insertText(QString(c));
        }
        caughtUp.clear();
        QVERIFY(caughtUp.wait(30000));
        QVERIFY(!progressive.isPending());

        // The same text highlighted at once from the start.
        QTextDocument fresh;
        fresh.setDocumentLayout(new QPlainTextDocumentLayout(&fresh));
        fresh.setPlainText(document.toPlainText());
        KSyntaxHighlighting::SyntaxHighlighter reference(&fresh);
        reference.setTheme(theme);
        reference.setDefinition(markdown);

        QCOMPARE(document.blockCount(), fresh.blockCount());
        int wrong = 0;
        QString firstWrong;
        for (QTextBlock a = document.begin(), b = fresh.begin(); a.isValid() && b.isValid();
             a = a.next(), b = b.next()) {
            if (a.layout()->formats() != b.layout()->formats()) {
                if (!wrong)
                    firstWrong = QStringLiteral("line %1: %2").arg(a.blockNumber() + 1).arg(a.text());
                ++wrong;
            }
        }
        QVERIFY2(wrong == 0,
                 qPrintable(QStringLiteral("%1 lines highlighted differently, first %2").arg(wrong).arg(firstWrong)));
        // The comparison compared something: the reference did highlight.
        int formatted = 0;
        for (QTextBlock b = fresh.begin(); b.isValid(); b = b.next())
            formatted += b.layout()->formats().isEmpty() ? 0 : 1;
        QVERIFY(formatted > fresh.blockCount() / 2);
    }

    void keystrokeCostWithHighlighting()
    {
        // The benchmark's measurement, on a 1,400-line document with tables,
        // fences and prose.
        QStringList lines;
        while (lines.size() < 1400) {
            lines << QStringLiteral("## Section %1").arg(lines.size()) << QString()
                  << QStringLiteral("Some *prose* with `code` and a [link](https://example.org).") << QString()
                  << QStringLiteral("| Field | Value |") << QStringLiteral("|-------|-------|")
                  << QStringLiteral("| **Owner** | Ann |") << QString() << QStringLiteral("```mermaid")
                  << QStringLiteral("graph LR; A-->B") << QStringLiteral("```") << QString();
        }
        lines = lines.mid(0, 1400);
        KSyntaxHighlighting::Repository highlighting;
        const KeystrokeTiming timing =
            HighlightBenchmark::measureKeystroke(highlighting, lines.join(QLatin1Char('\n')), 30);
        QCOMPARE(timing.lines, 1400);
        QCOMPARE(timing.samples, 30);
        QVERIFY(timing.medianMs > 0);
        qInfo("keystroke with highlighting on 1,400 lines: median %.2f ms, max %.2f ms", timing.medianMs, timing.maxMs);
        // Generous bound: a keystroke must never cost a visible frame on its own.
        QVERIFY2(timing.medianMs < 50, qPrintable(QString::number(timing.medianMs)));
    }
};

QTEST_MAIN(TestUiEditor)
#include "tst_ui_editor.moc"
