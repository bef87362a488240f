<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>ArcKit MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2), KSyntaxHighlighting %3, md4c %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ArcKit MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ArcKit MLOps Studio %1&lt;/h2&gt;&lt;p&gt;Creates and revises MLOps strategy documents for ArcKit repositories, interactively: it reads the project&apos;s requirements and other documents, asks what it cannot find, and checks the result against the ArcKit mlops command.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::AnswersPage</name>
    <message>
        <source>What is needed to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the items with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tick at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered from your previous document in this repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ChecklistModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ChecklistPanel</name>
    <message>
        <source>Validation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or generate an MLOps strategy to see its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::DataSourceModel</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::DiffView</name>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 line(s) removed, %2 added</source>
        <translation>
            <numerusform>%n change: %1 line(s) removed, %2 added</numerusform>
            <numerusform>%n changes: %1 line(s) removed, %2 added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arckit::DocumentSession</name>
    <message>
        <source>New MLOps strategy (project %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery copy %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::DocumentView</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::FileActions</name>
    <message>
        <source>&amp;New MLOps Strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the wizard on the selected project and generate its MLOps strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Markdown document; an MLOps strategy opens for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ArcKit repository (a folder holding projects/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as the project&apos;s next version; existing versions are never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise with &amp;Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-open the wizard with this document&apos;s answers and regenerate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent &amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent Re&amp;pository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MLOps Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project in the project tree first (000-global holds cross-project policies and gets no MLOps strategy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated the MLOps strategy for %1; Save writes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown documents (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the wizard&apos;s answers were restored from the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its embedded answers could not be read (%1), so the wizard starts from the project&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it has no embedded answers, so the wizard starts from the project&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML documents (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s project is not in the open repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no embedded wizard answers, so every section looks edited by hand. Regenerating can keep all of them (only Document Control changes) or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sections were edited by hand since the document was generated:

• %1

Keep your edits, or replace them with text generated from the new answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep My Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be regenerated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Regenerated; %n hand-edited section(s) kept. Undo restores the previous text.</source>
        <translation>
            <numerusform>Regenerated; %n hand-edited section kept. Undo restores the previous text.</numerusform>
            <numerusform>Regenerated; %n hand-edited sections kept. Undo restores the previous text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regenerated. Undo restores the previous text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them as a new version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new MLOps strategy (project %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArcKit MLOps Studio did not close properly last time. Unsaved changes to %1 from %2 were kept.

Restore them? (Nothing is written to the document until you save.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from disk; Save writes a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it has no embedded answers: the Revision panel lists those its text implies, which the wizard starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program after you opened it. The new version is compared with the text you opened, so the other program&apos;s changes would not be in it.

Save the revision anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to insert: the document already has those sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n section(s): %1. Undo removes them.</source>
        <translation>
            <numerusform>Inserted %n section: %1. Undo removes it.</numerusform>
            <numerusform>Inserted %n sections: %1. Undo removes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arckit::GovernanceWizardPage</name>
    <message>
        <source>No significant impact on individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some impact, not life-affecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant impact on individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics board review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-affecting, legal, employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministerial / executive approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules the ML system answers to, how risky its models are, and the oversight and transparency that follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Human oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model risk criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency and assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ATRS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic Transparency Recording Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1: decision support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2: automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSP &amp;936 risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence AI assurance; only for the Ministry of Defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or document ID of the Data Protection Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ATRS tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification %1 (first page) is not on the %2 scale: go Back and choose one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::LlmWizardPage</name>
    <message>
        <source>LLM and GenAI operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the model name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt mana&amp;gement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioned prompt templates in Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;uardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PII redaction, toxicity filter, prompt-injection detection, grounding check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval (RAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2M tokens per day, £500 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the language models are chosen, prompted, guarded and paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallback provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback mo&amp;del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model used when the primary one is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the model inventory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on the Use case and model type page as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::MainWindow</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository scanned in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronise Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ArcKit MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside an ArcKit repository: no folder named projects/ was found there or above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or generate an MLOps strategy to see its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks apply to MLOps strategy documents (ARC-*-MLOPS-*); this document is only outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MLOps strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::MarkdownEditor</name>
    <message>
        <source>Markdown editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::MaturityWizardPage</name>
    <message>
        <source>Manual, notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoC, exploration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First production model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI/CD for ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Serving pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Monitoring triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production at scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Auto-remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ML system&apos;s operations are today and where they should be; the target is at least the current level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Q4 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps maturity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target level (%1) must not be below the current level (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::MlopsWizard</name>
    <message>
        <source>MLOps strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps strategy for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case and model type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform and pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM and GenAI operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(no GenAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: GenAI is not among the use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed answers in this wizard. Close it and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ModelInventoryModel</name>
    <message>
        <source>Numbered automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation model API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::MonitoringWizardPage</name>
    <message>
        <source>Monitoring and retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How drift, performance and fairness are watched, what makes a model retrain, and how a new model reaches production and is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift and performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population Stability Index (PSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jensen-Shannon divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-squared test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PSI &gt; 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance metr&amp;ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. accuracy, precision, recall, F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance thres&amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. F1 below 0.85 raises an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness monitorin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected gro&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. age, sex, disability, ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance degradation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drift detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manua&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining schedul&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. monthly, first Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deplo&amp;yment strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raffic split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10% challenger / 90% champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback &amp;criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. error rate above 1% or p99 latency above target for 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the protected groups that fairness monitoring covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the retraining schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::OutlineModel</name>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, heading level %2, line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::OutlinePanel</name>
    <message>
        <source>Document outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sections summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sections: no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sections: %1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::PlatformWizardPage</name>
    <message>
        <source>Platform and pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where models are trained, tracked and served, the targets serving must meet, the training data, and what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML &amp;platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiment tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature s&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orchestration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;atch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p&amp;50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &lt; 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p&amp;99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &lt; 500 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hroughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,000 requests/second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avai&amp;lability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 99.9%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train&amp;ing cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £2,000 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ving cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £1,500 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £200 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £300 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML engineers (FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scientists (FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data engineers (FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::PreviewPane</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ProjectTreeModel</name>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Playbook Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic Transparency Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSP 936 AI Assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic Outline Business Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture Decision Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure by Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology Code of Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Source Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML-related requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Older version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (missing, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ProjectTreePanel</name>
    <message>
        <source>Project tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository is open.
Use File › Open Repository… to choose a folder that holds projects/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ProjectWizardPage</name>
    <message>
        <source>Project and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project the strategy is for, what its documents provide, and the Document Control details only you can supply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 requirement in %1, %2 ML-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 requirements in %1, %2 ML-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirements document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ArcKit documents in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing documents and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prerequisite document is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Pipeline configurations, model cards or evaluation reports placed in %1/external/ would improve the strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠️ The requirements document (ARC-*-REQ-*.md) is missing. The mlops command reads the ML use cases, performance and data requirements from it: run the requirements command first. Without it the strategy has no requirements traceability and more of it must be typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proceed without a requirements document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed without a requirements document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commercial classification scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UK Government Security Classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you want to proceed without a requirements document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the %2 classification scale; choose one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::RecentList</name>
    <message>
        <source>No recent items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ReferenceSectionsModel</name>
    <message>
        <source>%1 (as “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing; if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2. Subsections not found: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::RequirementsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML-related: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ML-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::RequirementsPanel</name>
    <message>
        <source>&amp;ML-related only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ML-related requirements only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s), %1 ML-related</source>
        <translation>
            <numerusform>%n requirement, %1 ML-related</numerusform>
            <numerusform>%n requirements, %1 ML-related</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::ReviewWizardPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be generated, and what the validation checks found in it. Go Back to change an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to go to the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document passes every check of the mlops command and ArcKit&apos;s quality checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3. The document can be generated as it is and fixed in the editor, or go Back and complete the answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::RevisionDialog</name>
    <message>
        <source>&amp;Major revision (next major version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (Revision History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revising:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise from version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing can be written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::RevisionPanel</name>
    <message>
        <source>&amp;Insert Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;All Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an MLOps strategy (ARC-…-MLOPS-v….md) to revise it: its reference sections, the answers its text implies and what to look at appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the checked sections from the template, each where the reference order puts it (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert every missing section that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers inferred from the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wizard answers are embedded in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answers are inferred from its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text implies no answers; the wizard starts from the project&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document states this more than one way; choose it in the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers inferred from the text (double-click to see the line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;All Missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::SaveVersionDialog</name>
    <message>
        <source>&amp;Major version (a substantial change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File that will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised in ArcKit MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing versions are never overwritten; this saves a new file beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::SectionGapsModel</name>
    <message>
        <source>Reference section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: check it and choose Insert to add it from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies only to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systems using generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK public-sector systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as “%1”, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::SourceViewer</name>
    <message>
        <source>Source document (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, line %2. Read-only: this window never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Read-only: this window never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::UseCaseWizardPage</name>
    <message>
        <source>Full control; training infrastructure needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base model with custom training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external API (OpenAI, Anthropic, etc.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud AI services (Comprehend, Vision AI, etc.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer &amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GenAI / LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecas&amp;ting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case and model type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the ML system does, the kind of models it uses, and who is responsible for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What business problem does ML solve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does ML affect end users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases and model type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML &amp;engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name model %1 in the inventory, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::WarningsModel</name>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Fix or replace the file; the project tree updates by itself when it changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::WarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mandatory, %2 recommended, %3 optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arckit::WelcomeView</name>
    <message>
        <source>MLOps strategies in this repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArcKit MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLOps strategy (ARC-*-MLOPS-*.md) opens for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder holding projects/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project in the Projects panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: the wizard reads the project&apos;s documents and asks the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository is open. Open Repository chooses a folder holding projects/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository %1, project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: New MLOps Strategy writes the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
