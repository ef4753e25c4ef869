// The probe against fake servers that speak out of turn, and values that would put a second
// command onto the wire: the client must stop, say why, and never pair a reply with the wrong
// command or write a line break inside a command.

#include "client/probe.h"
#include "client/smtpconnection.h"
#include "support/fakesmtpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

class TestReplyPairing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strayReplyStopsTheProbe_data();
    void strayReplyStopsTheProbe();
    void connectionRefusesLineBreaksInACommand_data();
    void connectionRefusesLineBreaksInACommand();
    void probeNeverWritesAnInjectedValue();

private:
    static ProbeReport run(Probe &probe);
};

ProbeReport TestReplyPairing::run(Probe &probe)
{
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    if (finished.isEmpty() && !finished.wait(10000))
        return {};
    return finished.first().first().value<ProbeReport>();
}

void TestReplyPairing::strayReplyStopsTheProbe_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("shown"); // what the error message quotes of the stray bytes
    QTest::addColumn<QString>("stage");
    const QString greet = QStringLiteral("S: 220 mail.example.com ESMTP");
    const QString ehlo = QStringLiteral("C~ EHLO ");
    // The case from the field: the EHLO reply and a stray "250" in one segment; a client that
    // pairs it with STARTTLS would report "STARTTLS refused", which is false.
    QTest::newRow("extra reply in the EHLO segment")
        << QStringList{greet, ehlo, QStringLiteral("R: 250-mail.example.com\\r\\n250 STARTTLS\\r\\n250 2.0.0 ok\\r\\n"), QStringLiteral("W: 3000")}
        << QStringLiteral("250 2.0.0 ok") << QStringLiteral("ehlo");
    QTest::newRow("extra reply split across segments")
        << QStringList{greet, ehlo, QStringLiteral("R: 250-mail.example.com\\r\\n250 STARTTLS\\r\\n250 2.0"), QStringLiteral("W: 200"),
                       QStringLiteral("R: .0 ok\\r\\n"), QStringLiteral("W: 3000")}
        // Found as the client was about to send STARTTLS: that step is where the run stopped.
        << QStringLiteral("250 2.0") << QStringLiteral("starttls");
    QTest::newRow("extra reply after the greeting")
        << QStringList{QStringLiteral("R: 220 mail.example.com ESMTP\\r\\n250 surprise\\r\\n"), QStringLiteral("W: 3000")}
        << QStringLiteral("250 surprise") << QStringLiteral("greeting");
}

void TestReplyPairing::strayReplyStopsTheProbe()
{
    QFETCH(QStringList, script);
    QFETCH(QString, shown);
    QFETCH(QString, stage);
    FakeSmtpServer server(script);
    QVERIFY(server.listenLocal());
    ProbeOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.tlsMode = TlsMode::StartTls;
    options.ehloName = QStringLiteral("client.example");
    options.timeouts.replyMs = 5000;
    Probe probe(options);
    const ProbeReport report = run(probe);

    QCOMPARE(errorKindName(report.error.kind), QStringLiteral("protocol-violation"));
    QCOMPARE(stageName(report.stage), stage);
    QVERIFY2(report.error.message.contains(shown), qPrintable(report.error.message));
    // Nothing was acted on: STARTTLS (or EHLO) never went out after the stray bytes.
    QVERIFY(!server.clientLines().contains("STARTTLS"));
    if (stage == QLatin1String("greeting"))
        QVERIFY(server.clientLines().isEmpty());
    // The learner sees the stray reply in the transcript, and the diagnosis does not blame STARTTLS.
    const QString transcript = probe.transcript()->toText();
    QVERIFY2(transcript.contains(shown.left(5)), qPrintable(transcript));
    QVERIFY(!report.diagnosis.contains(QLatin1String("refused to start")));
    QVERIFY2(report.diagnosis.contains(QLatin1String("no command asked for")), qPrintable(report.diagnosis));
}

void TestReplyPairing::connectionRefusesLineBreaksInACommand_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("CRLF") << QByteArray("MAIL FROM:<a@example.com>\r\nVRFY bob");
    QTest::newRow("bare LF") << QByteArray("MAIL FROM:<a@example.com>\nVRFY bob");
    QTest::newRow("bare CR") << QByteArray("MAIL FROM:<a@example.com>\rVRFY bob");
    QTest::newRow("NUL") << QByteArray("MAIL FROM:<a@example.com>\0VRFY bob", 35);
}

void TestReplyPairing::connectionRefusesLineBreaksInACommand()
{
    QFETCH(QByteArray, line);
    FakeSmtpServer server({QStringLiteral("S: 220 mail.example.com ESMTP"), QStringLiteral("W: 5000")});
    QVERIFY(server.listenLocal());
    Transcript transcript;
    SmtpConnection connection(&transcript);
    QSignalSpy replies(&connection, &SmtpConnection::replyReceived);
    connection.connectToHost(QStringLiteral("127.0.0.1"), server.port(), false);
    QVERIFY(replies.wait(5000)); // the greeting

    QCOMPARE(connection.sendCommand(line), SmtpConnection::SendResult::RefusedUnsafeLine);
    QVERIFY(!connection.hasFailed()); // the caller decides; the connection is untouched
    QCOMPARE(connection.sendCommand("NOOP"), SmtpConnection::SendResult::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientLines().size(), 1, 5000);
    QCOMPARE(server.clientLines().first(), QByteArray("NOOP"));
    QVERIFY(!server.received().contains("VRFY"));
    QVERIFY(!transcript.toText().contains(QLatin1String("VRFY")));
}

void TestReplyPairing::probeNeverWritesAnInjectedValue()
{
    // A caller that skips ProbeOptions::validate() still cannot smuggle a command through.
    FakeSmtpServer server({QStringLiteral("S: 220 mail.example.com ESMTP"), QStringLiteral("C~ EHLO "),
                           QStringLiteral("S: 250 mail.example.com"), QStringLiteral("W: 3000")});
    QVERIFY(server.listenLocal());
    ProbeOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.tlsMode = TlsMode::None;
    options.from = QStringLiteral("a@example.com>\r\nVRFY bob\r\nMAIL FROM:<b@example.com");
    options.to = {QStringLiteral("alice@example.com")};
    QVERIFY(!options.validate().isEmpty());
    Probe probe(options);
    const ProbeReport report = run(probe);
    QCOMPARE(report.error.kind, ClientErrorKind::UnsafeCommand);
    QVERIFY(!server.received().contains("VRFY"));
    QVERIFY(!server.received().contains("MAIL"));
}

QTEST_MAIN(TestReplyPairing)
#include "tst_replypairing.moc"
