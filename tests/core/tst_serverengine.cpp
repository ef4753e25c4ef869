// ServerEngine: one data row per conversation. A script is a list of lines:
//   "> text"     the client sends text (a command, an AUTH answer or a message line)
//   "< 250 2.1.0" the next reply has this code and enhanced code ("< 250" checks the code only,
//                "< 501 -" checks that there is no enhanced code)
//   "= 334 "     the next reply, exactly as written on the wire (CRLF added here)
//   "! tls"      the transport finished the TLS handshake (ServerEngine::tlsStarted)
//   "? closed" / "? open" / "? phase Identified" / "? tls" / "? user alice" / "? nouser"
//                "? received N" (messages in the shared state)
// The greeting is the first expected reply. Every reply must explain itself.
// The EHLO keywords of each scenario: tst_serverengine_scenarios; message storage and state kept
// within and across sessions: tst_serverengine_sessions; the fault scenarios: tst_serverengine_faults.

#include "server/serverengine.h"

#include <QMetaEnum>
#include <QtTest>

using namespace SmtpTutor;

namespace {
const QString plainAlice = QStringLiteral("AGFsaWNlAHdvbmRlcmxhbmQ="); // \0alice\0wonderland
const QString plainWrong = QStringLiteral("AGFsaWNlAHdyb25n"); // \0alice\0wrong
const QString loginAlice = QStringLiteral("YWxpY2U="); // alice
const QString loginPassword = QStringLiteral("d29uZGVybGFuZA=="); // wonderland
} // namespace

class TestServerEngine : public QObject
{
    Q_OBJECT

private:
    void row(const char *name, const char *scenario, const QStringList &script)
    {
        QTest::newRow(name) << QString::fromLatin1(scenario) << script;
    }

private Q_SLOTS:
    void conversation_data();
    void conversation();
};

