#include "clienterror.h"

namespace SmtpTutor {

QString stageName(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::Connect: return QStringLiteral("connect");
    case ProbeStage::Greeting: return QStringLiteral("greeting");
    case ProbeStage::Ehlo: return QStringLiteral("ehlo");
    case ProbeStage::StartTls: return QStringLiteral("starttls");
    case ProbeStage::Tls: return QStringLiteral("tls");
    case ProbeStage::Auth: return QStringLiteral("auth");
    case ProbeStage::Mail: return QStringLiteral("mail");
    case ProbeStage::Rcpt: return QStringLiteral("rcpt");
    case ProbeStage::Data: return QStringLiteral("data");
    case ProbeStage::Quit: return QStringLiteral("quit");
    case ProbeStage::Done: return QStringLiteral("done");
    }
    return {};
}

QString errorKindName(ClientErrorKind kind)
{
    switch (kind) {
    case ClientErrorKind::None: return QStringLiteral("none");
    case ClientErrorKind::HostNotFound: return QStringLiteral("host-not-found");
    case ClientErrorKind::ConnectionRefused: return QStringLiteral("connection-refused");
    case ClientErrorKind::NetworkError: return QStringLiteral("network-error");
    case ClientErrorKind::ConnectTimeout: return QStringLiteral("connect-timeout");
    case ClientErrorKind::ReplyTimeout: return QStringLiteral("reply-timeout");
    case ClientErrorKind::OverallTimeout: return QStringLiteral("overall-timeout");
    case ClientErrorKind::Disconnected: return QStringLiteral("disconnected");
    case ClientErrorKind::ProtocolViolation: return QStringLiteral("protocol-violation");
    case ClientErrorKind::PlaintextInjection: return QStringLiteral("plaintext-injection");
    case ClientErrorKind::Rejected: return QStringLiteral("rejected");
    case ClientErrorKind::StartTlsNotOffered: return QStringLiteral("starttls-not-offered");
    case ClientErrorKind::StartTlsRefused: return QStringLiteral("starttls-refused");
    case ClientErrorKind::CredentialsWithheld: return QStringLiteral("credentials-withheld");
    case ClientErrorKind::TlsHandshakeFailed: return QStringLiteral("tls-handshake-failed");
    case ClientErrorKind::CertificateRejected: return QStringLiteral("certificate-rejected");
    case ClientErrorKind::AuthMechanismUnavailable: return QStringLiteral("auth-mechanism-unavailable");
    case ClientErrorKind::AuthChallengeLoop: return QStringLiteral("auth-challenge-loop");
    case ClientErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ClientErrorKind::UnsafeCommand: return QStringLiteral("unsafe-command");
    }
    return {};
}

bool ClientError::isTimeout() const
{
    return kind == ClientErrorKind::ConnectTimeout || kind == ClientErrorKind::ReplyTimeout
        || kind == ClientErrorKind::OverallTimeout;
}

bool ClientError::isProtocolViolation() const
{
    return kind == ClientErrorKind::ProtocolViolation || kind == ClientErrorKind::PlaintextInjection
        || kind == ClientErrorKind::AuthChallengeLoop;
}

} // namespace SmtpTutor
