#pragma once
// The words MlClassifier weighs: its ML vocabulary with a weight per term, and
// the word lists of its rules (topics, constraints, passing mentions, fields).
// Data only; internal to the engine.

namespace arckit::mlclassification {

// ---------------------------------------------------------------------------
// Vocabulary. Weights: 3 = the term only occurs when ML is the subject
// (inference, RAG, bias testing), 2 = usually ML but also used loosely (AI,
// knowledge base, confidence score), 1 = weak hints (accuracy, chatbot).
// A word written in capitals in the phrase (AI, LLM, RAG) must appear in
// capitals as a whole word: "maintain", "said", "email", "detail" never match.
// ---------------------------------------------------------------------------
struct TermSpec
{
    const char *phrase;
    double weight;
    bool plural; // the last word may take an "s"
};

inline const TermSpec Vocabulary[] = {
    // The field itself.
    {"machine learning", 3, false},
    {"deep learning", 3, false},
    {"neural network", 3, true},
    {"artificial intelligence", 3, false},
    {"large language model", 3, true},
    {"language model", 3, true},
    {"foundation model", 3, true},
    {"generative AI", 3, false},
    {"GenAI", 3, false},
    {"LLM", 3, true},
    {"NLP", 3, false},
    {"natural language processing", 3, false},
    {"GPT", 3, true},
    {"MLOps", 3, false},
    {"computer vision", 3, false},
    {"data science", 2, false},
    {"data scientist", 2, true},
    {"AI", 2, false},
    {"ML", 2, false},
    {"AI model", 3, true},
    {"ML model", 3, true},
    {"responsible AI", 3, false},
    {"AI Playbook", 3, false},
    {"AI system", 3, true},
    // Model lifecycle.
    {"model training", 3, false},
    {"model retraining", 3, false},
    {"retraining", 3, false},
    {"retrain", 3, false},
    {"retrained", 3, false},
    {"fine tuning", 3, false},
    {"fine tune", 3, false},
    {"fine tuned", 3, false},
    {"finetuning", 3, false},
    {"inference", 3, true},
    {"training data", 3, false},
    {"training dataset", 3, true},
    {"pre trained", 3, false},
    {"pretrained", 3, false},
    {"model version", 3, true},
    {"model versioning", 3, false},
    {"model performance", 3, false},
    {"model accuracy", 3, false},
    {"model quality", 3, false},
    {"model improvement", 3, false},
    {"confidence threshold", 3, true},
    {"champion challenger", 3, false},
    // The data a model is judged on, and its runs: "an evaluation set of 300
    // questions", "every training run records its data snapshot".
    {"evaluation set", 3, true},
    {"evaluation dataset", 3, true},
    {"validation split", 3, true},
    {"training run", 3, true},
    {"train and validate", 3, false},
    {"held out", 2, false},
    // Measures only a model's predictions are judged by.
    {"MAPE", 3, false},
    {"RMSE", 3, false},
    {"word error rate", 3, false},
    {"character error rate", 3, false},
    // Reference labels a model is trained or judged on, and what it made.
    {"ground truth", 3, false},
    {"machine generated", 3, false},
    {"machine translated", 3, false},
    {"model output", 3, true},
    {"model card", 3, true},
    // A catalogue of model artefacts is data governance; restoring them is the model's recovery.
    {"model artefact", 2, true},
    {"model artifact", 2, true},
    {"model weights", 3, false},
    {"similarity index", 3, true},
    {"model registry", 3, false},
    {"model monitoring", 3, false},
    {"model drift", 3, false},
    {"data drift", 3, false},
    {"concept drift", 3, false},
    {"feature store", 3, false},
    {"feature engineering", 3, false},
    {"hyperparameter", 3, true},
    {"experiment tracking", 3, false},
    {"model rollback", 3, false},
    {"model serving", 3, false},
    {"model endpoint", 3, true},
    {"serving endpoint", 3, true},
    {"input features", 3, false},
    // Generative AI and retrieval.
    {"RAG", 3, false},
    {"retrieval augmented generation", 3, false},
    {"prompt injection", 3, true},
    {"prompt engineering", 3, false},
    {"system prompt", 3, true},
    {"hallucination", 3, true},
    {"hallucinated", 3, false},
    {"embedding", 3, true},
    {"vector database", 3, true},
    {"vector store", 3, true},
    {"vector index", 3, false},
    {"semantic search", 3, false},
    {"semantic similarity", 3, false},
    {"jailbreak", 2, true},
    {"jailbreaking", 3, false},
    {"red teaming", 3, false},
    {"guardrails", 2, false},
    {"prompt", 1, true},
    {"natural language", 2, false},
    {"knowledge base", 2, true},
    {"summarisation", 2, false},
    {"summarization", 2, false},
    {"chatbot", 1, true},
    {"conversational", 1, false},
    // Responsible AI.
    {"algorithmic transparency", 3, false},
    {"ATRS", 3, false},
    {"explainability", 3, false},
    {"explainable", 2, false},
    {"bias detection", 3, false},
    {"bias testing", 3, false},
    {"bias audit", 3, true},
    {"fairness metric", 3, true},
    {"fairness", 2, false},
    {"bias", 2, false},
    {"biased", 2, false},
    {"human in the loop", 2, false},
    {"adversarial", 3, false},
    {"algorithm", 2, true},
    {"algorithmic", 2, false},
    {"automated decision", 2, true},
    {"confidence score", 2, true},
    {"confidence threshold", 2, true},
    {"low confidence", 2, false},
    // Prediction and recommendation.
    {"recommendation engine", 3, true},
    {"recommender", 3, true},
    {"personalised recommendation", 2, true},
    {"personalized recommendation", 2, true},
    {"classifier", 3, true},
    {"predictive", 2, false},
    {"prediction", 2, true},
    // Learning algorithms, named by the projects that fit them to their data.
    {"gradient boosted", 3, false},
    {"gradient boosting", 3, false},
    {"GBM", 3, true},
    {"XGBoost", 3, false},
    {"LightGBM", 3, false},
    {"random forest", 3, true},
    {"logistic regression", 3, false},
    {"anomaly detection", 3, false},
    {"accuracy", 1, false},
    {"token usage", 2, false},
    {"token consumption", 2, false},
    // What only a language model has: its completions, its context, its first token.
    {"completions", 3, false},
    {"model context", 3, false},
    {"first token", 3, false},
    {"content safety", 3, false},
    // Platforms and model vendors.
    {"Bedrock", 3, false},
    {"OpenAI", 3, false},
    {"Azure OpenAI", 3, false},
    {"Anthropic", 3, false},
    {"Claude", 3, false},
    {"SageMaker", 3, false},
    {"Vertex AI", 3, false},
    {"Azure ML", 3, false},
    {"MLflow", 3, false},
    {"Kubeflow", 3, false},
    {"Hugging Face", 3, false},
    {"Azure AI", 3, false},
    {"AI Speech", 3, false},
    {"Document Intelligence", 3, false},
    {"Cognitive Services", 3, false},
    {"Textract", 3, false},
    {"Rekognition", 3, false},
    {"Amazon Transcribe", 3, false},
    {"Amazon Comprehend", 3, false},
    {"Whisper", 3, false},
    {"Gemini", 3, false},
    {"Llama", 3, false},
    {"Mistral", 3, false},
    // ML tasks that documents name without any ML word: the task itself is
    // the model (a diarisation or OCR service is a model to version, monitor
    // and fall back from).
    {"speaker diarisation", 3, false},
    {"speaker diarization", 3, false},
    {"diarisation", 3, false},
    {"diarization", 3, false},
    {"speech to text", 3, false},
    {"speech recognition", 3, false},
    {"voice recognition", 3, false},
    {"voice biometrics", 3, false},
    {"speech analytics", 3, false},
    {"transcription", 2, true},
    {"text to speech", 2, false},
    {"OCR", 3, false},
    {"optical character recognition", 3, false},
    {"handwriting recognition", 3, false},
    {"handwritten text recognition", 3, false},
    {"printed text recognition", 3, false},
    {"text recognition", 3, false},
    {"character recognition", 3, false},
    {"entity extraction", 3, false},
    {"entity identification", 3, false},
    {"named entity", 3, true},
    {"entity recognition", 3, false},
    {"key phrase extraction", 3, false},
    {"information extraction", 2, false},
    {"meaning based search", 3, false},
    {"document similarity", 3, false},
    {"similarity search", 3, false},
    {"similarity scoring", 3, false},
    {"similarity matching", 3, false},
    {"semantic matching", 3, false},
    {"intelligent matching", 3, false},
    {"intelligent search", 3, false},
    {"intelligent routing", 3, false},
    {"anomaly alerting", 3, false},
    {"anomaly alert", 3, true},
    {"anomaly score", 3, true},
    {"anomaly scoring", 3, false},
    {"outlier detection", 3, false},
    {"machine translation", 3, false},
    {"automatic translation", 3, false},
    {"automated translation", 3, false},
    {"translation model", 3, true},
    {"sentiment analysis", 3, false},
    {"intent classification", 3, false},
    {"intent detection", 3, false},
    {"intent recognition", 3, false},
    {"text classification", 3, false},
    {"document classification", 3, false},
    {"image classification", 3, false},
    {"automatic classification", 3, false},
    {"image recognition", 3, false},
    {"object detection", 3, false},
    {"facial recognition", 3, false},
    {"face recognition", 3, false},
    {"topic modelling", 3, false},
    {"topic modeling", 3, false},
    {"demand forecasting", 3, false},
    {"collaborative filtering", 3, false},
    {"content based filtering", 3, false},
    {"learning to rank", 3, false},
    {"ranking model", 3, true},
    {"ranking algorithm", 2, true},
    {"relevance ranking", 2, false},
    {"scoring model", 3, true},
    {"propensity model", 3, true},
    {"risk scoring", 2, false},
    // The AI qualifies the feature: "AI-powered triage" is a model at work.
    // ("AI-generated content", "AI-assisted drafting" stay plain "AI": they
    // describe outputs that integrations merely carry.)
    {"AI powered", 3, false},
    {"AI driven", 3, false},
    {"AI enabled", 3, false},
    {"AI based", 3, false},
    {"ML powered", 3, false},
    {"ML based", 3, false},
    {"AI agent", 3, true},
    {"agentic", 3, false},
    {"base model", 3, true},
    {"confidence based", 2, false},
    {"drift detection", 3, false},
    {"drift monitoring", 3, false},
    {"drift metric", 3, true},
    {"intent triage", 3, false},
    {"risk score", 2, true},
    {"model provider", 2, true},
    {"model vendor", 3, true},
};

// The field's own names ("AI", "machine learning"): the subject of guidance,
// courses and policy as often as of a running model, so they are the terms a
// topic context ("AI guidance", "courses in machine learning") neutralises.
// Names of techniques, tasks and products never are.
inline const char *const FieldTerms[] = {"machine learning",
                                         "deep learning",
                                         "artificial intelligence",
                                         "large language model",
                                         "language model",
                                         "foundation model",
                                         "generative AI",
                                         "GenAI",
                                         "LLM",
                                         "NLP",
                                         "natural language processing",
                                         "data science",
                                         "AI",
                                         "ML",
                                         "responsible AI",
                                         "MLOps",
                                         "computer vision",
                                         "AI system",
                                         "AI model",
                                         "ML model"};

// Nouns that make the field a topic when they follow it ("AI guidance",
// "GenAI policy", "ML courses", "AI skills").
inline const char *const TopicNouns[] = {
    "guidance",      "guide",         "guides",    "guideline",     "guidelines",     "policy",        "policies",
    "strategy",      "strategies",    "literacy",  "skills",        "skill",          "awareness",     "course",
    "courses",       "curriculum",    "curricula", "education",     "upskilling",     "reskilling",    "adoption",
    "procurement",   "advice",        "toolkit",   "toolkits",      "community",      "communities",   "champions",
    "talent",        "careers",       "career",    "jobs",          "hiring",         "recruitment",   "readiness",
    "expertise",     "pathway",       "pathways",  "certification", "certifications", "qualification", "qualifications",
    "professionals", "practitioners", "workforce", "bootcamp",      "bootcamps",      "workshop",      "workshops",
    "webinar",       "webinars",      "events",    "topics",        "subjects",       "market",        "marketplace",
    "teaching",      "lessons",       "modules",   "instructors",   "trainers",       "learners",      "students",
    "fluency"};

// Nouns that make the field a topic when it follows them with a preposition
// ("guidance on AI", "courses in machine learning", "procurement of AI").
inline const char *const TopicHeads[] = {
    "guidance", "guide",       "guides",    "guidelines", "policy",     "policies",  "strategy", "course",
    "courses",  "training",    "education", "upskilling", "upskill",    "skills",    "literacy", "awareness",
    "advice",   "procurement", "workshops", "webinars",   "curriculum", "expertise", "talent",   "certification",
    "careers",  "learning",    "teaching",  "lessons",    "module",     "modules"};

// "AI training" is a course unless a pipeline word follows ("AI training data").
inline const char *const TrainingObjects[] = {
    "data",     "dataset", "datasets",    "set",         "sets",    "pipeline",       "pipelines",
    "job",      "jobs",    "run",         "runs",        "compute", "infrastructure", "cluster",
    "clusters", "process", "loop",        "corpus",      "corpora", "examples",       "labels",
    "cost",     "costs",   "environment", "environments"};

// Words that constrain what they sit with: a sentence of a requirement's main
// statement that names an ML subject and one of these is about that subject's
// serving, quality, capacity or recovery ("the translation service returns
// within 2 s at p95", "if the AI service is unavailable, fall back to manual
// triage", "each agent scales horizontally").
inline const char *const ConstraintWords[] = {
    "latency", "latencies", "p50", "p90", "p95", "p99", "accuracy", "accurate", "precision", "recall", "wer", "f1",
    "unavailable", "unavailability", "outage", "outages", "fails", "failure", "failures", "degrade", "degrades",
    "degraded", "degradation", "fallback", "fallbacks", "timeout", "timeouts", "recovery", "recover", "recovered",
    "restore", "restored", "rto", "rpo", "failover", "throughput", "drift", "rollback", "monitor", "monitored",
    "monitoring", "uptime", "availability", "retrained", "retraining", "versioned", "confidence", "hallucination",
    "hallucinations", "evaluate", "evaluated", "evaluation", "scales", "scaling", "autoscaling",
    // The people who check it: "show the top factors behind each score",
    // "caseworkers can override the priority band".
    "explain", "explains", "explanation", "explanations", "explainability", "factors", "override", "overrides",
    "overridden",
    // The people who act on it: "a consultant MUST accept or change every suggested urgency category".
    "accept", "accepts", "accepted", "amend", "amends", "amended"};

// Cost constrains a named capability ("GPT-4o token spend") but not the field
// ("AI tool subscriptions to cut costs"): only with a system term or a
// specific capability.
inline const char *const CostWords[] = {"cost", "costs", "budget", "budgets", "spend", "tokens", "token"};

// Two-word constraints.
inline const char *const ConstraintPhrases[] = {
    "response time", "response times", "fall back", "falls back", "falling back", "error rate", "error rates",
    "times out", "roll back", "rolled back", "manual processing", "manual fallback", "disaster recovery", "word error",
    // "if the suggestion service is down".
    "is down", "are down", "goes down", "went down"};

// Words after which the rest of a sentence lists examples: what follows is
// mentioned in passing ("all services, including the LLM gateway").
inline const char *const PassingMarkers[] = {"including", "includes",  "include", "included", "eg",
                                             "etc",       "excluding", "except",  "like"};
inline const char *const PassingPhrases[] = {"such as", "for example", "for instance", "as well as", "e g"};

// Field labels whose line states what the requirement is.
inline const char *const StatementFields[] = {"description", "requirement", "purpose", "statement", "objective",
                                              "need",        "capability",  "summary", "goal",      "constraint"};

// Nouns that make a preceding "AI" a budget line rather than a subject.
inline const char *const BusinessNouns[] = {"spend",   "spending", "cost",         "costs",        "budget",
                                            "budgets", "saving",   "savings",      "licence",      "licences",
                                            "license", "licenses", "subscription", "subscriptions"};

// Platform concerns that are no ML work whatever system they protect.
inline const char *const GenericConcerns[] = {"authentication",
                                              "authorisation",
                                              "authorization",
                                              "single sign on",
                                              "sso",
                                              "mfa",
                                              "rbac",
                                              "access control",
                                              "encryption",
                                              "secrets",
                                              "vulnerability",
                                              "penetration",
                                              "backup",
                                              "backups",
                                              "disaster recovery",
                                              "availability",
                                              "uptime",
                                              "fault tolerance",
                                              "resilience",
                                              "failover",
                                              "horizontal scaling",
                                              "scaling",
                                              "scalability",
                                              "graceful degradation",
                                              "degraded mode",
                                              "data volume",
                                              "accessibility",
                                              "wcag",
                                              "usability",
                                              "user experience",
                                              "localisation",
                                              "localization",
                                              "design system",
                                              "documentation",
                                              "runbook",
                                              "runbooks",
                                              "observability",
                                              "api standards",
                                              "integration capabilities",
                                              "data portability",
                                              "gdpr",
                                              "data protection act",
                                              "privacy",
                                              "cyber essentials",
                                              "isolation",
                                              "residency",
                                              "sovereignty",
                                              "certification",
                                              "spend",
                                              "spending",
                                              "cost",
                                              "costs",
                                              "budget",
                                              "savings"};

// Fields that point elsewhere; their words describe other things.
inline const char *const ReferenceFields[] = {"relates to",
                                              "related to",
                                              "related requirements",
                                              "aligns with",
                                              "aligns with principle",
                                              "aligns with principles",
                                              "traces to",
                                              "traceability",
                                              "trace",
                                              "dependencies",
                                              "depends on",
                                              "stakeholder",
                                              "stakeholders",
                                              "stakeholder goal",
                                              "stakeholder outcome",
                                              "priority",
                                              "complexity",
                                              "owner",
                                              "principles",
                                              "principle",
                                              "addresses",
                                              "gate dependency",
                                              "source",
                                              "sources",
                                              "references",
                                              "see also",
                                              "timeline",
                                              "decision authority"};

} // namespace arckit::mlclassification
