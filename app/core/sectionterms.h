#pragma once
// Section-name concepts for the reference-section matcher (internal to the
// engine); ReferenceSections::concepts() is the public form, from a raw heading.

#include <QStringList>
#include <QStringView>

namespace arckit::sectionterms {

// The concepts of a heading already normalised by
// ReferenceSections::normalizedHeading(), sorted and unique.
QStringList conceptWords(QStringView normalized);

} // namespace arckit::sectionterms
