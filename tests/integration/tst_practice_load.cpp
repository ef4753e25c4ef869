// Load on loopback, bounded in count and time: 200 sessions at once, each sending a message,
// plus 20 clients that drip one byte a second and never finish a line. Every normal session
// must complete, the drippers must be cut off by the per-line deadline (3 s here), the server
// must not crash and its memory must stay bounded (RSS of the serve process before and after).

#include "integration/practiceserveprocess.h"
#include "protocol/replyparser.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

constexpr int Sessions = 200;
constexpr int Drippers = 20;
constexpr int IdleTimeoutSeconds = 3;

// One scripted SMTP client on the event loop: greeting, EHLO, MAIL, RCPT, DATA, message, QUIT.
class SessionClient : public QObject
{
public:
    SessionClient(int number, quint16 port)
        : m_number(number)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (!m_done && m_failure.isEmpty())
                m_failure = QStringLiteral("closed at step %1").arg(m_step);
            m_closed = true;
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool isFinished() const { return m_closed || !m_failure.isEmpty(); }
    bool succeeded() const { return m_done && m_failure.isEmpty(); }
    QString failure() const { return m_failure; }
    QString describe() const
    {
        return QStringLiteral("#%1 at step %2, socket state %3")
            .arg(m_number)
            .arg(m_step)
            .arg(int(m_socket.state()));
    }

private:
    void onReadyRead()
    {
        m_parser.feed(m_socket.readAll());
        while (std::optional<Reply> reply = m_parser.takeReply())
            advance(*reply);
    }

    void advance(const Reply &reply)
    {
        static const int expected[] = { 220, 250, 250, 250, 354, 250, 221 };
        if (m_step >= 7 || reply.code() != expected[m_step]) {
            m_failure = QStringLiteral("step %1: %2 %3").arg(m_step).arg(reply.code()).arg(reply.text());
            m_socket.abort();
            return;
        }
        switch (m_step++) {
        case 0:
            m_socket.write("EHLO load" + QByteArray::number(m_number) + ".example\r\n");
            break;
        case 1:
            m_socket.write("MAIL FROM:<bob@example.com>\r\n");
            break;
        case 2:
            m_socket.write("RCPT TO:<alice@example.com>\r\n");
            break;
        case 3:
            m_socket.write("DATA\r\n");
            break;
        case 4: {
            QByteArray message = "Subject: load " + QByteArray::number(m_number) + "\r\n\r\n";
            for (int i = 0; i < 40; ++i)
                message += "Line " + QByteArray::number(i) + " of a message sent under load.\r\n";
            m_socket.write(message + ".\r\n");
            break;
        }
        case 5:
            m_socket.write("QUIT\r\n");
            break;
        case 6:
            m_done = true;
            break;
        }
    }

    int m_number;
    QTcpSocket m_socket;
    ReplyParser m_parser;
    int m_step = 0;
    bool m_done = false;
    bool m_closed = false;
    QString m_failure;
};

// Sends one byte a second after the greeting and never ends a line.
class Dripper : public QObject
{
public:
    explicit Dripper(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_received += m_socket.readAll();
            if (!m_timer.isActive() && m_received.startsWith("220 "))
                m_timer.start(1000);
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            m_received += m_socket.readAll();
            m_closedAfterMs = m_clock.elapsed();
            m_timer.stop();
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            static const QByteArray text = "EHLO a-very-slow-client.example";
            m_socket.write(text.mid(m_sent++ % text.size(), 1));
        });
        m_clock.start();
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool isClosed() const { return m_closedAfterMs >= 0; }
    qint64 closedAfterMs() const { return m_closedAfterMs; }
    QByteArray received() const { return m_received; }
    int bytesSent() const { return m_sent; }

private:
    QTcpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_received;
    qint64 m_closedAfterMs = -1;
    int m_sent = 0;
};

} // namespace

