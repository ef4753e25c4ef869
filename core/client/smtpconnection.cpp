#include "smtpconnection.h"

#include "probereport.h"
#include "protocol/escape.h"

#include <QSslCipher>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace SmtpTutor {

namespace {
// "250 2.0.0 ok" (lines joined with " / "), escaped: server text is never shown raw.
QString oneLine(const Reply &reply)
{
    QStringList lines;
    for (const QString &line : reply.lines())
        lines.append(escapeForDisplay(line.toUtf8()));
    return QString::number(reply.code()) + u' ' + lines.join(QStringLiteral(" / "));
}
} // namespace

SmtpConnection::SmtpConnection(Transcript *transcript, QObject *parent)
    : QObject(parent), m_transcript(transcript), m_socket(new QSslSocket(this))
{
    for (QTimer *timer : {&m_connectTimer, &m_replyTimer, &m_overallTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ClientErrorKind::ConnectTimeout,
             tr("No connection within %1 s: the port is filtered or the host is unreachable.")
                 .arg(m_timeouts.connectMs / 1000.0));
    });
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        fail(ClientErrorKind::ReplyTimeout,
             isHandshaking() ? tr("The TLS handshake did not finish within %1 s.").arg(m_timeouts.replyMs / 1000.0)
                           : tr("The server sent no complete reply within %1 s.").arg(m_timeouts.replyMs / 1000.0));
    });
    connect(&m_overallTimer, &QTimer::timeout, this, [this] {
        if (m_stage == Stage::Closing) {
            m_socket->abort(); // a peer that lingers at the end is not worth waiting for
            return;
        }
        fail(ClientErrorKind::OverallTimeout,
             tr("The session passed its overall deadline of %1 s.").arg(m_timeouts.overallMs / 1000.0));
    });
    connect(m_socket, &QSslSocket::connected, this, &SmtpConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpConnection::onSslErrors);
    // After every real write to the network, including the handshake's flights (see requestQuickAck()).
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpConnection::requestQuickAck);
}

SmtpConnection::~SmtpConnection()
{
    m_stage = Stage::Failed; // no signal from a dying socket may reach a half-destroyed owner
    m_socket->disconnect(this);
    m_socket->abort();
}

void SmtpConnection::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_socket->setSslConfiguration(configuration);
}

void SmtpConnection::setAcceptedCertificateErrors(bool acceptAll, const QList<QSslError> &errors)
{
    m_acceptAllCertificateErrors = acceptAll;
    m_acceptedErrors = errors;
}

void SmtpConnection::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_implicitTls = implicitTls;
    m_stage = Stage::Connecting;
    m_clock.start();
    m_overallTimer.start(m_timeouts.overallMs);
    m_connectTimer.start(m_timeouts.connectMs);
    if (m_transcript) {
        m_transcript->addInfo(implicitTls ? tr("Connecting to %1 port %2 with TLS from the first byte").arg(host).arg(port)
                                          : tr("Connecting to %1 port %2").arg(host).arg(port));
    }
    if (implicitTls) {
        // The peer name is what the user typed: it is what the certificate must match (RFC 6125).
        m_socket->connectToHostEncrypted(host, port, host);
    } else {
        m_socket->connectToHost(host, port);
    }
}

void SmtpConnection::onConnected()
{
    if (m_stage != Stage::Connecting)
        return;
    m_connectTimer.stop();
    // Every command is one small write followed by a wait: Nagle's algorithm would hold it.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_transcript) {
        m_transcript->addInfo(tr("Connected to %1 port %2 after %3 ms")
                                  .arg(m_socket->peerAddress().toString())
                                  .arg(m_socket->peerPort())
                                  .arg(elapsedMs()));
    }
    if (m_implicitTls) {
        m_stage = Stage::ImplicitHandshake;
        armReplyTimer(); // the handshake must finish in time as well
        return;
    }
    m_stage = Stage::Talking;
    (void)expectReply(false); // the greeting (RFC 5321 s.3.1); nothing can be unread yet
    armReplyTimer();
    Q_EMIT connected();
}

void SmtpConnection::onEncrypted()
{
    if (m_stage == Stage::Failed)
        return;
    const Stage before = m_stage;
    if (isHandshaking())
        m_stage = Stage::Talking;
    m_replyTimer.stop();
    if (m_transcript) {
        m_transcript->addInfo(tr("TLS started: %1, %2")
                                  .arg(m_socket->sessionCipher().protocolString(),
                                       m_socket->sessionCipher().name()),
                              true);
    }
    const QPointer<SmtpConnection> self(this);
    Q_EMIT encrypted();
    if (!self || m_stage == Stage::Failed)
        return;
    if (before == Stage::ImplicitHandshake) {
        if (expectReply(false) != SendResult::Sent) // the greeting comes inside TLS
            return;
        armReplyTimer();
        Q_EMIT connected();
    }
}

