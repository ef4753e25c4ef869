// OpenRelayCheck against scripted fake servers on 127.0.0.1: an open relay, a closed one, one
// that demands STARTTLS before MAIL, a temporary refusal, a refused sender, implicit TLS, and
// the switch that turns the test off. Every run must end in RSET and QUIT, never DATA.

#include "audit/connectionlimiter.h"
#include "audit/smtp/openrelaycheck.h"
#include "session/transcript.h"
#include "support/fakesmtpserver.h"
#include "support/testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

class TestAuditOpenRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void startTlsDemandedBeforeMail();
    void implicitTls();
    void switchedOffOpensNoConnection();
    void unsafeAddressIsNeverSent();

private:
    struct Run
    {
        HostAuditReport report;
        RelayObservation observation;
        QString transcript;
        int finishedSignals = 0;
        int slotsInUse = -1;
    };
    Run run(FakeSmtpServer &server, bool implicitTls = false, const AuditOptions &options = {});
    static const AuditCheck *row(const HostAuditReport &report);
    static QStringList envelope(const QString &mailReply, const QString &rcptReply);

    TestCertificates m_certificates;
};

void TestAuditOpenRelay::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

TestAuditOpenRelay::Run TestAuditOpenRelay::run(
    FakeSmtpServer &server, bool implicitTls, const AuditOptions &options)
{
    ConnectionLimiter limiter(4);
    HostCheckContext context;
    context.options = options;
    context.options.ehloName = QStringLiteral("auditor.example.org");
    context.options.timeouts = { 3000, 3000, 10000 };
    context.host = QStringLiteral("127.0.0.1");
    context.port = server.port();
    context.implicitTls = implicitTls;
    context.limiter = &limiter;
    OpenRelayCheck check(context);
    QSignalSpy finished(&check, &HostCheck::finished);
    check.start();
    if (!finished.wait(15000))
        return {};
    QTest::qWait(50); // a second finished() would come now
    Run result;
    check.contribute(result.report);
    result.observation = check.observation();
    result.transcript = check.transcript()->toText();
    result.finishedSignals = int(finished.count());
    result.slotsInUse = limiter.inUse();
    return result;
}

const AuditCheck *TestAuditOpenRelay::row(const HostAuditReport &report)
{
    for (const AuditCheck &check : report.checks) {
        if (check.id == QLatin1String("relay.open"))
            return &check;
    }
    return nullptr;
}

// The whole conversation a correct relay test has with a server that answers MAIL and RCPT so.
QStringList TestAuditOpenRelay::envelope(const QString &mailReply, const QString &rcptReply)
{
    QStringList script { QStringLiteral("S: 220 fake.example ESMTP"),
        QStringLiteral("C: EHLO auditor.example.org"), QStringLiteral("S: 250-fake.example"),
        QStringLiteral("S: 250 PIPELINING"), QStringLiteral("C: MAIL FROM:<audit-sender@example.net>"),
        QStringLiteral("S: ") + mailReply };
    if (mailReply.startsWith(u'2'))
        script << QStringLiteral("C: RCPT TO:<audit-recipient@example.org>")
               << QStringLiteral("S: ") + rcptReply;
    script << QStringLiteral("C: RSET") << QStringLiteral("S: 250 2.0.0 Ok") << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 2.0.0 Bye") << QStringLiteral("X:");
    return script;
}

void TestAuditOpenRelay::verdicts_data()
{
    QTest::addColumn<QString>("mailReply");
    QTest::addColumn<QString>("rcptReply");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("openRelay"); // 1 open, 0 closed
    QTest::addColumn<QString>("shown"); // the reply the detail must quote

    QTest::newRow("open relay") << "250 2.1.0 Ok"
                                << "250 2.1.5 Ok" << int(CheckStatus::Fail) << 1 << "\"250 2.1.5 Ok\"";
    QTest::newRow("closed") << "250 2.1.0 Ok"
                            << "554 5.7.1 <audit-recipient@example.org>: Relay access denied"
                            << int(CheckStatus::Pass) << 0 << "Relay access denied";
    QTest::newRow("greylisted") << "250 2.1.0 Ok"
                                << "450 4.7.1 Try again later" << int(CheckStatus::Warn) << 0
                                << "\"450 4.7.1 Try again later\"";
    QTest::newRow("sender refused") << "553 5.7.1 Sender rejected"
                                    << "" << int(CheckStatus::Pass) << 0 << "\"553 5.7.1 Sender rejected\"";
}

