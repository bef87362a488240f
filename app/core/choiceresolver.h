#pragma once
// Settles the choices a strategy names (the ML platform, the LLM provider and
// model, the embedding model, the vector store) by the authority of the
// documents that state them: a requirement or constraint that mandates an
// option, then an accepted ADR's chosen option, then a research document's
// recommendation, then mere mentions. When the strongest statements point
// different ways, nothing is decided and every candidate is offered with its
// source. Which file came first never matters.

#include "mlsystemprofile.h"
#include "profiledocument.h"

namespace arckit {

class ChoiceResolver
{
public:
    enum class Subject { Platform, LlmProvider, LlmModel, EmbeddingModel, VectorStore };

    explicit ChoiceResolver(const ProfileDocuments &documents);

    DecidedChoice resolve(Subject subject) const;
    // Every LLM provider that an ADR or a research recommendation names (or a
    // requirement mandates): real designs put two behind one adaptor.
    QList<Candidate> recommendedProviders() const;

    // The options of a subject named in one line, in order ("Azure ML" for
    // "Azure Machine Learning" or for an Azure hosting mandate).
    static QStringList valuesIn(Subject subject, const QString &line, bool cloudsCount);

private:
    struct Statement
    {
        QString value;
        Authority authority;
        QString source;
        QString reason;
        bool fallback = false; // named as the fallback / secondary option
    };
    QList<Statement> statements(Subject subject) const;

    const ProfileDocuments &m_documents;
    // Per document, the lines (1-based numbers) that name any option of any
    // subject. Found once with one expression, so the five subjects' scans
    // look closer only at the few lines that can matter.
    QList<QList<int>> m_namesAnOption;
};

} // namespace arckit
