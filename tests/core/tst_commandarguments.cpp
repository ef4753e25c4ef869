// What CommandParser extracts from a well-formed line: the reverse and forward paths, ESMTP
// parameters, the AUTH mechanism and initial response, bare mailboxes, the verb names, and the
// line length limit. The syntax faults and their replies: tst_commandparser.
#include "protocol/commandparser.h"

#include <QTest>

using namespace SmtpTutor;

class TestCommandArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data();
    void paths();
    void parameters();
    void auth_data();
    void auth();
    void parseMailbox_data();
    void parseMailbox();
    void verbNames();
    void lineLengthLimit();
};

void TestCommandArguments::paths_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("sourceRoute");
    QTest::addColumn<QString>("text"); // MailPath::toString()
    QTest::addColumn<bool>("remarks");
    QTest::addColumn<bool>("needsSmtpUtf8");

    QTest::newRow("null") << QByteArray("MAIL FROM:<>") << true << "" << "" << "" << "<>" << false << false;
    QTest::newRow("plain") << QByteArray("MAIL FROM:<bob@example.com>") << false << "bob" << "example.com" << ""
                           << "<bob@example.com>" << false << false;
    QTest::newRow("case kept") << QByteArray("RCPT TO:<Alice@Example.COM>") << false << "Alice" << "Example.COM" << ""
                               << "<Alice@Example.COM>" << false << false;
    QTest::newRow("quoted") << QByteArray("MAIL FROM:<\"bob smith\"@example.com>") << false << "\"bob smith\""
                            << "example.com" << "" << "<\"bob smith\"@example.com>" << false << false;
    QTest::newRow("quoted @ inside") << QByteArray("RCPT TO:<\"a@b\"@example.com>") << false << "\"a@b\""
                                     << "example.com" << "" << "<\"a@b\"@example.com>" << false << false;
    QTest::newRow("quoted > inside") << QByteArray("RCPT TO:<\"a>b\"@example.com>") << false << "\"a>b\""
                                     << "example.com" << "" << "<\"a>b\"@example.com>" << false << false;
    QTest::newRow("atext specials") << QByteArray("MAIL FROM:<a.b+c_d-e!#$%&'*/=?^`{|}~@example.com>") << false
                                    << "a.b+c_d-e!#$%&'*/=?^`{|}~" << "example.com" << ""
                                    << "<a.b+c_d-e!#$%&'*/=?^`{|}~@example.com>" << false << false;
    QTest::newRow("source route ignored") << QByteArray("RCPT TO:<@a.example,@b.example:alice@example.com>") << false
                                          << "alice" << "example.com" << "@a.example,@b.example:"
                                          << "<alice@example.com>" << true << false;
    QTest::newRow("IPv4 literal") << QByteArray("RCPT TO:<alice@[192.0.2.1]>") << false << "alice" << "[192.0.2.1]"
                                  << "" << "<alice@[192.0.2.1]>" << false << false;
    QTest::newRow("IPv6 literal") << QByteArray("RCPT TO:<alice@[IPv6:2001:db8::1]>") << false << "alice"
                                  << "[IPv6:2001:db8::1]" << "" << "<alice@[IPv6:2001:db8::1]>" << false << false;
    QTest::newRow("postmaster") << QByteArray("RCPT TO:<Postmaster>") << false << "Postmaster" << "" << ""
                                << "<Postmaster>" << false << false;
    QTest::newRow("unqualified") << QByteArray("RCPT TO:<alice>") << false << "alice" << "" << "" << "<alice>" << true
                                 << false;
    QTest::newRow("dot-string fault") << QByteArray("MAIL FROM:<.bob@example.com>") << false << ".bob"
                                      << "example.com" << "" << "<.bob@example.com>" << true << false;
    QTest::newRow("space after colon") << QByteArray("MAIL FROM: <bob@example.com>") << false << "bob"
                                       << "example.com" << "" << "<bob@example.com>" << true << false;
    QTest::newRow("UTF-8 local part") << QByteArray("MAIL FROM:<b\xc3\xb8" "b@example.com>") << false
                                      << QStringLiteral(u"bøb") << "example.com" << ""
                                      << QStringLiteral(u"<bøb@example.com>") << true << true;
    QTest::newRow("UTF-8 with SMTPUTF8") << QByteArray("MAIL FROM:<b\xc3\xb8" "b@ex\xc3\xa4mple.com> SMTPUTF8")
                                         << false << QStringLiteral(u"bøb") << QStringLiteral(u"exämple.com") << ""
                                         << QStringLiteral(u"<bøb@exämple.com>") << false << true;
}

