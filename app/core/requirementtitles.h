#pragma once
// What the text around a requirement ID says, for RequirementExtractor:
// titles (plain words, capped, the first sentence when there is no title), the
// words that may come before an ID in a heading, and the headings and table
// columns whose IDs define nothing or hold a requirement's text. Internal to
// the engine.

#include <QString>
#include <QStringView>

namespace arckit::requirementtitles {

// Titles are capped: read by people and by the classifier, neither of which
// needs more, and a 1 MB line must not be copied around whole.
constexpr qsizetype MaxTitle = 160;

// Removes Markdown emphasis and code markers from a title; keeps the words.
QString plainText(QStringView s);

QString capTitle(const QString &title);

// The first sentence (or line) of a text, for requirements whose definition
// carries no separate title ("**TC-1**: MUST deploy to AWS UK regions ...").
QString firstSentence(const QString &text);

// What follows an ID in a heading, list item or cell: separators and
// decoration are dropped, the rest is the title ("FR-001: **Login**").
QString titleAfter(QStringView s, qsizetype i);

// Heading, list and paragraph text: leading section numbers ("3.2.1") and
// words such as "Requirement" may come before the ID.
qsizetype skipHeadingPrefix(QStringView s, qsizetype i);

// "#### Entity DR-001: Tenant", "### Data Entity DR-002 - Invoice": one to
// three plain words name what the requirement is before its ID. Only when a
// separator and a title follow the ID, so that "### Supports FR-001" or a
// sentence that merely mentions an ID is no definition; words that point
// elsewhere ("see", "per", "supports") never qualify. Returns the position
// of the ID, or -1.
qsizetype idAfterWords(QStringView s, qsizetype i);

// Sections whose IDs are repeats or cross-references by nature.
bool isNonDefiningTitle(const QString &title);

// A column header that holds what a requirement says (not a goal, a
// principle or a test reference).
bool isDescriptiveHeader(const QString &header);

bool isTitleHeader(const QString &header);

} // namespace arckit::requirementtitles
