#!/usr/bin/env python3
"""Writes long-mlops.md: a realistic, complete MLOps strategy (about 45 KB,
1,400 lines, 40 tables, 10 mermaid diagrams) structured after ArcKit's mlops
template, for the validator's and other components' benchmarks. The system,
agency and people are fictional. Run from anywhere; it writes next to itself.
"""
import json
import os

out = []


def line(text=""):
    out.append(text)


def para(*lines):
    for text in lines:
        line(text)
    line()


def heading(level, text):
    line("#" * level + " " + text)
    line()


def table(header, rows):
    line("| " + " | ".join(header) + " |")
    line("|" + "|".join("-" * (len(h) + 2) for h in header) + "|")
    for row in rows:
        assert len(row) == len(header), (header, row)
        line("| " + " | ".join(row) + " |")
    line()


def fields(rows):
    table(["Field", "Value"], [["**%s**" % k, v] for k, v in rows])


def keyvalues(rows):
    for k, v in rows:
        line("- **%s**: %s" % (k, v))
    line()


def bullets(items):
    for item in items:
        line("- " + item)
    line()


def numbered(items):
    for i, item in enumerate(items, 1):
        line("%d. %s" % (i, item))
    line()


def mermaid(body):
    line("```mermaid")
    for text in body.strip("\n").split("\n"):
        line(text)
    line("```")
    line()


def rule():
    line("---")
    line()


SYSTEM = "RoadSense Defect Intelligence"
PROJECT = "Wessex Highways Road Defect Detection (Project 007)"

line("# MLOps Strategy")
line()
line("> **Template Status**: Experimental | **Version**: 1.0 | **Command**: `/arckit.mlops`")
line()
heading(2, "Document Control")
fields([
    ("Document ID", "ARC-007-MLOPS-v1.0"),
    ("Document Type", "MLOps Strategy"),
    ("Project", PROJECT),
    ("Classification", "OFFICIAL"),
    ("Status", "IN_REVIEW"),
    ("Version", "1.0"),
    ("Created Date", "2025-03-03"),
    ("Last Modified", "2025-03-17"),
    ("Review Cycle", "Quarterly"),
    ("Next Review Date", "2025-06-17"),
    ("Owner", "Priya Natarajan, Head of Data Science"),
    ("Reviewed By", "Tom Albright, Lead ML Engineer (2025-03-14)"),
    ("Approved By", "PENDING"),
    ("Distribution", "Digital Board, Asset Management, Information Governance, Supplier Leads"),
])
heading(2, "Revision History")
table(["Version", "Date", "Author", "Changes", "Approved By", "Approval Date"], [
    ["0.1", "2025-03-03", "ArcKit AI", "First draft from `/arckit.mlops`", "PENDING", "PENDING"],
    ["0.2", "2025-03-10", "P. Natarajan", "Added LLM triage and RAG operations", "PENDING", "PENDING"],
    ["1.0", "2025-03-17", "T. Albright", "Review comments on monitoring and costs", "PENDING", "PENDING"],
])
rule()

# 1 ---------------------------------------------------------------------------
heading(2, "1. ML System Overview")
para("Wessex Highways Agency inspects 9,400 km of road with survey vans that film",
     "the carriageway. Today, inspectors watch the footage and log defects by hand,",
     "which takes six weeks per district. RoadSense detects defects in the images,",
     "grades them, ranks repairs and summarises what citizens report, so that crews",
     "reach dangerous potholes in days rather than weeks.")
heading(3, "Business Context")
fields([
    ("System Name", SYSTEM),
    ("Business Purpose", "Find and rank road defects from survey imagery and citizen reports"),
    ("Primary Use Cases", "Defect detection, severity grading, repair ranking, report triage"),
    ("User Impact", "Faster repairs; inspectors review AI findings instead of raw footage"),
])
para("The models support inspectors; they never close a report or dispatch a crew",
     "on their own. Every repair order is still raised by a person.")
heading(3, "MLOps Maturity")
table(["Level", "Current", "Target", "Timeline"], [
    ["Level 0 (Manual)", "Yes", "-", "-"],
    ["Level 1 (Automated Training)", "Partly", "Yes", "2025-06"],
    ["Level 2 (CI/CD for ML)", "No", "Yes", "2025-09"],
    ["Level 3 (Auto-Retraining)", "No", "Yes", "2026-03"],
    ["Level 4 (Full Automation)", "No", "No", "Not planned"],
])
para("Level 4 is not a goal: the risk level of repair ranking calls for a person",
     "to approve every model promotion.")
mermaid("""
gantt
    title Maturity roadmap
    dateFormat YYYY-MM
    section Level 1
    Training pipelines      :a1, 2025-03, 3M
    section Level 2
    CI/CD and registry      :a2, after a1, 3M
    section Level 3
    Drift-triggered retrain :a3, after a2, 6M
""")
heading(3, "Glossary")
bullets([
    "**Frame**: one image from a survey van camera",
    "**Finding**: a defect detected by DefectNet and shown to an inspector",
    "**Grade**: severity from 1 (monitor) to 4 (make safe within 24 hours)",
    "**Segment**: a length of road in the asset register, usually 100 metres",
    "**District**: one of the agency's eleven maintenance areas",
    "**Champion**: the production version of a model",
    "**Challenger**: a candidate version receiving a share of traffic",
    "**PSI**: population stability index, a measure of distribution shift",
    "**mAP**: mean average precision, the main detection metric",
    "**ATRS**: the Algorithmic Transparency Recording Standard",
])
heading(3, "Current State")
para("Inspectors review about 1,800 hours of survey footage a year. The backlog",
     "peaks after winter, when potholes appear fastest and reviews are slowest.",
     "A 2024 pilot in two districts found that a detection model halved the time",
     "to log a defect and found 14% more defects than the manual review.")
heading(3, "Expected Benefits")
bullets([
    "Dangerous defects logged within three days of a survey instead of six weeks",
    "Inspector time moved from watching footage to checking findings on site",
    "Fewer duplicate citizen reports handled by customer services",
    "A consistent, explainable order of repairs across districts",
    "Evidence for insurance claims from frames kept with each finding",
])
heading(3, "Scope")
para("In scope for this strategy:")
bullets([
    "The five models in the inventory and the pipelines that build them",
    "Serving on Azure ML and Azure OpenAI in the UK South region",
    "Monitoring, retraining and retirement of every model",
    "The inspector app integration, as far as it shows model output",
])
para("Out of scope:")
bullets([
    "Crew scheduling, which stays in the works management system",
    "Bridges and structures, which follow a separate inspection regime",
    "Street lighting faults reported through the same portal",
])
heading(3, "Assumptions")
numbered([
    "Survey vans keep the current camera rig until the contract renewal in 2027.",
    "Inspectors label at least 5,000 frames a month during the first year.",
    "The asset register API stays available at its published service level.",
    "Azure OpenAI remains approved for OFFICIAL data in UK South.",
])
heading(3, "Success Measures")
bullets([
    "Median days from survey to finding",
    "Grade 4 defects made safe in 24 hours",
    "Inspector agreement rate",
    "Duplicate reports merged",
    "Repair lead time by district",
])
heading(3, "Key Stakeholders")
table(["Role", "Name", "Responsibility"], [
    ["ML Lead", "Priya Natarajan", "Model development strategy"],
    ["Data Scientist", "Kwame Mensah", "Training and experimentation"],
    ["ML Engineer", "Tom Albright", "MLOps platform and pipelines"],
    ["Product Owner", "Sarah Whitlock", "Use case priorities"],
    ["Data Engineer", "Lena Kowalski", "Image and report pipelines"],
    ["Information Governance", "Dev Chauhan", "DPIA, retention, ATRS record"],
])
rule()

