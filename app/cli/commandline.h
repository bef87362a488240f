#pragma once
// The headless `arckit-mlops` commands: scan, answers, generate, check, revise.
// Exit codes: 0 success, 1 validation errors, 2 usage or input errors (one
// clear line on stderr).

#include <QStringList>
#include <QTextStream>

namespace arckit {

class CommandLine
{
public:
    enum ExitCode { Success = 0, ValidationErrors = 1, UsageError = 2 };

    CommandLine(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    // arguments[0] is the program name, arguments[1] the subcommand.
    int run(const QStringList &arguments);

    static bool isSubcommand(const QString &word);
    static QString helpText();

private:
    int scan(const QStringList &arguments);
    int answers(const QStringList &arguments);
    int generate(const QStringList &arguments);
    int check(const QStringList &arguments);
    int revise(const QStringList &arguments);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace arckit
