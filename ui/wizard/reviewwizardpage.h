#pragma once
// Page 8: the summary the mlops command prints (Phase 5) and the validation
// checklist of the document about to be generated: the answers are rendered
// and validated as they stand, and every finding is listed with its severity.

#include "answerspage.h"
#include "validationfinding.h"

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace arckit {

class ReviewWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit ReviewWizardPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;

    // The document as it would be generated now, and what validating it found.
    QString markdown() const { return m_markdown; }
    ValidationFindings findings() const { return m_findings; }

private:
    QTextBrowser *m_summary;
    QLabel *m_count;
    QTreeWidget *m_checklist;
    QString m_markdown;
    ValidationFindings m_findings;
};

} // namespace arckit
