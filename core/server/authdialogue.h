#pragma once

#include "persona.h"
#include "serverengine.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// One SASL exchange after "AUTH <mechanism>" (RFC 4954 s.4): PLAIN (RFC 4616) and LOGIN
// (draft-murchison-sasl-login). It checks credentials against the scenario's teaching users
// and answers in the persona's words (Postfix with Cyrus SASL: 334 prompts, 235 2.7.0, 535 5.7.8).
class AuthDialogue
{
public:
    enum class Outcome { Continue, Succeeded, Failed };

    struct Step
    {
        Outcome outcome = Outcome::Failed;
        ServerResponse response;
    };

    AuthDialogue(const QHash<QString, QString> &users, const QStringList &localDomains, const Persona &persona);

    // Starts a mechanism (already upper-cased and known to be offered).
    Step start(const QString &mechanism, const std::optional<QString> &initialResponse);
    // RFC 4954 s.4: an AUTH command or an answer to a challenge may be 12288 octets with CRLF.
    static constexpr qsizetype MaxLineLength = 12288;

    // The client's answer to a 334 challenge.
    Step respond(QByteArrayView line);
    // The answer was longer than MaxLineLength (the transport may have dropped it unread):
    // the exchange ends (Postfix: 500 5.5.6).
    Step respondTooLong();

    bool isActive() const { return m_stage != Stage::Idle; }
    QString user() const { return m_user; } // after Succeeded

private:
    enum class Stage { Idle, PlainResponse, LoginUser, LoginPassword };

    Step handlePlain(QByteArrayView base64);
    Step handleLoginUser(QByteArrayView base64);
    Step handleLoginPassword(QByteArrayView base64);
    Step verify(const QString &user, const QString &password);
    Step failure(const QString &reason, const QString &explanation);
    Step malformed(const QString &reason, const QString &explanation); // not base64, say
    ServerResponse say(Situation situation, const QString &explanation, const QString &rfcSection,
        const QStringList &args = {}) const;
    static std::optional<QByteArray> decode(QByteArrayView base64);

    QHash<QString, QString> m_users;
    QStringList m_localDomains;
    const Persona *m_persona;
    Stage m_stage = Stage::Idle;
    QString m_pendingUser;
    QString m_user;
};

} // namespace SmtpTutor
