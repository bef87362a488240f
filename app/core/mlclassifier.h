#pragma once
// Decides whether an MLOps strategy has to cover a requirement, and records the
// evidence (matched terms, whole words, case rules such as "AI" only in
// capitals so that "maintain" and "said" never match).
//
// The decision is a weighted score against a threshold, so that it can be
// explained line by line:
//  - ML vocabulary (machine learning, LLM, RAG, inference, bias testing, ...),
//    matched as whole words; short acronyms only as upper-case words;
//  - a term in the title counts double: it names the requirement's subject;
//  - cross-reference fields (Relates To, Aligns With, Traces To, Dependencies,
//    Priority, ...) count nothing, a Rationale counts half;
//  - "AI" qualifying a business noun ("AI spending") counts as body text;
//  - generic platform requirements (SSO, backups, WCAG, encryption, ...) whose
//    title names no ML term keep only a quarter of their body score, so a
//    passing mention of the AI system does not make them ML work;
//  - an ML sub-code in the ID (FR-ML-001) decides on its own;
//  - the statement (Description, Requirement, or a body's first line) says
//    what the requirement is about: a specific capability it names (OCR,
//    speaker diarisation, a system term) counts in full even under a generic
//    or business title, and a sentence that constrains an ML subject
//    ("if the AI service is unavailable, fall back to ...") counts on its
//    own; what follows "including", "such as" or "e.g." is in passing;
//  - the field named as a topic ("AI guidance", "GenAI policy", "courses in
//    machine learning", "procurement of AI") is no model the system runs and
//    counts nothing.

#include "requirement.h"

namespace arckit {

class MlClassifier
{
public:
    // Score at or above which a requirement is ML-related.
    static constexpr double Threshold = 3.0;

    // Sets requirement.ml and requirement.evidence.
    void classify(Requirement &requirement) const;
    void classify(Requirements &requirements) const;

    // The same with the project's own ML vocabulary: phrases naming the
    // system's ML capabilities and its named services or models
    // ("translation", "speech-to-text", "Azure AI Speech", "GPT-4o", "the
    // chatbot"), typically from its ML system profile. A requirement that
    // names one in its title or statement, or constrains one (its latency,
    // accuracy, fallback, recovery, monitoring), is ML-related even without
    // ML words. Empty terms give classify(requirements).
    void classify(Requirement &requirement, const QStringList &systemTerms) const;
    // actorNames: what the documents call the part that runs the models
    // ("the assistant"); a requirement that asks it to act is ML work.
    // Model names ("risk model") name the system's own models: the ML subject wherever they are said.
    void classify(Requirements &requirements, const QStringList &systemTerms, const QStringList &actorNames = {},
                  const QStringList &modelNames = {}) const;

    // The score behind the decision (the same rules as classify()).
    double score(const Requirement &requirement) const;
    double score(const Requirement &requirement, const QStringList &systemTerms) const;

    // The ML terms found in a text with the case and whole-word rules, each
    // named once ("machine learning", "LLM"): what a plain keyword match sees.
    static QStringList matchedTerms(const QString &text);

    // A sentence that says the system uses no model ("No statistical or
    // machine-learned model is used", "no machine learning components are to
    // be introduced", "it will not host or run the tools itself"): its words
    // of ML are what the system does without. wholeSystem: no model of any
    // kind is used or built; not when only generative AI is ruled out ("No
    // generative AI will be built into the Hub") or only hosting ("will not
    // host the models itself": a provider may run them).
    struct NoModelDeclaration
    {
        QString sentence; // empty: none
        bool wholeSystem = false;
        bool isEmpty() const { return sentence.isEmpty(); }
    };
    static NoModelDeclaration noModelDeclared(QStringView text);

    // Whether a sentence keeps data for training the models ("five years of
    // claims with their outcomes MUST be available for training"), not for
    // training staff.
    static bool keepsDataForTraining(QStringView sentence);

    // Whether the last classification found the requirement ML because it
    // asks the system's AI to act ("the assistant MUST produce a summary"):
    // what it asks for is then the AI's work.
    static bool asksTheAiToAct(const Requirement &requirement);
};

} // namespace arckit
