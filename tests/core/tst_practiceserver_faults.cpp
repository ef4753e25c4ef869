// One fault, one reply: what only the practice server's transport notices (an over-long line, a
// client too slow, one connection too many, the server stopping) gets exactly the reply the
// simulated server (ServerEngine) gives for the same fault. The transport words nothing itself.

#include "core/practicetestclient.h"
#include "practice/practiceserver.h"
#include "server/scenario.h"
#include "server/serverengine.h"

#include <QTest>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;

namespace {

Scenario scenario(const QString &name)
{
    QString error;
    const std::optional<Scenario> loaded = Scenario::load(name, &error);
    if (!loaded)
        qFatal("scenario %s: %s", qPrintable(name), qPrintable(error));
    return *loaded;
}

std::unique_ptr<PracticeServer> startServer(const Scenario &s, PracticeLimits limits = {})
{
    auto server = std::make_unique<PracticeServer>(s);
    server->setLimits(limits);
    QString error;
    if (!server->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("listen: %s", qPrintable(error));
    return server;
}

// The simulator's answer to the last of `lines` (after the greeting and the ones before it).
Reply simulatorReply(const Scenario &s, const QList<QByteArray> &lines)
{
    ServerEngine engine(s);
    engine.connect();
    QList<ServerResponse> responses;
    for (const QByteArray &line : lines)
        responses = engine.receiveLine(line);
    return responses.isEmpty() ? Reply() : responses.last().reply;
}

Reply simulatorFault(const Scenario &s, TransportFault fault, bool connect = true)
{
    ServerEngine engine(s);
    engine.setClientAddress(QStringLiteral("127.0.0.1"));
    if (connect)
        engine.connect();
    const QList<ServerResponse> responses = engine.transportFault(fault);
    return responses.isEmpty() ? Reply() : responses.first().reply;
}

} // namespace

class TestPracticeServerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlongCommandLinesGetTheSimulatorsReply()
    {
        const Scenario relay = scenario(QStringLiteral("relay"));
        auto server = startServer(relay);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        Reply reply;
        // RFC 5321 s.4.5.3.1.4: 512 octets with CRLF; 510 + CRLF passes, 511 does not.
        QCOMPARE(client.command("NOOP " + QByteArray(505, 'x')), 250);
        const QByteArray justOver = "NOOP " + QByteArray(506, 'x');
        QCOMPARE(client.command(justOver, &reply), 500);
        QCOMPARE(reply.toWire(), QByteArray("500 5.5.2 Error: line too long\r\n"));
        QCOMPARE(reply.toWire(), simulatorReply(relay, { justOver }).toWire());
        // An AUTH command is still a command line: the same rule, the same reply.
        const QByteArray longAuth = "AUTH PLAIN " + QByteArray(600, 'A');
        QCOMPARE(client.command(longAuth, &reply), 500);
        QCOMPARE(reply.toWire(), simulatorReply(relay, { longAuth }).toWire());
        // Far beyond what the transport holds: dropped unread, answered once, and still the
        // reply the simulator gives when it sees the whole line.
        const QByteArray huge = "NOOP " + QByteArray(200000, 'y');
        QCOMPARE(client.command(huge, &reply), 500);
        QCOMPARE(reply.toWire(), simulatorReply(relay, { huge }).toWire());
        // Also when the bytes are not UTF-8: the length decides first, on both paths.
        const QByteArray hugeBytes = "NOOP " + QByteArray(200000, '\xfe');
        QCOMPARE(client.command(hugeBytes, &reply), 500);
        QCOMPARE(reply.toWire(), simulatorReply(relay, { hugeBytes }).toWire());
        QCOMPARE(client.command("NOOP"), 250);
        QCOMPARE(client.command("QUIT"), 221);
    }

