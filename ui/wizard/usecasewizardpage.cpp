#include "usecasewizardpage.h"

#include "modelinventorymodel.h"
#include "tableeditor.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace arckit {

namespace {

// The command's own words for each model type.
QString modelTypeDescription(const QString &key)
{
    if (key == QLatin1String("custom-trained"))
        return UseCaseWizardPage::tr("Full control; training infrastructure needed.");
    if (key == QLatin1String("fine-tuned"))
        return UseCaseWizardPage::tr("A base model with custom training.");
    if (key == QLatin1String("foundation-api"))
        return UseCaseWizardPage::tr("An external API (OpenAI, Anthropic, etc.).");
    if (key == QLatin1String("prebuilt-saas"))
        return UseCaseWizardPage::tr("Cloud AI services (Comprehend, Vision AI, etc.).");
    return {};
}

// Mnemonics for the use-case boxes that do not clash with the page's other
// labels or the wizard's Back and Next.
QString useCaseText(const QString &key)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("classification"), UseCaseWizardPage::tr("&Classification")},
        {QStringLiteral("regression"), UseCaseWizardPage::tr("&Regression")},
        {QStringLiteral("nlp"), UseCaseWizardPage::tr("NLP")},
        {QStringLiteral("computer-vision"), UseCaseWizardPage::tr("Computer &vision")},
        {QStringLiteral("genai"), UseCaseWizardPage::tr("&GenAI / LLM")},
        {QStringLiteral("recommendation"), UseCaseWizardPage::tr("Recommendation")},
        {QStringLiteral("forecasting"), UseCaseWizardPage::tr("Forecas&ting")},
        {QStringLiteral("anomaly-detection"), UseCaseWizardPage::tr("Anomaly detection")},
        {QStringLiteral("other"), UseCaseWizardPage::tr("Other")},
    };
    return texts.value(key, Answers::useCaseLabel(key));
}

} // namespace

