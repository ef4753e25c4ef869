#include "protocol/reply.h"
#include "protocol/replyparser.h"

#include <QTest>

using namespace SmtpTutor;

class TestReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void properties_data();
    void properties();
    void wire_data();
    void wire();
    void enhancedConstructor();
    void categories_data();
    void categories();
};

void TestReply::properties_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("enhanced"); // "" none
    QTest::addColumn<QString>("firstLineText");
    QTest::addColumn<bool>("multiline");

    QTest::newRow("ok with code") << 250 << QStringList{"2.1.0 Ok"} << "2.1.0" << "Ok" << false;
    QTest::newRow("no enhanced code") << 220 << QStringList{"mail.example.com ESMTP Postfix"} << ""
                                      << "mail.example.com ESMTP Postfix" << false;
    QTest::newRow("code only") << 250 << QStringList{""} << "" << "" << false;
    QTest::newRow("enhanced code only") << 250 << QStringList{"2.0.0"} << "2.0.0" << "" << false;
    QTest::newRow("ehlo") << 250 << QStringList{"mail.example.com", "PIPELINING", "SIZE 10485760"} << ""
                          << "mail.example.com" << true;
    QTest::newRow("multi-line rejection") << 550 << QStringList{"5.7.1 Go away", "5.7.1 really"} << "5.7.1"
                                          << "Go away" << true;
    QTest::newRow("auth prompt") << 334 << QStringList{"VXNlcm5hbWU6"} << "" << "VXNlcm5hbWU6" << false;
    QTest::newRow("IP address is not a code") << 421 << QStringList{"192.0.2.1 closing"} << ""
                                              << "192.0.2.1 closing" << false;
}

void TestReply::properties()
{
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    QFETCH(QString, enhanced);
    QFETCH(QString, firstLineText);
    QFETCH(bool, multiline);

    const Reply reply(code, lines);
    QVERIFY(reply.isValid());
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.lines(), lines);
    QCOMPARE(reply.enhancedStatus().has_value(), !enhanced.isEmpty());
    if (!enhanced.isEmpty())
        QCOMPARE(reply.enhancedStatus()->toString(), enhanced);
    QCOMPARE(reply.firstLineText(), firstLineText);
    QCOMPARE(reply.isMultiline(), multiline);
    QCOMPARE(reply.text(), lines.join(u'\n'));
}

void TestReply::wire_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("one line") << 221 << QStringList{"2.0.0 Bye"} << QByteArray("221 2.0.0 Bye\r\n");
    // RFC 5321 s.4.2.1 and RFC 4954 s.4: the last line keeps its SP even without text (Postfix
    // sends "334 "; s-nail drops a connection that sends a bare "334").
    QTest::newRow("bare code") << 250 << QStringList{""} << QByteArray("250 \r\n");
    QTest::newRow("no lines at all") << 250 << QStringList{} << QByteArray("250 \r\n");
    QTest::newRow("empty AUTH challenge") << 334 << QStringList{""} << QByteArray("334 \r\n");
    QTest::newRow("multi") << 250 << QStringList{"a", "b", "c"} << QByteArray("250-a\r\n250-b\r\n250 c\r\n");
    QTest::newRow("empty continuation") << 250 << QStringList{"", "x"} << QByteArray("250-\r\n250 x\r\n");
    QTest::newRow("UTF-8") << 250 << QStringList{QStringLiteral(u"grüß")} << QByteArray("250 gr\xc3\xbc\xc3\x9f\r\n");
}

void TestReply::wire()
{
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    QFETCH(QByteArray, wire);
    const Reply reply(code, lines);
    QCOMPARE(reply.toWire(), wire);
    QCOMPARE(reply.wireLines().join(QString()).toUtf8(), QByteArray(wire).replace("\r\n", "\n"));

    // What we write, our parser reads back unchanged.
    ReplyParser parser;
    QVERIFY(parser.feed(wire));
    const auto parsed = parser.takeReply();
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->code(), code);
    QCOMPARE(parsed->lines(), lines.isEmpty() ? QStringList{QString()} : lines);
    QVERIFY(parser.isIdle());
}

void TestReply::enhancedConstructor()
{
    const Reply reply(250, EnhancedStatus(2, 1, 0), QStringLiteral("Ok"));
    QCOMPARE(reply.lines(), QStringList{"2.1.0 Ok"});
    QCOMPARE(reply.toWire(), QByteArray("250 2.1.0 Ok\r\n"));
    QCOMPARE(reply, Reply(250, {QStringLiteral("2.1.0 Ok")}));

    const Reply codeOnly(250, EnhancedStatus(2, 0, 0), QString());
    QCOMPARE(codeOnly.lines(), QStringList{"2.0.0"});

    const Reply noStatus(250, EnhancedStatus(), QStringLiteral("Ok"));
    QCOMPARE(noStatus.lines(), QStringList{"Ok"});
    QVERIFY(!noStatus.enhancedStatus());
}

void TestReply::categories_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("category"); // first digit
    QTest::addColumn<bool>("valid");
    QTest::newRow("220") << 220 << 2 << true;
    QTest::newRow("354") << 354 << 3 << true;
    QTest::newRow("451") << 451 << 4 << true;
    QTest::newRow("554") << 554 << 5 << true;
    QTest::newRow("default") << 0 << 0 << false;
    QTest::newRow("199") << 199 << 1 << false;
    QTest::newRow("600") << 600 << 6 << false;
}

void TestReply::categories()
{
    QFETCH(int, code);
    QFETCH(int, category);
    QFETCH(bool, valid);
    const Reply reply(code, {QStringLiteral("x")});
    QCOMPARE(reply.isValid(), valid);
    QCOMPARE(reply.isPositiveCompletion(), category == 2);
    QCOMPARE(reply.isPositiveIntermediate(), category == 3);
    QCOMPARE(reply.isTransientNegative(), category == 4);
    QCOMPARE(reply.isPermanentNegative(), category == 5);
}

QTEST_APPLESS_MAIN(TestReply)
#include "tst_reply.moc"
