#include "tlshandshake.h"

#include "client/capabilities.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace SmtpTutor {

TlsHandshake::TlsHandshake(const TlsHandshakeRequest &request, QObject *parent)
    : QObject(parent), m_request(request)
{
}

QString TlsHandshake::protocolName(QSsl::SslProtocol protocol)
{
    return tlsProtocolName(protocol);
}

void TlsHandshake::start()
{
    if (m_step != Step::Idle)
        return;
    // No transcript: a handshake of the audit is one of dozens and only its outcome matters.
    m_connection = new SmtpConnection(nullptr, this);
    m_connection->setTimeouts(m_request.timeouts);
    m_connection->setSslConfiguration(m_request.configuration);
    // Verification still runs and its findings are kept (certificateErrors()); they do not
    // stop the handshake, because the certificate check judges them, not the version tests.
    m_connection->setAcceptedCertificateErrors(true);
    QSslSocket *socket = m_connection->socket();
    connect(socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType, const QString &description) {
                if (level == QSsl::AlertLevel::Fatal) {
                    m_serverAlerted = true;
                    m_alertText = description;
                }
            });
    connect(socket, &QSslSocket::alertSent, this,
            [this](QSsl::AlertLevel, QSsl::AlertType type, const QString &description) {
                // Our library answers a ServerHello of a version it did not offer with this
                // alert (RFC 8446 s.4.1.3): the server does not do the version we offered.
                if (type == QSsl::AlertType::ProtocolVersion) {
                    m_otherVersionOffered = true;
                    m_alertText = description;
                }
            });
    // Whether it happened in the handshake is decided in onFailed(), which the connection
    // reaches first (it connected to the socket before us).
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            m_closedInHandshake = true;
    });
    connect(m_connection, &SmtpConnection::replyReceived, this, &TlsHandshake::onReply);
    connect(m_connection, &SmtpConnection::encrypted, this, &TlsHandshake::onEncrypted);
    connect(m_connection, &SmtpConnection::failed, this, &TlsHandshake::onFailed);
    connect(m_connection, &SmtpConnection::closed, this, &TlsHandshake::finish);
    m_step = m_request.implicitTls ? Step::Handshake : Step::Greeting;
    m_connection->connectToHost(m_request.host, m_request.port, m_request.implicitTls);
}

void TlsHandshake::cancel()
{
    if (m_done)
        return;
    if (m_connection && m_step != Step::Done) {
        m_connection->fail(ClientErrorKind::Cancelled, tr("Cancelled."));
        return;
    }
    m_result.detail = tr("Cancelled before it started.");
    m_step = Step::Done;
    QTimer::singleShot(0, this, &TlsHandshake::finish);
}

void TlsHandshake::onReply(const Reply &reply)
{
    switch (m_step) {
    case Step::Greeting:
        if (reply.code() != 220) {
            giveUp(tr("The server greeted with %1 instead of 220.").arg(reply.code()));
            return;
        }
        m_step = Step::Ehlo;
        if (m_connection->sendCommand("EHLO " + m_request.ehloName.toUtf8()) != SmtpConnection::SendResult::Sent)
            giveUp(tr("EHLO could not be sent."));
        return;
    case Step::Ehlo:
        if (reply.code() != 250 || !Capabilities::fromEhloReply(reply).offersStartTls()) {
            giveUp(tr("The server does not offer STARTTLS."), true);
            return;
        }
        m_step = Step::StartTls;
        if (m_connection->sendStartTls() != SmtpConnection::SendResult::Sent)
            giveUp(tr("STARTTLS could not be sent."));
        return;
    case Step::StartTls:
        if (reply.code() != 220) {
            giveUp(tr("The server answered STARTTLS with %1 (RFC 3207 s.4).").arg(reply.code()), true);
            return;
        }
        m_step = Step::Handshake;
        m_connection->startTls(); // on bytes injected before the handshake it fails on its own
        return;
    default:
        return; // the greeting inside implicit TLS, or a late reply while closing: not needed
    }
}

void TlsHandshake::onEncrypted()
{
    if (m_step != Step::Handshake)
        return;
    const QSslSocket &socket = *m_connection->socket();
    m_result.outcome = TlsHandshakeResult::Outcome::Completed;
    m_result.protocol = protocolName(socket.sessionProtocol());
    m_result.cipher = socket.sessionCipher().name();
    m_result.chain = socket.peerCertificateChain();
    m_result.certificateErrors = m_connection->certificateErrors();
    m_result.tls = TlsReport::fromSocket(socket, m_request.host, m_result.certificateErrors,
                                         m_connection->certificateErrorsAccepted());
    m_result.tls.protocol = m_result.protocol; // the session's version, not the suite's oldest one
    // The end: close_notify and FIN. The server sees a client that changed its mind; nothing
    // else is sent inside TLS.
    m_step = Step::Closing;
    m_connection->close();
}

void TlsHandshake::onFailed(const ClientError &error)
{
    const Step step = m_step;
    m_step = Step::Done;
    if (step == Step::Closing) {
        // The session had completed; only the goodbye went wrong.
        QTimer::singleShot(0, this, &TlsHandshake::finish);
        return;
    }
    if (m_result.detail.isEmpty())
        m_result.detail = error.message;
    // Decided one event-loop pass later: the socket reports a hang-up to us after it has
    // reported it to the connection (which fails first).
    QTimer::singleShot(0, this, [this, step] {
        const bool refused = step == Step::Handshake
            && (m_serverAlerted || m_otherVersionOffered || m_closedInHandshake);
        if (refused) {
            m_result.outcome = TlsHandshakeResult::Outcome::Refused;
            if (m_serverAlerted)
                m_result.detail = tr("The server ended the handshake with the alert \"%1\".").arg(m_alertText);
            else if (m_otherVersionOffered)
                m_result.detail = tr("The server answered with a TLS version that was not offered.");
            else
                m_result.detail = tr("The server closed the connection during the handshake.");
        }
        finish();
    });
}

void TlsHandshake::giveUp(const QString &detail, bool tlsNotOffered)
{
    m_result.detail = detail;
    m_result.tlsNotOffered = tlsNotOffered;
    // Not a failure of the server's TLS: ask to leave the way RFC 5321 s.4.1.1.10 says.
    if (m_connection->sendCommand("QUIT") == SmtpConnection::SendResult::Sent) {
        m_step = Step::Closing;
        m_connection->close();
        return;
    }
    m_connection->fail(ClientErrorKind::Cancelled, detail);
}

void TlsHandshake::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_step = Step::Done;
    if (m_connection)
        m_connection->deleteLater();
    Q_EMIT finished();
}

} // namespace SmtpTutor
