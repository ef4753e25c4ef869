#pragma once

// Shared by the probe, ports and mx subcommands: exit statuses, the live transcript printer,
// and where a password may come from (never the command line itself).

#include "client/clienterror.h"
#include "session/transcript.h"

#include <QString>

#include <optional>

namespace SmtpTutor::Cli {

// Exit statuses of "probe" (documented in the README). 2 is always a usage error.
enum ProbeExit {
    ExitOk = 0,
    ExitInternal = 1,          // cancelled or an unexpected internal state
    ExitConnect = 3,           // name lookup, refused, unreachable
    ExitGreeting = 4,          // no 220 greeting (421, 554, ...)
    ExitEhlo = 5,              // EHLO and HELO refused
    ExitStartTls = 6,          // STARTTLS not offered or refused; credentials withheld for lack of TLS
    ExitTls = 7,               // TLS handshake or certificate verification failed
    ExitAuth = 8,              // AUTH refused (535 ...) or no usable mechanism
    ExitMail = 9,              // MAIL FROM refused
    ExitRcpt = 10,             // a RCPT TO refused
    ExitData = 11,             // DATA or the message refused
    ExitTimeout = 12,          // connect, reply or overall deadline passed
    ExitProtocolViolation = 13, // malformed replies, plaintext injection after STARTTLS, endless AUTH challenges
};

int exitCodeFor(const ClientError &error);

// The parser's help with its first line naming "smtp-tutor-cli COMMAND".

// Prints each new transcript entry as "<mark> <text>" (swaks style) as it arrives.
void printTranscriptLive(const Transcript &transcript);

// The secret for AUTH from exactly one source. *usageError is set when the choice is wrong.
std::optional<QString> readSecret(const QString &environmentVariable, const QString &file,
                                  const QString &user, QString *usageError);

} // namespace SmtpTutor::Cli