void SmtpConnection::armReplyTimer()
{
    m_replyTimer.start(m_timeouts.replyMs);
}

void SmtpConnection::write(const QByteArray &bytes)
{
    if (isDone())
        return;
    m_socket->write(bytes);
    // Out now rather than on the next loop pass; and the quick-ACK switch only holds if it
    // comes after the kernel has seen our write.
    m_socket->flush();
    requestQuickAck();
}

void SmtpConnection::requestQuickAck()
{
#ifdef Q_OS_LINUX
    // Servers such as Postfix send one reply as two TLS records in two writes; with Nagle on
    // their side, the second waits for our ACK of the first, which Linux delays by 40 ms.
    // Quick-ACK mode (which the kernel leaves on its own) removes that wait; it changes
    // nothing else on the wire.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        const int on = 1;
        ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
}

bool SmtpConnection::isSafeCommandLine(QByteArrayView line)
{
    // RFC 5321 s.2.3.8: CR and LF appear only together, as the line's end. One inside a
    // command would end it early and start a second command the user never asked for.
    return !line.contains('\r') && !line.contains('\n') && !line.contains('\0');
}

SmtpConnection::SendResult SmtpConnection::expectReply(bool holdAfterReply)
{
    switch (m_stream.expectReply(holdAfterReply)) {
    case ReplyStream::Fault::None:
        return SendResult::Sent;
    case ReplyStream::Fault::Malformed:
        fail(ClientErrorKind::ProtocolViolation,
             tr("The server broke the reply format: %1").arg(m_stream.errorString()));
        return SendResult::NotOpen;
    default:
        fail(ClientErrorKind::ProtocolViolation,
             tr("The server sent %1 byte(s) that no command asked for, before the next command went out "
                "(\"%2\"). Taking them as the next answer would pair every later reply with the wrong "
                "command, so the session stops here.")
                 .arg(m_stream.unreadBytes())
                 .arg(escapeForDisplay(m_stream.unreadPreview())));
        return SendResult::RefusedUnsolicitedBytes;
    }
}

SmtpConnection::SendResult SmtpConnection::sendCommand(const QByteArray &line, Secrecy secrecy)
{
    if (isDone())
        return SendResult::NotOpen;
    if (!isSafeCommandLine(line))
        return SendResult::RefusedUnsafeLine;
    if (const SendResult expected = expectReply(false); expected != SendResult::Sent)
        return expected;
    if (m_transcript)
        m_transcript->addClientLine(line, isEncrypted(), secrecy);
    write(line + "\r\n");
    armReplyTimer();
    return SendResult::Sent;
}

SmtpConnection::SendResult SmtpConnection::sendStartTls()
{
    if (isDone())
        return SendResult::NotOpen;
    if (const SendResult expected = expectReply(true); expected != SendResult::Sent)
        return expected;
    if (m_transcript)
        m_transcript->addClientLine("STARTTLS", isEncrypted());
    write("STARTTLS\r\n");
    armReplyTimer();
    return SendResult::Sent;
}

void SmtpConnection::sendMessage(const QByteArray &dotStuffed)
{
    if (isDone())
        return;
    if (expectReply(false) != SendResult::Sent)
        return;
    if (m_transcript) {
        QByteArray body = dotStuffed;
        if (body.endsWith("\r\n"))
            body.chop(2);
        for (const QByteArray &line : body.split('\n')) {
            QByteArray shown = line;
            if (shown.endsWith('\r'))
                shown.chop(1);
            m_transcript->addClientLine(shown, isEncrypted());
        }
    }
    write(dotStuffed);
    armReplyTimer();
}

void SmtpConnection::onReadyRead()
{
    if (isDone()) {
        m_socket->readAll(); // after the end nothing from the server is looked at
        return;
    }
    const QByteArray data = m_socket->readAll();
    requestQuickAck();
    const ReplyStream::Outcome outcome = m_stream.feed(data);
    if (outcome.fault != ReplyStream::Fault::None) {
        failOnStreamFault(outcome);
        return;
    }
    if (outcome.replies.isEmpty())
        return;
    if (m_stream.repliesOwed() > 0)
        armReplyTimer(); // pipelined: the next owed reply gets its own full deadline
    else
        m_replyTimer.stop();
    const QPointer<SmtpConnection> self(this);
    for (const Reply &reply : outcome.replies) {
        if (m_transcript)
            // Failures get their meaning from the reference catalog; a 2xx/3xx says little more
            // than "fine", and the happy path then never loads the catalog.
            m_transcript->addReply(reply, isEncrypted(), reply.code() >= 400 ? replyMeaning(reply) : QString());
        Q_EMIT replyReceived(reply);
        if (!self || isDone())
            return;
    }
}

