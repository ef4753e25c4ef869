// smtp-tutor-cli probe: test one real SMTP server and explain what happened.

#include "clicommands.h"
#include "probeclisupport.h"

#include "client/probe.h"
#include "client/saslclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>

namespace SmtpTutor::Cli {

namespace {
int usage(const QString &message)
{
    QTextStream(stderr) << "smtp-tutor-cli probe: " << message << "\nRun 'smtp-tutor-cli probe --help' for the options.\n";
    return ExitUsage;
}

// The option (or argument) a problem is about, as the user typed it on the command line.
QString optionName(ProbeOptionProblem::Field field)
{
    switch (field) {
    case ProbeOptionProblem::Field::Host: return QStringLiteral("HOST");
    case ProbeOptionProblem::Field::EhloName: return QStringLiteral("--ehlo");
    case ProbeOptionProblem::Field::User: return QStringLiteral("--user");
    case ProbeOptionProblem::Field::Secret: return QStringLiteral("the password");
    case ProbeOptionProblem::Field::AuthMechanism: return QStringLiteral("--auth");
    case ProbeOptionProblem::Field::From: return QStringLiteral("--from");
    case ProbeOptionProblem::Field::To: return QStringLiteral("--to");
    }
    return {};
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
} // namespace

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connect to a real SMTP server, show the conversation and explain the result.\n"
        "Nothing is delivered unless --send is given: an envelope test ends with RSET.\n"
        "Exit status: 0 ok, 2 usage, 3 connect, 4 greeting, 5 EHLO, 6 STARTTLS, 7 TLS/certificate,\n"
        "8 AUTH, 9 MAIL, 10 RCPT, 11 DATA, 12 timeout, 13 protocol violation, 1 other."));
    parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("The mail server, as its certificate names it."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 25, or 465 with --tls implicit)."), QStringLiteral("N"));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("none, starttls, implicit or auto (default: auto)."), QStringLiteral("MODE"));
    const QCommandLineOption ehlo(QStringLiteral("ehlo"), QStringLiteral("Name to send with EHLO (default: this host's name)."), QStringLiteral("NAME"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Log in (AUTH) as this user."), QStringLiteral("NAME"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"), QStringLiteral("Read the password (or the XOAUTH2 token) from this environment variable."), QStringLiteral("VAR"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QStringLiteral("Read the password (or the XOAUTH2 token) from the first line of this file."), QStringLiteral("FILE"));
    const QCommandLineOption auth(QStringLiteral("auth"), QStringLiteral("PLAIN, LOGIN, CRAM-MD5 or XOAUTH2 (default: chosen from the server's list)."), QStringLiteral("MECHANISM"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Envelope sender (MAIL FROM)."), QStringLiteral("ADDR"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Envelope recipient (RCPT TO); repeat for several."), QStringLiteral("ADDR"));
    const QCommandLineOption send(QStringLiteral("send"), QStringLiteral("Really send a short test message (DATA)."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("Stop after connect, ehlo, tls, auth, mail, rcpt or data."), QStringLiteral("STAGE"));
    const QCommandLineOption cafile(QStringLiteral("cafile"), QStringLiteral("Trust only the certificates in this PEM file."), QStringLiteral("FILE"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), QStringLiteral("Go on despite certificate errors (this run only; they are still reported)."));
    const QCommandLineOption allowPlaintext(QStringLiteral("allow-plaintext-auth"), QStringLiteral("Allow credentials without TLS (test servers only)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds for the connect and for each reply (default 30); the whole session gets four times that."), QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text."));
    parser.addOptions({help, port, tls, ehlo, user, passwordEnv, passwordFile, auth, from, to, send, quitAfter, cafile,
                       insecure, allowPlaintext, timeout, json});

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("probe"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(QStringLiteral("give exactly one HOST"));

    ProbeOptions options;
    options.host = positional.first();
    if (parser.isSet(tls)) {
        const auto mode = parseTlsMode(parser.value(tls));
        if (!mode)
            return usage(QStringLiteral("--tls must be none, starttls, implicit or auto"));
        options.tlsMode = *mode;
    }
    options.port = options.tlsMode == TlsMode::Implicit ? 465 : 25;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return usage(QStringLiteral("--port must be a number from 1 to 65535"));
        options.port = quint16(value);
    }
    options.ehloName = parser.value(ehlo);
    if (parser.isSet(quitAfter)) {
        const auto stage = parseQuitAfter(parser.value(quitAfter));
        if (!stage)
            return usage(QStringLiteral("--quit-after must be connect, ehlo, tls, auth, mail, rcpt or data"));
        options.quitAfter = *stage;
    }
    options.from = parser.value(from);
    options.to = parser.values(to);
    options.send = parser.isSet(send);
    if (options.send && options.to.isEmpty())
        return usage(QStringLiteral("--send needs at least one --to"));
    if (options.quitAfter == QuitAfter::Data && !options.send)
        return usage(QStringLiteral("--quit-after data needs --send"));
    if ((options.quitAfter == QuitAfter::Rcpt) && options.to.isEmpty())
        return usage(QStringLiteral("--quit-after rcpt needs --to"));
    if (options.quitAfter == QuitAfter::Mail)
        options.to.clear();

    if (parser.isSet(auth)) {
        options.authMechanism = parser.value(auth).toUpper();
        if (!SaslClient::supportedMechanisms().contains(options.authMechanism))
            return usage(QStringLiteral("--auth must be PLAIN, LOGIN, CRAM-MD5 or XOAUTH2"));
        if (!parser.isSet(user))
            return usage(QStringLiteral("--auth needs --user"));
    }
    if ((parser.isSet(passwordEnv) || parser.isSet(passwordFile)) && !parser.isSet(user))
        return usage(QStringLiteral("a password needs --user"));
    if (options.quitAfter == QuitAfter::Auth && !parser.isSet(user))
        return usage(QStringLiteral("--quit-after auth needs --user"));
    if (parser.isSet(user)) {
        options.user = parser.value(user);
        QString problem;
        const auto secret = readSecret(parser.value(passwordEnv), parser.value(passwordFile), options.user, &problem);
        if (!secret)
            return usage(problem);
        options.secret = *secret;
    }
    if (parser.isSet(cafile)) {
        options.caCertificates = QSslCertificate::fromPath(parser.value(cafile), QSsl::Pem);
        if (options.caCertificates.isEmpty())
            return usage(QStringLiteral("no PEM certificate could be read from %1").arg(parser.value(cafile)));
    }
    options.acceptAllCertificateErrors = parser.isSet(insecure);
    options.allowPlaintextAuth = parser.isSet(allowPlaintext);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usage(QStringLiteral("--timeout must be a number of seconds from 0 to 3600"));
        options.timeouts.connectMs = int(seconds * 1000);
        options.timeouts.replyMs = int(seconds * 1000);
        options.timeouts.overallMs = int(seconds * 4000);
    }

    // Every value that goes into a command is checked before anything connects.
    if (const QList<ProbeOptionProblem> problems = options.validate(); !problems.isEmpty())
        return usage(optionName(problems.first().field) + QStringLiteral(": ") + problems.first().message);

    Probe probe(options);
    const bool asJson = parser.isSet(json);
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

} // namespace SmtpTutor::Cli
