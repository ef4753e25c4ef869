#pragma once

// The dialogs tst_differential_exim plays against the reference Exim (tools/exim/start: one port,
// STARTTLS for everyone, AUTH inside TLS) and against the engine with the Exim personality and
// scenario "one-port", and the named differences between the two.

#include "differentialdialogs.h"

namespace SmtpTutor::Testing {

struct EximDialog
{
    QString name;
    QStringList lines;
};

// Where the engine (Exim personality) and the real Exim answer with different codes, on purpose or
// because the simulation does not model that part of Exim. The dialog stops there.
struct EximDifference
{
    const char *dialog;
    const char *line;
    const char *engineCode;
    const char *eximCode;
    const char *why;
};

inline QList<EximDialog> eximDialogs()
{
    QList<EximDialog> list;
    // Every port-25 dialog of the Postfix comparison: the same port shape.
    for (const Dialog &dialog : dialogs()) {
        if (dialog.port == Port::Plain)
            list.append({ QString::fromLatin1(dialog.name), dialog.lines });
    }
    const QStringList tls { "EHLO me", "STARTTLS", "EHLO me" };
    list += {
        { "exim login and relay",
            tls + QStringList { "AUTH PLAIN " + plainAlice, "MAIL FROM:<alice@example.com>", "RCPT TO:<x@foreign.org>",
                "RCPT TO:<bob@example.com>", "DATA", "Subject: relayed", "", "hi", ".", "QUIT" } },
        { "exim AUTH LOGIN", tls + QStringList { "AUTH LOGIN", "*", "AUTH LOGIN", loginAlice, loginPassword, "QUIT" } },
        { "exim AUTH LOGIN initial response",
            tls + QStringList { "AUTH LOGIN " + loginAlice, loginPassword, "MAIL FROM:<alice@example.com>", "QUIT" } },
        { "exim wrong passwords",
            tls + QStringList { "AUTH PLAIN " + plainWrong, "AUTH LOGIN", loginAlice, loginWrong,
                "AUTH PLAIN " + plainAlice, "AUTH PLAIN " + plainAlice, "QUIT" } },
        { "exim empty PLAIN challenge",
            tls + QStringList { "AUTH PLAIN", plainAlice, "MAIL FROM:<alice@example.com>", "RCPT TO:<x@foreign.org>",
                "QUIT" } },
        { "exim PLAIN cancelled", tls + QStringList { "AUTH PLAIN", "*", "NOOP", "QUIT" } },
        { "exim unknown mechanism", tls + QStringList { "AUTH CRAM-MD5", "QUIT" } },
        { "exim AUTH without mechanism", tls + QStringList { "AUTH", "QUIT" } },
        { "exim bad base64", tls + QStringList { "AUTH PLAIN !!!notbase64", "QUIT" } },
        { "exim AUTH inside a transaction",
            tls + QStringList { "MAIL FROM:<a@example.org>", "AUTH PLAIN " + plainAlice, "QUIT" } },
        { "exim TLS without login",
            tls + QStringList { "MAIL FROM:<a@example.org>", "RCPT TO:<bob@example.com>", "RCPT TO:<x@foreign.org>",
                "RCPT TO:<nobody@example.com>", "DATA", "hi", ".", "QUIT" } },
        { "exim VRFY after login", tls + QStringList { "AUTH PLAIN " + plainAlice, "VRFY bob@example.com", "QUIT" } },
        { "exim AUTH before TLS", { "EHLO me", "AUTH PLAIN " + plainAlice, "AUTH LOGIN", "QUIT" } },
        { "exim RSET and NOOP", { "EHLO me", "MAIL FROM:<a@example.org>", "RSET", "NOOP", "RSET", "QUIT" } },
    };
    return list;
}

inline QList<EximDifference> eximDifferences()
{
    return {
        { "MAIL without brackets", "MAIL FROM:a@example.org", "501", "250",
            "Exim takes a path without angle brackets; the tutor keeps RFC 5321 s.4.1.2's brackets, as Postfix "
            "with strict_rfc821_envelopes does." },
        { "RCPT without brackets", "RCPT TO:alice@example.com", "501", "250",
            "The same for a recipient: Exim takes it without angle brackets, the tutor does not." },
        { "STARTTLS then EHLO again", "EHLO me", "250", "554",
            "After a second STARTTLS inside TLS (554 Already in TLS) Exim answers every command but QUIT with "
            "554 Security failure; the simulation answers 554 to the STARTTLS and carries on." },
        { "MAIL bad literal", "MAIL FROM:<a@[192.0.2.1]>", "250", "501",
            "Exim's example configuration refuses every domain literal, even a valid one; the tutor accepts "
            "RFC 5321 s.4.1.3 literals." },
        { "unqualified recipient", "RCPT TO:<alice>", "550", "501",
            "Exim refuses a recipient without a domain as a syntax error; the simulation completes it with its "
            "own name and refuses the relay." },
        { "arguments to NOOP RSET QUIT", "QUIT bye", "221", "501",
            "Exim refuses QUIT with an argument and stays connected; the tutor ends the session as Postfix "
            "does." },
        { "SIZE not a number", "MAIL FROM:<a@example.org> SIZE=abc", "501", "250",
            "Exim ignores a SIZE value that is not a number; the tutor refuses it (RFC 1870 s.6)." },
        { "DSN MAIL parameters", "MAIL FROM:<a@example.org> RET=FOO", "501", "250",
            "Exim, which offers no DSN, lets RET= through on MAIL; the tutor checks it (RFC 3461 s.4.3)." },
    };
}

} // namespace SmtpTutor::Testing
