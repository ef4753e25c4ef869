#include "openrelaycheck.h"

#include "client/smtpconnection.h"
#include "session/transcript.h"

namespace SmtpTutor {

OpenRelayCheck::OpenRelayCheck(const HostCheckContext &context, QObject *parent)
    : SingleConnectionCheck(context, parent)
    , m_transcript(new Transcript(this))
{
}

bool OpenRelayCheck::needsConnection() const
{
    return context().options.relayTest;
}

void OpenRelayCheck::openConnection()
{
    m_connection = new SmtpConnection(m_transcript, this);
    m_connection->setTimeouts(context().options.timeouts);
    m_connection->setSslConfiguration(widestSslConfiguration());
    // The certificate is judged by the certificate check; this one needs only the channel.
    m_connection->setAcceptedCertificateErrors(true);
    connect(m_connection, &SmtpConnection::replyReceived, this, &OpenRelayCheck::onReply);
    connect(m_connection, &SmtpConnection::encrypted, this, &OpenRelayCheck::onEncrypted);
    connect(m_connection, &SmtpConnection::failed, this, &OpenRelayCheck::onFailed);
    connect(m_connection, &SmtpConnection::closed, this, &OpenRelayCheck::connectionEnded);
    m_observation.outcome = RelayObservation::Outcome::Failed; // until something better is known
    m_step = Step::Greeting;
    m_connection->connectToHost(context().host, context().port, context().implicitTls);
}

void OpenRelayCheck::abortConnection()
{
    if (m_connection)
        m_connection->fail(ClientErrorKind::Cancelled, tr("Cancelled."));
}

void OpenRelayCheck::send(Step step, const QByteArray &line)
{
    m_step = step;
    const SmtpConnection::SendResult result
        = step == Step::StartTls ? m_connection->sendStartTls() : m_connection->sendCommand(line);
    if (result == SmtpConnection::SendResult::RefusedUnsafeLine) {
        // Only an address from the options can get here: it holds CR, LF or NUL.
        m_connection->fail(ClientErrorKind::UnsafeCommand,
            tr("The relay test address would split the command in two; nothing was sent."));
    }
    // Any other refusal has already failed the connection, and onFailed() follows.
}

void OpenRelayCheck::onReply(const Reply &reply)
{
    switch (m_step) {
    case Step::Greeting:
        m_observation.greeting = reply;
        if (reply.code() != 220) {
            // RFC 5321 s.3.1: a 554 greeting turns the session down; only QUIT is left.
            endEnvelope(RelayObservation::Outcome::GreetingRefused);
            quit();
            return;
        }
        send(Step::Ehlo, "EHLO " + ehloName().toUtf8());
        return;
    case Step::Ehlo:
        onEhloReply(reply);
        return;
    case Step::Mail:
        onMailReply(reply);
        return;
    case Step::StartTls:
        if (reply.code() != 220 || !m_connection->startTls()) {
            if (reply.code() != 220) {
                m_observation.error
                    = tr("The server demanded STARTTLS but refused it: \"%1\".").arg(replyText(reply));
                quit();
            }
            return; // startTls() failed the connection itself (bytes after the 220)
        }
        m_observation.usedStartTls = true;
        return; // onEncrypted() goes on
    case Step::Rcpt:
        m_observation.rcptReply = reply;
        endEnvelope(reply.isPositiveCompletion() ? RelayObservation::Outcome::Accepted
                : reply.isTransientNegative()    ? RelayObservation::Outcome::Deferred
                                                 : RelayObservation::Outcome::Refused);
        return;
    case Step::Rset:
        quit();
        return;
    case Step::Quit:
        m_connection->close(); // closed() ends the check
        return;
    }
}

void OpenRelayCheck::onEhloReply(const Reply &reply)
{
    if (!reply.isPositiveCompletion()) {
        m_observation.error = tr("The server refused EHLO: \"%1\".").arg(replyText(reply));
        quit();
        return;
    }
    m_capabilities = Capabilities::fromEhloReply(reply);
    // No AUTH, ever: the question is what a stranger may do.
    send(Step::Mail, "MAIL FROM:<" + context().options.relayFrom.toUtf8() + '>');
}

void OpenRelayCheck::onMailReply(const Reply &reply)
{
    m_observation.mailReply = reply;
    if (reply.isPositiveCompletion()) {
        send(Step::Rcpt, "RCPT TO:<" + context().options.relayTo.toUtf8() + '>');
        return;
    }
    // 530 "Must issue a STARTTLS command first" (RFC 3207 s.4): a stranger would oblige, so do we.
    if (reply.code() == 530 && !m_connection->isEncrypted() && m_capabilities.offersStartTls()) {
        send(Step::StartTls, {});
        return;
    }
    endEnvelope(RelayObservation::Outcome::SenderRefused);
}

void OpenRelayCheck::onEncrypted()
{
    if (m_step == Step::StartTls) // RFC 3207 s.4.2: after the handshake the session starts anew
        send(Step::Ehlo, "EHLO " + ehloName().toUtf8());
}

void OpenRelayCheck::endEnvelope(RelayObservation::Outcome outcome)
{
    m_observation.outcome = outcome;
    m_decided = true;
    if (outcome == RelayObservation::Outcome::GreetingRefused)
        return;
    // Always RSET: the transaction (and an accepted recipient) is dropped; never DATA.
    m_observation.sentRset = true;
    send(Step::Rset, "RSET");
}

void OpenRelayCheck::quit()
{
    send(Step::Quit, "QUIT");
}

void OpenRelayCheck::onFailed(const ClientError &error)
{
    if (!m_decided) {
        m_observation.outcome = RelayObservation::Outcome::Failed;
        if (m_observation.error.isEmpty())
            m_observation.error = error.message;
    }
    connectionEnded(); // failed() is final: no closed() follows
}

} // namespace SmtpTutor
