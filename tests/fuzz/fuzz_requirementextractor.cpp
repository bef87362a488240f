// Fuzzes RequirementExtractor::extract on any document text, then the
// classifier on what it found: every requirement must point at a line that
// exists and carry a non-empty identifier.
#include "fuzztext.h"
#include "mlclassifier.h"
#include "requirementextractor.h"
#include <QtTest/qtestassert.h> // QTEST_ASSERT: on in every build; its abort is what libFuzzer reports

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = arckit::fuzz::decode(data, size);
    arckit::Requirements requirements =
        arckit::RequirementExtractor().extract(text, QStringLiteral("projects/001-x/ARC-001-REQ-v1.0.md"));
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    for (const arckit::Requirement &requirement : requirements) {
        QTEST_ASSERT(!requirement.id.isEmpty() && requirement.line >= 1 && requirement.line <= lines);
    }
    return 0;
}
