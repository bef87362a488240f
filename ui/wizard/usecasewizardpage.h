#pragma once
// Page 2: what the ML system is for: its name, purpose and user impact, the
// ML use cases, the model type, the model inventory (a table with add and
// remove, IDs numbered automatically) and the key stakeholders.

#include "answerspage.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace arckit {

class ModelInventoryModel;
class TableEditor;

class UseCaseWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit UseCaseWizardPage(WizardState *state, QWidget *parent = nullptr);

    void load(const Answers &answers) override;
    void store(Answers &answers) const override;
    QStringList problems() const override;
    // The system's model type is needed only for the models of the inventory
    // that state no way of their own (a mixed system has none that fits all).
    bool requiredNow(const QString &field) const override;

    bool genAiChosen() const;
    ModelInventoryModel *inventory() const { return m_inventory; }
    TableEditor *inventoryEditor() const { return m_inventoryEditor; }

Q_SIGNALS:
    // The LLM/GenAI operations page is shown only when this is true.
    void genAiChanged(bool chosen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateModelTypeDescription();
    // The inventory's text columns share the view's width left by the fixed ones.
    void fitInventoryColumns();
    // The inventory's models with no approach of their own (how the model is obtained).
    QStringList modelsWithoutType() const;

    ModelInventoryModel *m_inventory;
    TableEditor *m_inventoryEditor = nullptr;
    QCheckBox *m_genAi = nullptr;
    QComboBox *m_modelType = nullptr;
    QLabel *m_modelTypeDescription = nullptr;
};

} // namespace arckit
