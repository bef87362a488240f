#pragma once
// Page 5: the ML platform and pipeline tools, the serving patterns with the
// latency, throughput and availability targets (pre-filled from the NFRs),
// the training data sources, and the costs and team.

#include "answerspage.h"

namespace arckit {

class DataSourceModel;
class TableEditor;

class PlatformWizardPage : public AnswersPage
{
    Q_OBJECT
public:
    explicit PlatformWizardPage(WizardState *state, QWidget *parent = nullptr);

    void load(const Answers &answers) override;
    void store(Answers &answers) const override;

    DataSourceModel *dataSources() const { return m_sources; }
    TableEditor *dataSourceEditor() const { return m_sourcesEditor; }

private:
    DataSourceModel *m_sources;
    TableEditor *m_sourcesEditor;
};

} // namespace arckit
