#include "templatedata.h"

#include "templatedatabuilder.h"

#include <QRegularExpression>

namespace arckit {

namespace templatebuilder {

QVariantHash Builder::build()
{
    documentControl();
    modes();
    platformComponents();
    overview();
    inventory();
    executiveSummary(); // after the inventory: its decisions cite the models' sources
    dataPipeline();
    training();
    serving();
    monitoring();
    retraining();
    llm();
    governance();
    compliance();
    costs();
    traceability();
    roadmap();
    externalReferences();
    return m_data;
}

QString Builder::modelIds() const
{
    if (m_a.models.isEmpty())
        return placeholder("models");
    QStringList ids;
    for (int i = 0; i < m_a.models.size(); ++i)
        ids.append(modelId(m_a.models.at(i), i));
    return TemplateData::cell(ids.join(QStringLiteral(", ")));
}

// The value with its citation marker when the answer came from a document.
QString Builder::cited(const QString &value, const char *field, const QString &usedIn)
{
    const QString where = m_a.sources.value(QLatin1String(field));
    if (where.isEmpty() || value.startsWith(QLatin1Char('[')))
        return value;
    return value + QLatin1Char(' ') + m_citations.cite(where, usedIn);
}

} // namespace templatebuilder

using templatebuilder::Builder;

QVariantHash TemplateData::build(const RenderInput &input)
{
    return Builder(input).build();
}

QString TemplateData::spaceComparisons(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out.append(c);
        if (c != QLatin1Char('<') && c != QLatin1Char('>'))
            continue;
        if (i + 1 >= text.size())
            break;
        QChar next = text.at(i + 1);
        if (next == QLatin1Char('=')) { // "<=5" -> "<= 5"
            out.append(next);
            ++i;
            if (i + 1 >= text.size())
                break;
            next = text.at(i + 1);
        }
        // "<https://..." is an autolink, "<<" / ">>" and "<>" are not comparisons.
        if (next.isSpace() || next == QLatin1Char('<') || next == QLatin1Char('>'))
            continue;
        if (c == QLatin1Char('<') && text.mid(i + 1, 4).compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            continue;
        out.append(QLatin1Char(' '));
    }
    return out;
}

QString TemplateData::cell(const QString &text)
{
    // Most values need nothing done: return them without copying.
    bool plain = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('|') || c == QLatin1Char('<') || c == QLatin1Char('>') ||
            (c.isSpace() && (c != QLatin1Char(' ') || text.at(i - 1) == QLatin1Char(' '))))
            plain = false;
    }
    if (plain)
        return text;

    const QString simple = text.simplified();
    QString out;
    out.reserve(simple.size() + 4);
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar c = simple.at(i);
        if (c == QLatin1Char('|')) {
            // Count the backslashes before it: an odd number already escapes it.
            qsizetype backslashes = 0;
            for (qsizetype j = i - 1; j >= 0 && simple.at(j) == QLatin1Char('\\'); --j)
                ++backslashes;
            if (backslashes % 2 == 0)
                out.append(QLatin1Char('\\'));
        }
        out.append(c);
    }
    return spaceComparisons(out);
}

QString TemplateData::mermaidLabel(const QString &text)
{
    QString out;
    const QString simple = text.simplified();
    out.reserve(simple.size() + 8);
    for (const QChar c : simple) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("#quot;"));
            break;
        case '<':
            out.append(QLatin1String("#lt;"));
            break;
        case '>':
            out.append(QLatin1String("#gt;"));
            break;
        case '|':
            out.append(QLatin1Char('/'));
            break;
        case '`':
            out.append(QLatin1Char('\''));
            break;
        case '#': // would start an entity code such as #quot;
            out.append(QLatin1String("#35;"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QString TemplateData::nextReviewDate(const QString &reviewCycle, const QDate &from)
{
    const QString cycle = reviewCycle.trimmed().toLower();
    if (cycle.isEmpty())
        return {};
    int months = 0;
    if (cycle == QLatin1String("monthly"))
        months = 1;
    else if (cycle == QLatin1String("quarterly"))
        months = 3;
    else if (cycle == QLatin1String("semi-annual") || cycle == QLatin1String("semi-annually") ||
             cycle == QLatin1String("six-monthly") || cycle == QLatin1String("biannual"))
        months = 6;
    else if (cycle == QLatin1String("annual") || cycle == QLatin1String("annually") || cycle == QLatin1String("yearly"))
        months = 12;
    else if (cycle == QLatin1String("on-demand") || cycle == QLatin1String("on demand") ||
             cycle == QLatin1String("ondemand"))
        return QStringLiteral("On-Demand");
    if (months > 0)
        return from.addMonths(months).toString(Qt::ISODate);
    return QStringLiteral("Per the %1 review cycle").arg(reviewCycle.simplified());
}

bool TemplateData::isTraced(const Requirement &requirement)
{
    return requirement.ml || !requirement.servingGroup().isEmpty();
}

QString TemplateData::mlopsElement(const Requirement &requirement, const Answers &answers)
{
    return TraceabilityData::mlopsElement(requirement, answers);
}

} // namespace arckit
