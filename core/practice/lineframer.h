#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace SmtpTutor {

// A bounded line buffer in front of the server engine. Bytes go in as the socket delivers them,
// complete lines come out one at a time, whatever the chunking. It never holds more than one
// unfinished line of at most the current limit: a longer line is dropped up to its end and
// reported once, so a client cannot make the server buffer without bound.
// Lines end at LF; a CR just before it is removed (RFC 5321 s.2.3.8 asks for CRLF, but real
// servers, Postfix included, also accept a bare LF).
class LineFramer
{
public:
    enum class Result {
        NeedMore, // no complete line yet
        Line, // *line holds one line without its end
        TooLong, // a line went past the limit; its bytes are being dropped up to its LF
        Piece, // split mode: *line holds the first `limit` bytes of a longer line
    };

    enum class Overflow {
        Drop, // command lines: drop the long line and report TooLong once
        Split, // message lines: hand the long line over in pieces of `limit` bytes, as
               // Postfix does with lines over its line_length_limit
    };

    // Appends bytes. Call takeLine() until it returns NeedMore before appending again, so
    // at most one chunk plus one line is ever held.
    void append(QByteArrayView bytes);
    // The limit counts the bytes of a line without its CRLF.
    Result takeLine(qsizetype limit, QByteArray *line, Overflow overflow = Overflow::Drop);

    // Bytes held that are not yet a line: after the 220 to STARTTLS these were pipelined in
    // clear and must be thrown away (RFC 3207 s.4.2).
    qsizetype pendingBytes() const { return m_buffer.size() - m_start; }
    qsizetype discardPending();
    bool isDroppingLongLine() const { return m_dropping; }

private:
    Result takePiece(qsizetype limit, QByteArray *line);
    void compact();

    QByteArray m_buffer;
    qsizetype m_start = 0; // bytes before this index have been taken already
    bool m_dropping = false; // inside a line that was too long: skip to its LF
};

} // namespace SmtpTutor