class TestPracticeLoad : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // One round: returns the number of sessions that completed.
    void runRound(ServeProcess &serve, int round)
    {
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<Dripper>> drippers;
        for (int i = 0; i < Drippers; ++i)
            drippers.push_back(std::make_unique<Dripper>(serve.port()));
        std::vector<std::unique_ptr<SessionClient>> sessions;
        for (int i = 0; i < Sessions; ++i)
            sessions.push_back(std::make_unique<SessionClient>(round * 1000 + i, serve.port()));

        const bool allFinished = QTest::qWaitFor(
            [&] {
                return std::all_of(
                    sessions.begin(), sessions.end(), [](const auto &s) { return s->isFinished(); });
            },
            30000);
        if (!allFinished) {
            QStringList stuck;
            for (const auto &session : sessions) {
                if (!session->isFinished() && stuck.size() < 5)
                    stuck << session->describe();
            }
            QFAIL(qPrintable(
                QStringLiteral("sessions still running after 30 s: ") + stuck.join(QStringLiteral("; "))));
        }
        const qint64 sessionsMs = clock.elapsed();
        int succeeded = 0;
        QStringList failures;
        for (const auto &session : sessions) {
            if (session->succeeded())
                ++succeeded;
            else if (failures.size() < 5)
                failures << session->failure();
        }
        qInfo("round %d: %d of %d sessions delivered their message in %lld ms", round, succeeded, Sessions,
            sessionsMs);
        QVERIFY2(succeeded == Sessions, qPrintable(failures.join(QStringLiteral("; "))));

        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(
                    drippers.begin(), drippers.end(), [](const auto &d) { return d->isClosed(); });
            },
            (IdleTimeoutSeconds + 10) * 1000));
        qint64 latest = 0;
        for (const auto &dripper : drippers) {
            QVERIFY2(dripper->received().contains("421 4.4.2 "), dripper->received().constData());
            QVERIFY(dripper->bytesSent() >= IdleTimeoutSeconds - 1); // it really was dripping
            QVERIFY(dripper->closedAfterMs() >= IdleTimeoutSeconds * 1000 - 200);
            latest = qMax(latest, dripper->closedAfterMs());
        }
        QVERIFY(latest < (IdleTimeoutSeconds + 3) * 1000);
        qInfo("round %d: all %d drippers cut off by the %d s deadline (the last after %lld ms)", round,
            Drippers, IdleTimeoutSeconds, latest);
    }

private Q_SLOTS:
    void twoHundredSessionsAndTwentyDrippers()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("relay"),
            QStringLiteral("--idle-timeout"), QString::number(IdleTimeoutSeconds),
            QStringLiteral("--max-connections"), QStringLiteral("300") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 before = serve.residentKiB();
        QVERIFY(before > 0);

        runRound(serve, 1);
        if (QTest::currentTestFailed())
            return;
        const qint64 afterFirst = serve.residentKiB();
        runRound(serve, 2);
        if (QTest::currentTestFailed())
            return;
        const qint64 afterSecond = serve.residentKiB();
        qInfo("serve RSS: %lld KiB before, %lld KiB after round 1, %lld KiB after round 2", before,
            afterFirst, afterSecond);
        QVERIFY(serve.process().state() == QProcess::Running); // nothing crashed
        // Bounded: a round of 220 sessions costs a few MiB at most, and a second round (which
        // replaces the kept transcripts rather than adding to them) adds little on top.
        QVERIFY2(afterFirst - before < 48 * 1024, "memory grew by more than 48 MiB in one round");
        QVERIFY2(afterSecond - afterFirst < 16 * 1024, "memory kept growing in the second round");

        QCOMPARE(serve.stop(20000), 0);
        const QByteArray summary = serve.standardOutput();
        QVERIFY2(summary.contains("Messages accepted: 400."), summary.constData());
        QVERIFY2(summary.contains("40 timed out"), summary.constData());
    }
};

QTEST_MAIN(TestPracticeLoad)
#include "tst_practice_load.moc"