void TestAuditOpenRelay::verdicts()
{
    QFETCH(QString, mailReply);
    QFETCH(QString, rcptReply);
    QFETCH(int, status);
    QFETCH(int, openRelay);
    QFETCH(QString, shown);
    FakeSmtpServer server(envelope(mailReply, rcptReply));
    QVERIFY(server.listenLocal());
    const Run result = run(server);
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(result.slotsInUse, 0);
    QVERIFY2(
        server.failures().isEmpty(), qPrintable(server.failures().join(u'\n') + u'\n' + result.transcript));
    QVERIFY2(server.scriptFinished(), qPrintable(result.transcript));
    QVERIFY(!server.clientLines().contains("DATA"));
    QCOMPARE(result.report.openRelay, std::optional<bool>(openRelay == 1));
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(int(check->status), status);
    QCOMPARE(check->cap, openRelay == 1 ? std::optional<Grade>(Grade::F) : std::nullopt);
    QVERIFY2(check->detail.contains(shown), qPrintable(check->detail));
    QVERIFY(!check->rule.isEmpty() && check->source.contains(QLatin1String("RFC 5321")));
    QVERIFY(!check->explanation.isEmpty());
}

void TestAuditOpenRelay::startTlsDemandedBeforeMail()
{
    FakeSmtpServer server({ QStringLiteral("S: 220 fake.example ESMTP"),
        QStringLiteral("C: EHLO auditor.example.org"), QStringLiteral("S: 250-fake.example"),
        QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: MAIL FROM:<audit-sender@example.net>"),
        QStringLiteral("S: 530 5.7.0 Must issue a STARTTLS command first"), QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 2.0.0 Ready to start TLS"), QStringLiteral("T:"),
        QStringLiteral("C: EHLO auditor.example.org"), QStringLiteral("S: 250 fake.example"),
        QStringLiteral("C: MAIL FROM:<audit-sender@example.net>"), QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<audit-recipient@example.org>"),
        QStringLiteral("S: 554 5.7.1 Relay access denied"), QStringLiteral("C: RSET"),
        QStringLiteral("S: 250 2.0.0 Ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
        QStringLiteral("X:") });
    server.setCertificate(m_certificates.untrusted.certificate, m_certificates.untrusted.key);
    QVERIFY(server.listenLocal());
    const Run result = run(server);
    QVERIFY2(
        server.failures().isEmpty(), qPrintable(server.failures().join(u'\n') + u'\n' + result.transcript));
    QVERIFY(server.tlsStarted());
    QVERIFY(result.observation.usedStartTls);
    QCOMPARE(result.report.openRelay, std::optional<bool>(false));
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Pass);
    QVERIFY2(check->detail.contains(QLatin1String("530")), qPrintable(check->detail));
}

void TestAuditOpenRelay::implicitTls()
{
    FakeSmtpServer server(envelope(QStringLiteral("250 2.1.0 Ok"), QStringLiteral("250 2.1.5 Ok")));
    server.setCertificate(m_certificates.valid.certificate, m_certificates.valid.key);
    server.setImplicitTls(true);
    QVERIFY(server.listenLocal());
    const Run result = run(server, true);
    QVERIFY2(
        server.failures().isEmpty(), qPrintable(server.failures().join(u'\n') + u'\n' + result.transcript));
    QVERIFY(server.tlsStarted());
    QCOMPARE(result.report.openRelay, std::optional<bool>(true));
    QVERIFY(!server.clientLines().contains("DATA"));
}

void TestAuditOpenRelay::switchedOffOpensNoConnection()
{
    FakeSmtpServer server(envelope(QStringLiteral("250 2.1.0 Ok"), QStringLiteral("250 2.1.5 Ok")));
    QVERIFY(server.listenLocal());
    AuditOptions options;
    options.relayTest = false;
    const Run result = run(server, false, options);
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(result.report.openRelay, std::nullopt);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Info);
    QVERIFY2(check->title.contains(QLatin1String("not tested (switched off)")), qPrintable(check->title));
}

void TestAuditOpenRelay::unsafeAddressIsNeverSent()
{
    FakeSmtpServer server({ QStringLiteral("S: 220 fake.example ESMTP"),
        QStringLiteral("C: EHLO auditor.example.org"), QStringLiteral("S: 250 fake.example") });
    QVERIFY(server.listenLocal());
    AuditOptions options;
    options.relayFrom = QStringLiteral("a@example.net>\r\nDATA");
    const Run result = run(server, false, options);
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(result.slotsInUse, 0);
    QTRY_VERIFY(server.clientDisconnected());
    QCOMPARE(server.clientLines(), QList<QByteArray> { "EHLO auditor.example.org" });
    QCOMPARE(result.report.openRelay, std::nullopt);
    QCOMPARE(row(result.report)->status, CheckStatus::Error);
}

QTEST_GUILESS_MAIN(TestAuditOpenRelay)
#include "tst_audit_openrelay.moc"
