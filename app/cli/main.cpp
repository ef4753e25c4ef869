// smtp-tutor-cli: the terminal face of SMTP Tutor. main() only picks the subcommand.

#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>
#include <cstdio>

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const std::array subcommands{
    Subcommand{"explain", "decode a reply line, a reply code, an enhanced code or a port", &SmtpTutor::Cli::runExplain},
    Subcommand{"simulate", "talk SMTP to the simulated server on standard input/output", &SmtpTutor::Cli::runSimulate},
    Subcommand{"probe", "test a real SMTP server (plain, STARTTLS, implicit TLS, AUTH, envelope)", &SmtpTutor::Cli::runProbe},
    Subcommand{"audit", "grade a mail server or every MX of a domain (TLS, certificate, relay, DNS policy)", &SmtpTutor::Cli::runAudit},
    Subcommand{"ports", "check ports 25, 465, 587 and 2525 of a host in parallel", &SmtpTutor::Cli::runPorts},
    Subcommand{"mx", "look up the mail servers (MX), SPF and DMARC of a domain", &SmtpTutor::Cli::runMx},
    Subcommand{"serve", "run the simulated server on 127.0.0.1 for real mail clients", &SmtpTutor::Cli::runServe},
    Subcommand{"diagram", "draw a recorded session as a sequence diagram (Mermaid or SVG)", &SmtpTutor::Cli::runDiagram},
};

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << "Usage: smtp-tutor-cli <command> [options]\n\n"
        << "SMTP Tutor on the command line: learn SMTP offline, then test real mail servers.\n\n"
        << "Commands:\n";
    for (const Subcommand &command : subcommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << command.summary << '\n';
    out << "\nRun 'smtp-tutor-cli <command> --help' for the options of one command.\n"
        << "Options:\n  -h, --help     show this help\n  -v, --version  show the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Tutor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTP_TUTOR_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return SmtpTutor::Cli::ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(stdout);
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        QTextStream(stdout) << "smtp-tutor-cli " << SMTP_TUTOR_VERSION << '\n';
        return 0;
    }
    for (const Subcommand &command : subcommands) {
        if (first == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    QTextStream(stderr) << "smtp-tutor-cli: unknown command '" << first << "'\n\n";
    printUsage(stderr);
    return SmtpTutor::Cli::ExitUsage;
}
