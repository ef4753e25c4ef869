// smtp-tutor-cli audit as a user runs it: usage errors name their flag and exit 2; a server
// that cannot be reached gives the probe's exit status; --json parses and has the stable keys;
// --html writes one self-contained page, or says clearly why it could not.

#include "audit/engine/plainsmtpserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

using SmtpTutor::Test::PlainSmtpServer;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Result runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SMTP_TUTOR_CLI), QStringList{QStringLiteral("audit")} + arguments);
    process.closeWriteChannel();
    // The event loop keeps running so the in-process server can answer.
    QDeadlineTimer deadline(60000);
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

QString closedPort()
{
    QTcpServer temporary;
    temporary.listen(QHostAddress::LocalHost, 0);
    return QString::number(temporary.serverPort());
}

QJsonObject row(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &check : report.value(QLatin1String("checks")).toArray()) {
        if (check.toObject().value(QLatin1String("id")).toString() == id)
            return check.toObject();
    }
    return {};
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void unreachableGivesTheProbesConnectCode();
    void jsonParses();
    void textStartsWithTheGrade();
    void htmlFileIsSelfContained();
    void htmlWriteErrorIsClear();
};

void TestCliAudit::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("no target") << QStringList{} << QStringLiteral("HOST or DOMAIN");
    QTest::newRow("two targets") << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")} << QStringLiteral("HOST or DOMAIN");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--bogus"), QStringLiteral("a.example")} << QStringLiteral("bogus");
    QTest::newRow("port 0") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("a.example")} << QStringLiteral("--port");
    QTest::newRow("port word") << QStringList{QStringLiteral("--port"), QStringLiteral("smtp"), QStringLiteral("a.example")} << QStringLiteral("--port");
    QTest::newRow("tls none") << QStringList{QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("a.example")} << QStringLiteral("--tls");
    QTest::newRow("tls bogus") << QStringList{QStringLiteral("--tls"), QStringLiteral("ssl"), QStringLiteral("a.example")} << QStringLiteral("--tls");
    QTest::newRow("timeout 0") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("a.example")} << QStringLiteral("--timeout");
    QTest::newRow("ehlo space") << QStringList{QStringLiteral("--ehlo"), QStringLiteral("a b"), QStringLiteral("a.example")} << QStringLiteral("--ehlo");
    QTest::newRow("dns server name") << QStringList{QStringLiteral("--dns-server"), QStringLiteral("ns.example"), QStringLiteral("a.example")} << QStringLiteral("--dns-server");
    QTest::newRow("cafile missing") << QStringList{QStringLiteral("--cafile"), QStringLiteral("/nonexistent/ca.pem"), QStringLiteral("a.example")} << QStringLiteral("--cafile");
    QTest::newRow("target with CRLF") << QStringList{QStringLiteral("a.example\r\nQUIT")} << QStringLiteral("HOST|DOMAIN");
}

void TestCliAudit::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(named), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliAudit::unreachableGivesTheProbesConnectCode()
{
    const Result result = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), closedPort()});
    QCOMPARE(result.exitCode, 3); // as `probe` says for a refused connection
    QVERIFY2(result.out.contains("Grade: none"), result.out.constData());
    QVERIFY(result.out.contains("[ERROR]"));
}

void TestCliAudit::jsonParses()
{
    PlainSmtpServer server;
    const Result result = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--json"),
                                  QStringLiteral("--ehlo"), QStringLiteral("client.example")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(json.value(QLatin1String("port")).toInt(), int(server.port()));
    // The fake server accepts any recipient: an open relay, which caps the grade at F (its
    // missing STARTTLS alone would cap it at C, see textStartsWithTheGrade).
    QCOMPARE(json.value(QLatin1String("grade")).toString(), QStringLiteral("F"));
    QCOMPARE(json.value(QLatin1String("capped_by")).toArray().first().toString(), QStringLiteral("relay.open"));
    QCOMPARE(json.value(QLatin1String("open_relay")).toBool(), true);
    QCOMPARE(row(json, QStringLiteral("smtp.reachable")).value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(row(json, QStringLiteral("tls.available")).value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    for (const char *key : {"tls", "certificate", "dns"})
        QVERIFY2(json.value(QLatin1String(key)).isObject(), key);
    QVERIFY(json.value(QLatin1String("starttls_injection")).isString());
    QVERIFY(json.contains(QLatin1String("open_relay")));

    const Result refused = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), closedPort(), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 3);
    const QJsonObject down = refused.json();
    QVERIFY(down.value(QLatin1String("grade")).isNull());
    QCOMPARE(row(down, QStringLiteral("smtp.reachable")).value(QLatin1String("status")).toString(), QStringLiteral("error"));
}

void TestCliAudit::textStartsWithTheGrade()
{
    PlainSmtpServer server;
    // Without the relay test, the missing STARTTLS on a port that is not for submission (judged
    // as port 25) is what caps the grade, at C.
    const Result result = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--verbose"),
                                  QStringLiteral("--no-relay-test")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Audit of 127.0.0.1, port %1").arg(server.port()));
    QCOMPARE(lines.at(1), QStringLiteral("Grade: C"));
    QCOMPARE(lines.at(2), QStringLiteral("Capped by: tls.available"));
    QVERIFY(result.out.contains("[FAIL]  STARTTLS is not offered (caps the grade at C)"));
    QVERIFY(result.out.contains("To do: "));
}

void TestCliAudit::htmlFileIsSelfContained()
{
    PlainSmtpServer server;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.html"));
    const Result result = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--html"), file});
    QCOMPARE(result.exitCode, 0);
    QFile html(file);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(page.contains(QLatin1String("STARTTLS is not offered")));
    QVERIFY(!page.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!page.contains(QLatin1String("http://")) && !page.contains(QLatin1String("https://")));
    QVERIFY(!page.contains(QLatin1String("src="), Qt::CaseInsensitive));
    QVERIFY(page.trimmed().endsWith(QLatin1String("</html>")));
}

void TestCliAudit::htmlWriteErrorIsClear()
{
    PlainSmtpServer server;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing-directory/report.html"));
    const Result result = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--html"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("cannot write the HTML report to " + file.toUtf8()), result.err.constData());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