UseCaseWizardPage::UseCaseWizardPage(WizardState *state, QWidget *parent)
    : AnswersPage(state, tr("Use case and model type"),
                  tr("What the ML system does, the kind of models it uses, and who is responsible for it."), parent)
    , m_inventory(new ModelInventoryModel(this))
{
    QFormLayout *system = addGroup(tr("ML system"));
    addText(system, QStringLiteral("systemName"), tr("&System name"), Required::Yes);
    addText(system, QStringLiteral("businessPurpose"), tr("Business &purpose"), Required::No,
            tr("What business problem does ML solve?"));
    addText(system, QStringLiteral("userImpact"), tr("&User impact"), Required::No,
            tr("How does ML affect end users?"));

    QFormLayout *kind = addGroup(tr("Use cases and model type"));
    QList<Choice> useCases;
    for (const QString &key : Answers::useCaseKeys())
        useCases.append({key, useCaseText(key)});
    const QList<QCheckBox *> checks =
        addChecks(kind, QStringLiteral("useCases"), tr("ML use cases"), useCases, 3, Required::Yes);
    for (QCheckBox *check : checks)
        if (check->objectName() == QLatin1String("useCases:genai"))
            m_genAi = check;
    QList<Choice> modelTypes;
    for (const QString &key : Answers::modelTypeKeys())
        modelTypes.append({key, Answers::modelTypeLabel(key)});
    m_modelType = addChoice(kind, QStringLiteral("modelType"), tr("Model t&ype"), modelTypes, Required::WhenNeeded);
    for (int i = 0; i < m_modelType->count(); ++i)
        m_modelType->setItemData(i, modelTypeDescription(m_modelType->itemData(i).toString()), Qt::ToolTipRole);
    m_modelTypeDescription = new QLabel;
    m_modelTypeDescription->setObjectName(QStringLiteral("modelTypeDescription"));
    m_modelTypeDescription->setWordWrap(true);
    kind->addRow(QString(), m_modelTypeDescription);
    connect(m_modelType, &QComboBox::currentIndexChanged, this, &UseCaseWizardPage::updateModelTypeDescription);
    if (m_genAi)
        connect(m_genAi, &QCheckBox::toggled, this, &UseCaseWizardPage::genAiChanged);

    auto *inventoryBox = new QGroupBox(tr("Model inventory"));
    auto *inventoryLayout = new QVBoxLayout(inventoryBox);
    m_inventoryEditor = new TableEditor(m_inventory, tr("&Add model"), tr("Re&move model"),
                                        ModelInventoryModel::NameColumn, inventoryBox);
    m_inventoryEditor->view()->setObjectName(QStringLiteral("models"));
    m_inventoryEditor->view()->setAccessibleName(tr("Model inventory"));
    m_inventoryEditor->addButton()->setObjectName(QStringLiteral("addModel"));
    m_inventoryEditor->removeButton()->setObjectName(QStringLiteral("removeModel"));
    m_inventoryEditor->enableReordering(tr("Move up"), tr("Move down"));
    m_inventoryEditor->upButton()->setObjectName(QStringLiteral("moveModelUp"));
    m_inventoryEditor->downButton()->setObjectName(QStringLiteral("moveModelDown"));
    // Every column in view at 900 pixels wide; a cell's whole text is in its
    // editor and its tooltip. The source column opens the document at the line.
    // The short columns get a fixed width made for their widest usual value:
    // a width that followed the contents would grow after the stretched
    // columns were laid out and push the source links out of view.
    QHeaderView *header = m_inventoryEditor->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(36);
    const QFontMetrics cellMetrics = m_inventoryEditor->view()->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    auto fixedWidth = [&](int column, const QString &widest) {
        const QString label = m_inventory->headerData(column, Qt::Horizontal).toString();
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(
            column, std::max(cellMetrics.horizontalAdvance(widest), headerMetrics.horizontalAdvance(label)) + 16);
    };
    fixedWidth(ModelInventoryModel::IdColumn, QStringLiteral("MOD-000"));
    fixedWidth(ModelInventoryModel::RiskColumn, tr("Very High"));
    fixedWidth(ModelInventoryModel::SourceColumn, tr("%1, line %2").arg(QStringLiteral("AWRS")).arg(8888));
    // The other columns share what is left of the width, worked out here on
    // every resize of the view: QHeaderView's own stretching kept the widths
    // of an earlier, wider layout and pushed the source links out of view.
    m_inventoryEditor->view()->viewport()->installEventFilter(this);
    // The shared columns fill the width exactly; a scroll bar would only hide the last pixels.
    m_inventoryEditor->view()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_inventoryEditor->view(), &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != ModelInventoryModel::SourceColumn)
            return;
        const QString source = index.data(ModelInventoryModel::SourceRole).toString();
        if (!source.isEmpty())
            Q_EMIT sourceRequested(source);
    });
    inventoryLayout->addWidget(m_inventoryEditor);
    inventoryLayout->addWidget(addHint(QStringLiteral("models")));
    body()->addWidget(inventoryBox);
    connect(m_inventory, &QAbstractItemModel::dataChanged, this, &UseCaseWizardPage::refreshCompleteness);
    connect(m_inventory, &QAbstractItemModel::rowsInserted, this, &UseCaseWizardPage::refreshCompleteness);
    connect(m_inventory, &QAbstractItemModel::rowsRemoved, this, &UseCaseWizardPage::refreshCompleteness);
    connect(m_inventory, &QAbstractItemModel::modelReset, this, &UseCaseWizardPage::refreshCompleteness);
    connect(m_inventory, &QAbstractItemModel::rowsMoved, this, &UseCaseWizardPage::refreshCompleteness);
    // Whether the model type is needed follows the inventory's own types.
    connect(m_inventory, &QAbstractItemModel::dataChanged, this, &UseCaseWizardPage::updateModelTypeDescription);
    connect(m_inventory, &QAbstractItemModel::rowsInserted, this, &UseCaseWizardPage::updateModelTypeDescription);
    connect(m_inventory, &QAbstractItemModel::rowsRemoved, this, &UseCaseWizardPage::updateModelTypeDescription);
    connect(m_inventory, &QAbstractItemModel::modelReset, this, &UseCaseWizardPage::updateModelTypeDescription);

    QFormLayout *people = addGroup(tr("Key stakeholders"));
    addText(people, QStringLiteral("mlLead"), tr("ML &lead"));
    addText(people, QStringLiteral("dataScientist"), tr("&Data scientist"));
    addText(people, QStringLiteral("mlEngineer"), tr("ML &engineer"));
    addText(people, QStringLiteral("productOwner"), tr("Product &owner"));
    addText(people, QStringLiteral("dataEngineer"), tr("Data engineer"));
    body()->addStretch();
}

