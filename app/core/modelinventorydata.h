#pragma once
// The model-driven parts of the document: the AI capabilities matrix (section
// 1), one model card per model (section 2) and the cells the inventory shows
// for a model the ML system profile filled (framework, name and purpose when
// only the capability is known). Every value the documents gave carries its
// citation marker; what nobody knows yet is a visible placeholder.

#include "answers.h"
#include "citationregister.h"
#include "platformcomponents.h"

#include <QString>
#include <QVariantList>

namespace arckit {

class ModelInventoryData
{
public:
    ModelInventoryData(const Answers &answers, const PlatformEntry *platform, CitationRegister *citations);

    // Rows: capability, aiType, source, customisation, trainingData, models, requirements.
    QVariantList capabilities() const;
    // Rows: card (a Markdown block: an H4 heading and a two-column table).
    QVariantList modelCards() const;

    // "Foundation model (API): GPT-4o" / the framework typed in the wizard.
    QString framework(const ModelEntry &model) const;
    // The AI type of a model: its type, else what its capability says.
    static QString aiType(const ModelEntry &model);
    // The data a model learns from, or why there is none for the project to hold.
    QString trainingData(const ModelEntry &model) const;
    // Where the documents say it, as a citation marker: what the model is
    // for, how it is obtained, or that it exists (its first evidence, which
    // also stands in for the other two).
    enum class Cited { Purpose, Approach, Model };
    QString citation(const ModelEntry &model, int index, Cited cited = Cited::Purpose) const;

private:
    QString customisation(const ModelEntry &model) const;
    QString monitoring(const ModelEntry &model) const;
    QString card(const ModelEntry &model, int index) const;

    const Answers &m_a;
    const PlatformEntry *m_platform;
    CitationRegister *m_citations;
};

} // namespace arckit
