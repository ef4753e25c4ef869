#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace SmtpTutor {

// What Qt 6.4's QSslCertificate does not tell: the signature algorithm, the curve of an EC
// key, and whether one certificate signed another. Read from the OpenSSL X509 behind
// QSslCertificate::handle(), which is what the handle is when Qt's TLS backend is "openssl"
// (the only backend on Linux). With another backend the fields stay empty and `known` is false.
struct CertificateDetails
{
    bool known = false;
    QString keyAlgorithm;       // "RSA", "EC", "DSA", "Ed25519", ...
    int keyBits = 0;
    QString curve;              // "prime256v1" for EC keys
    QString signatureAlgorithm; // "sha256WithRSAEncryption"
    QString signatureHash;      // "SHA256", "SHA1", "MD5"; "" for Ed25519 (no separate hash)
};

CertificateDetails certificateDetails(const QSslCertificate &certificate);

// True when `issuer` names and signed `subject` (the name, the key identifier and the
// signature itself are checked).
bool isIssuedBy(const QSslCertificate &subject, const QSslCertificate &issuer);

// RFC 5246 s.7.4.2 (and RFC 8446 s.4.4.2 as a SHOULD): the sender's certificate comes first
// and each following one certifies the one before it. A chain of one is in order.
bool chainInOrder(const QList<QSslCertificate> &chain);

} // namespace SmtpTutor
