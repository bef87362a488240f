#pragma once
// Page 3: the current and target MLOps maturity level (0-4) with the
// command's table of what each level means beside the choice; the target may
// not be below the current level. The levels the documents suggest arrive
// pre-filled, with their reason and source shown as a suggestion to confirm.

#include "answerspage.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace arckit {

class MaturityWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit MaturityWizardPage(WizardState *state, QWidget *parent = nullptr);

    void load(const Answers &answers) override;
    QStringList problems() const override;

private:
    void markChoices();

    QComboBox *m_current;
    QComboBox *m_target;
    QTableWidget *m_table;
    QLabel *m_suggestion;
};

} // namespace arckit
