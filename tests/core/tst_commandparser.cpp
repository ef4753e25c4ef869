// CommandParser's syntax check, one row per command line: the parser's typed fault in the
// Postfix persona's words, and (when the test Postfix runs) the real Postfix's reply to the same
// line. What a well-formed Command holds (paths, parameters, AUTH, mailboxes, verbs, the line
// limit): tst_commandarguments.
#include "protocol/commandparser.h"
#include "protocol/replyparser.h"
#include "server/persona.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace SmtpTutor;

Q_DECLARE_METATYPE(SmtpTutor::Verb)

namespace {

// Each row of the main table is checked twice: against the parser with the Postfix persona's
// wording, and (when tools/test has started the private Postfix) against the real Postfix 3.7.
//
// context: what the session has done before the line, so Postfix reaches its syntax check:
//   ""    nothing (HELO/EHLO and line-level faults)
//   "E"   EHLO             "EM"  EHLO, MAIL FROM:<>          "EMR" ... and RCPT TO:<alice@example.com>
//   "ES"  EHLO, MAIL FROM:<> SMTPUTF8 (the parser is told the transaction is SMTPUTF8)
//   "T"   implicit TLS port with AUTH, after EHLO
// reply: the full first reply line a strict Postfix gives ("" = the line is well-formed).
// agrees: false where the parser deliberately follows RFC 5321 and Postfix does not (see the
//   comment at the top of commandparser.cpp); such rows are not replayed against Postfix.
void row(const char *name, const char *context, const QByteArray &line, Verb verb, const char *reply,
         bool beforeState = false, bool agrees = true)
{
    QTest::newRow(name) << line << QString::fromLatin1(context) << verb << QString::fromUtf8(reply) << beforeState
                        << agrees;
}

QString firstReplyLine(const Reply &reply)
{
    const QString first = reply.lines().value(0);
    return QString::number(reply.code()) + (first.isEmpty() ? QString() : u' ' + first);
}

const char *const senderSyntax = "501 5.5.4 Syntax: MAIL FROM:<address>";
const char *const recipientSyntax = "501 5.5.4 Syntax: RCPT TO:<address>";
const char *const badSender = "501 5.1.7 Bad sender address syntax";
const char *const badRecipient = "501 5.1.3 Bad recipient address syntax";
const char *const notRecognized = "500 5.5.2 Error: command not recognized";
const char *const forbidden = "221 2.7.0 Error: I can break rules, too. Goodbye.";

} // namespace

class TestCommandParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntax_data();
    void syntax();
    void postfixAgrees_data();
    void postfixAgrees();

private:
    // Sends the context and the line to the real Postfix; returns the reply to the line.
    std::optional<Reply> askPostfix(const QString &context, const QByteArray &line, QString *failure);
};

