#pragma once

// The dialogs tst_differential plays against the real Postfix and against the simulator (and
// the practice server), and the short list of named, deliberate differences between them.

#include <QString>
#include <QStringList>

namespace SmtpTutor::Testing {

enum class Port { Plain, Submission, Smtps };

struct Dialog
{
    const char *name;
    Port port;
    QStringList lines; // client lines; after a 354 they are message lines up to "."
};

// A known, intended difference: at the client line `line` the engine answers `engineCode`
// where Postfix answers `postfixCode` ("code enhanced" or "code").
struct DeliberateDifference
{
    const char *name;
    const char *why;
    Port port;
    QStringList lines;
    QString line;
    QString engineCode;
    QString postfixCode;
};

inline const QString plainAlice = QStringLiteral("AGFsaWNlAHdvbmRlcmxhbmQ=");
inline const QString plainAliceRealm = QStringLiteral("AGFsaWNlQGV4YW1wbGUuY29tAHdvbmRlcmxhbmQ=");
inline const QString plainWrong = QStringLiteral("AGFsaWNlAHdyb25n");
inline const QString loginAlice = QStringLiteral("YWxpY2U=");
inline const QString loginPassword = QStringLiteral("d29uZGVybGFuZA==");
inline const QString loginWrong = QStringLiteral("d3Jvbmc=");

inline QList<Dialog> dialogs()
{
    const Port P = Port::Plain, S = Port::Submission, T = Port::Smtps;
    return {
        // ---- port 25 style (scenario "relay")
        { "happy path", P,
            { "EHLO client.example.org", "MAIL FROM:<sender@example.org>", "RCPT TO:<alice@example.com>",
                "DATA", "Subject: test", "", "Hello.", ".", "QUIT" } },
        { "HELO path", P,
            { "HELO client.example.org", "MAIL FROM:<sender@example.org>", "RCPT TO:<bob@example.com>",
                "DATA", "hi", ".", "QUIT" } },
        { "MAIL before EHLO", P, { "MAIL FROM:<a@example.org>", "QUIT" } },
        { "RCPT before MAIL", P,
            { "RCPT TO:<alice@example.com>", "EHLO me", "RCPT TO:<alice@example.com>", "QUIT" } },
        { "DATA before MAIL", P, { "DATA", "EHLO me", "DATA", "QUIT" } },
        { "DATA without RCPT", P, { "EHLO me", "MAIL FROM:<a@example.org>", "DATA", "QUIT" } },
        { "nested MAIL", P, { "EHLO me", "MAIL FROM:<a@example.org>", "MAIL FROM:<b@example.org>", "QUIT" } },
        { "MAIL TO", P, { "EHLO me", "MAIL TO:<a@example.org>", "QUIT" } },
        { "MAIL without brackets", P, { "EHLO me", "MAIL FROM:a@example.org", "QUIT" } },
        { "MAIL missing bracket", P, { "EHLO me", "MAIL FROM:<a@example.org", "QUIT" } },
        { "MAIL without address", P, { "EHLO me", "MAIL FROM:", "MAIL FROM", "MAIL", "QUIT" } },
        { "MAIL bad hyphen domain", P, { "EHLO me", "MAIL FROM:<a@-bad.org>", "QUIT" } },
        { "MAIL empty label", P, { "EHLO me", "MAIL FROM:<a@b..org>", "MAIL FROM:<a@.org>", "QUIT" } },
        { "MAIL bad literal", P,
            { "EHLO me", "MAIL FROM:<a@[1.2.3]>", "MAIL FROM:<a@[192.0.2.1]>", "QUIT" } },
        { "MAIL space in local part", P, { "EHLO me", "MAIL FROM:<a b@example.org>", "QUIT" } },
        { "null sender", P,
            { "EHLO me", "MAIL FROM:<>", "RCPT TO:<postmaster@example.com>", "DATA", "bounce", ".",
                "QUIT" } },
        { "RCPT without brackets", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:alice@example.com", "QUIT" } },
        { "RCPT null path", P, { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<>", "QUIT" } },
        { "RCPT FROM", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT FROM:<alice@example.com>", "RCPT", "QUIT" } },
        { "relay denied", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<x@foreign.org>",
                "RCPT TO:<alice@sub.example.com>", "DATA", "QUIT" } },
        { "unqualified recipient", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice>", "RCPT TO:<postmaster>", "QUIT" } },
        { "unknown user", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<nobody@example.com>", "DATA", "QUIT" } },
        { "partial acceptance", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>",
                "RCPT TO:<carol@example.com>", "RCPT TO:<x@foreign.org>", "RCPT TO:<BOB@Example.COM>", "DATA",
                "Subject: partial", "", "two of four", ".", "QUIT" } },
        { "unknown command", P, { "FROBNICATE", "EHLO me", "XYZZY now", "QUIT" } },
        { "empty line", P, { "", "   ", "NOOP", "QUIT" } },
        { "EXPN", P, { "EXPN staff", "EHLO me", "EXPN staff", "QUIT" } },
        { "arguments to NOOP RSET QUIT", P, { "NOOP hello", "RSET now", "QUIT bye" } },
        { "RSET clears the transaction", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>", "RSET",
                "RCPT TO:<alice@example.com>", "DATA", "MAIL FROM:<a@example.org>", "QUIT" } },
        { "EHLO resets the transaction", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "EHLO me", "RCPT TO:<alice@example.com>",
                "MAIL FROM:<a@example.org>", "QUIT" } },
        { "HELO resets the transaction", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<bob@example.com>", "HELO other", "DATA",
                "QUIT" } },
        { "HELO and EHLO without name", P, { "EHLO", "HELO", "MAIL FROM:<a@example.org>", "QUIT" } },
        { "VRFY", P,
            { "VRFY alice@example.com", "VRFY <bob@example.com>", "VRFY nobody@example.com",
                "VRFY x@foreign.org", "VRFY", "VRFY a b", "VRFY alice", "QUIT" } },
        { "ETRN", P,
            { "ETRN example.com", "EHLO me", "ETRN", "ETRN example.com", "MAIL FROM:<a@example.org>",
                "ETRN example.com", "QUIT" } },
        { "SIZE too big", P, { "EHLO me", "MAIL FROM:<a@example.org> SIZE=10485761", "QUIT" } },
        { "SIZE at the limit", P,
            { "EHLO me", "MAIL FROM:<a@example.org> SIZE=10485760", "RCPT TO:<alice@example.com>", "QUIT" } },
        { "SIZE not a number", P,
            { "EHLO me", "MAIL FROM:<a@example.org> SIZE=abc", "MAIL FROM:<a@example.org> SIZE", "QUIT" } },
        { "unknown MAIL parameter", P, { "EHLO me", "MAIL FROM:<a@example.org> FROBNICATE=yes", "QUIT" } },
        { "BODY values", P,
            { "EHLO me", "MAIL FROM:<a@example.org> BODY=BINARYMIME",
                "MAIL FROM:<a@example.org> BODY=8bitmime", "QUIT" } },
        { "DSN MAIL parameters", P,
            { "EHLO me", "MAIL FROM:<a@example.org> RET=FOO", "MAIL FROM:<a@example.org> ENVID=a+zz",
                "MAIL FROM:<a@example.org> RET=HDRS ENVID=abc", "QUIT" } },
        { "DSN RCPT parameters", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com> NOTIFY=NEVER,SUCCESS",
                "RCPT TO:<alice@example.com> ORCPT=rfc822",
                "RCPT TO:<alice@example.com> NOTIFY=SUCCESS,DELAY ORCPT=rfc822;alice@example.com", "QUIT" } },
        { "unknown RCPT parameter", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com> SIZE=1", "QUIT" } },
        { "SMTPUTF8 and AUTH parameters", P,
            { "EHLO me", "MAIL FROM:<a@example.org> SMTPUTF8 AUTH=<>", "RCPT TO:<alice@example.com>",
                "QUIT" } },
        { "AUTH on port 25", P,
            { "AUTH PLAIN " + plainAlice, "EHLO me", "AUTH PLAIN " + plainAlice, "AUTH", "QUIT" } },
        { "STARTTLS with argument", P, { "EHLO me", "STARTTLS now", "QUIT" } },
        { "STARTTLS then EHLO again", P,
            { "EHLO me", "STARTTLS", "MAIL FROM:<a@example.org>", "STARTTLS", "EHLO me", "STARTTLS",
                "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>", "DATA", "over TLS", ".",
                "QUIT" } },
        { "STARTTLS drops the transaction", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "STARTTLS", "EHLO me", "RCPT TO:<alice@example.com>",
                "AUTH PLAIN " + plainAlice, "QUIT" } },
        { "STARTTLS before EHLO", P, { "STARTTLS", "EHLO me", "QUIT" } },
        { "header instead of command", P, { "EHLO me", "Subject: hello" } },
        { "HTTP request", P, { "GET / HTTP/1.0" } },
        { "command not starting with a letter", P, { "EHLO me", "123 hello" } },
        { "DATA with argument", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>", "DATA now", "QUIT" } },
        { "lower-case commands", P,
            { "ehlo me", "mail from:<a@example.org>", "rcpt to:<bob@example.com>", "rset", "quit" } },
        { "source route", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<@relay.example.org:alice@example.com>",
                "QUIT" } },
        { "two transactions", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>", "DATA", "one", ".",
                "MAIL FROM:<a@example.org>", "RCPT TO:<bob@example.com>", "RCPT TO:<postmaster@example.com>",
                "DATA", "two", ".", "QUIT" } },
        { "dot-stuffed message", P,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>", "DATA", "..leading dot",
                "...", ". space", ".", "NOOP", "QUIT" } },
        { "quoted local part", P,
            { "EHLO me", "MAIL FROM:<\"john smith\"@example.org>", "RCPT TO:<\"alice\"@example.com>",
                "QUIT" } },
        { "space after colon", P,
            { "EHLO me", "MAIL FROM: <a@example.org>", "RCPT TO: <alice@example.com>", "QUIT" } },

