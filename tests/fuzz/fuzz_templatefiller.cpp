// Fuzzes TemplateFiller::fill with any bracket template and the values the
// engine fills in. The values themselves contain brackets, pipes and
// newlines, so a value that looks like a placeholder cannot be filled twice
// or break a row.
#include "fuzztext.h"
#include "templatefiller.h"

#include <QVariantHash>
#include <QtTest/qtestassert.h> // QTEST_ASSERT: on in every build; its abort is what libFuzzer reports

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QVariantHash values = [] {
        QVariantHash v;
        const char *keys[] = {"documentId",  "projectLabel", "classification", "status",         "version",
                              "createdDate", "lastModified", "reviewCycle",    "nextReviewDate", "owner",
                              "reviewedBy",  "approvedBy",   "distribution",   "arckitVersion",  "generationModel",
                              "date",        "projectId",    "projectName"};
        int i = 0;
        for (const char *key : keys)
            v.insert(QLatin1String(key),
                     QStringLiteral("[%1] | {ARCKIT_VERSION}\n**Owner**: %2").arg(QLatin1String(key)).arg(i++));
        return v;
    }();
    const QString text = arckit::fuzz::decode(data, size);
    const QString filled = arckit::TemplateFiller::fill(text, values);
    // Filling replaces placeholders; it never drops a line of the template.
    QTEST_ASSERT(filled.count(QLatin1Char('\n')) >= text.count(QLatin1Char('\n')));
    return 0;
}
