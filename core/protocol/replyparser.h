#pragma once

#include "reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpTutor {

// Turns bytes from a server into Replies, whatever the chunking, and refuses to grow without
// bound. Feed it what the socket delivered; take complete replies with takeReply().
// After an error the parser stays in the error state: a broken stream cannot be trusted again.
class ReplyParser
{
public:
    struct Limits
    {
        // RFC 5321 s.4.5.3.1.5 allows 512 octets per reply line including CRLF. Real servers
        // exceed it (long EHLO keyword lists, verbose rejections), so we accept four times that.
        qsizetype maxLineLength = 2048;
        // A multi-line reply longer than this is a server misbehaving (an EHLO has ~15 lines).
        qsizetype maxLinesPerReply = 128;
        // Bytes in one reply, all lines together.
        qsizetype maxReplyBytes = 64 * 1024;
    };

    enum class Error {
        None,
        LineTooLong,          // no CRLF within maxLineLength bytes
        NotACode,             // the line does not start with three digits
        CodeOutOfRange,       // three digits, but not 2xx-5xx (RFC 5321 s.4.2.1)
        InconsistentCodes,    // "250-..." followed by "251 ..." inside one reply (s.4.2.1)
        MissingSeparator,     // fourth character neither ' ', '-' nor end of line
        TooManyLines,         // more than maxLinesPerReply lines in one reply
        ReplyTooLarge,        // more than maxReplyBytes in one reply
    };

    enum class Warning {
        BareLineFeed,         // a line ended in LF alone; tolerated (s.2.3.8), reported
    };

    ReplyParser() = default;
    explicit ReplyParser(Limits limits) : m_limits(limits) {}

    // Appends bytes and parses as far as they go. Returns false once an error has occurred.
    bool feed(QByteArrayView bytes);

    bool hasReply() const { return !m_ready.isEmpty(); }
    std::optional<Reply> takeReply();

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    QString errorString() const;
    static QString describe(Error error);

    // Warnings seen so far (each kind at most once).
    const QList<Warning> &warnings() const { return m_warnings; }

    // Bytes held that are not yet part of a complete reply: a partial line, or the lines of an
    // unfinished multi-line reply. After the 220 to STARTTLS this must be 0 and no reply may be
    // pending, or the server (or a man in the middle) injected plaintext (RFC 3207 s.4.2).
    qsizetype pendingBytes() const;
    bool isIdle() const { return pendingBytes() == 0 && m_ready.isEmpty(); }

    const Limits &limits() const { return m_limits; }
    // Forget everything (used after a TLS handshake: a new stream begins).
    void reset();

private:
    // line: without its LF; wireLength: bytes the line took on the wire, LF included.
    bool parseLine(QByteArrayView line, qsizetype wireLength);
    void fail(Error error);
    Error overflow(qsizetype lineLength) const;

    Limits m_limits;
    QByteArray m_buffer;          // bytes after the last complete line
    int m_currentCode = 0;        // code of the multi-line reply in progress, 0 if none
    QStringList m_currentLines;
    QList<QByteArray> m_currentRawLines;
    qsizetype m_currentBytes = 0;
    QList<Reply> m_ready;
    Error m_error = Error::None;
    QList<Warning> m_warnings;
};

} // namespace SmtpTutor
