#pragma once
// The wizard answers a document not made by this app implies, read from its
// own text where the text is unambiguous: the current and target MLOps
// maturity levels, the risk level, the ML platform, the governance regime,
// the models of its inventory table and whether it describes LLM/GenAI use
// (decided as the validator decides it, so that the gap view and the
// validator agree on whether the LLM/GenAI section applies).
// Every inferred value names the line it came from; a field the document
// states two different ways is reported as ambiguous instead of guessed.

#include "answers.h"
#include "markdownoutline.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

struct InferredAnswer
{
    QString field;    // an Answers field name: "currentMaturity", "riskLevel", "models" (one per model), ...
    QString value;    // as shown to the user: "1", "High", "SageMaker", "uk-gov", "ML-001 Stop duration (Regression)"
    int line = 0;     // 1-based
    QString evidence; // the line's text, trimmed and shortened
};

struct AnswersInferenceResult
{
    Answers answers; // defaults with the inferred values set
    QList<InferredAnswer> values;
    QStringList ambiguous; // "riskLevel: High (line 40) or Medium (line 212)"
};

class AnswersInference
{
public:
    static AnswersInferenceResult infer(const MarkdownOutline &outline);
};

} // namespace arckit
