#include "reviewwizardpage.h"

#include "documentrenderer.h"
#include "documentvalidator.h"
#include "documentwriter.h"
#include "generationsummary.h"
#include "placeholdernames.h"
#include "wizardstate.h"

#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace arckit {

namespace {

QString repositoryRoot(const Project &project)
{
    // The project folder is <root>/<relativePath>.
    if (project.path.isEmpty() || project.relativePath.isEmpty())
        return {};
    QString root = QDir::cleanPath(project.path);
    const QString relative = QDir::cleanPath(project.relativePath);
    if (root.endsWith(relative))
        root.chop(relative.size());
    return QDir::cleanPath(root);
}

QStyle::StandardPixmap iconFor(ValidationFinding::Severity severity)
{
    switch (severity) {
    case ValidationFinding::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case ValidationFinding::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case ValidationFinding::Severity::Info:
        return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

ReviewWizardPage::ReviewWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("Review"),
                  tr("What will be generated, and what the validation checks found in it. Go Back to change an "
                     "answer."),
                  parent)
    , m_summary(new QTextBrowser)
    , m_placeholderSummary(new QLabel)
    , m_placeholders(new QTreeWidget)
    , m_count(new QLabel)
    , m_checklist(new QTreeWidget)
{
    auto *summaryBox = new QGroupBox(tr("Summary"));
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setOpenLinks(false);
    m_summary->setMinimumHeight(220);
    summaryLayout->addWidget(m_summary);
    body()->addWidget(summaryBox, 3);

    auto *placeholdersBox = new QGroupBox(tr("Placeholders left"));
    auto *placeholdersLayout = new QVBoxLayout(placeholdersBox);
    m_placeholderSummary->setObjectName(QStringLiteral("placeholderCount"));
    m_placeholderSummary->setWordWrap(true);
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setAccessibleName(tr("Placeholders left, by section"));
    m_placeholders->setHeaderLabels({tr("Section or placeholder"), tr("Line"), tr("Answer that fills it")});
    m_placeholders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_placeholders->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_placeholders->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_placeholders->header()->setStretchLastSection(false);
    m_placeholders->setMinimumHeight(140);
    connect(m_placeholders, &QTreeWidget::itemActivated, this, &ReviewWizardPage::activate);
    m_placeholders->installEventFilter(this);
    placeholdersLayout->addWidget(m_placeholderSummary);
    placeholdersLayout->addWidget(m_placeholders);
    body()->addWidget(placeholdersBox, 2);

    auto *checksBox = new QGroupBox(tr("Validation checklist"));
    auto *checksLayout = new QVBoxLayout(checksBox);
    m_count->setObjectName(QStringLiteral("findingCount"));
    m_count->setWordWrap(true);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Validation checklist"));
    m_checklist->setRootIsDecorated(false);
    m_checklist->setUniformRowHeights(false);
    m_checklist->setWordWrap(true);
    m_checklist->setHeaderLabels({tr("Severity"), tr("Line"), tr("Check"), tr("Finding")});
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checklist->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checklist->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_checklist->header()->setStretchLastSection(true);
    m_checklist->setMinimumHeight(150);
    connect(m_checklist, &QTreeWidget::itemActivated, this, &ReviewWizardPage::activate);
    m_checklist->installEventFilter(this);
    checksLayout->addWidget(m_count);
    checksLayout->addWidget(m_checklist);
    body()->addWidget(checksBox, 2);
}

void ReviewWizardPage::initializePage()
{
    AnswersPage::initializePage();
    const WizardState &state = *this->state();
    const Project &project = state.analysis.project;

    const QString fileName = DocumentWriter::nextFileName(project);
    const QString filePath =
        project.relativePath.isEmpty() ? fileName : project.relativePath + QLatin1Char('/') + fileName;
    // The command prints this block after saving; here it previews it, so its
    // first line ("generated!") is left out. Hard line breaks keep one fact a line.
    QStringList lines = GenerationSummary::format(state.answers, filePath).split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        lines.removeFirst();
    for (QString &line : lines)
        if (!line.isEmpty())
            line += QStringLiteral("  ");
    m_summary->setMarkdown(lines.join(QLatin1Char('\n')));

    RenderInput input;
    input.answers = state.answers;
    input.project = project;
    input.requirements = state.analysis.requirements;
    input.repositoryRoot = repositoryRoot(project);
    input.version = DocumentWriter::nextVersion(project);
    const RenderResult rendered = DocumentRenderer().render(input);
    m_markdown = rendered.markdown;
    m_lineStarts = {0};
    for (qsizetype at = m_markdown.indexOf(QLatin1Char('\n')); at >= 0;
         at = m_markdown.indexOf(QLatin1Char('\n'), at + 1))
        m_lineStarts.append(at + 1);
    m_findings.clear();
    if (!rendered.ok()) {
        m_findings.append({ValidationFinding::Severity::Error, QStringLiteral("template"), rendered.error, 0});
    } else {
        ValidationContext context;
        context.fileName = fileName;
        context.mlRequirements = state.analysis.mlRequirements();
        context.ukGovernment = state.answers.isUkGovernment();
        m_findings = DocumentValidator().validate(m_markdown, context);
    }
    // Errors first, then warnings, then notes; each in document order.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const ValidationFinding &a, const ValidationFinding &b) {
        return int(a.severity) < int(b.severity);
    });

