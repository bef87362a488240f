#include "answersblock.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace arckit {

namespace {
const QLatin1String kOpen("<!-- arckit-mlops-answers");
const QLatin1String kClose("-->");
} // namespace

QString AnswersBlock::format(const Answers &answers)
{
    // "--" cannot appear inside an HTML comment; JSON escapes keep it out.
    QString json = QString::fromUtf8(QJsonDocument(answers.toJson()).toJson(QJsonDocument::Indented));
    json.replace(QLatin1String("--"), QLatin1String("-\\u002d"));
    return kOpen + QLatin1Char('\n') + json + kClose;
}

std::optional<Answers> AnswersBlock::extract(const QString &markdown, QString *error)
{
    const qsizetype start = markdown.indexOf(kOpen);
    if (start < 0)
        return std::nullopt;
    const qsizetype bodyStart = start + kOpen.size();
    const qsizetype end = markdown.indexOf(kClose, bodyStart);
    if (end < 0) {
        if (error)
            *error = QStringLiteral("the embedded answers block is not closed");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(markdown.mid(bodyStart, end - bodyStart).toUtf8(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("the embedded answers block is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return Answers::fromJson(document.object());
}

QString AnswersBlock::replace(const QString &markdown, const Answers &answers)
{
    const qsizetype start = markdown.indexOf(kOpen);
    const qsizetype end = start < 0 ? -1 : markdown.indexOf(kClose, start + kOpen.size());
    if (start < 0 || end < 0) {
        QString result = markdown;
        if (!result.endsWith(QLatin1Char('\n')))
            result += QLatin1Char('\n');
        return result + QLatin1Char('\n') + format(answers) + QLatin1Char('\n');
    }
    return markdown.left(start) + format(answers) + markdown.mid(end + kClose.size());
}

} // namespace arckit