    void theTransportSpeaksWithThePersona()
    {
        // One fault, one reply: the socket's answer is the persona's, whichever persona speaks.
        Scenario exim = scenario(QStringLiteral("one-port"));
        exim.personality = PersonaId::Exim;
        auto server = startServer(exim);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        Reply reply;
        const QByteArray huge = "NOOP " + QByteArray(200000, 'y');
        QCOMPARE(client.command(huge, &reply), 500);
        QCOMPARE(reply.toWire(), QByteArray("500 Command line too long\r\n"));
        QCOMPARE(reply.toWire(), simulatorReply(exim, { huge }).toWire());
        QCOMPARE(client.command("QUIT", &reply), 221);
        QCOMPARE(reply.toWire(), QByteArray("221 mail.example.com closing connection\r\n"));
    }

    void overlongAuthAnswerGetsTheSimulatorsReply()
    {
        // RFC 4954 s.4: an answer to a 334 may have 12288 octets; Postfix answers a longer one
        // with 500 5.5.6 and ends the exchange.
        const Scenario authRequired = scenario(QStringLiteral("auth-required"));
        auto server = startServer(authRequired);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        QCOMPARE(client.command("AUTH PLAIN"), 334);
        const QByteArray answer(20000, 'A');
        Reply reply;
        QCOMPARE(client.command(answer, &reply), 500);
        QCOMPARE(reply.toWire(), QByteArray("500 5.5.6 SASL response limit exceeded\r\n"));
        QCOMPARE(reply.toWire(),
            simulatorReply(authRequired, { "EHLO c.example.org", "AUTH PLAIN", answer }).toWire());
        // The exchange is over: the next line is a command again.
        QCOMPARE(client.command("NOOP"), 250);
    }

    void emptyChallengeHasItsSpaceOnTheWire()
    {
        // RFC 4954 s.4: continue-req = "334" SP [base64] CRLF.
        auto server = startServer(scenario(QStringLiteral("auth-required")));
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        client.socket().readAll();
        client.send("AUTH PLAIN");
        QByteArray wire;
        QVERIFY(QTest::qWaitFor(
            [&] {
                wire += client.socket().readAll();
                return wire.endsWith('\n');
            },
            5000));
        QCOMPARE(wire, QByteArray("334 \r\n"));
    }

    void tooManyConnectionsTimeoutAndStopGetTheSimulatorsReplies()
    {
        const Scenario relay = scenario(QStringLiteral("relay"));
        PracticeLimits limits;
        limits.maxConnections = 1;
        limits.idleTimeoutMs = 1000;
        auto server = startServer(relay, limits);
        PracticeTestClient first, second;
        QVERIFY(first.connectPlain(server->port()));
        QCOMPARE(first.readReply()->code(), 220);
        QVERIFY(second.connectPlain(server->port()));
        const std::optional<Reply> refused = second.readReply();
        QVERIFY(refused);
        QCOMPARE(
            refused->toWire(), simulatorFault(relay, TransportFault::TooManyConnections, false).toWire());
        QVERIFY(refused->text().contains(QStringLiteral("too many connections from 127.0.0.1")));
        QVERIFY(second.waitClosed());

        // The first client says nothing: cut off after the deadline.
        const std::optional<Reply> timedOut = first.readReply(5000);
        QVERIFY(timedOut);
        QCOMPARE(timedOut->toWire(), simulatorFault(relay, TransportFault::IdleTimeout).toWire());
        QVERIFY(first.waitClosed());

        PracticeTestClient third;
        QVERIFY(third.connectPlain(server->port()));
        QCOMPARE(third.readReply()->code(), 220);
        server->stop();
        const std::optional<Reply> stopped = third.readReply();
        QVERIFY(stopped);
        QCOMPARE(stopped->toWire(), simulatorFault(relay, TransportFault::ServerStopping).toWire());
        QVERIFY(third.waitClosed());
    }
};

QTEST_MAIN(TestPracticeServerFaults)
#include "tst_practiceserver_faults.moc"