# 2 ---------------------------------------------------------------------------
heading(2, "2. Model Inventory")
heading(3, "Model Catalog")
table(["Model ID", "Model Name", "Type", "Framework", "Purpose", "Risk Level", "Owner"], [
    ["ML-001", "DefectNet", "Object detection", "PyTorch", "Find defects in frames", "Medium", "K. Mensah"],
    ["ML-002", "SeverityGrader", "Classification", "PyTorch", "Grade defects 1-4", "Medium", "K. Mensah"],
    ["ML-003", "RepairRanker", "Regression", "LightGBM", "Rank repairs by risk", "High", "P. Natarajan"],
    ["ML-004", "ReportTriage", "GenAI", "Foundation model API", "Summarise citizen reports", "Medium", "T. Albright"],
    ["ML-005", "DuplicateMatcher", "Embeddings", "sentence-transformers", "Match duplicate reports", "Low", "T. Albright"],
])
heading(3, "Model Descriptions")
heading(4, "DefectNet")
bullets([
    "Detects potholes, cracking, patch failures and edge deterioration",
    "Input: blurred survey frames at 1920 by 1080 pixels",
    "Output: boxes with a defect type and a confidence score",
])
heading(4, "SeverityGrader")
bullets([
    "Grades each detected defect from 1 (monitor) to 4 (make safe within 24 hours)",
    "Input: a crop around the defect and the road context features",
    "Output: grade probabilities; the highest is shown with its probability",
])
heading(4, "RepairRanker")
bullets([
    "Orders open defects by expected risk to road users",
    "Input: grade, traffic, speed limit, bus routes, repair history, weather",
    "Output: a risk score and its five main reasons",
])
heading(4, "ReportTriage")
bullets([
    "Summarises a citizen report in two sentences and suggests a category",
    "Input: the redacted report and up to five similar past reports",
    "Output: summary, category and the reports it drew on",
])
heading(4, "DuplicateMatcher")
bullets([
    "Finds past reports about the same defect",
    "Input: report text embedding and location",
    "Output: candidate duplicates within 50 metres, with similarity scores",
])
heading(3, "Model Risk Classification")
table(["Risk Level", "Criteria", "Governance"], [
    ["Low", "No effect on a person or on repair order", "Standard review"],
    ["Medium", "Shapes what inspectors look at first", "Enhanced review"],
    ["High", "Decides the order of repairs across districts", "Ethics panel review"],
    ["Very High", "Would decide repairs with no person involved", "Not permitted"],
])
para("RepairRanker is High risk because its ranking moves crews between districts;",
     "its fairness across urban and rural roads is monitored (section 7).")
heading(3, "Third-party Models")
bullets([
    "Face and plate blurring: supplier model, version pinned",
    "Embeddings: all-MiniLM-L6-v2, self-hosted",
    "LLM: GPT-4o mini through Azure OpenAI",
    "Each is listed in the supplier register",
    "Each has an owner who tracks updates",
])
heading(3, "Model Dependencies")
mermaid("""
flowchart TD
    subgraph Data["Data Sources"]
        D1[Survey imagery]
        D2[Citizen reports]
        D3[Road asset register]
    end
    subgraph Features["Feature Pipeline"]
        F1[Feature Store]
    end
    subgraph Models["Models"]
        M1[DefectNet]
        M2[SeverityGrader]
        M3[RepairRanker]
        M4[ReportTriage]
        M5[DuplicateMatcher]
    end
    D1 --> M1
    M1 --> M2
    D3 --> F1
    M2 --> F1
    F1 --> M3
    D2 --> M4
    D2 --> M5
    M5 --> M4
""")
rule()

# 3 ---------------------------------------------------------------------------
heading(2, "3. Data Pipeline")
heading(3, "Training Data Sources")
table(["Source", "Type", "Update Frequency", "Volume", "PII", "Owner"], [
    ["Survey imagery", "Object store", "Weekly", "38 TB", "Yes (faces, plates)", "L. Kowalski"],
    ["Inspector labels", "Database", "Daily", "1.2 M boxes", "No", "K. Mensah"],
    ["Road asset register", "API", "Daily", "210 k segments", "No", "Asset Management"],
    ["Citizen reports", "API", "Real-time", "4 k per week", "Yes (contact details)", "Customer Services"],
    ["Repair history", "Database", "Daily", "620 k orders", "No", "Works Control"],
])
para("Faces and number plates are blurred at ingestion, before any image reaches",
     "the training store. Contact details in citizen reports are removed by the",
     "redaction step described under guardrails (section 9).")
heading(3, "Ingestion Steps")
numbered([
    "The survey supplier uploads frames and GPS tracks to a landing container.",
    "Checksums and frame counts are compared with the supplier manifest.",
    "Faces and number plates are blurred; unblurred frames are deleted.",
    "Frames are matched to road segments using the GPS track.",
    "Frame statistics (brightness, blur, glare) are computed for drift checks.",
    "The day's frames are registered as a new DVC revision.",
])
heading(3, "Labelling Process")
para("Labels come from inspectors, who already grade defects for the statutory",
     "register. The labelling tool adds boxes to the frames they review:")
numbered([
    "A sample of frames from each survey is queued for labelling.",
    "Two inspectors label each frame without seeing each other's boxes.",
    "Disagreements above an IoU of 0.5 go to a senior inspector.",
    "Agreed labels are versioned with DVC and released weekly.",
    "Label quality is reported monthly as inter-rater agreement.",
])
para("Active learning picks the frames where DefectNet is least certain, so",
     "that labelling effort goes where the model learns most.")
heading(3, "Feature Engineering")
table(["Feature Group", "Features", "Transformation", "Refresh"], [
    ["Defect geometry", "Area, depth proxy, edge sharpness", "Standardisation", "Per survey"],
    ["Road context", "Speed limit, traffic count, bus route", "One-hot and log scaling", "Daily"],
    ["History", "Repairs in 24 months, open reports", "Rolling counts", "Daily"],
    ["Weather", "Freeze-thaw days, rainfall", "Rolling 30-day sums", "Daily"],
])
heading(3, "Feature Definitions")
para("Every feature has a definition, an owner and a test in the feature",
     "repository. The most used ones:")
