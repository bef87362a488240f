#include "syntheticrepository.h"

#include <QDir>
#include <QFile>

namespace arckit::bench {

namespace {

const char *const kTypes[] = {"REQ",  "DATA", "AIPB", "ATRS", "STKE", "RISK",  "SOBC", "PLAN",
                              "DPIA", "SECD", "TCOP", "TRAC", "BKLG", "STORY", "ANAL"};

QByteArray documentControl(const QString &id, const QString &title)
{
    QByteArray text =
        QStringLiteral(
            "# %1\n\n## Document Control\n\n| Field | Value |\n|-------|-------|\n"
            "| **Document ID** | %2 |\n| **Classification** | OFFICIAL |\n| **Status** | DRAFT |\n"
            "| **Project** | Synthetic (Project %3) |\n\n## Revision History\n\n"
            "| Version | Date | Author | Changes |\n|---|---|---|---|\n| 1.0 | 2026-01-01 | Bench | Initial |\n\n")
            .arg(title, id, id.mid(4, 3))
            .toUtf8();
    return text;
}

// A paragraph of prose that mentions requirement IDs in passing.
QByteArray filler(int index)
{
    return QStringLiteral("The service shall maintain an audit trail of every change (see FR-%1 and NFR-SEC-00%2). "
                          "Stakeholders said the detail of each email notification matters; the team will review it "
                          "each quarter with the architecture board and record the outcome in the decision log.\n\n")
        .arg(index % 90 + 1, 3, 10, QLatin1Char('0'))
        .arg(index % 9 + 1)
        .toUtf8();
}

QByteArray requirements(const QString &pid, int targetBytes)
{
    QByteArray text =
        documentControl(QStringLiteral("ARC-%1-REQ-v1.0").arg(pid), QStringLiteral("Project Requirements"));
    text += "## Functional Requirements\n\n";
    int n = 0;
    while (text.size() < targetBytes * 3 / 4) {
        ++n;
        const bool ml = n % 3 == 0;
        text +=
            QStringLiteral("#### FR-%1: %2\n\n**Priority**: MUST\n\n**Description**: %3\n\n**Acceptance Criteria**:\n"
                           "- Given a request, when it is processed, then a response is returned < 2 seconds\n\n")
                .arg(n, 3, 10, QLatin1Char('0'))
                .arg(ml ? QStringLiteral("Predict case priority with a machine learning model")
                        : QStringLiteral("Record case history"))
                .arg(ml ? QStringLiteral("The ML model classifies each case; predictions are monitored for drift.")
                        : QStringLiteral("Caseworkers can see the history of each case."))
                .toUtf8();
    }
    text += "## Non-Functional Requirements\n\n| ID | Requirement | Target |\n|---|---|---|\n";
    for (int i = 1; i <= 20; ++i)
        text += QStringLiteral("| **NFR-P-%1** | Model inference latency | p95 < %2 ms |\n")
                    .arg(i, 3, 10, QLatin1Char('0'))
                    .arg(100 * i)
                    .toUtf8();
    int paragraph = 0;
    while (text.size() < targetBytes)
        text += filler(paragraph++);
    return text;
}

QByteArray otherDocument(const QString &id, const char *type, int targetBytes)
{
    QByteArray text = documentControl(id, QStringLiteral("%1 document").arg(QLatin1String(type)));
    if (qstrcmp(type, "AIPB") == 0)
        text += "| **Risk Level** | HIGH |\n| **Human Oversight** | Required |\n\n";
    if (qstrcmp(type, "DATA") == 0)
        for (int i = 1; i <= 12; ++i)
            text += QStringLiteral("### Entity E-%1: Entity %1\n\n- **Contains PII**: Yes\n\n")
                        .arg(i, 3, 10, QLatin1Char('0'))
                        .toUtf8();
    int paragraph = 0;
    int section = 0;
    while (text.size() < targetBytes) {
        if (paragraph % 6 == 0)
            text += QStringLiteral("## Section %1\n\n").arg(++section).toUtf8();
        text += filler(paragraph++);
    }
    return text;
}

qint64 writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    return file.write(bytes);
}

} // namespace

qint64 SyntheticRepository::write(const QString &root, int projects, int scale)
{
    qint64 bytes = 0;
    const int documentBytes = 25 * 1024 * scale;
    QDir(root).mkpath(QStringLiteral("projects/000-global"));
    bytes += writeFile(root + QStringLiteral("/projects/000-global/ARC-000-PRIN-v1.0.md"),
                       otherDocument(QStringLiteral("ARC-000-PRIN-v1.0"), "PRIN", documentBytes));
    for (int p = 1; p <= projects; ++p) {
        const QString pid = QStringLiteral("%1").arg(p, 3, 10, QLatin1Char('0'));
        const QString folder = root + QStringLiteral("/projects/%1-synthetic-%2").arg(pid).arg(p);
        QDir().mkpath(folder + QStringLiteral("/research"));
        QDir().mkpath(folder + QStringLiteral("/decisions"));
        QDir().mkpath(folder + QStringLiteral("/external"));
        bytes += writeFile(folder + QStringLiteral("/ARC-%1-REQ-v1.0.md").arg(pid), requirements(pid, documentBytes));
        for (const char *type : kTypes) {
            if (qstrcmp(type, "REQ") == 0)
                continue;
            const QString id = QStringLiteral("ARC-%1-%2-v1.0").arg(pid, QLatin1String(type));
            bytes += writeFile(folder + QLatin1Char('/') + id + QStringLiteral(".md"),
                               otherDocument(id, type, documentBytes));
        }
        bytes += writeFile(folder + QStringLiteral("/research/ARC-%1-AWRS-v1.0.md").arg(pid),
                           otherDocument(QStringLiteral("ARC-%1-AWRS-v1.0").arg(pid), "AWRS", documentBytes));
        for (int adr = 1; adr <= 3; ++adr) {
            const QString id = QStringLiteral("ARC-%1-ADR-%2-v1.0").arg(pid).arg(adr, 3, 10, QLatin1Char('0'));
            bytes += writeFile(folder + QStringLiteral("/decisions/") + id + QStringLiteral(".md"),
                               otherDocument(id, "ADR", documentBytes));
        }
        bytes += writeFile(folder + QStringLiteral("/external/model-card.md"),
                           otherDocument(QStringLiteral("card"), "CARD", 2048));
    }
    return bytes;
}

} // namespace arckit::bench
