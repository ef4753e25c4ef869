// smtp-tutor-cli mx: where does mail for a domain go, and what SPF and DMARC say.

#include "clicommands.h"
#include "probeclisupport.h"

#include "client/commandvalues.h"
#include "client/mxlookup.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace SmtpTutor::Cli {

int runMx(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Look up the MX records of a domain (lowest preference first; with no MX the domain's own address,\n"
        "RFC 5321 s.5.1) and show its SPF and DMARC records as published.\n"
        "Exit status: 0 when a mail host was found, 1 when the lookup failed or there is none, 2 usage."));
    parser.addPositionalArgument(QStringLiteral("domain"), QStringLiteral("The mail domain, e.g. example.com."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text."));
    parser.addOptions({help, json});
    if (!parser.parse(arguments) || (!parser.isSet(help) && parser.positionalArguments().size() != 1)) {
        QTextStream(stderr) << "smtp-tutor-cli mx: " << (parser.errorText().isEmpty() ? QStringLiteral("give exactly one DOMAIN") : parser.errorText())
                            << "\nRun 'smtp-tutor-cli mx --help' for the options.\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("mx"));
        return ExitOk;
    }
    if (const QString problem = CommandValues::checkSingleWord(parser.positionalArguments().first()); !problem.isEmpty()) {
        QTextStream(stderr) << "smtp-tutor-cli mx: DOMAIN: " << problem << '\n';
        return ExitUsage;
    }
    MxLookup lookup(parser.positionalArguments().first());
    QEventLoop loop;
    QObject::connect(&lookup, &MxLookup::finished, &loop, &QEventLoop::quit);
    lookup.start();
    loop.exec();
    const MxResult &result = lookup.result();
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        out << result.toText();
    out.flush();
    return result.error.isEmpty() && !result.hosts.isEmpty() && !result.nullMx ? ExitOk : ExitInternal;
}

} // namespace SmtpTutor::Cli
