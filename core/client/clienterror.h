#pragma once

#include "protocol/reply.h"

#include <QMetaType>
#include <QString>

namespace SmtpTutor {

// The steps of a probe, in the order they happen. A failure is reported with the step it
// happened in; the CLI maps each step to its own exit status.
enum class ProbeStage {
    Connect,  // TCP connection (and the TLS handshake of implicit TLS on 465)
    Greeting, // the 220 banner (RFC 5321 s.4.3.1)
    Ehlo,     // EHLO, or HELO as a fallback (s.4.1.1.1)
    StartTls, // the STARTTLS command and its reply (RFC 3207)
    Tls,      // the TLS handshake and the certificate check
    Auth,     // AUTH (RFC 4954)
    Mail,     // MAIL FROM
    Rcpt,     // RCPT TO, one or more
    Data,     // DATA, the message and its final dot
    Quit,     // RSET / QUIT at the end
    Done,
};

QString stageName(ProbeStage stage); // "connect", "greeting", "ehlo", ...

// What kind of thing went wrong. Timeouts and protocol violations are kinds of their own
// because they say something about the server whatever the step.
enum class ClientErrorKind {
    None,
    HostNotFound,
    ConnectionRefused,
    NetworkError,
    ConnectTimeout,
    ReplyTimeout,
    OverallTimeout,
    Disconnected,          // the server closed the connection before it answered
    ProtocolViolation,     // a reply the bounded parser refused (length, code, lines, ...)
    PlaintextInjection,    // bytes after the 220 to STARTTLS (RFC 3207 s.4.2)
    Rejected,              // the server answered with a 4xx/5xx where success was needed
    StartTlsNotOffered,    // TLS was asked for but the EHLO list has no STARTTLS
    StartTlsRefused,       // 454 (or another failure) to STARTTLS
    CredentialsWithheld,   // credentials and no TLS: not sent (stripping risk)
    TlsHandshakeFailed,
    CertificateRejected,   // verification failed and the user did not accept it
    AuthMechanismUnavailable,
    AuthChallengeLoop,     // more 334 challenges than the mechanism has steps
    Cancelled,
    UnsafeCommand,         // a value with CR/LF/NUL reached a command: refused, nothing written
};

QString errorKindName(ClientErrorKind kind); // "connection-refused", ...

struct ClientError
{
    ClientErrorKind kind = ClientErrorKind::None;
    ProbeStage stage = ProbeStage::Connect;
    QString message; // one sentence, plain words
    Reply reply;     // the reply that caused it, when there is one

    bool isError() const { return kind != ClientErrorKind::None; }
    // Timeouts and protocol violations count on their own; otherwise the step counts.
    bool isTimeout() const;
    bool isProtocolViolation() const;
};

} // namespace SmtpTutor

Q_DECLARE_METATYPE(SmtpTutor::ClientError)
