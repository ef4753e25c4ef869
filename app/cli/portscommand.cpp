// smtp-tutor-cli ports: which mail ports of a host answer, and how (in parallel).

#include "clicommands.h"
#include "probeclisupport.h"

#include "client/commandvalues.h"
#include "client/portcheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace SmtpTutor::Cli {

int runPorts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check the mail ports of one host at the same time: open or not, greeting, STARTTLS or implicit TLS,\n"
        "AUTH before and after TLS, time. Only EHLO and STARTTLS are sent.\n"
        "Exit status: 0 when at least one port answered, 3 when none did, 2 usage."));
    parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("The mail server."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption ports(QStringLiteral("ports"), QStringLiteral("Comma-separated ports (default 25,465,587,2525)."), QStringLiteral("LIST"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds for each connect and reply (default 10)."), QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text."));
    parser.addOptions({help, ports, timeout, json});
    const auto usage = [](const QString &message) {
        QTextStream(stderr) << "smtp-tutor-cli ports: " << message << "\nRun 'smtp-tutor-cli ports --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("ports"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("give exactly one HOST"));

    QList<quint16> portList = PortCheck::defaultPorts();
    if (parser.isSet(ports)) {
        portList.clear();
        for (const QString &item : parser.value(ports).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint value = item.trimmed().toUInt(&ok);
            if (!ok || value == 0 || value > 65535)
                return usage(QStringLiteral("--ports takes numbers from 1 to 65535, separated by commas"));
            if (!portList.contains(quint16(value)))
                portList.append(quint16(value));
        }
        if (portList.isEmpty() || portList.size() > 16)
            return usage(QStringLiteral("--ports takes 1 to 16 ports"));
    }
    if (const QString problem = CommandValues::checkSingleWord(parser.positionalArguments().first()); !problem.isEmpty())
        return usage(QStringLiteral("HOST: ") + problem);
    PortCheck check(parser.positionalArguments().first(), portList);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usage(QStringLiteral("--timeout must be a number of seconds from 0 to 3600"));
        check.setTimeouts({int(seconds * 1000), int(seconds * 1000), int(seconds * 3000)});
    }
    QEventLoop loop;
    QObject::connect(&check, &PortCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();

    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(check.toJson()).toJson(QJsonDocument::Indented);
    else
        out << check.toText();
    out.flush();
    for (const PortResult &result : check.results()) {
        if (result.open)
            return ExitOk;
    }
    return ExitConnect;
}

} // namespace SmtpTutor::Cli
