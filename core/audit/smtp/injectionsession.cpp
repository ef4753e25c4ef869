#include "injectionsession.h"

#include "client/capabilities.h"
#include "session/transcript.h"

#include <QSslCipher>

namespace SmtpTutor {

namespace {
// After the 220 to STARTTLS a server that read past it answers the pipelined command at once,
// usually in the same segment; this short pause lets such late clear-text bytes arrive before
// our ClientHello, so they are seen as what they are instead of spoiling the handshake.
constexpr int kSettleMs = 100;
// How much of the unasked bytes is kept for the report.
constexpr qsizetype kUnaskedKeep = 80;
} // namespace

InjectionSession::InjectionSession(const QString &host, quint16 port, const QString &ehloName,
                                   const SmtpConnection::Timeouts &timeouts, Transcript *transcript,
                                   QObject *parent)
    : QObject(parent), m_host(host), m_port(port), m_ehloName(ehloName), m_timeouts(timeouts),
      m_transcript(transcript), m_socket(new QSslSocket(this))
{
    for (QTimer *timer : {&m_stepTimer, &m_overallTimer, &m_listenTimer})
        timer->setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &InjectionSession::onStepTimeout);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] {
        fail(tr("The attempt passed its overall deadline of %1 s.").arg(m_timeouts.overallMs / 1000.0));
    });
    connect(&m_listenTimer, &QTimer::timeout, this, &InjectionSession::onListenTimeout);
    connect(m_socket, &QSslSocket::connected, this, &InjectionSession::onConnected);
    connect(m_socket, &QSslSocket::readyRead, this, &InjectionSession::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &InjectionSession::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &InjectionSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &InjectionSession::onDisconnected);
    // The certificate is judged by the certificate check; this one needs only the channel.
    connect(m_socket, &QSslSocket::sslErrors, m_socket, [this](const QList<QSslError> &) {
        m_socket->ignoreSslErrors();
    });
}

InjectionSession::~InjectionSession()
{
    m_stage = Stage::Done; // no signal from the dying socket reaches a half-destroyed object
    m_socket->disconnect(this);
    m_socket->abort();
}

void InjectionSession::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_socket->setSslConfiguration(configuration);
}

void InjectionSession::start()
{
    if (m_stage != Stage::Idle)
        return;
    m_stage = Stage::Connecting;
    m_overallTimer.start(m_timeouts.overallMs);
    m_stepTimer.start(m_timeouts.connectMs);
    if (m_transcript)
        m_transcript->addInfo(tr("Connecting to %1 port %2 (STARTTLS injection test)").arg(m_host).arg(m_port));
    m_socket->connectToHost(m_host, m_port);
}

void InjectionSession::cancel()
{
    fail(tr("Cancelled."));
}

void InjectionSession::onConnected()
{
    if (m_stage != Stage::Connecting)
        return;
    if (m_transcript)
        m_transcript->markConnected();
    // Nagle off: the STARTTLS+RSET write below must leave as it is, in one segment.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_stage = Stage::Greeting;
    (void)m_stream.expectReply(); // the greeting (RFC 5321 s.3.1); nothing can be unread yet
    m_stepTimer.start(m_timeouts.replyMs);
}

bool InjectionSession::send(const QByteArray &line, bool holdAfterReply)
{
    if (m_stream.expectReply(holdAfterReply) != ReplyStream::Fault::None) {
        fail(tr("The server sent bytes nobody asked for before \"%1\" went out.").arg(QString::fromLatin1(line)));
        return false;
    }
    if (m_transcript)
        m_transcript->addClientLine(line, m_socket->isEncrypted());
    m_socket->write(line + "\r\n");
    m_socket->flush();
    m_stepTimer.start(m_timeouts.replyMs);
    return true;
}

