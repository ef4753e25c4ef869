#include "replayscenario.h"

#include "protocol/commandparser.h"
#include "protocol/replyparser.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace SmtpTutor {

namespace {

constexpr qint64 MaxRecordingFileSize = 8 * 1024 * 1024;
const QString EndOfData = QStringLiteral("<end-of-data>");
const QString AuthResponse = QStringLiteral("<auth-response>");

enum class Side { Client, Server, Note };

struct RecordedLine
{
    Side side = Side::Note;
    QString text;
    std::optional<bool> tls;
};

QJsonArray transcriptArray(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array();
    if (document.isObject()) {
        const QJsonValue transcript = document.object().value(QLatin1String("transcript"));
        if (transcript.isArray())
            return transcript.toArray();
        if (transcript.isObject()) // {"transcript": {"entries": [...]}} is accepted too
            return transcript.toObject().value(QLatin1String("entries")).toArray();
    }
    return {};
}

RecordedLine readEntry(const QJsonObject &entry)
{
    RecordedLine line;
    const QString dir
        = entry.value(QLatin1String("dir")).toString(entry.value(QLatin1String("direction")).toString());
    const QString d = dir.trimmed().toLower();
    if (d == QLatin1String("client") || d == QLatin1String("c") || d == QLatin1String("->")
        || d == QLatin1String("~>") || d == QLatin1String("send") || d == QLatin1String("sent")) {
        line.side = Side::Client;
    } else if (d == QLatin1String("server") || d == QLatin1String("s") || d == QLatin1String("<-")
        || d == QLatin1String("<~") || d == QLatin1String("recv") || d == QLatin1String("received")) {
        line.side = Side::Server;
    }
    if (d == QLatin1String("~>") || d == QLatin1String("<~"))
        line.tls = true;
    else if (d == QLatin1String("->") || d == QLatin1String("<-"))
        line.tls = false;
    if (entry.contains(QLatin1String("tls")))
        line.tls = entry.value(QLatin1String("tls")).toBool();
    line.text = entry.value(QLatin1String("text")).toString();
    if (line.side == Side::Server) {
        // An exported transcript may hold the text without its code; rebuild the wire form.
        static const QRegularExpression wire(QStringLiteral("^[0-9]{3}([ -]|$)"));
        const int code = entry.value(QLatin1String("code")).toInt();
        if (!wire.match(line.text).hasMatch() && code > 0) {
            const bool last = !entry.value(QLatin1String("more")).toBool(false)
                && entry.value(QLatin1String("last"))
                       .toBool(entry.value(QLatin1String("isLastLineOfReply")).toBool(true));
            line.text = QString::number(code) + (last ? QLatin1Char(' ') : QLatin1Char('-')) + line.text;
        }
    }
    return line;
}

QString verbKey(QStringView line)
{
    QStringView verb = line.trimmed();
    const qsizetype space = verb.indexOf(QLatin1Char(' '));
    if (space >= 0)
        verb = verb.left(space);
    const qsizetype colon = verb.indexOf(QLatin1Char(':')); // "MAIL FROM:<a>" has a space, "MAIL" comes first
    if (colon >= 0)
        verb = verb.left(colon);
    return verb.toString().toUpper();
}

QString ordinalText(int n)
{
    switch (n) {
    case 1:
        return QStringLiteral("first");
    case 2:
        return QStringLiteral("second");
    case 3:
        return QStringLiteral("third");
    default:
        return QStringLiteral("%1th").arg(n);
    }
}

// What the EHLO reply and the greeting tell about the recorded server.
void deriveScenario(ReplayScenario &replay, const QString &source, const QJsonDocument &document)
{
    Scenario &s = replay.scenario;
    s.name = QStringLiteral("replay");
    s.title = QStringLiteral("Replay of %1").arg(QFileInfo(source).fileName());
    s.description
        = QStringLiteral("A session recorded from a real server, played back: each command gets the "
                         "reply the real server gave to the same command in the recording.");
    const QString greetingText = replay.greeting.lines().value(0);
    const QString firstWord = greetingText.section(QLatin1Char(' '), 0, 0);
    if (!firstWord.isEmpty() && !firstWord.at(0).isDigit())
        s.hostname = firstWord;
    s.offersStartTls = false;
    s.authEnabled = false;
    for (const ReplayScenario::Exchange &exchange : std::as_const(replay.exchanges)) {
        if (exchange.key != QLatin1String("EHLO") || !exchange.reply.isPositiveCompletion())
            continue;
        const QStringList &lines = exchange.reply.lines();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList words = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            const QString keyword = words.first().toUpper();
            if (keyword == QLatin1String("STARTTLS"))
                s.offersStartTls = true;
            else if (keyword == QLatin1String("SIZE") && words.size() > 1 && words.at(1).toLongLong() > 0)
                s.maxMessageSize = words.at(1).toLongLong();
            else if (keyword == QLatin1String("AUTH")) {
                s.authEnabled = true;
                s.authMechanisms = words.mid(1);
            }
        }
    }
    if (document.isObject() && document.object().value(QLatin1String("port")).toInt() > 0)
        s.port = document.object().value(QLatin1String("port")).toInt();
    if (s.implicitTls)
        s.port = 465;
    // Mail to any address is accepted by the fallback engine only where the recording did.
    s.localDomains = {};
    for (const ReplayScenario::Exchange &exchange : std::as_const(replay.exchanges)) {
        if (exchange.key == QLatin1String("RCPT") && exchange.reply.isPositiveCompletion()) {
            const Command command = CommandParser::parse(exchange.clientLine.toUtf8());
            if (!command.path.domain.isEmpty() && !s.localDomains.contains(command.path.domain.toLower()))
                s.localDomains.append(command.path.domain.toLower());
            if (!command.path.localPart.isEmpty() && !s.mailboxes.contains(command.path.localPart))
                s.mailboxes.append(command.path.localPart);
        }
    }
}

} // namespace

