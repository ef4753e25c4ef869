// StartTlsInjectionCheck against fake servers on 127.0.0.1: one that answers the command sent
// with STARTTLS inside TLS (vulnerable), one that discards it (not vulnerable), one that answers
// it in clear text, one without STARTTLS; implicit TLS; a closed port; the connection limiter.

#include "audit/connectionlimiter.h"
#include "audit/smtp/starttlsinjectioncheck.h"
#include "injectionfakeserver.h"
#include "session/transcript.h"
#include "support/testcertificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;
using Behaviour = InjectionFakeServer::Behaviour;

class TestAuditStartTlsInjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serverThatAnswersBufferedCommandIsVulnerable();
    void serverThatDiscardsBufferedCommandIsNotVulnerable();
    void serverThatAnswersInClearIsReportedAsSuch();
    void serverWithoutStartTlsIsNotTested();
    void implicitTlsIsNotApplicableAndOpensNoConnection();
    void closedPortIsAnErrorThatDoesNotCap();
    void cancelWhileWaitingForSlotFinishesOnceAndReturnsSlot();

private:
    struct Run
    {
        HostAuditReport report;
        InjectionObservation observation;
        QString transcript;
        int finishedSignals = 0;
    };
    Run run(quint16 port, bool implicitTls = false);
    const AuditCheck *row(const HostAuditReport &report) const;

    TestCertificates m_certificates;
    ConnectionLimiter *m_limiter = nullptr;
};

void TestAuditStartTlsInjection::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

TestAuditStartTlsInjection::Run TestAuditStartTlsInjection::run(quint16 port, bool implicitTls)
{
    ConnectionLimiter limiter(4);
    HostCheckContext context;
    context.host = QStringLiteral("127.0.0.1");
    context.port = port;
    context.implicitTls = implicitTls;
    context.options.ehloName = QStringLiteral("auditor.example.org");
    context.options.timeouts = {3000, 3000, 10000};
    context.limiter = &limiter;
    StartTlsInjectionCheck check(context);
    check.setListenMs(400);
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
    // The slot was taken (unless there was nothing to connect for) and given back.
    if (limiter.inUse() != 0 || limiter.highWater() != (implicitTls ? 0 : 1))
        result.finishedSignals = -1;
    return result;
}

const AuditCheck *TestAuditStartTlsInjection::row(const HostAuditReport &report) const
{
    for (const AuditCheck &check : report.checks) {
        if (check.id == QLatin1String("starttls.injection"))
            return &check;
    }
    return nullptr;
}

void TestAuditStartTlsInjection::serverThatAnswersBufferedCommandIsVulnerable()
{
    InjectionFakeServer server(Behaviour::AnswersBuffered, m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const Run result = run(server.port());
    QCOMPARE(result.finishedSignals, 1);
    // The client really put both commands into one segment: the server read them together.
    QCOMPARE(server.bufferedAfterStartTls(), QByteArray("RSET\r\n"));
    QVERIFY(server.tlsStarted());
    QCOMPARE(result.report.starttlsInjection, InjectionResult::Vulnerable);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Fail);
    QCOMPARE(check->cap, std::optional<Grade>(Grade::C));
    QVERIFY2(check->detail.contains(QLatin1String("\"250 2.0.0 Ok\"")), qPrintable(check->detail));
    QVERIFY2(check->detail.contains(QLatin1String("TLSv1.")), qPrintable(check->detail));
    QVERIFY(check->source.contains(QLatin1String("CVE-2011-0411")));
    QVERIFY(!check->explanation.isEmpty() && !check->todo.isEmpty());
    // The client sent nothing of its own inside TLS: the only line there is the injected RSET.
    QCOMPARE(server.linesInsideTls(), QList<QByteArray>{"RSET"});
}

