// Revising a document written by another tool in the real main window: the
// Revision panel shows its version, inferred answers and gap view; two
// missing sections are inserted, one paragraph is edited, and Save writes
// v1.1 beside v1.0 through the revision dialog, whose diff shows exactly
// those changes. The old file stays byte for byte as it was, and the new one
// keeps its CRLF line breaks.
#include "document/documentsession.h"
#include "editor/markdowneditor.h"
#include "linediff.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "repositorybuilder.h"
#include "revision/diffview.h"
#include "revision/revisiondialog.h"
#include "revision/revisionpanel.h"
#include "revision/sectiongapsmodel.h"

#include <KSyntaxHighlighting/Repository>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

using namespace arckit;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The other tool's document, as a Windows editor would have saved it.
QByteArray otherToolDocument()
{
    QByteArray bytes = readAll(QStringLiteral(ARCKIT_TEST_DATA "/revision/other-tool.md"));
    bytes.replace("ARC-004-MLOPS-v1.0", "ARC-001-MLOPS-v1.0");
    bytes.replace("\n", "\r\n");
    return bytes;
}

} // namespace

class TestUiRevision : public QObject
{
    Q_OBJECT
private:
    KSyntaxHighlighting::Repository m_highlighting;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void insertEditSaveRevision()
    {
        test::RepositoryBuilder repository;
        repository.document(QStringLiteral("projects/001-parcel-routing/ARC-001-REQ-v1.0.md"),
                            QStringLiteral("Requirements"));
        const QByteArray original = otherToolDocument();
        const QString v10 =
            repository.write(QStringLiteral("projects/001-parcel-routing/ARC-001-MLOPS-v1.0.md"), original);
        QTemporaryDir recovery;
        MainWindow window(m_highlighting, recovery.path());
        window.resize(1400, 900);
        window.show();
        QSignalSpy updated(&window, &MainWindow::repositoryUpdated);
        QVERIFY(window.openRepository(repository.root()));
        QVERIFY(updated.wait(30000));
        QVERIFY(window.fileActions()->openDocument(v10));
        DocumentSession *session = window.session();
        QVERIFY(session->isRevision());

        // The panel: version, inferred answers with their lines, the gap view.
        RevisionPanel *panel = window.revisionPanel();
        QVERIFY(panel->hasDocument());
        QAbstractItemModelTester tester(panel->gapsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeWidget *answers = panel->inferredAnswers();
        QVERIFY(answers->topLevelItemCount() >= 4);
        bool risk = false;
        for (int i = 0; i < answers->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = answers->topLevelItem(i);
            if (item->text(0) == QLatin1String("Risk level")) {
                risk = item->text(1) == QLatin1String("Medium") && item->text(2).toInt() > 0;
                // Double-click takes the editor to the line it came from.
                Q_EMIT answers->itemActivated(const_cast<QTreeWidgetItem *>(item), 0);
                QCOMPARE(window.editor()->textCursor().blockNumber() + 1, item->text(2).toInt());
            }
        }
        QVERIFY(risk);
        SectionGapsModel *gaps = panel->gapsModel();
        const QStringList missing = gaps->missingKeys();
        QVERIFY2(missing.contains(QLatin1String("monitoring")), qPrintable(missing.join(QLatin1Char(','))));
        QVERIFY(missing.size() >= 2);

        // Check two missing sections and insert them with one action.
        QStringList chosen{QStringLiteral("monitoring")};
        for (const QString &key : missing)
            if (chosen.size() < 2 && key != QLatin1String("monitoring"))
                chosen.append(key);
        for (int row = 0; row < gaps->rowCount(); ++row) {
            const QModelIndex index = gaps->index(row, SectionGapsModel::SectionColumn);
            if (chosen.contains(index.data(SectionGapsModel::KeyRole).toString()))
                QVERIFY(gaps->setData(index, Qt::Checked, Qt::CheckStateRole));
        }
        QCOMPARE(gaps->checkedKeys().size(), 2);
        QPushButton *insertChecked = nullptr;
        for (QPushButton *button : panel->findChildren<QPushButton *>())
            if (button->text().contains(QLatin1String("Checked")))
                insertChecked = button;
        QVERIFY(insertChecked && insertChecked->isEnabled());
        QTest::mouseClick(insertChecked, Qt::LeftButton);
        QVERIFY(session->text().contains(QLatin1String("\n## Model Monitoring\n")));
        QVERIFY(session->isModified());
        // The gap view follows the text once the live checks have run.
        QTRY_VERIFY_WITH_TIMEOUT(!gaps->missingKeys().contains(QLatin1String("monitoring")), 10000);

        // Edit one paragraph by typing.
        MarkdownEditor *editor = window.editor();
        const QTextBlock block = editor->document()->find(QStringLiteral("Batch scoring runs at 02:00.")).block();
        QVERIFY(block.isValid());
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, QStringLiteral(" It finishes by 04:30."));
        QVERIFY2(session->text().contains(QLatin1String("during the day. It finishes by 04:30.")),
                 qPrintable(editor->textCursor().block().text()));

        // Save: the revision dialog shows the diff and writes v1.1.
        bool dialogChecked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RevisionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->outcome().fileName, QStringLiteral("ARC-001-MLOPS-v1.1.md"));
            QVERIFY(dialog->outcome().summary.startsWith(QLatin1String("Added ")));
            QVERIFY(dialog->outcome().summary.contains(QLatin1String("Revised")));
            DiffView *diff = dialog->diffView();
            QVERIFY(diff->changeCount() >= 4); // control cells, history row, two insertions, the paragraph
            dialog->setSummary(QStringLiteral("Added monitoring and one more section; batch timing"));
            dialogChecked = true;
            dialog->accept();
        });
        QVERIFY(window.fileActions()->save());
        QVERIFY(dialogChecked);

        const QString v11 = repository.path(QStringLiteral("projects/001-parcel-routing/ARC-001-MLOPS-v1.1.md"));
        QCOMPARE(session->filePath(), v11);
        QCOMPARE(readAll(v10), original); // the old version untouched
        const QByteArray written = readAll(v11);
        QVERIFY(!session->isModified());
        // Every unchanged line kept its CRLF; no bare LF appeared.
        QCOMPARE(written.count("\r\n"), written.count("\n"));
        const QString oldText = QString::fromUtf8(original);
        const QString newText = QString::fromUtf8(written);
        QVERIFY(newText.contains(QLatin1String("| 1.1 | ")));
        QVERIFY(newText.contains(QLatin1String("| Added monitoring and one more section; batch timing |")));
        QVERIFY(newText.contains(QLatin1String("| **Status** | DRAFT |")));
        // Exactly: 4 control cells and the paragraph removed; those, a row and the two sections added.
        int removed = 0;
        for (const DiffRun &run : LineDiff::compare(oldText, newText))
            removed += run.kind == DiffRun::Kind::Removed ? run.count : 0;
        QCOMPARE(removed, 5);
        QVERIFY(panel->hasDocument()); // the panel now shows v1.1
    }

    void diffViewAlignsAndCounts()
    {
        DiffView view;
        view.resize(900, 500);
        view.setTexts(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nB\nc\nd\ne\n"), QStringLiteral("old"),
                      QStringLiteral("new"));
        QCOMPARE(view.changeCount(), 2);
        QCOMPARE(view.changedLineCounts(), qMakePair(1, 2));
        // Aligned: both sides have the same number of lines.
        QCOMPARE(view.oldPane()->blockCount(), view.newPane()->blockCount());
        view.setUnified(true);
        QVERIFY(view.isUnified());
        QVERIFY(view.unifiedText().contains(QLatin1String("-b\n+B\n")));
        view.setTexts(QStringLiteral("same\n"), QStringLiteral("same\n"), QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(view.changeCount(), 0);
    }
};

QTEST_MAIN(TestUiRevision)
#include "tst_ui_revision.moc"
