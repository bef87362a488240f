// The desktop-integration files installed by packaging/CMakeLists.txt: the
// AppStream metainfo and the .desktop file pass their validators and agree on
// the application id, the screenshots they name exist, and the hand-written
// manual page documents every command, option and exit code of --help.

#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("io.github.arckit.MlopsStudio");

QString sourcePath(const QString &relative)
{
    return QStringLiteral(ARCKIT_SOURCE_DIR "/") + relative;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Run
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    result.started = process.waitForStarted();
    if (!result.started)
        return result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// The key=value entries of one [group] of a desktop file.
QHash<QString, QString> desktopGroup(const QString &text, const QString &group)
{
    QHash<QString, QString> entries;
    bool inside = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('['))) {
            inside = line == QLatin1Char('[') + group + QLatin1Char(']');
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inside && equals > 0)
            entries.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entries;
}

// The text of a man page section (.SH NAME up to the next .SH).
QString manSection(const QString &page, const QString &name)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH ") + name + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

// troff writes a literal hyphen as \-.
QString unescapeTroff(QString text)
{
    return text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// The commands listed under "Commands:" in --help (indented lines).
QStringList helpCommands()
{
    QStringList commands;
    bool inCommands = false;
    static const QRegularExpression command(QStringLiteral("^  ([a-z]+)\\b"));
    for (const QString &line : arckit::CommandLine::helpText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (inCommands && !line.startsWith(QLatin1Char(' ')))
            break;
        const QRegularExpressionMatch match = command.match(line);
        if (inCommands && match.hasMatch())
            commands << match.captured(1);
    }
    return commands;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metainfoValidates();
    void desktopFileValidates();
    void desktopFileEntries();
    void metainfoMatchesDesktopFile();
    void screenshotsExist();
    void iconIsScalable();
    void manPageCommands_data();
    void manPageCommands();
    void manPageOptions_data();
    void manPageOptions();
    void manPageExitCodes_data();
    void manPageExitCodes();
    void manPageFormatsCleanly();
};

void TestPackaging::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("skipped: appstreamcli is not installed (Debian package appstream)");
    const Run result = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                       sourcePath(QStringLiteral("packaging/%1.metainfo.xml").arg(kAppId))});
    QVERIFY(result.started);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
}

void TestPackaging::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("skipped: desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const Run result = run(validator, {sourcePath(QStringLiteral("packaging/%1.desktop").arg(kAppId))});
    QVERIFY(result.started);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    // Hints are fine; errors and warnings are not.
    QVERIFY2(!result.output.contains(QLatin1String("error:")) && !result.output.contains(QLatin1String("warning:")),
             qPrintable(result.output));
}

