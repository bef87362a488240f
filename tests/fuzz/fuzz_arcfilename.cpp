// Fuzzes ArcFileName::parse: any file name either fails to parse or gives
// parts that build a name which parses back to the same parts.
#include "arcfilename.h"
#include "fuzztext.h"
#include <QtTest/qtestassert.h> // QTEST_ASSERT: on in every build; its abort is what libFuzzer reports

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = arckit::fuzz::decode(data, size);
    const auto parsed = arckit::ArcFileName::parse(name);
    if (!parsed)
        return 0;
    // A parsed name must round-trip: the scanner relies on fileName() to find
    // the next version's file.
    const auto again = arckit::ArcFileName::parse(parsed->fileName());
    QTEST_ASSERT(again && again->projectId == parsed->projectId && again->type == parsed->type &&
                 again->instance == parsed->instance && again->major == parsed->major && again->minor == parsed->minor);
    (void)parsed->olderThan(*again);
    (void)parsed->versionString();
    return 0;
}
