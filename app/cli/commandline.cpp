#include "commandline.h"

#include "answersblock.h"
#include "documentrevision.h"
#include "documentvalidator.h"
#include "documentwriter.h"
#include "generationsummary.h"
#include "scanreport.h"
#include "strategygenerator.h"
#include "textfilereader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace arckit {

namespace {

const QStringList &subcommands()
{
    static const QStringList names = {QStringLiteral("scan"), QStringLiteral("answers"), QStringLiteral("generate"),
                                      QStringLiteral("check"), QStringLiteral("revise")};
    return names;
}

// Parses the subcommand's options; QCommandLineParser takes the first item as
// the program name, so the subcommand stands in for it and positional
// arguments start after it.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments.mid(1))) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

struct ResolvedRepository
{
    QString root;
    QString error;
};

ResolvedRepository resolveRepository(const QString &path)
{
    const QString start = path.isEmpty() ? QDir::currentPath() : path;
    if (!QFileInfo::exists(start))
        return {{}, QStringLiteral("%1 does not exist").arg(start)};
    const auto root = RepositoryScanner::findRoot(start);
    if (!root)
        return {{}, QStringLiteral("%1 is not inside an ArcKit repository (no projects/ folder above it)").arg(start)};
    return {*root, {}};
}

// The project named on the command line, or the only non-global one.
const ProjectAnalysis *chooseProject(const ScanReport &report, const QString &wanted, QString *error)
{
    QList<const ProjectAnalysis *> candidates;
    for (const ProjectAnalysis &analysis : report.analyses) {
        const Project &project = analysis.project;
        if (!wanted.isEmpty()) {
            if (project.id == wanted || project.dirName == wanted || project.name == wanted ||
                project.id == wanted.rightJustified(3, QLatin1Char('0')))
                return &analysis;
        } else if (!project.isGlobal()) {
            candidates.append(&analysis);
        }
    }
    QStringList names;
    for (const ProjectAnalysis &analysis : report.analyses)
        if (!analysis.project.isGlobal())
            names << analysis.project.dirName;
    if (!wanted.isEmpty()) {
        *error = QStringLiteral("no project %1 (projects: %2)").arg(wanted, names.join(QLatin1String(", ")));
        return nullptr;
    }
    if (candidates.size() == 1)
        return candidates.first();
    *error = candidates.isEmpty()
                 ? QStringLiteral("the repository has no project")
                 : QStringLiteral("choose a project with --project (one of: %1)").arg(names.join(QLatin1String(", ")));
    return nullptr;
}

// The repository holding the first positional argument (or the current
// folder), scanned into report, and the project named by the option.
const ProjectAnalysis *analyzeNamedProject(const QCommandLineParser &parser, const QCommandLineOption &project,
                                           ScanReport &report, QString *error)
{
    const ResolvedRepository repository = resolveRepository(parser.positionalArguments().value(0));
    if (!repository.error.isEmpty()) {
        *error = repository.error;
        return nullptr;
    }
    report = ScanReport::build(repository.root);
    return chooseProject(report, parser.value(project), error);
}

// answers with the fields of a JSON answers file laid over them (the file wins).
bool mergeAnswersFile(const QString &path, Answers &answers, QString *error)
{
    const TextFile file = TextFileReader::read(path);
    if (!file.ok()) {
        *error = QStringLiteral("%1: %2").arg(path, file.error);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.text.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    QJsonObject merged = answers.toJson();
    const QJsonObject given = document.object();
    // A value the file changes is the file's, no longer the document's: it
    // loses the source the default cited (unless the file gives sources).
    QJsonObject sources = merged.value(QStringLiteral("sources")).toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (merged.value(it.key()) != it.value())
            sources.remove(it.key());
        merged.insert(it.key(), it.value());
    }
    if (!given.contains(QStringLiteral("sources")))
        merged.insert(QStringLiteral("sources"), sources);
    QStringList errors;
    answers = Answers::fromJson(merged, &errors);
    if (!errors.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(path, errors.join(QLatin1String("; ")));
        return false;
    }
    return true;
}

} // namespace