    listPlaceholders();

    m_checklist->clear();
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const ValidationFinding &finding : std::as_const(m_findings)) {
        auto *item = new QTreeWidgetItem(m_checklist);
        item->setIcon(0, style()->standardIcon(iconFor(finding.severity)));
        item->setText(0, ValidationFinding::severityName(finding.severity));
        item->setText(1, finding.line > 0 ? QString::number(finding.line) : QString());
        item->setText(2, finding.rule);
        item->setText(3, finding.message);
        const QString field = fieldOf(finding, lineOf(finding.line));
        item->setData(0, Qt::UserRole, field);
        item->setToolTip(3, field.isEmpty()
                                ? finding.message
                                : tr("%1\nDouble-click or press Enter to go to the answer.").arg(finding.message));
        switch (finding.severity) {
        case ValidationFinding::Severity::Error:
            ++errors;
            break;
        case ValidationFinding::Severity::Warning:
            ++warnings;
            break;
        case ValidationFinding::Severity::Info:
            ++notes;
            break;
        }
    }
    if (m_findings.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_checklist);
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(0, tr("pass"));
        item->setText(3, tr("Every check passes."));
        m_count->setText(tr("The document passes every check of the mlops command and ArcKit's quality checklist."));
    } else {
        const QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
        const QString warningText = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
        const QString noteText = notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes);
        m_count->setText(tr("%1, %2 and %3. The document can be generated as it is and fixed in the editor, or "
                            "go Back and complete the answers.")
                             .arg(errorText, warningText, noteText));
    }
}

QString ReviewWizardPage::fieldOf(const ValidationFinding &finding, QStringView line)
{
    if (finding.rule != QLatin1String("placeholder"))
        return {};
    static const QRegularExpression named(QStringLiteral("^Placeholder (.+) has not been filled in"));
    const QRegularExpressionMatch match = named.match(finding.message);
    return match.hasMatch() ? PlaceholderNames::field(match.capturedView(1), line) : QString();
}

QStringView ReviewWizardPage::lineOf(int n) const
{
    if (n < 1 || n > m_lineStarts.size())
        return {};
    const qsizetype start = m_lineStarts.at(n - 1);
    const qsizetype end = n < m_lineStarts.size() ? m_lineStarts.at(n) - 1 : m_markdown.size();
    return QStringView(m_markdown).sliced(start, end - start);
}

