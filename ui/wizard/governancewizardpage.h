#pragma once
// Page 4: the governance regime (UK Government, MOD, commercial), the model
// risk level with the criteria of each level beside it, human oversight, ATRS
// (and its tier), the JSP 936 risk class (MOD only) and the DPIA link.

#include "answerspage.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace arckit {

class GovernanceWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit GovernanceWizardPage(WizardState *state, QWidget *parent = nullptr);

    void load(const Answers &answers) override;
    QStringList problems() const override;

Q_SIGNALS:
    void regimeChanged(const QString &regime);

private:
    void updateDependentFields();
    void markRisk();

    QComboBox *m_regime;
    QComboBox *m_risk;
    QComboBox *m_atrs;
    QComboBox *m_atrsTier;
    QComboBox *m_jsp936;
    QTableWidget *m_criteria;
    QLabel *m_riskSuggestion;
};

} // namespace arckit
