#include "documentrenderer.h"
#include "textexpression.h"

#include "answersblock.h"
#include "platformcomponents.h"
#include "templatedata.h"
#include "templatefiller.h"
#include "textfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

#include <kainjow/mustache.hpp>

namespace arckit {

namespace {

const QString kBundledTemplate = QStringLiteral(":/templates/mlops.md.mustache");
// Template files are small; anything bigger is not a template.
constexpr qint64 kMaxTemplateBytes = 4 * 1024 * 1024;

namespace mustache = kainjow::mustache;

mustache::data toMustache(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantHash: {
        mustache::data object{mustache::data::type::object};
        const QVariantHash hash = value.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            object[it.key().toStdString()] = toMustache(it.value()); // moved in, not copied
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list{mustache::data::type::list};
        const QVariantList items = value.toList();
        // kainjow only copies items in (push_back takes a const reference);
        // its list is not const, so move them in instead: rows are objects
        // whose deep copies showed in the render's profile.
        auto &vector = const_cast<mustache::list &>(list.list_value());
        vector.reserve(items.size());
        for (const QVariant &item : items)
            vector.push_back(toMustache(item));
        return list;
    }
    case QMetaType::Bool:
        return mustache::data(value.toBool());
    default:
        return mustache::data(value.toString().toStdString());
    }
}

// The Mustache spec removes lines that hold only a section tag ({{#x}},
// {{^x}}, {{/x}}) or a comment. kainjow does so only for sections it renders:
// a skipped one leaves an empty line, which splits a Markdown table in two,
// and after a rendered one it also swallows a real blank line that follows.
// So such lines are removed here, before parsing: the tag is glued to the next
// line behind a marker that keeps kainjow from treating that line as
// standalone, and the marker is taken out of the output.
const QChar kLineMarker(0x1);

QString removeStandaloneTagLines(const QString &text)
{
    static const TextExpression standalone(QStringLiteral("^[ \\t]*(\\{\\{[#^/!][^}]*\\}\\})[ \\t]*\\r?\\n"),
                                           QRegularExpression::MultilineOption);
    QString result = text;
    result.remove(kLineMarker);
    return result.replace(standalone, QStringLiteral("\\1") + kLineMarker);
}

// Parsing the bundled template takes longer than rendering it, and the live
// preview renders it on every pause in typing: each thread keeps the last
// template it parsed. Per thread, because rendering is not const in kainjow.
struct ParsedTemplate
{
    QString source;
    std::unique_ptr<mustache::mustache> parsed;
};

mustache::mustache &parsedTemplate(const QString &source)
{
    thread_local ParsedTemplate cache;
    if (!cache.parsed || cache.source != source) {
        cache.parsed = std::make_unique<mustache::mustache>(removeStandaloneTagLines(source).toStdString());
        // TemplateData already made every value Markdown-safe; HTML escaping
        // would turn "&" and "<" into entities in the Markdown source.
        cache.parsed->set_custom_escape([](const std::string &text) { return text; });
        cache.source = source;
    }
    return *cache.parsed;
}

struct TemplateSource
{
    QString text;
    QString path;
    bool mustache = true;
    QString error;
};

TemplateSource readTemplate(const QString &path, bool mustache)
{
    TemplateSource source;
    source.path = path;
    source.mustache = mustache;
    const TextFile file = TextFileReader::read(path, kMaxTemplateBytes);
    if (!file.ok())
        source.error =
            QStringLiteral("The template %1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.error);
    else
        source.text = file.text;
    return source;
}

// The template to use: the one given on the command line, the repository's
// overrides (customised first, then ArcKit's installed copy), the bundled one.
TemplateSource chooseTemplate(const QString &repositoryRoot, const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return readTemplate(explicitPath, true);
    if (!repositoryRoot.isEmpty()) {
        const QDir root(repositoryRoot);
        for (const char *relative :
             {".arckit/templates-custom/mlops-template.md", ".arckit/templates/mlops-template.md"}) {
            const QString path = root.filePath(QLatin1String(relative));
            if (!QFileInfo(path).isFile())
                continue;
            TemplateSource source = readTemplate(path, false);
            // ArcKit's templates use [BRACKETS]; one written for this tool in
            // Mustache is rendered as Mustache.
            source.mustache = source.text.contains(QLatin1String("{{"));
            return source;
        }
    }
    TemplateSource source;
    source.path = kBundledTemplate;
    QFile file(kBundledTemplate);
    if (!file.open(QIODevice::ReadOnly))
        source.error = QStringLiteral("The bundled template %1 is missing from the resources").arg(kBundledTemplate);
    else
        source.text = QString::fromUtf8(file.readAll());
    return source;
}

} // namespace

RenderResult DocumentRenderer::render(const RenderInput &input, const QString &templatePath) const
{
    RenderResult result;
    const TemplateSource source = chooseTemplate(input.repositoryRoot, templatePath);
    result.templateUsed = source.path;
    if (!source.error.isEmpty()) {
        result.error = source.error;
        return result;
    }

    const QVariantHash data = TemplateData::build(input);
    // A repository's platform components file that could not be read: the bundled one was used.
    const QString catalogueError = PlatformComponents::load(input.repositoryRoot).error();
    if (!catalogueError.isEmpty())
        result.warnings.append(catalogueError + QStringLiteral(" (the bundled platform components were used)"));
    QString body;
    if (source.mustache) {
        mustache::mustache &tmpl = parsedTemplate(source.text);
        if (!tmpl.is_valid()) {
            result.error =
                QStringLiteral("The template %1 is not valid Mustache: %2")
                    .arg(QDir::toNativeSeparators(source.path), QString::fromStdString(tmpl.error_message()));
            return result;
        }
        const std::string rendered = tmpl.render(toMustache(data));
        if (!tmpl.is_valid()) {
            result.error =
                QStringLiteral("The template %1 could not be rendered: %2")
                    .arg(QDir::toNativeSeparators(source.path), QString::fromStdString(tmpl.error_message()));
            return result;
        }
        body = QString::fromStdString(rendered);
        body.remove(kLineMarker);
    } else {
        body = TemplateFiller::fill(source.text, data);
    }

    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (body.startsWith(QLatin1Char('\n')))
        body.remove(0, 1);
    // Re-opening the document restores the wizard from this block, whatever
    // template produced the rest, so the renderer adds it, not the template.
    result.markdown = AnswersBlock::replace(body, input.answers);
    return result;
}

QString DocumentRenderer::placeholderFor(const QString &field)
{
    // camelCase -> UPPER_SNAKE_CASE: latencyP50 -> LATENCY_P50,
    // jsp936RiskClass -> JSP936_RISK_CLASS, modelID -> MODEL_ID.
    QString out;
    out.reserve(field.size() + 6);
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c.isUpper() && i > 0) {
            const QChar previous = field.at(i - 1);
            const bool nextLower = i + 1 < field.size() && field.at(i + 1).isLower();
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextLower))
                out.append(QLatin1Char('_'));
        }
        out.append(c.toUpper());
    }
    return QLatin1Char('[') + out + QLatin1Char(']');
}

} // namespace arckit
