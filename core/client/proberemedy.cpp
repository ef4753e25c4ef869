#include "proberemedy.h"

#include "certificatereport.h"
#include "clienterror.h"
#include "probeoptions.h"

namespace SmtpTutor {

QString remedyName(ProbeRemedy remedy)
{
    switch (remedy) {
    case ProbeRemedy::SetEhloName: return QStringLiteral("set_ehlo_name");
    case ProbeRemedy::GiveCredentials: return QStringLiteral("give_credentials");
    case ProbeRemedy::UseStartTls: return QStringLiteral("use_starttls");
    case ProbeRemedy::UseImplicitTls: return QStringLiteral("use_implicit_tls");
    case ProbeRemedy::RaiseTimeout: return QStringLiteral("raise_timeout");
    case ProbeRemedy::TrustCertificate: return QStringLiteral("trust_certificate");
    case ProbeRemedy::AllowPlaintextAuth: return QStringLiteral("allow_plaintext_auth");
    case ProbeRemedy::ResolveMx: return QStringLiteral("resolve_mx");
    }
    return {};
}

namespace {

// A certificate nobody vouches for can be trusted on purpose; an expired one or one for another
// name cannot be fixed by the user, only by the server's operator.
bool untrustedButSound(const TlsReport &tls)
{
    static const QList<QSslError::SslError> trustable = { QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToGetIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted };
    if (tls.errorKinds.isEmpty())
        return false;
    for (QSslError::SslError kind : tls.errorKinds) {
        if (!trustable.contains(kind))
            return false;
    }
    return true;
}

} // namespace

QList<ProbeRemedy> remediesFor(const ClientError &error, const TlsReport &tls, const ProbeOptions &options)
{
    const int code = error.reply.code();
    switch (error.kind) {
    case ClientErrorKind::HostNotFound:
        return { ProbeRemedy::ResolveMx };
    case ClientErrorKind::ReplyTimeout:
        if (error.stage == ProbeStage::Greeting && !options.implicitTls())
            return { ProbeRemedy::UseImplicitTls, ProbeRemedy::RaiseTimeout };
        return { ProbeRemedy::RaiseTimeout };
    case ClientErrorKind::OverallTimeout:
        return { ProbeRemedy::RaiseTimeout };
    case ClientErrorKind::CredentialsWithheld:
        return { ProbeRemedy::UseStartTls, ProbeRemedy::UseImplicitTls, ProbeRemedy::AllowPlaintextAuth };
    case ClientErrorKind::CertificateRejected:
        if (untrustedButSound(tls))
            return { ProbeRemedy::TrustCertificate };
        return {};
    case ClientErrorKind::Rejected:
        if (error.stage == ProbeStage::Ehlo)
            return { ProbeRemedy::SetEhloName };
        // RFC 4954 s.6 / RFC 3207 s.4: 530 asks for a login or for TLS first.
        if (error.stage == ProbeStage::Mail && code == 530)
            return { ProbeRemedy::GiveCredentials, ProbeRemedy::UseStartTls };
        // Relay denied to a stranger: a login on the submission port lets the mail through.
        if (error.stage == ProbeStage::Rcpt && !options.wantsAuth() && error.reply.enhancedStatus()
            && error.reply.enhancedStatus()->toString() == QLatin1String("5.7.1"))
            return { ProbeRemedy::GiveCredentials };
        return {};
    default:
        return {};
    }
}

} // namespace SmtpTutor
