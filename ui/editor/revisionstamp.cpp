#include "revisionstamp.h"

#include <QRegularExpression>
#include <QStringList>

namespace arckit {

namespace {

QRegularExpression fieldPattern(const QString &name)
{
    return QRegularExpression(QStringLiteral("^(\\|\\s*(?:\\*\\*)?%1(?:\\*\\*)?\\s*\\|)([^|\\n]*)(\\|[ \\t]*)$")
                                  .arg(QRegularExpression::escape(name)),
                              QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
}

QString cell(QString text)
{
    // A pipe would split the row.
    return text.replace(QLatin1Char('|'), QLatin1Char('/')).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
}

int cellCount(const QString &row)
{
    QString trimmed = row.trimmed();
    if (trimmed.startsWith(QLatin1Char('|')))
        trimmed.remove(0, 1);
    if (trimmed.endsWith(QLatin1Char('|')))
        trimmed.chop(1);
    return int(trimmed.split(QLatin1Char('|')).size());
}

struct HistoryTable {
    int heading = -1;
    int firstRow = -1; // the header row
    int lastRow = -1;
};

HistoryTable findHistory(const QStringList &lines)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{2,3}\\s+Revision History\\s*#*\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    HistoryTable table;
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (!inFence && heading.match(lines.at(i)).hasMatch()) {
            table.heading = i;
            break;
        }
    }
    if (table.heading < 0)
        return table;
    for (int i = table.heading + 1; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            break;
        if (trimmed.startsWith(QLatin1Char('|'))) {
            if (table.firstRow < 0)
                table.firstRow = i;
            table.lastRow = i;
        } else if (table.firstRow >= 0) {
            break;
        }
    }
    return table;
}

} // namespace

QString RevisionStamp::field(const QString &markdown, const QString &name)
{
    const auto match = fieldPattern(name).match(markdown);
    return match.hasMatch() ? match.captured(2).trimmed() : QString();
}

QString RevisionStamp::setField(const QString &markdown, const QString &name, const QString &value)
{
    const auto match = fieldPattern(name).match(markdown);
    if (!match.hasMatch())
        return markdown;
    QString result = markdown;
    result.replace(match.capturedStart(2), match.capturedLength(2), QLatin1Char(' ') + cell(value) + QLatin1Char(' '));
    return result;
}

int RevisionStamp::revisionRowCount(const QString &markdown)
{
    const HistoryTable table = findHistory(markdown.split(QLatin1Char('\n')));
    if (table.firstRow < 0)
        return 0;
    return qMax(0, table.lastRow - table.firstRow - 1);
}

QString RevisionStamp::apply(const QString &markdown, const RevisionInfo &info)
{
    QString text = markdown;
    const QString date = info.date.toString(Qt::ISODate);
    if (!info.documentId.isEmpty())
        text = setField(text, QStringLiteral("Document ID"), info.documentId);
    if (!info.version.isEmpty())
        text = setField(text, QStringLiteral("Version"), info.version);
    text = setField(text, QStringLiteral("Last Modified"), date);
    if (!info.addRevisionRow)
        return text;

    QStringList lines = text.split(QLatin1Char('\n'));
    const HistoryTable table = findHistory(lines);
    QStringList cells{cell(info.version), date, cell(info.author), cell(info.changes)};
    if (table.firstRow >= 0) {
        const int columns = cellCount(lines.at(table.firstRow));
        while (cells.size() < columns)
            cells.append(QStringLiteral("PENDING"));
        while (cells.size() > columns && columns >= 1)
            cells.removeLast();
        lines.insert(table.lastRow + 1, QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        return lines.join(QLatin1Char('\n'));
    }

    cells << QStringLiteral("PENDING") << QStringLiteral("PENDING");
    const QStringList section{
        QStringLiteral("| Version | Date | Author | Changes | Approved By | Approval Date |"),
        QStringLiteral("|---------|------|--------|---------|-------------|---------------|"),
        QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"),
        QString()};
    if (table.heading >= 0) { // a heading without a table
        int at = table.heading + 1;
        lines.insert(at, QString());
        for (const QString &line : section)
            lines.insert(++at, line);
        return lines.join(QLatin1Char('\n'));
    }
    // No history at all: add it after the Document Control section, else at the end.
    int insertAt = -1;
    bool afterControl = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QLatin1String("## "))) {
            if (afterControl) {
                insertAt = i;
                break;
            }
            afterControl = trimmed.mid(3).trimmed().compare(QLatin1String("Document Control"), Qt::CaseInsensitive) == 0;
        }
    }
    QStringList block{QStringLiteral("## Revision History"), QString()};
    block << section;
    if (insertAt < 0) {
        if (!lines.isEmpty() && !lines.last().isEmpty())
            lines.append(QString());
        lines << block;
    } else {
        for (int i = 0; i < block.size(); ++i)
            lines.insert(insertAt + i, block.at(i));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace arckit
