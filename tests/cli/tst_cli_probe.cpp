// smtp-tutor-cli probe / ports / mx as a user runs them: arguments, exit statuses, JSON shape,
// and the password staying out of argv, output and (without TLS) the wire. The servers are
// tiny scripted ones in this process; the Postfix cases run when tools/test started it.

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kPassword = QStringLiteral("Sup3r-Secret-Pw");

// Answers the greeting, then each client line with the next canned response (raw bytes).
class CannedServer
{
public:
    explicit CannedServer(QByteArray greeting, QList<QByteArray> responses)
        : m_greeting(std::move(greeting)), m_responses(std::move(responses))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            socket->write(m_greeting);
            // Each connection has its own place in the script (the port check may open two).
            auto next = std::make_shared<qsizetype>(0);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, next] {
                const QByteArray data = socket->readAll();
                m_received += data;
                for (qsizetype i = 0; i < data.count('\n'); ++i) {
                    if (*next < m_responses.size())
                        socket->write(m_responses.at((*next)++));
                }
            });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray &received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_greeting;
    QList<QByteArray> m_responses;
    QByteArray m_received;
};

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Result runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMTP_TUTOR_CLI), arguments);
    process.closeWriteChannel(); // never a terminal: no password prompt
    // The event loop keeps running so in-process servers can answer.
    QDeadlineTimer deadline(30000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(5);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

quint16 closedPort()
{
    QTcpServer temporary;
    temporary.listen(QHostAddress::LocalHost, 0);
    return temporary.serverPort();
}

const QByteArray kEhlo = "250-mail.example.com\r\n250-SIZE 1000000\r\n250 AUTH PLAIN LOGIN\r\n";
const QByteArray kEhloStartTls = "250-mail.example.com\r\n250 STARTTLS\r\n";

} // namespace

class TestCliProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void validationProblemsNameTheirFlag_data();
    void validationProblemsNameTheirFlag();
    void connectionRefused();
    void jsonShape();
    void humanOutputHasMarksAndReport();
    void injectionExitsAsProtocolViolation();
    void strayReplyExitsAsProtocolViolation();
    void controlCharactersRefusedBeforeConnecting_data();
    void controlCharactersRefusedBeforeConnecting();
    void credentialsWithheldWithoutTls();
    void silentPortRemediesNameFlags();
    void passwordFileWithPlaintextAllowed();
    void portsCommand();
    void postfix_data();
    void postfix();
};

void TestCliProbe::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no host") << QStringList{QStringLiteral("probe")};
    QTest::newRow("two hosts") << QStringList{QStringLiteral("probe"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("bad tls") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--tls"), QStringLiteral("ssl")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("password on the command line") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password"), kPassword};
    QTest::newRow("password env unset") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-env"), QStringLiteral("SMTP_TUTOR_SURELY_UNSET_VAR")};
    QTest::newRow("user without a password on a pipe") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("u")};
    QTest::newRow("send without to") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--send")};
    QTest::newRow("quit-after data without send") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--quit-after"), QStringLiteral("data")};
    QTest::newRow("bad quit-after") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--quit-after"), QStringLiteral("banner")};
    QTest::newRow("bad auth") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-env"), QStringLiteral("PATH"), QStringLiteral("--auth"), QStringLiteral("NTLM")};
    QTest::newRow("missing cafile") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--cafile"), QStringLiteral("/nonexistent.pem")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("probe"), QStringLiteral("h"), QStringLiteral("--timeout"), QStringLiteral("-1")};
    QTest::newRow("ports bad list") << QStringList{QStringLiteral("ports"), QStringLiteral("h"), QStringLiteral("--ports"), QStringLiteral("25,x")};
    QTest::newRow("ports no host") << QStringList{QStringLiteral("ports")};
    QTest::newRow("mx no domain") << QStringList{QStringLiteral("mx")};
    QTest::newRow("probe host with LF") << QStringList{QStringLiteral("probe"), QStringLiteral("127.0.0.1\nEHLO x")};
    QTest::newRow("ports host with CR") << QStringList{QStringLiteral("ports"), QStringLiteral("127.0.0.1\r")};
    QTest::newRow("mx domain with LF") << QStringList{QStringLiteral("mx"), QStringLiteral("example.com\nx")};
}

