#include "templatefiller.h"
#include "textexpression.h"

#include <QRegularExpression>

namespace arckit {

namespace {

struct Binding
{
    const char *label;
    const char *key;
};

// Document Control rows ("| **Owner** | [OWNER_NAME_AND_ROLE] |") and the
// TemplateData value that replaces a placeholder value.
constexpr Binding kDocumentControl[] = {
    {"Document ID", "documentId"},
    {"Project", "projectLabel"},
    {"Classification", "classification"},
    {"Status", "status"},
    {"Version", "version"},
    {"Created Date", "createdDate"},
    {"Last Modified", "lastModified"},
    {"Review Cycle", "reviewCycle"},
    {"Next Review Date", "nextReviewDate"},
    {"Owner", "owner"},
    {"Reviewed By", "reviewedBy"},
    {"Approved By", "approvedBy"},
    {"Distribution", "distribution"},
};

// Footer lines ("**ArcKit Version**: [VERSION]") whose token would otherwise
// be filled with the wrong value (the document's version, not ArcKit's).
constexpr Binding kFooter[] = {
    {"ArcKit Version", "arckitVersion"},
    {"Model", "generationModel"},
    {"AI Model", "generationModel"},
    {"Generated on", "date"},
};

constexpr Binding kTokens[] = {
    {"[PROJECT_ID]", "projectId"},
    {"[PROJECT_NAME]", "projectName"},
    {"[VERSION]", "version"},
    {"[DATE]", "date"},
    {"[YYYY-MM-DD]", "date"},
    {"[AI_MODEL]", "generationModel"},
    {"{ARCKIT_VERSION}", "arckitVersion"},
};

QString lookup(const QVariantHash &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

template<std::size_t N>
const char *find(const Binding (&bindings)[N], const QString &label)
{
    for (const Binding &binding : bindings)
        if (label.compare(QLatin1String(binding.label), Qt::CaseInsensitive) == 0)
            return binding.key;
    return nullptr;
}

} // namespace

QString TemplateFiller::fill(const QString &bracketTemplate, const QVariantHash &data)
{
    static const TextExpression row(QStringLiteral("^(\\s*\\|\\s*\\*\\*([^*|]+)\\*\\*\\s*\\|)([^|]*)(\\|\\s*)$"));
    static const TextExpression footer(QStringLiteral("^(\\s*\\*\\*([^*]+)\\*\\*\\s*:\\s*)(.*)$"));

    QStringList lines = bracketTemplate.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const bool cr = line.endsWith(QLatin1Char('\r'));
        const QString text = cr ? line.chopped(1) : line;
        QString filled;
        if (const QRegularExpressionMatch match = row.match(text); match.hasMatch()) {
            const char *key = find(kDocumentControl, match.captured(2).trimmed());
            if (key && match.captured(3).contains(QLatin1Char('[')))
                filled =
                    match.captured(1) + QLatin1Char(' ') + lookup(data, key) + QLatin1Char(' ') + match.captured(4);
        } else if (const QRegularExpressionMatch match = footer.match(text); match.hasMatch()) {
            const char *key = find(kFooter, match.captured(2).trimmed());
            if (key && (match.captured(3).contains(QLatin1Char('[')) || match.captured(3).contains(QLatin1Char('{'))))
                filled = match.captured(1) + lookup(data, key);
        }
        if (!filled.isEmpty())
            line = cr ? filled + QLatin1Char('\r') : filled;
    }
    QString result = lines.join(QLatin1Char('\n'));
    for (const Binding &token : kTokens)
        result.replace(QLatin1String(token.label), lookup(data, token.key));
    return result;
}

} // namespace arckit
