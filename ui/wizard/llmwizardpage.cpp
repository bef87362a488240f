#include "llmwizardpage.h"

#include "answers.h"
#include "choiceresolver.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace arckit {

namespace {

QStringList providers()
{
    return {QStringLiteral("Azure OpenAI"),     QStringLiteral("OpenAI"),
            QStringLiteral("Anthropic"),        QStringLiteral("AWS Bedrock"),
            QStringLiteral("Google Vertex AI"), LlmWizardPage::tr("Self-hosted open model")};
}

} // namespace

LlmWizardPage::LlmWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("LLM and GenAI operations"),
                  tr("How the language models are chosen, prompted, guarded and paid for."), parent)
{
    QFormLayout *model = addGroup(tr("Models"));
    QComboBox *provider =
        addSuggestions(model, QStringLiteral("llmProvider"), tr("&Provider"), providers(), Required::Yes);
    addCandidates(model, state->analysis.profile.llmProvider, provider, tr("LLM providers"));
    QLineEdit *llmModel =
        addText(model, QStringLiteral("llmModel"), tr("&Model"), Required::No, tr("e.g. the model name and version"));
    addCandidates(model, state->analysis.profile.llmModel, llmModel, tr("models"));
    // Real designs put a second provider behind the same adaptor, for outages and cost.
    addSuggestions(model, QStringLiteral("llmFallbackProvider"), tr("&Fallback provider"), providers());
    addText(model, QStringLiteral("llmFallbackModel"), tr("Fallback mo&del"), Required::No,
            tr("The model used when the primary one is unavailable"));
    addSuggestions(model, QStringLiteral("promptManagement"), tr("Prompt mana&gement"),
                   {tr("Versioned prompt templates in Git"), QStringLiteral("MLflow Prompt Registry"),
                    QStringLiteral("LangSmith"), QStringLiteral("PromptLayer")});
    addList(model, QStringLiteral("guardrails"), tr("G&uardrails"), Required::No,
            tr("e.g. PII redaction, toxicity filter, prompt-injection detection, grounding check"));

    QFormLayout *rag = addGroup(tr("Retrieval (RAG)"));
    QComboBox *vectorStore =
        addSuggestions(rag, QStringLiteral("vectorStore"), tr("&Vector store"),
                       {tr("None"), QStringLiteral("pgvector"), QStringLiteral("OpenSearch"),
                        QStringLiteral("Azure AI Search"), QStringLiteral("Pinecone"), QStringLiteral("Weaviate")});
    addCandidates(rag, state->analysis.profile.vectorStore, vectorStore, tr("vector stores"));
    QLineEdit *embedding = addText(rag, QStringLiteral("embeddingModel"), tr("&Embedding model"));
    addCandidates(rag, state->analysis.profile.embeddingModel, embedding, tr("embedding models"));

    QFormLayout *cost = addGroup(tr("Cost"));
    addText(cost, QStringLiteral("tokenBudget"), tr("&Token budget"), Required::No,
            tr("e.g. 2M tokens per day, £500 per month"));
    body()->addStretch();
}

bool LlmWizardPage::isLanguageModel(const ModelEntry &model)
{
    for (const QString &text : {model.type, model.capability})
        if (text.contains(QLatin1String("GenAI"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("LLM"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("language model"), Qt::CaseInsensitive))
            return true;
    return model.framework.contains(QLatin1String("Foundation model"), Qt::CaseInsensitive);
}

void LlmWizardPage::load(const Answers &answers)
{
    AnswersPage::load(answers);
    carryFromInventory(answers);
}

void LlmWizardPage::carryFromInventory(const Answers &answers)
{
    // The language models of the inventory, in its order: the first is the
    // primary, the second the fallback.
    QList<const ModelEntry *> models;
    for (const ModelEntry &model : answers.models)
        if (isLanguageModel(model) && !(model.service.isEmpty() && model.name.isEmpty()))
            models.append(&model);
    const struct
    {
        const char *field;
        qsizetype index;
    } targets[] = {{"llmModel", 0}, {"llmFallbackModel", 1}};
    for (const auto &target : targets) {
        const QString field = QLatin1String(target.field);
        auto *edit = findChild<QLineEdit *>(field);
        if (!edit || !edit->text().trimmed().isEmpty() || target.index >= models.size())
            continue;
        const ModelEntry *model = models.at(target.index);
        // Only a text that names a model: "Amazon Bedrock" is the provider, not the model.
        const QString text = model->service.isEmpty() ? model->name : model->service;
        if (ChoiceResolver::valuesIn(ChoiceResolver::Subject::LlmModel, text, false).isEmpty())
            continue;
        edit->setText(text);
        if (auto *hint = findChild<QLabel *>(field + QStringLiteral("Hint"))) {
            hint->setText(tr("From the model inventory (%1)").arg(model->id));
            hint->setToolTip(tr("Entered on the Use case and model type page as %1").arg(model->id));
            hint->show();
        }
    }
}

void LlmWizardPage::store(Answers &answers) const
{
    AnswersPage::store(answers);
    // Reaching this page means the strategy covers LLM operations.
    answers.llmOperations = true;
}

} // namespace arckit
