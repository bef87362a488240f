#pragma once
// Page 3: the current and target MLOps maturity level (0-4) with the
// command's table of what each level means beside the choice; the target may
// not be below the current level.

#include "answerspage.h"

class QComboBox;
class QTableWidget;

namespace arckit {

class MaturityWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit MaturityWizardPage(WizardState *state, QWidget *parent = nullptr);

    QStringList problems() const override;

private:
    void markChoices();

    QComboBox *m_current;
    QComboBox *m_target;
    QTableWidget *m_table;
};

} // namespace arckit
