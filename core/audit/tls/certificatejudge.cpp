#include "certificatejudge.h"

#include "certificatedetails.h"
#include "certificatevalidity.h"
#include "cipherclass.h"

#include <QObject>

namespace SmtpTutor {

CertificateFindings inspectCertificate(const TlsHandshakeResult &result, const QDateTime &now)
{
    CertificateFindings findings;
    if (result.outcome != TlsHandshakeResult::Outcome::Completed || result.chain.isEmpty())
        return findings;
    findings.seen = true;
    findings.tls = result.tls;
    findings.tls.acceptedByUser = false; // the audit looked past the errors; nobody accepted them
    const QSslCertificate &leaf = result.chain.first();
    const CertificateDetails details = certificateDetails(leaf);
    findings.keyAlgorithm = details.keyAlgorithm;
    findings.keyBits = details.keyBits;
    findings.curve = details.curve;
    findings.signatureAlgorithm = details.signatureAlgorithm;
    findings.daysLeft = int(now.daysTo(leaf.expiryDate()));
    if (now > leaf.expiryDate() && findings.daysLeft == 0)
        findings.daysLeft = -1; // expired today: less than a day ago is still "expired"
    findings.chainInOrder = chainInOrder(result.chain);
    findings.chainComplete = true;
    findings.nameMatches = true;
    for (const QSslError &error : result.certificateErrors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            findings.nameMatches = false;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            break; // dates are cert.expiry's business
        default:
            findings.chainComplete = false; // untrusted, self-signed, an issuer missing ...
            break;
        }
    }
    return findings;
}

namespace {

AuditCheck row(const QString &id, const QString &rule, const QString &source)
{
    AuditCheck check;
    check.id = id;
    check.rule = rule;
    check.source = source;
    return check;
}

AuditCheck keyRow(const CertificateFindings &f)
{
    AuditCheck check = row(QStringLiteral("cert.key"),
                           QObject::tr("RSA keys of 3072 bits or more and EC keys on P-256 or stronger curves are good; "
                                       "RSA of 2048 bits is sufficient; anything weaker is insufficient."),
                           ncscTlsSource());
    const bool ec = f.keyAlgorithm == u"EC";
    const bool edwards = f.keyAlgorithm == u"Ed25519" || f.keyAlgorithm == u"Ed448";
    const bool rsa = f.keyAlgorithm.startsWith(u"RSA");
    check.detail = ec ? QObject::tr("EC key on %1 (%2 bits)").arg(f.curve).arg(f.keyBits)
                      : QObject::tr("%1 key of %2 bits").arg(f.keyAlgorithm).arg(f.keyBits);
    if ((rsa && f.keyBits >= 3072) || (ec && f.keyBits >= 256) || edwards) {
        check.status = CheckStatus::Pass;
        check.title = QObject::tr("The certificate's key is strong");
        check.explanation = QObject::tr("Breaking a key of this size is out of reach for years to come.");
    } else if (rsa && f.keyBits >= 2048) {
        check.status = CheckStatus::Warn;
        check.title = QObject::tr("The certificate's RSA key has only %1 bits").arg(f.keyBits);
        check.explanation = QObject::tr("2048 bits is enough today, but the guideline asks for 3072 bits for "
                                        "keys that must last.");
        check.todo = QObject::tr("At the next renewal, make a 3072-bit RSA key or an EC key on P-256.");
    } else {
        check.status = CheckStatus::Fail;
        check.cap = Grade::C;
        check.title = QObject::tr("The certificate's key is too weak");
        check.explanation = QObject::tr("A key of this kind or size can be broken with resources within reach, "
                                        "and then anyone can pose as this server.");
        check.todo = QObject::tr("Replace the certificate with one on a 3072-bit RSA key or an EC key on P-256.");
    }
    return check;
}

AuditCheck signatureRow(const CertificateFindings &f)
{
    AuditCheck check = row(QStringLiteral("cert.signature"),
                           QObject::tr("A certificate signed with SHA-1 or MD5 is insufficient."), ncscTlsSource());
    check.detail = f.signatureAlgorithm.isEmpty() ? QObject::tr("not readable with this TLS library")
                                                  : f.signatureAlgorithm;
    const QString lower = f.signatureAlgorithm.toLower();
    if (f.signatureAlgorithm.isEmpty()) {
        check.status = CheckStatus::Error;
        check.title = QObject::tr("The signature algorithm could not be read");
        check.explanation = QObject::tr("Qt does not tell it, and this computer's TLS backend is not OpenSSL.");
    } else if (lower.contains(u"sha1") || lower.contains(u"md5") || lower.contains(u"md2")) {
        check.status = CheckStatus::Fail;
        check.cap = Grade::C;
        check.title = QObject::tr("The certificate is signed with a broken hash");
        check.explanation = QObject::tr("Collisions in MD5 and SHA-1 have been made in practice: a forger can "
                                        "get a signature that also fits a certificate of their own.");
        check.todo = QObject::tr("Ask the issuer for a certificate signed with SHA-256 or better.");
    } else {
        check.status = CheckStatus::Pass;
        check.title = QObject::tr("The certificate's signature uses a sound hash");
        check.explanation = QObject::tr("No practical forgery is known for this signature algorithm.");
    }
    return check;
}

} // namespace

QList<AuditCheck> certificateRows(const CertificateFindings &findings, bool clientsVerify,
                                  const QString &whyNotSeen, bool tlsNotOffered)
{
    if (!findings.seen) {
        AuditCheck check = row(QStringLiteral("cert.chain"),
                               QObject::tr("The certificate can only be judged after a completed TLS handshake."),
                               QStringLiteral("RFC 5280 s.6"));
        check.status = tlsNotOffered ? CheckStatus::Info : CheckStatus::Error;
        check.title = QObject::tr("No certificate was seen");
        check.detail = whyNotSeen;
        check.explanation = tlsNotOffered ? QObject::tr("The server offers no TLS; the TLS availability row judges that.")
                                          : QObject::tr("The handshake did not complete, so there was nothing to judge.");
        return {check};
    }
    QList<AuditCheck> rows{keyRow(findings), signatureRow(findings)};
    rows.append(certificateValidityRows(findings, clientsVerify));
    return rows;
}

} // namespace SmtpTutor
