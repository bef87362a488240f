#pragma once
// Page 7, shown only when GenAI is chosen or detected: the LLM provider and
// model, prompt management, guardrails, the RAG components and the token
// budget.

#include "answerspage.h"

namespace arckit {

class LlmWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit LlmWizardPage(WizardState *state, QWidget *parent = nullptr);

    void store(Answers &answers) const override;
};

} // namespace arckit
