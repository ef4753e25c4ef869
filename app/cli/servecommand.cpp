// smtp-tutor-cli serve: the simulated server on a real socket (127.0.0.1 by default), so a mail
// client, swaks or telnet can practise against it; every session is logged as a transcript.

#include "clicommands.h"

#include "practice/practicecertificate.h"
#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
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

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

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

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// "ADDR:PORT", "[IPv6]:PORT" or "PORT" (then 127.0.0.1).
std::optional<ListenAddress> parseListen(const QString &text, QString *error)
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
    ListenAddress result;
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

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the simulated mail server on a real socket so that "
                                                    "a mail client, swaks or telnet can talk to it.\n"
                                                    "It listens on 127.0.0.1 only unless told otherwise, "
                                                    "keeps received mail in memory, and prints every\n"
                                                    "conversation as a transcript (-> client, <- server, ~> "
                                                    "and <~ inside TLS, === notes, *** problems)."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Plain listener, STARTTLS offered if the scenario does (default 127.0.0.1:2525)."),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:2525"));
    const QCommandLineOption implicitOption(QStringLiteral("implicit-tls-listen"),
        QStringLiteral("Also listen with TLS from the first byte, the port-465 style (RFC 8314)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QStringLiteral("Built-in scenario (%1), a scenario JSON file, or a recorded session "
                       "(a probe's --json output or an exported transcript) to replay.")
            .arg(Scenario::builtInNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME|FILE"));
    const QCommandLineOption personalityOption(QStringLiteral("personality"),
        QStringLiteral("Whose words the server speaks: postfix (the default) or exim. Without --scenario, "
                       "exim plays the reference Exim (scenario one-port)."),
        QStringLiteral("postfix|exim"), QStringLiteral("postfix"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
        QStringLiteral("PEM certificate (chain) for TLS; default: a self-signed one for localhost."),
        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        QStringLiteral("Unencrypted PEM private key of --cert."), QStringLiteral("FILE"));
    const QCommandLineOption maxConnectionsOption(QStringLiteral("max-connections"),
        QStringLiteral("Sessions at once; one more is answered 421 (default 100)."), QStringLiteral("N"),
        QStringLiteral("100"));
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a client may take for one complete line (default 300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption logOption(QStringLiteral("log"),
        QStringLiteral("Write the transcripts to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption quietOption(
        QStringLiteral("quiet"), QStringLiteral("Log only when sessions open and close, not every line."));
    parser.addOptions({ listenOption, implicitOption, scenarioOption, personalityOption, certOption, keyOption,
        maxConnectionsOption, idleOption, logOption, quietOption });

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(arguments)) {
        err << "smtp-tutor-cli serve: " << parser.errorText() << "\n\n" << subcommandHelp(parser.helpText(), QStringLiteral("serve"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(parser.helpText(), QStringLiteral("serve"));
        return 0;
    }
    auto usage = [&err](const QString &message) {
        err << "smtp-tutor-cli serve: " << message
            << "\nRun 'smtp-tutor-cli serve --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    QString error;
    const std::optional<ListenAddress> plain = parseListen(parser.value(listenOption), &error);
    if (!plain)
        return usage(QStringLiteral("--listen: %1").arg(error));
    std::optional<ListenAddress> implicit;
    if (parser.isSet(implicitOption)) {
        implicit = parseListen(parser.value(implicitOption), &error);
        if (!implicit)
            return usage(QStringLiteral("--implicit-tls-listen: %1").arg(error));
    }
    bool ok = false;
    PracticeLimits limits;
    limits.maxConnections = parser.value(maxConnectionsOption).toInt(&ok);
    if (!ok || limits.maxConnections < 1 || limits.maxConnections > 100000)
        return usage(QStringLiteral("--max-connections must be a number from 1 to 100000"));
    const double idle = parser.value(idleOption).toDouble(&ok);
    if (!ok || idle < 0.1 || idle > 86400)
        return usage(QStringLiteral("--idle-timeout must be a number of seconds from 0.1 to 86400"));
    limits.idleTimeoutMs = int(idle * 1000);
    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return usage(QStringLiteral("--cert and --key go together"));

    const std::optional<PersonaId> personality = Persona::idFromName(parser.value(personalityOption));
    if (!personality)
        return usage(QStringLiteral("--personality takes %1, not '%2'")
                         .arg(Persona::names().join(QStringLiteral(" or ")), parser.value(personalityOption)));

    // The scenario: a recording to replay, or a scenario (built-in name or file).
    const QString scenarioName
        = parser.isSet(scenarioOption) ? parser.value(scenarioOption) : Scenario::defaultNameFor(*personality);
    ResponderFactory factory;
    Scenario scenario;
    bool replaying = false;
    if (ReplayScenario::looksLikeRecording(scenarioName)) {
        if (parser.isSet(personalityOption))
            return usage(QStringLiteral("a recorded session replays its own server's words; --personality "
                                        "applies to scenarios only"));
        std::optional<ReplayScenario> replay = ReplayScenario::load(scenarioName, &error);
        if (!replay)
            return usage(QStringLiteral("--scenario: %1").arg(error));
        scenario = replay->scenario;
        factory = replayResponderFactory(*replay);
        replaying = true;
    } else {
        std::optional<Scenario> loaded = Scenario::load(scenarioName, &error);
        if (!loaded)
            return usage(QStringLiteral("--scenario: %1").arg(error));
        scenario = *loaded;
        scenario.personality = *personality;
        factory = engineResponderFactory(scenario);
    }

    // Stop cleanly on SIGINT and SIGTERM. Installed before anything is printed, so a script that
    // waits for the banner and then signals never meets the default action (death by signal);
    // a signal that comes early waits in the pipe until the event loop runs.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << "smtp-tutor-cli serve: cannot set up signal handling\n";
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);

    QFile logFile;
    QTextStream log(stdout);
    if (parser.isSet(logOption)) {
        logFile.setFileName(parser.value(logOption));
        if (!logFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << "smtp-tutor-cli serve: cannot write the log " << logFile.fileName() << ": "
                << logFile.errorString() << '\n';
            return 1;
        }
        log.setDevice(&logFile);
    }

    PracticeServer server(factory);
    server.setLimits(limits);

    // TLS: the user's certificate, or the self-signed one made on first use.
    QString certificateNote;
    const bool needTls = scenario.offersStartTls || scenario.implicitTls || implicit.has_value();
    if (parser.isSet(certOption)) {
        const std::optional<QSslConfiguration> configuration = PracticeCertificate::loadServerConfiguration(
            parser.value(certOption), parser.value(keyOption), &error);
        if (!configuration) {
            err << "smtp-tutor-cli serve: " << error << '\n';
            return 1;
        }
        server.setTlsConfiguration(*configuration);
        certificateNote = QStringLiteral("Certificate: %1 (yours)").arg(parser.value(certOption));
    } else if (needTls) {
        const QString directory = PracticeCertificate::defaultDirectory();
        bool created = false;
        if (!PracticeCertificate::ensureBlocking(directory, &error, &created)) {
            err << "smtp-tutor-cli serve: cannot make the self-signed certificate: " << error << '\n';
            return 1;
        }
        const QString cert = PracticeCertificate::certificatePath(directory);
        const std::optional<QSslConfiguration> configuration = PracticeCertificate::loadServerConfiguration(
            cert, PracticeCertificate::keyPath(directory), &error);
        if (!configuration) {
            err << "smtp-tutor-cli serve: " << error << '\n';
            return 1;
        }
        server.setTlsConfiguration(*configuration);
        certificateNote = QStringLiteral(
            "Certificate: %1\n  %2 self-signed for localhost (openssl req -x509 -newkey rsa:2048 ..., valid "
            "825 days).\n"
            "  A client must trust this file to verify the server, e.g. swaks --tls-verify --tls-ca-path %1")
                              .arg(cert,
                                  created ? QStringLiteral("Made just now:")
                                          : QStringLiteral("Made earlier:"));
    }

    // A plain listener is always there, unless the scenario itself is an implicit-TLS one
    // (the 465 style) and no separate TLS listener was asked for: then --listen speaks TLS.
    const bool listenIsImplicit = scenario.implicitTls && !implicit;
    if (listenIsImplicit) {
        implicit = plain;
    } else if (!server.listen(plain->address, plain->port, &error)) {
        err << "smtp-tutor-cli serve: cannot listen on " << describeAddress(plain->address, plain->port)
            << ": " << error << '\n';
        return 1;
    }
    if (implicit && !server.listenImplicitTls(implicit->address, implicit->port, &error)) {
        err << "smtp-tutor-cli serve: cannot listen on " << describeAddress(implicit->address, implicit->port)
            << ": " << error << '\n';
        return 1;
    }
    for (const std::optional<ListenAddress> &listen : { plain, listenIsImplicit ? std::nullopt : implicit }) {
        if (listen && !listen->address.isLoopback()) {
            err << "Warning: listening on " << listen->address.toString()
                << ", which other machines may reach. The practice server takes any mail its scenario allows "
                   "and its passwords are teaching data; use it only on a network you trust.\n";
        }
    }

    out << "SMTP Tutor practice server: "
        << (replaying ? QStringLiteral("replaying") : QStringLiteral("scenario")) << " \""
        << (replaying ? scenarioName : scenario.name) << "\"";
    if (!scenario.title.isEmpty())
        out << " (" << scenario.title << ")";
    if (!replaying)
        out << ", speaking as " << Persona::byId(scenario.personality).displayName();
    out << '\n';
    if (!listenIsImplicit)
        out << "Listening on " << describeAddress(server.address(), server.port())
            << (scenario.offersStartTls ? " (plain, STARTTLS offered)\n" : " (plain)\n");
    if (implicit)
        out << "Listening on " << describeAddress(server.implicitTlsAddress(), server.implicitTlsPort())
            << " (implicit TLS)\n";
    if (!certificateNote.isEmpty())
        out << certificateNote << '\n';
    if (!scenario.users.isEmpty()) {
        out << "Users (teaching data):";
        for (auto it = scenario.users.cbegin(); it != scenario.users.cend(); ++it)
            out << ' ' << it.key() << " / " << it.value() << ';';
        out << '\n';
    }
    out << "Limits: " << limits.maxConnections << " sessions, " << idle << " s per line, message size "
        << scenario.maxMessageSize << " bytes. Stop with Ctrl+C.\n";
    out.flush();

    const bool quiet = parser.isSet(quietOption);
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
            PracticeConnection *connection = server.connection(id);
            log << "[#" << id << "] closed: " << connection->closeReason() << '\n';
            log.flush();
        });
    }
    QObject::connect(&server, &PracticeServer::messageReceived, &server, [&server, &log](int index) {
        const PracticeMessage &message = server.messages().at(index);
        QStringList recipients;
        for (const MailPath &path : message.message.recipients)
            recipients.append(path.toString());
        log << "[#" << message.connectionId << "] === message " << message.message.queueId << " from "
            << message.message.sender.toString() << " to " << recipients.join(QLatin1Char(' ')) << ", "
            << message.message.raw.size() << " bytes" << (message.message.overTls ? ", over TLS" : "")
            << (message.message.authenticatedUser.isEmpty()
                       ? QString()
                       : QStringLiteral(", user ") + message.message.authenticatedUser)
            << '\n';
        log.flush();
    });

    bool stopping = false;
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        if (stopping)
            return;
        stopping = true;
        server.stop();
        // Let the 421 replies leave; quit when every session has closed, or after two seconds.
        QTimer::singleShot(2000, QCoreApplication::instance(), &QCoreApplication::quit);
        if (server.openConnectionCount() == 0)
            QCoreApplication::quit();
    });
    QObject::connect(&server, &PracticeServer::connectionClosed, &server, [&] {
        if (stopping && server.openConnectionCount() == 0)
            QCoreApplication::quit();
    });

    QCoreApplication::exec();

    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    const PracticeServer::Statistics &stats = server.statistics();
    log.flush();
    out << "Stopped. Sessions: " << stats.connectionsAccepted << " served (at most " << stats.peakConnections
        << " at once), " << stats.connectionsRefused << " refused as too many, " << stats.timeouts
        << " timed out. Messages accepted: " << stats.messagesAccepted << ".\n";
    out.flush();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return 0;
}

} // namespace SmtpTutor::Cli