void TestCliProbe::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!result.out.contains(kPassword.toUtf8()));
    QVERIFY(!result.err.contains(kPassword.toUtf8()));
}

// ProbeOptions::validate()'s problems, worded with the flag they are about (issue 14: one set of
// rules for the CLI and the dialog). Nothing connects: HOST is a name that cannot resolve.
void TestCliProbe::validationProblemsNameTheirFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString pw = QStringLiteral("--password-env"), var = QStringLiteral("SMTP_TUTOR_TEST_PW");
    QTest::newRow("port 0") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << "--port: The port must be a number from 1 to 65535";
    QTest::newRow("timeout over an hour") << QStringList{QStringLiteral("--timeout"), QStringLiteral("3601")} << "--timeout: ";
    QTest::newRow("timeout that is no number") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << "--timeout: ";
    QTest::newRow("auth without user") << QStringList{QStringLiteral("--auth"), QStringLiteral("PLAIN")} << "--auth needs --user";
    QTest::newRow("unknown mechanism") << QStringList{QStringLiteral("--user"), QStringLiteral("u"), pw, var, QStringLiteral("--auth"), QStringLiteral("NTLM")}
                                       << "--auth: Unknown login mechanism \"NTLM\"; the probe knows PLAIN, LOGIN, CRAM-MD5, XOAUTH2";
    QTest::newRow("password without user") << QStringList{pw, var} << "the password needs --user";
    QTest::newRow("send without to") << QStringList{QStringLiteral("--send")} << "--send needs at least one --to";
    QTest::newRow("quit-after rcpt without to") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("rcpt")} << "--quit-after rcpt needs --to";
    QTest::newRow("quit-after auth without user") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("auth")} << "--quit-after auth needs --user";
    QTest::newRow("password in clear, not allowed")
        << QStringList{QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--user"), QStringLiteral("u"), pw, var}
        << "--tls none would send the password of --user in clear";
}

void TestCliProbe::validationProblemsNameTheirFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_TUTOR_TEST_PW"), kPassword);
    const Result result = runCli(QStringList{QStringLiteral("probe"), QStringLiteral("host.invalid")} + arguments, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains(kPassword.toUtf8()));
}

void TestCliProbe::connectionRefused()
{
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                  QString::number(closedPort()), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("stage")).toString(), QStringLiteral("connect"));
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("connection-refused"));
}

void TestCliProbe::jsonShape()
{
    CannedServer server("220 mail.example.com ESMTP\r\n",
                        {kEhlo, "250 2.1.0 Ok\r\n", "250 2.1.5 Ok\r\n", "250 2.1.5 Ok\r\n", "250 2.0.0 Ok\r\n", "221 2.0.0 Bye\r\n"});
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--from"), QStringLiteral("a@example.com"),
                                  QStringLiteral("--to"), QStringLiteral("b@example.com"), QStringLiteral("--to"), QStringLiteral("c@example.com"),
                                  QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QVERIFY(json.value(QStringLiteral("ok")).toBool());
    QCOMPARE(json.value(QStringLiteral("stage")).toString(), QStringLiteral("done"));
    QVERIFY(json.value(QStringLiteral("error")).isNull());
    QVERIFY(json.value(QStringLiteral("tls")).isNull());
    const QJsonArray transcript = json.value(QStringLiteral("transcript")).toArray();
    QVERIFY(transcript.size() >= 8);
    for (const QJsonValue &entry : transcript) {
        QVERIFY(entry.toObject().contains(QStringLiteral("t_ms")));
        QVERIFY(entry.toObject().contains(QStringLiteral("dir")));
        QVERIFY(entry.toObject().contains(QStringLiteral("text")));
    }
    const QJsonObject capabilities = json.value(QStringLiteral("capabilities")).toObject();
    QCOMPARE(capabilities.value(QStringLiteral("before_tls")).toArray().size(), 2);
    QVERIFY(capabilities.value(QStringLiteral("after_tls")).toArray().isEmpty());
    const QJsonObject timings = json.value(QStringLiteral("timings_ms")).toObject();
    for (const char *step : {"connect", "greeting", "ehlo", "mail", "rcpt", "total"})
        QVERIFY2(timings.contains(QLatin1String(step)), step);
    const QJsonArray verdicts = json.value(QStringLiteral("verdicts")).toArray();
    QVERIFY(!verdicts.isEmpty());
    QVERIFY(verdicts.first().toObject().contains(QStringLiteral("level")));
    // No STARTTLS and AUTH offered in clear: the verdicts say so.
    QVERIFY(QJsonDocument(verdicts).toJson().contains("without any way to encrypt"));
    QVERIFY(server.received().contains("RSET\r\n"));
}