void TestCommandParser::syntax_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("context");
    QTest::addColumn<Verb>("verb");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("beforeState");
    QTest::addColumn<bool>("agrees");

    // Line-level faults: Postfix answers before it looks at the session state.
    row("empty line", "E", "", Verb::Unknown, "500 5.5.2 Error: bad syntax", true);
    row("blank line", "E", "   ", Verb::Unknown, "500 5.5.2 Error: bad syntax", true);
    row("unknown verb", "E", "FOO bar", Verb::Unknown, notRecognized, true);
    row("TURN", "E", "TURN", Verb::Unknown, notRecognized, true);
    row("lower-case unknown verb", "E", "a", Verb::Unknown, notRecognized, true);
    row("hyphenated unknown verb", "E", "x-y", Verb::Unknown, notRecognized, true);
    // Postfix hangs up on header-like lines and web requests (smtpd_forbidden_commands).
    row("verb glued to FROM", "E", "MAILFROM:<bob@example.com>", Verb::Unknown, forbidden, true);
    row("header outside DATA", "E", "Subject: hello", Verb::Unknown, forbidden, true);
    row("header without space", "E", "X-Foo:1", Verb::Unknown, forbidden, true);
    row("HTTP request", "E", "GET / HTTP/1.1", Verb::Unknown, forbidden, true);
    row("HTTP proxy request", "E", "CONNECT mail.example.com:25 HTTP/1.1", Verb::Unknown, forbidden, true);
    row("verb starting with a digit", "E", "1234", Verb::Unknown, forbidden, true);
    row("verb starting with punctuation", "E", "_x", Verb::Unknown, forbidden, true);
    row("EXPN not implemented", "E", "EXPN staff", Verb::Expn, notRecognized, true);
    row("HELP not implemented", "E", "HELP", Verb::Help, notRecognized, true);
    row("HELP with topic", "E", "help MAIL", Verb::Help, notRecognized, true);
    row("invalid UTF-8", "E", "NOOP \xff\xfe", Verb::Unknown, "500 5.5.2 Error: bad UTF-8 syntax", true);
    row("truncated UTF-8 in address", "E", "MAIL FROM:<\xc3@example.com>", Verb::Unknown,
        "500 5.5.2 Error: bad UTF-8 syntax", true);
    // RFC 5321 s.4.5.3.1.4; Postfix itself reads up to 2048 octets.
    row("line over 512 octets", "E", "NOOP " + QByteArray(600, 'x'), Verb::Noop, "500 5.5.2 Error: line too long",
        true, false);

    // HELO / EHLO (RFC 5321 s.4.1.1.1). Postfix's reply has no enhanced code here.
    row("HELO without name", "", "HELO", Verb::Helo, "501 Syntax: HELO hostname");
    row("HELO with space only", "", "HELO ", Verb::Helo, "501 Syntax: HELO hostname");
    row("EHLO without name", "", "EHLO", Verb::Ehlo, "501 Syntax: EHLO hostname");
    row("EHLO with spaces only", "", "EHLO  ", Verb::Ehlo, "501 Syntax: EHLO hostname");
    row("EHLO domain", "", "EHLO client.example.org", Verb::Ehlo, "");
    row("ehlo lower case", "", "ehlo client.example.org", Verb::Ehlo, "");
    row("HELO domain", "", "HELO client.example.org", Verb::Helo, "");
    row("EHLO IPv4 literal", "", "EHLO [192.0.2.1]", Verb::Ehlo, "");
    row("EHLO IPv6 literal", "", "EHLO [IPv6:2001:db8::1]", Verb::Ehlo, "");
    row("HELO two words (accepted)", "", "HELO a b", Verb::Helo, "");
    row("EHLO bad name (accepted)", "", "EHLO -bad-", Verb::Ehlo, "");

    // MAIL FROM (RFC 5321 s.4.1.1.2), strict_rfc821_envelopes=yes.
    row("MAIL alone", "E", "MAIL", Verb::Mail, senderSyntax);
    row("MAIL FROM without colon", "E", "MAIL FROM", Verb::Mail, senderSyntax);
    row("MAIL FROM: empty", "E", "MAIL FROM:", Verb::Mail, senderSyntax);
    row("MAIL FROM: spaces only", "E", "MAIL FROM:   ", Verb::Mail, senderSyntax);
    row("MAIL TO:", "E", "MAIL TO:<bob@example.com>", Verb::Mail, senderSyntax);
    row("MAIL FROM space path", "E", "MAIL FROM <bob@example.com>", Verb::Mail, senderSyntax);
    row("MAIL without brackets", "E", "MAIL FROM:bob@example.com", Verb::Mail, badSender);
    row("MAIL unclosed bracket", "E", "MAIL FROM:<bob@example.com", Verb::Mail, badSender);
    row("MAIL space in local part", "E", "MAIL FROM:<bob smith@example.com>", Verb::Mail, badSender);
    row("MAIL no domain after @", "E", "MAIL FROM:<bob@>", Verb::Mail, badSender);
    row("MAIL no local part", "E", "MAIL FROM:<@example.com>", Verb::Mail, badSender);
    row("MAIL empty label", "E", "MAIL FROM:<bob@example..com>", Verb::Mail, badSender);
    row("MAIL bad IPv4 literal", "E", "MAIL FROM:<bob@[999.0.2.1]>", Verb::Mail, badSender);
    row("MAIL short IPv4 literal", "E", "MAIL FROM:<bob@[1.2.3]>", Verb::Mail, badSender);
    row("MAIL bad IPv6 literal", "E", "MAIL FROM:<bob@[IPv6:zz]>", Verb::Mail, badSender);
    row("MAIL IPv6 literal too long", "E", "MAIL FROM:<bob@[IPv6:2001:db8::1:2:3:4:5:6:7]>", Verb::Mail, badSender);
    row("MAIL general literal", "E", "MAIL FROM:<bob@[tag:foo]>", Verb::Mail, badSender);
    row("MAIL label starts with hyphen", "E", "MAIL FROM:<bob@-example.com>", Verb::Mail, badSender);
    row("MAIL label ends with hyphen", "E", "MAIL FROM:<bob@a-.com>", Verb::Mail, badSender);
    row("MAIL numeric domain", "E", "MAIL FROM:<bob@123.45>", Verb::Mail, badSender);
    row("MAIL comment in address", "E", "MAIL FROM:<bob(comment)@example.com>", Verb::Mail, badSender);
    row("MAIL text after quoted part", "E", "MAIL FROM:<\"bob\"smith@example.com>", Verb::Mail, badSender);
    row("MAIL parameter glued to path", "E", "MAIL FROM:<bob@example.com>SIZE=10", Verb::Mail, badSender);
    row("MAIL UTF-8 domain without SMTPUTF8", "E", "MAIL FROM:<bob@ex\xc3\xa4mple.com>", Verb::Mail, badSender);
    row("MAIL NUL in address", "E", QByteArray("MAIL FROM:<b\0b@example.com>", 27), Verb::Mail, badSender);
    row("MAIL null path", "E", "MAIL FROM:<>", Verb::Mail, "");
    row("MAIL null path after space", "E", "MAIL FROM: <>", Verb::Mail, "");
    row("MAIL plain", "E", "MAIL FROM:<bob@example.com>", Verb::Mail, "");
    row("mail lower case", "E", "mail from:<bob@example.com>", Verb::Mail, "");
    row("MAIL mixed case", "E", "mAiL fRoM:<bob@example.com>", Verb::Mail, "");
    row("MAIL space after colon", "E", "MAIL FROM: <bob@example.com>", Verb::Mail, "");
    row("MAIL two spaces after verb", "E", "MAIL  FROM:<bob@example.com>", Verb::Mail, "");
    row("MAIL leading space", "E", " MAIL FROM:<bob@example.com>", Verb::Mail, "");
    row("MAIL tab separators", "E", "MAIL\tFROM:<bob@example.com>\tSIZE=10", Verb::Mail, "");
    row("MAIL unqualified", "E", "MAIL FROM:<bob>", Verb::Mail, "");
    row("MAIL double dot local part", "E", "MAIL FROM:<bob..x@example.com>", Verb::Mail, "");
    row("MAIL leading dot local part", "E", "MAIL FROM:<.bob@example.com>", Verb::Mail, "");
    row("MAIL trailing dot local part", "E", "MAIL FROM:<bob.@example.com>", Verb::Mail, "");
    row("MAIL quoted local part", "E", "MAIL FROM:<\"bob smith\"@example.com>", Verb::Mail, "");
    row("MAIL quoted pair", "E", "MAIL FROM:<\"bob\\\"x\"@example.com>", Verb::Mail, "");
    row("MAIL source route", "E", "MAIL FROM:<@a.example,@b.example:bob@example.com>", Verb::Mail, "");
    row("MAIL IPv4 literal", "E", "MAIL FROM:<bob@[192.0.2.1]>", Verb::Mail, "");
    row("MAIL IPv6 literal", "E", "MAIL FROM:<bob@[IPv6:2001:db8::1]>", Verb::Mail, "");
    row("MAIL underscore in domain", "E", "MAIL FROM:<bob@exa_mple.com>", Verb::Mail, "");
    row("MAIL trailing dot in domain", "E", "MAIL FROM:<bob@example.com.>", Verb::Mail, "");
    row("MAIL single-label domain", "E", "MAIL FROM:<bob@localhost>", Verb::Mail, "");
    row("MAIL UTF-8 domain with SMTPUTF8", "E", "MAIL FROM:<bob@ex\xc3\xa4mple.com> SMTPUTF8", Verb::Mail, "");
    row("MAIL UTF-8 local part", "E", "MAIL FROM:<b\xc3\xb8" "b@example.com>", Verb::Mail, "");
    row("MAIL 470-octet local part", "E", "MAIL FROM:<" + QByteArray(470, 'a') + "@example.com>", Verb::Mail, "");

    row("MAIL space then no brackets", "E", "MAIL FROM: bob@example.com", Verb::Mail, badSender);
    row("MAIL display name inside brackets", "E", "MAIL FROM:<Bob Smith <bob@example.com>>", Verb::Mail, badSender);
    row("MAIL display name before brackets", "E", "MAIL FROM:\"Bob\" <bob@example.com>", Verb::Mail, badSender);
    row("MAIL comma after path", "E", "MAIL FROM:<bob@example.com>,", Verb::Mail, badSender);
    row("MAIL quote inside atom", "E", "MAIL FROM:<a\"b@example.com>", Verb::Mail, badSender);
    row("MAIL unterminated quoted pair", "E", "MAIL FROM:<\"a\\\"@example.com>", Verb::Mail, badSender);
    row("MAIL backslash outside quotes", "E", "MAIL FROM:<a\\b@example.com>", Verb::Mail, "");
    row("MAIL percent and apostrophe", "E", "MAIL FROM:<o'brien%x@example.com>", Verb::Mail, "");
    row("MAIL all parameters", "E", "MAIL FROM:<bob@example.com> SIZE=1 BODY=8BITMIME SMTPUTF8 RET=FULL ENVID=x AUTH=<>",
        Verb::Mail, "");
    row("MAIL BODY twice", "E", "MAIL FROM:<bob@example.com> BODY=8BITMIME BODY=7BIT", Verb::Mail, "");

    // MAIL parameters (RFC 5321 s.4.1.2; SIZE RFC 1870, BODY RFC 6152, SMTPUTF8 RFC 6531,
    // AUTH RFC 4954, RET/ENVID RFC 3461), in the order Postfix checks them.
    row("SIZE", "E", "MAIL FROM:<bob@example.com> SIZE=100", Verb::Mail, "");
    row("size lower case", "E", "MAIL FROM:<> size=10 body=8bitmime", Verb::Mail, "");
    row("BODY=8BITMIME", "E", "MAIL FROM:<bob@example.com> BODY=8BITMIME", Verb::Mail, "");
    row("BODY=7bit", "E", "MAIL FROM:<bob@example.com> BODY=7bit", Verb::Mail, "");
    row("SMTPUTF8", "E", "MAIL FROM:<bob@example.com> SMTPUTF8", Verb::Mail, "");
    row("AUTH=<>", "E", "MAIL FROM:<bob@example.com> AUTH=<>", Verb::Mail, "");
    row("AUTH=mailbox", "E", "MAIL FROM:<bob@example.com> AUTH=bob@example.com", Verb::Mail, "");
    row("RET and ENVID", "E", "MAIL FROM:<bob@example.com> RET=HDRS ENVID=abc", Verb::Mail, "");
    row("two spaces before parameter", "E", "MAIL FROM:<bob@example.com>  SIZE=10", Verb::Mail, "");
    row("SIZE repeated", "E", "MAIL FROM:<> SIZE=10 SIZE=20", Verb::Mail, "");
    row("SIZE not a number", "E", "MAIL FROM:<bob@example.com> SIZE=abc", Verb::Mail, "501 5.5.4 Bad message size syntax");
    row("SIZE empty", "E", "MAIL FROM:<bob@example.com> SIZE=", Verb::Mail, "501 5.5.4 Bad message size syntax");
    row("SIZE negative", "E", "MAIL FROM:<bob@example.com> SIZE=-1", Verb::Mail, "501 5.5.4 Bad message size syntax");
    row("SIZE plus sign", "E", "MAIL FROM:<bob@example.com> SIZE=+1", Verb::Mail, "501 5.5.4 Bad message size syntax");
    row("SIZE without value", "E", "MAIL FROM:<bob@example.com> SIZE", Verb::Mail, "555 5.5.4 Unsupported option: SIZE");
    row("BODY=BINARYMIME", "E", "MAIL FROM:<bob@example.com> BODY=BINARYMIME", Verb::Mail,
        "555 5.5.4 Unsupported option: BODY=BINARYMIME");
    row("BODY without value", "E", "MAIL FROM:<bob@example.com> BODY", Verb::Mail, "555 5.5.4 Unsupported option: BODY");
    row("SMTPUTF8 with value", "E", "MAIL FROM:<bob@example.com> SMTPUTF8=yes", Verb::Mail,
        "555 5.5.4 Unsupported option: SMTPUTF8=yes");
    row("unknown parameter", "E", "MAIL FROM:<bob@example.com> FROBNICATE=yes", Verb::Mail,
        "555 5.5.4 Unsupported option: FROBNICATE=yes");
    row("junk word", "E", "MAIL FROM:<bob@example.com> junk", Verb::Mail, "555 5.5.4 Unsupported option: junk");
    row("empty keyword", "E", "MAIL FROM:<bob@example.com> =x", Verb::Mail, "555 5.5.4 Unsupported option: =x");
    row("first bad parameter wins", "E", "MAIL FROM:<> SIZE=x FOO", Verb::Mail, "501 5.5.4 Bad message size syntax");
    row("RET bogus", "E", "MAIL FROM:<> RET=BOGUS", Verb::Mail, "501 5.5.4 Bad RET parameter syntax");
    row("ENVID bad xtext", "E", "MAIL FROM:<> ENVID=a+b", Verb::Mail, "501 5.5.4 Bad ENVID parameter syntax");
    row("address fault before parameter fault", "E", "MAIL FROM:<bob@> SIZE=x", Verb::Mail, badSender);
    row("UTF-8 domain fault before parameter fault", "E", "MAIL FROM:<bob@ex\xc3\xa4mple.com> FOO", Verb::Mail,
        badSender);
    row("empty quoted local part", "E", "MAIL FROM:<\"\"@example.com>", Verb::Mail, badSender);
    row("IPv6 tag lower case", "E", "MAIL FROM:<bob@[ipv6:::1]>", Verb::Mail, "");
    row("IPv4-mapped IPv6", "E", "MAIL FROM:<bob@[IPv6:::ffff:1.2.3.4]>", Verb::Mail, "");
    row("IPv4 inside IPv6 tag", "E", "MAIL FROM:<bob@[IPv6:1.2.3.4]>", Verb::Mail, badSender);
    row("IPv6 zone index", "E", "MAIL FROM:<bob@[IPv6:fe80::1%eth0]>", Verb::Mail, badSender);
    row("IPv4 leading zero", "E", "MAIL FROM:<bob@[01.2.3.4]>", Verb::Mail, "");
    row("text after address literal", "E", "MAIL FROM:<bob@[192.0.2.1]x>", Verb::Mail, badSender);
    row("address literal as a label", "E", "MAIL FROM:<bob@x.[192.0.2.1]>", Verb::Mail, badSender);
    row("63-character label", "E", "MAIL FROM:<bob@" + QByteArray(63, 'a') + ".com>", Verb::Mail, "");
    row("64-character label", "E", "MAIL FROM:<bob@" + QByteArray(64, 'a') + ".com>", Verb::Mail, badSender);
    row("AUTH without value", "E", "MAIL FROM:<bob@example.com> AUTH", Verb::Mail, "555 5.5.4 Unsupported option: AUTH");
    row("ENVID empty", "E", "MAIL FROM:<> ENVID=", Verb::Mail, "501 5.5.4 Bad ENVID parameter syntax");
    row("ENVID without value", "E", "MAIL FROM:<> ENVID", Verb::Mail, "555 5.5.4 Unsupported option: ENVID");
    row("RET lower case", "E", "MAIL FROM:<> RET=full", Verb::Mail, "");
    row("RET without value", "E", "MAIL FROM:<> RET", Verb::Mail, "555 5.5.4 Unsupported option: RET");

    // Forms Postfix's RFC 822 tokenizer lets through but RFC 5321 s.4.1.2 does not.
    row("space inside brackets", "E", "MAIL FROM:< bob@example.com>", Verb::Mail, badSender, false, false);
    row("space before closing bracket", "E", "MAIL FROM:<bob@example.com >", Verb::Mail, badSender, false, false);
    row("double brackets", "E", "MAIL FROM:<<bob@example.com>>", Verb::Mail, badSender, false, false);
    row("unclosed address literal", "E", "MAIL FROM:<bob@[192.0.2.1>", Verb::Mail, badSender, false, false);
    row("two @", "E", "MAIL FROM:<a@b@example.com>", Verb::Mail, badSender, false, false);

    // RCPT TO (RFC 5321 s.4.1.1.3).
    row("RCPT alone", "EM", "RCPT", Verb::Rcpt, recipientSyntax);
    row("RCPT TO without colon", "EM", "RCPT TO", Verb::Rcpt, recipientSyntax);
    row("RCPT TO: empty", "EM", "RCPT TO:", Verb::Rcpt, recipientSyntax);
    row("RCPT FROM:", "EM", "RCPT FROM:<alice@example.com>", Verb::Rcpt, recipientSyntax);
    row("RCPT null path", "EM", "RCPT TO:<>", Verb::Rcpt, badRecipient);
    row("RCPT null path after space", "EM", "RCPT TO: <>", Verb::Rcpt, badRecipient);
    row("RCPT without brackets", "EM", "RCPT TO:alice@example.com", Verb::Rcpt, badRecipient);
    row("RCPT no domain after @", "EM", "RCPT TO:<alice@>", Verb::Rcpt, badRecipient);
    row("RCPT no local part", "EM", "RCPT TO:<@example.com>", Verb::Rcpt, badRecipient);
    row("RCPT empty label", "EM", "RCPT TO:<alice@example..com>", Verb::Rcpt, badRecipient);
    row("RCPT unclosed bracket", "EM", "RCPT TO:<alice@example.com", Verb::Rcpt, badRecipient);
    row("RCPT numeric domain", "EM", "RCPT TO:<alice@123.45>", Verb::Rcpt, badRecipient);
    row("RCPT space in domain", "EM", "RCPT TO:<alice@exa mple.com>", Verb::Rcpt, badRecipient);
    row("RCPT junk glued to path", "EM", "RCPT TO:<alice@example.com>junk", Verb::Rcpt, badRecipient);
    row("RCPT UTF-8 domain without SMTPUTF8", "EM", "RCPT TO:<alice@ex\xc3\xa4mple.com>", Verb::Rcpt, badRecipient);
    row("RCPT UTF-8 domain with SMTPUTF8", "ES", "RCPT TO:<alice@ex\xc3\xa4mple.com>", Verb::Rcpt, "");
    row("RCPT plain", "EM", "RCPT TO:<alice@example.com>", Verb::Rcpt, "");
    row("RCPT space after colon", "EM", "RCPT TO: <alice@example.com>", Verb::Rcpt, "");
    row("rcpt lower case", "EM", "rcpt to:<ALICE@EXAMPLE.COM>", Verb::Rcpt, "");
    row("RCPT postmaster", "EM", "RCPT TO:<postmaster>", Verb::Rcpt, "");
    row("RCPT Postmaster", "EM", "RCPT TO:<Postmaster>", Verb::Rcpt, "");
    row("RCPT unqualified", "EM", "RCPT TO:<alice>", Verb::Rcpt, "");
    row("RCPT source route", "EM", "RCPT TO:<@a.example:alice@example.com>", Verb::Rcpt, "");
    row("RCPT quoted", "EM", "RCPT TO:<\"alice\"@example.com>", Verb::Rcpt, "");
    row("RCPT address literal", "EM", "RCPT TO:<alice@[192.0.2.1]>", Verb::Rcpt, "");
    row("RCPT UTF-8 local part", "EM", "RCPT TO:<b\xc3\xb8" "b@example.com>", Verb::Rcpt, "");
    row("RCPT NOTIFY", "EM", "RCPT TO:<alice@example.com> NOTIFY=SUCCESS,FAILURE", Verb::Rcpt, "");
    row("RCPT NOTIFY=NEVER", "EM", "RCPT TO:<alice@example.com> NOTIFY=NEVER", Verb::Rcpt, "");
    row("RCPT ORCPT", "EM", "RCPT TO:<alice@example.com> ORCPT=rfc822;alice@example.com", Verb::Rcpt, "");
    row("RCPT NOTIFY bogus", "EM", "RCPT TO:<alice@example.com> NOTIFY=BOGUS", Verb::Rcpt,
        "501 5.5.4 Error: Bad NOTIFY parameter syntax");
    row("RCPT NOTIFY NEVER combined", "EM", "RCPT TO:<alice@example.com> NOTIFY=NEVER,DELAY", Verb::Rcpt,
        "501 5.5.4 Error: Bad NOTIFY parameter syntax");
    row("RCPT second address", "EM", "RCPT TO:<alice@example.com> <bob@example.com>", Verb::Rcpt,
        "555 5.5.4 Unsupported option: <bob@example.com>");
    row("RCPT comma list", "EM", "RCPT TO:<alice@example.com>, <bob@example.com>", Verb::Rcpt, badRecipient);
    row("RCPT semicolon", "EM", "RCPT TO:<alice@example.com>;", Verb::Rcpt, badRecipient);
    row("RCPT display name", "EM", "RCPT TO:Alice <alice@example.com>", Verb::Rcpt, badRecipient);
    row("RCPT NOTIFY lower case", "EM", "RCPT TO:<alice@example.com> NOTIFY=never", Verb::Rcpt, "");
    row("RCPT NOTIFY repeated item", "EM", "RCPT TO:<alice@example.com> NOTIFY=SUCCESS,SUCCESS", Verb::Rcpt, "");
    row("RCPT NOTIFY empty", "EM", "RCPT TO:<alice@example.com> NOTIFY=", Verb::Rcpt,
        "501 5.5.4 Error: Bad NOTIFY parameter syntax");
    row("RCPT NOTIFY without value", "EM", "RCPT TO:<alice@example.com> NOTIFY", Verb::Rcpt,
        "555 5.5.4 Unsupported option: NOTIFY");
    row("RCPT ORCPT without type", "EM", "RCPT TO:<alice@example.com> ORCPT=bogus", Verb::Rcpt,
        "501 5.5.4 Error: Bad ORCPT parameter syntax");
    row("RCPT ORCPT empty type", "EM", "RCPT TO:<alice@example.com> ORCPT=;x", Verb::Rcpt,
        "501 5.5.4 Error: Bad ORCPT parameter syntax");
    row("RCPT ORCPT empty address", "EM", "RCPT TO:<alice@example.com> ORCPT=x;", Verb::Rcpt, "");
    row("RCPT postmaster@ without domain", "EM", "RCPT TO:<postmaster@>", Verb::Rcpt, badRecipient);
    row("RCPT POSTMASTER with NOTIFY", "EM", "RCPT TO:<POSTMASTER> NOTIFY=NEVER", Verb::Rcpt, "");
    row("RCPT unknown parameter", "EM", "RCPT TO:<alice@example.com> FOO=bar", Verb::Rcpt,
        "555 5.5.4 Unsupported option: FOO=bar");
    row("RCPT SIZE is MAIL-only", "EM", "RCPT TO:<alice@example.com> SIZE=10", Verb::Rcpt,
        "555 5.5.4 Unsupported option: SIZE=10");

    // Commands without arguments.
    row("DATA", "EMR", "DATA", Verb::Data, "");
    row("DATA with argument", "EMR", "DATA x", Verb::Data, "501 5.5.4 Syntax: DATA");
    row("DATA trailing space", "EMR", "DATA ", Verb::Data, "");
    row("STARTTLS trailing space", "E", "STARTTLS ", Verb::StartTls, "");
    row("HELO tab", "", "HELO\tclient.example.org", Verb::Helo, "");
    row("EHLO two words (accepted)", "", "EHLO x y", Verb::Ehlo, "");
    row("NUL inside verb", "E", QByteArray("NO\0OP", 5), Verb::Unknown, notRecognized, true);
    row("RSET", "E", "RSET", Verb::Rset, "");
    row("RSET with argument", "E", "RSET x", Verb::Rset, "501 5.5.4 Syntax: RSET");
    row("NOOP", "E", "NOOP", Verb::Noop, "");
    row("NOOP with string", "E", "NOOP hello there", Verb::Noop, "");
    row("STARTTLS with argument", "E", "STARTTLS now", Verb::StartTls, "501 5.5.4 Syntax: STARTTLS");
    row("STARTTLS", "E", "starttls", Verb::StartTls, "");
    row("QUIT", "E", "QUIT", Verb::Quit, "");
    row("QUIT with argument", "E", "QUIT now", Verb::Quit, "");

    // VRFY (RFC 5321 s.4.1.1.6): Postfix does not insist on angle brackets here.
    row("VRFY alone", "E", "VRFY", Verb::Vrfy, "501 5.5.4 Syntax: VRFY address [SMTPUTF8]");
    row("VRFY user", "E", "VRFY alice", Verb::Vrfy, "");
    row("VRFY path", "E", "VRFY <alice@example.com>", Verb::Vrfy, "");
    row("VRFY unclosed", "E", "VRFY <alice@", Verb::Vrfy, badRecipient);
    row("VRFY two words", "E", "VRFY bob smith", Verb::Vrfy, badRecipient);
    row("VRFY null path", "E", "VRFY <>", Verb::Vrfy, badRecipient);
    row("VRFY with SMTPUTF8", "E", "VRFY alice SMTPUTF8", Verb::Vrfy, "");
    row("VRFY SMTPUTF8 alone", "E", "VRFY SMTPUTF8", Verb::Vrfy, "501 5.5.4 Syntax: VRFY address [SMTPUTF8]");
    row("VRFY quoted name", "E", "VRFY \"bob smith\"", Verb::Vrfy, "");
    row("VRFY quoted path", "E", "VRFY <\"bob smith\"@example.com>", Verb::Vrfy, "");
    row("VRFY domain only", "E", "VRFY @example.com", Verb::Vrfy, "");
    row("VRFY no domain after @", "E", "VRFY alice@", Verb::Vrfy, badRecipient);
    row("VRFY path and extra word", "E", "VRFY <alice@example.com> extra", Verb::Vrfy, badRecipient);

    // AUTH (RFC 4954 s.4), on the implicit-TLS port where Postfix offers it.
    row("AUTH alone", "T", "AUTH", Verb::Auth, "501 5.5.4 Syntax: AUTH mechanism");
    row("AUTH space", "T", "AUTH ", Verb::Auth, "501 5.5.4 Syntax: AUTH mechanism");
    row("AUTH three words", "T", "AUTH PLAIN a b", Verb::Auth, "501 5.5.4 Syntax: AUTH mechanism");
    row("AUTH PLAIN", "T", "auth plain", Verb::Auth, "");
    row("AUTH PLAIN initial response", "T", "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", Verb::Auth, "");
}

