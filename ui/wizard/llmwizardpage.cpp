#include "llmwizardpage.h"

#include "answers.h"

#include <QFormLayout>

namespace arckit {

LlmWizardPage::LlmWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("LLM and GenAI operations"),
                  tr("How the language model is chosen, prompted, guarded and paid for."), parent)
{
    QFormLayout *model = addGroup(tr("Model"));
    addSuggestions(model, QStringLiteral("llmProvider"), tr("&Provider"),
                   {QStringLiteral("Azure OpenAI"), QStringLiteral("OpenAI"), QStringLiteral("Anthropic"),
                    QStringLiteral("AWS Bedrock"), QStringLiteral("Google Vertex AI"), tr("Self-hosted open model")},
                   Required::Yes);
    addText(model, QStringLiteral("llmModel"), tr("&Model"), Required::No, tr("e.g. the model name and version"));
    addSuggestions(model, QStringLiteral("promptManagement"), tr("Prompt mana&gement"),
                   {tr("Versioned prompt templates in Git"), QStringLiteral("MLflow Prompt Registry"),
                    QStringLiteral("LangSmith"), QStringLiteral("PromptLayer")});
    addList(model, QStringLiteral("guardrails"), tr("G&uardrails"), Required::No,
            tr("e.g. PII redaction, toxicity filter, prompt-injection detection, grounding check"));

    QFormLayout *rag = addGroup(tr("Retrieval (RAG)"));
    addSuggestions(rag, QStringLiteral("vectorStore"), tr("&Vector store"),
                   {tr("None"), QStringLiteral("pgvector"), QStringLiteral("OpenSearch"),
                    QStringLiteral("Azure AI Search"), QStringLiteral("Pinecone"), QStringLiteral("Weaviate")});
    addText(rag, QStringLiteral("embeddingModel"), tr("&Embedding model"));

    QFormLayout *cost = addGroup(tr("Cost"));
    addText(cost, QStringLiteral("tokenBudget"), tr("&Token budget"), Required::No,
            tr("e.g. 2M tokens per day, £500 per month"));
    body()->addStretch();
}

void LlmWizardPage::store(Answers &answers) const
{
    AnswersPage::store(answers);
    // Reaching this page means the strategy covers LLM operations.
    answers.llmOperations = true;
}

} // namespace arckit
