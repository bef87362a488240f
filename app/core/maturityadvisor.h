#pragma once
// Suggests the MLOps maturity, current and target (levels 0-4 of ArcKit's
// table: PoC/exploration 0, first production model 1, multiple models 2,
// production at scale 3, enterprise ML 4), from what the documents say: the
// project phase, how many models, whether any is already in production, how
// the models are obtained. A suggestion with its reason in words, never a
// silent answer: the architect confirms it.

#include "mlsystemprofile.h"

namespace arckit {

class MaturityAdvisor
{
public:
    struct Facts
    {
        QString phase; // discovery / poc / pilot / alpha / beta / live; empty when unknown
        QString phaseSource;
        bool inProduction = false;
        QString productionSource;
        int models = 0;         // capabilities found
        int trainedModels = 0;  // custom-trained or fine-tuned among them
        int servicedModels = 0; // pre-built services or foundation-model APIs among them
        bool atScale = false;   // national service, millions of users, high throughput
        QString scaleSource;
        bool enterprise = false; // a portfolio of ML systems across an organisation
        QString enterpriseSource;
    };

    MaturitySuggestion suggest(const Facts &facts) const;
    // "Pilot", "proof of concept": how a reason names a phase.
    static QString phaseLabel(const QString &phase);
};

} // namespace arckit
