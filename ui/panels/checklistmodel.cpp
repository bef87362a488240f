#include "checklistmodel.h"

#include "common/uiicons.h"

namespace arckit {

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChecklistModel::setFindings(const ValidationFindings &findings)
{
    if (findings == m_findings)
        return; // typing rarely changes the findings: keep the selection and scroll position
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int ChecklistModel::count(ValidationFinding::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const ValidationFinding &finding) { return finding.severity == severity; }));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ValidationFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return finding.line > 0 ? tr("Line %1: %2").arg(finding.line).arg(finding.message) : finding.message;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(ValidationFinding::severityName(finding.severity),
                                data(index, Qt::DisplayRole).toString());
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(finding.message, finding.rule);
    case Qt::DecorationRole:
        return UiIcons::severity(finding.severity);
    case LineRole:
        return finding.line;
    case SeverityRole:
        return int(finding.severity);
    case RuleRole:
        return finding.rule;
    default:
        return {};
    }
}

} // namespace arckit
