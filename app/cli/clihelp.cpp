// Help text shared by every subcommand.

#include "clicommands.h"

namespace SmtpTutor::Cli {

QString subcommandHelp(const QString &helpText, const QString &command)
{
    // QCommandLineParser names the executable's path; the user typed "smtp-tutor-cli <command>".
    const qsizetype end = helpText.indexOf(QLatin1Char('\n'));
    QString firstLine = helpText.left(end);
    const qsizetype options = firstLine.indexOf(QLatin1String(" [options]"));
    if (firstLine.startsWith(QLatin1String("Usage: ")) && options > 0)
        firstLine = QStringLiteral("Usage: smtp-tutor-cli ") + command + firstLine.mid(options);
    return firstLine + helpText.mid(end);
}

} // namespace SmtpTutor::Cli