bullets([
    "`defect_area_m2`: area of the defect box projected onto the road plane",
    "`edge_sharpness`: mean gradient at the defect boundary, a proxy for depth",
    "`aadt_log`: log of annual average daily traffic for the road segment",
    "`bus_route`: whether a scheduled bus route uses the segment",
    "`repairs_24m`: repairs on the segment in the last 24 months",
    "`freeze_thaw_30d`: days crossing zero degrees in the last 30 days",
])
heading(3, "Feature Store")
fields([
    ("Platform", "Feast on Azure (offline: Delta Lake, online: Redis)"),
    ("Online Store", "Yes - for RepairRanker scoring"),
    ("Offline Store", "Yes - for training and back-testing"),
    ("Versioning", "Enabled"),
])
heading(3, "Data Contracts")
bullets([
    "Survey supplier: frame format, GPS accuracy, delivery time",
    "Asset register: segment identifiers and attributes",
    "Customer services: report fields and redaction",
    "Breaches are raised with the data owner",
])
heading(3, "Data Quality Checks")
table(["Check", "Threshold", "Action"], [
    ["Missing values", "< 2% per feature", "Block pipeline"],
    ["Schema validation", "Match expected", "Block pipeline"],
    ["Statistical drift", "PSI < 0.2", "Alert"],
    ["Freshness", "< 26 hours old", "Alert"],
    ["Blurring coverage", "100% of frames", "Block pipeline"],
])
heading(3, "Data Versioning")
keyvalues([
    ("Strategy", "DVC for image sets, Delta Lake time travel for tables"),
    ("Storage", "Azure Blob (UK South)"),
    ("Retention", "36 months for images, 7 years for labels"),
])
heading(3, "Data Lineage")
bullets([
    "Raw frames: survey supplier upload, checksum recorded on arrival",
    "Blurred frames: ingestion job version and model version of the blurrer",
    "Labels: labelling tool export, reviewer identity and DVC revision",
    "Features: Feast feature view version and Delta table version",
    "Training sets: manifest file listing every frame and label revision",
])
heading(3, "Data Retention")
para("Images are kept for 36 months, long enough to cover two survey cycles and",
     "any claim arising from a road incident. Labels and features are kept for",
     "seven years with the audit trail. Citizen reports follow the customer",
     "services retention schedule; the redacted text used for training is kept",
     "for 24 months and then deleted with its embeddings.")
para("Every training run records the DVC revision and Delta table versions it",
     "read, so a model can be rebuilt from the same data.")
rule()

# 4 ---------------------------------------------------------------------------
heading(2, "4. Training Pipeline")
heading(3, "Infrastructure")
table(["Component", "Technology", "Specification"], [
    ["Compute", "Azure ML compute clusters", "NC24ads A100 v4, 0 to 4 nodes"],
    ["GPU", "Yes", "A100 80 GB, up to 4 per job"],
    ["Storage", "Azure Blob", "40 TB hot, 120 TB cool"],
    ["Orchestration", "Azure ML pipelines", "-"],
])
heading(3, "Evaluation Protocol")
para("Models are evaluated on districts they did not train on, because a model",
     "that only knows the roads it has seen would mislead inspectors elsewhere.")
bullets([
    "Hold-out: two districts rotated every quarter",
    "DefectNet: mAP at IoU 0.5, recall on grade 4 defects reported separately",
    "SeverityGrader: accuracy and macro F1, with a confusion matrix per grade",
    "RepairRanker: Spearman rho against expert rankings of 400 defects",
    "ReportTriage: category agreement and summary usefulness on 420 reports",
])
heading(3, "Training Pipeline Architecture")
mermaid("""
flowchart LR
    A[Data Extraction] --> B[Feature Engineering]
    B --> C[Data Validation]
    C --> D[Model Training]
    D --> E[Model Evaluation]
    E --> F{Pass Threshold?}
    F -->|Yes| G[Register Model]
    F -->|No| H[Alert and Review]
    G --> I[Model Registry]
""")
heading(3, "Experiment Tracking")
keyvalues([
    ("Platform", "MLflow (Azure ML workspace)"),
    ("Tracked Artifacts", "Parameters, Metrics, Models, Code"),
    ("Comparison", "MLflow dashboard per model"),
])
heading(3, "Experiment Hygiene")
bullets([
    "One MLflow experiment per model",
    "Run names state the question asked",
    "Failed runs are kept, not deleted",
    "Notebooks are not used for production training",
    "Every run links to a ticket",
    "Results are summarised weekly",
])
heading(3, "Hyperparameter Optimization")
bullets([
    "**Method**: Bayesian optimisation with early stopping",
    "**Platform**: Optuna inside Azure ML sweep jobs",
    "**Budget**: 60 trials or 12 GPU-hours per model, whichever comes first",
    "**Search space**: kept in Git next to the training code",
])
heading(3, "Training Environments")
bullets([
    "Sweeps: low-priority nodes",
    "Final runs: dedicated nodes",
    "Back-tests: CPU cluster",
    "All in UK South",
])
heading(3, "Resource Requirements")
table(["Model", "GPU Hours per Run", "Memory", "Training Data"], [
    ["DefectNet", "36", "80 GB GPU", "1.1 M frames"],
    ["SeverityGrader", "8", "40 GB GPU", "310 k crops"],
    ["RepairRanker", "0 (CPU)", "64 GB RAM", "620 k orders"],
    ["DuplicateMatcher", "2", "16 GB GPU", "180 k report pairs"],
])
heading(3, "Reproducibility")
bullets([
    "Training containers are built from pinned base images and lock files.",
    "Random seeds are fixed and logged with each MLflow run.",
    "Each run stores its data manifest, so the exact training set can be rebuilt.",
    "A quarterly drill rebuilds one production model from scratch and compares metrics.",
])
heading(3, "Training Triggers")
table(["Trigger", "Condition", "Action"], [
    ["Scheduled", "Monthly", "Full retraining"],
    ["Data-driven", "New labels > 20,000 boxes", "Incremental training"],
    ["Performance", "mAP < 0.62", "Full retraining"],
    ["Manual", "On request", "As requested"],
])
rule()

