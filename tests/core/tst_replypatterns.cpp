// Explain knows who is speaking: replies that mail administrators paste every day, from Gmail,
// Microsoft 365, Yahoo, block lists, greylisting daemons, DMARC/SPF/PTR checks, Postfix and Exim.
// Each line must be recognised as the specific cause its sender means, not only by its code.

#include "reference/explainer.h"
#include "reference/replypatterns.h"

#include <QJsonObject>
#include <QTest>

using namespace SmtpTutor;

class TestReplyPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableLoads();
    void realWorldLines_data();
    void realWorldLines();
    void textWinsOverTheCodesGenericMeaning();
    void vendorCodeIsExplainedFromTheTable();
    void blockListIsNamed();
    void plainRepliesAreNotRecognised();
    void badTableIsRefusedWithTheEntry();
    void noPatternCanBacktrackAcrossTheText();
};

void TestReplyPatterns::tableLoads()
{
    const ReplyPatternTable &table = ReplyPatternTable::instance();
    QVERIFY(table.patterns().size() >= 30);
    QSet<QString> ids;
    for (const ReplyPattern &pattern : table.patterns()) {
        QVERIFY2(!ids.contains(pattern.id), qPrintable(pattern.id));
        ids.insert(pattern.id);
        QVERIFY2(pattern.source.startsWith(QLatin1String("https://")), qPrintable(pattern.id));
    }
}

