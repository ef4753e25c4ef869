#pragma once

#include "command.h"

#include <QByteArrayView>

namespace SmtpTutor {

// Parses one command line (without its CRLF) as a strict RFC 5321 server would:
// case-insensitive verbs, HELO/EHLO domain or address literal, MAIL FROM:<path> and
// RCPT TO:<path> with ESMTP parameters, mailbox syntax of s.4.1.2 (dot-string and quoted
// local parts, domains, address literals), the null path, and the line length limit.
class CommandParser
{
public:
    // RFC 5321 s.4.5.3.1.4: a command line is at most 512 octets including CRLF.
    static constexpr qsizetype MaxCommandLineLength = 512;

    static Command parse(QByteArrayView line);
    // The same inside a transaction whose MAIL FROM carried SMTPUTF8 (RFC 6531 s.3.4): a RCPT
    // path may then use a UTF-8 domain, which Postfix otherwise rejects with 501 5.1.3.
    static Command parse(QByteArrayView line, bool smtpUtf8Transaction);

    // Mailbox syntax alone ("alice@example.com", no angle brackets), for addresses a user
    // types in a form. Returns nullopt when it is not a valid RFC 5321 Mailbox.
    static std::optional<MailPath> parseMailbox(QStringView text);
};

} // namespace SmtpTutor
