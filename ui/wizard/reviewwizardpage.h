#pragma once
// Page 8: the summary the mlops command prints (Phase 5) and the validation
// checklist of the document about to be generated: the answers are rendered
// and validated as they stand, and every finding is listed with its severity.

#include "answerspage.h"
#include "validationfinding.h"

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

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
    // The answer a finding is about ("owner" for "[OWNER]", "mlLead" for
    // "[Name]" on the ML Lead's row); line is the text of the finding's line.
    // Empty when none.
    static QString fieldOf(const ValidationFinding &finding, QStringView line = {});
    // The placeholders left, as the validator reports them.
    int placeholderCount() const { return m_placeholderCount; }
    // The heading of the section each line of markdown lies in (index 0 is
    // line 1); headings in code blocks do not count.
    static QStringList sectionsOfLines(const QString &markdown);

protected:
    // The text of line n (1-based) of the document; empty out of range.
    QStringView lineOf(int n) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // A finding about an answer was activated: the wizard goes to its page.
    void fieldRequested(const QString &field);

private:
    void activate(QTreeWidgetItem *item);

    void listPlaceholders();

    QTextBrowser *m_summary;
    QLabel *m_placeholderSummary;
    QTreeWidget *m_placeholders;
    int m_placeholderCount = 0;
    QLabel *m_count;
    QTreeWidget *m_checklist;
    QString m_markdown;
    QList<qsizetype> m_lineStarts; // offset of each line of m_markdown
    ValidationFindings m_findings;
};

} // namespace arckit
