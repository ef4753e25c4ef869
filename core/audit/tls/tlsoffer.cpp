#include "tlsoffer.h"

#include <QSslSocket>
#include <QSysInfo>

#include <openssl/objects.h>
#include <openssl/ssl.h>

namespace SmtpTutor {

const QList<TlsVersion> &allTlsVersions()
{
    static const QList<TlsVersion> versions{TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2,
                                            TlsVersion::Tls1_3};
    return versions;
}

QString tlsVersionName(TlsVersion version)
{
    static const char *const names[] = {"TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"};
    return QString::fromLatin1(names[int(version)]);
}

QString tlsVersionId(TlsVersion version)
{
    static const char *const ids[] = {"tls1_0", "tls1_1", "tls1_2", "tls1_3"};
    return QString::fromLatin1(ids[int(version)]);
}

QString tlsVersionLabel(TlsVersion version)
{
    static const char *const labels[] = {"TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3"};
    return QString::fromLatin1(labels[int(version)]);
}

static QSsl::SslProtocol sslProtocol(TlsVersion version)
{
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
    // Qt 6.3 deprecated the old versions for applications that use TLS; an audit must offer
    // them on purpose, to find the servers that still accept them.
    switch (version) {
    case TlsVersion::Tls1_0: return QSsl::TlsV1_0;
    case TlsVersion::Tls1_1: return QSsl::TlsV1_1;
    case TlsVersion::Tls1_2: return QSsl::TlsV1_2;
    case TlsVersion::Tls1_3: return QSsl::TlsV1_3;
    }
    return QSsl::UnknownProtocol;
QT_WARNING_POP
}

bool localLibraryOffers(TlsVersion version)
{
    return QSslSocket::isProtocolSupported(sslProtocol(version));
}

QSslConfiguration offerConfiguration(TlsVersion version, const QStringList &suites)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(sslProtocol(version));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    // Qt 6.4 passes these to OpenSSL's SSL_CONF_cmd after its own settings; setCiphers()
    // alone cannot lower the security level, and it knows no TLS 1.3 suites at all.
    if (version == TlsVersion::Tls1_3) {
        if (!suites.isEmpty())
            configuration.setBackendConfigurationOption("Ciphersuites", suites.join(QLatin1Char(':')));
    } else {
        const QString list = suites.isEmpty() ? QStringLiteral("ALL") : suites.join(QLatin1Char(':'));
        configuration.setBackendConfigurationOption("CipherString", list + QStringLiteral(":@SECLEVEL=0"));
    }
    return configuration;
}

TlsHandshakeRequest handshakeRequest(const HostCheckContext &context, const QSslConfiguration &configuration)
{
    TlsHandshakeRequest request;
    request.host = context.host;
    request.port = context.port;
    request.implicitTls = context.implicitTls;
    request.ehloName = context.options.ehloName;
    if (request.ehloName.isEmpty())
        request.ehloName = QSysInfo::machineHostName();
    if (request.ehloName.isEmpty())
        request.ehloName = QStringLiteral("localhost");
    request.configuration = configuration;
    request.timeouts = context.options.timeouts;
    return request;
}

namespace {
bool needsSharedSecret(const SSL_CIPHER *cipher)
{
    const int kx = SSL_CIPHER_get_kx_nid(cipher);
    const int auth = SSL_CIPHER_get_auth_nid(cipher);
    return kx == NID_kx_psk || kx == NID_kx_ecdhe_psk || kx == NID_kx_dhe_psk || kx == NID_kx_rsa_psk
        || kx == NID_kx_srp || auth == NID_auth_psk || auth == NID_auth_srp;
}

QList<CipherCandidate> readLocalCipherSuites()
{
    QList<CipherCandidate> candidates;
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (!context)
        return candidates;
    SSL_CTX_set_security_level(context, 0);
    // ALL leaves out the suites without encryption; COMPLEMENTOFALL adds them back, so a
    // server that accepts a NULL suite is found out.
    SSL_CTX_set_cipher_list(context, "ALL:COMPLEMENTOFALL");
    SSL_CTX_set_ciphersuites(context, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                                      "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256");
    const STACK_OF(SSL_CIPHER) *list = SSL_CTX_get_ciphers(context);
    for (int i = 0; list && i < sk_SSL_CIPHER_num(list); ++i) {
        const SSL_CIPHER *cipher = sk_SSL_CIPHER_value(list, i);
        if (needsSharedSecret(cipher))
            continue;
        const QByteArray oldest = SSL_CIPHER_get_version(cipher);
        const TlsVersion minimum = oldest == "TLSv1.3" ? TlsVersion::Tls1_3
            : oldest == "TLSv1.2"                      ? TlsVersion::Tls1_2
                                                       : TlsVersion::Tls1_0;
        candidates.append({QString::fromLatin1(SSL_CIPHER_get_name(cipher)), minimum});
    }
    SSL_CTX_free(context);
    return candidates;
}
} // namespace

const QList<CipherCandidate> &localCipherSuites()
{
    static const QList<CipherCandidate> candidates = readLocalCipherSuites();
    return candidates;
}

QStringList cipherSuitesFor(TlsVersion version)
{
    QStringList names;
    for (const CipherCandidate &candidate : localCipherSuites()) {
        const bool usable = version == TlsVersion::Tls1_3 ? candidate.minimum == TlsVersion::Tls1_3
                                                          : candidate.minimum != TlsVersion::Tls1_3
                                                                && int(candidate.minimum) <= int(version);
        if (usable)
            names.append(candidate.name);
    }
    return names;
}

} // namespace SmtpTutor
