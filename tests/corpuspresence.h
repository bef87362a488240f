#pragma once
// The corpus of real ArcKit repositories (../shared/corpus beside the source
// tree) is always there in CI, so a corpus test that finds it missing there
// fails; on a fresh clone without it the test skips and says so.
//
// ARCKIT_REQUIRE_CORPUS(path) returns from the test function: a failure when
// CI is set to a true value (CI=true, CI=1, as CI services set it), a skip
// naming the path otherwise.

#include <QFileInfo>
#include <QString>
#include <QTest>

namespace arckit::test {

inline bool runningInCi()
{
    const QString value = qEnvironmentVariable("CI").trimmed().toLower();
    return !value.isEmpty() && value != QLatin1String("0") && value != QLatin1String("false") &&
           value != QLatin1String("no");
}

inline QByteArray corpusMissingMessage(const QString &path)
{
    return QStringLiteral("the corpus %1 is not present%2")
        .arg(path, runningInCi() ? QStringLiteral(" (CI is set: CI always has ../shared/corpus beside the source tree)")
                                 : QStringLiteral(": skipped (a fresh clone has no ../shared/corpus)"))
        .toUtf8();
}

} // namespace arckit::test

#define ARCKIT_REQUIRE_CORPUS(path)                                                                                    \
    do {                                                                                                               \
        const QString arckitCorpusPath_ = (path);                                                                      \
        if (!QFileInfo(arckitCorpusPath_).isDir()) {                                                                   \
            const QByteArray arckitCorpusMessage_ = arckit::test::corpusMissingMessage(arckitCorpusPath_);             \
            if (arckit::test::runningInCi())                                                                           \
                QFAIL(arckitCorpusMessage_.constData());                                                               \
            QSKIP(arckitCorpusMessage_.constData());                                                                   \
        }                                                                                                              \
    } while (false)
