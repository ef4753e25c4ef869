// smtp-tutor-cli probe: test one real SMTP server and explain what happened.

#include "clicommands.h"
#include "probearguments.h"
#include "probeclisupport.h"

#include "client/probe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace SmtpTutor::Cli {

namespace {
int usage(const QString &message)
{
    QTextStream(stderr) << "smtp-tutor-cli probe: " << message << "\nRun 'smtp-tutor-cli probe --help' for the options.\n";
    return ExitUsage;
}

// The CLI's words for a remedy: the flag that makes the change.
QString remedyAsFlag(ProbeRemedy remedy)
{
    switch (remedy) {
    case ProbeRemedy::SetEhloName: return QStringLiteral("--ehlo with this computer's real host name");
    case ProbeRemedy::GiveCredentials: return QStringLiteral("--user NAME with --password-env or --password-file");
    case ProbeRemedy::UseStartTls: return QStringLiteral("--tls starttls (port 587)");
    case ProbeRemedy::UseImplicitTls: return QStringLiteral("--tls implicit (port 465)");
    case ProbeRemedy::RaiseTimeout: return QStringLiteral("a larger --timeout");
    case ProbeRemedy::TrustCertificate:
        return QStringLiteral("--cafile FILE with the server's certificate, if you know it belongs to the server");
    case ProbeRemedy::AllowPlaintextAuth:
        return QStringLiteral("--allow-plaintext-auth, only for a test server on a network you control");
    case ProbeRemedy::ResolveMx: return QStringLiteral("smtp-tutor-cli mx DOMAIN to find the domain's mail servers");
    }
    return {};
}

// Runs the probe, with the transcript live on the terminal unless JSON was asked for, then prints
// the report. Returns the exit status for how it ended.
int runAndReport(const ProbeOptions &options, bool asJson)
{
    Probe probe(options);
    if (!asJson)
        printTranscriptLive(*probe.transcript());
    QEventLoop loop;
    QObject::connect(&probe, &Probe::finished, &loop, &QEventLoop::quit);
    probe.start();
    if (probe.isRunning())
        loop.exec();

    const ProbeReport &report = probe.report();
    QTextStream out(stdout);
    if (asJson) {
        out << QJsonDocument(report.toJson(probe.transcript())).toJson(QJsonDocument::Indented);
    } else {
        out << '\n' << report.toText(remedyAsFlag);
    }
    out.flush();
    return exitCodeFor(report.error);
}
} // namespace

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ProbeFlags flags;
    flags.declareOn(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(flags.help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("probe"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("give exactly one HOST"));

    QString usageError;
    std::optional<ProbeOptions> options = readProbeOptions(parser, flags, &usageError);
    if (!options)
        return usage(usageError);
    // The same rules as the probe dialog, before anything connects.
    if (const QList<ProbeOptionProblem> problems = options->validate(); !problems.isEmpty())
        return usage(describeForCli(problems.first(), *options));
    if (options->quitAfter == QuitAfter::Mail)
        options->to.clear(); // MAIL FROM is the last command; no recipient is needed
    return runAndReport(*options, parser.isSet(flags.json));
}

} // namespace SmtpTutor::Cli