# 5 ---------------------------------------------------------------------------
heading(2, "5. Model Registry")
heading(3, "Registry Configuration")
keyvalues([
    ("Platform", "MLflow Model Registry"),
    ("Versioning", "Semantic versioning (MAJOR.MINOR.PATCH)"),
    ("Storage", "Azure Blob (UK South)"),
])
heading(3, "Model Naming")
bullets([
    "Registered names follow `roadsense-<model>`, for example `roadsense-defectnet`.",
    "Major versions change inputs or outputs; minor versions retrain; patches fix packaging.",
    "Tags record the survey season and the label release used.",
])
heading(3, "Model Metadata")
para("Each registered model must include:")
bullets([
    "Model version and unique identifier",
    "Training data version (DVC revision and Delta versions)",
    "Training code commit",
    "Hyperparameters",
    "Performance metrics, overall and per district type",
    "Model card",
    "Approval status and approver",
])
heading(3, "Model Promotion Stages")
mermaid("""
flowchart LR
    A[Development] --> B[Staging]
    B --> C[Production]
    C --> D[Archived]
    B -->|Validation Failed| A
""")
table(["Stage", "Criteria", "Approval"], [
    ["Development", "Experiments complete", "Data Scientist"],
    ["Staging", "Validation and fairness tests pass", "ML Engineer"],
    ["Production", "Meets SLA and shadow results", "ML Lead and Product Owner"],
    ["Archived", "Replaced or retired", "ML Lead"],
])
heading(3, "Registry Housekeeping")
bullets([
    "Archived versions kept for 24 months",
    "Staging versions older than 90 days are archived",
    "Only the release pipeline writes to Production",
    "Access reviewed every quarter",
])
heading(3, "Model Lineage")
para("The registry links each version to its MLflow run, and the run to its data",
     "manifest and code commit. From a production endpoint, an auditor can walk",
     "back to the frames and labels that trained the model in three clicks.")
heading(3, "Model Approval Workflow")
table(["Step", "Actor", "Checks"], [
    ["1. Submit", "Data Scientist", "Model card complete"],
    ["2. Technical Review", "ML Engineer", "Tests pass, latency within target"],
    ["3. Ethics Review", "Ethics Panel", "Bias and fairness (High risk only)"],
    ["4. Approve", "ML Lead", "Final sign-off"],
])
rule()

# 6 ---------------------------------------------------------------------------
heading(2, "6. Serving Infrastructure")
heading(3, "Deployment Patterns")
table(["Pattern", "Use Case", "Latency", "Models"], [
    ["Real-time", "Citizen report triage", "< 800 ms", "ML-004, ML-005"],
    ["Batch", "Survey processing overnight", "Hours", "ML-001, ML-002, ML-003"],
    ["Streaming", "Duplicate checks on new reports", "< 2 s", "ML-005"],
])
heading(3, "Serving Architecture")
mermaid("""
flowchart TB
    subgraph Clients
        A[Inspector app]
        B[Report portal]
        C[Nightly batch]
    end
    subgraph Serving["Model Serving"]
        D[API Management]
        E[Managed online endpoint]
        F[Batch endpoint]
    end
    A --> D
    B --> D
    D --> E
    C --> F
    E --> G[Model Registry]
    F --> G
""")
heading(3, "Environments")
bullets([
    "Development: shared workspace, synthetic and sample data",
    "Staging: production-like, redacted data",
    "Production: locked down, release pipeline only",
    "Each environment has its own subscription",
    "Data never flows from development to production",
])
heading(3, "Endpoint Security")
bullets([
    "Endpoints are private; only API Management reaches them.",
    "Callers authenticate with Entra ID; roles limit who sees rankings.",
    "Requests and responses are logged without personal data.",
    "Penetration tests run before live service and yearly after.",
])
heading(3, "Serving Platforms")
table(["Model", "Platform", "Endpoint", "Scaling"], [
    ["DefectNet", "Azure ML batch endpoint", "defectnet-batch", "Auto, 0 to 8 nodes"],
    ["SeverityGrader", "Azure ML batch endpoint", "severity-batch", "Auto, 0 to 4 nodes"],
    ["RepairRanker", "Azure ML batch endpoint", "ranker-batch", "Manual"],
    ["ReportTriage", "Azure OpenAI (UK South)", "triage-gpt", "Provisioned throughput"],
    ["DuplicateMatcher", "Managed online endpoint", "dupes-online", "Auto, 2 to 6 instances"],
])
heading(3, "Performance Requirements")
table(["Metric", "Target", "Current"], [
    ["Latency (p50)", "< 300 ms", "240 ms"],
    ["Latency (p99)", "< 800 ms", "710 ms"],
    ["Throughput", "40 req/s", "25 req/s at peak"],
    ["Availability", "99.5%", "99.7%"],
])
heading(3, "Serving Dependencies")
bullets([
    "API Management",
    "Entra ID",
    "Azure AI Search",
    "Feast online store (Redis)",
    "Log Analytics",
])
heading(3, "Scaling Strategy")
bullets([
    "Online endpoints scale on request rate, with two instances always warm.",
    "Batch endpoints scale to zero between nightly runs.",
    "Survey backlogs after bad weather are cleared by raising the node limit for a week.",
    "Azure OpenAI capacity is reviewed monthly against token use.",
])
heading(3, "Batch Schedule")
numbered([
    "01:00 new survey frames are blurred and registered.",
    "02:00 DefectNet scores the frames in district order.",
    "04:00 SeverityGrader grades each detected defect.",
    "05:00 RepairRanker refreshes the ranked list.",
    "06:30 the inspector app shows the new findings.",
])
heading(3, "Release Windows")
bullets([
    "Online models are released Tuesday to Thursday, 10:00 to 15:00.",
    "Batch models are released before 18:00 so the nightly run uses them.",
    "No releases during the winter emergency period unless they fix an incident.",
])
heading(3, "A/B Testing & Canary")
keyvalues([
    ("Strategy", "Canary for online models, shadow for batch models"),
    ("Traffic Split", "90/10 for one week"),
    ("Success Metrics", "Inspector agreement rate, latency, repair lead time"),
    ("Rollback Criteria", "Agreement drops > 3 points or p99 > 800 ms"),
])
rule()

# 7 ---------------------------------------------------------------------------
heading(2, "7. Model Monitoring")
heading(3, "Monitoring Architecture")
mermaid("""
flowchart TB
    A[Model Predictions] --> B[Logging Service]
    B --> C[Feature Store]
    B --> D[Metrics Store]
    C --> E[Drift Detection]
    D --> F[Performance Monitor]
    E --> G{Alert?}
    F --> G
    G -->|Yes| H[Teams channel and on-call]
    G -->|No| I[Dashboard]
""")
heading(3, "Data Drift Monitoring")
table(["Feature Group", "Method", "Threshold", "Action"], [
    ["Defect geometry", "PSI", "PSI > 0.2", "Alert"],
    ["Road context", "Chi-squared", "p < 0.01", "Alert"],
    ["Image statistics", "KS test on brightness and blur", "p < 0.01", "Alert"],
    ["Report embeddings", "Cosine distance of centroids", "> 0.3", "Alert"],
])
para("Concept drift is watched through the inspector agreement rate: when",
     "inspectors overturn more findings than usual, the labels have moved even if",
     "the inputs have not.")
heading(3, "Concept Drift")
para("Road surfaces change with the seasons: frost in winter, dust and glare in",
     "summer. A seasonal baseline is kept for each month so that drift alerts",
     "compare like with like rather than firing every spring.")