void TestReplyPatterns::realWorldLines_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sender"); // a word the "who says this" must contain

    // Gmail / Google Workspace
    QTest::newRow("gmail no such user")
        << "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
           "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
           "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser"
        << "gmail-no-such-user" << "Gmail";
    QTest::newRow("gmail unauthenticated")
        << "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and\r\n"
           "550 5.7.26 Gmail users, and has been blocked."
        << "gmail-unauthenticated" << "Gmail";
    QTest::newRow("gmail over quota") << "452-4.2.2 The email account that you tried to reach is over quota."
                                      << "gmail-over-quota" << "Gmail";
    QTest::newRow("gmail dynamic ip")
        << "550-5.7.1 [203.0.113.5] The IP you're using to send mail is not authorized to send email\r\n"
           "550 5.7.1 directly to our servers. Please use the SMTP relay at your service provider instead."
        << "gmail-ip-not-authorized" << "Gmail";
    QTest::newRow("gmail rate")
        << "421-4.7.28 [203.0.113.5] Our system has detected an unusual rate of unsolicited mail\r\n"
           "421 4.7.28 originating from your IP address."
        << "gmail-rate-limited" << "Gmail";
    QTest::newRow("gmail password") << "535-5.7.8 Username and Password not accepted. Learn more at\r\n"
                                       "535 5.7.8 https://support.google.com/mail/?p=BadCredentials"
                                    << "gmail-bad-credentials" << "Gmail";
    QTest::newRow("gmail auth required")
        << "530-5.7.0 Authentication Required. Learn more at\r\n530 5.7.0 https://support.google.com/mail/?p=WantAuthError"
        << "gmail-auth-required" << "Gmail";
    QTest::newRow("gmail daily limit") << "550 5.4.5 Daily user sending limit exceeded." << "gmail-sending-limit" << "Gmail";
    QTest::newRow("gmail ptr")
        << "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup"
        << "ptr-missing" << "reverse DNS";

    // Microsoft 365 / Outlook.com
    QTest::newRow("m365 smtp auth disabled")
        << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
           "Visit https://aka.ms/smtp_auth_disabled for more information."
        << "m365-smtp-auth-disabled" << "Microsoft 365";
    QTest::newRow("m365 not authenticated") << "530 5.7.57 Client not authenticated to send mail. [DM6PR01CA0012]"
                                            << "m365-client-not-authenticated" << "Microsoft 365";
    QTest::newRow("m365 ip denied") << "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP."
                                    << "m365-ip-not-accepted" << "Microsoft 365";
    QTest::newRow("m365 banned ip") << "550 5.7.606 Access denied, banned sending IP [203.0.113.5]."
                                    << "m365-banned-ip" << "Microsoft";
    QTest::newRow("m365 dmarc")
        << "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject."
        << "m365-dmarc-reject" << "Microsoft";
    QTest::newRow("m365 throttled") << "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77719)"
                                    << "m365-throttled" << "Microsoft";
    QTest::newRow("m365 recipient not found")
        << "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
        << "m365-recipient-not-found" << "Microsoft 365";
    QTest::newRow("m365 dbeb") << "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)"
                               << "m365-recipient-not-found" << "Microsoft 365";
    QTest::newRow("m365 login refused") << "535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com]"
                                        << "m365-auth-unsuccessful" << "Microsoft 365";

    // Yahoo / AOL
    QTest::newRow("yahoo TSS04")
        << "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user "
           "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
        << "yahoo-deferred-volume" << "Yahoo";
    QTest::newRow("yahoo BL21")
        << "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.5, because the ip is in Spamhaus's list; "
           "see https://postmaster.yahooinc.com/error-codes"
        << "yahoo-blocklisted" << "Yahoo";
    QTest::newRow("yahoo policy") << "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes"
                                  << "yahoo-policy" << "Yahoo";
    QTest::newRow("yahoo unauthenticated")
        << "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM."
        << "yahoo-unauthenticated" << "Yahoo";

    // Block lists, greylisting, DMARC, SPF, reverse DNS
    QTest::newRow("spamhaus") << "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; "
                                 "https://www.spamhaus.org/query/ip/203.0.113.5"
                              << "dnsbl-spamhaus" << "Spamhaus";
    QTest::newRow("spamcop") << "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using bl.spamcop.net"
                             << "dnsbl-listed" << "block list";
    QTest::newRow("listed at") << "550 5.7.1 Rejected: 203.0.113.5 listed at b.barracudacentral.org"
                               << "dnsbl-listed" << "block list";
    QTest::newRow("greylisting in action") << "451 4.7.1 Greylisting in action, please come back later"
                                           << "greylisting" << "greylisting";
    QTest::newRow("postgrey")
        << "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html"
        << "greylisting" << "postgrey";
    QTest::newRow("dmarc generic") << "550 5.7.1 Email rejected per DMARC policy for example.com"
                                   << "dmarc-reject" << "DMARC";
    QTest::newRow("spf designate")
        << "550 5.7.1 SPF check failed: example.com does not designate 203.0.113.5 as permitted sender"
        << "spf-fail" << "SPF";
    QTest::newRow("spf 5.7.23") << "550 5.7.23 The message was rejected because of Sender Policy Framework violation"
                                << "spf-fail" << "SPF";
    QTest::newRow("postfix reverse hostname")
        << "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]"
        << "ptr-missing" << "reverse DNS";

    // The two MTAs the simulator plays
    QTest::newRow("postfix relay") << "554 5.7.1 <carol@elsewhere.example>: Relay access denied"
                                   << "postfix-relay-denied" << "Postfix";
    QTest::newRow("postfix unknown user")
        << "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table"
        << "postfix-unknown-user" << "Postfix";
    QTest::newRow("exim relay") << "550 relay not permitted" << "exim-relay-denied" << "Exim";
    QTest::newRow("exim unknown user") << "550 Unknown user" << "exim-unknown-user" << "Exim";
    QTest::newRow("exim sender verify") << "550 Sender verify failed" << "exim-sender-verify" << "Exim";
}

void TestReplyPatterns::realWorldLines()
{
    QFETCH(QString, reply);
    QFETCH(QString, id);
    QFETCH(QString, sender);
    const Explanation e = Explainer().explain(reply);
    QCOMPARE(e.kind, Explanation::Kind::Reply);
    QVERIFY2(e.pattern, qPrintable(e.summary));
    QCOMPARE(e.pattern->id, id);
    QVERIFY2(e.pattern->sender.contains(sender, Qt::CaseInsensitive) || e.pattern->title.contains(sender, Qt::CaseInsensitive),
        qPrintable(e.pattern->sender));
    // The summary, the text and the JSON all say the recognised cause.
    QVERIFY2(e.summary.contains(e.pattern->title), qPrintable(e.summary));
    QVERIFY(e.toText().contains(e.pattern->cause.left(40)));
    QCOMPARE(e.toJson().value(QLatin1String("recognised")).toObject().value(QLatin1String("id")).toString(), id);
}

