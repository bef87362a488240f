#pragma once
// Converts Markdown to the preview's HTML blocks on a worker thread, so a
// long document never stalls typing. PreviewPane moves one instance to its
// own QThread and talks to it through queued signals.

#include "markdownhtml.h"

#include <QObject>

namespace arckit {

class MarkdownConverter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void convert(int revision, const QString &markdown);

Q_SIGNALS:
    void converted(int revision, const QList<arckit::MarkdownHtml::Block> &blocks);
};

} // namespace arckit
