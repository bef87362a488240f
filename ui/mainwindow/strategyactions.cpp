// FileActions, continued: the MLOps strategy itself. New (the wizard on the
// selected project), revising the open document with the wizard, regenerating it
// and inserting missing reference sections.
#include "fileactions.h"

#include "document/documentsession.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "repositoryscanner.h"
#include "sectiongaps.h"
#include "strategygenerator.h"
#include "wizard/mlopswizard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace arckit {

std::optional<Answers> FileActions::runWizard(const ProjectAnalysis &analysis, const Answers &initial)
{
    MlopsWizard wizard(analysis, initial, m_window);
    wizard.setHighlighting(&m_window->highlighting());
    const bool accepted = wizard.exec() == QDialog::Accepted;
    // The wizard had the keyboard; without this, Ctrl+N and Ctrl+W wait for a click in the window.
    m_window->restoreFocus();
    if (!accepted)
        return std::nullopt;
    return wizard.answers();
}

bool FileActions::newDocument()
{
    const ProjectAnalysis *analysis = m_window->currentAnalysis();
    if (!analysis || analysis->project.isGlobal()) {
        QMessageBox::information(m_window, tr("New MLOps Strategy"),
                                 tr("Select a project in the project tree first (000-global holds cross-project "
                                    "policies and gets no MLOps strategy)."));
        return false;
    }
    if (!maybeSave())
        return false;
    const QString projectId = analysis->project.id;
    // The wizard starts from the latest version's answers, as the command line does.
    const StrategyGenerator generator(*analysis, m_window->repositoryRoot());
    if (!generator.previousProblem().isEmpty()) {
        QMessageBox::critical(m_window, tr("New MLOps Strategy"),
                              tr("The latest version could not be read, so a new one would lose its history: %1")
                                  .arg(generator.previousProblem()));
        return false;
    }
    const std::optional<Answers> answers = runWizard(*analysis, generator.startingAnswers());
    // The wizard is modal; a rescan may have replaced the snapshot meanwhile.
    const RepositorySnapshotPtr snapshot = m_window->snapshot();
    const ProjectAnalysis *current = snapshot ? snapshot->analysis(projectId) : nullptr;
    if (!answers || !current)
        return false;
    QString error;
    if (!generateDocument(*current, *answers, &error)) {
        QMessageBox::critical(m_window, tr("New MLOps Strategy"),
                              tr("The document could not be generated: %1").arg(error));
        return false;
    }
    return true;
}

bool FileActions::generateDocument(const ProjectAnalysis &analysis, const Answers &answers, QString *error)
{
    const StrategyDocument result = StrategyGenerator(analysis, m_window->repositoryRoot()).generate(answers);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    m_window->session()->newDocument(result.markdown, analysis.project.id, m_window->repositoryRoot(), answers);
    m_window->statusBar()->showMessage(
        tr("Generated the MLOps strategy for %1; Save writes %2")
            .arg(analysis.project.dirName, DocumentSession::nextFileName(analysis.project)),
        8000);
    updateActions();
    return true;
}

bool FileActions::insertSections(const QStringList &keys)
{
    DocumentSession *session = m_window->session();
    if (!session->isOpen() || keys.isEmpty())
        return false;
    const QString current = session->text();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    Answers answers = session->answers() ? *session->answers() : session->revisable().answers();
    // A document outside any repository: the template with its answers alone.
    ProjectAnalysis outside;
    outside.project.id = session->projectId();
    const StrategyDocument generated =
        StrategyGenerator(analysis ? *analysis : outside, analysis ? m_window->repositoryRoot() : QString())
            .generateLike(current, answers);
    if (!generated.ok()) {
        QMessageBox::critical(m_window, tr("Insert Sections"),
                              tr("The template could not be rendered: %1").arg(generated.error));
        return false;
    }
    const SectionInsertion insertion = SectionGaps::insert(current, generated.markdown, keys);
    if (insertion.inserted.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Nothing to insert: the document already has those sections."), 6000);
        return false;
    }
    session->replaceText(insertion.text);
    m_window->statusBar()->showMessage(
        tr("Inserted %n section(s): %1. Undo removes them.", nullptr, int(insertion.inserted.size()))
            .arg(insertion.inserted.join(QStringLiteral(", "))),
        10000);
    // Show the first one.
    const MarkdownOutline outline = MarkdownOutline::parse(insertion.text);
    for (const MarkdownHeading &heading : outline.headings()) {
        if (heading.text == insertion.inserted.constFirst()) {
            m_window->editor()->goToLine(heading.line);
            break;
        }
    }
    return true;
}