void InjectionSession::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_stage == Stage::Done || data.isEmpty())
        return;
    if (m_stage == Stage::Settling) {
        noteUnasked(data); // clear text after the 220: the server read past STARTTLS
        finish(InjectionObservation::Outcome::AnsweredInClear);
        return;
    }
    if (m_stage == Stage::Listening || m_stage == Stage::Handshake) {
        // Nothing was sent inside TLS: every byte here answers the command sent before it.
        noteUnasked(data);
        const ReplyStream::Outcome outcome = m_stream.feed(data);
        if (outcome.unsolicited) {
            m_observation.evidence = *outcome.unsolicited;
            if (m_transcript)
                m_transcript->addReply(*outcome.unsolicited, true);
            finish(InjectionObservation::Outcome::AnsweredInsideTls);
        }
        return; // a partial line: the listen timer decides with what has come by then
    }
    const ReplyStream::Outcome outcome = m_stream.feed(data);
    if (outcome.fault != ReplyStream::Fault::None) {
        if (m_stage == Stage::Quit && outcome.fault == ReplyStream::Fault::UnsolicitedReply
            && !outcome.seenBeforeFault.isEmpty()) {
            // Two replies to one QUIT: the first answers the command sent before TLS, late.
            m_observation.evidence = outcome.seenBeforeFault.first();
            noteUnasked(m_observation.evidence.toWire());
            finish(InjectionObservation::Outcome::AnsweredInsideTls);
            return;
        }
        fail(tr("The server broke the SMTP reply rules: %1")
                 .arg(outcome.fault == ReplyStream::Fault::Malformed ? m_stream.errorString()
                                                                     : tr("a reply nobody asked for")));
        return;
    }
    for (const Reply &reply : outcome.replies) {
        if (m_transcript)
            m_transcript->addReply(reply, m_socket->isEncrypted());
        onReply(reply);
        if (m_stage == Stage::Done)
            return;
    }
}

void InjectionSession::onReply(const Reply &reply)
{
    if (m_stream.repliesOwed() == 0)
        m_stepTimer.stop();
    switch (m_stage) {
    case Stage::Greeting:
        if (reply.code() != 220) {
            fail(tr("The server did not greet with 220 (it said %1).").arg(reply.code()));
            return;
        }
        m_stage = Stage::Ehlo;
        (void)send("EHLO " + m_ehloName.toUtf8());
        return;
    case Stage::Ehlo:
        if (!reply.isPositiveCompletion()) {
            fail(tr("The server refused EHLO (%1).").arg(reply.code()));
            return;
        }
        if (!Capabilities::fromEhloReply(reply).offersStartTls()) {
            quitPolitely(InjectionObservation::Outcome::NoStartTls);
            return;
        }
        m_stage = Stage::StartTls;
        // Both commands in ONE write, so they share a segment: exactly what a man in the middle
        // appends to the client's STARTTLS. Only STARTTLS is owed a reply in clear text; what
        // follows its 220 is held back unparsed (RFC 3207 s.4.2).
        if (m_stream.expectReply(true) != ReplyStream::Fault::None) {
            fail(tr("The server sent bytes nobody asked for before STARTTLS went out."));
            return;
        }
        if (m_transcript) {
            m_transcript->addClientLine("STARTTLS", false);
            m_transcript->addClientLine(injectedCommand(), false);
            m_transcript->addInfo(tr("Both lines went out in one write, as an injected command would"));
        }
        m_socket->write("STARTTLS\r\n" + injectedCommand() + "\r\n");
        m_socket->flush();
        m_stepTimer.start(m_timeouts.replyMs);
        return;
    case Stage::StartTls:
        onStartTlsReply(reply);
        return;
    case Stage::Quit:
        m_socket->disconnectFromHost();
        finish(m_after);
        return;
    default:
        return;
    }
}

void InjectionSession::onStartTlsReply(const Reply &reply)
{
    m_observation.startTlsReply = reply;
    if (reply.code() != 220) {
        finish(InjectionObservation::Outcome::StartTlsRefused);
        return;
    }
    if (m_stream.unreadBytes() > 0) {
        m_observation.unasked = m_stream.unreadPreview(kUnaskedKeep);
        m_observation.unaskedCount = m_stream.unreadBytes();
        finish(InjectionObservation::Outcome::AnsweredInClear);
        return;
    }
    m_stage = Stage::Settling;
    m_listenTimer.start(kSettleMs);
}

