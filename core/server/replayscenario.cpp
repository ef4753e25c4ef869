// Reading a recorded session: ReplayScenario turns a probe report or an exported transcript into
// exchanges (command, reply) and a Scenario. Playing it back is ReplayEngine, in replayengine.cpp.
#include "replayscenario.h"

#include "protocol/commandparser.h"
#include "protocol/replyparser.h"
#include "replaykeys.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace SmtpTutor {

namespace {

constexpr qint64 MaxRecordingFileSize = 8 * 1024 * 1024;

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

} // namespace SmtpTutor