// 451 is "local error in processing" by its code; with "greylisting" in the text it is a
// deliberate, harmless delay, and the summary must say so.
void TestReplyPatterns::textWinsOverTheCodesGenericMeaning()
{
    const Explanation e = Explainer().explain(QStringLiteral("451 4.7.1 Greylisting in action, please come back later"));
    QVERIFY2(e.summary.contains(QLatin1String("Greylisting")), qPrintable(e.summary));
    QVERIFY2(!e.summary.contains(QLatin1String("ocal error")), qPrintable(e.summary));
    const QString text = e.toText();
    QVERIFY(text.indexOf(QLatin1String("Recognised")) < text.indexOf(QLatin1String("Reply code 451")));
    QVERIFY(e.pattern->action.contains(QLatin1String("retry")));
}

void TestReplyPatterns::vendorCodeIsExplainedFromTheTable()
{
    const Explanation e = Explainer().explain(
        QStringLiteral("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."));
    QVERIFY(e.enhanced);
    QVERIFY(!e.enhanced->listed); // 5.7.139 is Microsoft's, not IANA's
    QVERIFY2(e.summary.contains(QLatin1String("SMTP AUTH is switched off")), qPrintable(e.summary));
    QVERIFY(e.pattern->cause.contains(QLatin1String("tenant")));
    const QString notes = e.notes.join(u' ');
    QVERIFY2(notes.contains(QLatin1String("5.7.139 is not in the IANA registry")), qPrintable(notes));
}

void TestReplyPatterns::blockListIsNamed()
{
    const Explanation e = Explainer().explain(
        QStringLiteral("554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org"));
    QVERIFY2(e.summary.contains(QLatin1String("Spamhaus")), qPrintable(e.summary));
    QVERIFY(e.pattern->action.contains(QLatin1String("PBL")));
}

// An ordinary reply stays explained by its code alone: the table must not guess.
void TestReplyPatterns::plainRepliesAreNotRecognised()
{
    for (const char *line : { "250 2.1.5 Ok", "354 End data with <CR><LF>.<CR><LF>", "221 2.0.0 Bye",
             "503 5.5.1 Error: need MAIL command", "552 5.3.4 Message size exceeds fixed limit" }) {
        const Explanation e = Explainer().explain(QString::fromLatin1(line));
        QVERIFY2(!e.pattern, qPrintable(QString::fromLatin1(line) + QStringLiteral(" -> ") + e.pattern->id));
    }
}

void TestReplyPatterns::badTableIsRefusedWithTheEntry()
{
    QString error;
    ReplyPatternTable::fromJson(R"({"patterns": [{"id": "x", "sender": "s", "title": "t", "cause": "c",
        "action": "a", "source": "https://example.org", "match": "(unclosed"}]})", &error);
    QVERIFY2(error.contains(QLatin1String("(x)")) && error.contains(QLatin1String("match")), qPrintable(error));
    error.clear();
    ReplyPatternTable::fromJson(R"({"patterns": [{"id": "y", "sender": "s", "title": "t", "cause": "c",
        "action": "a", "source": "http://example.org", "match": "m"}]})", &error);
    QVERIFY2(error.contains(QLatin1String("https")), qPrintable(error));
}

// Pasted text is untrusted: no pattern may hold an unbounded ".*", which a reply made of a
// pattern's opening words over and over would make backtrack across the whole text. (How fast
// matching is stays a benchmark's business; this checks the patterns' shape, and that such a
// text is still recognised.)
void TestReplyPatterns::noPatternCanBacktrackAcrossTheText()
{
    for (const ReplyPattern &pattern : ReplyPatternTable::instance().patterns())
        QVERIFY2(!pattern.match.pattern().contains(QLatin1String(".*")), qPrintable(pattern.id));
    QStringList lines;
    const QString words = QStringLiteral("does not designate x as permitted blocked using listed at greylist ");
    for (int i = 0; i < 120; ++i)
        lines << words.repeated(6);
    const ReplyPattern *found = ReplyPatternTable::instance().match(Reply(550, lines));
    QVERIFY(found);
    QCOMPARE(found->id, QStringLiteral("dnsbl-listed"));
}

QTEST_MAIN(TestReplyPatterns)
#include "tst_replypatterns.moc"
