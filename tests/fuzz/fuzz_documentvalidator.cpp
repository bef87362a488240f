// Fuzzes DocumentValidator::validate (and through it MarkdownOutline and
// ReferenceSections) on any document: findings must point at lines that exist.
#include "documentvalidator.h"
#include "fuzztext.h"
#include <QtTest/qtestassert.h> // QTEST_ASSERT: on in every build; its abort is what libFuzzer reports

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = arckit::fuzz::decode(data, size);
    arckit::ValidationContext context;
    context.fileName = QStringLiteral("ARC-001-MLOPS-v1.0.md");
    arckit::Requirement ml;
    ml.id = QStringLiteral("FR-ML-001");
    ml.kind = QStringLiteral("FR");
    ml.ml = true;
    context.mlRequirements = {ml};
    const arckit::ValidationFindings findings = arckit::DocumentValidator().validate(text, context);
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    for (const auto &finding : findings)
        QTEST_ASSERT(finding.line >= 0 && finding.line <= lines);
    return 0;
}