bool CommandLine::isSubcommand(const QString &word)
{
    return subcommands().contains(word);
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: arckit-mlops [REPOSITORY|FILE]            open the desktop application\n"
        "       arckit-mlops --new [REPOSITORY]            open it on the wizard for a new MLOps strategy\n"
        "       arckit-mlops <command> [options]\n"
        "\n"
        "Commands:\n"
        "  scan [PATH] [--json]                 projects, documents, missing prerequisites, requirements (ML-related\n"
        "                                       flagged with evidence) and problems of the repository holding PATH\n"
        "  answers [PATH] --project ID          the wizard's answers pre-filled from the project's documents, as "
        "JSON,\n"
        "                                       each default with its source under \"sources\"\n"
        "  generate [PATH] --project ID [--answers FILE] [--template FILE] [--output FILE|-] [--major]\n"
        "                                       write the MLOps strategy (default: the next version's file in the\n"
        "                                       project folder; never overwrites) and print the summary\n"
        "  check FILE [--json]                  validate an MLOps strategy document (any layout)\n"
        "  revise FILE [--answers FILE] [--insert-missing] [--summary TEXT] [--author NAME] [--major]\n"
        "         [--from-version X.Y] [--output FILE|-] [--diff]\n"
        "                                       write the next version of an existing MLOPS document beside it:\n"
        "                                       only Document Control's ID, Version, Last Modified (and Status),\n"
        "                                       one new Revision History row and the inserted sections change;\n"
        "                                       --diff prints what would change and writes nothing\n"
        "\n"
        "Options: --help, --version\n"
        "Exit codes: 0 success, 1 validation errors (check), 2 usage or input errors.\n");
}

int CommandLine::fail(const QString &message)
{
    m_err << "arckit-mlops: " << message << Qt::endl;
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h") ||
        arguments[1] == QLatin1String("help")) {
        m_out << helpText();
        m_out.flush();
        return arguments.size() < 2 ? UsageError : Success;
    }
    if (arguments[1] == QLatin1String("--version") || arguments[1] == QLatin1String("-v")) {
        m_out << "arckit-mlops " << ARCKIT_VERSION << Qt::endl;
        return Success;
    }
    const QString command = arguments[1];
    if (command == QLatin1String("scan"))
        return scan(arguments);
    if (command == QLatin1String("answers"))
        return answers(arguments);
    if (command == QLatin1String("generate"))
        return generate(arguments);
    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("revise"))
        return revise(arguments);
    return fail(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
}

int CommandLine::scan(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output"));
    parser.addOption(json);
    parser.addHelpOption();
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpText();
        return Success;
    }
    if (parser.positionalArguments().size() > 1)
        return fail(QStringLiteral("scan takes one PATH"));
    const ResolvedRepository repository = resolveRepository(parser.positionalArguments().value(0));
    if (!repository.error.isEmpty())
        return fail(repository.error);
    const ScanReport report = ScanReport::build(repository.root);
    if (parser.isSet(json))
        m_out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        m_out << report.toText();
    m_out.flush();
    return Success;
}

int CommandLine::answers(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("project id"), QStringLiteral("ID"));
    parser.addOption(project);
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    ScanReport report;
    const ProjectAnalysis *analysis = analyzeNamedProject(parser, project, report, &error);
    if (!analysis)
        return fail(error);
    // The answers, and beside them the profile they come from (ignored when the file is read back).
    QJsonObject object = analysis->defaultAnswers().toJson();
    object.insert(QStringLiteral("profile"), analysis->profile.toJson());
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}

