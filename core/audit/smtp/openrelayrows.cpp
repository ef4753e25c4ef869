// The relay.open row: what the relay attempt saw, in words (OpenRelayCheck's judgement).
#include "openrelaycheck.h"

namespace SmtpTutor {

namespace {

AuditCheck baseRow()
{
    AuditCheck row;
    row.id = QStringLiteral("relay.open");
    row.rule = OpenRelayCheck::tr(
        "Without authentication a server accepts mail only for the domains it serves; it passes mail on to "
        "other domains only for users who logged in, or for its own networks.");
    row.source = OpenRelayCheck::tr("RFC 5321 s.3.6 and s.7.1; RFC 2505 (BCP 30) s.2");
    return row;
}

QString envelopeText(const RelayObservation &observation, const AuditOptions &options)
{
    QString text = OpenRelayCheck::tr("Without AUTH, MAIL FROM:<%1> got \"%2\" and RCPT TO:<%3> got \"%4\".")
                       .arg(options.relayFrom, SingleConnectionCheck::replyText(observation.mailReply),
                           options.relayTo, SingleConnectionCheck::replyText(observation.rcptReply));
    if (observation.usedStartTls)
        text += u' '
            + OpenRelayCheck::tr("(Inside TLS: the server answered the first MAIL FROM with 530, so the "
                                 "audit used STARTTLS as any sender would.)");
    return text;
}

void describeAccepted(const RelayObservation &observation, const AuditOptions &options, AuditCheck &row)
{
    row.status = CheckStatus::Fail;
    row.cap = Grade::F;
    row.title = OpenRelayCheck::tr("Open relay: mail for other domains is accepted without AUTH");
    row.detail = envelopeText(observation, options) + u' '
        + OpenRelayCheck::tr("The audit then sent RSET and QUIT, never DATA: no message was handed over.");
    row.explanation = OpenRelayCheck::tr(
        "Anyone can use this server to send mail to any address, and spammers find such servers within "
        "hours. "
        "Its address then lands on block lists and its own users' mail stops arriving. The audit connected "
        "from this computer: if that lies inside the networks the server trusts on purpose (Postfix's "
        "mynetworks, for example), relaying for it may be intended; audit from outside to be sure.");
    row.todo = OpenRelayCheck::tr("Relay only for users who logged in and for your own networks. In Postfix: "
                                  "smtpd_relay_restrictions = "
                                  "permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, "
                                  "with mynetworks listing only "
                                  "your own addresses.");
}

void describeClosed(const RelayObservation &observation, const AuditOptions &options, AuditCheck &row)
{
    row.status = CheckStatus::Pass;
    switch (observation.outcome) {
    case RelayObservation::Outcome::GreetingRefused:
        row.title = OpenRelayCheck::tr("Not an open relay: the session was turned down at once");
        row.detail = OpenRelayCheck::tr("The server greeted with \"%1\" and accepted no command.")
                         .arg(SingleConnectionCheck::replyText(observation.greeting));
        break;
    case RelayObservation::Outcome::SenderRefused:
        row.title = OpenRelayCheck::tr("Not an open relay: the outside sender was refused");
        row.detail = OpenRelayCheck::tr("Without AUTH, MAIL FROM:<%1> got \"%2\", so no recipient could be "
                                        "tried. Then RSET and QUIT.")
                         .arg(options.relayFrom, SingleConnectionCheck::replyText(observation.mailReply));
        break;
    default:
        row.title = OpenRelayCheck::tr("Not an open relay");
        row.detail = envelopeText(observation, options) + u' ' + OpenRelayCheck::tr("Then RSET and QUIT.");
        break;
    }
    row.explanation = OpenRelayCheck::tr(
        "A stranger cannot use this server to send mail to other domains, which keeps spammers off it.");
}

void describeDeferred(const RelayObservation &observation, const AuditOptions &options, AuditCheck &row)
{
    row.status = CheckStatus::Warn;
    row.title = OpenRelayCheck::tr("Relaying refused for now, not for good");
    row.detail = envelopeText(observation, options) + u' ' + OpenRelayCheck::tr("Then RSET and QUIT.");
    row.explanation = OpenRelayCheck::tr(
        "A temporary refusal (4xx) may be greylisting: the same recipient might be accepted when tried again "
        "later. The audit does not wait and try again.");
    row.todo = OpenRelayCheck::tr(
        "Run the audit again in a few minutes. If relaying is then refused again, or refused with a 5xx, the "
        "server is not an open relay.");
}

} // namespace

std::optional<bool> OpenRelayCheck::openRelayFor(const RelayObservation &observation)
{
    switch (observation.outcome) {
    case RelayObservation::Outcome::Accepted:
        return true;
    case RelayObservation::Outcome::GreetingRefused:
    case RelayObservation::Outcome::SenderRefused:
    case RelayObservation::Outcome::Refused:
    case RelayObservation::Outcome::Deferred:
        return false;
    case RelayObservation::Outcome::NotRun:
    case RelayObservation::Outcome::Failed:
        break;
    }
    return std::nullopt;
}

AuditCheck OpenRelayCheck::rowFor(const RelayObservation &observation, const AuditOptions &options)
{
    AuditCheck row = baseRow();
    switch (observation.outcome) {
    case RelayObservation::Outcome::Accepted:
        describeAccepted(observation, options, row);
        return row;
    case RelayObservation::Outcome::GreetingRefused:
    case RelayObservation::Outcome::SenderRefused:
    case RelayObservation::Outcome::Refused:
        describeClosed(observation, options, row);
        return row;
    case RelayObservation::Outcome::Deferred:
        describeDeferred(observation, options, row);
        return row;
    case RelayObservation::Outcome::NotRun:
        row.status = CheckStatus::Info;
        row.title = tr("Open relay: not tested (switched off)");
        row.detail = tr("The relay test was switched off (--no-relay-test); no envelope was tried.");
        row.explanation = tr("Without the test the audit cannot say whether strangers may send mail through "
                             "this server.");
        return row;
    case RelayObservation::Outcome::Failed:
        break;
    }
    row.status = CheckStatus::Error;
    row.title = tr("The relay test could not be completed");
    row.detail = observation.error.isEmpty() ? tr("The test did not run.") : observation.error;
    row.explanation
        = tr("The test ended before the server answered the outside recipient, so the grade may be "
             "too kind.");
    row.todo = tr("Check that the server answers on this port, then run the audit again.");
    return row;
}

void OpenRelayCheck::contribute(HostAuditReport &report) const
{
    report.openRelay = openRelayFor(m_observation);
    report.checks.append(rowFor(m_observation, context().options));
}

} // namespace SmtpTutor
