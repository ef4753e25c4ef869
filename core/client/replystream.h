#pragma once

#include "protocol/replyparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpTutor {

// Pairs the bytes a server sends with the commands the client sent, without any socket, so the
// decisions can be tested and fuzzed on their own. SmtpConnection feeds it what the socket
// delivered and tells it about every command that goes out.
//
// The rule it enforces: a server speaks only when spoken to. Every command (and the connect,
// for the greeting) is owed exactly one reply; pipelining (RFC 2920) owes one per command sent
// in the batch. A reply beyond what is owed, or bytes still unread when the client is about to
// send its next command, answer nobody: pairing them with the next command would shift every
// later reply by one (the desync that lets a hostile server make "STARTTLS refused" out of a
// stray "250"). Both are a protocol violation; the only exception is the 421 a server may send
// at any time before it closes (RFC 5321 s.3.8).
class ReplyStream
{
public:
    enum class Fault {
        None,
        Malformed,          // the bounded parser refused the bytes (ReplyParser::Error)
        UnsolicitedReply,   // a complete reply nobody asked for
        UnsolicitedBytes,   // bytes left over when the client wanted to send its next command
        ClosingAnnounced,   // an unsolicited 421: the server says it is going away (s.3.8)
    };

    struct Outcome
    {
        // The replies that answer commands, in order. Empty when a fault occurred in the same
        // chunk: nothing of a stream that broke is acted on.
        QList<Reply> replies;
        Fault fault = Fault::None;
        // For UnsolicitedReply / ClosingAnnounced: that reply; for the others: empty.
        std::optional<Reply> unsolicited;
        // Replies that were owed and complete before the fault, for the transcript only.
        QList<Reply> seenBeforeFault;
    };

    ReplyStream() = default;
    explicit ReplyStream(ReplyParser::Limits limits) : m_parser(limits) {}

    // A command is about to go out and will be owed one reply. Returns UnsolicitedBytes (and
    // changes nothing) when the server has already sent bytes that no command asked for; the
    // caller must then not write the command. holdAfterReply: STARTTLS (RFC 3207 s.4.2): bytes
    // after its reply are kept aside unparsed, so that the caller can count them as injected.
    Fault expectReply(bool holdAfterReply = false);

    // Feeds bytes as the socket delivered them, in any chunking.
    Outcome feed(QByteArrayView bytes);

    int repliesOwed() const { return m_owed; }
    // Bytes received and not yet part of a delivered reply: partial lines, a complete reply
    // not yet taken, and anything held back after the reply to STARTTLS.
    qsizetype unreadBytes() const;
    // The unread bytes as they came (held-back bytes included), for a message.
    QByteArray unreadPreview(qsizetype maxBytes = 80) const;
    const ReplyParser &parser() const { return m_parser; }
    QString errorString() const { return m_parser.errorString(); }

    // After the TLS handshake a new stream begins and nothing from before is kept (RFC 3207
    // s.4.2). Only valid with nothing unread: startTls checks that first.
    void restartAfterTls();

private:
    Outcome feedHolding(QByteArrayView bytes);
    void collect(Outcome &outcome);

    ReplyParser m_parser;
    int m_owed = 0;
    bool m_holdAfterReply = false; // the owed reply is the one to STARTTLS
    QByteArray m_heldBack;         // the first bytes after that reply, never parsed
    qsizetype m_heldCount = 0;     // how many bytes came after that reply in all
    QByteArray m_tail;             // the last bytes fed, for unreadPreview()
};

} // namespace SmtpTutor
