#include "baselinechecks.h"

#include <QCoreApplication>

namespace SmtpTutor::BaselineChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BaselineChecks", text);
}

const QString NcsCSource = QStringLiteral("NCSC-NL, IT Security Guidelines for Transport Layer Security (TLS), v2.1 (2021)");

AuditCheck reachableRow(const ProbeReport &baseline)
{
    AuditCheck row;
    row.id = QStringLiteral("smtp.reachable");
    row.rule = tr("A mail server greets a client with a 220 reply and answers EHLO.");
    row.source = QStringLiteral("RFC 5321 s.3.1, s.4.1.1.1");
    if (reached(baseline)) {
        row.status = CheckStatus::Pass;
        row.title = tr("The server answers SMTP");
        row.detail = baseline.greeting.isValid()
            ? QStringLiteral("%1 %2").arg(baseline.greeting.code()).arg(baseline.greeting.firstLineText())
            : QString();
        row.explanation = tr("The audit could open a session and read the greeting, so every other check could run.");
        return row;
    }
    // Unknown whether the server or the path to it is at fault (port 25 is often blocked on
    // the way out): the audit could not run, which is an error, not a finding.
    row.status = CheckStatus::Error;
    row.title = tr("The server could not be reached or talked to");
    row.detail = QStringLiteral("%1 (%2)").arg(baseline.error.message, stageName(baseline.error.stage));
    row.explanation = tr("Nothing else could be checked. The cause may be the server or the network between "
                         "it and this computer: many networks block outgoing connections to port 25.");
    row.todo = tr("Check the host name and port, and try from a network that allows the connection.");
    return row;
}

AuditCheck tlsRow(const ProbeReport &baseline, TlsMode mode)
{
    AuditCheck row;
    row.id = QStringLiteral("tls.available");
    row.source = QStringLiteral("RFC 3207; RFC 8314; ") + NcsCSource;
    // Submission (RFC 8314 s.3, RFC 6409): 465, 587, or TLS from the first byte. Every other
    // port is judged like 25, where a sending MTA falls back to clear text.
    const bool relayPort = baseline.port != 465 && baseline.port != 587 && baseline.tlsMode != TlsMode::Implicit;
    row.rule = relayPort ? tr("A mail server for incoming mail (port 25) offers STARTTLS so that senders can encrypt.")
                         : tr("A submission port offers TLS, or passwords and mail travel in clear.");
    if (mode == TlsMode::None) {
        row.status = CheckStatus::Info;
        row.title = tr("TLS was not tried");
        row.explanation = tr("The audit was told not to use TLS, so nothing about TLS was checked.");
        return row;
    }
    if (baseline.tlsUsed != TlsUsed::None) {
        row.status = CheckStatus::Pass;
        row.title = baseline.tlsUsed == TlsUsed::Implicit ? tr("TLS from the first byte (implicit TLS)")
                                                          : tr("STARTTLS is offered and works");
        row.detail = QStringLiteral("%1, %2").arg(baseline.tls.protocol, baseline.tls.cipher);
        row.explanation = tr("Mail to and from this server can be encrypted on the way.");
        return row;
    }
    row.status = CheckStatus::Fail;
    row.cap = relayPort ? Grade::C : Grade::F;
    if (baseline.error.isError()) {
        row.title = tr("TLS could not be started");
        row.detail = baseline.error.message;
    } else {
        row.title = tr("STARTTLS is not offered");
        row.detail = tr("The EHLO reply does not list STARTTLS.");
    }
    row.explanation = relayPort
        ? tr("Senders deliver to this server in clear text: anyone on the path can read the mail.")
        : tr("Clients would send their password and their mail in clear text.");
    row.todo = tr("Give the server a certificate and switch TLS on (Postfix: smtpd_tls_security_level = may "
                  "and smtpd_tls_chain_files).");
    return row;
}

} // namespace

bool reached(const ProbeReport &baseline)
{
    switch (baseline.error.kind) {
    case ClientErrorKind::None:
    case ClientErrorKind::StartTlsNotOffered:
    case ClientErrorKind::StartTlsRefused:
        return true;
    case ClientErrorKind::TlsHandshakeFailed:
        // After STARTTLS the server did talk SMTP; with implicit TLS it never said a word.
        return baseline.greeting.isValid();
    default:
        return false;
    }
}

QList<AuditCheck> rows(const ProbeReport &baseline, TlsMode mode)
{
    QList<AuditCheck> result{reachableRow(baseline)};
    if (reached(baseline))
        result.append(tlsRow(baseline, mode));
    return result;
}

} // namespace SmtpTutor::BaselineChecks
