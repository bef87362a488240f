#pragma once
// The result of `arckit-mlops scan`: the repository scan and the analysis of
// each project, as the documented JSON shape or as text for a person.

#include "projectanalysis.h"
#include "repositoryscanner.h"

#include <QJsonObject>
#include <QList>

namespace arckit {

struct ScanReport
{
    RepositoryScan scan;
    QList<ProjectAnalysis> analyses; // one per project, in scan order

    static ScanReport build(const QString &root);
    QJsonObject toJson() const;
    QString toText() const;
};

QJsonObject requirementToJson(const Requirement &requirement);
QJsonObject missingToJson(const MissingDocument &missing);

} // namespace arckit
