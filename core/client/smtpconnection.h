#pragma once

#include "clienterror.h"
#include "replystream.h"
#include "session/transcript.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

namespace SmtpTutor {

// One SMTP connection to a real server over QSslSocket, on the event loop (no threads, no
// waitFor*). It owns the bytes: every reply goes through the bounded ReplyParser, every line each
// way lands in the Transcript, and three deadlines guard it. It does not decide what to send:
// that is Probe's job. After failed() it is dead; nothing more is written to the socket.
class SmtpConnection : public QObject
{
    Q_OBJECT
public:
    struct Timeouts
    {
        int connectMs = 15000; // TCP connect (and name lookup)
        int replyMs = 30000;   // from a command (or the connect) to its complete reply; also the TLS handshake
        int overallMs = 120000; // the whole session, whatever the server does (a drip feed ends here)
    };

    explicit SmtpConnection(Transcript *transcript, QObject *parent = nullptr);
    ~SmtpConnection() override;

    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    const Timeouts &timeouts() const { return m_timeouts; }
    void setParserLimits(const ReplyParser::Limits &limits) { m_stream = ReplyStream(limits); }
    void setSslConfiguration(const QSslConfiguration &configuration);
    // Certificate errors accepted for this run only: all of them (--insecure) or these exact
    // ones (the user said yes to them). Anything else stops the run before a byte is sent.
    void setAcceptedCertificateErrors(bool acceptAll, const QList<QSslError> &errors = {});

    // implicitTls: TLS from the first byte (port 465, RFC 8314 s.3). The certificate is
    // checked against host, exactly as the user typed it.
    void connectToHost(const QString &host, quint16 port, bool implicitTls);

    enum class SendResult {
        Sent,
        // The line holds CR, LF or NUL: it would be two commands on the wire (command
        // injection, RFC 5321 s.2.3.8). Nothing was written; the connection is unchanged.
        RefusedUnsafeLine,
        // The server had already sent bytes nobody asked for; the connection failed with
        // ProtocolViolation (failed() fired) and nothing was written.
        RefusedUnsolicitedBytes,
        NotOpen, // the connection has failed or is closing
    };

    // A command line without CRLF; secrecy masks it in the transcript. Arms the reply deadline.
    [[nodiscard]] SendResult sendCommand(const QByteArray &line, Secrecy secrecy = Secrecy::None);
    // STARTTLS (RFC 3207 s.4): whatever follows its reply is held back unparsed for startTls().
    [[nodiscard]] SendResult sendStartTls();
    // The message after a 354, already dot-stuffed and ending in CRLF.CRLF.
    void sendMessage(const QByteArray &dotStuffed);
    // After the 220 to STARTTLS. Fails with PlaintextInjection (and returns false) when any
    // byte beyond that reply has been received: RFC 3207 s.4.2 says to discard it, and the
    // "NO STARTTLS" study (2021) shows clients that parse it get fooled. We refuse to go on.
    bool startTls();
    // True when the line could go onto the wire as one command: no CR, LF or NUL.
    static bool isSafeCommandLine(QByteArrayView line);
    // Ends the connection politely (TLS close_notify, then FIN). Emits closed().
    void close();
    // Ends it at once with an error (used by Probe for protocol errors it detects).
    void fail(ClientErrorKind kind, const QString &message, const Reply &reply = {});

    bool isEncrypted() const { return m_socket && m_socket->isEncrypted(); }
    bool hasFailed() const { return m_stage == Stage::Failed; }
    QString host() const { return m_host; }
    QSslSocket *socket() const { return m_socket; }
    // What verification found during the handshake, and whether the run accepted it.
    const QList<QSslError> &certificateErrors() const { return m_sslErrors; }
    bool certificateErrorsAccepted() const { return m_certificateAccepted; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    void connected();  // ready for the greeting: TCP up (plain) or TLS up (implicit)
    void encrypted();  // a TLS handshake finished (implicit or after STARTTLS)
    void replyReceived(const SmtpTutor::Reply &reply);
    void failed(const SmtpTutor::ClientError &error);
    void closed();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void armReplyTimer();
    SendResult expectReply(bool holdAfterReply);
    void failOnStreamFault(const ReplyStream::Outcome &outcome);
    void write(const QByteArray &bytes);
    void requestQuickAck();

    QPointer<Transcript> m_transcript;
    QSslSocket *m_socket = nullptr;
    ReplyStream m_stream;
    Timeouts m_timeouts;
    QTimer m_connectTimer;
    QTimer m_replyTimer;
    QTimer m_overallTimer;
    QElapsedTimer m_clock;
    QString m_host;
    bool m_implicitTls = false;
    // Where the connection stands. One value instead of four flags (handshaking, greeting
    // expected, closing, failed), so that no impossible combination can be represented.
    enum class Stage {
        NotStarted,
        Connecting,
        ImplicitHandshake, // TLS from the first byte (RFC 8314 s.3); the greeting comes after it
        Talking,           // commands and replies
        StartTlsHandshake, // after the 220 to STARTTLS (RFC 3207 s.4)
        Closing,           // QUIT answered, or given up politely: waiting for the peer to close
        Failed,            // terminal: failed() was emitted, or the object is being destroyed
    };
    Stage m_stage = Stage::NotStarted;
    bool isHandshaking() const { return m_stage == Stage::ImplicitHandshake || m_stage == Stage::StartTlsHandshake; }
    bool isDone() const { return m_stage == Stage::Failed || m_stage == Stage::Closing; }
    bool m_acceptAllCertificateErrors = false;
    QList<QSslError> m_acceptedErrors;
    QList<QSslError> m_sslErrors;
    bool m_certificateAccepted = false;
};

} // namespace SmtpTutor