QStringList ReviewWizardPage::sectionsOfLines(const QString &markdown)
{
    QStringList sections;
    QString current = tr("Before the first heading");
    QString fence; // the fence that opened the code block we are in
    static const QRegularExpression heading(QStringLiteral("^#{1,2}\\s+(.+?)\\s*#*\\s*$"));
    static const QRegularExpression fenceLine(QStringLiteral("^\\s{0,3}(`{3,}|~{3,})"));
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch fenceMatch = fenceLine.match(line);
        if (fenceMatch.hasMatch()) {
            if (fence.isEmpty())
                fence = fenceMatch.captured(1);
            else if (fenceMatch.captured(1).startsWith(fence))
                fence.clear();
        } else if (fence.isEmpty()) {
            const QRegularExpressionMatch match = heading.match(line);
            if (match.hasMatch())
                current = match.captured(1);
        }
        sections.append(current);
    }
    return sections;
}

void ReviewWizardPage::listPlaceholders()
{
    // The validator's placeholder rule is what `check` reports: the same count here.
    const QStringList sections = sectionsOfLines(m_markdown);
    m_placeholders->clear();
    m_placeholderCount = 0;
    QHash<QString, QTreeWidgetItem *> bySection;
    static const QRegularExpression named(QStringLiteral("^Placeholder (.+) has not been filled in"));
    for (const ValidationFinding &finding : std::as_const(m_findings)) {
        if (finding.rule != QLatin1String("placeholder"))
            continue;
        ++m_placeholderCount;
        const QString section =
            finding.line > 0 && finding.line <= sections.size() ? sections.at(finding.line - 1) : tr("Unknown section");
        QTreeWidgetItem *&parent = bySection[section];
        if (!parent) {
            parent = new QTreeWidgetItem(m_placeholders);
            parent->setText(0, section);
            parent->setFirstColumnSpanned(false);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(parent);
        const QRegularExpressionMatch match = named.match(finding.message);
        item->setText(0, match.hasMatch() ? match.captured(1) : finding.message);
        item->setText(1, finding.line > 0 ? QString::number(finding.line) : QString());
        const QString field = fieldOf(finding, lineOf(finding.line));
        item->setData(0, Qt::UserRole, field);
        if (!field.isEmpty()) {
            // The label the field has on its own page.
            QString label = field;
            if (QWizard *owner = wizard())
                for (int id : owner->pageIds())
                    if (auto *page = qobject_cast<AnswersPage *>(owner->page(id));
                        page && page->fieldLabel(field) != field)
                        label = page->fieldLabel(field);
            if (field == QLatin1String("models"))
                label = tr("Model inventory");
            else if (field == QLatin1String("dataSources"))
                label = tr("Training data sources");
            item->setText(2, label);
            item->setToolTip(0, tr("Double-click or press Enter to go to the answer that fills it."));
        } else {
            item->setText(2, tr("(edit the document)"));
            item->setToolTip(0, tr("No answer fills this one: complete it in the editor after generating."));
        }
    }
    for (QTreeWidgetItem *parent : std::as_const(bySection))
        parent->setText(1, tr("%1 left").arg(parent->childCount()));
    m_placeholders->expandAll();
    if (m_placeholderCount == 0)
        m_placeholderSummary->setText(tr("No placeholder left: every section is filled."));
    else
        m_placeholderSummary->setText(
            tr("The document will still have %1 in %2. Double-click one to go to the answer that fills it.")
                .arg(m_placeholderCount == 1 ? tr("1 placeholder") : tr("%1 placeholders").arg(m_placeholderCount),
                     bySection.size() == 1 ? tr("1 section") : tr("%1 sections").arg(bySection.size())));
}

bool ReviewWizardPage::eventFilter(QObject *watched, QEvent *event)
{
    // Return on a finding goes to its answer; the view would also pass the key
    // on to the wizard, whose default button would then go Next again.
    if ((watched == m_checklist || watched == m_placeholders) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QTreeWidgetItem *item = static_cast<QTreeWidget *>(watched)->currentItem();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && item &&
            !item->data(0, Qt::UserRole).toString().isEmpty()) {
            activate(item);
            return true;
        }
    }
    return AnswersPage::eventFilter(watched, event);
}

void ReviewWizardPage::activate(QTreeWidgetItem *item)
{
    const QString field = item->data(0, Qt::UserRole).toString();
    if (!field.isEmpty())
        Q_EMIT fieldRequested(field);
}

} // namespace arckit