int CommandLine::generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("project id"), QStringLiteral("ID"));
    const QCommandLineOption answersFile(QStringLiteral("answers"), QStringLiteral("answers JSON"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption templateFile(QStringLiteral("template"), QStringLiteral("Mustache template"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("output file or -"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption major(QStringLiteral("major"), QStringLiteral("major version bump"));
    parser.addOptions({project, answersFile, templateFile, output, major});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    ScanReport report;
    const ProjectAnalysis *analysis = analyzeNamedProject(parser, project, report, &error);
    if (!analysis)
        return fail(error);
    if (analysis->project.isGlobal())
        return fail(QStringLiteral("000-global holds cross-project policies; choose a project"));

    // A new version starts from the answers of the latest one, when it embeds them.
    const StrategyGenerator generator(*analysis, report.scan.root);
    if (!generator.previousProblem().isEmpty())
        return fail(generator.previousProblem());
    Answers answers = generator.startingAnswers();
    if (parser.isSet(answersFile) && !mergeAnswersFile(parser.value(answersFile), answers, &error))
        return fail(error);
    if (parser.isSet(templateFile) && !QFileInfo(parser.value(templateFile)).isFile())
        return fail(QStringLiteral("template %1 does not exist").arg(parser.value(templateFile)));

    StrategyOptions options;
    options.major = parser.isSet(major);
    options.templatePath = parser.value(templateFile);
    const StrategyDocument rendered = generator.generate(answers, options);
    if (!rendered.ok())
        return fail(rendered.error);
    for (const QString &warning : rendered.warnings)
        m_err << "arckit-mlops: warning: " << warning << Qt::endl;

    const QByteArray bytes = rendered.markdown.toUtf8();
    QString shownPath;
    if (parser.value(output) == QLatin1String("-")) {
        m_out << rendered.markdown;
        m_out.flush();
        shownPath = QStringLiteral("(standard output)");
    } else {
        SaveResult saved;
        if (parser.isSet(output))
            saved = DocumentWriter::writeFile(parser.value(output), bytes, false);
        else
            saved = DocumentWriter::writeNew(
                analysis->project, DocumentWriter::nextFileName(analysis->project, parser.isSet(major)), bytes);
        if (!saved.ok())
            return fail(saved.error);
        shownPath = QFileInfo(saved.path).absoluteFilePath().startsWith(report.scan.root + QLatin1Char('/'))
                        ? report.scan.relativePath(saved.path)
                        : saved.path;
    }
    for (const MissingDocument &missing : analysis->missing)
        if (missing.level == MissingDocument::Level::Mandatory || missing.level == MissingDocument::Level::Recommended)
            m_err << missing.message << '\n';
    QTextStream &summary = parser.value(output) == QLatin1String("-") ? m_err : m_out;
    summary << GenerationSummary::format(answers, shownPath);
    summary.flush();
    m_err.flush();
    return Success;
}

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output"));
    parser.addOption(json);
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("check takes one FILE"));
    const QString path = parser.positionalArguments().at(0);
    const TextFile file = TextFileReader::read(path);
    if (!file.ok())
        return fail(QStringLiteral("%1: %2").arg(path, file.error));

    ValidationContext context;
    context.fileName = QFileInfo(path).fileName();
    if (const auto embedded = AnswersBlock::extract(file.text))
        context.ukGovernment = embedded->isUkGovernment();
    // Inside a repository, the project's ML requirements must all be traced.
    if (const auto root = RepositoryScanner::findRoot(path)) {
        const auto name = ArcFileName::parse(context.fileName);
        const RepositoryScan scan = RepositoryScanner().scan(*root);
        if (name)
            if (const Project *project = scan.project(name->projectId))
                context.mlRequirements = ProjectAnalyzer().analyze(scan, *project).mlRequirements();
    }
    const ValidationFindings findings = DocumentValidator().validate(file.text, context);
    bool errors = false;
    for (const ValidationFinding &finding : findings)
        errors = errors || finding.severity == ValidationFinding::Severity::Error;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ValidationFinding &finding : findings)
            array.append(QJsonObject{{QStringLiteral("severity"), ValidationFinding::severityName(finding.severity)},
                                     {QStringLiteral("rule"), finding.rule},
                                     {QStringLiteral("message"), finding.message},
                                     {QStringLiteral("line"), finding.line}});
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("findings"), array}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const ValidationFinding &finding : findings)
            m_out << path << ':' << finding.line << ": " << ValidationFinding::severityName(finding.severity) << ": "
                  << finding.message << " [" << finding.rule << "]\n";
        m_out << findings.size() << " findings" << (errors ? ", with errors" : "") << '\n';
    }
    m_out.flush();
    return errors ? ValidationErrors : Success;
}

