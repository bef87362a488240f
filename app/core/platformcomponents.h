#pragma once
// The named components of ML platforms (Amazon SageMaker and Bedrock, Vertex
// AI, Azure Machine Learning, Azure AI services and Azure OpenAI, MLflow,
// Kubeflow with KServe) for each concern of the strategy: pipelines, experiment
// tracking, registry, serving, batch inference, monitoring and drift,
// explainability and bias, feature store, CI/CD, LLM evaluation, guardrails.
// The data lives in templates/mlops-platform-components.json (compiled in),
// with the date of the product documentation it reflects; a repository adds or
// replaces platforms with its own .arckit/mlops-platform-components.json.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

struct PlatformEntry
{
    QString name;                   // "Amazon SageMaker and Amazon Bedrock"
    QStringList matches;            // lower-case terms of a platform answer that mean it: "sagemaker", "bedrock"
    QString documentation;          // the product documentation's address
    bool trainsCustomModels = true; // false: ready-made models only (its "pipelines" are prompt flows, not training)
    QHash<QString, QString> components; // concern key -> component; absent: the platform has none

    // The component for a concern ("registry"); empty when the platform has none.
    QString component(const QString &concern) const { return components.value(concern); }
};

class PlatformComponents
{
public:
    static QString repositoryFile(); // ".arckit/mlops-platform-components.json"
    static QStringList concernKeys();

    // The bundled catalogue, with the repository's own file (when repositoryRoot
    // has one) in front of it: its platforms win over bundled ones of the same
    // name and are matched first. A repository file that cannot be read leaves
    // the bundled catalogue and says why in error(). Loaded files are cached by
    // path and modification time, so generating on every keystroke reads nothing.
    static PlatformComponents load(const QString &repositoryRoot = {});
    // A catalogue from JSON text; error() says what was wrong with it.
    static PlatformComponents fromJson(const QByteArray &json, const QString &origin);

    // The platform a free-text answer ("AWS SageMaker", "Vertex AI on GCP")
    // names: the entry with the longest matching term; nullptr when none does.
    const PlatformEntry *find(const QString &platformAnswer) const;

    const QList<PlatformEntry> &platforms() const { return m_platforms; }
    QString documentationDate() const { return m_documentationDate; }
    QString error() const { return m_error; }
    bool isEmpty() const { return m_platforms.isEmpty(); }

private:
    QList<PlatformEntry> m_platforms;
    QString m_documentationDate;
    QString m_error;
};

} // namespace arckit