        // ---- port 587 style (scenario "submission"): STARTTLS required, AUTH after TLS
        { "submission before TLS", S,
            { "NOOP", "RSET", "VRFY alice@example.com", "FOO", "EHLO me", "AUTH PLAIN " + plainAlice,
                "MAIL FROM:<alice@example.com>", "RCPT TO:<bob@example.com>", "DATA", "ETRN example.com",
                "QUIT" } },
        { "submission login and relay", S,
            { "EHLO me", "STARTTLS", "AUTH PLAIN " + plainAlice, "EHLO me", "AUTH", "AUTH CRAM-MD5",
                "AUTH PLAIN " + plainWrong, "AUTH PLAIN", plainAlice, "AUTH PLAIN " + plainAlice,
                "AUTH LOGIN", "MAIL FROM:<alice@example.com>", "RCPT TO:<x@foreign.org>",
                "RCPT TO:<nobody@example.com>", "DATA", "Subject: relayed", "", "hi", ".", "QUIT" } },
        { "submission without login", S,
            { "STARTTLS", "EHLO me", "MAIL FROM:<a@example.org>", "AUTH PLAIN " + plainAlice,
                "RCPT TO:<x@foreign.org>", "RCPT TO:<nobody@example.com>", "RCPT TO:<alice@example.com>",
                "RSET", "QUIT" } },
        { "submission AUTH LOGIN", S,
            { "STARTTLS", "EHLO me", "AUTH LOGIN", "*", "AUTH LOGIN " + loginAlice, "*", "AUTH LOGIN",
                loginAlice, loginPassword, "MAIL FROM:<alice@example.com>", "QUIT" } },
        { "submission AUTH oddities", S,
            { "STARTTLS", "EHLO me", "AUTH PLAIN", "*", "AUTH PLAIN =", "AUTH PLAIN !!!notbase64",
                "AUTH LOGIN", "!!!!", "AUTH PLAIN " + plainAlice + " extra", "AUTH LOGIN " + loginAlice,
                loginWrong, "QUIT" } },
        // A submission service serves only its own users after they log in (Postfix:
        // smtpd_client_restrictions = permit_sasl_authenticated, reject): local and remote
        // recipients, with and without TLS, with and without AUTH.
        { "submission TLS no login local and remote", S,
            { "STARTTLS", "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<bob@example.com>",
                "RCPT TO:<x@foreign.org>", "RCPT TO:<postmaster@example.com>", "RCPT TO:<Postmaster>", "RSET",
                "VRFY bob@example.com", "ETRN example.com", "QUIT" } },
        { "submission TLS login local and remote", S,
            { "STARTTLS", "EHLO me", "AUTH PLAIN " + plainAlice, "VRFY bob@example.com",
                "MAIL FROM:<alice@example.com>", "RCPT TO:<bob@example.com>", "RCPT TO:<x@foreign.org>",
                "RCPT TO:<postmaster@example.com>", "DATA", "Subject: both", "", "hi", ".", "QUIT" } },
        { "submission no TLS local and remote", S,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<bob@example.com>", "RCPT TO:<x@foreign.org>",
                "QUIT" } },
        { "submission no TLS with AUTH", S,
            { "EHLO me", "AUTH PLAIN " + plainAlice, "AUTH LOGIN", "MAIL FROM:<alice@example.com>",
                "RCPT TO:<bob@example.com>", "QUIT" } },
        { "submission empty PLAIN challenge", S,
            { "STARTTLS", "EHLO me", "AUTH PLAIN", plainAlice, "MAIL FROM:<alice@example.com>",
                "RCPT TO:<bob@example.com>", "QUIT" } },
        { "relay after STARTTLS local and remote", P,
            { "EHLO me", "STARTTLS", "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<bob@example.com>",
                "RCPT TO:<x@foreign.org>", "QUIT" } },
        { "submission TLS twice", S,
            { "STARTTLS", "STARTTLS", "EHLO me", "VRFY nobody@example.com", "VRFY alice@example.com",
                "ETRN example.com", "QUIT" } },

        // ---- port 465 style (scenario "smtps"): implicit TLS
        { "smtps before EHLO", T,
            { "MAIL FROM:<a@example.org>", "AUTH PLAIN " + plainAlice, "STARTTLS", "EHLO me",
                "VRFY alice@example.com", "QUIT" } },
        { "smtps login with realm", T,
            { "EHLO me", "AUTH PLAIN " + plainAliceRealm, "MAIL FROM:<alice@example.com>",
                "RCPT TO:<x@foreign.org>", "DATA", "hello", ".", "QUIT" } },
        { "smtps without login", T,
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<x@foreign.org>",
                "RCPT TO:<alice@example.com>", "QUIT" } },
        { "smtps AUTH LOGIN initial response", T,
            { "EHLO me", "AUTH LOGIN " + loginAlice, loginPassword, "EHLO again", "AUTH LOGIN",
                "MAIL FROM:<alice@example.com>", "AUTH PLAIN " + plainAlice, "RSET", "QUIT" } },
        { "smtps login local and remote", T,
            { "EHLO me", "AUTH LOGIN", loginAlice, loginPassword, "MAIL FROM:<alice@example.com>",
                "RCPT TO:<bob@example.com>", "RCPT TO:<x@foreign.org>", "QUIT" } },
        { "smtps wrong password then right", T,
            { "EHLO me", "AUTH PLAIN " + plainWrong, "AUTH LOGIN", loginAlice, loginWrong,
                "AUTH PLAIN " + plainAlice, "QUIT" } },
    };
}