void TestCommandParser::syntax()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, context);
    QFETCH(Verb, verb);
    QFETCH(QString, reply);
    QFETCH(bool, beforeState);

    const Command command = CommandParser::parse(line, context == QLatin1String("ES"));
    QCOMPARE(command.verb, verb);
    const Persona &postfix = Persona::postfix();
    if (reply.isEmpty()) {
        QVERIFY2(!command.fault, qPrintable(command.fault ? firstReplyLine(postfix.reply(*command.fault)) : QString()));
        return;
    }
    QVERIFY(command.fault);
    const SyntaxFault &fault = *command.fault;
    const Reply answer = postfix.reply(fault);
    QCOMPARE(firstReplyLine(answer), reply);
    // The code and the enhanced code are what the learner is compared against.
    QCOMPARE(answer.code(), reply.left(3).toInt());
    const auto status = EnhancedStatus::parsePrefix(QStringView(reply).sliced(4));
    QCOMPARE(answer.enhancedStatus(), status);
    QCOMPARE(fault.isLineLevel(), beforeState);
    QCOMPARE(postfix.hangsUpAfter(fault), answer.code() == 221);
    QVERIFY(!fault.why.isEmpty());
    QVERIFY(fault.rfcSection.startsWith(QLatin1String("RFC ")));
    // The parser itself knows no server's words.
    QVERIFY2(!fault.why.contains(QLatin1String("Error:")), qPrintable(fault.why));
}

