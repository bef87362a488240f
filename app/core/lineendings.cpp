#include "lineendings.h"

#include "linediff.h"

namespace arckit {

namespace {

// Where each line of text starts, with one extra entry for the end.
QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = text.indexOf(QLatin1Char('\n')); i >= 0; i = text.indexOf(QLatin1Char('\n'), i + 1))
        starts.append(i + 1);
    if (starts.last() != text.size())
        starts.append(text.size());
    return starts;
}

} // namespace

QString LineEndings::restore(const QString &original, const QString &edited)
{
    if (!original.contains(QLatin1Char('\r')))
        return edited; // nothing an editor could have changed
    const qsizetype crlf = original.count(QLatin1String("\r\n"));
    const QString usual = crlf * 2 > original.count(QLatin1Char('\n')) ? QStringLiteral("\r\n") : QStringLiteral("\n");

    const QList<QStringView> oldLines = LineDiff::lines(original);
    const QList<QStringView> newLines = LineDiff::lines(edited);
    const QList<qsizetype> oldStarts = lineStarts(original);
    QString result;
    result.reserve(edited.size() + edited.size() / 16);
    for (const DiffRun &run : LineDiff::compare(oldLines, newLines)) {
        if (run.kind == DiffRun::Kind::Equal) {
            // The original lines, breaks included, exactly as they were.
            const qsizetype from = oldStarts.at(run.oldLine);
            const qsizetype to = oldStarts.at(run.oldLine + run.count);
            result += QStringView(original).mid(from, to - from);
        } else if (run.kind == DiffRun::Kind::Added) {
            if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
                result += usual; // the original's last line had no break; now a line follows it
            for (int i = 0; i < run.count; ++i) {
                result += newLines.at(run.newLine + i);
                result += usual;
            }
        }
    }
    // The final line break is the edited text's choice.
    const bool wantBreak = edited.endsWith(QLatin1Char('\n'));
    if (!wantBreak) {
        if (result.endsWith(QLatin1String("\r\n")))
            result.chop(2);
        else if (result.endsWith(QLatin1Char('\n')))
            result.chop(1);
    } else if (!result.endsWith(QLatin1Char('\n'))) {
        result += usual;
    }
    return result;
}

} // namespace arckit
