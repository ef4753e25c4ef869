// ServerEngine's answers to what only a transport notices (TransportFault): an over-long line
// the transport dropped, a client too slow, one connection too many, the server stopping,
// memory running out. tst_practiceserver_faults checks that the practice server sends them.

#include "server/serverengine.h"

#include <QtTest>

using namespace SmtpTutor;

class TestServerEngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transportFaults();
    void droppedLineGetsTheSameReplyAsALongLine();
};

void TestServerEngineFaults::transportFaults()
{
    // What only the transport notices is worded by the engine (one source for each reply).
    const auto relay = Scenario::load(QStringLiteral("relay"));
    QVERIFY(relay);

    ServerEngine idle(*relay);
    QVERIFY(idle.transportFault(TransportFault::IdleTimeout).isEmpty()); // not connected yet
    idle.connect();
    const QList<ServerResponse> timeout = idle.transportFault(TransportFault::IdleTimeout);
    QCOMPARE(timeout.size(), 1);
    QCOMPARE(
        timeout.first().reply.toWire(), QByteArray("421 4.4.2 mail.example.com Error: timeout exceeded\r\n"));
    QVERIFY(idle.isClosed());
    QVERIFY(idle.transportFault(TransportFault::IdleTimeout).isEmpty()); // one reply, then silence

    ServerEngine crowded(*relay);
    crowded.setClientAddress(QStringLiteral("127.0.0.9"));
    const QList<ServerResponse> refused = crowded.transportFault(TransportFault::TooManyConnections);
    QCOMPARE(refused.size(), 1); // no greeting before it
    QCOMPARE(refused.first().reply.toWire(),
        QByteArray("421 4.7.0 mail.example.com Error: too many connections from 127.0.0.9\r\n"));
    QVERIFY(crowded.isClosed());

    ServerEngine stopping(*relay);
    stopping.connect();
    const QList<ServerResponse> stop = stopping.transportFault(TransportFault::ServerStopping);
    QCOMPARE(stop.size(), 1);
    QCOMPARE(stop.first().reply.code(), 421);
    QCOMPARE(stop.first().reply.enhancedStatus()->toString(), QStringLiteral("4.3.2"));
    QVERIFY(stopping.isClosed());

    ServerEngine full(*relay);
    full.connect();
    for (const char *line : { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<alice@example.com>", "DATA" })
        QCOMPARE(full.receiveLine(line).size(), 1);
    QVERIFY(full.isInData());
    const QList<ServerResponse> memory = full.transportFault(TransportFault::OutOfMemory);
    QCOMPARE(memory.size(), 1);
    QCOMPARE(memory.first().reply.code(), 421);
    QCOMPARE(memory.first().reply.enhancedStatus()->toString(), QStringLiteral("4.3.1"));
    QVERIFY(full.isClosed());
    QCOMPARE(full.sharedState().received.size(), 0);
    for (const QList<ServerResponse> &responses : { timeout, refused, stop, memory }) {
        QVERIFY(!responses.first().explanation.isEmpty());
        QVERIFY(!responses.first().rfcSection.isEmpty());
    }
}

void TestServerEngineFaults::droppedLineGetsTheSameReplyAsALongLine()
{
    // A line the transport had to drop unread is answered exactly like an over-long line the
    // engine saw whole, and the session goes on.
    const auto relay = Scenario::load(QStringLiteral("relay"));
    QVERIFY(relay);
    ServerEngine engine(*relay);
    engine.connect();
    const QList<ServerResponse> seen = engine.receiveLine("NOOP " + QByteArray(600, 'x'));
    const QList<ServerResponse> dropped = engine.transportFault(TransportFault::LineTooLong);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().reply.toWire(), QByteArray("500 5.5.2 Error: line too long\r\n"));
    QCOMPARE(seen.first().reply.toWire(), dropped.first().reply.toWire());
    QVERIFY(!engine.isClosed());
    QCOMPARE(engine.receiveLine("NOOP").first().reply.code(), 250);
    // Inside an AUTH exchange the dropped line was the answer to the challenge.
    const auto smtps = Scenario::load(QStringLiteral("smtps"));
    QVERIFY(smtps);
    ServerEngine auth(*smtps);
    auth.connect();
    auth.receiveLine("EHLO me");
    QCOMPARE(auth.receiveLine("AUTH LOGIN").first().reply.code(), 334);
    const QList<ServerResponse> tooLong = auth.transportFault(TransportFault::LineTooLong);
    QCOMPARE(tooLong.first().reply.toWire(), QByteArray("500 5.5.6 SASL response limit exceeded\r\n"));
    QVERIFY(!auth.isAwaitingAuthResponse());
}

QTEST_APPLESS_MAIN(TestServerEngineFaults)
#include "tst_serverengine_faults.moc"