void TestCommandArguments::paths()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, isNull);
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    QFETCH(QString, sourceRoute);
    QFETCH(QString, text);
    QFETCH(bool, remarks);
    QFETCH(bool, needsSmtpUtf8);

    const Command command = CommandParser::parse(line);
    QVERIFY2(!command.fault, qPrintable(command.fault ? command.fault->why : QString()));
    QCOMPARE(command.path.isNull, isNull);
    QCOMPARE(command.path.localPart, localPart);
    QCOMPARE(command.path.domain, domain);
    QCOMPARE(command.path.sourceRoute, sourceRoute);
    QCOMPARE(command.path.toString(), text);
    QCOMPARE(!command.remarks.isEmpty(), remarks);
    QCOMPARE(command.needsSmtpUtf8, needsSmtpUtf8);
}

void TestCommandArguments::parameters()
{
    const Command command = CommandParser::parse("MAIL FROM:<bob@example.com> size=1000 BODY=8BITMIME SMTPUTF8 AUTH=<>");
    QVERIFY(!command.fault);
    QCOMPARE(command.parameters.size(), 4);
    QCOMPARE(command.parameters.at(0), (EsmtpParameter{QStringLiteral("SIZE"), QStringLiteral("1000"), true}));
    QCOMPARE(command.parameters.at(1), (EsmtpParameter{QStringLiteral("BODY"), QStringLiteral("8BITMIME"), true}));
    QCOMPARE(command.parameters.at(2), (EsmtpParameter{QStringLiteral("SMTPUTF8"), QString(), false}));
    QCOMPARE(command.parameters.at(3), (EsmtpParameter{QStringLiteral("AUTH"), QStringLiteral("<>"), true}));
    QVERIFY(command.hasParameter(u"size"));
    QCOMPARE(command.parameter(u"Body")->value, QStringLiteral("8BITMIME"));
    QVERIFY(!command.parameter(u"RET"));

    // Unknown parameters are kept (and reported through the 555), so the engine can name them.
    const Command unknown = CommandParser::parse("MAIL FROM:<> X-FOO=1 SIZE=5");
    QCOMPARE(unknown.parameters.size(), 2);
    QCOMPARE(unknown.parameters.at(0).keyword, QStringLiteral("X-FOO"));
    QVERIFY(unknown.fault);
    QCOMPARE(unknown.fault->kind, SyntaxFaultKind::UnsupportedParameter);
    QCOMPARE(unknown.fault->subject, QStringLiteral("X-FOO=1"));
    QCOMPARE(unknown.argument, QStringLiteral("FROM:<> X-FOO=1 SIZE=5"));
    QCOMPARE(unknown.verbText, QStringLiteral("MAIL"));
}

void TestCommandArguments::auth_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("hasInitial");
    QTest::addColumn<QString>("initial");

    QTest::newRow("PLAIN") << QByteArray("AUTH PLAIN") << "PLAIN" << false << "";
    QTest::newRow("lower case") << QByteArray("auth login") << "LOGIN" << false << "";
    QTest::newRow("initial response") << QByteArray("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=") << "PLAIN" << true
                                      << "AGFsaWNlAHdvbmRlcmxhbmQ=";
    QTest::newRow("empty initial response") << QByteArray("AUTH PLAIN =") << "PLAIN" << true << "=";
    QTest::newRow("CRAM-MD5") << QByteArray("AUTH cram-md5") << "CRAM-MD5" << false << "";
}

