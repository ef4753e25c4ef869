// ServerEngine's state within a session and across sessions: the stored message after dot
// unstuffing, greylisting that remembers a client, lines dropped between STARTTLS and the
// handshake, distinct queue ids, a moved engine, the recipient limit and the forbidden-command
// hang-up.

#include "server/serverengine.h"

#include <QtTest>

using namespace SmtpTutor;

class TestServerEngineSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotUnstuffingAndStorage();
    void greylistRemembersAcrossSessions();
    void linesAfterStartTlsBeforeHandshakeAreDropped();
    void queueIdsAreDistinct();
    void moveKeepsState();
    void recipientLimit();
    void nonLetterCommandHangsUp();
};

void TestServerEngineSessions::dotUnstuffingAndStorage()
{
    ServerEngine engine(*Scenario::load(QStringLiteral("relay")));
    engine.connect();
    engine.receiveLine("EHLO me");
    engine.receiveLine("MAIL FROM:<a@example.org>");
    engine.receiveLine("RCPT TO:<alice@example.com>");
    engine.receiveLine("RCPT TO:<bob@example.com>");
    QCOMPARE(engine.receiveLine("DATA").first().reply.code(), 354);
    QVERIFY(engine.receiveLine("Subject: dots").isEmpty());
    QVERIFY(engine.receiveLine("").isEmpty());
    QVERIFY(engine.receiveLine("..leading dot").isEmpty());
    QVERIFY(engine.receiveLine("...").isEmpty());
    QVERIFY(engine.receiveLine(". not the end").isEmpty());
    const QList<ServerResponse> done = engine.receiveLine(".");
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().reply.code(), 250);
    const ReceivedMessage &message = engine.sharedState().received.last();
    QCOMPARE(message.raw, QByteArray("Subject: dots\r\n\r\n.leading dot\r\n..\r\n not the end\r\n"));
    QCOMPARE(message.sender.address(), QStringLiteral("a@example.org"));
    QCOMPARE(message.recipients.size(), 2);
    QVERIFY(done.first().reply.firstLineText().endsWith(message.queueId));
    QVERIFY(!message.overTls);
}

void TestServerEngineSessions::greylistRemembersAcrossSessions()
{
    auto shared = std::make_shared<SharedServerState>();
    const Scenario scenario = *Scenario::load(QStringLiteral("greylist"));
    const auto attempt = [&] {
        ServerEngine engine(scenario, shared);
        engine.setClientAddress(QStringLiteral("192.0.2.7"));
        engine.connect();
        engine.receiveLine("EHLO me");
        engine.receiveLine("MAIL FROM:<a@example.org>");
        return engine.receiveLine("RCPT TO:<alice@example.com>").first().reply.code();
    };
    QCOMPARE(attempt(), 450);
    QCOMPARE(attempt(), 250);
    QCOMPARE(shared->greylistSeen.size(), 1);
}

void TestServerEngineSessions::linesAfterStartTlsBeforeHandshakeAreDropped()
{
    // RFC 3207 s.4.2: commands pipelined after STARTTLS in clear must not be acted upon.
    ServerEngine engine(*Scenario::load(QStringLiteral("relay")));
    engine.connect();
    engine.receiveLine("EHLO me");
    QCOMPARE(engine.receiveLine("STARTTLS").first().reply.code(), 220);
    QVERIFY(engine.receiveLine("MAIL FROM:<injected@example.org>").isEmpty());
    engine.tlsStarted();
    QCOMPARE(engine.phase(), SessionPhase::Greeted);
    QVERIFY(engine.sender().address().isEmpty());
    QVERIFY(engine.isTlsActive());

    // A handshake nobody asked for (no 220 to STARTTLS) changes nothing: the session is not
    // marked encrypted and keeps its state.
    ServerEngine plain(*Scenario::load(QStringLiteral("relay")));
    plain.connect();
    plain.receiveLine("EHLO me");
    plain.receiveLine("MAIL FROM:<a@example.org>");
    plain.tlsStarted();
    QVERIFY(!plain.isTlsActive());
    QCOMPARE(plain.phase(), SessionPhase::InTransaction);
}

void TestServerEngineSessions::queueIdsAreDistinct()
{
    auto shared = std::make_shared<SharedServerState>();
    ServerEngine engine(*Scenario::load(QStringLiteral("relay")), shared);
    engine.connect();
    engine.receiveLine("EHLO me");
    QSet<QString> ids;
    for (int i = 0; i < 50; ++i) {
        engine.receiveLine("MAIL FROM:<a@example.org>");
        engine.receiveLine("RCPT TO:<alice@example.com>");
        engine.receiveLine("DATA");
        engine.receiveLine("x");
        const QString text = engine.receiveLine(".").first().reply.firstLineText();
        QVERIFY(text.startsWith(QLatin1String("Ok: queued as ")));
        ids.insert(text.mid(14));
    }
    QCOMPARE(ids.size(), 50);
}

void TestServerEngineSessions::moveKeepsState()
{
    ServerEngine first(*Scenario::load(QStringLiteral("relay")));
    first.connect();
    first.receiveLine("EHLO me");
    ServerEngine moved(std::move(first));
    QCOMPARE(moved.receiveLine("MAIL FROM:<a@example.org>").first().reply.code(), 250);
    QCOMPARE(moved.receiveLine("RCPT TO:<nobody@example.com>").first().reply.code(), 550);
}

void TestServerEngineSessions::recipientLimit()
{
    // Postfix's smtpd_recipient_limit (1000): the next RCPT gets 452 4.5.3 (RFC 5321 s.4.5.3.1.8).
    ServerEngine engine(*Scenario::load(QStringLiteral("relay")));
    engine.connect();
    engine.receiveLine("EHLO me");
    engine.receiveLine("MAIL FROM:<a@example.org>");
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(engine.receiveLine("RCPT TO:<alice@example.com>").first().reply.code(), 250);
    const ServerResponse over = engine.receiveLine("RCPT TO:<bob@example.com>").first();
    QCOMPARE(over.reply.code(), 452);
    QCOMPARE(over.reply.enhancedStatus()->toString(), QStringLiteral("4.5.3"));
    QCOMPARE(engine.recipients().size(), 1000);
}

void TestServerEngineSessions::nonLetterCommandHangsUp()
{
    // Postfix 3.7 on Debian: smtpd_forbidden_commands includes /^[^A-Z]/, so "123" ends the session.
    ServerEngine engine(*Scenario::load(QStringLiteral("relay")));
    engine.connect();
    const ServerResponse r = engine.receiveLine("123 hello").first();
    QCOMPARE(r.reply.code(), 221);
    QCOMPARE(r.reply.enhancedStatus()->toString(), QStringLiteral("2.7.0"));
    QVERIFY(engine.isClosed());
    QVERIFY(engine.receiveLine("NOOP").isEmpty());
}

QTEST_APPLESS_MAIN(TestServerEngineSessions)
#include "tst_serverengine_sessions.moc"