void UseCaseWizardPage::load(const Answers &answers)
{
    AnswersPage::load(answers);
    // Detected LLM use (llmOperations) counts as the GenAI use case.
    if (m_genAi && answers.llmOperations)
        m_genAi->setChecked(true);
    m_inventory->setModels(answers.models);
    updateModelTypeDescription();
}

void UseCaseWizardPage::store(Answers &answers) const
{
    AnswersPage::store(answers);
    answers.models = m_inventory->models();
    answers.llmOperations = genAiChosen();
}

QStringList UseCaseWizardPage::problems() const
{
    QStringList problems = AnswersPage::problems();
    for (const ModelEntry &model : m_inventory->models())
        if (model.name.isEmpty()) {
            problems.append(tr("Name model %1 in the inventory, or remove it.").arg(model.id));
            break;
        }
    return problems;
}

bool UseCaseWizardPage::genAiChosen() const
{
    return m_genAi && m_genAi->isChecked();
}

bool UseCaseWizardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_inventoryEditor->view()->viewport())
        fitInventoryColumns();
    return AnswersPage::eventFilter(watched, event);
}

void UseCaseWizardPage::fitInventoryColumns()
{
    QTableView *view = m_inventoryEditor->view();
    QHeaderView *header = view->horizontalHeader();
    int fixed = 0;
    QList<int> shared;
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Fixed)
            fixed += header->sectionSize(column);
        else
            shared.append(column);
    }
    const int available = view->viewport()->width() - fixed;
    if (shared.isEmpty() || available <= 0)
        return;
    const int each = std::max(header->minimumSectionSize(), available / int(shared.size()));
    const int rest = std::max(0, available - each * int(shared.size()));
    for (const int column : std::as_const(shared))
        header->resizeSection(column, each + (column == shared.last() ? rest : 0));
}

bool UseCaseWizardPage::requiredNow(const QString &field) const
{
    if (field != QLatin1String("modelType"))
        return AnswersPage::requiredNow(field);
    return m_inventory->models().isEmpty() || !modelsWithoutType().isEmpty();
}

QStringList UseCaseWizardPage::modelsWithoutType() const
{
    QStringList ids;
    for (const ModelEntry &model : m_inventory->models())
        if (model.approach.trimmed().isEmpty())
            ids.append(model.id.isEmpty() ? model.name : model.id);
    return ids;
}

void UseCaseWizardPage::updateModelTypeDescription()
{
    const QString key = m_modelType->currentData().toString();
    if (!key.isEmpty() || m_inventory->models().isEmpty()) {
        m_modelTypeDescription->setText(modelTypeDescription(key));
        return;
    }
    const QStringList without = modelsWithoutType();
    m_modelTypeDescription->setText(
        without.isEmpty()
            ? tr("Each model of the inventory states how it is obtained; a type chosen here applies only to models "
                 "added without one.")
            : tr("Applies to the models whose way the documents do not state: %1.")
                  .arg(without.join(QStringLiteral(", "))));
}

} // namespace arckit
