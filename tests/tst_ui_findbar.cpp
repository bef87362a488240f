// Find and replace in the editor: the options on their own (a FindBar on a
// plain editor), then the real main window: Ctrl+F and Ctrl+H open the bar,
// F3 / Shift+F3 move between matches, Replace All is one undo step, Escape
// closes the bar and gives the focus back to the editor.

#include "document/documentsession.h"
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "mainwindow/documentview.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "repositorybuilder.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace arckit;

namespace {

const QString kText = QStringLiteral("# Model Monitoring\n"
                                     "Monitor drift daily. model drift and Model drift differ.\n"
                                     "The monitoring job runs at 02:00 and 14:00.\n"
                                     "Remodel nothing.\n");

} // namespace

class TestUiFindBar : public QObject
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

    void replaceAllOptions_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("regularExpression");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("mustContain");

        QTest::newRow("plain, any case") << "model"
                                         << "M" << false << false << false << 4 << "ReM nothing";
        QTest::newRow("match case") << "Model"
                                    << "M" << true << false << false << 2 << "model drift and M drift";
        QTest::newRow("whole words") << "model"
                                     << "M" << false << true << false << 3 << "Remodel nothing";
        QTest::newRow("whole words, match case") << "model"
                                                 << "M" << true << true << false << 1 << "M drift and Model drift";
        QTest::newRow("regular expression with a group")
            << "(\\d\\d):00"
            << "\\1h" << false << false << true << 2 << "runs at 02h and 14h";
        QTest::newRow("regular expression, whole words") << "monitor\\w*"
                                                         << "watch" << false << true << true << 3 << "# Model watch";
        QTest::newRow("nothing to replace") << "absent"
                                            << "x" << false << false << false << 0 << "Remodel";
    }

    void replaceAllOptions()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(bool, regularExpression);
        QFETCH(int, count);
        QFETCH(QString, mustContain);

        QPlainTextEdit editor;
        editor.setPlainText(kText);
        FindBar bar(&editor);
        bar.openReplace();
        bar.findField()->setText(find);
        bar.replaceField()->setText(replace);
        bar.matchCaseBox()->setChecked(matchCase);
        bar.wholeWordsBox()->setChecked(wholeWords);
        bar.regularExpressionBox()->setChecked(regularExpression);
        QCOMPARE(bar.replaceAll(), count);
        QVERIFY2(editor.toPlainText().contains(mustContain), qPrintable(editor.toPlainText()));
        // One undo step takes every replacement back.
        editor.undo();
        QCOMPARE(editor.toPlainText(), kText);
    }

    void invalidExpressionSaysSo()
    {
        QPlainTextEdit editor;
        editor.setPlainText(kText);
        FindBar bar(&editor);
        bar.openFind();
        bar.regularExpressionBox()->setChecked(true);
        bar.findField()->setText(QStringLiteral("(unclosed"));
        QVERIFY(!bar.findNext());
        QVERIFY(bar.status().startsWith(QLatin1String("Invalid expression")));
        QCOMPARE(bar.replaceAll(), 0);
        QCOMPARE(editor.toPlainText(), kText);
    }

    void findNextWrapsAndPreviousGoesBack()
    {
        QPlainTextEdit editor;
        editor.setPlainText(kText);
        FindBar bar(&editor);
        bar.openFind();
        bar.findField()->setText(QStringLiteral("drift"));
        QVERIFY(bar.findNext());
        const int first = editor.textCursor().selectionStart();
        QVERIFY(bar.findNext());
        QVERIFY(bar.findNext());
        QVERIFY(editor.textCursor().selectionStart() > first);
        QVERIFY(bar.findNext()); // three matches: the fourth search wraps to the first
        QCOMPARE(editor.textCursor().selectionStart(), first);
        QVERIFY(bar.status().contains(QLatin1String("top")));
        QVERIFY(bar.findPrevious()); // and back, wrapping from the end
        QVERIFY(editor.textCursor().selectionStart() > first);
        bar.findField()->setText(QStringLiteral("absent"));
        QVERIFY(!bar.findNext());
        QCOMPARE(bar.status(), QStringLiteral("Not found"));
    }

    // The real main window, keyboard only.
    void mainWindowKeyboard()
    {
        test::RepositoryBuilder repository;
        repository.document(QStringLiteral("projects/001-a/ARC-001-REQ-v1.0.md"), QStringLiteral("Requirements"));
        QTemporaryDir recovery;
        MainWindow window(m_highlighting, recovery.path());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = repository.write(QStringLiteral("projects/001-a/ARC-001-MLOPS-v1.0.md"), kText);
        QSignalSpy updated(&window, &MainWindow::repositoryUpdated);
        QVERIFY(window.openRepository(repository.root()));
        QVERIFY(updated.wait(30000));
        QVERIFY(window.fileActions()->openDocument(path));
        MarkdownEditor *editor = window.editor();
        FindBar *bar = window.findChild<DocumentView *>()->findBar();
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());

        // Ctrl+F opens the bar on the word at the cursor, focused.
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isReplaceVisible());
        QTRY_VERIFY(bar->findField()->hasFocus());
        bar->findField()->selectAll();
        QTest::keyClicks(bar->findField(), QStringLiteral("drift"));
        QVERIFY(editor->textCursor().selectedText().compare(QLatin1String("drift"), Qt::CaseInsensitive) == 0);
        const int first = editor->textCursor().selectionStart();

        // F3 goes on, Shift+F3 back.
        QTest::keyClick(bar->findField(), Qt::Key_F3);
        QVERIFY(editor->textCursor().selectionStart() > first);
        QTest::keyClick(bar->findField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(editor->textCursor().selectionStart(), first);

        // Escape closes the bar; the editor has the focus again.
        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QTRY_VERIFY(editor->hasFocus());

        // Ctrl+H: replace; Replace All is one undo step, and undoing it leaves the text as it was.
        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->isReplaceVisible());
        bar->findField()->setText(QStringLiteral("drift"));
        bar->replaceField()->setText(QStringLiteral("skew"));
        QCOMPARE(bar->replaceAll(), 3);
        QVERIFY(!editor->toPlainText().contains(QLatin1String("drift")));
        QVERIFY(window.session()->isModified());
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), kText);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
        QCOMPARE(editor->toPlainText().count(QLatin1String("skew")), 3);
        editor->undo();

        // The Edit menu lists the four commands.
        QStringList shortcuts;
        for (QAction *action :
             {bar->findAction(), bar->replaceAction(), bar->findNextAction(), bar->findPreviousAction()})
            shortcuts << action->shortcut().toString(QKeySequence::PortableText);
        QCOMPARE(shortcuts, (QStringList{"Ctrl+F", "Ctrl+H", "F3", "Shift+F3"}));
        window.session()->setModified(false);
    }
};

QTEST_MAIN(TestUiFindBar)
#include "tst_ui_findbar.moc"
