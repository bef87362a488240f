#pragma once
// What the other documents of a project say that the MLOps strategy needs:
// each value remembers the file (and line) it came from.

#include <QList>
#include <QString>
#include <QStringList>

namespace arckit {

struct ContextValue
{
    QString value;
    QString source; // "projects/001-x/ARC-001-AIPB-v1.0.md:42"

    bool isEmpty() const { return value.isEmpty(); }
};

struct ProjectContext
{
    ContextValue riskLevel;      // AIPB: Low / Medium / High / Very High
    ContextValue humanOversight; // AIPB: Required / Advisory
    ContextValue atrsTier;       // ATRS: 1 / 2
    ContextValue regime;         // uk-gov / mod / commercial
    ContextValue genAi;          // "yes" when LLM/GenAI is detected
    ContextValue classification; // OFFICIAL, OFFICIAL-SENSITIVE, ... from Document Control
    ContextValue systemName;
    ContextValue pii; // DATA: "Yes" when personal data is held
};

} // namespace arckit
