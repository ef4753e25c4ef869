#include "transcriptimport.h"

#include "protocol/replyparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace SmtpTutor {

namespace {

// The transcript of a probe report, of {"transcript": {"entries": [...]}}, or a bare array.
QJsonArray transcriptArray(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array();
    const QJsonValue transcript = document.object().value(QLatin1String("transcript"));
    if (transcript.isArray())
        return transcript.toArray();
    return transcript.toObject().value(QLatin1String("entries")).toArray();
}

// "dir" (or "direction") as Transcript::toJson, swaks marks or other recorders write it.
std::optional<Direction> directionOf(const QJsonObject &entry, std::optional<bool> *tls)
{
    const QString d = entry.value(QLatin1String("dir"))
                          .toString(entry.value(QLatin1String("direction")).toString())
                          .trimmed()
                          .toLower();
    if (d == QLatin1String("~>") || d == QLatin1String("<~"))
        *tls = true;
    else if (d == QLatin1String("->") || d == QLatin1String("<-"))
        *tls = false;
    static const QStringList client { QStringLiteral("client"), QStringLiteral("c"), QStringLiteral("->"),
        QStringLiteral("~>"), QStringLiteral("send"), QStringLiteral("sent") };
    static const QStringList server { QStringLiteral("server"), QStringLiteral("s"), QStringLiteral("<-"),
        QStringLiteral("<~"), QStringLiteral("recv"), QStringLiteral("received") };
    static const QStringList info { QStringLiteral("info"), QStringLiteral("==="), QStringLiteral("note") };
    static const QStringList error { QStringLiteral("error"), QStringLiteral("***") };
    if (client.contains(d))
        return Direction::Client;
    if (server.contains(d))
        return Direction::Server;
    if (info.contains(d))
        return Direction::Info;
    if (error.contains(d))
        return Direction::Error;
    return std::nullopt;
}

// A server line as it was on the wire; an exported line may carry its code separately.
QString wireLine(const QJsonObject &entry)
{
    static const QRegularExpression wire(QStringLiteral("^[0-9]{3}([ -]|$)"));
    const QString text = entry.value(QLatin1String("text")).toString();
    const int code = entry.value(QLatin1String("code")).toInt();
    if (wire.match(text).hasMatch() || code <= 0)
        return text;
    const bool last = !entry.value(QLatin1String("more")).toBool(false)
        && entry.value(QLatin1String("last"))
               .toBool(entry.value(QLatin1String("isLastLineOfReply")).toBool(true));
    return QString::number(code) + (last ? u' ' : u'-') + text;
}

QString greetingHost(const Transcript &transcript)
{
    for (const TranscriptEntry &entry : transcript.entries()) {
        if (entry.direction != Direction::Server)
            continue;
        const QString word = entry.text.mid(4).section(u' ', 0, 0);
        return entry.replyCode == 220 && !word.isEmpty() && !word.at(0).isDigit() ? word : QString();
    }
    return QString();
}

class Reader
{
public:
    explicit Reader(Transcript *into)
        : m_into(into)
    {
    }
    QString readAll(const QJsonArray &entries);

private:
    QString readOne(const QJsonObject &entry);

    Transcript *m_into;
    ReplyParser m_parser;
    bool m_tls = false;
};

QString Reader::readAll(const QJsonArray &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject() || !entries.at(i).toObject().value(QLatin1String("text")).isString())
            return QStringLiteral("entry %1 of the transcript is not a line with a \"text\"").arg(i + 1);
        const QString problem = readOne(entries.at(i).toObject());
        if (!problem.isEmpty())
            return QStringLiteral("entry %1 of the transcript: %2").arg(i + 1).arg(problem);
    }
    m_into->setRecordedTime(-1);
    return QString();
}

QString Reader::readOne(const QJsonObject &entry)
{
    std::optional<bool> tls;
    const std::optional<Direction> direction = directionOf(entry, &tls);
    if (!direction)
        return QStringLiteral("\"dir\" is none of client, server, info, error");
    if (entry.contains(QLatin1String("tls")))
        tls = entry.value(QLatin1String("tls")).toBool();
    m_tls = tls.value_or(m_tls);
    const QJsonValue time = entry.value(QLatin1String("t_ms"));
    // A recorded time beyond a year is no real session; converting a larger double would be
    // undefined behaviour (found by fuzz_diagram).
    if (time.isDouble() && time.toDouble() >= 0 && time.toDouble() <= 365.0 * 24 * 3600 * 1000)
        m_into->setRecordedTime(qint64(time.toDouble()));
    const QString text = entry.value(QLatin1String("text")).toString();
    switch (*direction) {
    case Direction::Client:
        m_into->addClientLine(text.toUtf8(), m_tls);
        break;
    case Direction::Info:
        m_into->addInfo(text, m_tls);
        break;
    case Direction::Error:
        m_into->addError(text, m_tls);
        break;
    case Direction::Server:
        // The same parser as a live connection: one Reply per complete reply, bounded.
        if (!m_parser.feed((wireLine(entry) + QStringLiteral("\r\n")).toUtf8()))
            return QStringLiteral("not an SMTP reply line (%1): %2").arg(m_parser.errorString(), text);
        while (const std::optional<Reply> reply = m_parser.takeReply())
            m_into->addReply(*reply, m_tls, entry.value(QLatin1String("explanation")).toString(),
                entry.value(QLatin1String("rfc")).toString());
        break;
    }
    return QString();
}

} // namespace

TranscriptImport::Result TranscriptImport::read(const QByteArray &json, Transcript *into)
{
    Result result;
    if (json.size() > MaxInputSize) {
        result.error = QStringLiteral("the input is larger than %1 MiB, more than a recorded session can be")
                           .arg(MaxInputSize / (1024 * 1024));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        result.error = QStringLiteral("the input is not JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonArray entries = transcriptArray(document);
    if (entries.isEmpty()) {
        result.error = QStringLiteral("the JSON holds no transcript (expected a probe --json report, "
                                      "{\"transcript\": [...]}, or an exported transcript, an array of "
                                      "{\"dir\", \"text\"} entries)");
        return result;
    }
    into->clear();
    result.error = Reader(into).readAll(entries);
    result.ok = result.error.isEmpty();
    result.isProbeReport = document.isObject() && document.object().contains(QLatin1String("host"));
    result.host = document.object().value(QLatin1String("host")).toString();
    if (result.host.isEmpty())
        result.host = greetingHost(*into);
    return result;
}

} // namespace SmtpTutor