void SmtpConnection::failOnStreamFault(const ReplyStream::Outcome &outcome)
{
    // What was owed and arrived before the fault is shown, never acted on.
    if (m_transcript) {
        for (const Reply &reply : outcome.seenBeforeFault)
            m_transcript->addReply(reply, isEncrypted());
        if (outcome.unsolicited)
            m_transcript->addReply(*outcome.unsolicited, isEncrypted());
    }
    switch (outcome.fault) {
    case ReplyStream::Fault::ClosingAnnounced:
        // RFC 5321 s.3.8 allows a 421 at any time before the server closes.
        fail(ClientErrorKind::Rejected, tr("The server announced it is closing the connection (421)."),
             *outcome.unsolicited);
        return;
    case ReplyStream::Fault::UnsolicitedReply:
        fail(ClientErrorKind::ProtocolViolation,
             tr("The server sent a reply nobody asked for: \"%1\". It came in addition to the answer to "
                "the last command; taking it as the answer to the next one would pair every later reply "
                "with the wrong command (RFC 5321 s.4.2), so the session stops here.")
                 .arg(oneLine(*outcome.unsolicited)),
             *outcome.unsolicited);
        return;
    default:
        fail(ClientErrorKind::ProtocolViolation,
             tr("The server broke the reply format: %1").arg(m_stream.errorString()));
        return;
    }
}

bool SmtpConnection::startTls()
{
    if (m_stage != Stage::Talking)
        return false;
    const qsizetype extra = m_stream.unreadBytes() + m_socket->bytesAvailable();
    if (extra > 0) {
        fail(ClientErrorKind::PlaintextInjection,
             tr("After its 220 to STARTTLS the server sent %1 more byte(s) in clear text before the "
                "TLS handshake. A server must not do that; it is how a man in the middle injects "
                "commands or replies (RFC 3207 s.4.2). The probe stops and ignores them.")
                 .arg(extra));
        return false;
    }
    // A new stream begins: nothing from before TLS is kept (RFC 3207 s.4.2).
    m_stream.restartAfterTls();
    m_stage = Stage::StartTlsHandshake;
    armReplyTimer();
    m_socket->setPeerVerifyName(m_host);
    m_socket->startClientEncryption();
    return true;
}

void SmtpConnection::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    bool accepted = m_acceptAllCertificateErrors;
    if (!accepted && !m_acceptedErrors.isEmpty()) {
        accepted = true;
        for (const QSslError &error : errors)
            accepted = accepted && m_acceptedErrors.contains(error);
    }
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    if (accepted) {
        m_certificateAccepted = true;
        if (m_transcript) {
            m_transcript->addInfo(tr("Certificate problems accepted for this run only: %1")
                                      .arg(texts.join(QStringLiteral("; "))));
        }
        m_socket->ignoreSslErrors();
        return;
    }
    fail(ClientErrorKind::CertificateRejected,
         tr("The certificate failed verification: %1").arg(texts.join(QStringLiteral("; "))));
}

void SmtpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (isDone())
        return;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(ClientErrorKind::ConnectionRefused, tr("The connection was refused: nothing listens on that port, or a firewall rejects it."));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(ClientErrorKind::HostNotFound, tr("The host name could not be resolved: %1").arg(m_socket->errorString()));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        if (isHandshaking()) {
            fail(ClientErrorKind::TlsHandshakeFailed, tr("The server closed the connection during the TLS handshake."));
            return;
        }
        onDisconnected();
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(ClientErrorKind::TlsHandshakeFailed, tr("The TLS handshake failed: %1").arg(m_socket->errorString()));
        return;
    default:
        fail(ClientErrorKind::NetworkError, tr("Network error: %1").arg(m_socket->errorString()));
        return;
    }
}

void SmtpConnection::onDisconnected()
{
    if (m_stage == Stage::Failed)
        return;
    if (m_stage == Stage::Closing) {
        m_connectTimer.stop();
        m_replyTimer.stop();
        m_overallTimer.stop();
        Q_EMIT closed();
        return;
    }
    if (isHandshaking()) {
        fail(ClientErrorKind::TlsHandshakeFailed, tr("The server closed the connection during the TLS handshake."));
        return;
    }
    fail(ClientErrorKind::Disconnected,
         m_stream.parser().pendingBytes() > 0 ? tr("The server closed the connection in the middle of a reply.")
                                     : tr("The server closed the connection without a reply."));
}

void SmtpConnection::close()
{
    if (isDone())
        return;
    m_stage = Stage::Closing;
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_overallTimer.stop();
        QTimer::singleShot(0, this, &SmtpConnection::closed);
    }
    // Otherwise disconnected() follows; the overall deadline still bounds a peer that lingers.
}

void SmtpConnection::fail(ClientErrorKind kind, const QString &message, const Reply &reply)
{
    if (m_stage == Stage::Failed)
        return;
    m_stage = Stage::Failed;
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_overallTimer.stop();
    if (m_transcript)
        m_transcript->addError(message, isEncrypted());
    m_socket->abort();
    ClientError error;
    error.kind = kind;
    error.message = message;
    error.reply = reply;
    Q_EMIT failed(error);
}

} // namespace SmtpTutor
