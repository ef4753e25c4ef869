#pragma once

#include <QtGlobal>

namespace SmtpTutor {

// The limits a real MTA puts on its clients. A client that breaks one gets the reply a real
// server sends (the responder words it: ServerEngine::transportFault) and the server goes on
// serving everyone else. The 512-octet limit of a command line is the engine's own rule.
struct PracticeLimits
{
    // Open sessions at once; one more is answered "421 4.7.0 ... too many connections" and
    // closed (Postfix: default_process_limit 100).
    int maxConnections = 100;
    // Time allowed for each complete line (command, message line, AUTH answer, TLS handshake),
    // like Postfix with smtpd_per_record_deadline=yes: a client that sends a byte now and then
    // without ever finishing a line is cut off too. Then "421 4.4.2 ... timeout exceeded".
    int idleTimeoutMs = 300'000; // Postfix smtpd_timeout: 300 s
    // The longest line outside DATA the server holds, CRLF included: an AUTH command or an answer
    // to a 334 challenge may have 12288 octets (RFC 4954 s.4). Longer lines are dropped unread
    // and answered as the engine answers any over-long line.
    qsizetype maxAuthLineLength = 12288;
    // A line of message content. RFC 5321 s.4.5.3.1.6 says 1000 octets, but real mail breaks
    // that; longer lines are cut in pieces of this size (Postfix: line_length_limit 2048).
    qsizetype maxDataLineLength = 2048;
    // Bytes of mail held in memory: messages in flight plus messages kept for viewing.
    qint64 maxMemoryBytes = 64 * 1024 * 1024;
    // Closed sessions kept (with their transcripts) for viewing; older ones are forgotten.
    int keptClosedConnections = 200;
    // Transcript entries per session; beyond that only a note is kept (a client may send
    // NOOP forever). Message lines past maxTranscriptMessageLines per message are summarised.
    int maxTranscriptEntries = 5000;
    int maxTranscriptMessageLines = 60;
    // Replies waiting to be written before the server stops reading from that client (a client
    // that pipelines without reading cannot make the server buffer without bound).
    qint64 maxWriteBacklog = 256 * 1024;
};

} // namespace SmtpTutor