void InjectionSession::beginHandshake()
{
    m_stage = Stage::Handshake;
    m_stream.restartAfterTls(); // a new stream begins; nothing from before is kept
    m_stepTimer.start(m_timeouts.replyMs);
    m_socket->setPeerVerifyName(m_host);
    m_socket->startClientEncryption();
}

void InjectionSession::onEncrypted()
{
    if (m_stage != Stage::Handshake)
        return;
    m_stepTimer.stop();
    m_observation.tlsProtocol = m_socket->sessionCipher().protocolString();
    if (m_transcript) {
        m_transcript->addInfo(tr("TLS started: %1, %2; now only listening for %3 ms")
                                  .arg(m_observation.tlsProtocol, m_socket->sessionCipher().name())
                                  .arg(m_listenMs),
                              true);
    }
    m_stage = Stage::Listening;
    m_observation.listenedMs = m_listenMs;
    m_listenTimer.start(m_listenMs);
}

void InjectionSession::onListenTimeout()
{
    if (m_stage == Stage::Settling) {
        beginHandshake();
        return;
    }
    if (m_stage != Stage::Listening)
        return;
    if (m_observation.unaskedCount > 0) {
        finish(InjectionObservation::Outcome::AnsweredInsideTls); // bytes came, if not a whole reply
        return;
    }
    quitPolitely(InjectionObservation::Outcome::Silent);
}

void InjectionSession::quitPolitely(InjectionObservation::Outcome outcome)
{
    m_after = outcome;
    m_stage = Stage::Quit;
    (void)send("QUIT");
}

void InjectionSession::onStepTimeout()
{
    switch (m_stage) {
    case Stage::Connecting:
        fail(tr("No connection within %1 s.").arg(m_timeouts.connectMs / 1000.0));
        return;
    case Stage::Handshake:
        fail(tr("The TLS handshake did not finish within %1 s.").arg(m_timeouts.replyMs / 1000.0));
        return;
    case Stage::Quit:
        m_socket->abort(); // the verdict is in; a missing 221 changes nothing
        finish(m_after);
        return;
    default:
        fail(tr("The server sent no complete reply within %1 s.").arg(m_timeouts.replyMs / 1000.0));
        return;
    }
}

void InjectionSession::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_stage == Stage::Done)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    fail(m_stage == Stage::Handshake ? tr("The TLS handshake failed: %1").arg(m_socket->errorString())
                                     : tr("Network error: %1").arg(m_socket->errorString()));
}

void InjectionSession::onDisconnected()
{
    switch (m_stage) {
    case Stage::Done:
        return;
    case Stage::Quit:
        finish(m_after);
        return;
    case Stage::Listening:
        // Closed after the handshake: whatever came decides; silence is not an answer.
        m_observation.closedAfterTls = true;
        finish(m_observation.unaskedCount > 0 ? InjectionObservation::Outcome::AnsweredInsideTls
                                              : InjectionObservation::Outcome::Silent);
        return;
    case Stage::Handshake:
        fail(tr("The server closed the connection during the TLS handshake."));
        return;
    default:
        fail(tr("The server closed the connection."));
        return;
    }
}

void InjectionSession::noteUnasked(QByteArrayView bytes)
{
    if (m_observation.unasked.size() < kUnaskedKeep)
        m_observation.unasked.append(bytes.first(qMin(bytes.size(), kUnaskedKeep - m_observation.unasked.size())));
    m_observation.unaskedCount += bytes.size();
}

void InjectionSession::fail(const QString &message)
{
    if (m_stage == Stage::Done)
        return;
    m_observation.error = message;
    if (m_transcript)
        m_transcript->addError(message, m_socket->isEncrypted());
    finish(InjectionObservation::Outcome::Failed);
}

void InjectionSession::finish(InjectionObservation::Outcome outcome)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_stepTimer.stop();
    m_overallTimer.stop();
    m_listenTimer.stop();
    m_observation.outcome = outcome;
    if (m_socket->state() != QAbstractSocket::UnconnectedState && m_socket->state() != QAbstractSocket::ClosingState)
        m_socket->abort(); // after a verdict (or QUIT's 221) nothing more is said
    Q_EMIT finished();
}

} // namespace SmtpTutor