bullets([
    "Label drift: share of defects per grade compared with the same month last year",
    "Agreement drift: inspector overturn rate per model version",
    "Outcome drift: repair lead times compared with the ranker's expectation",
])
heading(3, "Model Performance Monitoring")
table(["Metric", "Baseline", "Warning", "Critical", "Window"], [
    ["mAP (DefectNet)", "0.71", "< 0.67", "< 0.62", "28 days rolling"],
    ["Accuracy (SeverityGrader)", "88%", "< 86%", "< 83%", "28 days rolling"],
    ["Spearman rho (RepairRanker)", "0.64", "< 0.60", "< 0.55", "90 days rolling"],
    ["Agreement (ReportTriage)", "93%", "< 90%", "< 85%", "7 days rolling"],
])
heading(3, "Fairness Monitoring")
table(["Protected Group", "Metric", "Threshold", "Frequency"], [
    ["Urban and rural roads", "Ranking parity", "< 0.1 difference", "Monthly"],
    ["Deprivation decile", "Repair lead time gap", "< 5 days difference", "Monthly"],
    ["Report language", "Triage agreement", "< 3 points difference", "Weekly"],
])
heading(3, "Monitoring Ownership")
bullets([
    "Drift: Data Scientists",
    "Performance: ML Engineers",
    "Fairness: ML Lead",
    "Business metrics: Product Owner",
])
heading(3, "Prediction Monitoring")
bullets([
    "Prediction distribution: share of frames with a defect, per district",
    "Confidence scores: mean and lowest decile, per model version",
    "Null or error rate: alert when > 1% of requests fail",
])
heading(3, "Service Level Objectives")
bullets([
    "Nightly batch findings ready for inspectors by 06:30 on 99% of days",
    "Triage summaries available within 5 seconds of a report on 99% of reports",
    "Drift reports produced weekly for every production model",
    "Critical alerts acknowledged within 30 minutes in working hours",
])
heading(3, "Alert Response")
para("Every alert has a named responder and a runbook.")
heading(4, "Drift Alerts")
numbered([
    "The data scientist on rota checks the drift report within one working day.",
    "Seasonal or survey-route causes are recorded and the alert is closed.",
    "Otherwise a retraining evaluation is opened (section 8).",
])
heading(4, "Performance Alerts")
numbered([
    "The ML engineer on call confirms the metric with a fresh sample.",
    "A critical breach triggers the rollback procedure.",
    "A warning breach is reviewed at the weekly model review.",
])
heading(4, "Fairness Alerts")
numbered([
    "The ML Lead informs the ethics panel within two working days.",
    "The ranked list is reviewed by area managers by hand until resolved.",
    "The fix and its evidence are recorded in the model card.",
])
heading(3, "Logging")
bullets([
    "Every prediction is logged with model version, input hash and output.",
    "Logs are kept for 24 months in Log Analytics, then archived.",
    "Personal data is never logged; report text is stored only in redacted form.",
    "Log access is limited to the ML team and Information Governance.",
])
heading(3, "Monitoring Dashboards")
table(["Dashboard", "Purpose", "Location", "Audience"], [
    ["Model Health", "Real-time performance", "Azure Monitor workbook", "ML Engineers"],
    ["Drift Dashboard", "Data and concept drift", "Power BI", "Data Scientists"],
    ["Business Metrics", "Repair lead times", "Power BI", "Asset Management"],
])
rule()

# 8 ---------------------------------------------------------------------------
heading(2, "8. Retraining Strategy")
heading(3, "Retraining Triggers")
table(["Trigger", "Condition", "Action", "Approval"], [
    ["Scheduled", "Monthly", "Full retrain", "Automatic"],
    ["Performance", "Metric below warning level", "Full retrain", "ML Lead"],
    ["Data drift", "PSI > 0.2 for two weeks", "Evaluate and retrain", "Data Scientist"],
    ["Manual", "On request", "As specified", "Requestor"],
])
heading(3, "Retraining Calendar")
bullets([
    "January: full retrain of DefectNet with the winter labels",
    "April: full retrain of all vision models before the summer survey",
    "July: RepairRanker back-test against the first half-year of repairs",
    "October: full retrain before the freeze-thaw season",
    "Every month: incremental updates when the label volume trigger fires",
])
heading(3, "Champion-Challenger Deployment")
mermaid("""
flowchart LR
    A[Request] --> B{Traffic Router}
    B -->|90%| C[Champion Model]
    B -->|10%| D[Challenger Model]
    C --> E[Response]
    D --> E
    E --> F[Metrics Collection]
    F --> G{Challenger Better?}
    G -->|Yes| H[Promote Challenger]
    G -->|No| I[Keep Champion]
""")
heading(3, "Retraining Data Windows")
bullets([
    "DefectNet: last 24 months",
    "SeverityGrader: last 24 months",
    "RepairRanker: last 5 years",
    "DuplicateMatcher: last 12 months",
])
heading(3, "Rollback Drills")
bullets([
    "A rollback is rehearsed every quarter",
    "The drill uses the staging environment",
    "Time to roll back is recorded",
    "The target is 15 minutes",
    "Findings update the runbook",
])
heading(3, "Automated and Manual Retraining")
para("Scheduled and data-driven retraining run without a person starting them,",
     "but no retrained model reaches production without the approval workflow",
     "in section 5. Manual retraining is used after a labelling guideline change",
     "or when the survey supplier changes cameras.")
bullets([
    "Automatic: monthly schedule, new label volume, drift for two weeks",
    "Manual: guideline changes, camera changes, incident findings",
    "Never automatic: promotion to production, changes to fairness thresholds",
])
heading(3, "Rollback Procedure")
numbered([
    "**Detect Issue**: an alert fires or an inspector raises a concern",
    "**Assess Impact**: the on-call ML engineer sizes the scope",
    "**Rollback Decision**: the ML Lead approves the rollback",
    "**Execute Rollback**: traffic returns to the previous registered version",
    "**Verify**: metrics return to baseline within 24 hours",
    "**Post-mortem**: root cause written up within five working days",
])
rule()

# 9 ---------------------------------------------------------------------------
heading(2, "9. LLM/GenAI Operations")
para("ReportTriage uses a large language model to summarise citizen reports and",
     "suggest a defect category. DuplicateMatcher supplies similar past reports as",
     "context (retrieval-augmented generation). The LLM never replies to citizens.")
