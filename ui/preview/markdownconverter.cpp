#include "markdownconverter.h"

namespace arckit {

void MarkdownConverter::convert(int revision, const QString &markdown)
{
    Q_EMIT converted(revision, MarkdownHtml::toBlocks(markdown));
}

} // namespace arckit