void TestCommandArguments::auth()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mechanism);
    QFETCH(bool, hasInitial);
    QFETCH(QString, initial);
    const Command command = CommandParser::parse(line);
    QCOMPARE(command.verb, Verb::Auth);
    QVERIFY(!command.fault);
    QCOMPARE(command.authMechanism, mechanism);
    QCOMPARE(command.authInitialResponse.has_value(), hasInitial);
    if (hasInitial)
        QCOMPARE(*command.authInitialResponse, initial);
}

void TestCommandArguments::parseMailbox_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "alice@example.com" << true;
    QTest::newRow("subdomain") << "a.b@mail.example.co.uk" << true;
    QTest::newRow("quoted") << "\"john doe\"@example.com" << true;
    QTest::newRow("IPv4 literal") << "alice@[192.0.2.1]" << true;
    QTest::newRow("IPv6 literal") << "alice@[IPv6:::1]" << true;
    QTest::newRow("hyphen inside label") << "alice@my-host.example" << true;
    QTest::newRow("no domain") << "alice" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no local part") << "@example.com" << false;
    QTest::newRow("angle brackets") << "<alice@example.com>" << false;
    QTest::newRow("leading dot") << ".alice@example.com" << false;
    QTest::newRow("double dot") << "a..b@example.com" << false;
    QTest::newRow("space") << "alice smith@example.com" << false;
    QTest::newRow("underscore domain") << "alice@ex_ample.com" << false;
    QTest::newRow("trailing dot domain") << "alice@example.com." << false;
    QTest::newRow("two @") << "a@b@example.com" << false;
    QTest::newRow("label too long") << "a@" + QString(64, u'x') + ".com" << false;
    QTest::newRow("local part too long") << QString(65, u'x') + "@example.com" << false;
    QTest::newRow("bad IPv4") << "a@[256.1.1.1]" << false;
    QTest::newRow("unterminated quote") << "\"abc@example.com" << false;
}

void TestCommandArguments::parseMailbox()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto path = CommandParser::parseMailbox(text);
    QCOMPARE(path.has_value(), valid);
    if (valid)
        QCOMPARE(path->address(), text);
}

void TestCommandArguments::verbNames()
{
    for (Verb verb : {Verb::Helo, Verb::Ehlo, Verb::Mail, Verb::Rcpt, Verb::Data, Verb::Rset, Verb::Noop, Verb::Quit,
                      Verb::Vrfy, Verb::Expn, Verb::Help, Verb::StartTls, Verb::Auth}) {
        const QString name = verbName(verb);
        QVERIFY(!name.isEmpty());
        QCOMPARE(CommandParser::parse(name.toLower().toUtf8() + " x").verb, verb);
    }
    QCOMPARE(verbName(Verb::Unknown), QString());
}

void TestCommandArguments::lineLengthLimit()
{
    // RFC 5321 s.4.5.3.1.4: 512 octets including CRLF, so 510 before it.
    const QByteArray prefix = "NOOP ";
    QVERIFY(!CommandParser::parse(prefix + QByteArray(510 - prefix.size(), 'x')).fault);
    const Command tooLong = CommandParser::parse(prefix + QByteArray(511 - prefix.size(), 'x'));
    QVERIFY(tooLong.fault);
    QCOMPARE(tooLong.fault->kind, SyntaxFaultKind::LineTooLong);
    QCOMPARE(tooLong.fault->subject, QStringLiteral("513"));
    // Length comes before decoding: a long line that is not UTF-8 is still "too long", as the
    // practice server says for a line it dropped unread.
    const Command longBytes = CommandParser::parse("NOOP " + QByteArray(600, '\xff'));
    QVERIFY(longBytes.fault);
    QCOMPARE(longBytes.fault->kind, SyntaxFaultKind::LineTooLong);
    QCOMPARE(longBytes.verb, Verb::Noop);
    QCOMPARE(tooLong.verb, Verb::Noop);
}

QTEST_GUILESS_MAIN(TestCommandArguments)
#include "tst_commandarguments.moc"
