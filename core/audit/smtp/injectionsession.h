#pragma once

#include "client/replystream.h"
#include "client/smtpconnection.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>
#include <QTimer>

namespace SmtpTutor {

class Transcript;

// What one STARTTLS injection attempt saw.
struct InjectionObservation
{
    enum class Outcome {
        Failed,           // the attempt could not be completed (see error)
        NoStartTls,       // EHLO did not list STARTTLS: nothing to test
        StartTlsRefused,  // STARTTLS was answered with something other than 220
        AnsweredInClear,  // bytes followed the 220 before the handshake (the server read past STARTTLS)
        AnsweredInsideTls, // after the handshake a reply came although nothing was sent: vulnerable
        Silent,           // after the handshake nothing came within the wait: not vulnerable
    };
    Outcome outcome = Outcome::Failed;
    QString error;          // Failed: what went wrong, one sentence
    Reply startTlsReply;    // the reply to STARTTLS, when one came
    Reply evidence;         // AnsweredInsideTls: the reply nobody asked for (if it was complete)
    QByteArray unasked;     // the first bytes nobody asked for (clear or decrypted), for the detail
    qsizetype unaskedCount = 0;
    QString tlsProtocol;    // "TLSv1.3", once the handshake finished
    int listenedMs = 0;     // how long the session listened after the handshake
    bool closedAfterTls = false; // the server closed the connection while the session listened
};

// One connection that tests for STARTTLS command injection (CVE-2011-0411 and its relatives):
// greeting, EHLO, then "STARTTLS\r\nRSET\r\n" in ONE write so that both arrive in the same
// segment, then the TLS handshake, then a short wait. A server that kept the buffered RSET and
// answers it inside TLS is vulnerable. SmtpConnection refuses to write two commands at once (it
// is the probe's safety rule), so this small driver owns its QSslSocket; it still reads every
// byte through the bounded ReplyStream and has a deadline for every step. It never sends
// credentials. Emits finished() exactly once.
class InjectionSession : public QObject
{
    Q_OBJECT
public:
    InjectionSession(const QString &host, quint16 port, const QString &ehloName,
                     const SmtpConnection::Timeouts &timeouts, Transcript *transcript, QObject *parent = nullptr);
    ~InjectionSession() override;

    // How long to wait, after the handshake, for an answer to the buffered command. The answer
    // of a vulnerable server follows its side of the handshake at once; 2 s covers a slow link.
    void setListenMs(int ms) { m_listenMs = ms; }
    void setSslConfiguration(const QSslConfiguration &configuration);

    void start();
    void cancel(); // finished() still comes, once
    const InjectionObservation &observation() const { return m_observation; }

    // The harmless command that rides along with STARTTLS. testssl.sh (3.2) uses RSET as well:
    // it changes nothing on a server that has no transaction open.
    static QByteArray injectedCommand() { return QByteArrayLiteral("RSET"); }

Q_SIGNALS:
    void finished();

private:
    enum class Stage { Idle, Connecting, Greeting, Ehlo, StartTls, Settling, Handshake, Listening, Quit, Done };

    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onReply(const Reply &reply);
    void onStartTlsReply(const Reply &reply);
    void beginHandshake();
    void onListenTimeout();
    void onStepTimeout();
    void noteUnasked(QByteArrayView bytes);
    bool send(const QByteArray &line, bool holdAfterReply = false);
    void fail(const QString &message);
    void finish(InjectionObservation::Outcome outcome);
    void quitPolitely(InjectionObservation::Outcome outcome);

    QString m_host;
    quint16 m_port = 0;
    QString m_ehloName;
    SmtpConnection::Timeouts m_timeouts;
    QPointer<Transcript> m_transcript;
    QSslSocket *m_socket = nullptr;
    ReplyStream m_stream;
    Stage m_stage = Stage::Idle;
    InjectionObservation m_observation;
    InjectionObservation::Outcome m_after = InjectionObservation::Outcome::Failed; // decided, waiting for 221
    QTimer m_stepTimer;
    QTimer m_overallTimer;
    QTimer m_listenTimer;
    int m_listenMs = 2000;
};

} // namespace SmtpTutor
