#include "lineendings.h"

#include "linediff.h"

namespace arckit {

namespace {

struct OriginalLine
{
    qsizetype start = 0;
    qsizetype end = 0; // past the line break
    QString key;       // the line as an editor shows it
};

// Lines split at "\r\n", "\n" and a lone "\r" (which TextFileReader and
// editors read as a break too); the key has NUL shown as U+FFFD, as the
// editor shows it, so an untouched line with a NUL still compares equal.
QList<OriginalLine> splitOriginal(const QString &text)
{
    QList<OriginalLine> lines;
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            const qsizetype contentEnd = i;
            i += (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
            QString key = text.mid(start, contentEnd - start);
            key.replace(QChar(0), QChar(QChar::ReplacementCharacter));
            lines.append({start, i, key});
            start = i;
        } else {
            ++i;
        }
    }
    if (start < size) {
        QString key = text.mid(start);
        key.replace(QChar(0), QChar(QChar::ReplacementCharacter));
        lines.append({start, size, key});
    }
    return lines;
}

} // namespace

QString LineEndings::restore(const QString &original, const QString &edited)
{
    if (!original.contains(QLatin1Char('\r')) && !original.contains(QChar(0)))
        return edited; // nothing an editor could have changed
    const qsizetype crlf = original.count(QLatin1String("\r\n"));
    const QString usual = crlf * 2 > original.count(QLatin1Char('\n')) ? QStringLiteral("\r\n") : QStringLiteral("\n");

    const QList<OriginalLine> oldLines = splitOriginal(original);
    QList<QStringView> oldKeys;
    oldKeys.reserve(oldLines.size());
    for (const OriginalLine &line : oldLines)
        oldKeys.append(line.key);
    const QList<QStringView> newLines = LineDiff::lines(edited);
    QString result;
    result.reserve(edited.size() + edited.size() / 16);
    for (const DiffRun &run : LineDiff::compare(oldKeys, newLines)) {
        if (run.kind == DiffRun::Kind::Equal) {
            // The original lines, breaks included, exactly as they were.
            const qsizetype from = oldLines.at(run.oldLine).start;
            const qsizetype to = oldLines.at(run.oldLine + run.count - 1).end;
            result += QStringView(original).mid(from, to - from);
        } else if (run.kind == DiffRun::Kind::Added) {
            if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')) && !result.endsWith(QLatin1Char('\r')))
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
        else if (result.endsWith(QLatin1Char('\n')) || result.endsWith(QLatin1Char('\r')))
            result.chop(1);
    } else if (!result.endsWith(QLatin1Char('\n')) && !result.endsWith(QLatin1Char('\r'))) {
        result += usual;
    }
    return result;
}

} // namespace arckit
