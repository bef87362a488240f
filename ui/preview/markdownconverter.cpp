#include "markdownconverter.h"

namespace arckit {

void MarkdownConverter::convert(int revision, const QString &markdown)
{
    emit converted(revision, MarkdownHtml::toBlocks(markdown));
}

} // namespace arckit
