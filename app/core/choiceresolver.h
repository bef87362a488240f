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
#include "wordindex.h"

namespace arckit {

class ChoiceResolver
{
public:
    enum class Subject { Platform, LlmProvider, LlmModel, EmbeddingModel, VectorStore };

    explicit ChoiceResolver(const ProfileDocuments &documents);

    DecidedChoice resolve(Subject subject) const;
    // Every LLM provider that an ADR or a research recommendation names (or a
    // requirement mandates), from resolve(Subject::LlmProvider): real designs
    // put two behind one adaptor.
    static QList<Candidate> recommendedProviders(const DecidedChoice &providers);

    // A requirement that mandates one cloud for the platform settles the other
    // choices the research left open between clouds: of the candidates
    // recommended or decided, the one of the mandated cloud, when it is the
    // only one ("Azure OpenAI" beside "AWS Bedrock" under "all AI services on
    // Azure"). Does nothing when the platform is not mandated or the choice
    // is already decided.
    static void narrowToMandatedCloud(DecidedChoice &choice, const DecidedChoice &platform);
    // The cloud a requirement mandates for the platform ("Azure"); empty when none does.
    static QString mandatedCloud(const DecidedChoice &platform);
    // The cloud an option belongs to ("AWS" for "AWS Bedrock"); empty for one
    // that runs anywhere (OpenAI's own API, pgvector).
    static QString cloudFamily(const QString &value);

    // An accepted ADR's decision or a research document's recommendation: the
    // lines that may name what the project uses, as opposed to the options it
    // compared ("### Amazon Rekognition Custom Labels ... Rejected").
    static bool isChoiceStatement(const ProfileDocument &document, int number, const QString &line);

    // The options of a subject named in one line, in order ("Azure ML" for
    // "Azure Machine Learning" or for an Azure hosting mandate).
    static QStringList valuesIn(Subject subject, const QString &line, bool cloudsCount);
    static QStringList valuesIn(Subject subject, const QString &line, const WordSet &words, bool cloudsCount);

private:
    struct Statement
    {
        QString value;
        Authority authority;
        QString source;
        QString reason;
        bool fallback = false; // named as the fallback / secondary option
        bool byCloud = false;  // the platform stood for by its cloud ("AWS"), not named
    };
    QList<Statement> statements(Subject subject) const;

    // A line that names an option of some subject, with the authority of what
    // it says: worked out once, whichever subjects it names.
    struct NamingLine
    {
        int number = 0;
        QString text;
        Authority authority = Authority::Mention;
        QString reason;               // "FR-3 mandates it", "recommended by ARC-001-AWRS-v1.0.md"
        bool hosting = false;         // a mandate about where the system or its AI runs
        bool fallback = false;        // names a fallback / secondary option
        QString researchFamily;       // the platform a cloud's own research document is about
        quint8 subjects = 0;          // a bit (1 << Subject) per subject whose options it may name
        WordSet words{QStringView()}; // the line's words, to skip the options it cannot name
    };

    const ProfileDocuments &m_documents;
    // Per document, the lines that name an option of any subject, found by
    // the document's word index, so that the five subjects' scans look only
    // at the few lines that can matter.
    QList<QList<NamingLine>> m_namingLines;
};

} // namespace arckit