void TestCommandParser::postfixAgrees_data()
{
    syntax_data();
}

void TestCommandParser::postfixAgrees()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, context);
    QFETCH(QString, reply);
    QFETCH(bool, agrees);
    if (qEnvironmentVariableIsEmpty("SMTP_TUTOR_POSTFIX_PLAIN_PORT")) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("SMTP_TUTOR_POSTFIX_PLAIN_PORT is not set: on CI the test Postfix must be running");
        QSKIP("No test Postfix: run tools/test (or eval \"$(tools/postfix/start DIR)\") to compare with it");
    }

    QString failure;
    const auto answer = askPostfix(context, line, &failure);
    QVERIFY2(answer, qPrintable(failure));
    const QString got = firstReplyLine(*answer);
    if (!agrees) {
        // A deliberate difference: the parser follows RFC 5321 where Postfix is lenient. Postfix
        // must really answer otherwise, or the row is no longer a difference and should agree.
        QVERIFY2(got != reply, qPrintable(QStringLiteral("Postfix now answers %1 too").arg(got)));
        return;
    }
    if (reply.isEmpty()) {
        // Well-formed: Postfix may still refuse for policy (relay, unknown user), never for syntax.
        QVERIFY2(got.left(3) != QLatin1String("500") && got.left(3) != QLatin1String("501")
                     && got.left(3) != QLatin1String("555"),
                 qPrintable(got));
    } else {
        QCOMPARE(got, reply);
    }
}

