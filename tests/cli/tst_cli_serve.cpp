// `smtp-tutor-cli serve --exam` as a separate process: the flags' usage errors (exit 2 with a
// message, nothing listening), and a graded session seen the way a user sees it: the verdict
// line in the log, the summary when the server stops, and the JSON log. The real mail clients
// are in tests/integration/tst_exam_clients_*; here a scripted socket plays the client.

#include "integration/practiceserveprocess.h"
#include "packagingchecks.h"
#include "protocol/replyparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace SmtpTutor;
using namespace SmtpTutor::PackagingChecks;
using namespace SmtpTutor::Testing;

namespace {

// A line-by-line client over a plain socket; returns the reply code of each command.
class ScriptedClient
{
public:
    bool connect(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000) && readCode() == 220;
    }
    int command(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        return readCode();
    }
    bool waitClosed()
    {
        return m_socket.state() == QAbstractSocket::UnconnectedState || m_socket.waitForDisconnected(5000);
    }

private:
    int readCode()
    {
        m_parser.reset();
        while (!m_parser.hasReply() && !m_parser.hasError()) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(5000))
                return -1;
            m_parser.feed(m_socket.readAll());
        }
        const std::optional<Reply> reply = m_parser.takeReply();
        return reply ? reply->code() : -1;
    }
    QTcpSocket m_socket;
    ReplyParser m_parser;
};

QList<QJsonObject> jsonLines(const QString &path)
{
    QList<QJsonObject> objects;
    for (const QString &line : readText(path).split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examUsageErrors_data();
    void examUsageErrors();
    void unwritableJsonLogIsAnError();
    void verdictLineSummaryAndJsonLog();
    void pendingRetryIsIncompleteWhenStopped();
};

void TestCliServe::examUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown exam") << QStringList { QStringLiteral("--exam"), QStringLiteral("open-relay") }
                                  << QStringLiteral("--exam takes strip-starttls, starttls-refused");
    QTest::newRow("delay zero") << QStringList { QStringLiteral("--exam"), QStringLiteral("greylist"),
        QStringLiteral("--greylist-delay"), QStringLiteral("0") }
                                << QStringLiteral("--greylist-delay must be a whole number");
    QTest::newRow("delay not a number") << QStringList { QStringLiteral("--exam"), QStringLiteral("greylist"),
        QStringLiteral("--greylist-delay"), QStringLiteral("soon") }
                                        << QStringLiteral("--greylist-delay must be a whole number");
    QTest::newRow("exam time too long") << QStringList { QStringLiteral("--exam"), QStringLiteral("greylist"),
        QStringLiteral("--exam-time"), QStringLiteral("86401") }
                                        << QStringLiteral("--exam-time must be a whole number");
    QTest::newRow("delay without exam") << QStringList { QStringLiteral("--greylist-delay"), QStringLiteral("5") }
                                        << QStringLiteral("need --exam");
    QTest::newRow("exam with scenario") << QStringList { QStringLiteral("--exam"), QStringLiteral("greylist"),
        QStringLiteral("--scenario"), QStringLiteral("relay") }
                                        << QStringLiteral("--scenario");
}

void TestCliServe::examUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run serve = run(Cli,
        QStringList { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
            + arguments,
        {}, 20000);
    QVERIFY2(serve.finished, "serve went on running with a bad option");
    QCOMPARE(serve.exitCode, 2);
    QVERIFY2(serve.err.contains(message), qPrintable(serve.err));
    QVERIFY(!serve.out.contains(QStringLiteral("Listening")));
}

void TestCliServe::unwritableJsonLogIsAnError()
{
    const Run serve = run(Cli,
        { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--exam"),
            QStringLiteral("size-limit"), QStringLiteral("--json-log"), QStringLiteral("/nonexistent/dir/exam.jsonl") },
        {}, 20000);
    QVERIFY(serve.finished);
    QCOMPARE(serve.exitCode, 1);
    QVERIFY2(serve.err.contains(QStringLiteral("cannot write the JSON log /nonexistent/dir/exam.jsonl")),
        qPrintable(serve.err));
}

void TestCliServe::verdictLineSummaryAndJsonLog()
{
    QTemporaryDir home;
    const QString jsonLog = home.filePath(QStringLiteral("exam.jsonl"));
    ServeProcess serve(home.path());
    const QString started = serve.start(
        { QStringLiteral("--exam"), QStringLiteral("strip-starttls"), QStringLiteral("--json-log"), jsonLog });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(serve.standardOutput().contains("exam \"strip-starttls\""));
    // The banner names the users in a stable order (it once followed QHash's random one).
    QVERIFY2(serve.standardOutput().contains("Users (teaching data): alice / wonderland, bob / builder\n"),
        serve.standardOutput().constData());

    ScriptedClient client;
    QVERIFY(client.connect(serve.port()));
    QCOMPARE(client.command("EHLO client.example"), 250);
    QCOMPARE(client.command("MAIL FROM:<alice@example.com>"), 250); // in clear text: FAIL
    QCOMPARE(client.command("QUIT"), 221);
    QVERIFY(client.waitClosed());
    QVERIFY2(serve.waitForLog(QStringLiteral("exam strip-starttls: FAIL: sent MAIL FROM in clear text")),
        qPrintable(serve.log()));
    QCOMPARE(serve.stop(), 0);
    QVERIFY2(serve.standardOutput().contains("Exam strip-starttls: 0 PASS, 1 FAIL, 0 INCOMPLETE."),
        serve.standardOutput().constData());

    const QList<QJsonObject> events = jsonLines(jsonLog);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().value(QStringLiteral("event")).toString(), QStringLiteral("exam"));
    const auto verdict = std::find_if(events.cbegin(), events.cend(),
        [](const QJsonObject &event) { return event.value(QStringLiteral("event")).toString() == "verdict"; });
    QVERIFY(verdict != events.cend());
    QCOMPARE(verdict->value(QStringLiteral("verdict")).toString(), QStringLiteral("FAIL"));
    QVERIFY(verdict->value(QStringLiteral("evidence")).toArray().contains(
        QStringLiteral("-> MAIL FROM:<alice@example.com>")));
}

void TestCliServe::pendingRetryIsIncompleteWhenStopped()
{
    QTemporaryDir home;
    ServeProcess serve(home.path());
    const QString started = serve.start({ QStringLiteral("--exam"), QStringLiteral("greylist"),
        QStringLiteral("--greylist-delay"), QStringLiteral("30") });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    ScriptedClient client;
    QVERIFY(client.connect(serve.port()));
    QCOMPARE(client.command("EHLO client.example"), 250);
    QCOMPARE(client.command("MAIL FROM:<alice@example.com>"), 250);
    QCOMPARE(client.command("RCPT TO:<bob@example.com>"), 450);
    QVERIFY(serve.waitForLog(QStringLiteral("try again in 30 seconds")));
    QCOMPARE(client.command("QUIT"), 221);
    QVERIFY(client.waitClosed());
    QCOMPARE(serve.stop(), 0);
    QVERIFY2(serve.log().contains(QStringLiteral("exam greylist: INCOMPLETE: the exam ended")), qPrintable(serve.log()));
    QVERIFY(serve.standardOutput().contains("Exam greylist: 0 PASS, 0 FAIL, 1 INCOMPLETE."));
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
