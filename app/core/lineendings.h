#pragma once
// An editor hands back text with "\n" line breaks only (and NUL characters
// shown as U+FFFD); the document it came from may use "\r\n", a lone "\r",
// or mix them. restore() gives the edited text the
// original's line breaks: every line the edit left alone keeps its own
// break, new lines get the document's usual one, and the final newline
// follows the edited text. Saving an unchanged document so gives back the
// original text exactly.

#include <QString>

namespace arckit {

class LineEndings
{
public:
    static QString restore(const QString &original, const QString &edited);
};

} // namespace arckit
