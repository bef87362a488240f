#pragma once
// Page 7, shown only when GenAI is chosen or detected: the primary LLM
// provider and model and the fallback behind the same adaptor, prompt
// management, guardrails, the RAG components and the token budget. A
// language model named in the use-case page's inventory is carried here
// when the page has none yet.

#include "answerspage.h"

namespace arckit {

struct ModelEntry;

class LlmWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit LlmWizardPage(WizardState *state, QWidget *parent = nullptr);

    void load(const Answers &answers) override;
    void store(Answers &answers) const override;

    // Whether an inventory entry is a language model (its type, capability or framework says so).
    static bool isLanguageModel(const ModelEntry &model);

private:
    void carryFromInventory(const Answers &answers);
};

} // namespace arckit