heading(3, "LLM Configuration")
keyvalues([
    ("Model Provider", "Azure OpenAI (UK South)"),
    ("Model", "GPT-4o mini"),
    ("Deployment", "API, provisioned throughput"),
    ("Fine-tuned", "No"),
])
heading(3, "Prompt Management")
keyvalues([
    ("Versioning", "Prompts in Git, released with the service"),
    ("Testing", "420 labelled reports scored on every change"),
    ("A/B Testing", "Yes, through the canary route"),
])
heading(3, "Prompt Catalogue")
heading(4, "Summary Prompt")
bullets([
    "Asks for two sentences naming the defect, the place and any danger mentioned",
    "Forbids adding facts that are not in the report",
    "Version 1.4, tested on the 420-report set with 93% agreement",
])
heading(4, "Category Prompt")
bullets([
    "Chooses one of eleven categories from the inspection manual",
    "Answers with the category code only, checked against the allow-list",
    "Version 2.1, tested with 91% agreement",
])
heading(3, "Token Budget")
bullets([
    "Daily budget of 2.5 M tokens, alert at 80%",
    "Requests above 1,500 tokens are truncated to the latest report text",
    "Batch summaries for non-urgent reports use the overnight quota",
])
heading(3, "Provider Exit Plan")
para("Prompts, evaluation sets and the output contract do not depend on one",
     "provider. A switch to another approved model is tested on the 420-report",
     "set and released through the normal canary route.")
heading(3, "Fine-tuning")
para("No fine-tuning is planned. The base model with retrieved examples meets",
     "the agreement target; fine-tuning would add a training pipeline, an",
     "evaluation burden and a model to retire, for little gain.")
heading(3, "Guardrails & Safety")
table(["Control", "Implementation", "Monitoring"], [
    ["Input validation", "PII redaction, prompt injection filter", "Logged"],
    ["Output filtering", "Content safety filters, category allow-list", "Logged"],
    ["Token limits", "1,500 tokens per request", "Metered"],
    ["Rate limiting", "60 requests per minute per client", "Enforced"],
])
heading(3, "RAG Pipeline Operations")
table(["Component", "Technology", "Refresh"], [
    ["Vector Store", "Azure AI Search", "Real-time"],
    ["Embedding Model", "all-MiniLM-L6-v2 (self-hosted)", "-"],
    ["Retriever", "Hybrid (keyword and vector)", "-"],
])
heading(3, "RAG Flow")
mermaid("""
flowchart LR
    A[New report] --> B[PII redaction]
    B --> C[Embedding]
    C --> D[Vector search]
    D --> E[Similar reports]
    E --> F[Prompt assembly]
    B --> F
    F --> G[LLM summary]
    G --> H[Output filters]
    H --> I[Inspector queue]
""")
heading(3, "Response Quality Monitoring")
bullets([
    "Inspectors rate one summary in twenty as useful or not useful.",
    "Category suggestions are compared with the category the inspector chose.",
    "Hallucination checks confirm every location named in a summary appears in the report.",
    "A weekly sample of 50 summaries is read by the product owner.",
])
heading(3, "Cost Optimization")
bullets([
    "Token usage per day: 2.1 M now, 1.6 M target, through shorter prompts",
    "Cost per request: £0.004 now, £0.003 target, through caching duplicates",
    "Batch summaries overnight for reports that are not urgent",
])
rule()

# 10 --------------------------------------------------------------------------
heading(2, "10. CI/CD for ML")
heading(3, "Pipeline Architecture")
mermaid("""
flowchart LR
    A[Code Push] --> B[Unit Tests]
    B --> C[Data Validation]
    C --> D[Model Training]
    D --> E[Model Validation]
    E --> F[Integration Tests]
    F --> G[Deploy to Staging]
    G --> H[E2E Tests]
    H --> I[Deploy to Prod]
""")
heading(3, "Pipeline Ownership")
bullets([
    "Training pipelines: ML Engineers",
    "Data pipelines: Data Engineers",
    "Release pipeline: Platform team",
    "Prompt changes: Product Owner and ML Lead",
])
heading(3, "Source Control")
table(["Artifact", "Repository", "Branch Strategy"], [
    ["Model code", "roadsense-models", "Trunk-based"],
    ["Training pipelines", "roadsense-pipelines", "Trunk-based"],
    ["Config and prompts", "roadsense-config", "Trunk-based"],
    ["Data (DVC)", "roadsense-data", "Versioned"],
])
heading(3, "Branch Protection")
bullets([
    "Every change needs one review from another engineer.",
    "The unit tests and data validation must pass before merging.",
    "Changes to prompts and fairness thresholds need the ML Lead's review.",
])
heading(3, "Automated Testing")
table(["Test Type", "What", "When", "Tool"], [
    ["Unit tests", "Transforms, feature code", "Every push", "pytest"],
    ["Data validation", "Schema, quality, blurring", "Pre-training", "Great Expectations"],
    ["Model validation", "Thresholds, fairness", "Post-training", "pytest and Fairlearn"],
    ["Integration", "Endpoints", "Pre-deploy", "pytest"],
    ["E2E", "Full pipeline on a sample district", "Pre-prod", "Azure ML pipeline"],
])
heading(3, "Continuous Training")
bullets([
    "Scheduled: full training, about 9 hours, produces a new model version",
    "Data update: incremental training, about 2 hours, produces an updated model",
])
heading(3, "Quality Gates")
numbered([
    "Unit test coverage of feature code stays above 80%.",
    "Data validation passes with no blocking expectation failed.",
    "The candidate beats the champion on the held-out districts.",
    "No fairness metric moves past its warning level.",
    "Latency on the staging endpoint stays within target.",
    "The model card is updated and reviewed.",
])
heading(3, "Continuous Deployment")
numbered([
    "A merged change builds a container and runs the unit tests.",
    "The pipeline trains on a sample district and validates the model.",
    "The model is registered in Staging and deployed to the staging endpoint.",
    "End-to-end tests replay one week of reports against staging.",
    "The ML Lead approves promotion; the release pipeline deploys to production.",
])
heading(3, "Infrastructure as Code")
bullets([
    "Terraform describes workspaces, endpoints, storage and networking.",
    "Azure Policy blocks resources outside UK South.",
    "Secrets live in Key Vault; pipelines use managed identities.",
    "Infrastructure is described in Terraform; no resource is created by hand.",
])
rule()

# 11 --------------------------------------------------------------------------
heading(2, "11. Model Governance")
heading(3, "Documentation Requirements")
para("Each model must have:")
for item in ["Model card (purpose, limitations, performance)", "Training data documentation",
             "Feature documentation", "Performance benchmarks", "Bias and fairness analysis",
             "Intended use and misuse cases"]:
    line("- [x] " + item)
line()
heading(3, "Model Card Template")
line("```markdown")
for text in ["## Model Card: [Model Name]", "", "### Model Details", "- Developer: [Team]",
             "- Version: [X.Y.Z]", "", "### Intended Use", "- Primary: [Intended use case]",
             "- Out-of-scope: [What NOT to use for]", "", "### Limitations", "- [Known limitations]"]:
    line(text)
