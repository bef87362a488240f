// The catalogue of the reference MLOps strategy's sections: for each, its key,
// number, title, the other names documents give it, its subsections, the
// keywords that show it in a document's text and when it applies.
#include "referencesections.h"

using namespace Qt::StringLiterals;

namespace arckit {

namespace {

using Condition = ReferenceSection::Condition;

QList<ReferenceSection> makeCatalogue()
{
    auto section = [](int number, const char *key, const char *title, const char *shortName, Condition condition,
                      QStringList subsections, QStringList aliases, QStringList keywords) {
        ReferenceSection s;
        s.key = QString::fromLatin1(key);
        s.number = number;
        s.title = QString::fromUtf8(title);
        s.heading = number > 0 ? QStringLiteral("%1. %2").arg(number).arg(s.title) : s.title;
        s.shortName = QString::fromUtf8(shortName);
        s.condition = condition;
        s.subsections = std::move(subsections);
        s.aliases = std::move(aliases);
        s.keywords = std::move(keywords);
        return s;
    };
    const Condition always = Condition::Always;
    // Keywords are terms a section about the subject cannot avoid; three distinct
    // ones in one section are needed before its text counts as the section.
    return {
        section(1, "overview", "ML System Overview", "Overview", always,
                {u"Business Context"_s, u"MLOps Maturity"_s, u"Key Stakeholders"_s},
                {u"Overview"_s, u"System Overview"_s, u"Executive Summary"_s, u"Summary"_s, u"Introduction"_s,
                 u"Background"_s, u"Business Context"_s, u"System Context"_s, u"Purpose and Scope"_s,
                 u"Use Case Overview"_s, u"ML Use Cases"_s},
                {u"business purpose"_s, u"use case"_s, u"stakeholder"_s, u"maturity"_s, u"user impact"_s,
                 u"business context"_s}),
        section(2, "model-inventory", "Model Inventory", "Inventory", always,
                {u"Model Catalog"_s, u"Model Risk Classification"_s, u"Model Dependencies"_s},
                {u"Inventory"_s, u"Model Catalog"_s, u"Model Catalogue"_s, u"Models"_s, u"Model Portfolio"_s,
                 u"Model Landscape"_s, u"Model Register"_s},
                {u"model id"_s, u"ml-001"_s, u"model catalog"_s, u"model catalogue"_s, u"inventory"_s, u"risk level"_s,
                 u"framework"_s, u"model dependencies"_s}),
        section(3, "data-pipeline", "Data Pipeline", "Data", always,
                {u"Training Data Sources"_s, u"Feature Engineering"_s, u"Feature Store"_s, u"Data Quality Checks"_s,
                 u"Data Versioning"_s},
                {u"Data Pipelines"_s, u"Data Management"_s, u"Data Engineering"_s, u"Feature Engineering"_s,
                 u"Feature Store"_s, u"Data and Features"_s, u"Training Data"_s, u"Data Sources"_s,
                 u"Data Preparation"_s, u"Data Platform"_s, u"Feature Pipeline"_s, u"Data Ingestion"_s},
                {u"feature store"_s, u"feature engineering"_s, u"data quality"_s, u"data versioning"_s, u"dvc"_s,
                 u"delta lake"_s, u"schema validation"_s, u"training data"_s, u"ingestion"_s, u"feast"_s,
                 u"data source"_s}),
        section(4, "training-pipeline", "Training Pipeline", "Training", always,
                {u"Infrastructure"_s, u"Training Pipeline Architecture"_s, u"Experiment Tracking"_s,
                 u"Hyperparameter Optimization"_s, u"Training Triggers"_s},
                {u"Training"_s, u"Model Training"_s, u"Training Infrastructure"_s, u"Model Development"_s,
                 u"Experimentation"_s, u"Experiment Tracking"_s, u"Development Environment"_s},
                {u"experiment tracking"_s, u"mlflow"_s, u"weights & biases"_s, u"hyperparameter"_s, u"optuna"_s,
                 u"gpu"_s, u"training job"_s, u"training pipeline"_s, u"kubeflow"_s}),
        section(5, "model-registry", "Model Registry", "Registry", always,
                {u"Registry Configuration"_s, u"Model Metadata"_s, u"Model Promotion Stages"_s,
                 u"Model Approval Workflow"_s},
                {u"Registry"_s, u"Model Management"_s, u"Model Versioning"_s, u"Model Lifecycle"_s,
                 u"Model Lifecycle Management"_s, u"Model Promotion"_s, u"Model Store"_s, u"Artifact Management"_s},
                {u"model registry"_s, u"promotion"_s, u"staging"_s, u"semantic versioning"_s, u"model version"_s,
                 u"lineage"_s, u"approval workflow"_s}),
        section(6, "serving", "Serving Infrastructure", "Serving", always,
                {u"Deployment Patterns"_s, u"Serving Architecture"_s, u"Serving Platforms"_s,
                 u"Performance Requirements"_s, u"A/B Testing & Canary"_s},
                {u"Serving"_s, u"Model Serving"_s, u"Deployment"_s, u"Model Deployment"_s, u"Inference"_s,
                 u"Inference Infrastructure"_s, u"Deployment Architecture"_s, u"Hosting"_s,
                 u"Deployment and Serving"_s},
                {u"endpoint"_s, u"latency"_s, u"throughput"_s, u"canary"_s, u"a/b test"_s, u"autoscaling"_s,
                 u"auto-scaling"_s, u"kserve"_s, u"batch inference"_s, u"real-time"_s, u"api gateway"_s}),
        section(7, "monitoring", "Model Monitoring", "Monitoring", always,
                {u"Monitoring Architecture"_s, u"Data Drift Monitoring"_s, u"Model Performance Monitoring"_s,
                 u"Fairness Monitoring"_s, u"Prediction Monitoring"_s, u"Monitoring Dashboards"_s},
                {u"Monitoring"_s, u"Observability"_s, u"Monitoring and Observability"_s, u"Model Observability"_s,
                 u"Monitoring and Alerting"_s, u"Performance Monitoring"_s, u"Drift Detection"_s, u"Drift Monitoring"_s,
                 u"Model Health"_s},
                {u"drift"_s, u"psi"_s, u"data drift"_s, u"canonical drift"_s, u"alert"_s, u"dashboard"_s,
                 u"performance monitoring"_s, u"prediction monitoring"_s, u"ks test"_s}),
        section(8, "retraining", "Retraining Strategy", "Retraining", always,
                {u"Retraining Triggers"_s, u"Champion-Challenger Deployment"_s, u"Rollback Procedure"_s},
                {u"Retraining"_s, u"Model Retraining"_s, u"Continuous Training"_s, u"Model Refresh"_s,
                 u"Model Updates"_s, u"Retraining and Rollback"_s, u"Champion Challenger"_s, u"Model Maintenance"_s},
                {u"retrain"_s, u"champion"_s, u"challenger"_s, u"rollback"_s, u"roll back"_s, u"retraining trigger"_s,
                 u"scheduled retraining"_s}),
        section(9, "llm-operations", "LLM/GenAI Operations", "LLM/GenAI", Condition::GenAi,
                {u"LLM Configuration"_s, u"Prompt Management"_s, u"Guardrails & Safety"_s, u"RAG Pipeline Operations"_s,
                 u"Cost Optimization"_s},
                {u"LLM Operations"_s, u"LLMOps"_s, u"GenAI Operations"_s, u"Generative AI"_s,
                 u"Generative AI Operations"_s, u"Large Language Models"_s, u"Foundation Models"_s,
                 u"Prompt Engineering"_s},
                {u"llm"_s, u"prompt"_s, u"guardrail"_s, u"token"_s, u"rag"_s, u"vector store"_s, u"embedding"_s,
                 u"hallucination"_s, u"generative"_s, u"foundation model"_s}),
        section(10, "cicd", "CI/CD for ML", "CI/CD", always,
                {u"Pipeline Architecture"_s, u"Source Control"_s, u"Automated Testing"_s, u"Continuous Training"_s},
                {u"CI/CD"_s, u"Continuous Integration and Delivery"_s, u"Continuous Delivery"_s, u"ML Pipelines"_s,
                 u"Build and Release"_s, u"Release Management"_s, u"DevOps"_s, u"MLOps Pipeline"_s,
                 u"Deployment Pipeline"_s, u"Pipeline Automation"_s, u"Testing and Release"_s},
                {u"ci/cd"_s, u"unit test"_s, u"integration test"_s, u"pytest"_s, u"source control"_s, u"branch"_s,
                 u"continuous integration"_s, u"continuous delivery"_s, u"great expectations"_s}),
        section(11, "governance", "Model Governance", "Governance", always,
                {u"Documentation Requirements"_s, u"Model Card Template"_s, u"Audit Trail"_s, u"Model Retirement"_s},
                {u"Governance"_s, u"ML Governance"_s, u"AI Governance"_s, u"Model Risk Management"_s,
                 u"Governance and Compliance"_s, u"Model Risk Governance"_s, u"Accountability"_s},
                {u"governance"_s, u"audit trail"_s, u"model card"_s, u"approval"_s, u"retirement"_s, u"sign-off"_s,
                 u"risk assessment"_s, u"accountab"_s}),
        section(12, "responsible-ai", "Responsible AI Operations", "Responsible AI", always,
                {u"Bias Detection"_s, u"Explainability"_s, u"Human Oversight"_s, u"Feedback Loop"_s},
                {u"Responsible AI"_s, u"Ethics"_s, u"AI Ethics"_s, u"Ethical AI"_s, u"Fairness"_s,
                 u"Fairness and Bias"_s, u"Trustworthy AI"_s, u"Explainability"_s, u"Human Oversight"_s},
                {u"bias"_s, u"fairness"_s, u"explainab"_s, u"shap"_s, u"lime"_s, u"human oversight"_s,
                 u"human review"_s, u"protected characteristic"_s, u"feedback loop"_s}),
        section(13, "uk-gov-compliance", "UK Government AI Compliance", "UK Gov compliance", Condition::UkGovernment,
                {u"AI Playbook Principles"_s, u"ATRS Requirements"_s, u"JSP 936 Alignment (MOD Only)"_s,
                 u"DPIA Integration"_s},
                {u"UK Government Compliance"_s, u"Government Compliance"_s, u"Regulatory Compliance"_s, u"Compliance"_s,
                 u"Public Sector Compliance"_s, u"AI Playbook Compliance"_s, u"Algorithmic Transparency"_s,
                 u"Legal and Regulatory"_s},
                {u"ai playbook"_s, u"atrs"_s, u"algorithmic transparency"_s, u"jsp 936"_s, u"dpia"_s, u"ico"_s,
                 u"cddo"_s, u"uk gdpr"_s, u"data protection impact"_s, u"equality duty"_s}),
        section(
            14, "costs", "Costs and Resources", "Costs", always, {u"Infrastructure Costs"_s, u"Team Structure"_s},
            {u"Costs"_s, u"Budget"_s, u"Resourcing"_s, u"Resources"_s, u"Cost Management"_s, u"Team and Skills"_s,
             u"FinOps"_s, u"Team Structure"_s, u"Cost Estimates"_s},
            {u"cost"_s, u"budget"_s, u"fte"_s, u"monthly"_s, u"team structure"_s, u"headcount"_s, u"licens"_s, u"£"_s}),
        section(15, "traceability", "Requirements Traceability", "Traceability", always, {},
                {u"Traceability"_s, u"Traceability Matrix"_s, u"Requirements Mapping"_s, u"Requirement Coverage"_s,
                 u"Requirements Coverage"_s, u"Mapping to Requirements"_s},
                {u"traceab"_s, u"requirement id"_s, u"fr-"_s, u"nfr-"_s, u"mlops element"_s}),
        section(0, "document-control", "Document Control", "Document Control", always, {},
                {u"Document Information"_s, u"Document Details"_s, u"Document Metadata"_s, u"Document Properties"_s,
                 u"Document Info"_s},
                {u"document id"_s, u"document type"_s, u"review cycle"_s, u"next review date"_s, u"approved by"_s,
                 u"classification"_s}),
        section(0, "revision-history", "Revision History", "Revisions", always, {},
                {u"Version History"_s, u"Change History"_s, u"Change Log"_s, u"Changelog"_s, u"Document History"_s,
                 u"Revisions"_s, u"Amendment History"_s, u"Change Record"_s},
                {}),
        section(0, "approval", "Approval", "Approval", always, {},
                {u"Approvals"_s, u"Sign-off"_s, u"Sign Off"_s, u"Document Approval"_s, u"Approval and Sign-off"_s,
                 u"Authorisation"_s, u"Endorsement"_s},
                {}),
        section(0, "external-references", "External References", "References", always, {},
                {u"References"_s, u"External Documents"_s, u"Bibliography"_s, u"Related Documents"_s,
                 u"Source Documents"_s, u"Citations"_s, u"Supporting Documents"_s},
                {}),
    };
}

} // namespace

const QList<ReferenceSection> &ReferenceSections::all()
{
    static const QList<ReferenceSection> catalogue = makeCatalogue();
    return catalogue;
}

int ReferenceSections::indexOf(QStringView key)
{
    const QList<ReferenceSection> &catalogue = all();
    for (int i = 0; i < catalogue.size(); ++i) {
        if (catalogue.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace arckit