void TestServerEngine::conversation_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("script");

    // ---- the happy path and the basic verbs (relay, port 25)
    row("full transaction", "relay",
        { "< 220", "> EHLO client.example.org", "< 250", "? phase Identified",
            "> MAIL FROM:<sender@example.org>", "< 250 2.1.0", "? phase InTransaction",
            "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "? phase HaveRecipients", "> DATA", "< 354 -",
            "? phase InData", "> Subject: hi", "> ", "> hello", "> .", "< 250 2.0.0", "? phase Identified",
            "? received 1", "> QUIT", "< 221 2.0.0", "? closed" });
    row("HELO works too", "relay",
        { "< 220", "> HELO client.example.org", "< 250 -", "> MAIL FROM:<a@example.org>", "< 250 2.1.0" });
    row("lower-case verbs", "relay",
        { "< 220", "> ehlo me", "< 250", "> mail from:<a@example.org>", "< 250 2.1.0",
            "> rcpt to:<bob@example.com>", "< 250 2.1.5", "> quit", "< 221 2.0.0" });
    row("two messages in one session", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "> DATA", "< 354", "> one", "> .", "< 250 2.0.0",
            "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> RCPT TO:<bob@example.com>", "< 250 2.1.5",
            "> DATA", "< 354", "> two", "> .", "< 250 2.0.0", "? received 2" });
    row("null sender", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<>", "< 250 2.1.0",
            "> RCPT TO:<postmaster@example.com>", "< 250 2.1.5" });
    row("postmaster without domain", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<Postmaster>", "< 250 2.1.5" });
    row("NOOP RSET QUIT", "relay",
        { "< 220", "> NOOP", "< 250 2.0.0", "> NOOP anything", "< 250 2.0.0", "> RSET", "< 250 2.0.0",
            "> RSET now", "< 501 5.5.4", "> QUIT please", "< 221 2.0.0", "? closed" });
    row("nothing after QUIT", "relay", { "< 220", "> QUIT", "< 221 2.0.0", "> NOOP", "? closed" });

    // ---- sequence errors (RFC 5321 s.4.1.4): state before syntax
    row("MAIL before EHLO", "relay",
        { "< 220", "> MAIL FROM:<a@example.org>", "< 503 5.5.1", "? phase Greeted" });
    row("bad MAIL before EHLO is still 503", "relay",
        { "< 220", "> MAIL FROM:a@example.org", "< 503 5.5.1" });
    row("RCPT before MAIL", "relay",
        { "< 220", "> EHLO me", "< 250", "> RCPT TO:<alice@example.com>", "< 503 5.5.1" });
    row("RCPT before EHLO", "relay", { "< 220", "> RCPT TO:<alice@example.com>", "< 503 5.5.1" });
    row("DATA before MAIL", "relay", { "< 220", "> EHLO me", "< 250", "> DATA", "< 503 5.5.1" });
    row("DATA without recipients", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> DATA",
            "< 554 5.5.1" });
    row("nested MAIL", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> MAIL FROM:<b@example.org>", "< 503 5.5.1", "> MAIL TO:<b@example.org>", "< 503 5.5.1" });
    row("RSET ends the transaction", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "> RSET", "< 250 2.0.0", "? phase Identified",
            "> RCPT TO:<alice@example.com>", "< 503 5.5.1", "> DATA", "< 503 5.5.1" });
    row("EHLO resets the transaction", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> EHLO me again",
            "< 250", "> RCPT TO:<alice@example.com>", "< 503 5.5.1" });
    row("HELO resets the transaction", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> HELO other",
            "< 250 -", "> RCPT TO:<postmaster@example.com>", "< 503 5.5.1" });

    // ---- syntax errors
    row("EHLO without name", "relay",
        { "< 220", "> EHLO", "< 501 -", "> HELO", "< 501 -", "? phase Greeted" });
    row("MAIL syntax", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL", "< 501 5.5.4", "> MAIL FROM", "< 501 5.5.4",
            "> MAIL FROM:", "< 501 5.5.4", "> MAIL TO:<a@example.org>", "< 501 5.5.4",
            "> MAIL FROM:a@example.org", "< 501 5.1.7", "> MAIL FROM:<a@example.org", "< 501 5.1.7",
            "> MAIL FROM:<a@-bad.org>", "< 501 5.1.7", "> MAIL FROM:<a@b..org>", "< 501 5.1.7",
            "> MAIL FROM:<a b@example.org>", "< 501 5.1.7", "> MAIL FROM:<a@[1.2.3]>", "< 501 5.1.7",
            "? phase Identified" });
    row("RCPT syntax", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> RCPT",
            "< 501 5.5.4", "> RCPT FROM:<alice@example.com>", "< 501 5.5.4", "> RCPT TO:alice@example.com",
            "< 501 5.1.3", "> RCPT TO:<>", "< 501 5.1.3", "> RCPT TO:<alice@example.com", "< 501 5.1.3",
            "? phase InTransaction" });
    row("DATA with argument", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<bob@example.com>", "< 250 2.1.5", "> DATA now", "< 501 5.5.4",
            "? phase HaveRecipients" });
    row("unknown command and empty line", "relay",
        { "< 220", "> FROBNICATE", "< 500 5.5.2", "> ", "< 500 5.5.2", "> EXPN staff", "< 500 5.5.2",
            "> BDAT 10 LAST", "< 500 5.5.2", "? open" });
    row("line too long", "relay", { "< 220", "> NOOP " + QString(600, u'x'), "< 500 5.5.2" });
    row("header instead of command hangs up", "relay",
        { "< 220", "> EHLO me", "< 250", "> Subject: hello", "< 221 2.7.0", "? closed" });
    row("HTTP request hangs up", "relay", { "< 220", "> GET / HTTP/1.1", "< 221 2.7.0", "? closed" });
    row("HELP is a teaching aid", "relay",
        { "< 220", "> HELP", "< 214 2.0.0", "> HELP MAIL", "< 214 2.0.0" });

    // ---- ESMTP parameters
    row("MAIL parameters accepted", "relay",
        { "< 220", "> EHLO me", "< 250",
            "> MAIL FROM:<a@example.org> SIZE=100 BODY=8BITMIME SMTPUTF8 RET=HDRS ENVID=x1", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;alice@example.com",
            "< 250 2.1.5" });
    row("MAIL parameter errors", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org> FROBNICATE=yes", "< 555 5.5.4",
            "> MAIL FROM:<a@example.org> SIZE=abc", "< 501 5.5.4",
            "> MAIL FROM:<a@example.org> BODY=BINARYMIME", "< 555 5.5.4",
            "> MAIL FROM:<a@example.org> RET=ALL", "< 501 5.5.4", "> MAIL FROM:<a@example.org> ENVID=a+zz",
            "< 501 5.5.4", "? phase Identified" });
    row("RCPT parameter errors", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com> NOTIFY=NEVER,SUCCESS", "< 501 5.5.4",
            "> RCPT TO:<alice@example.com> ORCPT=rfc822", "< 501 5.5.4",
            "> RCPT TO:<alice@example.com> SIZE=1", "< 555 5.5.4" });
    row("SIZE over the limit", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org> SIZE=10485761", "< 552 5.3.4",
            "> MAIL FROM:<a@example.org> SIZE=99999999999999999999999", "< 552 5.3.4",
            "> MAIL FROM:<a@example.org> SIZE=10485760", "< 250 2.1.0" });

    // ---- recipients: relay, unknown users, partial acceptance
    row("relay denied", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<x@foreign.org>", "< 554 5.7.1", "> RCPT TO:<alice@sub.example.com>", "< 554 5.7.1",
            "> RCPT TO:<alice>", "< 554 5.7.1", "> DATA", "< 554 5.5.1" });
    row("unknown user", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<nobody@example.com>", "< 550 5.1.1", "> DATA", "< 554 5.5.1" });
    row("partial acceptance", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "> RCPT TO:<carol@example.com>", "< 550 5.1.1",
            "> RCPT TO:<x@foreign.org>", "< 554 5.7.1", "> RCPT TO:<BOB@Example.COM>", "< 250 2.1.5",
            "> DATA", "< 354", "> hi", "> .", "< 250 2.0.0" });
    row("VRFY", "relay",
        { "< 220", "> VRFY alice@example.com", "< 252 2.0.0", "> VRFY <bob@example.com>", "< 252 2.0.0",
            "> VRFY nobody@example.com", "< 550 5.1.1", "> VRFY x@foreign.org", "< 554 5.7.1", "> VRFY alice",
            "< 554 5.7.1", "> VRFY", "< 501 5.5.4", "> VRFY a b", "< 501 5.1.3" });
    row("ETRN", "relay",
        { "< 220", "> ETRN example.com", "< 503 -", "> EHLO me", "< 250", "> ETRN", "< 500 -",
            "> ETRN example.com", "< 459 -", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> ETRN example.com", "< 503 -" });

    // ---- DATA: size after the dot
    row("message too big after the dot", "size-limit",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org> SIZE=2000", "< 552 5.3.4",
            "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> RCPT TO:<alice@example.com>", "< 250 2.1.5",
            "> DATA", "< 354", "> " + QString(600, u'a'), "> " + QString(600, u'b'), "> .", "< 552 5.3.4",
            "? received 0", "? phase Identified", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "> DATA", "< 354", "> short", "> .",
            "< 250 2.0.0", "? received 1" });

    // ---- STARTTLS
    row("STARTTLS on port 25", "relay",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> STARTTLS",
            "< 220 2.0.0", "! tls", "? tls", "? phase Greeted", "> MAIL FROM:<a@example.org>", "< 503 5.5.1",
            "> STARTTLS", "< 554 5.5.1", "> EHLO me", "< 250", "> STARTTLS", "< 554 5.5.1",
            "> AUTH PLAIN " + plainAlice, "< 503 5.5.1" });
    row("STARTTLS before EHLO and with argument", "relay",
        { "< 220", "> STARTTLS now", "< 501 5.5.4", "> STARTTLS", "< 220 2.0.0", "! tls", "> EHLO me",
            "< 250" });
    row("no STARTTLS on smtps", "smtps", { "< 220", "? tls", "> STARTTLS", "< 554 5.5.1" });

    // ---- submission: TLS required, AUTH after TLS
    row("submission before TLS", "submission",
        { "< 220", "> NOOP", "< 250 2.0.0", "> RSET", "< 530 5.7.0", "> VRFY alice@example.com",
            "< 530 5.7.0", "> FOO", "< 500 5.5.2", "> EHLO me", "< 250", "> AUTH PLAIN " + plainAlice,
            "< 530 5.7.0", "> MAIL FROM:<alice@example.com>", "< 530 5.7.0", "> RCPT TO:<bob@example.com>",
            "< 530 5.7.0", "> DATA", "< 530 5.7.0", "> ETRN example.com", "< 530 5.7.0", "> QUIT",
            "< 221 2.0.0" });
    row("submission AUTH PLAIN and relay", "submission",
        { "< 220", "> EHLO me", "< 250", "> STARTTLS", "< 220 2.0.0", "! tls", "> AUTH PLAIN " + plainAlice,
            "< 503 5.5.1", "> EHLO me", "< 250", "> AUTH", "< 501 5.5.4", "> AUTH CRAM-MD5", "< 535 5.7.8",
            "> AUTH PLAIN " + plainWrong, "< 535 5.7.8", "? nouser", "> AUTH PLAIN", "< 334",
            "? phase AuthExchange", "> " + plainAlice, "< 235 2.7.0", "? user alice",
            "> AUTH PLAIN " + plainAlice, "< 503 5.5.1", "> AUTH LOGIN", "< 503 5.5.1",
            "> MAIL FROM:<alice@example.com>", "< 250 2.1.0", "> RCPT TO:<x@foreign.org>", "< 250 2.1.5",
            "> RCPT TO:<nobody@example.com>", "< 550 5.1.1", "> DATA", "< 354", "> hello", "> .",
            "< 250 2.0.0" });
    // A submission service serves only logged-in clients (Postfix: smtpd_client_restrictions =
    // permit_sasl_authenticated, reject, applied at RCPT, VRFY and ETRN); only the bare
    // <postmaster> passes (RFC 5321 s.4.5.1).
    row("submission without login cannot relay", "submission",
        { "< 220", "> STARTTLS", "< 220 2.0.0", "! tls", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>",
            "< 250 2.1.0", "> AUTH PLAIN " + plainAlice, "< 503 5.5.1", "> RCPT TO:<x@foreign.org>",
            "< 554 5.7.1", "> RCPT TO:<alice@example.com>", "< 554 5.7.1" });
    row("submission without login refuses even local mailboxes", "submission",
        { "< 220", "> STARTTLS", "< 220 2.0.0", "! tls", "> EHLO me", "< 250", "> VRFY alice@example.com",
            "< 554 5.7.1", "> ETRN example.com", "< 554 5.7.1", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<bob@example.com>",
            "= 554 5.7.1 <localhost[127.0.0.1]>: Client host rejected: Access denied",
            "> RCPT TO:<nobody@example.com>", "< 554 5.7.1", "> RCPT TO:<postmaster@example.com>",
            "< 554 5.7.1", "> RCPT TO:<Postmaster>", "< 250 2.1.5", "> RSET", "< 250 2.0.0",
            "> AUTH PLAIN " + plainAlice, "< 235 2.7.0", "> VRFY alice@example.com", "< 252 2.0.0",
            "> MAIL FROM:<alice@example.com>", "< 250 2.1.0", "> RCPT TO:<bob@example.com>", "< 250 2.1.5",
            "> RCPT TO:<x@foreign.org>", "< 250 2.1.5", "> RCPT TO:<nobody@example.com>", "< 550 5.1.1" });
    row("smtps keeps serving local mailboxes without login", "smtps",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "> RCPT TO:<x@foreign.org>", "< 554 5.7.1" });
    // RFC 4954 s.4: continue-req = "334" SP [base64] CRLF. The SP stays when the challenge is
    // empty; s-nail hangs up on a bare "334".
    row("empty PLAIN challenge keeps its SP", "submission",
        { "< 220", "> STARTTLS", "< 220 2.0.0", "! tls", "> EHLO me", "< 250", "> AUTH PLAIN", "= 334 ",
            "> " + plainAlice, "< 235 2.7.0", "? user alice" });
    row("LOGIN challenges on the wire", "smtps",
        { "< 220", "> EHLO me", "< 250", "> AUTH LOGIN", "= 334 VXNlcm5hbWU6", "> " + loginAlice,
            "= 334 UGFzc3dvcmQ6", "> " + loginPassword, "= 235 2.7.0 Authentication successful" });
    row("over-long answer to a challenge", "smtps",
        { "< 220", "> EHLO me", "< 250", "> AUTH PLAIN", "< 334", "> " + QString(12287, u'A'),
            "= 500 5.5.6 SASL response limit exceeded", "? phase Identified", "? nouser", "> AUTH PLAIN",
            "< 334", "> " + QString(12286, u'A'), "< 535 5.7.8" });
    row("AUTH LOGIN dialogue", "submission",
        { "< 220", "> STARTTLS", "< 220", "! tls", "> EHLO me", "< 250", "> AUTH LOGIN", "< 334", "> *",
            "< 501 5.7.0", "> AUTH LOGIN " + loginAlice, "< 334", "> *", "< 501 5.7.0", "> AUTH LOGIN",
            "< 334", "> !!!!", "< 535 5.7.8", "> AUTH LOGIN", "< 334", "> " + loginAlice, "< 334",
            "> " + loginPassword, "< 235 2.7.0", "? user alice" });
    row("AUTH PLAIN oddities", "smtps",
        { "< 220", "> AUTH PLAIN " + plainAlice, "< 503 5.5.1", "> EHLO me", "< 250", "> AUTH PLAIN", "< 334",
            "> *", "< 501 5.7.0", "> AUTH PLAIN =", "< 535 5.7.8", "> AUTH PLAIN !!!notbase64", "< 535 5.7.8",
            "> AUTH PLAIN " + plainAlice + " extra", "< 501 5.5.4", "> auth plain " + plainAlice,
            "< 235 2.7.0" });
    row("AUTH with realm", "smtps",
        { "< 220", "> EHLO me", "< 250",
            "> AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHdvbmRlcmxhbmQ=", "< 235 2.7.0", "? user alice" });
    row("AUTH not enabled on port 25", "relay",
        { "< 220", "> AUTH PLAIN " + plainAlice, "< 503 5.5.1", "> EHLO me", "< 250",
            "> AUTH PLAIN " + plainAlice, "< 503 5.5.1", "? nouser" });
    row("authenticated stays after EHLO", "smtps",
        { "< 220", "> EHLO me", "< 250", "> AUTH PLAIN " + plainAlice, "< 235 2.7.0", "> EHLO again", "< 250",
            "? user alice", "> MAIL FROM:<alice@example.com>", "< 250 2.1.0", "> AUTH PLAIN " + plainAlice,
            "< 503 5.5.1" });

    // ---- fault scenarios
    row("auth-required", "auth-required",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<alice@example.com>", "< 530 5.7.0",
            "> AUTH LOGIN " + loginAlice, "< 334", "> " + loginPassword, "< 235 2.7.0",
            "> MAIL FROM:<alice@example.com>", "< 250 2.1.0" });
    row("greylist first attempt then retry", "greylist",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<alice@example.com>", "< 450 4.7.1", "> DATA", "< 554 5.5.1", "> RSET", "< 250 2.0.0",
            "> MAIL FROM:<a@example.org>", "< 250 2.1.0", "> RCPT TO:<alice@example.com>", "< 250 2.1.5",
            "> RCPT TO:<bob@example.com>", "< 450 4.7.1", "> RCPT TO:<nobody@example.com>", "< 550 5.1.1" });
    row("mailbox full", "mailbox-full",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<bob@example.com>", "< 452 4.2.2", "> RCPT TO:<alice@example.com>", "< 250 2.1.5",
            "> DATA", "< 354", "> " + QString(300, u'x'), "> .", "< 552 5.2.2", "> MAIL FROM:<a@example.org>",
            "< 250 2.1.0", "> RCPT TO:<alice@example.com>", "< 250 2.1.5", "> DATA", "< 354", "> short",
            "> .", "< 250 2.0.0" });
    row("unknown and moved users", "unknown-user",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 250 2.1.0",
            "> RCPT TO:<carol@example.com>", "< 551 5.1.6", "> RCPT TO:<dave@example.com>", "< 550 5.1.1",
            "> VRFY carol@example.com", "< 551 5.1.6", "> RCPT TO:<alice@example.com>", "< 250 2.1.5" });
    row("blacklisted at connect", "blacklisted",
        { "< 554 5.7.1", "? open", "> EHLO me", "< 503 5.5.1", "> MAIL FROM:<a@example.org>", "< 503 5.5.1",
            "> QUIT", "< 221 2.0.0", "? closed" });
    row("shutting down at MAIL", "shutting-down",
        { "< 220", "> EHLO me", "< 250", "> MAIL FROM:<a@example.org>", "< 421 4.3.2", "? closed",
            "> NOOP" });
}

