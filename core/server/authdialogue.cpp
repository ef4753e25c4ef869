#include "authdialogue.h"

#include "serverreply.h"

namespace SmtpTutor {

namespace {
const QString rfcAuth = QStringLiteral("RFC 4954 s.4");
} // namespace

AuthDialogue::AuthDialogue(
    const QHash<QString, QString> &users, const QStringList &localDomains, const Persona &persona)
    : m_users(users)
    , m_localDomains(localDomains)
    , m_persona(&persona)
{
}

ServerResponse AuthDialogue::say(
    Situation situation, const QString &explanation, const QString &rfcSection, const QStringList &args) const
{
    return { m_persona->reply(situation, args), withWordingNote(explanation, m_persona->wordingNote(situation, args)),
        rfcSection };
}

AuthDialogue::Step AuthDialogue::start(
    const QString &mechanism, const std::optional<QString> &initialResponse)
{
    m_user.clear();
    m_pendingUser.clear();
    if (mechanism == QLatin1String("PLAIN")) {
        if (initialResponse)
            return handlePlain(initialResponse->toLatin1());
        m_stage = Stage::PlainResponse;
        // RFC 4954 s.4: an empty challenge; the client answers with base64 of
        // "authzid NUL user NUL password" (RFC 4616 s.2).
        return { Outcome::Continue,
            say(Situation::AuthEmptyChallenge,
                Persona::tr("The server is ready for your PLAIN credentials: send base64 of "
                            "\"\\0user\\0password\" on the next line (or * to give up)."),
                QStringLiteral("RFC 4954 s.4, RFC 4616 s.2")) };
    }
    // LOGIN: a user name prompt, then a password prompt, both base64-encoded.
    if (initialResponse)
        return handleLoginUser(initialResponse->toLatin1());
    m_stage = Stage::LoginUser;
    return { Outcome::Continue,
        say(Situation::AuthUsernamePrompt,
            Persona::tr("\"VXNlcm5hbWU6\" is base64 for \"Username:\". Send your user name in "
                        "base64 on the next line (or * to give up)."),
            rfcAuth) };
}

AuthDialogue::Step AuthDialogue::respond(QByteArrayView line)
{
    // RFC 4954 s.4: a lone "*" cancels the exchange; the server answers 501.
    if (line == QByteArrayView("*")) {
        m_stage = Stage::Idle;
        return { Outcome::Failed,
            say(Situation::AuthCancelled,
                Persona::tr("You sent \"*\", which cancels an AUTH exchange. You are not logged in."),
                rfcAuth) };
    }
    if (line.size() + 2 > MaxLineLength)
        return respondTooLong();
    switch (m_stage) {
    case Stage::PlainResponse:
        return handlePlain(line);
    case Stage::LoginUser:
        return handleLoginUser(line);
    case Stage::LoginPassword:
        return handleLoginPassword(line);
    case Stage::Idle:
        break;
    }
    return failure(QStringLiteral("bad protocol / cancel"), Persona::tr("No AUTH exchange is in progress."));
}

AuthDialogue::Step AuthDialogue::respondTooLong()
{
    m_stage = Stage::Idle;
    return { Outcome::Failed,
        say(Situation::AuthResponseTooLong,
            Persona::tr("The answer to the challenge was longer than the %1 octets an AUTH line may "
                        "have, so the server ends the exchange. You are not logged in.")
                .arg(MaxLineLength),
            rfcAuth) };
}

std::optional<QByteArray> AuthDialogue::decode(QByteArrayView base64)
{
    // RFC 4954 s.4: "=" stands for an empty initial response.
    if (base64 == QByteArrayView("="))
        return QByteArray();
    const auto result
        = QByteArray::fromBase64Encoding(base64.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

AuthDialogue::Step AuthDialogue::handlePlain(QByteArrayView base64)
{
    m_stage = Stage::Idle;
    const auto decoded = decode(base64);
    const QString plainForm = Persona::tr("The PLAIN response must be base64 of \"\\0user\\0password\"; ");
    if (!decoded)
        return malformed(QStringLiteral("bad protocol / cancel"),
            plainForm + Persona::tr("this line is not valid base64."));
    if (decoded->isEmpty())
        return failure(
            QStringLiteral("bad protocol / cancel"), plainForm + Persona::tr("this one is empty."));
    // RFC 4616 s.2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    const QList<QByteArray> parts = decoded->split('\0');
    if (parts.size() != 3)
        return failure(QStringLiteral("authentication failure"),
            Persona::tr("The decoded PLAIN response must hold three parts separated by NUL bytes: "
                        "an optional identity, the user name and the password."));
    const QString authzid = QString::fromUtf8(parts.at(0));
    const QString authcid = QString::fromUtf8(parts.at(1));
    if (!authzid.isEmpty() && authzid != authcid)
        return failure(QStringLiteral("authentication failure"),
            Persona::tr("The PLAIN response asks to act as another user (\"%1\"); this server does "
                        "not allow that.")
                .arg(authzid));
    return verify(authcid, QString::fromUtf8(parts.at(2)));
}

AuthDialogue::Step AuthDialogue::handleLoginUser(QByteArrayView base64)
{
    const auto decoded = decode(base64);
    if (!decoded) {
        m_stage = Stage::Idle;
        return malformed(QStringLiteral("bad protocol / cancel"),
            Persona::tr("The user name must be sent in base64; this line is not valid base64."));
    }
    m_pendingUser = QString::fromUtf8(*decoded);
    m_stage = Stage::LoginPassword;
    return { Outcome::Continue,
        say(Situation::AuthPasswordPrompt,
            Persona::tr("\"UGFzc3dvcmQ6\" is base64 for \"Password:\". Send the password in base64 "
                        "on the next line (or * to give up)."),
            rfcAuth) };
}

AuthDialogue::Step AuthDialogue::handleLoginPassword(QByteArrayView base64)
{
    m_stage = Stage::Idle;
    const auto decoded = decode(base64);
    if (!decoded)
        return malformed(QStringLiteral("bad protocol / cancel"),
            Persona::tr("The password must be sent in base64; this line is not valid base64."));
    return verify(m_pendingUser, QString::fromUtf8(*decoded));
}

AuthDialogue::Step AuthDialogue::verify(const QString &user, const QString &password)
{
    // The SASL realm is the local domain: "alice" and "alice@example.com" are the same user.
    QString name = user;
    const qsizetype at = name.lastIndexOf(u'@');
    if (at > 0 && m_localDomains.contains(name.mid(at + 1).toLower()))
        name.truncate(at);
    const auto it = m_users.constFind(name);
    if (it == m_users.constEnd() || it.value() != password)
        return failure(QStringLiteral("authentication failure"),
            Persona::tr("The user name or the password is wrong. Check both, and that each was "
                        "base64-encoded without a trailing newline."));
    m_user = name;
    return { Outcome::Succeeded,
        say(Situation::AuthSucceeded,
            Persona::tr("You are logged in as %1. The server now knows who sends, and a submission "
                        "server lets logged-in users send to any domain.")
                .arg(name),
            QStringLiteral("RFC 4954 s.6")) };
}

AuthDialogue::Step AuthDialogue::malformed(const QString &reason, const QString &explanation)
{
    m_stage = Stage::Idle;
    return { Outcome::Failed, say(Situation::AuthMalformedResponse, explanation, QStringLiteral("RFC 4954 s.4"), { reason }) };
}

AuthDialogue::Step AuthDialogue::failure(const QString &reason, const QString &explanation)
{
    m_stage = Stage::Idle;
    return { Outcome::Failed,
        say(Situation::AuthFailed, explanation, QStringLiteral("RFC 4954 s.6"), { reason }) };
}

} // namespace SmtpTutor
