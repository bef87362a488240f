#pragma once
// Page 1: the chosen project and what was found in it (documents, missing
// prerequisites, external documents, problems), and the Document Control
// fields a person supplies, remembered between documents. A missing
// requirements document is warned about as the mlops command does, and the
// page goes on only once the person confirms.

#include "answerspage.h"

class QCheckBox;
class QComboBox;
class QListWidget;

namespace arckit {

class ProjectWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit ProjectWizardPage(WizardState *state, QWidget *parent = nullptr);

    // The security classification scale of a jurisdiction ("uk-gov", "mod",
    // "commercial"); the UK Government one when it is not known.
    static QStringList classificationScale(const QString &regime);

    void load(const Answers &answers) override;
    QStringList problems() const override;
    bool validatePage() override;

    // Shows the scale of this jurisdiction (the governance page chooses it later).
    void setRegime(const QString &regime);

    QCheckBox *requirementsConfirmation() const { return m_confirm; }

private:
    QString jurisdiction(const Answers &answers) const;
    void fillScale(const QString &regime);

    QComboBox *m_classification = nullptr;
    QCheckBox *m_confirm = nullptr;
    QString m_regime; // the jurisdiction whose scale is shown; empty when unknown
};

} // namespace arckit
