// smtp-tutor-cli serve: the simulated server on a real socket (127.0.0.1 by default), so a mail
// client, swaks or telnet can practise against it; every session is logged as a transcript.

#include "clicommands.h"
#include "serveexam.h"

#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "practice/practiceserversetup.h"
#include "server/replayscenario.h"
#include "server/scenario.h"
#include "session/transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <climits>
#include <cmath>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#include <variant>

namespace SmtpTutor::Cli {

namespace {

// Self-pipe: the signal handler only writes a byte; the event loop does the rest
// (the pattern of Qt's "Calling Qt Functions From Unix Signal Handlers").
int g_signalPipe[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// "ADDR:PORT", "[IPv6]:PORT" or "PORT" (then 127.0.0.1).
std::optional<PracticeListenAddress> parseListen(const QString &text, QString *error)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = QStringLiteral("'%1' is not [ADDRESS]:PORT").arg(text);
            return std::nullopt;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    PracticeListenAddress result;
    if (!ok || port > 65535) {
        *error = QStringLiteral("'%1' has no valid port (0-65535)").arg(text);
        return std::nullopt;
    }
    if (!result.address.setAddress(host)) {
        *error = QStringLiteral("'%1' is not an IP address (give a numeric address such as 127.0.0.1)")
                     .arg(host);
        return std::nullopt;
    }
    result.port = quint16(port);
    return result;
}

QString describeAddress(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString formatEntry(int id, const TranscriptEntry &entry)
{
    const qint64 ms = entry.elapsedMs;
    QString line = QStringLiteral("[#%1 +%2.%3s] %4 %5")
                       .arg(id)
                       .arg(ms / 1000)
                       .arg(ms % 1000, 3, 10, QLatin1Char('0'))
                       .arg(Transcript::mark(entry.direction, entry.tls), entry.text);
    if (!entry.maskNote.isEmpty())
        line += QStringLiteral("   (%1)").arg(entry.maskNote);
    return line;
}

QString formatMessage(const PracticeMessage &message)
{
    QStringList recipients;
    for (const MailPath &path : message.message.recipients)
        recipients.append(path.toString());
    // One multi-argument arg(): an address with "%1" in it must not be replaced again.
    return QStringLiteral("[#%1] === message %2 from %3 to %4, %5 bytes%6%7")
        .arg(QString::number(message.connectionId), message.message.queueId,
            message.message.sender.toString(), recipients.join(QLatin1Char(' ')),
            QString::number(message.message.raw.size()),
            message.message.overTls ? QStringLiteral(", over TLS") : QString(),
            message.message.authenticatedUser.isEmpty()
                ? QString()
                : QStringLiteral(", user ") + message.message.authenticatedUser);
}

// The options of `serve`, kept together so that each step below can read the ones it needs.
struct ServeFlags
{
    QCommandLineOption listen { QStringLiteral("listen"),
        QStringLiteral("Plain listener, STARTTLS offered if the scenario does (default 127.0.0.1:2525)."),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:2525") };
    QCommandLineOption implicit { QStringLiteral("implicit-tls-listen"),
        QStringLiteral("Also listen with TLS from the first byte, the port-465 style (RFC 8314)."),
        QStringLiteral("ADDR:PORT") };
    QCommandLineOption scenario { QStringLiteral("scenario"),
        QStringLiteral("Built-in scenario (%1), a scenario JSON file, or a recorded session "
                       "(a probe's --json output or an exported transcript) to replay.")
            .arg(Scenario::builtInNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME|FILE") };
    QCommandLineOption personality { QStringLiteral("personality"),
        QStringLiteral("Whose words the server speaks: postfix (the default) or exim. Without --scenario, "
                       "exim plays the reference Exim (scenario one-port)."),
        QStringLiteral("postfix|exim"), QStringLiteral("postfix") };
    QCommandLineOption cert { QStringLiteral("cert"),
        QStringLiteral("PEM certificate (chain) for TLS; default: a self-signed one for localhost."),
        QStringLiteral("FILE") };
    QCommandLineOption key { QStringLiteral("key"), QStringLiteral("Unencrypted PEM private key of --cert."),
        QStringLiteral("FILE") };
    QCommandLineOption maxConnections { QStringLiteral("max-connections"),
        QStringLiteral("Sessions at once; one more is answered 421 (default 100)."), QStringLiteral("N"),
        QStringLiteral("100") };
    QCommandLineOption idle { QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a client may take for one complete line (default 300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300") };
    QCommandLineOption log { QStringLiteral("log"),
        QStringLiteral("Write the transcripts to FILE instead of standard output."), QStringLiteral("FILE") };
    QCommandLineOption quiet { QStringLiteral("quiet"),
        QStringLiteral("Log only when sessions open and close, not every line.") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            { listen, implicit, scenario, personality, cert, key, maxConnections, idle, log, quiet });
    }
};

// A usage error: the message, a pointer to --help, exit status 2.
int usage(QTextStream &err, const QString &message)
{
    err << "smtp-tutor-cli serve: " << message << "\nRun 'smtp-tutor-cli serve --help' for the options.\n";
    return ExitUsage;
}

// The command line read into the set-up's options; the checks that only make sense for text
// (addresses, numbers, personality names) are made here, the rest by PracticeServerSetup.
std::variant<PracticeServerOptions, QString> readOptions(
    const QCommandLineParser &parser, const ServeFlags &flags)
{
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
    PracticeServerOptions options;
    QString error;
    const std::optional<PracticeListenAddress> plain = parseListen(parser.value(flags.listen), &error);
    if (!plain)
        return QStringLiteral("--listen: %1").arg(error);
    options.plain = *plain;
    if (parser.isSet(flags.implicit)) {
        options.implicitTls = parseListen(parser.value(flags.implicit), &error);
        if (!options.implicitTls)
            return QStringLiteral("--implicit-tls-listen: %1").arg(error);
    }
    bool ok = false;
    options.limits.maxConnections = parser.value(flags.maxConnections).toInt(&ok);
    if (!ok)
        options.limits.maxConnections = 0; // out of range: PracticeServerSetup says so
    const double idle = parser.value(flags.idle).toDouble(&ok);
    options.limits.idleTimeoutMs
        = ok && std::isfinite(idle) ? int(qBound(0.0, idle * 1000, double(INT_MAX))) : 0;
    options.certificateFile = parser.value(flags.cert);
    options.keyFile = parser.value(flags.key);
    if (parser.isSet(flags.personality)) {
        options.personality = Persona::idFromName(parser.value(flags.personality));
        if (!options.personality)
            return QStringLiteral("--personality takes %1, not '%2'")
                .arg(Persona::names().join(QStringLiteral(" or ")), parser.value(flags.personality));
    }
    options.scenario = parser.value(flags.scenario);
    return options;
}

// A set-up error in the terms of this command: its flags, and the exit status (2 for a usage
// error, 1 when the options were fine but the machine said no).
int reportSetupError(QTextStream &err, const PracticeSetupError &error)
{
    using Kind = PracticeSetupError::Kind;
    switch (error.kind) {
    case Kind::MaxConnectionsOutOfRange:
        return usage(err, QStringLiteral("--max-connections must be a number from 1 to 100000"));
    case Kind::IdleTimeoutOutOfRange:
        return usage(err, QStringLiteral("--idle-timeout must be a number of seconds from 0.1 to 86400"));
    case Kind::CertificateWithoutKey:
        return usage(err, QStringLiteral("--cert and --key go together"));
    case Kind::PersonalityForRecording:
        return usage(err,
            QStringLiteral("a recorded session replays its own server's words; --personality "
                           "applies to scenarios only"));
    case Kind::ExamWithScenario:
        return usage(err, QStringLiteral("--exam plays its own server; it cannot be combined with --scenario"));
    case Kind::ScenarioNotLoaded:
    case Kind::RecordingNotLoaded:
        return usage(err, QStringLiteral("--scenario: %1").arg(error.detail));
    case Kind::CertificateNotMade:
        err << "smtp-tutor-cli serve: cannot make the self-signed certificate: " << error.detail << '\n';
        return 1;
    case Kind::CertificateNotLoaded:
        err << "smtp-tutor-cli serve: " << error.detail << '\n';
        return 1;
    case Kind::ListenFailed:
        err << "smtp-tutor-cli serve: cannot listen on " << describeAddress(error.address, error.port) << ": "
            << error.detail << '\n';
        return 1;
    case Kind::None:
        break;
    }
    return 1;
}

// Stop cleanly on SIGINT and SIGTERM. Installed before anything is printed, so a script that
// waits for the banner and then signals never meets the default action (death by signal);
// a signal that comes early waits in the pipe until the event loop runs.
bool installStopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    return true;
}

void removeStopSignals()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
}

QString certificateNote(const PracticeServerSetup &setup)
{
    switch (setup.certificateSource()) {
    case PracticeServerSetup::CertificateSource::None:
        return {};
    case PracticeServerSetup::CertificateSource::Own:
        return QStringLiteral("Certificate: %1 (yours)").arg(setup.certificateFile());
    case PracticeServerSetup::CertificateSource::SelfSigned:
        break;
    }
    return QStringLiteral(
        "Certificate: %1\n  %2 self-signed for localhost (openssl req -x509 -newkey rsa:2048 ..., valid "
        "825 days).\n"
        "  A client must trust this file to verify the server, e.g. swaks --tls-verify --tls-ca-path %1")
        .arg(setup.certificateFile(),
            setup.certificateCreated() ? QStringLiteral("Made just now:") : QStringLiteral("Made earlier:"));
}

void warnIfReachable(QTextStream &err, const PracticeServerSetup &setup)
{
    const PracticeServerOptions &options = setup.options();
    const std::optional<PracticeListenAddress> implicit
        = setup.plainListenerSpeaksTls() ? std::nullopt : options.implicitTls;
    for (const std::optional<PracticeListenAddress> &listen : { std::optional(options.plain), implicit }) {
        if (listen && !listen->address.isLoopback()) {
            err << "Warning: listening on " << listen->address.toString()
                << ", which other machines may reach. The practice server takes any mail its scenario allows "
                   "and its passwords are teaching data; use it only on a network you trust.\n";
        }
    }
}

void printBanner(QTextStream &out, const PracticeServerSetup &setup, const PracticeServer &server)
{
    const Scenario &scenario = setup.scenario();
    const bool replaying = setup.isReplay();
    out << "SMTP Tutor practice server: "
        << (replaying ? QStringLiteral("replaying") : setup.options().exam ? QStringLiteral("exam") : QStringLiteral("scenario"))
        << " \"" << (replaying ? setup.options().scenario : scenario.name) << "\"";
    if (!scenario.title.isEmpty())
        out << " (" << scenario.title << ")";
    if (!replaying)
        out << ", speaking as " << Persona::byId(scenario.personality).displayName();
    out << '\n';
    if (!setup.plainListenerSpeaksTls())
        out << "Listening on " << describeAddress(server.address(), server.port())
            << (scenario.offersStartTls ? " (plain, STARTTLS offered)\n" : " (plain)\n");
    if (server.implicitTlsPort() != 0)
        out << "Listening on " << describeAddress(server.implicitTlsAddress(), server.implicitTlsPort())
            << " (implicit TLS)\n";
    if (const QString note = certificateNote(setup); !note.isEmpty())
        out << note << '\n';
    if (setup.options().exam)
        printExamBanner(out, *setup.options().exam);
    if (!scenario.users.isEmpty()) {
        QStringList names = scenario.users.keys();
        names.sort(); // a QHash has no order of its own
        QStringList users;
        for (const QString &name : names)
            users.append(name + QStringLiteral(" / ") + scenario.users.value(name));
        out << "Users (teaching data): " << users.join(QStringLiteral(", ")) << '\n';
    }
    out << "Limits: " << setup.options().limits.maxConnections << " sessions, "
        << setup.options().limits.idleTimeoutMs / 1000.0 << " s per line, message size "
        << scenario.maxMessageSize << " bytes. Stop with Ctrl+C.\n";
    out.flush();
}

// Every session's transcript as it grows (or, when quiet, only its opening and closing) and a
// line per accepted message.
void logSessions(PracticeServer &server, QTextStream &log, bool quiet)
{
    QObject::connect(&server, &PracticeServer::connectionAdded, &server, [&server, &log, quiet](int id) {
        PracticeConnection *connection = server.connection(id);
        Transcript *transcript = connection->transcript();
        if (quiet) {
            log << "[#" << id << "] open from " << connection->peerAddress().toString() << '\n';
            log.flush();
            return;
        }
        for (const TranscriptEntry &entry : transcript->entries())
            log << formatEntry(id, entry) << '\n';
        QObject::connect(transcript, &Transcript::entriesAppended, &server,
            [transcript, id, &log](qsizetype first, qsizetype last) {
                for (qsizetype i = first; i <= last; ++i)
                    log << formatEntry(id, transcript->entries().at(i)) << '\n';
                log.flush();
            });
        log.flush();
    });
    if (quiet) {
        QObject::connect(&server, &PracticeServer::connectionClosed, &server, [&server, &log](int id) {
            log << "[#" << id << "] closed: " << server.connection(id)->closeReason() << '\n';
            log.flush();
        });
    }
    QObject::connect(&server, &PracticeServer::messageReceived, &server, [&server, &log](int index) {
        log << formatMessage(server.messages().at(index)) << '\n';
        log.flush();
    });
}

// Runs until SIGINT or SIGTERM: then the server stops (open sessions get 421) and the loop ends
// when every session has closed, or after two seconds.
void runUntilStopped(PracticeServer &server)
{
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    bool stopping = false;
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        if (stopping)
            return;
        stopping = true;
        server.stop();
        QTimer::singleShot(2000, QCoreApplication::instance(), &QCoreApplication::quit);
        if (server.openConnectionCount() == 0)
            QCoreApplication::quit();
    });
    QObject::connect(&server, &PracticeServer::connectionClosed, &server, [&] {
        if (stopping && server.openConnectionCount() == 0)
            QCoreApplication::quit();
    });
    QCoreApplication::exec();
}

// Parses the command line; returns the exit status when there is nothing more to do.
std::optional<int> parseCommandLine(
    QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(QStringLiteral("Runs the simulated mail server on a real socket so that "
                                                    "a mail client, swaks or telnet can talk to it.\n"
                                                    "It listens on 127.0.0.1 only unless told otherwise, "
                                                    "keeps received mail in memory, and prints every\n"
                                                    "conversation as a transcript (-> client, <- server, ~> "
                                                    "and <~ inside TLS, === notes, *** problems)."));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "smtp-tutor-cli serve: " << parser.errorText() << "\n\n"
            << subcommandHelp(parser.helpText(), QStringLiteral("serve"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(parser.helpText(), QStringLiteral("serve"));
        return 0;
    }
    return std::nullopt;
}

} // namespace

int runServe(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const ServeFlags flags;
    const ExamFlags examFlags;
    flags.addTo(parser);
    examFlags.addTo(parser);
    if (const std::optional<int> done = parseCommandLine(parser, arguments, out, err))
        return *done;
    auto options = readOptions(parser, flags);
    if (const QString *message = std::get_if<QString>(&options))
        return usage(err, *message);
    const auto exam = examFlags.read(parser);
    if (const QString *message = std::get_if<QString>(&exam))
        return usage(err, *message);
    std::get<PracticeServerOptions>(options).exam = std::get<std::optional<ExamOptions>>(exam);
    PracticeSetupError error;
    std::optional<PracticeServerSetup> setup
        = PracticeServerSetup::prepare(std::get<PracticeServerOptions>(options), &error);
    if (!setup)
        return reportSetupError(err, error);

    if (!installStopSignals()) {
        err << "smtp-tutor-cli serve: cannot set up signal handling\n";
        return 1;
    }
    QFile logFile;
    QTextStream log(stdout);
    if (parser.isSet(flags.log)) {
        logFile.setFileName(parser.value(flags.log));
        if (!logFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << "smtp-tutor-cli serve: cannot write the log " << logFile.fileName() << ": "
                << logFile.errorString() << '\n';
            return 1;
        }
        log.setDevice(&logFile);
    }
    ServeObservers observers;
    if (QString why; !observers.open(parser.value(examFlags.jsonLog), &why)) {
        err << "smtp-tutor-cli serve: " << why << '\n';
        return 1;
    }
    if (!setup->loadCertificateBlocking(&error))
        return reportSetupError(err, error);
    const std::unique_ptr<PracticeServer> server = setup->listen(&error);
    if (!server)
        return reportSetupError(err, error);
    warnIfReachable(err, *setup);
    printBanner(out, *setup, *server);
    logSessions(*server, log, parser.isSet(flags.quiet));
    observers.attach(*server, setup->options().exam, log);

    runUntilStopped(*server);

    removeStopSignals();
    const QString examSummary = observers.finish();
    const PracticeServer::Statistics &stats = server->statistics();
    log.flush();
    out << "Stopped. Sessions: " << stats.connectionsAccepted << " served (at most " << stats.peakConnections
        << " at once), " << stats.connectionsRefused << " refused as too many, " << stats.timeouts
        << " timed out. Messages accepted: " << stats.messagesAccepted << ".\n";
    if (!examSummary.isEmpty())
        out << examSummary << '\n';
    out.flush();
    return 0;
}

} // namespace SmtpTutor::Cli
