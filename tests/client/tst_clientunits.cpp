// The small pure pieces of the client: SASL responses, DATA encoding, EHLO parsing,
// MX ordering and the SPF/DMARC pickers, option parsing, certificate explanations.

#include "client/capabilities.h"
#include "client/certificatereport.h"
#include "client/mxlookup.h"
#include "client/probeoptions.h"
#include "client/probereport.h"
#include "client/saslclient.h"
#include "client/testmessage.h"

#include <QTest>

using namespace SmtpTutor;

class TestClientUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainResponse();
    void cramMd5MatchesRfc2195();
    void loginStepsAndLimit();
    void xoauth2();
    void chooseMechanism();
    void dotStuff_data();
    void dotStuff();
    void composedMessageHasHeaders();
    void capabilities();
    void capabilityDifference();
    void mxSorting();
    void nullMx();
    void spfAndDmarc();
    void txtJoining();
    void optionNames();
    void diagnosisMentionsPort25Blocking();
};

void TestClientUnits::plainResponse()
{
    // RFC 4616 s.4: NUL tim NUL tanstaaftanstaaf
    QCOMPARE(SaslClient::plainResponse(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")),
             QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    SaslClient plain(QStringLiteral("plain"), QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    bool secret = false;
    QCOMPARE(plain.initialCommand(&secret), QByteArray("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    QVERIFY(secret);
    QCOMPARE(plain.respond(""), std::optional<QByteArray>(QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm")));
    QVERIFY(!plain.respond(""));
}

void TestClientUnits::cramMd5MatchesRfc2195()
{
    SaslClient cram(QStringLiteral("CRAM-MD5"), QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    bool secret = true;
    QCOMPARE(cram.initialCommand(&secret), QByteArray("AUTH CRAM-MD5"));
    QVERIFY(!secret);
    const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    QCOMPARE(cram.respond(challenge), std::optional<QByteArray>(QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw")));
    QVERIFY(!cram.respond(challenge)); // one step only
    SaslClient broken(QStringLiteral("CRAM-MD5"), QStringLiteral("tim"), QStringLiteral("x"));
    QVERIFY(!broken.respond("!!!not base64!!!"));
}

void TestClientUnits::loginStepsAndLimit()
{
    SaslClient login(QStringLiteral("LOGIN"), QStringLiteral("alice"), QStringLiteral("wonderland"));
    bool secret = true;
    QCOMPARE(login.initialCommand(&secret), QByteArray("AUTH LOGIN"));
    QVERIFY(!secret);
    QCOMPARE(*login.respond("VXNlcm5hbWU6"), QByteArray("YWxpY2U="));
    QCOMPARE(*login.respond("UGFzc3dvcmQ6"), QByteArray("d29uZGVybGFuZA=="));
    QVERIFY(!login.respond("UGFzc3dvcmQ6"));
}

void TestClientUnits::xoauth2()
{
    const QByteArray expected = QByteArray("user=someone@example.com\x01" "auth=Bearer ya29.token\x01\x01").toBase64();
    QCOMPARE(SaslClient::xoauth2Response(QStringLiteral("someone@example.com"), QStringLiteral("ya29.token")), expected);
    SaslClient client(QStringLiteral("XOAUTH2"), QStringLiteral("someone@example.com"), QStringLiteral("ya29.token"));
    QCOMPARE(*client.respond("eyJzdGF0dXMiOiI0MDEifQ=="), QByteArray()); // empty answer to the error JSON
    QVERIFY(!client.respond(""));
}

void TestClientUnits::chooseMechanism()
{
    const QStringList all{QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN")};
    QCOMPARE(SaslClient::choose(all, true), std::optional<QString>(QStringLiteral("PLAIN")));
    QCOMPARE(SaslClient::choose(all, false), std::optional<QString>(QStringLiteral("CRAM-MD5")));
    QCOMPARE(SaslClient::choose({QStringLiteral("login")}, true), std::optional<QString>(QStringLiteral("LOGIN")));
    QVERIFY(!SaslClient::choose({QStringLiteral("GSSAPI"), QStringLiteral("XOAUTH2")}, true));
}

void TestClientUnits::dotStuff_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("leading dot") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
    QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("bare LF and CR") << QByteArray("a\nb\rc") << QByteArray("a\r\nb\r\nc\r\n.\r\n");
    QTest::newRow("dot inside a line") << QByteArray("x.y\r\n") << QByteArray("x.y\r\n.\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
}

void TestClientUnits::dotStuff()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QCOMPARE(SmtpTutor::dotStuff(input), output);
}

void TestClientUnits::composedMessageHasHeaders()
{
    TestMessage message;
    message.from = QStringLiteral("a@example.com");
    message.to = {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")};
    message.heloName = QStringLiteral("client.example");
    message.messageIdLocal = QStringLiteral("fixed");
    message.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QByteArray text = message.compose();
    QVERIFY(text.startsWith("Date: 02 Jan 2026 03:04:05 +0000\r\n"));
    QVERIFY(text.contains("\r\nFrom: <a@example.com>\r\nTo: <b@example.com>, <c@example.com>\r\n"));
    QVERIFY(text.contains("\r\nMessage-ID: <fixed@client.example>\r\n"));
    QVERIFY(text.contains("\r\n\r\n")); // header/body separator
    QVERIFY(!text.contains("\n\n"));
    for (const QByteArray &line : text.split('\n'))
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
}

void TestClientUnits::capabilities()
{
    const Reply ehlo(250, {QStringLiteral("mail.example.com"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10485760"),
                           QStringLiteral("starttls"), QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("AUTH=CRAM-MD5 PLAIN")});
    const Capabilities caps = Capabilities::fromEhloReply(ehlo);
    QCOMPARE(caps.lines().size(), 5);
    QVERIFY(caps.offersStartTls());
    QCOMPARE(caps.sizeLimit(), 10485760);
    QCOMPARE(caps.authMechanisms(), (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
    QVERIFY(!caps.has(QStringLiteral("mail.example.com")));
    QVERIFY(Capabilities::fromEhloReply(Reply(250, {QStringLiteral("only the name")})).isEmpty());
}

void TestClientUnits::capabilityDifference()
{
    const Capabilities before = Capabilities::fromEhloReply(Reply(250, {QStringLiteral("x"), QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")}));
    const Capabilities after = Capabilities::fromEhloReply(Reply(250, {QStringLiteral("x"), QStringLiteral("AUTH PLAIN LOGIN")}));
    QCOMPARE(Capabilities::added(before, after), QStringList{QStringLiteral("AUTH PLAIN LOGIN")});
    QCOMPARE(Capabilities::removed(before, after), (QStringList{QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")}));
}

void TestClientUnits::mxSorting()
{
    const QList<MxHost> sorted = MxLookup::sortByPreference({{QStringLiteral("c.example"), 20}, {QStringLiteral("b.example"), 10},
                                                             {QStringLiteral("a.example"), 20}, {QStringLiteral("z.example"), 5}});
    QCOMPARE(sorted, (QList<MxHost>{{QStringLiteral("z.example"), 5}, {QStringLiteral("b.example"), 10},
                                    {QStringLiteral("a.example"), 20}, {QStringLiteral("c.example"), 20}}));
}

void TestClientUnits::nullMx()
{
    QVERIFY(MxLookup::isNullMx({{QString(), 0}}));
    QVERIFY(MxLookup::isNullMx({{QStringLiteral("."), 0}}));
    QVERIFY(!MxLookup::isNullMx({{QStringLiteral("."), 10}}));
    QVERIFY(!MxLookup::isNullMx({{QString(), 0}, {QStringLiteral("mx.example"), 10}}));
}

void TestClientUnits::spfAndDmarc()
{
    const QStringList txt{QStringLiteral("v=spf1 mx -all"), QStringLiteral("google-site-verification=abc"),
                          QStringLiteral("v=spf10 nonsense"), QStringLiteral("V=SPF1"), QStringLiteral("v=DMARC1; p=reject")};
    QCOMPARE(MxLookup::spfRecords(txt), (QStringList{QStringLiteral("v=spf1 mx -all"), QStringLiteral("V=SPF1")}));
    QCOMPARE(MxLookup::dmarcRecords(txt), QStringList{QStringLiteral("v=DMARC1; p=reject")});
    QVERIFY(MxLookup::dmarcRecords({QStringLiteral("v=DMARC10; p=none")}).isEmpty());
}

void TestClientUnits::txtJoining()
{
    QCOMPARE(MxLookup::joinTxt({"v=spf1 include:_spf.example.com ", "-all"}), QStringLiteral("v=spf1 include:_spf.example.com -all"));
}

void TestClientUnits::optionNames()
{
    for (TlsMode mode : {TlsMode::None, TlsMode::StartTls, TlsMode::Implicit, TlsMode::Auto})
        QCOMPARE(parseTlsMode(tlsModeName(mode)), std::optional<TlsMode>(mode));
    QVERIFY(!parseTlsMode(QStringLiteral("ssl")));
    QCOMPARE(parseQuitAfter(QStringLiteral("RCPT")), std::optional<QuitAfter>(QuitAfter::Rcpt));
    QVERIFY(!parseQuitAfter(QStringLiteral("banner")));
    ProbeOptions options;
    options.port = 465;
    QVERIFY(options.implicitTls());
    options.tlsMode = TlsMode::StartTls;
    QVERIFY(!options.implicitTls());
}

void TestClientUnits::diagnosisMentionsPort25Blocking()
{
    ProbeOptions options;
    options.host = QStringLiteral("mx.example.com");
    options.port = 25;
    ClientError error;
    error.kind = ClientErrorKind::ConnectTimeout;
    QVERIFY(diagnose(error, options).contains(QLatin1String("block")));
    options.port = 587;
    QVERIFY(!diagnose(error, options).contains(QLatin1String("providers block")));
    error.kind = ClientErrorKind::Rejected;
    error.stage = ProbeStage::Greeting;
    error.reply = Reply(554, {QStringLiteral("5.7.1 Go away")});
    QVERIFY(diagnose(error, options).contains(QLatin1String("block list")));
}

QTEST_APPLESS_MAIN(TestClientUnits)
#include "tst_clientunits.moc"
