#include "sessionevent.h"

#include "protocol/commandparser.h"

namespace SmtpTutor {

QStringList SessionEvent::ehloKeywords() const
{
    QStringList keywords;
    // The first line of an EHLO reply is the server's name (RFC 5321 s.4.1.1.1).
    for (qsizetype i = 1; i < replyLines.size(); ++i)
        keywords.append(replyLines.at(i).trimmed().toUpper());
    return keywords;
}

QStringList SessionEvent::displayLines() const
{
    if (kind != Kind::Reply)
        return { line };
    QStringList lines;
    const QString mark = Transcript::mark(Direction::Server, tls);
    const QString code = QString::number(this->code);
    for (qsizetype i = 0; i < replyLines.size(); ++i) {
        const QChar separator = i + 1 < replyLines.size() ? u'-' : u' ';
        lines.append(mark + u' ' + code + separator + replyLines.at(i));
    }
    return lines;
}

SessionEvent SessionEventReader::make(
    SessionEvent::Kind kind, const TranscriptEntry &entry, const QDateTime &at) const
{
    SessionEvent event;
    event.kind = kind;
    event.session = m_session;
    event.at = at;
    event.tls = entry.tls;
    event.line = Transcript::mark(entry.direction, entry.tls) + u' ' + entry.text;
    return event;
}

QList<SessionEvent> SessionEventReader::read(const TranscriptEntry &entry, const QDateTime &at)
{
    QList<SessionEvent> events;
    if (entry.tls && !m_sawTls) {
        // RFC 3207 s.4.2: the session starts over inside TLS; nothing said before is answered.
        m_sawTls = true;
        m_pending.clear();
        m_replyLines.clear();
        m_inMessage = false;
        m_awaitingAuthAnswer = false;
        SessionEvent started = make(SessionEvent::Kind::TlsStarted, entry, at);
        started.line = Transcript::mark(Direction::Info, true) + QStringLiteral(" TLS");
        events.append(started);
    }
    if (entry.direction == Direction::Client) {
        if (std::optional<SessionEvent> event = readClientLine(entry, at))
            events.append(*event);
    } else if (entry.direction == Direction::Server) {
        if (std::optional<SessionEvent> reply = readServerLine(entry, at))
            events.append(*reply);
    }
    return events;
}

std::optional<SessionEvent> SessionEventReader::readClientLine(const TranscriptEntry &entry, const QDateTime &at)
{
    if (m_inMessage) {
        if (entry.text != QLatin1String("."))
            return std::nullopt; // a message line: the exams judge the envelope, not the content
        m_inMessage = false;
        m_pending.append({ Verb::Data, true, false });
        return make(SessionEvent::Kind::EndOfMessage, entry, at);
    }
    if (m_awaitingAuthAnswer) {
        m_awaitingAuthAnswer = false;
        m_pending.append({ Verb::Auth, false, true });
        return make(SessionEvent::Kind::AuthAnswer, entry, at);
    }
    SessionEvent event = make(SessionEvent::Kind::Command, entry, at);
    event.command = CommandParser::parse(entry.text.toUtf8());
    m_pending.append({ event.command.verb, false, false });
    return event;
}

std::optional<SessionEvent> SessionEventReader::readServerLine(const TranscriptEntry &entry, const QDateTime &at)
{
    // "250-text" or "250 text": the code and a separator, then the text.
    m_replyLines.append(entry.text.mid(4));
    if (!entry.isLastLineOfReply)
        return std::nullopt;
    SessionEvent event = make(SessionEvent::Kind::Reply, entry, at);
    event.code = entry.replyCode;
    event.enhancedStatus = entry.enhancedStatus;
    event.replyLines = std::exchange(m_replyLines, {});
    if (!m_pending.isEmpty()) {
        const Pending answered = m_pending.takeFirst();
        event.answers = answered.verb;
        event.answersEndOfMessage = answered.endOfMessage;
        event.answersAuthAnswer = answered.authAnswer;
        if (answered.verb == Verb::Data && !answered.endOfMessage && event.code == 354)
            m_inMessage = true;
        if (answered.verb == Verb::Auth && event.code == 334)
            m_awaitingAuthAnswer = true;
    }
    return event;
}

} // namespace SmtpTutor
