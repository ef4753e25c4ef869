// The practice server in-process: real sockets on 127.0.0.1, the server and the test client on
// one event loop. Plain sessions, STARTTLS (with pipelined bytes thrown away), implicit TLS, the
// limits a real MTA has, the kept messages, the signals the GUI follows.

#include "core/practicetestclient.h"
#include "practice/practicecertificate.h"
#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "server/scenario.h"
#include "session/transcript.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;

class TestPracticeServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<QSslConfiguration> m_tls;
    QList<QSslCertificate> m_trusted;

    static Scenario scenario(const QString &name)
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
        server->setTlsConfiguration(*m_tls);
        QString error;
        if (!server->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("listen: %s", qPrintable(error));
        return server;
    }

    // EHLO, one message, QUIT. Returns an empty string on success, else what went wrong.
    static QString sendOneMessage(PracticeTestClient &client,
        const QByteArray &recipient = "alice@example.com", const QByteArray &body = "Hello.")
    {
        Reply reply;
        if (client.command("EHLO client.example.org", &reply) != 250)
            return QStringLiteral("EHLO: %1").arg(reply.text());
        if (client.command("MAIL FROM:<bob@example.com>", &reply) != 250)
            return QStringLiteral("MAIL: %1").arg(reply.text());
        if (client.command("RCPT TO:<" + recipient + ">", &reply) != 250)
            return QStringLiteral("RCPT: %1").arg(reply.text());
        if (client.command("DATA", &reply) != 354)
            return QStringLiteral("DATA: %1").arg(reply.text());
        client.send("Subject: practice\r\nFrom: <bob@example.com>\r\n\r\n" + body + "\r\n.");
        if (const std::optional<Reply> end = client.readReply(); !end || end->code() != 250)
            return QStringLiteral("end of data: %1").arg(end ? end->text() : QStringLiteral("no reply"));
        if (client.command("QUIT", &reply) != 221)
            return QStringLiteral("QUIT: %1").arg(reply.text());
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        bool created = false;
        QVERIFY2(PracticeCertificate::ensureBlocking(m_dir.path(), &error, &created), qPrintable(error));
        QVERIFY(created);
        m_tls
            = PracticeCertificate::loadServerConfiguration(PracticeCertificate::certificatePath(m_dir.path()),
                PracticeCertificate::keyPath(m_dir.path()), &error);
        QVERIFY2(m_tls, qPrintable(error));
        m_trusted = QSslCertificate::fromPath(PracticeCertificate::certificatePath(m_dir.path()));
        QCOMPARE(m_trusted.size(), 1);
    }

    void certificateIsForLocalhostAndKeptPrivate()
    {
        const QSslCertificate &cert = m_trusted.first();
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList { QStringLiteral("localhost") });
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(cert.isSelfSigned());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(800));
        const QFile::Permissions permissions = QFile::permissions(PracticeCertificate::keyPath(m_dir.path()));
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
        // A second call keeps the certificate it made.
        bool created = true;
        QVERIFY(PracticeCertificate::ensureBlocking(m_dir.path(), nullptr, &created));
        QVERIFY(!created);
        // The default folder is the application's data folder, never the source tree.
        QVERIFY(PracticeCertificate::defaultDirectory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void asyncCertificateMaker()
    {
        QTemporaryDir dir;
        PracticeCertificate maker;
        QSignalSpy ready(&maker, &PracticeCertificate::ready);
        maker.ensure(dir.path() + QStringLiteral("/nested"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.first().at(2).toBool(), true);
        QVERIFY(
            PracticeCertificate::isUsable(ready.first().at(0).toString(), ready.first().at(1).toString()));
    }

    void twoMakersAtOnceMakeOnePair()
    {
        // The GUI and `serve` (or two `serve`s) starting together must end up with one
        // certificate and its own key, not the certificate of one beside the key of the other.
        QTemporaryDir dir;
        PracticeCertificate first, second;
        QSignalSpy firstReady(&first, &PracticeCertificate::ready);
        QSignalSpy secondReady(&second, &PracticeCertificate::ready);
        first.ensure(dir.path());
        second.ensure(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(firstReady.size() == 1 && secondReady.size() == 1, 60000);
        QCOMPARE(firstReady.first().at(2).toBool() + secondReady.first().at(2).toBool(), 1);
        // The pair on disk belongs together: a TLS handshake with it succeeds.
        const std::optional<QSslConfiguration> tls = PracticeCertificate::loadServerConfiguration(
            PracticeCertificate::certificatePath(dir.path()), PracticeCertificate::keyPath(dir.path()));
        QVERIFY(tls);
        PracticeServer server(scenario(QStringLiteral("smtps")));
        server.setTlsConfiguration(*tls);
        QVERIFY(server.listenImplicitTls(QHostAddress::LocalHost, 0));
        PracticeTestClient client(
            QSslCertificate::fromPath(PracticeCertificate::certificatePath(dir.path())));
        QVERIFY2(
            client.connectImplicitTls(server.implicitTlsPort()), qPrintable(client.socket().errorString()));
    }

    void plainTransactionIsKeptAndSignalled()
    {
        auto server = startServer(scenario(QStringLiteral("relay")));
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        QSignalSpy closed(server.get(), &PracticeServer::connectionClosed);
        QSignalSpy state(server.get(), &PracticeServer::connectionStateChanged);
        QSignalSpy received(server.get(), &PracticeServer::messageReceived);

        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        const std::optional<Reply> greeting = client.readReply();
        QVERIFY(greeting);
        QCOMPARE(greeting->code(), 220);
        QCOMPARE(server->openConnectionCount(), 1);
        const QString problem
            = sendOneMessage(client, "alice@example.com", "..dot-stuffed line\r\nsecond line");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(client.waitClosed());
        QTRY_COMPARE(closed.size(), 1);

        QCOMPARE(added.size(), 1);
        QVERIFY(state.size() >= 4); // Greeted, Identified, InTransaction, ..., Closed
        QCOMPARE(state.last().at(1).value<SessionPhase>(), SessionPhase::Closed);
        QCOMPARE(received.size(), 1);
        QCOMPARE(server->messages().size(), 1);
        const PracticeMessage &message = server->messages().first();
        QCOMPARE(message.headers(), QByteArray("Subject: practice\r\nFrom: <bob@example.com>\r\n"));
        QCOMPARE(message.body(), QByteArray(".dot-stuffed line\r\nsecond line\r\n"));
        QCOMPARE(message.message.sender.address(), QStringLiteral("bob@example.com"));
        QCOMPARE(message.message.recipients.value(0).address(), QStringLiteral("alice@example.com"));
        QVERIFY(!message.message.overTls);
        QCOMPARE(server->openConnectionCount(), 0);
        QCOMPARE(server->statistics().messagesAccepted, quint64(1));

        PracticeConnection *connection = server->connection(added.first().at(0).toInt());
        QVERIFY(connection);
        QVERIFY(!connection->isOpen());
        const QString text = connection->transcript()->toText();
        QVERIFY2(text.contains(QStringLiteral("-> MAIL FROM:<bob@example.com>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<- 221")));
        QCOMPARE(server->memoryBudget().used(), qint64(message.message.raw.size()));
    }

    void unknownRecipientGetsTheRealReply()
    {
        auto server = startServer(scenario(QStringLiteral("relay")));
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        QCOMPARE(client.command("MAIL FROM:<bob@example.com>"), 250);
        Reply reply;
        QCOMPARE(client.command("RCPT TO:<nobody@example.com>", &reply), 550);
        QCOMPARE(reply.enhancedStatus()->toString(), QStringLiteral("5.1.1"));
        QCOMPARE(client.command("RCPT TO:<carol@elsewhere.example>", &reply), 554);
        QCOMPARE(client.command("QUIT"), 221);
    }

    void startTlsThenAuthPlain()
    {
        auto server = startServer(scenario(QStringLiteral("submission")));
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        PracticeTestClient client(m_trusted);
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        Reply ehlo;
        QCOMPARE(client.command("EHLO c.example.org", &ehlo), 250);
        QVERIFY(ehlo.lines().contains(QStringLiteral("STARTTLS")));
        QCOMPARE(client.command("MAIL FROM:<alice@example.com>"), 530); // 587 style: TLS first
        QCOMPARE(client.command("STARTTLS"), 220);
        QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
        QCOMPARE(client.command("EHLO c.example.org", &ehlo), 250);
        QVERIFY(!ehlo.lines().contains(QStringLiteral("STARTTLS")));
        QVERIFY(ehlo.text().contains(QStringLiteral("AUTH PLAIN LOGIN")));
        const QByteArray credentials = QByteArray("\0alice\0wonderland", 17).toBase64();
        QCOMPARE(client.command("AUTH PLAIN " + credentials), 235);
        const QString problem = sendOneMessage(client, "carol@elsewhere.example");
        QVERIFY2(problem.contains(QStringLiteral("EHLO")) || problem.isEmpty(), qPrintable(problem));
        QTRY_COMPARE(server->messages().size(), 1);
        QVERIFY(server->messages().first().message.overTls);
        QCOMPARE(server->messages().first().message.authenticatedUser, QStringLiteral("alice"));

        PracticeConnection *connection = server->connection(added.first().at(0).toInt());
        QVERIFY(connection->isTlsActive());
        QVERIFY(connection->tlsDescription().startsWith(QStringLiteral("TLSv1.")));
        const QString text = connection->transcript()->toText();
        QVERIFY2(!text.contains(QString::fromLatin1(credentials)), "the password reached the transcript");
        QVERIFY(text.contains(QStringLiteral("~> AUTH PLAIN")));
        QVERIFY(text.contains(QStringLiteral("TLS started")));
    }

    void authLoginAfterStartTls()
    {
        auto server = startServer(scenario(QStringLiteral("submission")));
        PracticeTestClient client(m_trusted);
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        QCOMPARE(client.command("STARTTLS"), 220);
        QVERIFY(client.startTls());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        QCOMPARE(client.command("AUTH LOGIN"), 334);
        QCOMPARE(client.command(QByteArray("bob").toBase64()), 334);
        QCOMPARE(client.command(QByteArray("wrong").toBase64()), 535);
        QCOMPARE(client.command("AUTH LOGIN"), 334);
        QCOMPARE(client.command(QByteArray("bob").toBase64()), 334);
        QCOMPARE(client.command(QByteArray("builder").toBase64()), 235);
        QCOMPARE(client.command("QUIT"), 221);
    }

    void bytesPipelinedAfterStartTlsAreThrownAway()
    {
        // RFC 3207 s.4.2: a client (or an attacker in the path) that sends commands after
        // STARTTLS in the same packet must not have them executed inside the TLS session.
        auto server = startServer(scenario(QStringLiteral("relay")));
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        PracticeTestClient client(m_trusted);
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        client.sendRaw("STARTTLS\r\nMAIL FROM:<mallory@example.com>\r\n");
        const std::optional<Reply> ready = client.readReply();
        QVERIFY(ready);
        QCOMPARE(ready->code(), 220);
        QVERIFY(client.startTls());
        // Had the MAIL been kept, this MAIL would be "503 nested MAIL command" or "need EHLO".
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        QCOMPARE(client.command("MAIL FROM:<bob@example.com>"), 250);
        const QString text = server->connection(added.first().at(0).toInt())->transcript()->toText();
        QVERIFY2(text.contains(QStringLiteral("thrown away")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("mallory")));
    }

    void implicitTlsListener()
    {
        auto server = startServer(scenario(QStringLiteral("smtps")));
        QString error;
        QVERIFY2(server->listenImplicitTls(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        PracticeTestClient client(m_trusted);
        QVERIFY2(
            client.connectImplicitTls(server->implicitTlsPort()), qPrintable(client.socket().errorString()));
        QVERIFY(added.wait(3000));
        const std::optional<Reply> greeting = client.readReply();
        QVERIFY(greeting);
        QCOMPARE(greeting->code(), 220);
        Reply ehlo;
        QCOMPARE(client.command("EHLO c.example.org", &ehlo), 250);
        QVERIFY(!ehlo.lines().contains(QStringLiteral("STARTTLS")));
        QVERIFY(ehlo.text().contains(QStringLiteral("AUTH")));
        QCOMPARE(client.command("AUTH PLAIN " + QByteArray("\0alice\0wonderland", 17).toBase64()), 235);
        QCOMPARE(client.command("QUIT"), 221);
    }

    void tooManyConnectionsGet421AndOthersGoOn()
    {
        PracticeLimits limits;
        limits.maxConnections = 2;
        auto server = startServer(scenario(QStringLiteral("relay")), limits);
        PracticeTestClient first, second, third;
        QVERIFY(first.connectPlain(server->port()));
        QCOMPARE(first.readReply()->code(), 220);
        QVERIFY(second.connectPlain(server->port()));
        QCOMPARE(second.readReply()->code(), 220);
        QVERIFY(third.connectPlain(server->port()));
        const std::optional<Reply> refused = third.readReply();
        QVERIFY(refused);
        QCOMPARE(refused->code(), 421);
        QCOMPARE(refused->enhancedStatus()->toString(), QStringLiteral("4.7.0"));
        QVERIFY(refused->text().contains(QStringLiteral("too many connections")));
        QVERIFY(third.waitClosed());
        QCOMPARE(server->statistics().connectionsRefused, quint64(1));
        // The two served sessions are untouched; once one ends, a newcomer is served.
        QCOMPARE(first.command("NOOP"), 250);
        QCOMPARE(first.command("QUIT"), 221);
        QVERIFY(first.waitClosed());
        QTRY_COMPARE(server->openConnectionCount(), 1);
        PracticeTestClient fourth;
        QVERIFY(fourth.connectPlain(server->port()));
        QCOMPARE(fourth.readReply()->code(), 220);
        QCOMPARE(second.command("NOOP"), 250);
    }

    void dripFeedingClientIsCutOffByTheDeadline()
    {
        PracticeLimits limits;
        limits.idleTimeoutMs = 1000;
        auto server = startServer(scenario(QStringLiteral("relay")), limits);
        PracticeTestClient dripper, normal;
        QVERIFY(dripper.connectPlain(server->port()));
        QCOMPARE(dripper.readReply()->code(), 220);
        QElapsedTimer clock;
        clock.start();
        // A byte every 300 ms keeps the socket busy but never completes a line.
        const QByteArray drip = "EHLO slow.example.org";
        std::optional<Reply> cutOff;
        for (qsizetype i = 0; i < drip.size() && !cutOff; ++i) {
            dripper.sendRaw(drip.mid(i, 1));
            cutOff = dripper.readReply(300);
        }
        QVERIFY(cutOff);
        QCOMPARE(cutOff->code(), 421);
        QCOMPARE(cutOff->enhancedStatus()->toString(), QStringLiteral("4.4.2"));
        QVERIFY(cutOff->text().contains(QStringLiteral("timeout exceeded")));
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(clock.elapsed() < 3000);
        QVERIFY(dripper.waitClosed());
        QTRY_COMPARE(server->statistics().timeouts, quint64(1));
        // Someone who does send whole lines is served meanwhile and after.
        QVERIFY(normal.connectPlain(server->port()));
        QCOMPARE(normal.readReply()->code(), 220);
        const QString problem = sendOneMessage(normal);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void messageOverTheSizeLimitIsRefusedAndMemoryReturned()
    {
        Scenario s = scenario(QStringLiteral("relay"));
        s.maxMessageSize = 4000;
        auto server = startServer(s);
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        Reply ehlo;
        QCOMPARE(client.command("EHLO c.example.org", &ehlo), 250);
        QVERIFY(ehlo.lines().contains(QStringLiteral("SIZE 4000")));
        QCOMPARE(client.command("MAIL FROM:<bob@example.com>"), 250);
        QCOMPARE(client.command("RCPT TO:<alice@example.com>"), 250);
        QCOMPARE(client.command("DATA"), 354);
        QByteArray big;
        for (int i = 0; i < 500; ++i)
            big += "line " + QByteArray::number(i) + " of a message that is far too large\r\n";
        client.send(big + ".");
        const std::optional<Reply> verdict = client.readReply();
        QVERIFY(verdict);
        QCOMPARE(verdict->code(), 552);
        QCOMPARE(server->memoryBudget().used(), 0);
        QVERIFY(server->memoryBudget().peak() < 4000 + 2048 + 100);
        QCOMPARE(client.command("NOOP"), 250);
        // The transcript shows the start of the message and a note, not all 500 lines.
        const Transcript *transcript = server->connection(added.first().at(0).toInt())->transcript();
        QVERIFY(transcript->size() < 120);
        QVERIFY(transcript->toText().contains(QStringLiteral("not shown")));
    }

    void aDotAfterACutLineDoesNotEndTheMessage()
    {
        // A message line longer than maxDataLineLength is cut into pieces; the rest of the line
        // must not be taken for a line of its own, or "<2048 x>.\r\n" would end the message
        // there and the lines after it would run as commands (a smuggling hole).
        PracticeLimits limits;
        limits.maxDataLineLength = 100;
        auto server = startServer(scenario(QStringLiteral("relay")), limits);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO c.example.org"), 250);
        QCOMPARE(client.command("MAIL FROM:<bob@example.com>"), 250);
        QCOMPARE(client.command("RCPT TO:<alice@example.com>"), 250);
        QCOMPARE(client.command("DATA"), 354);
        client.send("Subject: cut\r\n\r\n" + QByteArray(100, 'x') + ".\r\nRSET\r\n" + QByteArray(250, 'y')
            + "\r\nlast line\r\n.");
        const std::optional<Reply> end = client.readReply();
        QVERIFY(end);
        QCOMPARE(end->code(), 250);
        QVERIFY(!client.readReply(300)); // nothing else was answered: RSET was message content
        QTRY_COMPARE(server->messages().size(), 1);
        const QByteArray body = server->messages().first().body();
        QVERIFY2(body.contains("\r\n.\r\nRSET\r\n"), body.constData());
        QVERIFY(body.endsWith("last line\r\n"));
        QCOMPARE(body.count('y'), 250);
    }

    void keptMessagesGiveWayWhenMemoryRunsOut()
    {
        PracticeLimits limits;
        limits.maxMemoryBytes = 3000;
        auto server = startServer(scenario(QStringLiteral("relay")), limits);
        QSignalSpy dropped(server.get(), &PracticeServer::messagesDropped);
        for (int i = 0; i < 4; ++i) {
            PracticeTestClient client;
            QVERIFY(client.connectPlain(server->port()));
            QVERIFY(client.readReply());
            const QString problem = sendOneMessage(client, "alice@example.com", QByteArray(1000, 'a' + i));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QTRY_COMPARE(server->statistics().messagesAccepted, quint64(4));
        QVERIFY(!dropped.isEmpty());
        QVERIFY(server->messages().size() < 4);
        QVERIFY(server->messages().last().body().startsWith("ddd")); // the newest is kept
        QVERIFY(server->memoryBudget().used() <= 3000);
    }

    void aClientThatNeverReadsIsNotBufferedForever()
    {
        PracticeLimits limits;
        limits.maxWriteBacklog = 4096;
        auto server = startServer(scenario(QStringLiteral("relay")), limits);
        PracticeTestClient greedy;
        greedy.socket().setReadBufferSize(1); // reads almost nothing
        QVERIFY(greedy.connectPlain(server->port()));
        QByteArray flood;
        for (int i = 0; i < 20000; ++i)
            flood += "NOOP\r\n";
        greedy.sendRaw(flood);
        QTest::qWait(500);
        // The server is still responsive to others.
        PracticeTestClient other;
        QVERIFY(other.connectPlain(server->port()));
        QCOMPARE(other.readReply()->code(), 220);
        QCOMPARE(other.command("NOOP"), 250);
    }

    void stopSends421ToOpenSessions()
    {
        auto server = startServer(scenario(QStringLiteral("relay")));
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        server->stop();
        const std::optional<Reply> bye = client.readReply();
        QVERIFY(bye);
        QCOMPARE(bye->code(), 421);
        QVERIFY(client.waitClosed());
        QVERIFY(!server->isListening());
    }

    void closedSessionsAreForgottenBeyondTheLimit()
    {
        PracticeLimits limits;
        limits.keptClosedConnections = 2;
        auto server = startServer(scenario(QStringLiteral("relay")), limits);
        QSignalSpy forgotten(server.get(), &PracticeServer::connectionForgotten);
        for (int i = 0; i < 4; ++i) {
            PracticeTestClient client;
            QVERIFY(client.connectPlain(server->port()));
            QVERIFY(client.readReply());
            QCOMPARE(client.command("QUIT"), 221);
            QVERIFY(client.waitClosed());
        }
        QTRY_COMPARE(forgotten.size(), 2);
        QTRY_COMPARE(server->connectionIds().size(), 2);
    }
};

QTEST_MAIN(TestPracticeServer)
#include "tst_practiceserver.moc"
