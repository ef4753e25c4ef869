#include "certificatedetails.h"

#include <QSslKey>
#include <QSslSocket>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace SmtpTutor {

namespace {
X509 *x509Of(const QSslCertificate &certificate)
{
    if (certificate.isNull() || QSslSocket::activeBackend() != QLatin1String("openssl"))
        return nullptr;
    return static_cast<X509 *>(certificate.handle());
}

QString keyAlgorithmName(int baseId)
{
    switch (baseId) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS: return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC: return QStringLiteral("EC");
    case EVP_PKEY_DSA: return QStringLiteral("DSA");
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448: return QStringLiteral("Ed448");
    default: return QString::fromLatin1(OBJ_nid2sn(baseId));
    }
}
} // namespace

CertificateDetails certificateDetails(const QSslCertificate &certificate)
{
    CertificateDetails details;
    X509 *x509 = x509Of(certificate);
    if (!x509)
        return details;
    details.known = true;
    if (EVP_PKEY *key = X509_get0_pubkey(x509)) {
        details.keyAlgorithm = keyAlgorithmName(EVP_PKEY_get_base_id(key));
        details.keyBits = EVP_PKEY_get_bits(key);
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC
            && EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1)
            details.curve = QString::fromLatin1(group, qsizetype(length));
    }
    const int signatureNid = X509_get_signature_nid(x509);
    details.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(signatureNid));
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid) && digestNid != NID_undef)
        details.signatureHash = QString::fromLatin1(OBJ_nid2sn(digestNid)).toUpper();
    return details;
}

bool isIssuedBy(const QSslCertificate &subject, const QSslCertificate &issuer)
{
    X509 *child = x509Of(subject);
    X509 *parent = x509Of(issuer);
    if (!child || !parent)
        return subject.issuerDisplayName() == issuer.subjectDisplayName(); // the names at least
    if (X509_check_issued(parent, child) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(parent);
    return key && X509_verify(child, key) == 1;
}

bool chainInOrder(const QList<QSslCertificate> &chain)
{
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        if (!isIssuedBy(chain.at(i), chain.at(i + 1)))
            return false;
    }
    return true;
}

} // namespace SmtpTutor