std::optional<Reply> TestCommandParser::askPostfix(const QString &context, const QByteArray &line, QString *failure)
{
    const bool tls = context == QLatin1String("T");
    const quint16 port = tls ? quint16(qEnvironmentVariableIntValue("SMTP_TUTOR_POSTFIX_SMTPS_PORT"))
                             : quint16(qEnvironmentVariableIntValue("SMTP_TUTOR_POSTFIX_PLAIN_PORT"));
    QSslSocket socket;
    if (tls) {
        // Only the AUTH syntax replies matter here; certificate checks are the client tests' job
        // (and two test Postfix instances may share the port, each with its own certificate).
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), port);
        if (!socket.waitForEncrypted(5000)) {
            *failure = QStringLiteral("TLS to Postfix failed: ") + socket.errorString();
            return std::nullopt;
        }
    } else {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000)) {
            *failure = QStringLiteral("cannot connect to Postfix: ") + socket.errorString();
            return std::nullopt;
        }
    }
    ReplyParser parser;
    const auto readReply = [&]() -> std::optional<Reply> {
        QDeadlineTimer deadline(5000);
        while (!parser.hasReply()) {
            if (parser.hasError() || deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
                *failure = QStringLiteral("no reply from Postfix");
                return std::nullopt;
            }
            parser.feed(socket.readAll());
        }
        return parser.takeReply();
    };
    if (!readReply())
        return std::nullopt;
    QList<QByteArray> before;
    if (!context.isEmpty())
        before << "EHLO tutor.example";
    if (context.startsWith(QLatin1String("EM")))
        before << "MAIL FROM:<>";
    if (context == QLatin1String("EMR"))
        before << "RCPT TO:<alice@example.com>";
    if (context == QLatin1String("ES"))
        before << "MAIL FROM:<> SMTPUTF8";
    for (const QByteArray &step : std::as_const(before)) {
        socket.write(step + "\r\n");
        const auto answer = readReply();
        if (!answer || !answer->isPositiveCompletion()) {
            *failure = QStringLiteral("Postfix refused the context line ") + QString::fromUtf8(step);
            return std::nullopt;
        }
    }
    socket.write(line + "\r\n");
    return readReply();
}

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
