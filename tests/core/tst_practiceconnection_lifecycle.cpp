// One practice-server session through its stages (PracticeConnection::Stage): what happens when
// the server stops or the deadline passes in the middle of a STARTTLS handshake, and when the
// server stops a session that is already closing. Real sockets on 127.0.0.1, one event loop.

#include "core/practicetestclient.h"
#include "practice/practicecertificate.h"
#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "server/scenario.h"
#include "session/transcript.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;

class TestPracticeConnectionLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<QSslConfiguration> m_tls;

    std::unique_ptr<PracticeServer> startServer(int idleTimeoutMs = 300'000)
    {
        auto server = std::make_unique<PracticeServer>(*Scenario::load(QStringLiteral("relay")));
        PracticeLimits limits;
        limits.idleTimeoutMs = idleTimeoutMs;
        server->setLimits(limits);
        server->setTlsConfiguration(*m_tls);
        QString error;
        if (!server->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("listen: %s", qPrintable(error));
        return server;
    }

    // Greeting, EHLO and the 220 to STARTTLS; the client then does not start its handshake.
    static bool reachHandshake(PracticeTestClient &client, quint16 port)
    {
        return client.connectPlain(port) && client.readReply()
            && client.command("EHLO client.example.org") == 250 && client.command("STARTTLS") == 220;
    }

    // A server reply with this code. Not a text search: the transcript's "Connection from ...
    // port N" line holds ephemeral port numbers, which may contain "421" themselves.
    static bool sentReply(const PracticeConnection *connection, int code)
    {
        for (const TranscriptEntry &entry : connection->transcript()->entries()) {
            if (entry.direction == Direction::Server && entry.replyCode == code)
                return true;
        }
        return false;
    }

    static bool transcriptHas(const PracticeConnection *connection, const QString &text)
    {
        for (const TranscriptEntry &entry : connection->transcript()->entries()) {
            if (entry.text.contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(PracticeCertificate::ensureBlocking(m_dir.path(), &error), qPrintable(error));
        m_tls
            = PracticeCertificate::loadServerConfiguration(PracticeCertificate::certificatePath(m_dir.path()),
                PracticeCertificate::keyPath(m_dir.path()), &error);
        QVERIFY2(m_tls, qPrintable(error));
    }

    // Mid-handshake nothing may be sent in clear (RFC 3207 s.4.2): stopping ends the session
    // at once instead of writing a 421 the client would read as TLS garbage.
    void stopDuringTlsHandshakeSendsNothingInClear()
    {
        const std::unique_ptr<PracticeServer> server = startServer();
        PracticeTestClient client;
        QVERIFY(reachHandshake(client, server->port()));
        QCOMPARE(server->connectionIds().size(), 1);
        PracticeConnection *connection = server->connection(server->connectionIds().first());
        QVERIFY(connection->isOpen());

        server->stop();
        QTRY_VERIFY(!connection->isOpen());
        QCOMPARE(connection->closeReason(), QStringLiteral("the practice server stopped"));
        QVERIFY(!sentReply(connection, 421));
        QVERIFY(client.waitClosed());
        QVERIFY(!client.readReply(200));
    }

    void handshakeThatNeverFinishesTimesOut()
    {
        const std::unique_ptr<PracticeServer> server = startServer(500);
        PracticeTestClient client;
        QVERIFY(reachHandshake(client, server->port()));
        PracticeConnection *connection = server->connection(server->connectionIds().first());

        QTRY_VERIFY_WITH_TIMEOUT(!connection->isOpen(), 5000);
        QCOMPARE(connection->closeReason(), QStringLiteral("TLS handshake timed out"));
        QVERIFY(transcriptHas(connection, QStringLiteral("did not finish in time")));
        QVERIFY(!sentReply(connection, 421));
        QVERIFY(client.waitClosed());
    }

    // A session that is closing is not closed a second time: its reason stays, no 421 follows the 221.
    void stopWhileClosingKeepsTheSessionsOwnEnd()
    {
        const std::unique_ptr<PracticeServer> server = startServer();
        PracticeTestClient client;
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("QUIT"), 221);
        PracticeConnection *connection = server->connection(server->connectionIds().first());
        server->stop();
        QTRY_VERIFY(!connection->isOpen());
        QCOMPARE(connection->closeReason(), QStringLiteral("the session ended with QUIT"));
        QVERIFY(!sentReply(connection, 421));
        QVERIFY(!client.readReply(200));
    }

    // After STARTTLS the session reads again: the stage goes back to talking inside TLS.
    void handshakeLeadsBackToTalking()
    {
        const std::unique_ptr<PracticeServer> server = startServer();
        PracticeTestClient client(
            QSslCertificate::fromPath(PracticeCertificate::certificatePath(m_dir.path())));
        QVERIFY(reachHandshake(client, server->port()));
        QVERIFY(client.startTls());
        QCOMPARE(client.command("EHLO client.example.org"), 250);
        PracticeConnection *connection = server->connection(server->connectionIds().first());
        QVERIFY(connection->isTlsActive());
        QCOMPARE(client.command("QUIT"), 221);
        QTRY_VERIFY(!connection->isOpen());
        QCOMPARE(connection->closeReason(), QStringLiteral("the session ended with QUIT"));
    }
};

QTEST_MAIN(TestPracticeConnectionLifecycle)
#include "tst_practiceconnection_lifecycle.moc"
