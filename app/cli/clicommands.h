#pragma once

#include <QStringList>

// Each subcommand of smtp-tutor-cli lives in its own file and gets the arguments after the
// program name (arguments[0] is the subcommand itself, so QCommandLineParser::process works).
// It returns the process exit status; 2 always means a usage error.
namespace SmtpTutor::Cli {

constexpr int ExitUsage = 2;

int runExplain(const QStringList &arguments);
int runSimulate(const QStringList &arguments);
int runProbe(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runPorts(const QStringList &arguments);
int runMx(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runDiagram(const QStringList &arguments);

// QCommandLineParser::helpText() with its first line naming what the user typed
// ("Usage: smtp-tutor-cli probe [options] ...") instead of the executable's path.
QString subcommandHelp(const QString &helpText, const QString &command);

} // namespace SmtpTutor::Cli