void TestPackaging::desktopFileEntries()
{
    const QString text = readText(sourcePath(QStringLiteral("packaging/%1.desktop").arg(kAppId)));
    QVERIFY(!text.isEmpty());
    const auto entry = desktopGroup(text, QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
    QVERIFY(entry.value(QStringLiteral("Exec")).startsWith(QLatin1String("arckit-mlops ")));
    QVERIFY(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(QStringLiteral("text/markdown")));
    QVERIFY(entry.value(QStringLiteral("Actions")).split(QLatin1Char(';')).contains(QStringLiteral("new-strategy")));

    const auto action = desktopGroup(text, QStringLiteral("Desktop Action new-strategy"));
    QCOMPARE(action.value(QStringLiteral("Name")), QStringLiteral("New MLOps Strategy"));
    QCOMPARE(action.value(QStringLiteral("Exec")), QStringLiteral("arckit-mlops --new"));
}

void TestPackaging::metainfoMatchesDesktopFile()
{
    QFile file(sourcePath(QStringLiteral("packaging/%1.metainfo.xml").arg(kAppId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, QString> values;
    QString release;
    QString rating;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("release") && release.isEmpty())
            release = xml.attributes().value(QLatin1String("version")).toString();
        else if (name == QLatin1String("content_rating"))
            rating = xml.attributes().value(QLatin1String("type")).toString();
        else if (name == QLatin1String("id") || name == QLatin1String("launchable") || name == QLatin1String("icon") ||
                 name == QLatin1String("binary"))
            values.insert(name, xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(values.value(QStringLiteral("id")), kAppId);
    QCOMPARE(values.value(QStringLiteral("launchable")), kAppId + QStringLiteral(".desktop"));
    QCOMPARE(values.value(QStringLiteral("icon")), kAppId);
    QCOMPARE(values.value(QStringLiteral("binary")), QStringLiteral("arckit-mlops"));
    // The newest release listed first is the version being built.
    QCOMPARE(release, QStringLiteral(ARCKIT_VERSION));
    QCOMPARE(rating, QStringLiteral("oars-1.1"));
}

void TestPackaging::screenshotsExist()
{
    const QString text = readText(sourcePath(QStringLiteral("packaging/%1.metainfo.xml").arg(kAppId)));
    static const QRegularExpression image(
        QStringLiteral("<image[^>]*>https://[^<]*/main/(resources/screenshots/[^<]+\\.png)</image>"));
    int count = 0;
    for (const QRegularExpressionMatch &match : image.globalMatch(text)) {
        QVERIFY2(QFile::exists(sourcePath(match.captured(1))), qPrintable(match.captured(1)));
        // The default (first) screenshot is the picture the README opens with.
        if (count++ == 0)
            QVERIFY2(readText(sourcePath(QStringLiteral("README.md"))).contains(match.captured(1)),
                     qPrintable(match.captured(1)));
    }
    QVERIFY(count >= 1);
    QCOMPARE(count, int(text.count(QLatin1String("<image"))));
}

void TestPackaging::iconIsScalable()
{
    QFile icon(sourcePath(QStringLiteral("resources/icons/%1.svg").arg(kAppId)));
    QVERIFY(icon.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&icon);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    // Square, so every PNG size renders without distortion.
    const QStringList box = xml.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
    QCOMPARE(box.size(), 4);
    QCOMPARE(box.at(2), box.at(3));
}

void TestPackaging::manPageCommands_data()
{
    QTest::addColumn<QString>("command");
    const QStringList commands = helpCommands();
    QVERIFY(commands.contains(QStringLiteral("scan")));
    for (const QString &command : commands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestPackaging::manPageCommands()
{
    QFETCH(QString, command);
    const QString page = readText(sourcePath(QStringLiteral("packaging/arckit-mlops.1.in")));
    QVERIFY(!page.isEmpty());
    QVERIFY2(manSection(page, QStringLiteral("SYNOPSIS")).contains(QStringLiteral(".B arckit-mlops ") + command),
             "missing from SYNOPSIS");
    QVERIFY2(
        manSection(page, QStringLiteral("COMMANDS")).contains(QStringLiteral("\n.BR ") + command + QLatin1Char(' ')),
        "missing from COMMANDS");
}

void TestPackaging::manPageOptions_data()
{
    QTest::addColumn<QString>("option");
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    QSet<QString> seen;
    for (const QRegularExpressionMatch &match : option.globalMatch(arckit::CommandLine::helpText()))
        if (!seen.contains(match.captured())) {
            seen.insert(match.captured());
            QTest::newRow(qPrintable(match.captured())) << match.captured();
        }
    QVERIFY(seen.contains(QStringLiteral("--json")));
}

void TestPackaging::manPageOptions()
{
    QFETCH(QString, option);
    const QString page = unescapeTroff(readText(sourcePath(QStringLiteral("packaging/arckit-mlops.1.in"))));
    // Documented, not only named in the synopsis.
    const QString described =
        manSection(page, QStringLiteral("OPTIONS")) + manSection(page, QStringLiteral("COMMANDS"));
    QVERIFY2(described.contains(option), "not described in OPTIONS or COMMANDS");
}

void TestPackaging::manPageExitCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("success") << int(arckit::CommandLine::Success);
    QTest::newRow("validation errors") << int(arckit::CommandLine::ValidationErrors);
    QTest::newRow("usage error") << int(arckit::CommandLine::UsageError);
}

void TestPackaging::manPageExitCodes()
{
    QFETCH(int, code);
    const QString status =
        manSection(readText(sourcePath(QStringLiteral("packaging/arckit-mlops.1.in"))), QStringLiteral("EXIT STATUS"));
    QVERIFY(status.contains(QStringLiteral("\n.B %1\n").arg(code)));
    // --help names the same codes.
    QVERIFY(arckit::CommandLine::helpText().contains(QStringLiteral("%1 ").arg(code)));
}

void TestPackaging::manPageFormatsCleanly()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("skipped: groff is not installed");
    // -ww: every warning; -z: format, print nothing.
    const Run result = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                                   QStringLiteral("-z"), sourcePath(QStringLiteral("packaging/arckit-mlops.1.in"))});
    QVERIFY(result.started);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.output.trimmed().isEmpty(), qPrintable(result.output));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