int CommandLine::revise(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answersFile(QStringLiteral("answers"), QStringLiteral("answers JSON"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption insertMissing(QStringLiteral("insert-missing"), QStringLiteral("insert missing sections"));
    const QCommandLineOption summary(QStringLiteral("summary"), QStringLiteral("change summary"),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("author"), QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("revision date"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption major(QStringLiteral("major"), QStringLiteral("major version bump"));
    const QCommandLineOption fromVersion(QStringLiteral("from-version"), QStringLiteral("the document's version"),
                                         QStringLiteral("X.Y"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("output file or -"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption diff(QStringLiteral("diff"), QStringLiteral("print the changes, write nothing"));
    parser.addOptions({answersFile, insertMissing, summary, author, date, major, fromVersion, output, diff});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("revise takes one FILE"));
    const QString path = parser.positionalArguments().at(0);
    const RevisableDocument document = RevisableDocument::open(path);
    if (!document.ok())
        return fail(QStringLiteral("%1: %2").arg(path, document.error()));
    for (const QString &message : document.messages())
        m_err << message << '\n';

    RevisionRequest request;
    request.summary = parser.value(summary);
    request.author = parser.value(author);
    request.major = parser.isSet(major);
    request.baseVersion = parser.value(fromVersion);
    if (parser.isSet(date)) {
        request.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.date.isValid())
            return fail(QStringLiteral("--date %1 is not a YYYY-MM-DD date").arg(parser.value(date)));
    }
    if (parser.isSet(insertMissing)) {
        Answers answers = document.answers();
        if (parser.isSet(answersFile) && !mergeAnswersFile(parser.value(answersFile), answers, &error))
            return fail(error);
        // The sections come from the template rendered for this project, so
        // they carry its requirements when the document sits in a repository.
        ProjectAnalysis analysis;
        analysis.project.id = document.projectId();
        analysis.project.path = document.folder();
        QString repositoryRoot;
        if (const auto root = RepositoryScanner::findRoot(path)) {
            const ScanReport report = ScanReport::build(*root);
            for (const ProjectAnalysis &candidate : report.analyses)
                if (candidate.project.id == document.projectId()) {
                    analysis = candidate;
                    analysis.global = nullptr; // it points into the report, gone after this block
                }
            repositoryRoot = *root;
        }
        const StrategyDocument rendered =
            StrategyGenerator(analysis, repositoryRoot).generateLike(document.text(), answers);
        if (!rendered.ok())
            return fail(rendered.error);
        request.generated = rendered.markdown;
        request.insertKeys = SectionGaps::missingKeys(SectionGaps::analyse(document.structure().outline(), answers));
    } else if (parser.isSet(answersFile)) {
        return fail(QStringLiteral("--answers is used only with --insert-missing"));
    }

    const RevisionOutcome outcome = DocumentRevision::prepare(document, request);
    if (!outcome.ok())
        return fail(outcome.error +
                    (document.version().isEmpty() ? QStringLiteral(" (use --from-version)") : QString()));
    for (const QString &note : outcome.notes)
        m_err << note << '\n';

    if (parser.isSet(diff)) {
        m_out << LineDiff::unified(document.text(), outcome.text, QFileInfo(path).fileName(), outcome.fileName);
        m_out.flush();
        m_err.flush();
        return Success;
    }
    QString written;
    if (parser.value(output) == QLatin1String("-")) {
        m_out << outcome.text;
        m_out.flush();
        written = QStringLiteral("(standard output)");
    } else {
        const SaveResult saved = parser.isSet(output)
                                     ? DocumentWriter::writeFile(parser.value(output), outcome.bytes, false)
                                     : DocumentRevision::save(document, outcome);
        if (!saved.ok())
            return fail(saved.error);
        written = saved.path;
    }
    QTextStream &report = parser.value(output) == QLatin1String("-") ? m_err : m_out;
    report << "Revised " << QFileInfo(path).fileName() << " as version " << outcome.version << ": " << written << '\n';
    if (!outcome.insertedSections.isEmpty())
        report << "Inserted: " << outcome.insertedSections.join(QStringLiteral("; ")) << '\n';
    report << "Revision History: " << outcome.summary << '\n';
    report.flush();
    m_err.flush();
    return Success;
}

} // namespace arckit
