#include "starttlsinjectioncheck.h"

#include "session/transcript.h"

namespace SmtpTutor {

StartTlsInjectionCheck::StartTlsInjectionCheck(const HostCheckContext &context, QObject *parent)
    : SingleConnectionCheck(context, parent), m_transcript(new Transcript(this))
{
}

bool StartTlsInjectionCheck::needsConnection() const
{
    return !context().implicitTls; // TLS from the first byte: no clear-text phase to inject into
}

void StartTlsInjectionCheck::openConnection()
{
    m_session = new InjectionSession(context().host, context().port, ehloName(), context().options.timeouts,
                                     m_transcript, this);
    m_session->setListenMs(m_listenMs);
    m_session->setSslConfiguration(widestSslConfiguration());
    connect(m_session, &InjectionSession::finished, this, &StartTlsInjectionCheck::onSessionFinished);
    m_session->start();
}

void StartTlsInjectionCheck::abortConnection()
{
    if (m_session)
        m_session->cancel();
}

void StartTlsInjectionCheck::onSessionFinished()
{
    m_observation = m_session->observation();
    m_session->deleteLater();
    connectionEnded();
}

void StartTlsInjectionCheck::contribute(HostAuditReport &report) const
{
    report.starttlsInjection = resultFor(m_observation, context().implicitTls);
    report.checks.append(rowFor(m_observation, context().implicitTls));
}

InjectionResult StartTlsInjectionCheck::resultFor(const InjectionObservation &observation, bool implicitTls)
{
    if (implicitTls)
        return InjectionResult::NotTested;
    switch (observation.outcome) {
    case InjectionObservation::Outcome::AnsweredInsideTls:
    case InjectionObservation::Outcome::AnsweredInClear:
        return InjectionResult::Vulnerable;
    case InjectionObservation::Outcome::Silent:
        return InjectionResult::NotVulnerable;
    default:
        return InjectionResult::NotTested;
    }
}

namespace {

AuditCheck baseRow()
{
    AuditCheck row;
    row.id = QStringLiteral("starttls.injection");
    row.rule = StartTlsInjectionCheck::tr(
        "After STARTTLS the server must throw away everything the client sent before the TLS handshake; "
        "the SMTP session starts anew inside TLS.");
    row.source = StartTlsInjectionCheck::tr(
        "RFC 3207 s.4.2; CVE-2011-0411; Poddebniak et al., \"Why TLS is better without STARTTLS\", "
        "USENIX Security 2021");
    return row;
}

QString unaskedText(const InjectionObservation &observation)
{
    const QString shown = SingleConnectionCheck::bytesText(observation.unasked);
    if (observation.unasked.size() < observation.unaskedCount)
        return StartTlsInjectionCheck::tr("%n bytes starting with \"%1\"", nullptr, int(observation.unaskedCount))
            .arg(shown);
    return StartTlsInjectionCheck::tr("%n bytes (\"%1\")", nullptr, int(observation.unaskedCount)).arg(shown);
}

QString fixText()
{
    return StartTlsInjectionCheck::tr(
        "Update the mail server software, or the proxy or filter in front of it that handles STARTTLS: "
        "fixed versions discard whatever arrived before the handshake. Maintained MTAs have done so since 2011.");
}

void describeVulnerable(const InjectionObservation &observation, AuditCheck &row)
{
    row.status = CheckStatus::Fail;
    row.cap = Grade::C;
    row.title = StartTlsInjectionCheck::tr("Vulnerable to STARTTLS command injection");
    const QString answer = observation.evidence.isValid()
        ? QStringLiteral("\"%1\"").arg(SingleConnectionCheck::replyText(observation.evidence))
        : unaskedText(observation);
    row.detail = StartTlsInjectionCheck::tr(
                     "STARTTLS and RSET went out together in one TCP segment. After the TLS handshake (%1) the "
                     "server sent %2 although nothing had been sent inside TLS: it answered the RSET from "
                     "before the handshake.")
                     .arg(observation.tlsProtocol, answer);
    row.explanation = StartTlsInjectionCheck::tr(
        "Someone on the path between a client and this server can append commands to the client's "
        "unencrypted STARTTLS. This server keeps them and carries them out after the handshake, inside the "
        "protected session, as if the client had sent them: a MAIL FROM and RCPT TO that send the client's "
        "next message somewhere else, for example.");
    row.todo = fixText();
}

void describeAnsweredInClear(const InjectionObservation &observation, AuditCheck &row)
{
    row.status = CheckStatus::Fail;
    row.cap = Grade::C;
    row.title = StartTlsInjectionCheck::tr("Answers a command sent after STARTTLS before TLS has begun");
    row.detail = StartTlsInjectionCheck::tr(
                     "STARTTLS and RSET went out together in one TCP segment. After its 220 the server sent %1 "
                     "in clear text instead of waiting for the TLS handshake. The audit did not start TLS on "
                     "that connection.")
                     .arg(unaskedText(observation));
    row.explanation = StartTlsInjectionCheck::tr(
        "The server does not stop reading at STARTTLS: it acted on a command that came after it in the same "
        "segment. That is the flaw behind STARTTLS command injection, where commands appended by someone on "
        "the path get carried out. Here the answer even comes in clear text, where a client must ignore it.");
    row.todo = fixText();
}

void describeSilent(const InjectionObservation &observation, AuditCheck &row)
{
    row.status = CheckStatus::Pass;
    row.title = StartTlsInjectionCheck::tr("Not vulnerable to STARTTLS command injection");
    const QString after = observation.closedAfterTls
        ? StartTlsInjectionCheck::tr("closed the connection without answering anything")
        : StartTlsInjectionCheck::tr("sent nothing for %1 ms and then answered QUIT").arg(observation.listenedMs);
    row.detail = StartTlsInjectionCheck::tr(
                     "STARTTLS and RSET went out together in one TCP segment. After the TLS handshake (%1) the "
                     "server %2: the RSET from before the handshake was not carried over into TLS.")
                     .arg(observation.tlsProtocol, after);
    row.explanation = StartTlsInjectionCheck::tr(
        "Commands that someone on the path appends to a client's unencrypted STARTTLS are thrown away by "
        "this server, so they cannot act inside the protected session.");
}

} // namespace

AuditCheck StartTlsInjectionCheck::rowFor(const InjectionObservation &observation, bool implicitTls)
{
    AuditCheck row = baseRow();
    if (implicitTls) {
        row.status = CheckStatus::Info;
        row.title = tr("STARTTLS injection: not applicable");
        row.detail = tr("This port speaks TLS from the first byte (implicit TLS, RFC 8314 s.3), so there is no "
                        "clear-text phase in which commands could be injected.");
        row.explanation = tr("The attack needs the switch from clear text to TLS, which this port does not have.");
        return row;
    }
    switch (observation.outcome) {
    case InjectionObservation::Outcome::AnsweredInsideTls:
        describeVulnerable(observation, row);
        return row;
    case InjectionObservation::Outcome::AnsweredInClear:
        describeAnsweredInClear(observation, row);
        return row;
    case InjectionObservation::Outcome::Silent:
        describeSilent(observation, row);
        return row;
    case InjectionObservation::Outcome::NoStartTls:
        row.status = CheckStatus::Info;
        row.title = tr("STARTTLS injection not tested: the server does not offer STARTTLS");
        row.detail = tr("The EHLO reply does not list STARTTLS, so there is no switch to TLS to attack.");
        row.explanation = tr("Whether a server without TLS is acceptable is judged by the tls.available row.");
        return row;
    case InjectionObservation::Outcome::StartTlsRefused:
        row.status = CheckStatus::Info;
        row.title = tr("STARTTLS injection not tested: STARTTLS was refused");
        row.detail = tr("The server answered STARTTLS with \"%1\".").arg(replyText(observation.startTlsReply));
        row.explanation = tr("The test needs the switch to TLS, which the server did not make this time.");
        return row;
    case InjectionObservation::Outcome::Failed:
        break;
    }
    row.status = CheckStatus::Error;
    row.title = tr("STARTTLS injection could not be tested");
    row.detail = observation.error.isEmpty() ? tr("The test did not run.") : observation.error;
    row.explanation = tr("The test connection ended before it showed how the server treats a command sent "
                         "together with STARTTLS, so the grade may be too kind.");
    row.todo = tr("Check that the server answers on this port, then run the audit again.");
    return row;
}

} // namespace SmtpTutor
