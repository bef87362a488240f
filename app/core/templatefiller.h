#pragma once
// Fills an ArcKit bracket template (.arckit/templates*/mlops-template.md, the
// format ArcKit's own commands read) with what the engine knows: the
// placeholders [PROJECT_ID], [PROJECT_NAME], [VERSION], [DATE], [YYYY-MM-DD],
// [AI_MODEL] and {ARCKIT_VERSION}, and the Document Control rows and footer
// lines whose value is still a bracket placeholder. Every other bracket stays
// as it is, for a person (and the validator) to see.

#include <QString>
#include <QVariantHash>

namespace arckit {

class TemplateFiller
{
public:
    // data: the values TemplateData::build() produces.
    static QString fill(const QString &bracketTemplate, const QVariantHash &data);
};

} // namespace arckit
