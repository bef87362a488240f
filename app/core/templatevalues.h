#pragma once
// Small helpers shared by TemplateData and the classes it delegates to
// (ModelInventoryData, ArchitectureDiagram, TraceabilityData): how an answer
// becomes a table cell, a placeholder or a "not applicable" statement, model
// ids and titles, and mermaid node and edge lines.

#include "answers.h"
#include "documentrenderer.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantHash>
#include <QVariantList>

#include <initializer_list>

namespace arckit::templatevalues {

using Row = QVariantHash;

QString placeholder(const char *field);
bool blank(const QString &value);

// "N/A", "Not applicable", optionally with a reason after ':', '-' or '(':
// the one way to answer that a field does not apply ("N/A: no retrieval").
bool notApplicable(const QString &value);
// "Not applicable: <reason>": the answer's own reason, else the field's usual one.
QString notApplicableText(const QString &value, const char *field);

// "None", "N/A", "not used", "not required": an answer that says the thing does not exist.
bool saysNone(const QString &value);

// The answer as a table cell, its "not applicable" statement, or its field's placeholder.
QString answer(const QString &value, const char *field);
QString answer(const QStringList &values, const char *field, QString (*label)(const QString &) = nullptr);
QString orDash(const QString &value);

QString modelId(const ModelEntry &model, int index);
QString modelTitle(const ModelEntry &model, int index);
// Whether the model is trained by the project: custom-trained, fine-tuned, or
// any approach that is not a provider's model; a model with no approach
// follows the system's model type.
bool trainedByProject(const ModelEntry &model, const Answers &answers);
// Whether the model is used as the provider supplies it (foundation-model API, pre-built service).
bool providerModel(const ModelEntry &model, const Answers &answers);
// Whether the model generates text (an LLM, a foundation model), by its type or framework.
bool generativeModel(const ModelEntry &model);

bool containsAny(const QString &lowerText, std::initializer_list<QStringView> needles);

QString node(const QString &id, const QString &label);
QString edge(const QString &from, const QString &to, const QString &label = {});
QVariantList lines(const QStringList &items);

} // namespace arckit::templatevalues
