// serve --json-log: a real practice server playing an exam, a client over a real socket, and
// the JSON lines a script would read: every line valid JSON with "event" and "time", the
// session's lines in order (credentials masked), the message, the exam and its verdict.

#include "core/practicetestclient.h"
#include "exam/examproctor.h"
#include "practice/practicejsonlog.h"
#include "practice/practiceserver.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

// An exam server on a free loopback port with its proctor and a JSON log into `log`.
struct LoggedExamServer
{
    explicit LoggedExamServer(ExamId exam)
        : options { exam }
        , server(examResponderFactory(options, examScenario(options)))
        , proctor(options, &server)
        , json(&server, &buffer)
    {
        buffer.open(QIODevice::WriteOnly);
        json.follow(&proctor);
    }

    // Every line of the log as an object; an unreadable line becomes {"unreadable": text}.
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : buffer.data().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(line);
            objects.append(document.isObject() ? document.object()
                                               : QJsonObject { { QStringLiteral("unreadable"), QString::fromUtf8(line) } });
        }
        return objects;
    }
    QList<QJsonObject> events(const QString &name) const
    {
        QList<QJsonObject> matching;
        for (const QJsonObject &event : events()) {
            if (event.value(QStringLiteral("event")).toString() == name)
                matching.append(event);
        }
        return matching;
    }

    // Listens on a free loopback port, connects `client` and says EHLO.
    bool greet(PracticeTestClient &client)
    {
        return server.listen(QHostAddress::LocalHost, 0) && client.connectPlain(server.port())
            && client.readReply() && client.command("EHLO client.example") == 250;
    }

    ExamOptions options;
    PracticeServer server;
    ExamProctor proctor;
    QBuffer buffer;
    PracticeJsonLog json;
};

} // namespace

class TestPracticeJsonLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionLinesAndVerdictAsJsonLines();
    void messageEventAndIncompleteAtFinish();
    void serverStopIsNotTheClientStopping();
};

void TestPracticeJsonLog::sessionLinesAndVerdictAsJsonLines()
{
    LoggedExamServer exam(ExamId::StripStartTls);
    PracticeTestClient client;
    QVERIFY2(exam.greet(client), "the exam server did not listen or greet");
    QCOMPARE(client.command("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ="), 235);
    QCOMPARE(client.command("QUIT"), 221);
    QVERIFY(client.waitClosed());
    QTRY_COMPARE(exam.events(QStringLiteral("session-close")).size(), 1);

    const QList<QJsonObject> events = exam.events();
    for (const QJsonObject &event : events) {
        QVERIFY2(!event.contains(QStringLiteral("unreadable")), qPrintable(event.value("unreadable").toString()));
        QVERIFY(!event.value(QStringLiteral("event")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(event.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
    }
    QCOMPARE(events.first().value(QStringLiteral("event")).toString(), QStringLiteral("exam"));
    QCOMPARE(events.first().value(QStringLiteral("exam")).toString(), QStringLiteral("strip-starttls"));
    const QList<QJsonObject> opened = exam.events(QStringLiteral("session-open"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));

    QStringList clientLines;
    for (const QJsonObject &line : exam.events(QStringLiteral("line"))) {
        if (line.value(QStringLiteral("dir")).toString() == QLatin1String("client"))
            clientLines.append(line.value(QStringLiteral("text")).toString());
    }
    QCOMPARE(clientLines,
        (QStringList { QStringLiteral("EHLO client.example"), QStringLiteral("AUTH PLAIN ****"), QStringLiteral("QUIT") }));
    QVERIFY(!exam.buffer.data().contains("AGFsaWNl")); // the password never reaches the log

    const QList<QJsonObject> verdicts = exam.events(QStringLiteral("verdict"));
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(verdicts.first().value(QStringLiteral("verdict")).toString(), QStringLiteral("FAIL"));
    QCOMPARE(verdicts.first().value(QStringLiteral("sessions")).toArray(), QJsonArray { 1 });
    QVERIFY(verdicts.first().value(QStringLiteral("evidence")).toArray().contains(QStringLiteral("-> AUTH PLAIN ****")));
}

void TestPracticeJsonLog::messageEventAndIncompleteAtFinish()
{
    LoggedExamServer exam(ExamId::SizeLimit);
    PracticeTestClient client;
    QVERIFY2(exam.greet(client), "the exam server did not listen or greet");
    QCOMPARE(client.command("MAIL FROM:<alice@example.com>"), 250);
    QCOMPARE(client.command("RCPT TO:<bob@example.com>"), 250);
    QCOMPARE(client.command("DATA"), 354);
    QCOMPARE(client.command("Subject: hello\r\n\r\nHi Bob.\r\n."), 250);
    QTRY_COMPARE(exam.events(QStringLiteral("message")).size(), 1);
    const QJsonObject message = exam.events(QStringLiteral("message")).first();
    QCOMPARE(message.value(QStringLiteral("from")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(message.value(QStringLiteral("to")).toArray(), QJsonArray { QStringLiteral("bob@example.com") });
    QVERIFY(message.value(QStringLiteral("bytes")).toInt() > 0);
    QCOMPARE(message.value(QStringLiteral("tls")).toBool(), false);

    // The server stops with the session still open: the exam judges what it saw.
    exam.proctor.finish();
    const QList<QJsonObject> verdicts = exam.events(QStringLiteral("verdict"));
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(verdicts.first().value(QStringLiteral("verdict")).toString(), QStringLiteral("INCOMPLETE"));
    QCOMPARE(verdicts.first().value(QStringLiteral("exam")).toString(), QStringLiteral("size-limit"));
    QVERIFY(verdicts.first().value(QStringLiteral("reason")).toString().contains(QStringLiteral("server stopped")));
}

void TestPracticeJsonLog::serverStopIsNotTheClientStopping()
{
    // The server's shutdown closes the session (421 4.3.2): the proctor must not read that as a
    // client that stopped by itself, which strip-starttls would grade PASS.
    LoggedExamServer exam(ExamId::StripStartTls);
    PracticeTestClient client;
    QVERIFY2(exam.greet(client), "the exam server did not listen or greet");
    exam.server.stop();
    QVERIFY(client.waitClosed());
    QTRY_COMPARE(exam.proctor.verdicts().size(), 1);
    QCOMPARE(exam.proctor.verdicts().first().result, ExamResult::Incomplete);
    exam.proctor.finish();
    QCOMPARE(exam.proctor.verdicts().size(), 1);
}

QTEST_GUILESS_MAIN(TestPracticeJsonLog)
#include "tst_practicejsonlog.moc"
