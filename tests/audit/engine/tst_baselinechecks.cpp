// The rows the baseline session gives on its own: whether the server answered, and whether TLS
// was there, with the cap that depends on the port (RFC 8314: passwords on 465 and 587).

#include "audit/baselinechecks.h"

#include <QTest>

using namespace SmtpTutor;

namespace {

ProbeReport talked(quint16 port, TlsUsed tls, TlsMode mode = TlsMode::Auto)
{
    ProbeReport report;
    report.port = port;
    report.tlsMode = mode;
    report.tlsUsed = tls;
    report.ok = true;
    report.stage = ProbeStage::Done;
    report.greeting = Reply(220, {QStringLiteral("mx.example ESMTP")});
    report.tls.protocol = QStringLiteral("TLSv1.3");
    report.tls.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    return report;
}

ProbeReport failedWith(ClientErrorKind kind, ProbeStage stage, bool greeted)
{
    ProbeReport report = talked(25, TlsUsed::None);
    report.ok = false;
    report.error = {kind, stage, QStringLiteral("what happened"), {}};
    if (!greeted)
        report.greeting = Reply();
    return report;
}

} // namespace

class TestBaselineChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tlsUsedPasses();
    void noTlsCapsByPort_data();
    void noTlsCapsByPort();
    void tlsProblemsStillCountAsReached();
    void unreachableGivesOnlyAnErrorRow();
};

void TestBaselineChecks::tlsUsedPasses()
{
    const QList<AuditCheck> rows = BaselineChecks::rows(talked(25, TlsUsed::StartTls), TlsMode::Auto);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, QStringLiteral("smtp.reachable"));
    QCOMPARE(rows.at(0).status, CheckStatus::Pass);
    QCOMPARE(rows.at(1).id, QStringLiteral("tls.available"));
    QCOMPARE(rows.at(1).status, CheckStatus::Pass);
    QVERIFY(!rows.at(1).cap);
    QVERIFY(rows.at(1).detail.contains(QLatin1String("TLSv1.3")));
}

void TestBaselineChecks::noTlsCapsByPort_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<Grade>("cap");
    QTest::newRow("25") << 25 << Grade::C;
    QTest::newRow("2525") << 2525 << Grade::C;
    QTest::newRow("587") << 587 << Grade::F;
    QTest::newRow("465") << 465 << Grade::F;
}

void TestBaselineChecks::noTlsCapsByPort()
{
    QFETCH(int, port);
    QFETCH(Grade, cap);
    const AuditCheck tls = BaselineChecks::rows(talked(quint16(port), TlsUsed::None), TlsMode::Auto).at(1);
    QCOMPARE(tls.status, CheckStatus::Fail);
    QCOMPARE(tls.cap, std::optional<Grade>(cap));
    QCOMPARE(tls.title, QStringLiteral("STARTTLS is not offered"));
    QVERIFY(!tls.todo.isEmpty());
}

void TestBaselineChecks::tlsProblemsStillCountAsReached()
{
    for (ClientErrorKind kind : {ClientErrorKind::StartTlsNotOffered, ClientErrorKind::StartTlsRefused,
                                 ClientErrorKind::TlsHandshakeFailed}) {
        const ProbeReport report = failedWith(kind, ProbeStage::StartTls, true);
        QVERIFY(BaselineChecks::reached(report));
        const QList<AuditCheck> rows = BaselineChecks::rows(report, TlsMode::StartTls);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).status, CheckStatus::Fail);
        QCOMPARE(rows.at(1).detail, QStringLiteral("what happened"));
    }
    // With implicit TLS a failed handshake means no SMTP was ever spoken.
    QVERIFY(!BaselineChecks::reached(failedWith(ClientErrorKind::TlsHandshakeFailed, ProbeStage::Connect, false)));
}

void TestBaselineChecks::unreachableGivesOnlyAnErrorRow()
{
    for (ClientErrorKind kind : {ClientErrorKind::ConnectionRefused, ClientErrorKind::ReplyTimeout,
                                 ClientErrorKind::Rejected, ClientErrorKind::Cancelled}) {
        const ProbeReport report = failedWith(kind, ProbeStage::Greeting, false);
        QVERIFY(!BaselineChecks::reached(report));
        const QList<AuditCheck> rows = BaselineChecks::rows(report, TlsMode::Auto);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, CheckStatus::Error);
        QVERIFY(!rows.first().cap);
    }
}

QTEST_GUILESS_MAIN(TestBaselineChecks)
#include "tst_baselinechecks.moc"
