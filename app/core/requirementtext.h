#pragma once
// A requirement's title and body as one text, with the words it holds: made
// once per profile and read by every rule that looks at the requirements
// (capabilities, serving targets, oversight), so that none builds them again.

#include "requirement.h"
#include "wordindex.h"

namespace arckit {

struct RequirementText
{
    explicit RequirementText(const Requirement &of)
        : requirement(&of)
        , text(of.title + QLatin1Char('\n') + of.body)
        , words(text)
    {
    }

    // Classified ML, or needed by one of the system's ML capabilities: the
    // requirements whose targets and oversight the readers take.
    bool concernsMl(const QStringList &capabilityRequirementIds) const
    {
        return requirement->ml || capabilityRequirementIds.contains(requirement->id);
    }

    const Requirement *requirement; // outlives the profile that reads it
    QString text;
    WordSet words;
};

using RequirementTexts = QList<RequirementText>;

inline RequirementTexts textsOf(const Requirements &requirements)
{
    RequirementTexts texts;
    texts.reserve(requirements.size());
    for (const Requirement &requirement : requirements)
        texts.append(RequirementText(requirement));
    return texts;
}

} // namespace arckit
