#include "linediff.h"

#include <QHash>
#include <QVector>

namespace arckit {

namespace {

void appendLine(QString &out, QChar marker, QStringView line)
{
    out += marker;
    out += line;
    out += QLatin1Char('\n');
}

void appendRun(DiffRuns &runs, DiffRun::Kind kind, int oldLine, int newLine, int count)
{
    if (count <= 0)
        return;
    if (!runs.isEmpty() && runs.last().kind == kind) {
        runs.last().count += count;
        return;
    }
    runs.append({kind, oldLine, newLine, count});
}

// Myers' greedy forward search over a and b (already trimmed), recording the
// furthest reaching x of every diagonal at every step for the backtrack.
// Memory grows with the square of the number of differences, which stays
// small for revisions; completely different texts of 1,400 lines take ~30 MB.
void myers(const QVector<int> &a, const QVector<int> &b, int oldBase, int newBase, DiffRuns &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (n == 0 || m == 0) {
        appendRun(out, DiffRun::Kind::Removed, oldBase, newBase, n);
        appendRun(out, DiffRun::Kind::Added, oldBase + n, newBase, m);
        return;
    }
    const int max = n + m;
    const int offset = max + 1;
    QVector<int> v(2 * max + 3, 0);
    QList<QVector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.append(v.mid(offset - d - 1, 2 * d + 3)); // the diagonals step d can read
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                x = v[offset + k + 1]; // down: an added line
            else
                x = v[offset + k - 1] + 1; // right: a removed line
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    // Backtrack from (n, m) to (0, 0), collecting runs in reverse.
    DiffRuns reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const QVector<int> &prev = trace.at(d); // v before step d, diagonals -d-1..d+1
        auto at = [&prev, d](int k) { return prev[k + d + 1]; };
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && at(k - 1) < at(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        const int startX = prevK == k + 1 ? prevX : prevX + 1; // after the step, before the snake
        const int startY = startX - k;
        if (x > startX)
            reversed.append({DiffRun::Kind::Equal, oldBase + startX, newBase + startY, x - startX});
        if (prevK == k + 1)
            reversed.append({DiffRun::Kind::Added, oldBase + prevX, newBase + prevY, 1});
        else
            reversed.append({DiffRun::Kind::Removed, oldBase + prevX, newBase + prevY, 1});
        x = prevX;
        y = prevY;
    }
    if (x > 0)
        reversed.append({DiffRun::Kind::Equal, oldBase, newBase, x});
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
        appendRun(out, it->kind, it->oldLine, it->newLine, it->count);
}

} // namespace

DiffRuns LineDiff::compare(const QList<QStringView> &oldLines, const QList<QStringView> &newLines)
{
    const int n = int(oldLines.size());
    const int m = int(newLines.size());
    int prefix = 0;
    while (prefix < n && prefix < m && oldLines.at(prefix) == newLines.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && oldLines.at(n - 1 - suffix) == newLines.at(m - 1 - suffix))
        ++suffix;

    // Lines become numbers so the search compares integers.
    QHash<QStringView, int> ids;
    auto idsOf = [&ids](const QList<QStringView> &lines, int from, int to) {
        QVector<int> result;
        result.reserve(to - from);
        for (int i = from; i < to; ++i)
            result.append(*ids.insert(lines.at(i), ids.value(lines.at(i), int(ids.size()))));
        return result;
    };
    const QVector<int> a = idsOf(oldLines, prefix, n - suffix);
    const QVector<int> b = idsOf(newLines, prefix, m - suffix);

    DiffRuns runs;
    appendRun(runs, DiffRun::Kind::Equal, 0, 0, prefix);
    myers(a, b, prefix, prefix, runs);
    appendRun(runs, DiffRun::Kind::Equal, n - suffix, m - suffix, suffix);
    return runs;
}

QList<QStringView> LineDiff::lines(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (end < 0)
            end = text.size();
        qsizetype length = end - start;
        if (length > 0 && end < text.size() && text.at(end - 1) == QLatin1Char('\r'))
            --length;
        result.append(text.mid(start, length));
        start = next;
    }
    return result;
}

DiffRuns LineDiff::compare(QStringView oldText, QStringView newText)
{
    return compare(lines(oldText), lines(newText));
}

QPair<int, int> LineDiff::changedLineCounts(const DiffRuns &runs)
{
    QPair<int, int> counts{0, 0};
    for (const DiffRun &run : runs) {
        if (run.kind == DiffRun::Kind::Removed)
            counts.first += run.count;
        else if (run.kind == DiffRun::Kind::Added)
            counts.second += run.count;
    }
    return counts;
}

QString LineDiff::unified(QStringView oldText, QStringView newText, const QString &oldName, const QString &newName,
                          int context)
{
    const QList<QStringView> oldLines = lines(oldText);
    const QList<QStringView> newLines = lines(newText);
    const DiffRuns runs = compare(oldLines, newLines);
    QString out;
    // Group changes whose context would touch into one hunk.
    int i = 0;
    while (i < runs.size()) {
        if (runs.at(i).kind == DiffRun::Kind::Equal) {
            ++i;
            continue;
        }
        int first = i;
        int last = i;
        while (last + 1 < runs.size()) {
            const DiffRun &next = runs.at(last + 1);
            if (next.kind != DiffRun::Kind::Equal) {
                ++last;
            } else if (last + 2 < runs.size() && next.count <= 2 * context) {
                last += 2;
            } else {
                break;
            }
        }
        const DiffRun &start = runs.at(first);
        const int lead = first > 0 ? qMin(context, runs.at(first - 1).count) : 0;
        const int trail = last + 1 < runs.size() ? qMin(context, runs.at(last + 1).count) : 0;
        const int oldStart = start.oldLine - lead;
        const int newStart = start.newLine - lead;
        int oldCount = lead + trail;
        int newCount = lead + trail;
        for (int r = first; r <= last; ++r) {
            const DiffRun &run = runs.at(r);
            if (run.kind != DiffRun::Kind::Added)
                oldCount += run.count;
            if (run.kind != DiffRun::Kind::Removed)
                newCount += run.count;
        }
        if (out.isEmpty())
            out += QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart + 1 : oldStart)
                   .arg(oldCount)
                   .arg(newCount ? newStart + 1 : newStart)
                   .arg(newCount);
        for (int l = oldStart; l < oldStart + lead; ++l)
            appendLine(out, QLatin1Char(' '), oldLines.at(l));
        for (int r = first; r <= last; ++r) {
            const DiffRun &run = runs.at(r);
            for (int l = 0; l < run.count; ++l) {
                if (run.kind == DiffRun::Kind::Added)
                    appendLine(out, QLatin1Char('+'), newLines.at(run.newLine + l));
                else
                    appendLine(out, run.kind == DiffRun::Kind::Removed ? QLatin1Char('-') : QLatin1Char(' '),
                               oldLines.at(run.oldLine + l));
            }
        }
        if (trail > 0) {
            const DiffRun &after = runs.at(last + 1);
            for (int l = 0; l < trail; ++l)
                appendLine(out, QLatin1Char(' '), oldLines.at(after.oldLine + l));
        }
        i = last + 1;
    }
    return out;
}

} // namespace arckit