std::optional<Answers> FileActions::answersForRevision(const ProjectAnalysis &analysis) const
{
    const auto &answers = m_window->session()->answers();
    if (answers)
        return answers;
    // No embedded answers: the project's defaults, with what the document's
    // own text says laid over them.
    Answers result = analysis.defaultAnswers();
    if (m_window->session()->isRevision() && !m_window->session()->filePath().isEmpty()) {
        const RevisableDocument document = m_window->session()->revisable();
        for (const InferredAnswer &inferred : document.inference().values)
            result.setValue(inferred.field, document.answers().value(inferred.field));
    }
    return result;
}

QStringList FileActions::handEditedSections() const
{
    DocumentSession *session = m_window->session();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!analysis || !session->answers())
        return {};
    return StrategyGenerator(*analysis, m_window->repositoryRoot())
        .editedSections(session->text(), *session->answers());
}

bool FileActions::regenerate(const Answers &newAnswers, bool keepEdits, QStringList *editedSections, QString *error)
{
    DocumentSession *session = m_window->session();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!analysis) {
        if (error)
            *error = tr("the document's project is not in the open repository");
        return false;
    }
    const Answers oldAnswers = answersForRevision(*analysis).value_or(Answers{});
    const Regeneration regenerated = StrategyGenerator(*analysis, m_window->repositoryRoot())
                                         .regenerate(session->text(), oldAnswers, newAnswers, keepEdits);
    if (!regenerated.document.ok()) {
        if (error)
            *error = regenerated.document.error;
        return false;
    }
    if (editedSections)
        *editedSections = regenerated.editedSections;
    session->replaceText(regenerated.document.markdown);
    session->setAnswers(newAnswers);
    m_window->updateValidationContext();
    return true;
}

bool FileActions::revise()
{
    DocumentSession *session = m_window->session();
    const ProjectAnalysis *analysis = m_window->sessionAnalysis();
    if (!session->isOpen() || !session->isMlopsDocument() || !analysis)
        return false;
    const QString projectId = analysis->project.id;
    const std::optional<Answers> newAnswers = runWizard(*analysis, *answersForRevision(*analysis));
    if (!newAnswers || !m_window->sessionAnalysis() || m_window->sessionAnalysis()->project.id != projectId)
        return false;

    bool keepEdits = true;
    const QStringList edited = handEditedSections();
    if (!edited.isEmpty() || !session->answers()) {
        QMessageBox box(QMessageBox::Question, tr("Regenerate Document"), QString(), QMessageBox::NoButton, m_window);
        if (!session->answers())
            box.setText(tr("This document has no embedded wizard answers, so every section looks edited by hand. "
                           "Regenerating can keep all of them (only Document Control changes) or replace them."));
        else
            box.setText(tr("These sections were edited by hand since the document was generated:\n\n• %1\n\n"
                           "Keep your edits, or replace them with text generated from the new answers?")
                            .arg(edited.join(QStringLiteral("\n• "))));
        QPushButton *keep = box.addButton(tr("&Keep My Edits"), QMessageBox::AcceptRole);
        QPushButton *replace = box.addButton(tr("&Replace Them"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == replace)
            keepEdits = false;
        else if (box.clickedButton() != keep)
            return false;
    }
    QString error;
    if (!regenerate(*newAnswers, keepEdits, nullptr, &error)) {
        QMessageBox::critical(m_window, tr("Regenerate Document"),
                              tr("The document could not be regenerated: %1").arg(error));
        return false;
    }
    m_window->statusBar()->showMessage(
        keepEdits && !edited.isEmpty()
            ? tr("Regenerated; %n hand-edited section(s) kept. Undo restores the previous text.", nullptr,
                 int(edited.size()))
            : tr("Regenerated. Undo restores the previous text."),
        8000);
    return true;
}

} // namespace arckit
