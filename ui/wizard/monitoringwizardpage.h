#pragma once
// Page 6: model monitoring (drift, performance, fairness), retraining
// triggers and the deployment strategy with its rollback criteria. Goes on to
// the LLM/GenAI page only when GenAI was chosen or detected.

#include "answerspage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace arckit {

class MonitoringWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit MonitoringWizardPage(WizardState *state, QWidget *parent = nullptr);

    void load(const Answers &answers) override;
    QStringList problems() const override;
    int nextId() const override;

private:
    void updateDependentFields();

    QComboBox *m_fairness;
    QLineEdit *m_groups;
    QLineEdit *m_fairnessThreshold;
    QLineEdit *m_fairnessFrequency;
    QCheckBox *m_scheduled = nullptr;
    QLineEdit *m_schedule;
    QComboBox *m_strategy;
    QLineEdit *m_split;
};

} // namespace arckit
