#include "documentcontrolmemory.h"

#include "answers.h"

#include <QSettings>

namespace arckit {

namespace {
const QString group = QStringLiteral("documentControl");
}

QStringList DocumentControlMemory::fields()
{
    return {QStringLiteral("owner"),        QStringLiteral("classification"), QStringLiteral("reviewCycle"),
            QStringLiteral("distribution"), QStringLiteral("reviewers"),      QStringLiteral("approver")};
}

QStringList DocumentControlMemory::recall(Answers &answers)
{
    QSettings settings;
    settings.beginGroup(group);
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

void DocumentControlMemory::remember(const Answers &answers)
{
    QSettings settings;
    settings.beginGroup(group);
    for (const QString &field : fields()) {
        const QString value = answers.value(field).toString();
        if (!value.isEmpty())
            settings.setValue(field, value);
    }
}

} // namespace arckit
