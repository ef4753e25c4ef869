#include "certificatereport.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslSocket>

namespace SmtpTutor {

namespace {
QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    const QStringList parts = issuer ? certificate.issuerDisplayName().split(QLatin1Char('\n'))
                                     : certificate.subjectDisplayName().split(QLatin1Char('\n'));
    QString cn = issuer ? certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))
                        : certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    QString org = issuer ? certificate.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", "))
                         : certificate.subjectInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
    QStringList out;
    if (!cn.isEmpty())
        out.append(QStringLiteral("CN=") + cn);
    if (!org.isEmpty())
        out.append(QStringLiteral("O=") + org);
    return out.isEmpty() ? parts.join(QStringLiteral(", ")) : out.join(QStringLiteral(", "));
}

QString fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}
} // namespace

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED // TLS 1.0 and 1.1 are deprecated in Qt; a report still names them
    switch (protocol) {
    case QSsl::TlsV1_0: return QStringLiteral("TLSv1.0");
    case QSsl::TlsV1_1: return QStringLiteral("TLSv1.1");
    case QSsl::TlsV1_2: return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLSv1.3");
    default: return QString();
    }
    QT_WARNING_POP
}

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = nameOf(certificate, false);
    info.issuer = nameOf(certificate, true);
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        const QString prefix = it.key() == QSsl::DnsEntry ? QStringLiteral("DNS:")
            : it.key() == QSsl::IpAddressEntry           ? QStringLiteral("IP:")
                                                         : QStringLiteral("EMAIL:");
        info.subjectAlternativeNames.append(prefix + it.value());
    }
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = fingerprint(certificate);
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("sans"), QJsonArray::fromStringList(subjectAlternativeNames)},
        {QStringLiteral("not_before"), isoDate(notBefore)},
        {QStringLiteral("not_after"), isoDate(notAfter)},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("self_signed"), selfSigned},
    };
}

QString explainCertificateError(const QSslError &error, const QString &peerName)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return QObject::tr("The certificate expired on %1: the server's operator must renew it.")
            .arg(isoDate(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return QObject::tr("The certificate only becomes valid on %1 (or this computer's clock is wrong).")
            .arg(isoDate(certificate.effectiveDate()));
    case QSslError::HostNameMismatch:
        return QObject::tr("The certificate is for other names (%1), not for \"%2\", the name you asked for. "
                           "Either the name is wrong or the server presents the wrong certificate.")
            .arg(describeCertificate(certificate).subjectAlternativeNames.join(QStringLiteral(", ")), peerName);
    case QSslError::SelfSignedCertificate:
        return QObject::tr("The certificate is self-signed: nobody you trust vouches for it. "
                           "Trust it only if you know it belongs to this server.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return QObject::tr("The chain does not lead to an authority this computer trusts "
                           "(a private CA, or the server leaves out an intermediate certificate).");
    case QSslError::CertificateRevoked:
        return QObject::tr("The certificate has been revoked by its issuer.");
    case QSslError::NoPeerCertificate:
        return QObject::tr("The server presented no certificate at all.");
    default:
        return error.errorString();
    }
}

TlsReport TlsReport::fromSocket(const QSslSocket &socket, const QString &peerName,
                                const QList<QSslError> &errors, bool accepted)
{
    TlsReport report = fromRejectedHandshake(socket, peerName, errors);
    report.used = true;
    // The session's version, not the suite's: QSslCipher::protocolString() names the oldest
    // version a suite belongs to ("TLSv1" for ECDHE-ECDSA-AES128-SHA even under TLS 1.2).
    report.protocol = tlsProtocolName(socket.sessionProtocol());
    report.cipher = socket.sessionCipher().name();
    report.acceptedByUser = accepted && !errors.isEmpty();
    return report;
}

TlsReport TlsReport::fromRejectedHandshake(const QSslSocket &socket, const QString &peerName,
                                           const QList<QSslError> &errors)
{
    TlsReport report;
    report.peerName = peerName;
    report.verified = errors.isEmpty();
    for (const QSslError &error : errors) {
        report.errors.append(error.errorString());
        report.errorKinds.append(error.error());
        report.explanations.append(explainCertificateError(error, peerName));
    }
    QList<QSslCertificate> chain = socket.peerCertificateChain();
    if (chain.isEmpty() && !errors.isEmpty() && !errors.first().certificate().isNull())
        chain.append(errors.first().certificate());
    for (const QSslCertificate &certificate : std::as_const(chain))
        report.chain.append(describeCertificate(certificate));
    return report;
}

QString TlsReport::verdict() const
{
    if (verified)
        return QObject::tr("The certificate is valid for %1 and chains to a trusted authority.").arg(peerName);
    QString text = explanations.join(QLatin1Char(' '));
    if (acceptedByUser)
        text += QObject::tr(" You accepted this for this run only.");
    return text;
}

QJsonObject TlsReport::toJson() const
{
    QJsonArray chainArray;
    for (const CertificateInfo &info : chain)
        chainArray.append(info.toJson());
    return QJsonObject{
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("cipher"), cipher},
        {QStringLiteral("peer_name"), peerName},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("accepted_by_user"), acceptedByUser},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("explanations"), QJsonArray::fromStringList(explanations)},
        {QStringLiteral("verdict"), verdict()},
        {QStringLiteral("chain"), chainArray},
    };
}

} // namespace SmtpTutor
