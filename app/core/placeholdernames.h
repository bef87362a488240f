#pragma once
// How the document spells the placeholder of an unanswered field, and which
// field a placeholder on a given line stands for.
//
// Most fields keep their own name ("[PLATFORM]", DocumentRenderer::placeholderFor).
// Facts of one kind are written the way ArcKit's reference template writes
// them, one placeholder for the kind: a person's name is "[Name]" on the row
// of the role ("| ML Lead | [Name] |"), a head count "[FTE]" on the row of the
// role, a monthly amount "[Amount]" on the row of the cost. Each stays visible
// and is counted by the validator like any other bracket placeholder; the row
// it stands on says which answer fills it.

#include <QString>
#include <QStringView>

namespace arckit {

class PlaceholderNames
{
public:
    // "[Name]" for mlLead, "[FTE]" for mlEngineerFte, "[Amount]" for
    // trainingCost, else DocumentRenderer::placeholderFor(field).
    static QString spelling(const QString &field);
    // The answer field a placeholder stands for, read from the line it is on:
    // "[PLATFORM]" is platform anywhere, "[Name]" on "| ML Lead | [Name] |" is
    // mlLead. Empty when the placeholder is no field's or the line names no role.
    static QString field(QStringView placeholder, QStringView line);
};

} // namespace arckit
