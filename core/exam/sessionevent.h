#pragma once

#include "protocol/command.h"
#include "session/transcript.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// One step of a practice session as an exam grader sees it: the transcript read back into
// commands and replies, each reply paired with the command it answers (replies come in the
// order of the commands, RFC 5321 s.4.1.1 and, pipelined, RFC 2920 s.3.1).
struct SessionEvent
{
    enum class Kind {
        Command, // a command line (not an AUTH answer, not a message line)
        AuthAnswer, // a line answering a 334 (masked in the transcript)
        EndOfMessage, // the "." that ends DATA (RFC 5321 s.4.1.1.4)
        Reply, // a complete reply (its last line)
        TlsStarted, // the first line inside TLS after STARTTLS, or an implicit-TLS session
    };

    Kind kind = Kind::Command;
    int session = 0;
    QDateTime at;
    bool tls = false;
    QString line; // the transcript line with its mark ("-> MAIL FROM:<a@b>"), for evidence

    Command command; // Kind::Command

    // Kind::Reply
    int code = 0;
    QString enhancedStatus;
    QStringList replyLines; // the text of every line, without code and separator
    // What the reply answers: a command's verb, Verb::Data with endOfMessage for the reply
    // after ".", nullopt for the greeting or a reply nobody asked for.
    std::optional<Verb> answers;
    bool answersEndOfMessage = false;
    bool answersAuthAnswer = false;

    bool isReplyTo(Verb verb) const { return kind == Kind::Reply && answers == verb && !answersEndOfMessage; }
    // The event as transcript lines: every line of a reply, else `line`.
    QStringList displayLines() const;
    // EHLO keywords of a reply, upper-cased ("STARTTLS", "AUTH PLAIN LOGIN", "SIZE 1000000").
    QStringList ehloKeywords() const;
};

// Turns one session's transcript entries into SessionEvents, one entry at a time, so the
// exam can follow a session live.
class SessionEventReader
{
public:
    explicit SessionEventReader(int session)
        : m_session(session)
    {
    }

    QList<SessionEvent> read(const TranscriptEntry &entry, const QDateTime &at);

private:
    struct Pending
    {
        Verb verb;
        bool endOfMessage = false;
        bool authAnswer = false;
    };

    SessionEvent make(SessionEvent::Kind kind, const TranscriptEntry &entry, const QDateTime &at) const;
    std::optional<SessionEvent> readClientLine(const TranscriptEntry &entry, const QDateTime &at);
    std::optional<SessionEvent> readServerLine(const TranscriptEntry &entry, const QDateTime &at);

    int m_session;
    bool m_sawTls = false;
    bool m_inMessage = false;
    bool m_awaitingAuthAnswer = false;
    QList<Pending> m_pending;
    QStringList m_replyLines;
};

} // namespace SmtpTutor