void TestCliProbe::humanOutputHasMarksAndReport()
{
    CannedServer server("220 mail.example.com ESMTP\r\n", {kEhlo, "221 2.0.0 Bye\r\n"});
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--tls"), QStringLiteral("none")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("<- 220 mail.example.com ESMTP"));
    QVERIFY(result.out.contains("-> EHLO "));
    QVERIFY(result.out.contains("-> QUIT"));
    QVERIFY(result.out.contains("== Report for 127.0.0.1"));
    QVERIFY(result.out.contains("Verdicts:"));
}

void TestCliProbe::injectionExitsAsProtocolViolation()
{
    CannedServer server("220 mail.example.com ESMTP\r\n", {kEhloStartTls, "220 Ready\r\n250 injected\r\n"});
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 13);
    QCOMPARE(result.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("plaintext-injection"));
}

void TestCliProbe::strayReplyExitsAsProtocolViolation()
{
    // The EHLO reply and one more complete reply in the same segment: the client must not take
    // the stray "250" as the answer to STARTTLS (which would read as "STARTTLS refused").
    CannedServer server("220 mail.example.com ESMTP\r\n", {"250-mail.example.com\r\n250 STARTTLS\r\n250 2.0.0 ok\r\n", "500 nope\r\n"});
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 13);
    const QJsonObject error = result.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("protocol-violation"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("250 2.0.0 ok")), result.out.constData());
    QVERIFY(!server.received().contains("STARTTLS"));
}

void TestCliProbe::controlCharactersRefusedBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");
    // The report that opened issue 10: three commands in one --from value.
    QTest::newRow("--from with CRLF and two commands")
        << QStringList{QStringLiteral("--from"), QStringLiteral("a@example.com>\r\nVRFY bob\r\nMAIL FROM:<b@example.com"),
                       QStringLiteral("--to"), QStringLiteral("alice@example.com")} << QStringLiteral("--from");
    QTest::newRow("--to with LF") << QStringList{QStringLiteral("--to"), QStringLiteral("alice@example.com\nRSET")} << QStringLiteral("--to");
    QTest::newRow("--ehlo with CR") << QStringList{QStringLiteral("--ehlo"), QStringLiteral("me\rQUIT")} << QStringLiteral("--ehlo");
    QTest::newRow("--user with LF") << QStringList{QStringLiteral("--user"), QStringLiteral("alice\nbob"), QStringLiteral("--password-env"),
                                                   QStringLiteral("SMTP_TUTOR_TEST_PW"), QStringLiteral("--allow-plaintext-auth")} << QStringLiteral("--user");
    QTest::newRow("XOAUTH2 token with CRLF") << QStringList{QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-env"),
                                                            QStringLiteral("SMTP_TUTOR_TEST_TOKEN"), QStringLiteral("--auth"), QStringLiteral("XOAUTH2"),
                                                            QStringLiteral("--allow-plaintext-auth")} << QStringLiteral("password");
    QTest::newRow("--from that is no address") << QStringList{QStringLiteral("--from"), QStringLiteral("alice")} << QStringLiteral("--from");
}

