#include "saslclient.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace SmtpTutor {

QStringList SaslClient::supportedMechanisms()
{
    return {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"),
            QStringLiteral("XOAUTH2")};
}

std::optional<QString> SaslClient::choose(const QStringList &offered, bool tls)
{
    const QStringList order = tls
        ? QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}
        : QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    for (const QString &mechanism : order) {
        if (offered.contains(mechanism, Qt::CaseInsensitive))
            return mechanism;
    }
    return std::nullopt;
}

SaslClient::SaslClient(const QString &mechanism, const QString &user, const QString &secret)
    : m_mechanism(mechanism.toUpper()), m_user(user), m_secret(secret)
{
}

bool SaslClient::isSupported() const
{
    return supportedMechanisms().contains(m_mechanism);
}

QByteArray SaslClient::plainResponse(const QString &user, const QString &secret)
{
    // RFC 4616 s.2: [authzid] NUL authcid NUL passwd, here with an empty authzid.
    QByteArray message;
    message.append('\0').append(user.toUtf8()).append('\0').append(secret.toUtf8());
    return message.toBase64();
}

QByteArray SaslClient::cramMd5Response(const QString &user, const QString &secret,
                                       const QByteArray &challenge)
{
    // RFC 2195 s.2: user SP lower-case hex HMAC-MD5(password, challenge).
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, secret.toUtf8(),
                                                               QCryptographicHash::Md5);
    return (user.toUtf8() + ' ' + digest.toHex()).toBase64();
}

QByteArray SaslClient::xoauth2Response(const QString &user, const QString &token)
{
    QByteArray message = "user=" + user.toUtf8() + "\x01" + "auth=Bearer " + token.toUtf8()
        + "\x01\x01";
    return message.toBase64();
}

QByteArray SaslClient::initialCommand(bool *hasSecret) const
{
    // RFC 4954 s.4: an initial response saves a round trip where the mechanism allows it.
    if (m_mechanism == QLatin1String("PLAIN")) {
        *hasSecret = true;
        return "AUTH PLAIN " + plainResponse(m_user, m_secret);
    }
    if (m_mechanism == QLatin1String("XOAUTH2")) {
        *hasSecret = true;
        return "AUTH XOAUTH2 " + xoauth2Response(m_user, m_secret);
    }
    *hasSecret = false;
    return "AUTH " + m_mechanism.toLatin1();
}

std::optional<QByteArray> SaslClient::respond(const QByteArray &challengeBase64)
{
    ++m_step;
    if (m_mechanism == QLatin1String("LOGIN")) {
        // Two prompts, "Username:" then "Password:", and nothing more.
        if (m_step == 1)
            return m_user.toUtf8().toBase64();
        if (m_step == 2)
            return m_secret.toUtf8().toBase64();
        return std::nullopt;
    }
    if (m_mechanism == QLatin1String("CRAM-MD5")) {
        if (m_step != 1)
            return std::nullopt;
        const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return cramMd5Response(m_user, m_secret, decoded.decoded);
    }
    if (m_mechanism == QLatin1String("XOAUTH2")) {
        // A 334 after the initial response carries an error as JSON; the client answers with an
        // empty line and the server then sends its 535.
        if (m_step == 1)
            return QByteArray();
        return std::nullopt;
    }
    if (m_mechanism == QLatin1String("PLAIN")) {
        // A server that ignored the initial response asks with an empty 334 (RFC 4954 s.4).
        if (m_step == 1 && challengeBase64.trimmed().isEmpty())
            return plainResponse(m_user, m_secret);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace SmtpTutor