inline QList<DeliberateDifference> deliberateDifferences()
{
    return {
        { "help-is-a-teaching-aid",
            "HELP lists the commands for the learner; Postfix does not implement HELP (RFC 5321 s.4.5.1 lets "
            "it).",
            Port::Plain, { "HELP", "QUIT" }, "HELP", "214 2.0.0", "500 5.5.2" },
        { "rfc-line-length",
            "A command line over 512 octets is refused as RFC 5321 s.4.5.3.1.4 says; Postfix reads up to "
            "2048.",
            Port::Plain, { "NOOP " + QString(600, u'x'), "QUIT" }, "NOOP " + QString(600, u'x'), "500 5.5.2",
            "250 2.0.0" },
        { "rfc-line-length-beyond-any-buffer",
            "A command line far over any limit gets the same 500 5.5.2, also where the practice server drops "
            "it unread; Postfix reads 2048 octets of it and skips the rest.",
            Port::Plain, { "NOOP " + QString(20000, u'x'), "QUIT" }, "NOOP " + QString(20000, u'x'),
            "500 5.5.2", "250 2.0.0" },
        { "strict-angle-brackets",
            "A path inside doubled angle brackets is not RFC 5321 syntax; Postfix's RFC 822 tokenizer "
            "accepts it.",
            Port::Plain, { "EHLO me", "MAIL FROM:<<a@example.org>>", "QUIT" }, "MAIL FROM:<<a@example.org>>",
            "501 5.1.7", "250 2.1.0" },
    };
}

} // namespace SmtpTutor::Testing
