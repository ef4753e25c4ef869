#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSsl>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslSocket;

namespace SmtpTutor {

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAlternativeNames; // "DNS:mail.example.com", "IP:192.0.2.1"
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // fingerprint, hex with colons
    bool selfSigned = false;
    QJsonObject toJson() const;
};

// What TLS gave: protocol, cipher, the chain and the verification verdict in plain words.
struct TlsReport
{
    bool used = false;
    QString protocol; // "TLSv1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    QString peerName; // the name the certificate was checked against
    bool verified = false;       // no verification error at all
    bool acceptedByUser = false; // errors, but accepted for this run (the CLI's --insecure, or a yes in the dialog)
    QStringList errors;          // Qt's error strings
    QList<QSslError::SslError> errorKinds; // the same errors, as kinds (which remedy fits)
    QStringList explanations;    // one plain sentence per error
    QList<CertificateInfo> chain;

    static TlsReport fromSocket(const QSslSocket &socket, const QString &peerName,
                                const QList<QSslError> &errors, bool accepted);
    // Only the verdict (the handshake was refused, so there is no session to read).
    static TlsReport fromRejectedHandshake(const QSslSocket &socket, const QString &peerName,
                                           const QList<QSslError> &errors);
    QString verdict() const; // "verified", or why not
    QJsonObject toJson() const;
};

// "TLSv1.0" ... "TLSv1.3" for a session's version; "" for anything else.
QString tlsProtocolName(QSsl::SslProtocol protocol);

CertificateInfo describeCertificate(const class QSslCertificate &certificate);
// Expired, wrong name, self-signed, untrusted chain ... said for a person.
QString explainCertificateError(const QSslError &error, const QString &peerName);

} // namespace SmtpTutor
