// Playing a recorded session back: ReplayEngine answers each command with the reply the recorded
// server gave, and lets a ServerEngine answer what the recording never saw.
#include "replayscenario.h"

#include "authdialogue.h"
#include "protocol/commandparser.h"
#include "replaykeys.h"

#include <QDateTime>
#include <QRegularExpression>

namespace SmtpTutor {

namespace {

QString ordinalText(int n)
{
    switch (n) {
    case 1:
        return Persona::tr("first");
    case 2:
        return Persona::tr("second");
    case 3:
        return Persona::tr("third");
    default:
        return Persona::tr("%1th").arg(n);
    }
}

} // namespace

ReplayEngine::ReplayEngine(ReplayScenario replay, std::shared_ptr<SharedServerState> shared)
    : m_replay(std::move(replay))
    , m_shared(shared ? std::move(shared) : std::make_shared<SharedServerState>())
{
}

ReplayEngine::~ReplayEngine() = default;
ReplayEngine::ReplayEngine(ReplayEngine &&) noexcept = default;
ReplayEngine &ReplayEngine::operator=(ReplayEngine &&) noexcept = default;

void ReplayEngine::resetFallback()
{
    // The fallback keeps its own state: its messages are not the replay's.
    m_fallback = std::make_unique<ServerEngine>(m_replay.scenario);
    if (m_tls)
        m_fallback->setTlsFromStart();
    m_fallback->connect();
    if (!m_ehloLine.isEmpty())
        m_fallback->receiveLine(m_ehloLine);
}

QList<ServerResponse> ReplayEngine::connect()
{
    m_phase = SessionPhase::Greeted;
    resetFallback();
    const Reply &greeting = m_replay.greeting;
    // RFC 5321 s.3.1: a 554 greeting still waits for QUIT; a 421 ends the session at once.
    if (greeting.code() == 421)
        m_phase = SessionPhase::Closed;
    return { ServerResponse {
        greeting, Persona::tr("The greeting the recorded server sent."), QStringLiteral("RFC 5321 s.3.1") } };
}

void ReplayEngine::tlsStarted()
{
    // RFC 3207 s.4.2: everything known before TLS is forgotten; the client must EHLO again.
    m_tlsRequested = false;
    m_tls = true;
    m_phase = SessionPhase::Greeted;
    m_authenticated = false;
    m_user.clear();
    m_ehloLine.clear();
    m_clientName.clear();
    m_sender = {};
    m_recipients.clear();
    resetFallback();
}

void ReplayEngine::setTlsFromStart()
{
    m_tls = true;
}

std::optional<ReplayScenario::Exchange> ReplayEngine::recorded(
    const QString &key, const QString &line, int *ordinal, bool *repeated)
{
    // Prefer the replies recorded in the same TLS state (EHLO before and after STARTTLS differ).
    for (const bool sameState : { true, false }) {
        const bool tls = sameState ? m_tls : !m_tls;
        QList<int> matches;
        for (int i = 0; i < m_replay.exchanges.size(); ++i) {
            if (m_replay.exchanges.at(i).key == key && m_replay.exchanges.at(i).tls == tls)
                matches.append(i);
        }
        if (matches.isEmpty())
            continue;
        const QString usedKey = key + (tls ? QStringLiteral("|tls") : QStringLiteral("|clear"));
        const int used = m_used.value(usedKey);
        // The very command the recording holds gets the reply it got there, whatever the
        // order (RCPT TO:<nobody@...> is refused again even as the first RCPT).
        for (int n = 0; n < matches.size(); ++n) {
            if (m_replay.exchanges.at(matches.at(n)).clientLine.compare(line, Qt::CaseInsensitive) == 0) {
                *repeated = false;
                *ordinal = n + 1;
                m_used[usedKey] = used + 1;
                return m_replay.exchanges.at(matches.at(n));
            }
        }
        *repeated = used >= matches.size();
        *ordinal = qMin(used, int(matches.size()) - 1) + 1;
        m_used[usedKey] = used + 1;
        return m_replay.exchanges.at(matches.at(*ordinal - 1));
    }
    return std::nullopt;
}

QList<ServerResponse> ReplayEngine::fallback(QByteArrayView line)
{
    QList<ServerResponse> responses = m_fallback->receiveLine(line);
    for (ServerResponse &response : responses) {
        response.explanation = Persona::tr("The recording has no such command, so the simulator answers "
                                           "on its own. %1")
                                   .arg(response.explanation)
                                   .trimmed();
    }
    if (m_fallback->isTlsRequested())
        m_tlsRequested = true;
    if (m_fallback->isClosed())
        m_phase = SessionPhase::Closed;
    else if (m_fallback->isInData()) {
        m_phase = SessionPhase::InData;
        m_message.clear();
        m_messageTooLarge = false;
        m_fallback.reset();
        resetFallback();
    }
    return responses;
}

QList<ServerResponse> ReplayEngine::transportFault(TransportFault fault)
{
    if (isClosed())
        return {};
    if (fault == TransportFault::LineTooLong && m_phase == SessionPhase::AuthExchange) {
        // An over-long answer to a challenge ends the exchange (RFC 4954 s.4), as in the simulator.
        m_phase = m_phaseBeforeAuth;
        m_user.clear();
        return { AuthDialogue({}, {}, Persona::byId(m_replay.scenario.personality)).respondTooLong().response };
    }
    // The fallback engine exists from connect() on; a refused connection never connected.
    ServerEngine refusing(m_replay.scenario);
    ServerEngine &engine = m_fallback ? *m_fallback : refusing;
    engine.setClientAddress(m_clientAddress);
    const QList<ServerResponse> responses = engine.transportFault(fault);
    if (engine.isClosed())
        m_phase = SessionPhase::Closed;
    return responses;
}

QList<ServerResponse> ReplayEngine::receiveLine(QByteArrayView line)
{
    if (isClosed())
        return {};
    const QString text = QString::fromUtf8(line);
    QString key;
    if (m_phase == SessionPhase::InData) {
        if (line != QByteArrayView(".")) {
            // RFC 5321 s.4.5.2: a leading dot was doubled by the client.
            QByteArrayView content = line.startsWith('.') ? line.sliced(1) : line;
            if (!m_messageTooLarge
                && m_message.size() + content.size() + 2 <= m_replay.scenario.maxMessageSize) {
                m_message.append(content.data(), content.size());
                m_message.append("\r\n");
            } else {
                m_messageTooLarge = true; // only counted from here on, like a real server
            }
            return {};
        }
        key = EndOfData;
    } else if (m_phase == SessionPhase::AuthExchange) {
        key = AuthResponse;
    } else {
        key = verbKey(text);
    }

    int ordinal = 0;
    bool repeated = false;
    const std::optional<ReplayScenario::Exchange> exchange
        = key.isEmpty() ? std::nullopt : recorded(key, text.trimmed(), &ordinal, &repeated);
    if (!exchange) {
        if (key == EndOfData) {
            m_phase = SessionPhase::Identified;
            const Reply accepted(250, EnhancedStatus(2, 0, 0), QStringLiteral("Ok: queued"));
            storeMessage(accepted);
            return { ServerResponse { accepted,
                Persona::tr("The recording never finished a message; the simulator "
                            "accepts it on its own."),
                QStringLiteral("RFC 5321 s.4.1.1.4") } };
        }
        if (key == AuthResponse) {
            m_phase = m_phaseBeforeAuth;
            const Reply failed(535, EnhancedStatus(5, 7, 8), QStringLiteral("Error: authentication failed"));
            return { ServerResponse { failed, Persona::tr("The recording has no further AUTH step."),
                QStringLiteral("RFC 4954 s.6") } };
        }
        return fallback(line);
    }
    const QString what = key == EndOfData ? Persona::tr("end of a message (the lone dot)")
        : key == AuthResponse             ? Persona::tr("AUTH answer")
                                          : Persona::tr("%1 command").arg(key);
    QString explanation = Persona::tr("The recorded server gave this reply to the %1 %2 of its session (%3).")
                              .arg(ordinalText(ordinal), what, exchange->clientLine);
    if (repeated)
        explanation += Persona::tr(" The recording has no more of these, so its last reply is given again.");
    afterReply(key, exchange->reply, line);
    return { ServerResponse { exchange->reply, explanation, QStringLiteral("RFC 5321 s.4.2") } };
}

void ReplayEngine::afterReply(const QString &key, const Reply &reply, QByteArrayView line)
{
    const int code = reply.code();
    if (code == 421 || (key == QLatin1String("QUIT") && code == 221)) {
        m_phase = SessionPhase::Closed; // RFC 5321 s.3.8 and s.4.1.1.10
        return;
    }
    if (key == QLatin1String("AUTH") || key == AuthResponse)
        afterAuthReply(key, code, line);
    else
        afterSessionReply(key, reply, line);
}

namespace {
// RFC 4616 s.2: authzid NUL authcid NUL passwd; the user is the authcid.
std::optional<QString> plainUser(const QByteArray &base64)
{
    const QList<QByteArray> parts = QByteArray::fromBase64(base64).split('\0');
    return parts.size() == 3 ? std::optional(QString::fromUtf8(parts.at(1))) : std::nullopt;
}
} // namespace

// What a recorded reply to EHLO/HELO, STARTTLS, MAIL, RCPT, DATA, RSET or the final "." means for
// the session it plays (RFC 5321 s.4.1.4 orders them).
void ReplayEngine::afterSessionReply(const QString &key, const Reply &reply, QByteArrayView line)
{
    const int code = reply.code();
    const bool ok = reply.isPositiveCompletion();
    if (key == QLatin1String("EHLO") || key == QLatin1String("HELO")) {
        if (ok) {
            m_clientName = CommandParser::parse(line).domain;
            m_ehloLine = line.toByteArray();
            m_phase = SessionPhase::Identified;
            m_sender = {};
            m_recipients.clear();
            resetFallback();
        }
    } else if (key == QLatin1String("STARTTLS")) {
        if (code == 220)
            m_tlsRequested = true;
    } else if (key == QLatin1String("MAIL")) {
        if (ok) {
            m_sender = CommandParser::parse(line).path;
            m_recipients.clear();
            m_phase = SessionPhase::InTransaction;
        }
    } else if (key == QLatin1String("RCPT")) {
        if (ok) {
            m_recipients.append(CommandParser::parse(line).path);
            m_phase = SessionPhase::HaveRecipients;
        }
    } else if (key == QLatin1String("DATA")) {
        if (code == 354) {
            m_phase = SessionPhase::InData;
            m_message.clear();
            m_messageTooLarge = false;
        }
    } else if (key == QLatin1String("RSET")) {
        if (ok && m_phase != SessionPhase::Greeted) {
            m_phase = SessionPhase::Identified;
            m_sender = {};
            m_recipients.clear();
        }
    } else if (key == EndOfData) {
        m_phase = SessionPhase::Identified;
        if (ok)
            storeMessage(reply);
        m_sender = {};
        m_recipients.clear();
        m_message.clear();
    }
}

// AUTH and the lines that answer its 334 challenges (RFC 4954 s.4): who logged in, and whether.
void ReplayEngine::afterAuthReply(const QString &key, int code, QByteArrayView line)
{
    if (key == QLatin1String("AUTH")) {
        const Command command = CommandParser::parse(line);
        m_pendingAuthMechanism = command.authMechanism;
        m_authStep = 0;
        if (command.authMechanism == QLatin1String("PLAIN") && command.authInitialResponse)
            m_user = plainUser(command.authInitialResponse->toLatin1()).value_or(m_user);
        if (code == 334) {
            m_phaseBeforeAuth = m_phase;
            m_phase = SessionPhase::AuthExchange;
        } else if (code == 235) {
            m_authenticated = true;
        }
        return;
    }
    ++m_authStep;
    if (m_authStep == 1 && m_pendingAuthMechanism == QLatin1String("LOGIN"))
        m_user = QString::fromUtf8(QByteArray::fromBase64(line.toByteArray()));
    if (m_authStep == 1 && m_pendingAuthMechanism == QLatin1String("PLAIN"))
        m_user = plainUser(line.toByteArray()).value_or(m_user);
    if (code != 334) {
        m_phase = m_phaseBeforeAuth;
        m_authenticated = code == 235;
        if (!m_authenticated)
            m_user.clear();
    }
}

void ReplayEngine::storeMessage(const Reply &reply)
{
    if (m_messageTooLarge)
        return;
    ReceivedMessage message;
    message.sender = m_sender;
    message.recipients = m_recipients;
    message.raw = m_message;
    static const QRegularExpression queued(QStringLiteral("queued as ([A-Za-z0-9]+)"));
    const QRegularExpressionMatch match = queued.match(reply.text());
    message.queueId = match.hasMatch() ? match.captured(1) : QString::number(m_shared->nextQueueId++);
    message.receivedAt = QDateTime::currentDateTime();
    message.overTls = m_tls;
    message.authenticatedUser = m_authenticated ? m_user : QString();
    m_shared->received.append(std::move(message));
}

} // namespace SmtpTutor
