#include "probearguments.h"

#include "probeclisupport.h"

#include <QSslCertificate>

namespace SmtpTutor::Cli {

void ProbeFlags::declareOn(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Connect to a real SMTP server, show the conversation and explain the result.\n"
        "Nothing is delivered unless --send is given: an envelope test ends with RSET.\n"
        "Exit status: 0 ok, 2 usage, 3 connect, 4 greeting, 5 EHLO, 6 STARTTLS, 7 TLS/certificate,\n"
        "8 AUTH, 9 MAIL, 10 RCPT, 11 DATA, 12 timeout, 13 protocol violation, 1 other."));
    parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("The mail server, as its certificate names it."));
    parser.addOptions({help, port, tls, ehlo, user, passwordEnv, passwordFile, auth, from, to, send, quitAfter, cafile,
                       insecure, allowPlaintext, timeout, json});
}

namespace {

// Host, port, TLS, EHLO name, certificates and timeout.
bool readServer(const QCommandLineParser &parser, const ProbeFlags &flags, ProbeOptions &options, QString *usageError)
{
    options.host = parser.positionalArguments().value(0);
    if (parser.isSet(flags.tls)) {
        const auto mode = parseTlsMode(parser.value(flags.tls));
        if (!mode) {
            *usageError = QStringLiteral("--tls must be none, starttls, implicit or auto");
            return false;
        }
        options.tlsMode = *mode;
    }
    options.port = options.tlsMode == TlsMode::Implicit ? 465 : 25;
    if (parser.isSet(flags.port))
        options.port = parsePort(parser.value(flags.port)).value_or(0); // 0: validate() says what is wrong
    options.ehloName = parser.value(flags.ehlo);
    if (parser.isSet(flags.cafile)) {
        options.caCertificates = QSslCertificate::fromPath(parser.value(flags.cafile), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            *usageError = QStringLiteral("no PEM certificate could be read from %1").arg(parser.value(flags.cafile));
            return false;
        }
    }
    options.acceptAllCertificateErrors = parser.isSet(flags.insecure);
    if (parser.isSet(flags.timeout)) {
        bool ok = false;
        const double seconds = parser.value(flags.timeout).toDouble(&ok);
        options.setTimeoutSeconds(ok ? seconds : 0); // 0: validate() says what is wrong
    }
    return true;
}

// User, password (never from the command line itself), mechanism.
bool readLogin(const QCommandLineParser &parser, const ProbeFlags &flags, ProbeOptions &options, QString *usageError)
{
    options.user = parser.value(flags.user);
    options.authMechanism = parser.value(flags.auth).toUpper();
    options.allowPlaintextAuth = parser.isSet(flags.allowPlaintext);
    // A password source without --user is read too, so that validate() can say what it lacks.
    if (parser.isSet(flags.user) || parser.isSet(flags.passwordEnv) || parser.isSet(flags.passwordFile)) {
        const auto secret = readSecret(parser.value(flags.passwordEnv), parser.value(flags.passwordFile), options.user, usageError);
        if (!secret)
            return false;
        options.secret = *secret;
    }
    return true;
}

bool readEnvelope(const QCommandLineParser &parser, const ProbeFlags &flags, ProbeOptions &options, QString *usageError)
{
    if (parser.isSet(flags.quitAfter)) {
        const auto stage = parseQuitAfter(parser.value(flags.quitAfter));
        if (!stage) {
            *usageError = QStringLiteral("--quit-after must be connect, ehlo, tls, auth, mail, rcpt or data");
            return false;
        }
        options.quitAfter = *stage;
    }
    options.from = parser.value(flags.from);
    options.to = parser.values(flags.to);
    options.send = parser.isSet(flags.send);
    return true;
}

QString flagName(ProbeOptionProblem::Field field, const ProbeOptions &options)
{
    using Field = ProbeOptionProblem::Field;
    switch (field) {
    case Field::Host: return QStringLiteral("HOST");
    case Field::Port: return QStringLiteral("--port");
    case Field::TlsMode: return QStringLiteral("--tls ") + tlsModeName(options.tlsMode);
    case Field::EhloName: return QStringLiteral("--ehlo");
    case Field::Timeout: return QStringLiteral("--timeout");
    case Field::User: return QStringLiteral("--user");
    case Field::Secret: return QStringLiteral("the password");
    case Field::AuthMechanism: return QStringLiteral("--auth");
    case Field::From: return QStringLiteral("--from");
    case Field::To: return QStringLiteral("--to");
    case Field::Send: return QStringLiteral("--send");
    case Field::QuitAfter: return QStringLiteral("--quit-after ") + quitAfterName(options.quitAfter);
    }
    return {};
}

} // namespace

std::optional<ProbeOptions> readProbeOptions(const QCommandLineParser &parser, const ProbeFlags &flags, QString *usageError)
{
    ProbeOptions options;
    if (!readServer(parser, flags, options, usageError) || !readEnvelope(parser, flags, options, usageError)
        || !readLogin(parser, flags, options, usageError))
        return std::nullopt;
    return options;
}

QString describeForCli(const ProbeOptionProblem &problem, const ProbeOptions &options)
{
    using Kind = ProbeOptionProblem::Kind;
    const QString flag = flagName(problem.field, options);
    if (problem.kind == Kind::Requires && problem.other) {
        if (problem.field == ProbeOptionProblem::Field::Send)
            return QStringLiteral("--send needs at least one --to");
        return flag + QStringLiteral(" needs ") + flagName(*problem.other, options);
    }
    if (problem.kind == Kind::Conflicts && problem.field == ProbeOptionProblem::Field::TlsMode)
        return QStringLiteral("%1 would send the password of --user in clear; choose --tls starttls or implicit, "
                              "or add --allow-plaintext-auth (test servers on a network you control only)").arg(flag);
    return flag + QStringLiteral(": ") + problem.message;
}

} // namespace SmtpTutor::Cli
