#pragma once
// The shortest line-by-line difference between two texts (Myers' O(ND)
// algorithm after trimming the common start and end), as runs of equal,
// removed and added lines. The revision diff view, the unified diff of
// `arckit-mlops revise --diff` and the line-ending reconciliation of an
// edited document all read it.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace arckit {

struct DiffRun
{
    enum class Kind : quint8 { Equal, Removed, Added };
    Kind kind = Kind::Equal;
    int oldLine = 0; // 0-based index of the run's first line in the old text (where it would be for Added)
    int newLine = 0; // likewise in the new text
    int count = 0;
    friend bool operator==(const DiffRun &, const DiffRun &) = default;
};
using DiffRuns = QList<DiffRun>;

class LineDiff
{
public:
    static DiffRuns compare(const QList<QStringView> &oldLines, const QList<QStringView> &newLines);
    // Lines without their breaks ("\n", "\r\n"); a final break does not start an empty line.
    static QList<QStringView> lines(QStringView text);
    static DiffRuns compare(QStringView oldText, QStringView newText);

    // "--- a\n+++ b\n@@ -1,3 +1,4 @@\n ..." with context lines around each change;
    // empty when the texts have the same lines.
    static QString unified(QStringView oldText, QStringView newText, const QString &oldName, const QString &newName,
                           int context = 3);
    // How many lines each side changed: {removed, added}.
    static QPair<int, int> changedLineCounts(const DiffRuns &runs);
};

} // namespace arckit
