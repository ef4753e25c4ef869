#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// The client half of the SASL mechanisms AUTH uses (RFC 4954): PLAIN (RFC 4616), LOGIN
// (draft-murchison-sasl-login), CRAM-MD5 (RFC 2195) and XOAUTH2 (Google's bearer-token form).
// It only builds lines; the probe sends them and marks them secret in the transcript.
class SaslClient
{
public:
    static QStringList supportedMechanisms(); // PLAIN LOGIN CRAM-MD5 XOAUTH2
    // The mechanism to use from what the server offers. Inside TLS any works, so the simplest
    // (PLAIN) is preferred; in clear CRAM-MD5 goes first because it never reveals the password.
    // XOAUTH2 is only chosen when asked for, since its secret is a token, not a password.
    static std::optional<QString> choose(const QStringList &offered, bool tls);

    SaslClient(const QString &mechanism, const QString &user, const QString &secret);

    QString mechanism() const { return m_mechanism; }
    bool isSupported() const;

    // "AUTH PLAIN <initial response>" or "AUTH LOGIN"; *hasSecret says whether it carries one.
    QByteArray initialCommand(bool *hasSecret) const;
    // The answer to a 334 challenge (its text, base64). nullopt when the mechanism has no more
    // steps: a server that keeps asking is misbehaving (the caller ends the exchange).
    std::optional<QByteArray> respond(const QByteArray &challengeBase64);
    int steps() const { return m_step; }

    // Public for tests: the pieces of each mechanism.
    static QByteArray plainResponse(const QString &user, const QString &secret);
    static QByteArray cramMd5Response(const QString &user, const QString &secret,
                                      const QByteArray &challenge);
    static QByteArray xoauth2Response(const QString &user, const QString &token);

private:
    QString m_mechanism;
    QString m_user;
    QString m_secret;
    int m_step = 0;
};

} // namespace SmtpTutor
