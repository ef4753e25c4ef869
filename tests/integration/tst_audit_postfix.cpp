// smtp-tutor-cli audit end to end against the private Postfix (tools/test starts it): the
// baseline session reaches it on the plain port with STARTTLS and on the SMTPS port with
// implicit TLS, and the report says so in text, JSON and HTML. Each check has its own suite
// (tests/audit/); here the whole audit runs through the CLI, against the private Postfix (TLS 1.2
// and 1.3 only, closed to relaying) and the lax one (TLS 1.0 and up, open to loopback), so a
// check that is not wired into the registry, or whose findings do not reach the JSON, shows here.

#include "practiceserveprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using SmtpTutor::Testing::cliProgram;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result audit(const QStringList &arguments)
{
    QProcess process;
    process.start(cliProgram(), QStringList{QStringLiteral("audit")} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
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

class TestAuditPostfix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainPortWithStartTls();
    void smtpsPortWithImplicitTls();
    void textAndHtmlReports();
    void everyCheckRunsAgainstTheStrictPostfix();
    void laxPostfixIsGradedF();

private:
    QString m_ca;
    QString m_plainPort;
    QString m_smtpsPort;
};

void TestAuditPostfix::initTestCase()
{
    m_plainPort = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_PLAIN_PORT");
    m_smtpsPort = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_SMTPS_PORT");
    m_ca = qEnvironmentVariable("SMTP_TUTOR_TEST_CA");
    if (m_plainPort.isEmpty() || m_ca.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("the test Postfix is not running (SMTP_TUTOR_POSTFIX_PLAIN_PORT or SMTP_TUTOR_TEST_CA unset)");
        QSKIP("the test Postfix is not running: run tools/test");
    }
}

void TestAuditPostfix::plainPortWithStartTls()
{
    const Result result = audit({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_plainPort, QStringLiteral("--cafile"), m_ca,
                                 QStringLiteral("--ehlo"), QStringLiteral("client.example"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("port")).toInt(), m_plainPort.toInt());
    QCOMPARE(json.value(QLatin1String("reached")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("tls_used")).toString(), QStringLiteral("starttls"));
    const QJsonObject reachable = row(json, QStringLiteral("smtp.reachable"));
    QCOMPARE(reachable.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    QVERIFY2(reachable.value(QLatin1String("detail")).toString().startsWith(QLatin1String("220 ")), result.out.constData());
    const QJsonObject tls = row(json, QStringLiteral("tls.available"));
    QCOMPARE(tls.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    // The private Postfix speaks TLS 1.2 and 1.3 only.
    const QString detail = tls.value(QLatin1String("detail")).toString();
    QVERIFY2(detail.startsWith(QLatin1String("TLSv1.3")) || detail.startsWith(QLatin1String("TLSv1.2")), qPrintable(detail));
    QVERIFY(json.value(QLatin1String("grade")).isString());
    QVERIFY(json.value(QLatin1String("total_ms")).toInteger() > 0);
}

void TestAuditPostfix::smtpsPortWithImplicitTls()
{
    if (m_smtpsPort.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("SMTP_TUTOR_POSTFIX_SMTPS_PORT is not set: the test Postfix's implicit-TLS port is unknown");
        QSKIP("SMTP_TUTOR_POSTFIX_SMTPS_PORT is not set: run tools/test");
    }
    const Result result = audit({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_smtpsPort, QStringLiteral("--tls"),
                                 QStringLiteral("implicit"), QStringLiteral("--cafile"), m_ca, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("tls_used")).toString(), QStringLiteral("implicit"));
    QCOMPARE(row(json, QStringLiteral("tls.available")).value(QLatin1String("status")).toString(), QStringLiteral("pass"));
}

void TestAuditPostfix::textAndHtmlReports()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.html"));
    const Result result = audit({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_plainPort, QStringLiteral("--cafile"), m_ca,
                                 QStringLiteral("--html"), file});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.startsWith(QStringLiteral("Audit of 127.0.0.1, port %1\nGrade: ").arg(m_plainPort)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("[PASS]  STARTTLS is offered and works")));
    QFile html(file);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.contains("STARTTLS is offered and works"));
    QVERIFY(!page.contains("<script"));
}

void TestAuditPostfix::everyCheckRunsAgainstTheStrictPostfix()
{
    const Result result = audit({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_plainPort, QStringLiteral("--cafile"), m_ca,
                                 QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    const QJsonObject protocols = json.value(QLatin1String("tls")).toObject().value(QLatin1String("protocols")).toObject();
    QCOMPARE(protocols.value(QLatin1String("TLSv1.0")).toBool(true), false);
    QCOMPARE(protocols.value(QLatin1String("TLSv1.1")).toBool(true), false);
    QCOMPARE(protocols.value(QLatin1String("TLSv1.2")).toBool(false), true);
    QCOMPARE(protocols.value(QLatin1String("TLSv1.3")).toBool(false), true);
    QVERIFY(!json.value(QLatin1String("tls")).toObject().value(QLatin1String("ciphers")).toObject().isEmpty());
    QCOMPARE(json.value(QLatin1String("starttls_injection")).toString(), QStringLiteral("not-vulnerable"));
    QCOMPARE(json.value(QLatin1String("open_relay")).toBool(true), false);
    for (const char *id : {"tls.version.tls1_0", "tls.version.tls1_3", "tls.ciphers.tls1_2", "tls.server_order", "cert.key", "cert.chain",
                           "cert.name", "starttls.injection", "relay.open", "dns.ptr"})
        QVERIFY2(!row(json, QLatin1String(id)).isEmpty(), id);
    QCOMPARE(row(json, QStringLiteral("tls.version.tls1_0")).value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(row(json, QStringLiteral("relay.open")).value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    QVERIFY(!json.value(QLatin1String("capped_by")).toArray().contains(QStringLiteral("relay.open")));
}

void TestAuditPostfix::laxPostfixIsGradedF()
{
    const QString laxPort = qEnvironmentVariable("SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT");
    if (laxPort.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("the lax test Postfix is not running (SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT unset)");
        QSKIP("the lax test Postfix is not running: run tools/test");
    }
    const Result result = audit({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), laxPort, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0); // the audit ran; what it found is in the report, not the exit code
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("grade")).toString(), QStringLiteral("F"));
    QVERIFY(json.value(QLatin1String("capped_by")).toArray().contains(QStringLiteral("relay.open")));
    QCOMPARE(json.value(QLatin1String("open_relay")).toBool(false), true);
    const QJsonObject protocols = json.value(QLatin1String("tls")).toObject().value(QLatin1String("protocols")).toObject();
    QCOMPARE(protocols.value(QLatin1String("TLSv1.0")).toBool(false), true);
    const QJsonObject tls10 = row(json, QStringLiteral("tls.version.tls1_0"));
    QCOMPARE(tls10.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(tls10.value(QLatin1String("cap")).toString(), QStringLiteral("B"));

    // --no-relay-test: the relay row says it was not tested, and the grade falls back to the
    // TLS findings (no longer F).
    const Result skipped = audit({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), laxPort, QStringLiteral("--json"),
                                  QStringLiteral("--no-relay-test")});
    const QJsonObject noRelay = QJsonDocument::fromJson(skipped.out).object();
    QVERIFY(noRelay.value(QLatin1String("open_relay")).isNull());
    QCOMPARE(row(noRelay, QStringLiteral("relay.open")).value(QLatin1String("status")).toString(), QStringLiteral("info"));
    QVERIFY(noRelay.value(QLatin1String("grade")).toString() != QStringLiteral("F"));
}

QTEST_GUILESS_MAIN(TestAuditPostfix)
#include "tst_audit_postfix.moc"