void TestCliProbe::controlCharactersRefusedBeforeConnecting()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    CannedServer server("220 mail.example.com ESMTP\r\n", {kEhlo, "250 2.1.0 Ok\r\n", "250 2.1.5 Ok\r\n", "252 2.0.0 bob\r\n", "221 Bye\r\n"});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_TUTOR_TEST_PW"), kPassword);
    environment.insert(QStringLiteral("SMTP_TUTOR_TEST_TOKEN"), QStringLiteral("ya29.token\r\nQUIT"));
    const Result result = runCli(QStringList{QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                             QString::number(server.port()), QStringLiteral("--tls"), QStringLiteral("none")} + arguments,
                                 environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(names.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY2(server.received().isEmpty(), server.received().constData()); // nothing connected, nothing sent
}

void TestCliProbe::credentialsWithheldWithoutTls()
{
    CannedServer server("220 mail.example.com ESMTP\r\n", {kEhlo, "221 2.0.0 Bye\r\n"});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_TUTOR_TEST_PW"), kPassword);
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-env"), QStringLiteral("SMTP_TUTOR_TEST_PW")},
                                 environment);
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.contains("NOT sent"));
    // Core's remedies in the CLI's words: the flags that make the change.
    QVERIFY2(result.out.contains("Try: --tls starttls (port 587)"), result.out.constData());
    QVERIFY2(result.out.contains("Try: --allow-plaintext-auth"), result.out.constData());
    QVERIFY(!server.received().contains("AUTH"));
    QVERIFY(!server.received().contains(kPassword.toUtf8()));
    QVERIFY(!server.received().contains(kPassword.toUtf8().toBase64()));
}

// A port that never greets: core says "implicit TLS" and "wait longer" as typed remedies; the
// CLI words them with its flags (the dialog with its controls, tst_probedialog).
void TestCliProbe::silentPortRemediesNameFlags()
{
    CannedServer silent(QByteArray(), {});
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                  QString::number(silent.port()), QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 12);
    QVERIFY2(result.out.contains("Try: --tls implicit (port 465)"), result.out.constData());
    QVERIFY2(result.out.contains("Try: a larger --timeout"), result.out.constData());
    const Result json = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                QString::number(silent.port()), QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray remedies = json.json().value(QStringLiteral("remedies")).toArray();
    QCOMPARE(remedies, (QJsonArray{QStringLiteral("use_implicit_tls"), QStringLiteral("raise_timeout")}));
}

void TestCliProbe::passwordFileWithPlaintextAllowed()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("pw")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPassword.toUtf8() + "\n");
    file.close();
    CannedServer server("220 mail.example.com ESMTP\r\n", {kEhlo, "535 5.7.8 Error: authentication failed\r\n", "221 2.0.0 Bye\r\n"});
    const Result result = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-file"), file.fileName(),
                                  QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--allow-plaintext-auth"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 8);
    // The server got it (the user allowed clear text), but the output never shows it.
    QVERIFY(server.received().contains(QByteArray('\0' + QByteArray("alice") + '\0' + kPassword.toUtf8()).toBase64()));
    QVERIFY(!result.out.contains(kPassword.toUtf8()));
    QVERIFY(!result.out.contains(kPassword.toUtf8().toBase64()));
    QVERIFY(!result.out.contains(QByteArray('\0' + QByteArray("alice") + '\0' + kPassword.toUtf8()).toBase64()));
}

