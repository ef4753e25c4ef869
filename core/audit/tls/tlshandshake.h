#pragma once

#include "client/certificatereport.h"
#include "client/clienterror.h"
#include "client/smtpconnection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace SmtpTutor {

// Where and how to shake hands once.
struct TlsHandshakeRequest
{
    QString host;        // as the user typed it: the certificate is checked against this name
    quint16 port = 25;
    bool implicitTls = false; // TLS from the first byte (RFC 8314 s.3), else STARTTLS (RFC 3207)
    QString ehloName;
    QSslConfiguration configuration; // the versions and suites to offer, the CAs to trust
    SmtpConnection::Timeouts timeouts;
};

// How one handshake ended.
struct TlsHandshakeResult
{
    enum class Outcome {
        Completed, // the handshake finished: protocol, cipher and chain are known
        Refused,   // the server said no to what was offered (an alert, another version, or a hang-up mid-handshake)
        Failed,    // anything else: no connection, no STARTTLS, a local limit, a timeout; says nothing about TLS
    };
    Outcome outcome = Outcome::Failed;
    bool tlsNotOffered = false; // Failed because the EHLO reply has no STARTTLS, or STARTTLS was refused
    QString protocol;           // "TLSv1.2" (the session's version, not the suite's)
    QString cipher;             // OpenSSL's name of the suite, "ECDHE-RSA-AES128-GCM-SHA256"
    QList<QSslCertificate> chain;           // as the server sent it, leaf first
    QList<QSslError> certificateErrors;     // what verification found (never a reason to stop here)
    TlsReport tls;              // the probe's view of the session (Completed only)
    QString detail;             // one sentence: why it was refused or failed
};

// One connection up to and through a TLS handshake, then a polite end: TCP connect, greeting,
// EHLO, STARTTLS and the handshake (or the handshake first, on implicit TLS). Every read is
// bounded and every step has a deadline (SmtpConnection). Certificate problems are recorded and
// accepted, so that a version or a suite can be tested on a server whatever its certificate.
// finished() comes once, after the connection has ended.
class TlsHandshake : public QObject
{
    Q_OBJECT
public:
    explicit TlsHandshake(const TlsHandshakeRequest &request, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    const TlsHandshakeResult &result() const { return m_result; }

    // The version name the audit's report uses ("TLSv1.0" ... "TLSv1.3"; "" when unknown).
    static QString protocolName(QSsl::SslProtocol protocol);

Q_SIGNALS:
    void finished();

private:
    enum class Step { Idle, Greeting, Ehlo, StartTls, Handshake, Closing, Done };

    void onReply(const Reply &reply);
    void onEncrypted();
    void onFailed(const ClientError &error);
    void giveUp(const QString &detail, bool tlsNotOffered = false);
    void finish();

    TlsHandshakeRequest m_request;
    QPointer<SmtpConnection> m_connection;
    TlsHandshakeResult m_result;
    Step m_step = Step::Idle;
    // What the TLS layer saw before a failure: these decide "refused" against "failed".
    bool m_serverAlerted = false;        // a fatal alert from the server (RFC 8446 s.6.2)
    bool m_otherVersionOffered = false;  // we sent protocol_version: the server picked another version
    bool m_closedInHandshake = false;    // the server hung up (counts only if the handshake was under way)
    QString m_alertText;
    bool m_done = false;
};

} // namespace SmtpTutor