line("```")
line()
heading(3, "Roles and Responsibilities")
bullets([
    "ML Lead: accountable for every production model and its approval",
    "Data Scientists: responsible for model cards and evaluation evidence",
    "ML Engineers: responsible for pipelines, registry and endpoints",
    "Product Owner: consulted on promotions, informed of every incident",
    "Information Governance: consulted on data use, approves deletion",
    "Ethics Panel: approves High risk models and reviews AI incidents",
])
heading(3, "Decision Log")
bullets([
    "Promotions and their approvers",
    "Threshold changes and reasons",
    "Incidents and remedies",
    "Retirements and dates",
])
heading(3, "Review Cadence")
bullets([
    "Weekly model review: alerts, drift reports, open incidents",
    "Monthly governance review: fairness results, approvals, retirements",
    "Quarterly: this strategy, risk assessments and the ATRS record",
])
heading(3, "Audit Trail")
table(["Event", "Logged", "Retention"], [
    ["Model training", "Yes", "7 years"],
    ["Model deployment", "Yes", "7 years"],
    ["Predictions", "Yes", "24 months"],
    ["Model changes", "Yes", "7 years"],
])
heading(3, "Model Risk Assessment")
para("Each model is assessed when first registered and again at every major",
     "version. The assessment covers:")
bullets([
    "Who is affected by an error, and how badly",
    "How an error would be noticed, and how quickly",
    "Whether a person reviews the output before anything happens",
    "Whether the model treats road users or areas differently",
])
para("The risk level sets the approval path in section 5 and the fairness checks",
     "in section 7.")
heading(3, "Model Card Storage")
para("Model cards are Markdown files in the model repository, rendered into the",
     "registry description on every release, so the registry and Git never",
     "disagree about what a model is for.")
heading(3, "Model Retirement")
bullets([
    "**Deprecation notice**: announced with a sunset date, approved by the ML Lead",
    "**Migration**: users moved to the replacement by the Product Owner",
    "**Archival**: artefacts moved to cold storage by the ML Engineer",
    "**Deletion**: removed after the retention period, signed off by Information Governance",
])
rule()

# 12 --------------------------------------------------------------------------
heading(2, "12. Responsible AI Operations")
heading(3, "Bias Detection")
table(["Check", "Method", "Frequency", "Owner"], [
    ["Training data bias", "Coverage of districts and road classes", "Pre-training", "Data Scientist"],
    ["Model predictions bias", "Fairness metrics (Fairlearn)", "Monthly", "ML Engineer"],
    ["Outcome bias", "Repair lead time by deprivation decile", "Quarterly", "Product Owner"],
])
heading(3, "Explainability")
table(["Model", "Method", "Output"], [
    ["RepairRanker", "SHAP", "Top five reasons shown to inspectors"],
    ["SeverityGrader", "Grad-CAM", "Heat map over the defect"],
    ["ReportTriage", "Cited source reports", "Links to the reports used"],
])
heading(3, "Accessible Explanations")
bullets([
    "Reasons use plain words, not feature names",
    "Heat maps have a text alternative",
    "Explanations are tested with inspectors",
    "Citizens get a written explanation on request",
])
heading(3, "Human Oversight")
table(["Scenario", "Oversight Level", "Implementation"], [
    ["High confidence defect", "Review queue", "Inspector confirms in the app"],
    ["Low confidence defect", "Mandatory review", "Human decision"],
    ["Repair ranking", "Full review", "Area manager approves the weekly list"],
    ["Appeals from citizens", "Full review", "Manual override"],
])
heading(3, "Equality Impact")
para("An equality impact assessment covers the repair ranking. Rural roads and",
     "deprived areas could lose out if traffic counts dominated the ranking, so",
     "the ranker's weights are reviewed with area managers each quarter and the",
     "lead time gap is published in the quarterly governance report.")
heading(3, "Feedback Loop")
mermaid("""
flowchart LR
    A[Prediction] --> B[Inspector Feedback]
    B --> C[Feedback Database]
    C --> D[Analysis]
    D --> E{Issue Identified?}
    E -->|Yes| F[Model Update]
    E -->|No| G[Continue Monitoring]
""")
heading(3, "Transparency to the Public")
para("The report portal tells citizens that an AI model summarises reports and",
     "that an inspector decides every repair. The ATRS record and a plain English",
     "description of the ranking are linked from the portal footer.")
heading(3, "Incident Response for AI Harms")
numbered([
    "Anyone can raise an AI concern through the service desk or the inspector app.",
    "The ML Lead triages it within two working days.",
    "Serious harms pause the affected model and trigger the rollback procedure.",
    "The ethics panel reviews the incident and agrees the remedy.",
    "Lessons are recorded in the model card and the risk register.",
])
para("Harms reported by the public follow the agency's incident process; an AI",
     "incident is reviewed by the ethics panel within ten working days.")
rule()

# 13 --------------------------------------------------------------------------
heading(2, "13. UK Government AI Compliance")
heading(3, "AI Playbook Principles")
table(["Principle", "Implementation", "Status"], [
    ["Understand users and their needs", "Inspector research in discovery", "Met"],
    ["Use AI responsibly", "Ethics panel, fairness monitoring", "Met"],
    ["Design for transparency", "ATRS record, explanations in the app", "Partial"],
    ["Build in accountability", "Named owners, approval workflow", "Met"],
])
heading(3, "ATRS Requirements")
fields([
    ("ATRS Record ID", "Draft with CDDO"),
    ("Algorithmic Tool Name", SYSTEM),
    ("Purpose", "Prioritise road repairs from survey imagery and reports"),
    ("Tier", "1: Decision support"),
    ("Transparency URL", "To be published on GOV.UK before live service"),
])
heading(3, "Assurance Evidence")
bullets([
    "Model cards for every production model",
    "Fairness reports, monthly",
    "Ethics panel minutes",
    "Penetration test reports",
    "The DPIA and its reviews",
])
heading(3, "DPIA Integration")
table(["DPIA Element", "MLOps Link"], [
    ["Processing purposes", "Model use cases"],
    ["Data sources", "Training data (section 3)"],
    ["Automated decisions", "None: inspectors decide"],
    ["Impact on individuals", "Fairness monitoring"],
])
heading(3, "Publication Plan")
numbered([
    "Complete the ATRS record with the Information Governance team.",
    "Review it with CDDO and publish it before the public beta.",
    "Update it within a month of any major model version.",
    "Review it every quarter with this strategy.",
])
heading(3, "ICO AI and Data Protection")
bullets([
    "Lawful basis: public task, recorded in the DPIA",
    "Data minimisation: faces and plates blurred before storage",
    "Individual rights: citizens can ask how their report was handled",
    "No solely automated decisions with legal or similar effects",
])
para("JSP 936 does not apply: this is not a defence system.")
rule()

