#include "probereport.h"

#include "reference/referencecatalog.h"
#include "session/transcript.h"

#include <QJsonArray>
#include <QTextStream>

namespace SmtpTutor {

QString tlsUsedName(TlsUsed used)
{
    switch (used) {
    case TlsUsed::StartTls:
        return QStringLiteral("starttls");
    case TlsUsed::Implicit:
        return QStringLiteral("implicit");
    case TlsUsed::None:
        break;
    }
    return QStringLiteral("none");
}

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::None: return QStringLiteral("none");
    case TlsMode::StartTls: return QStringLiteral("starttls");
    case TlsMode::Implicit: return QStringLiteral("implicit");
    case TlsMode::Auto: return QStringLiteral("auto");
    }
    return {};
}

std::optional<TlsMode> parseTlsMode(const QString &text)
{
    for (TlsMode mode : {TlsMode::None, TlsMode::StartTls, TlsMode::Implicit, TlsMode::Auto}) {
        if (text.compare(tlsModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString quitAfterName(QuitAfter stage)
{
    switch (stage) {
    case QuitAfter::Nothing: return QString();
    case QuitAfter::Connect: return QStringLiteral("connect");
    case QuitAfter::Ehlo: return QStringLiteral("ehlo");
    case QuitAfter::Tls: return QStringLiteral("tls");
    case QuitAfter::Auth: return QStringLiteral("auth");
    case QuitAfter::Mail: return QStringLiteral("mail");
    case QuitAfter::Rcpt: return QStringLiteral("rcpt");
    case QuitAfter::Data: return QStringLiteral("data");
    }
    return {};
}

std::optional<QuitAfter> parseQuitAfter(const QString &text)
{
    for (QuitAfter stage : {QuitAfter::Connect, QuitAfter::Ehlo, QuitAfter::Tls, QuitAfter::Auth,
                            QuitAfter::Mail, QuitAfter::Rcpt, QuitAfter::Data}) {
        if (text.compare(quitAfterName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

QString Verdict::levelName(Level level)
{
    switch (level) {
    case Level::Ok: return QStringLiteral("ok");
    case Level::Info: return QStringLiteral("info");
    case Level::Warning: return QStringLiteral("warning");
    case Level::Error: return QStringLiteral("error");
    }
    return {};
}

qint64 ProbeReport::timing(const QString &step) const
{
    for (const StepTiming &timing : timings) {
        if (timing.step == step)
            return timing.ms;
    }
    return -1;
}

namespace {

QString replyLine(const Reply &reply)
{
    return reply.isValid() ? QString::number(reply.code()) + QLatin1Char(' ') + reply.lines().value(0) : QString();
}

QString diagnoseReply(const ClientError &error)
{
    const Reply &reply = error.reply;
    const int code = reply.code();
    const QString enhanced = reply.enhancedStatus() ? reply.enhancedStatus()->toString() : QString();
    QString said = QObject::tr("The server said: \"%1\"").arg(replyLine(reply));
    const QString meaning = replyMeaning(reply);
    if (!meaning.isEmpty())
        said += QStringLiteral(" (") + meaning + QLatin1Char(')');
    said += QStringLiteral(". ");
    switch (error.stage) {
    case ProbeStage::Greeting:
        if (code == 421)
            return said + QObject::tr("It is not taking connections right now (busy, shutting down, or limiting "
                                      "connections from your address). Try again later.");
        if (code == 554)
            return said + QObject::tr("It refuses to talk to your address at all. This is usually a block "
                                      "list entry or a missing reverse DNS name for your IP address.");
        return said + QObject::tr("A server greets with 220 when it is ready; anything else means it is not.");
    case ProbeStage::Ehlo:
        return said + QObject::tr("The server did not accept the greeting name. Some servers want a fully "
                                  "qualified name that resolves, such as this computer's real host name.");
    case ProbeStage::Auth:
        if (code == 535)
            return said + QObject::tr("The user name or password is wrong, or this account may not send "
                                      "mail here. Some providers require an app password or OAuth2 instead of "
                                      "the normal password.");
        if (code == 534 || code == 538)
            return said + QObject::tr("The server wants a stronger mechanism or an encrypted session for this login.");
        if (code == 454)
            return said + QObject::tr("Authentication is temporarily unavailable on the server side; try later.");
        if (code == 503)
            return said + QObject::tr("AUTH came at the wrong moment (already logged in, or AUTH is not enabled here).");
        return said + QObject::tr("The login was not accepted.");
    case ProbeStage::Mail:
        if (code == 530)
            return said + QObject::tr("The server wants you to log in (or to start TLS) before it accepts mail. "
                                      "On port 587 that means STARTTLS first, then a user name and a password.");
        if (enhanced == QLatin1String("5.7.1") || code == 554)
            return said + QObject::tr("The server does not accept mail from this sender or from your address "
                                      "(policy, block list, or SPF).");
        return said + QObject::tr("The sender address was refused.");
    case ProbeStage::Rcpt:
        if (enhanced == QLatin1String("5.1.1") || (code == 550 && reply.text().contains(QLatin1String("unknown"), Qt::CaseInsensitive)))
            return said + QObject::tr("That mailbox does not exist on this server. Check the address for typos.");
        if (enhanced == QLatin1String("5.7.1") || reply.text().contains(QLatin1String("relay"), Qt::CaseInsensitive))
            return said + QObject::tr("Relay denied: this server is not the destination for that domain and will "
                                      "not forward mail for you without a login. Authenticate on the submission "
                                      "port, or deliver to the domain's own MX host.");
        if (code == 450 || code == 451 || (reply.isTransientNegative() && enhanced.startsWith(QLatin1String("4.7"))))
            return said + QObject::tr("A temporary refusal, very often greylisting: the server wants to see the "
                                      "same delivery retried after some minutes. Real mail servers retry by "
                                      "themselves; try again in 5 to 15 minutes.");
        if (code == 452)
            return said + QObject::tr("Too many recipients for now, or the mailbox is out of space; try later.");
        if (code == 552)
            return said + QObject::tr("The recipient's mailbox is over its quota.");
        return said + QObject::tr("The recipient was refused.");
    case ProbeStage::Data:
        if (code == 552)
            return said + QObject::tr("The message is larger than the server accepts.");
        if (code == 554 || code == 550)
            return said + QObject::tr("The message was refused by the server's content or sender policy.");
        return said + QObject::tr("The message was not accepted.");
    default:
        return said;
    }
}

} // namespace

QString replyMeaning(const Reply &reply)
{
    // The meanings live once, in the reference catalog (resources/reference).
    if (!reply.isValid())
        return {};
    const ReferenceCatalog &catalog = ReferenceCatalog::instance();
    QStringList parts;
    if (const ReplyCodeInfo *info = catalog.replyCode(reply.code()); info && !info->meaning.isEmpty())
        parts.append(QString::number(reply.code()) + QStringLiteral(": ") + info->meaning);
    if (const auto status = reply.enhancedStatus()) {
        const EnhancedCodeDescription description = catalog.enhancedCode(*status);
        if (!description.title.isEmpty())
            parts.append(status->toString() + QStringLiteral(": ") + description.title);
    }
    return parts.join(QStringLiteral("; "));
}

QString diagnose(const ClientError &error, const ProbeOptions &options)
{
    switch (error.kind) {
    case ClientErrorKind::None:
        return {};
    case ClientErrorKind::HostNotFound:
        return QObject::tr("The name %1 does not resolve to an address. Check its spelling; a mail domain "
                           "often has no address of its own, only MX records naming its mail servers.").arg(options.host);
    case ClientErrorKind::ConnectionRefused:
        return QObject::tr("Port %1 of %2 actively refused the connection: no mail server listens there, the "
                           "port is wrong, or a firewall rejects it.").arg(options.port).arg(options.host);
    case ClientErrorKind::NetworkError:
        return QObject::tr("The network reported a problem reaching %1: %2").arg(options.host, error.message);
    case ClientErrorKind::ConnectTimeout:
        if (options.port == 25)
            return QObject::tr("No answer at all on port 25: the packets are silently dropped. Most home and "
                               "mobile Internet providers block outgoing port 25 to stop infected computers "
                               "from sending spam. Try the submission ports 587 or 465 (or 2525), or run the "
                               "probe from a server in a data centre.");
        return QObject::tr("No answer at all on port %1: a firewall drops the packets, or the host is down.").arg(options.port);
    case ClientErrorKind::ReplyTimeout:
        if (error.stage == ProbeStage::Greeting)
            return QObject::tr("The port is open but no greeting came. The server may expect TLS from the first "
                               "byte (implicit TLS, as on port 465), may not be a mail server, or may deliberately "
                               "make clients wait (a tarpit).");
        return QObject::tr("The server stopped answering in the middle of the session (step %1).").arg(stageName(error.stage));
    case ClientErrorKind::OverallTimeout:
        return QObject::tr("The whole session took longer than its deadline. A server that answers one byte at a "
                           "time, or a very slow network, ends here; a longer timeout helps if the server is merely slow.");
    case ClientErrorKind::Disconnected:
        return QObject::tr("The server hung up without a reply (step %1). It may reject your address without "
                           "saying so, or it crashed.").arg(stageName(error.stage));
    case ClientErrorKind::ProtocolViolation:
        return QObject::tr("The server broke the rules of the SMTP dialogue: a reply that is not valid SMTP, or "
                           "one that no command asked for. It may not be a mail server at all, or a broken "
                           "middlebox sits in between. %1").arg(error.message);
    case ClientErrorKind::PlaintextInjection:
        return QObject::tr("Data arrived in clear text right after the server agreed to start TLS. Such data "
                           "must never be trusted: it is the trace of a man-in-the-middle injection or of a "
                           "badly broken server (RFC 3207 s.4.2).");
    case ClientErrorKind::Rejected:
        return diagnoseReply(error);
    case ClientErrorKind::StartTlsNotOffered:
        return QObject::tr("The server does not list STARTTLS, so this session cannot be encrypted. On a "
                           "submission port that is a misconfiguration; on port 25 it can also mean that "
                           "something on the path removes it (STARTTLS stripping).");
    case ClientErrorKind::StartTlsRefused:
        return QObject::tr("The server listed STARTTLS but refused to start it (%1). Usually its certificate or "
                           "key is broken or missing; it is a problem on the server side.").arg(replyLine(error.reply));
    case ClientErrorKind::CredentialsWithheld:
        return QObject::tr("Your user name and password were NOT sent: the session is not encrypted, so anyone on "
                           "the path could read them, and a missing STARTTLS may be an attacker removing it. "
                           "Encrypt the session first; sending a password in clear is only for test servers "
                           "on a network you control.");
    case ClientErrorKind::TlsHandshakeFailed:
        return QObject::tr("TLS could not be established. The server may not speak TLS on this port (implicit TLS "
                           "belongs to 465, STARTTLS to 25 and 587), or you and the server share no protocol "
                           "version or cipher. %1").arg(error.message);
    case ClientErrorKind::CertificateRejected:
        return QObject::tr("The server's certificate did not pass verification, so nothing more was sent. %1")
            .arg(error.message);
    case ClientErrorKind::AuthMechanismUnavailable:
        return QObject::tr("The server offers no login method the probe can use here. Port 25 normally offers "
                           "no AUTH at all; submission servers often offer it only after STARTTLS. %1").arg(error.message);
    case ClientErrorKind::AuthChallengeLoop:
        return QObject::tr("The server kept sending login challenges after the mechanism had nothing more to say; "
                           "the probe stopped instead of answering forever.");
    case ClientErrorKind::Cancelled:
        return QObject::tr("The probe was cancelled.");
    case ClientErrorKind::UnsafeCommand:
        return QObject::tr("The probe refused to send a command with a line break inside it. %1").arg(error.message);
    }
    return {};
}

QJsonObject ProbeReport::toJson(const Transcript *transcript) const
{
    QJsonObject json;
    json.insert(QStringLiteral("ok"), ok);
    json.insert(QStringLiteral("host"), host);
    json.insert(QStringLiteral("port"), port);
    json.insert(QStringLiteral("tls_mode"), tlsModeName(tlsMode));
    json.insert(QStringLiteral("tls_used"), tlsUsedName(tlsUsed));
    json.insert(QStringLiteral("stage"), stageName(stage));
    if (error.isError()) {
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindName(error.kind)},
                                                         {QStringLiteral("stage"), stageName(error.stage)},
                                                         {QStringLiteral("message"), error.message}});
    } else {
        json.insert(QStringLiteral("error"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("diagnosis"), diagnosis.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(diagnosis));
    QJsonArray remedyArray;
    for (ProbeRemedy remedy : remedies)
        remedyArray.append(remedyName(remedy));
    json.insert(QStringLiteral("remedies"), remedyArray);
    json.insert(QStringLiteral("transcript"), transcript ? transcript->toJson() : QJsonArray());
    json.insert(QStringLiteral("greeting"), greeting.isValid() ? QJsonValue(greeting.wireLines().join(QString())) : QJsonValue::Null);
    json.insert(QStringLiteral("used_helo"), usedHelo);
    json.insert(QStringLiteral("capabilities"),
                QJsonObject{{QStringLiteral("before_tls"), QJsonArray::fromStringList(capabilitiesBeforeTls.lines())},
                            {QStringLiteral("after_tls"), QJsonArray::fromStringList(capabilitiesAfterTls.lines())},
                            {QStringLiteral("added_by_tls"), tlsUsed == TlsUsed::StartTls
                                 ? QJsonArray::fromStringList(Capabilities::added(capabilitiesBeforeTls, capabilitiesAfterTls)) : QJsonArray()},
                            {QStringLiteral("removed_by_tls"), tlsUsed == TlsUsed::StartTls
                                 ? QJsonArray::fromStringList(Capabilities::removed(capabilitiesBeforeTls, capabilitiesAfterTls)) : QJsonArray()}});
    json.insert(QStringLiteral("tls"), tls.used || !tls.errors.isEmpty() ? QJsonValue(tls.toJson()) : QJsonValue::Null);
    json.insert(QStringLiteral("auth"), authMechanism.isEmpty() ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QJsonObject{{QStringLiteral("mechanism"), authMechanism},
                                         {QStringLiteral("authenticated"), authenticated}}));
    QJsonArray recipientArray;
    for (const RecipientResult &recipient : recipients) {
        recipientArray.append(QJsonObject{{QStringLiteral("address"), recipient.address},
                                          {QStringLiteral("accepted"), recipient.accepted()},
                                          {QStringLiteral("reply"), replyLine(recipient.reply)}});
    }
    json.insert(QStringLiteral("recipients"), recipientArray);
    QJsonObject timingObject;
    for (const StepTiming &timing : timings)
        timingObject.insert(timing.step, timing.ms);
    timingObject.insert(QStringLiteral("total"), totalMs);
    json.insert(QStringLiteral("timings_ms"), timingObject);
    QJsonArray verdictArray;
    for (const Verdict &verdict : verdicts)
        verdictArray.append(QJsonObject{{QStringLiteral("level"), Verdict::levelName(verdict.level)},
                                        {QStringLiteral("text"), verdict.text}});
    json.insert(QStringLiteral("verdicts"), verdictArray);
    return json;
}

QString ProbeReport::toText(const RemedyWording &wording) const
{
    QString text;
    QTextStream out(&text);
    out << "== Report for " << host << " port " << port << " (TLS: " << tlsUsedName(tlsUsed) << ")\n";
    out << "Result: " << (ok ? "OK" : "FAILED") << (ok ? QString() : QStringLiteral(" at step ") + stageName(stage)) << '\n';
    if (error.isError()) {
        out << "Error (" << errorKindName(error.kind) << "): " << error.message << '\n';
        out << "Diagnosis: " << diagnosis << '\n';
        for (ProbeRemedy remedy : remedies)
            out << "  Try: " << (wording ? wording(remedy) : remedyName(remedy)) << '\n';
    }
    if (greeting.isValid())
        out << "Greeting: " << replyLine(greeting) << '\n';
    if (tlsUsed == TlsUsed::StartTls || !capabilitiesBeforeTls.isEmpty())
        out << "Capabilities before TLS: " << capabilitiesBeforeTls.lines().join(QStringLiteral(", ")) << '\n';
    if (!capabilitiesAfterTls.isEmpty())
        out << "Capabilities after TLS: " << capabilitiesAfterTls.lines().join(QStringLiteral(", ")) << '\n';
    if (tlsUsed == TlsUsed::StartTls && !capabilitiesAfterTls.isEmpty()) {
        const QStringList added = Capabilities::added(capabilitiesBeforeTls, capabilitiesAfterTls);
        const QStringList removed = Capabilities::removed(capabilitiesBeforeTls, capabilitiesAfterTls);
        if (!added.isEmpty())
            out << "  added by TLS: " << added.join(QStringLiteral(", ")) << '\n';
        if (!removed.isEmpty())
            out << "  gone after TLS: " << removed.join(QStringLiteral(", ")) << '\n';
    }
    if (tls.used || !tls.errors.isEmpty()) {
        if (tls.used)
            out << "TLS: " << tls.protocol << ", cipher " << tls.cipher << '\n';
        out << "Certificate: " << tls.verdict() << '\n';
        for (qsizetype i = 0; i < tls.chain.size(); ++i) {
            const CertificateInfo &info = tls.chain.at(i);
            out << "  [" << i << "] subject " << info.subject << ", issuer " << info.issuer << '\n'
                << "      names " << info.subjectAlternativeNames.join(QStringLiteral(", ")) << '\n'
                << "      valid " << info.notBefore.toUTC().toString(Qt::ISODate) << " to "
                << info.notAfter.toUTC().toString(Qt::ISODate) << '\n';
        }
    }
    if (!authMechanism.isEmpty())
        out << "AUTH " << authMechanism << ": " << (authenticated ? "accepted" : "not accepted") << '\n';
    for (const RecipientResult &recipient : recipients)
        out << "RCPT " << recipient.address << ": " << replyLine(recipient.reply) << '\n';
    out << "Timings (ms):";
    for (const StepTiming &timing : timings)
        out << ' ' << timing.step << '=' << timing.ms;
    out << " total=" << totalMs << '\n';
    if (!verdicts.isEmpty()) {
        out << "Verdicts:\n";
        for (const Verdict &verdict : verdicts)
            out << "  [" << Verdict::levelName(verdict.level) << "] " << verdict.text << '\n';
    }
    out.flush();
    return text;
}

} // namespace SmtpTutor
