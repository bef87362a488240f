#pragma once
// The interactive part of the mlops command: eight pages that take the
// answers pre-filled from the project's documents (or from a re-opened
// document), let a person check and complete them, and show the summary and
// validation checklist of the document about to be generated. It produces a
// plain Answers value; generating and saving is the caller's business.

#include "answers.h"
#include "projectanalysis.h"

#include <QWizard>

#include <memory>

class QListWidget;
class QListWidgetItem;

namespace KSyntaxHighlighting {
class Repository;
}

namespace arckit {

class SourceViewer;
struct WizardState;

class MlopsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ProjectPage,
        UseCasePage,
        MaturityPage,
        GovernancePage,
        PlatformPage,
        MonitoringPage,
        LlmPage,
        ReviewPage
    };
    Q_ENUM(PageId)

    // initial: usually analysis.defaultAnswers(), or the answers of a re-opened
    // document; its sources name where pre-filled values came from. The
    // analysis is copied; its global pointer must stay valid while the wizard lives.
    MlopsWizard(const ProjectAnalysis &analysis, const Answers &initial, QWidget *parent = nullptr);
    ~MlopsWizard() override;

    // The edited value, including the page being shown.
    Answers answers() const;

    // Shows one page: walks there with Next from the first page when the
    // answers allow it (so Back works), else starts at it directly. For
    // screenshots and for jumping to a page from elsewhere.
    void showPage(PageId id);
    // Goes Back to the page of a field (an Answers property name, "models" or
    // "dataSources") and puts the focus on it; false when that page has not
    // been visited (it is ahead, or skipped).
    bool goToField(const QString &field);

    static QString pageTitle(PageId id);

    // Goes to a page from the step list: Back to a page already reached, or
    // Next through the pages before it as far as their answers allow (the
    // page that stops the walk is shown, saying what it needs). False when
    // the page is not reached.
    bool jumpTo(PageId id);
    // Whether a person changed any answer since the wizard opened.
    bool isChanged() const { return m_changed; }

    // The highlighting the source viewer uses (the main window's); without
    // one the wizard loads its own the first time a source is opened.
    void setHighlighting(KSyntaxHighlighting::Repository *repository) { m_highlighting = repository; }
    // Opens a source ("projects/001-x/ARC-001-REQ-v1.0.md:42", relative to the
    // repository root) read-only at its line, beside the wizard. Null, with a
    // message saying why, when the file cannot be read.
    SourceViewer *openSource(const QString &source);

    // Cancel, Escape and the window's close button: asks first when answers
    // were changed, so that they are not lost by a stray key.
    void reject() override;

Q_SIGNALS:
    // A source viewer was opened on path (absolute) at line.
    void sourceOpened(const QString &path, int line);

private:
    void updateSteps();
    void onStepClicked(QListWidgetItem *item);

    std::unique_ptr<WizardState> m_state; // pages keep a pointer to it
    QListWidget *m_steps;
    bool m_changed = false;
    KSyntaxHighlighting::Repository *m_highlighting = nullptr;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_ownHighlighting;
};

} // namespace arckit
