#include "documentcontrolmemory.h"

#include "answers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace arckit {

namespace {
const QString group = QStringLiteral("documentControl");
}

QStringList DocumentControlMemory::fields()
{
    return {QStringLiteral("owner"), QStringLiteral("classification"), QStringLiteral("reviewCycle"),
            QStringLiteral("distribution")};
}

QString DocumentControlMemory::groupFor(const QString &repositoryRoot)
{
    // A path is not a valid settings key (slashes make groups); its hash is.
    const QByteArray path = QDir::cleanPath(QDir(repositoryRoot).absolutePath()).toUtf8();
    return group + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
}

QStringList DocumentControlMemory::recall(Answers &answers, const QString &repositoryRoot)
{
    if (repositoryRoot.isEmpty())
        return {};
    QSettings settings;
    settings.beginGroup(groupFor(repositoryRoot));
    QStringList filled;
    for (const QString &field : fields()) {
        if (!answers.value(field).toString().isEmpty())
            continue; // what the document or the project says wins
        const QString remembered = settings.value(field).toString();
        if (remembered.isEmpty())
            continue;
        answers.setValue(field, remembered);
        filled.append(field);
    }
    return filled;
}

void DocumentControlMemory::remember(const Answers &answers, const QString &repositoryRoot)
{
    if (repositoryRoot.isEmpty())
        return;
    QSettings settings;
    // Values kept before they were kept per repository have lost their origin,
    // and approvers and reviewers kept then must not come back.
    for (const QString &old : {QStringLiteral("owner"), QStringLiteral("classification"), QStringLiteral("reviewCycle"),
                               QStringLiteral("distribution"), QStringLiteral("reviewers"), QStringLiteral("approver")})
        settings.remove(group + QLatin1Char('/') + old);
    settings.beginGroup(groupFor(repositoryRoot));
    settings.setValue(QStringLiteral("root"), QDir::cleanPath(repositoryRoot)); // for a person reading the file
    for (const QString &field : fields()) {
        const QString value = answers.value(field).toString();
        if (!value.isEmpty())
            settings.setValue(field, value);
    }
}

} // namespace arckit