void TestServerEngine::conversation()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, script);

    QString error;
    const auto loaded = Scenario::load(scenario, &error);
    QVERIFY2(loaded, qPrintable(error));
    ServerEngine engine(*loaded);

    QList<ServerResponse> pending = engine.connect();
    const auto check = [](const ServerResponse &r) {
        QVERIFY2(r.reply.isValid(), "reply code out of range");
        QVERIFY2(!r.explanation.isEmpty(),
            qPrintable(QStringLiteral("no explanation for %1").arg(r.reply.text())));
        QVERIFY2(
            !r.rfcSection.isEmpty(), qPrintable(QStringLiteral("no RFC section for %1").arg(r.reply.text())));
        QVERIFY2(!r.reply.toWire().isEmpty(), "empty wire form");
    };
    for (const QString &step : script) {
        const QString arg = step.mid(2);
        if (step.startsWith(u'>')) {
            if (!pending.isEmpty())
                QFAIL(qPrintable(QStringLiteral("unexpected reply before \"%1\": %2")
                                     .arg(arg, pending.first().reply.text())));
            pending = engine.receiveLine(arg.toUtf8());
        } else if (step.startsWith(u'<')) {
            QVERIFY2(
                !pending.isEmpty(), qPrintable(QStringLiteral("expected %1 but no reply came").arg(arg)));
            const ServerResponse r = pending.takeFirst();
            check(r);
            const QStringList want = arg.split(u' ');
            QCOMPARE(r.reply.code(), want.at(0).toInt());
            if (want.size() > 1) {
                const QString got
                    = r.reply.enhancedStatus() ? r.reply.enhancedStatus()->toString() : QStringLiteral("-");
                QVERIFY2(got == want.at(1),
                    qPrintable(QStringLiteral("%1: wanted %2, got \"%3\"")
                                   .arg(arg, want.at(1), r.reply.wireLines().join(QString()))));
            }
        } else if (step.startsWith(u'=')) {
            QVERIFY2(
                !pending.isEmpty(), qPrintable(QStringLiteral("expected \"%1\" but no reply came").arg(arg)));
            const ServerResponse r = pending.takeFirst();
            check(r);
            QCOMPARE(r.reply.toWire(), arg.toUtf8() + "\r\n");
        } else if (step == QLatin1String("! tls")) {
            QVERIFY(pending.isEmpty());
            QVERIFY(engine.isTlsRequested());
            engine.tlsStarted();
            QVERIFY(!engine.isTlsRequested());
        } else if (step == QLatin1String("? closed")) {
            QVERIFY(engine.isClosed());
        } else if (step == QLatin1String("? open")) {
            QVERIFY(!engine.isClosed());
        } else if (step == QLatin1String("? tls")) {
            QVERIFY(engine.isTlsActive());
        } else if (step == QLatin1String("? nouser")) {
            QVERIFY(!engine.isAuthenticated());
        } else if (step.startsWith(QLatin1String("? user "))) {
            QVERIFY(engine.isAuthenticated());
            QCOMPARE(engine.authenticatedUser(), step.mid(7));
        } else if (step.startsWith(QLatin1String("? received "))) {
            QCOMPARE(engine.sharedState().received.size(), step.mid(11).toInt());
        } else if (step.startsWith(QLatin1String("? phase "))) {
            const QMetaEnum meta = QMetaEnum::fromType<SessionPhase>();
            QCOMPARE(QString::fromLatin1(meta.valueToKey(int(engine.phase()))), step.mid(8));
        } else {
            QFAIL(qPrintable(QStringLiteral("bad script step: ") + step));
        }
    }
    if (!pending.isEmpty())
        QFAIL(qPrintable(QStringLiteral("unchecked reply: ") + pending.first().reply.text()));
}

QTEST_APPLESS_MAIN(TestServerEngine)
#include "tst_serverengine.moc"
