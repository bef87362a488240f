// Fuzzes DocumentStructure::parse on exactly decoded text (NUL bytes and lone
// CRs kept, as revision reads documents) and checks that it is lossless: the
// lines joined give back the input, every Document Control value sits where
// its offsets say, and the section tree is well formed.
#include "documentstructure.h"
#include "textfilereader.h"
#include <QtTest/qtestassert.h> // QTEST_ASSERT: on in every build; its abort is what libFuzzer reports

namespace {

void check(bool condition)
{
    QTEST_ASSERT(condition);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = arckit::TextFileReader::decode(bytes, arckit::TextFileReader::Fidelity::Exact).text;
    const arckit::DocumentStructure structure = arckit::DocumentStructure::parse(text);

    check(structure.text() == text);
    const int lines = structure.outline().lineCount();
    check(structure.linesText(1, lines) == text);
    QString joined;
    for (int line = 1; line <= lines; ++line)
        joined += structure.linesText(line, line);
    check(joined == text);

    for (const arckit::DocumentControlField &field : structure.controlFields()) {
        check(field.line >= 1 && field.line <= lines);
        check(field.valueOffset >= 0 && field.valueLength >= 0 && field.valueOffset + field.valueLength <= text.size());
        check(text.mid(field.valueOffset, field.valueLength).trimmed() == field.value);
        check(structure.field(field.name) != nullptr);
    }
    const arckit::RevisionHistory &history = structure.revisionHistory();
    for (const arckit::RevisionHistoryRow &row : history.rows)
        check(row.line >= 1 && row.line <= lines && row.line > history.headerLine);

    const QList<arckit::DocumentSection> &sections = structure.sections();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const arckit::DocumentSection &section = sections.at(i);
        check(section.parent < i);
        check(section.line >= 1 && section.line <= section.endLine && section.endLine <= lines);
        if (section.parent >= 0) {
            const arckit::DocumentSection &parent = sections.at(section.parent);
            check(parent.level < section.level && parent.endLine >= section.endLine);
        }
    }
    for (const arckit::StructureProblem &problem : structure.problems())
        check(problem.line >= 0 && problem.line <= lines);
    return 0;
}