void TestAuditStartTlsInjection::serverThatDiscardsBufferedCommandIsNotVulnerable()
{
    InjectionFakeServer server(Behaviour::DiscardsBuffered, m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const Run result = run(server.port());
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(server.bufferedAfterStartTls(), QByteArray("RSET\r\n"));
    QCOMPARE(result.report.starttlsInjection, InjectionResult::NotVulnerable);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Pass);
    QVERIFY(!check->cap);
    QVERIFY2(check->detail.contains(QLatin1String("400 ms")), qPrintable(check->detail));
    // It waited, then said goodbye inside TLS.
    QCOMPARE(server.linesInsideTls(), QList<QByteArray>{"QUIT"});
    QVERIFY2(result.transcript.contains(QLatin1String("221")), qPrintable(result.transcript));
}

void TestAuditStartTlsInjection::serverThatAnswersInClearIsReportedAsSuch()
{
    InjectionFakeServer server(Behaviour::AnswersInClear, m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const Run result = run(server.port());
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(result.observation.outcome, InjectionObservation::Outcome::AnsweredInClear);
    QCOMPARE(result.report.starttlsInjection, InjectionResult::Vulnerable);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Fail);
    QVERIFY2(check->title.contains(QLatin1String("before TLS")), qPrintable(check->title));
    QVERIFY2(check->detail.contains(QLatin1String("in clear text")), qPrintable(check->detail));
    QVERIFY2(check->detail.contains(QLatin1String("14 bytes")), qPrintable(check->detail));
    QVERIFY2(check->detail.contains(QLatin1String("14 bytes (\"250 2.0.0 Ok\\x0D\\x0A\")")), qPrintable(check->detail));
    QVERIFY(!server.tlsStarted()); // no handshake on a connection that already broke the rules
}

void TestAuditStartTlsInjection::serverWithoutStartTlsIsNotTested()
{
    InjectionFakeServer server(Behaviour::NoStartTls, m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const Run result = run(server.port());
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(result.report.starttlsInjection, InjectionResult::NotTested);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Info);
    QVERIFY(!check->cap);
    QVERIFY(!server.linesInClear().contains("STARTTLS"));
    QCOMPARE(server.linesInClear().last(), QByteArray("QUIT"));
}

void TestAuditStartTlsInjection::implicitTlsIsNotApplicableAndOpensNoConnection()
{
    InjectionFakeServer server(Behaviour::AnswersBuffered, m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const Run result = run(server.port(), true);
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(result.report.starttlsInjection, InjectionResult::NotTested);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Info);
    QVERIFY(check->title.contains(QLatin1String("not applicable")));
}

void TestAuditStartTlsInjection::closedPortIsAnErrorThatDoesNotCap()
{
    QTcpServer placeholder; // a port that was free a moment ago and is closed now
    QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    const Run result = run(port);
    QCOMPARE(result.finishedSignals, 1);
    QCOMPARE(result.report.starttlsInjection, InjectionResult::NotTested);
    const AuditCheck *check = row(result.report);
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Error);
    QVERIFY(!check->cap);
    QVERIFY(!check->detail.isEmpty());
}

void TestAuditStartTlsInjection::cancelWhileWaitingForSlotFinishesOnceAndReturnsSlot()
{
    InjectionFakeServer server(Behaviour::DiscardsBuffered, m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    ConnectionLimiter limiter(1);
    bool otherStarted = false;
    limiter.whenFree(this, [&] { otherStarted = true; }); // another check holds the only slot
    HostCheckContext context;
    context.host = QStringLiteral("127.0.0.1");
    context.port = server.port();
    context.limiter = &limiter;
    StartTlsInjectionCheck check(context);
    QSignalSpy finished(&check, &HostCheck::finished);
    check.start();
    QTRY_VERIFY(otherStarted);
    check.cancel();
    QCOMPARE(finished.count(), 1);
    limiter.release(); // the other check ends; the slot passes to ours, which hands it back
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(limiter.inUse(), 0);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(StartTlsInjectionCheck::resultFor(check.observation(), false), InjectionResult::NotTested);
}

QTEST_GUILESS_MAIN(TestAuditStartTlsInjection)
#include "tst_audit_starttlsinjection.moc"