bool ReplayScenario::looksLikeRecording(const QJsonDocument &document)
{
    const QJsonArray entries = transcriptArray(document);
    if (entries.isEmpty())
        return false;
    const QJsonObject first = entries.first().toObject();
    return first.contains(QLatin1String("text"))
        && (first.contains(QLatin1String("dir")) || first.contains(QLatin1String("direction")));
}

bool ReplayScenario::looksLikeRecording(const QString &file)
{
    QFile in(file);
    if (in.size() > MaxRecordingFileSize || !in.open(QIODevice::ReadOnly))
        return false;
    return looksLikeRecording(QJsonDocument::fromJson(in.readAll()));
}

std::optional<ReplayScenario> ReplayScenario::load(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    if (in.size() > MaxRecordingFileSize) {
        if (error)
            *error = QStringLiteral("%1 is larger than a recorded session can be").arg(file);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (document.isNull()) {
        if (error)
            *error = QStringLiteral("%1 is not JSON: %2").arg(file, parseError.errorString());
        return std::nullopt;
    }
    std::optional<ReplayScenario> replay = fromJson(document, error);
    if (replay) {
        replay->source = file;
        replay->scenario.title = QStringLiteral("Replay of %1").arg(QFileInfo(file).fileName());
    }
    return replay;
}

std::optional<ReplayScenario> ReplayScenario::fromJson(const QJsonDocument &document, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ReplayScenario> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonArray entries = transcriptArray(document);
    if (entries.isEmpty())
        return fail(
            QStringLiteral("the file holds no transcript (expected {\"transcript\": [...]} or an array "
                           "of {\"dir\", \"text\"} entries)"));

    struct Pending
    {
        QString key;
        QString line;
        bool tls;
    };
    ReplayScenario replay;
    bool haveGreeting = false;
    bool greetingInTls = false;
    QList<Pending> pending; // commands sent and not yet answered (pipelining, RFC 2920)
    bool inData = false;
    bool inAuth = false;
    bool tls = false;
    ReplyParser parser;

    for (const QJsonValue &value : entries) {
        const RecordedLine line = readEntry(value.toObject());
        if (line.side == Side::Note)
            continue;
        const bool lineTls = line.tls.value_or(tls);
        if (line.side == Side::Client) {
            if (inData) {
                // Message content is not replayed; only its end matters (RFC 5321 s.4.1.1.4).
                if (line.text == QLatin1String(".")) {
                    pending.append({ EndOfData, line.text, lineTls });
                    inData = false;
                }
                continue;
            }
            if (inAuth) {
                pending.append({ AuthResponse, line.text, lineTls });
                inAuth = false;
                continue;
            }
            pending.append({ verbKey(line.text), line.text, lineTls });
            continue;
        }
        if (!parser.feed((line.text + QStringLiteral("\r\n")).toUtf8()))
            return fail(QStringLiteral("a server line of the recording is not an SMTP reply (%1): %2")
                            .arg(parser.errorString(), line.text));
        while (std::optional<Reply> reply = parser.takeReply()) {
            if (!haveGreeting && pending.isEmpty() && replay.exchanges.isEmpty()) {
                replay.greeting = *reply;
                haveGreeting = true;
                greetingInTls = lineTls;
                continue;
            }
            if (pending.isEmpty())
                continue; // a reply nobody asked for (a 421 on timeout): not part of any exchange
            const Pending command = pending.takeFirst();
            replay.exchanges.append({ command.key, command.line, *reply, command.tls });
            if (reply->code() == 354)
                inData = true;
            if (reply->code() == 334)
                inAuth = true;
            if (command.key == QLatin1String("STARTTLS") && reply->code() == 220)
                tls = true;
        }
    }
    if (!haveGreeting)
        return fail(QStringLiteral("the recording has no server greeting"));
    if (replay.exchanges.isEmpty())
        return fail(QStringLiteral("the recording has no command with a reply"));
    replay.scenario.implicitTls = greetingInTls;
    deriveScenario(replay, QString(), document);
    return replay;
}

ReplayEngine::ReplayEngine(ReplayScenario replay, std::shared_ptr<SharedServerState> shared)
    : m_replay(std::move(replay))
    , m_shared(shared ? std::move(shared) : std::make_shared<SharedServerState>())
{
}

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
    return { ServerResponse { greeting, QStringLiteral("The greeting the recorded server sent."),
        QStringLiteral("RFC 5321 s.3.1") } };
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
        response.explanation = QStringLiteral("The recording has no such command, so the simulator answers "
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
                QStringLiteral("The recording never finished a message; the simulator "
                               "accepts it on its own."),
                QStringLiteral("RFC 5321 s.4.1.1.4") } };
        }
        if (key == AuthResponse) {
            m_phase = m_phaseBeforeAuth;
            const Reply failed(535, EnhancedStatus(5, 7, 8), QStringLiteral("Error: authentication failed"));
            return { ServerResponse { failed, QStringLiteral("The recording has no further AUTH step."),
                QStringLiteral("RFC 4954 s.6") } };
        }
        return fallback(line);
    }
    const QString what = key == EndOfData ? QStringLiteral("end of a message (the lone dot)")
        : key == AuthResponse             ? QStringLiteral("AUTH answer")
                                          : key + QStringLiteral(" command");
    QString explanation
        = QStringLiteral("The recorded server gave this reply to the %1 %2 of its session (%3).")
              .arg(ordinalText(ordinal), what, exchange->clientLine);
    if (repeated)
        explanation
            += QStringLiteral(" The recording has no more of these, so its last reply is given again.");
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
    const bool ok = reply.isPositiveCompletion();
    if (key == QLatin1String("EHLO") || key == QLatin1String("HELO")) {
        if (ok) {
            const Command command = CommandParser::parse(line);
            m_clientName = command.domain;
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
    } else if (key == QLatin1String("AUTH")) {
        const Command command = CommandParser::parse(line);
        m_pendingAuthMechanism = command.authMechanism;
        m_authStep = 0;
        if (command.authMechanism == QLatin1String("PLAIN") && command.authInitialResponse) {
            // RFC 4616 s.2: authzid NUL authcid NUL passwd; the user is the authcid.
            const QList<QByteArray> parts
                = QByteArray::fromBase64(command.authInitialResponse->toLatin1()).split('\0');
            if (parts.size() == 3)
                m_user = QString::fromUtf8(parts.at(1));
        }
        if (code == 334) {
            m_phaseBeforeAuth = m_phase;
            m_phase = SessionPhase::AuthExchange;
        } else if (code == 235) {
            m_authenticated = true;
        }
    } else if (key == AuthResponse) {
        ++m_authStep;
        if (m_authStep == 1 && m_pendingAuthMechanism == QLatin1String("LOGIN"))
            m_user = QString::fromUtf8(QByteArray::fromBase64(line.toByteArray()));
        if (m_authStep == 1 && m_pendingAuthMechanism == QLatin1String("PLAIN")) {
            const QList<QByteArray> parts = QByteArray::fromBase64(line.toByteArray()).split('\0');
            if (parts.size() == 3)
                m_user = QString::fromUtf8(parts.at(1));
        }
        if (code != 334) {
            m_phase = m_phaseBeforeAuth;
            m_authenticated = code == 235;
            if (!m_authenticated)
                m_user.clear();
        }
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