void TestCliProbe::portsCommand()
{
    CannedServer open("220 open ESMTP\r\n", {kEhlo, "221 Bye\r\n"});
    const quint16 closed = closedPort();
    Result result = runCli({QStringLiteral("ports"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                            QStringLiteral("%1,%2").arg(open.port()).arg(closed), QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray ports = result.json().value(QStringLiteral("ports")).toArray();
    QCOMPARE(ports.size(), 2);
    QVERIFY(ports.at(0).toObject().value(QStringLiteral("open")).toBool());
    QCOMPARE(ports.at(0).toObject().value(QStringLiteral("auth_before_tls")).toArray().size(), 2);
    QVERIFY(!ports.at(1).toObject().value(QStringLiteral("open")).toBool(true));
    result = runCli({QStringLiteral("ports"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), QString::number(closed)});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.contains("closed"));
}

void TestCliProbe::postfix_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("password");
    const QString submission = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT");
    const QString plain = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_PLAIN_PORT");
    const QString smtps = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_SMTPS_PORT");
    const QString ca = qEnvironmentVariable("SMTP_TUTOR_TEST_CA");
    const QStringList login{QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-env"), QStringLiteral("SMTP_TUTOR_TEST_PW")};
    QTest::newRow("starttls quit after tls") << QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), plain,
                                                            QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--cafile"), ca,
                                                            QStringLiteral("--quit-after"), QStringLiteral("tls")} << 0 << QString();
    QTest::newRow("certificate without the test CA") << QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), plain,
                                                                    QStringLiteral("--tls"), QStringLiteral("starttls")} << 7 << QString();
    QTest::newRow("insecure accepts it") << QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), plain,
                                                        QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--insecure")} << 0 << QString();
    QTest::newRow("submission auth") << (QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), submission,
                                                     QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--cafile"), ca} + login) << 0 << QStringLiteral("wonderland");
    QTest::newRow("implicit auth") << (QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), smtps,
                                                   QStringLiteral("--tls"), QStringLiteral("implicit"), QStringLiteral("--cafile"), ca} + login) << 0 << QStringLiteral("wonderland");
    QTest::newRow("wrong password") << (QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), submission,
                                                    QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--cafile"), ca} + login) << 8 << QStringLiteral("nope");
    QTest::newRow("relay denied") << QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), plain, QStringLiteral("--cafile"), ca,
                                                 QStringLiteral("--from"), QStringLiteral("x@example.org"), QStringLiteral("--to"), QStringLiteral("y@elsewhere.example")} << 10 << QString();
    QTest::newRow("unknown user") << QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), plain, QStringLiteral("--cafile"), ca,
                                                 QStringLiteral("--from"), QStringLiteral("x@example.org"), QStringLiteral("--to"), QStringLiteral("nobody@example.com")} << 10 << QString();
    QTest::newRow("MAIL before TLS on submission") << QStringList{QStringLiteral("probe"), QStringLiteral("localhost"), QStringLiteral("--port"), submission, QStringLiteral("--tls"), QStringLiteral("none"),
                                                                  QStringLiteral("--from"), QStringLiteral("alice@example.com"), QStringLiteral("--to"), QStringLiteral("bob@example.com")} << 9 << QString();
}

void TestCliProbe::postfix()
{
    if (qEnvironmentVariableIsEmpty("SMTP_TUTOR_POSTFIX_PLAIN_PORT") || qEnvironmentVariableIsEmpty("SMTP_TUTOR_TEST_CA")) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("the test Postfix is not running (SMTP_TUTOR_POSTFIX_* unset)");
        QSKIP("the test Postfix is not running: run tools/test");
    }
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, password);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_TUTOR_TEST_PW"), password);
    const Result result = runCli(arguments + QStringList{QStringLiteral("--json")}, environment);
    QVERIFY2(result.exitCode == exitCode, result.out.constData());
    if (!password.isEmpty()) {
        QVERIFY(!result.out.contains(password.toUtf8()));
        QVERIFY(!result.out.contains(password.toUtf8().toBase64()));
    }
}

QTEST_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