# 14 --------------------------------------------------------------------------
heading(2, "14. Costs and Resources")
heading(3, "Funding")
bullets([
    "Capital: discovery and build",
    "Revenue: run costs from year two",
    "Reviewed at each spending round",
])
heading(3, "Cost Drivers")
bullets([
    "GPU hours for vision training",
    "Storage of survey frames",
    "Tokens for report triage",
    "Always-on online endpoints",
])
heading(3, "Infrastructure Costs")
table(["Component", "Monthly Cost", "Scaling"], [
    ["Training compute", "£6,200", "Per job"],
    ["Serving infrastructure", "£3,900", "Per request"],
    ["Storage", "£2,700", "Per TB"],
    ["Monitoring tools", "£600", "Fixed"],
    ["**Total**", "**£13,400**", "-"],
])
heading(3, "Cost Assumptions")
bullets([
    "Prices are Azure list prices for UK South, less the agency's discount.",
    "Survey volumes stay at 38 TB a year; a second camera would double storage.",
    "Token use grows with report volume, about 10% a year.",
    "Staff costs are excluded from the monthly figure and shown as FTE.",
])
heading(3, "Cost Controls")
bullets([
    "Budgets and alerts on each Azure resource group at 80% of the monthly figure",
    "Compute clusters scale to zero; idle notebooks stop after one hour",
    "Cool storage for frames older than six months",
    "Token use reported weekly per prompt version",
])
heading(3, "Platform Licensing")
bullets([
    "Azure ML and Azure OpenAI: consumption, under the agency enterprise agreement",
    "Feast, MLflow, DVC, Optuna and Fairlearn: open source, no licence fee",
    "Power BI: existing agency licences",
])
heading(3, "Training Compute Budget")
para("The training budget is 1,100 GPU-hours a year. Monthly retraining of all",
     "models uses about 600 hours; the rest is kept for experiments and the",
     "quarterly reproducibility drill.")
heading(3, "Team Structure")
table(["Role", "FTE", "Skills"], [
    ["ML Engineer", "2", "Python, Azure ML, Terraform"],
    ["Data Scientist", "2", "Computer vision, statistics"],
    ["Data Engineer", "1.5", "Spark, Delta Lake, APIs"],
])
rule()

# 15 --------------------------------------------------------------------------
heading(2, "15. Requirements Traceability")
table(["Requirement ID", "Requirement", "MLOps Element", "Status"], [
    ["FR-ML-001", "Detect defects in survey frames", "Model: ML-001", "✅"],
    ["FR-ML-002", "Grade defect severity", "Model: ML-002", "✅"],
    ["FR-ML-003", "Rank repairs by risk", "Model: ML-003", "✅"],
    ["FR-ML-004", "Summarise citizen reports", "Model: ML-004, guardrails", "✅"],
    ["FR-ML-005", "Match duplicate reports", "Model: ML-005", "✅"],
    ["NFR-P-001", "Triage latency below 800 ms", "Serving SLA", "✅"],
    ["NFR-A-001", "Availability 99.5%", "Serving SLA", "✅"],
    ["NFR-SEC-001", "Role-based access", "Access control", "✅"],
    ["NFR-SEC-002", "Redact personal data", "Guardrails, ingestion blurring", "✅"],
    ["DR-001", "Image retention 36 months", "Data versioning", "✅"],
    ["DR-002", "Label quality reported monthly", "Labelling process", "✅"],
    ["DR-003", "Features documented with owners", "Feature definitions", "✅"],
    ["NFR-P-002", "Nightly batch done by 06:30", "Batch schedule", "✅"],
    ["NFR-SEC-003", "Data stays in UK South", "Infrastructure as code", "✅"],
    ["BR-004", "Explain each repair ranking", "Explainability (SHAP)", "✅"],
    ["BR-006", "Fair service across districts", "Fairness monitoring", "✅"],
])
rule()

heading(3, "Coverage Notes")
bullets([
    "Every FR-ML requirement maps to a model",
    "Every performance NFR maps to a serving target",
    "Security NFRs map to controls in sections 6 and 9",
    "Data requirements map to section 3",
])
heading(3, "Data to Model Lineage")
bullets([
    "Survey imagery and inspector labels: DefectNet, SeverityGrader",
    "Asset register, weather and repair history: RepairRanker",
    "Citizen reports: ReportTriage, DuplicateMatcher",
])
heading(3, "Model to Deployment Mapping")
bullets([
    "DefectNet, SeverityGrader, RepairRanker: nightly batch endpoints",
    "ReportTriage: Azure OpenAI deployment behind API Management",
    "DuplicateMatcher: managed online endpoint",
])
rule()

heading(2, "Approval")
table(["Role", "Name", "Signature", "Date"], [
    ["ML Lead", "Priya Natarajan", "", ""],
    ["Data Science Lead", "Kwame Mensah", "", ""],
    ["Product Owner", "Sarah Whitlock", "", ""],
    ["Ethics Panel (High risk)", "Dr Helen Osei", "", ""],
])
heading(2, "External References")
table(["Document", "Type", "Source", "Key Extractions", "Path"], [
    ["Survey contract schedule 4", "Contract", "Supplier", "Image resolution, frame rate", "external/survey-schedule-4.pdf"],
    ["Inspection manual 2023", "Policy", "Agency", "Defect categories and grades", "external/inspection-manual.pdf"],
])
para("The defect grades follow the agency inspection manual [WHA-C1] and the",
     "national code of practice[^1]; see the [ATRS guidance][atrs].")
line("[^1]: Well-managed Highway Infrastructure, 2016.")
line()
line("[atrs]: https://www.gov.uk/government/collections/algorithmic-transparency-recording-standard-hub")
line()
rule()

line("**Generated by**: ArcKit `/arckit.mlops` command")
line("**Generated on**: 2025-03-17")
line("**ArcKit Version**: 1.0.4")
line("**Project**: " + PROJECT)
line("**Model**: ArcKit MLOps Studio")
line()

answers = {
    "owner": "Priya Natarajan, Head of Data Science",
    "classification": "OFFICIAL",
    "status": "IN_REVIEW",
    "systemName": SYSTEM,
    "regime": "uk-gov",
    "riskLevel": "High",
    "humanOversight": "Required",
    "atrs": "Required",
    "atrsTier": "1",
    "platform": "Azure ML",
    "featureStore": "Feast",
    "driftMethod": "PSI",
    "driftThreshold": "0.2",
    "llmOperations": True,
    "models": [{"id": "ML-%03d" % i, "name": n} for i, n in enumerate(
        ["DefectNet", "SeverityGrader", "RepairRanker", "ReportTriage", "DuplicateMatcher"], 1)],
}
line("<!-- arckit-mlops-answers")
for text in json.dumps(answers, indent=2, ensure_ascii=False).split("\n"):
    line(text)
line("-->")

text = "\n".join(out) + "\n"
in_code = False
tables = diagrams = 0
previous = ""
for current in text.split("\n"):
    if current.startswith("```"):
        if not in_code and current == "```mermaid":
            diagrams += 1
        in_code = not in_code
    elif not in_code and current.startswith("|-") and previous.startswith("| "):
        tables += 1
    previous = current

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "long-mlops.md")
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
print("%s: %d bytes, %d lines, %d tables, %d mermaid diagrams"
      % (path, len(text.encode("utf-8")), text.count("\n"), tables, diagrams))
