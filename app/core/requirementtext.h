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
