#pragma once
// Reads when the system goes into production from the project's plans: the
// production launch (go-live) milestone of the delivery plan (PLAN, then a
// roadmap), else of the REQ's timeline. The strategy's target maturity is
// for that milestone: a model that goes live needs its MLOps by then.
//
// A milestone is a row of a milestones table ("| Production Launch | 45 |
// 2026-11-16 | Go-Live |") or an item of a milestones list ("- **Production
// Launch (Live)**: Week 56 (Month 13)") under a heading or label that says
// milestones, timeline, roadmap or schedule, with a time on it: a week,
// month or sprint number, a date, a quarter. Gates and activities around it
// (the go/no-go assessment, go-live communications, hypercare) are not it.

#include "profiledocument.h"
#include "projectcontext.h"

namespace arckit {

class MilestoneReader
{
public:
    // "Production Launch, Week 45, 2026-11-16" with its line; empty when no
    // plan states one.
    ContextValue goLive(const ProfileDocuments &documents) const;

private:
    ContextValue goLive(const ProfileDocument &document) const;
};

} // namespace arckit
