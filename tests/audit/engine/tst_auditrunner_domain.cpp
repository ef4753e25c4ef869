// AuditRunner given a mail domain, against the audit's test DNS server (tools/dns/start, its
// zone in tests/audit/data/dns-zone.conf; SMTP_TUTOR_DNS_SERVER names it): every MX host is
// audited, in MX order, each connected at the address the test DNS gives; a Null MX is
// reported and nothing is connected to; cancel() still gives one finished().

#include "plainsmtpserver.h"

#include "audit/auditrunner.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

namespace {

AuditOptions domainOptions(const QString &domain, quint16 port)
{
    AuditOptions options;
    options.target = domain;
    options.port = port;
    options.ehloName = QStringLiteral("client.example");
    options.nameserver = QHostAddress(qEnvironmentVariable("SMTP_TUTOR_DNS_SERVER"));
    options.timeouts = {5000, 5000, 20000};
    return options;
}

bool hasRow(const QList<AuditCheck> &checks, const QString &id)
{
    return std::any_of(checks.cbegin(), checks.cend(), [&id](const AuditCheck &check) { return check.id == id; });
}

} // namespace

class TestAuditRunnerDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMxHostIsAudited();
    void nullMxIsReportedNotAudited();
    void cancelWhileHostsRunFinishesOnce();
    void cancelDuringTheMxLookupFinishesOnce();
};

void TestAuditRunnerDomain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("SMTP_TUTOR_DNS_SERVER")) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("SMTP_TUTOR_DNS_SERVER is not set: the test DNS server is not running");
        QSKIP("SMTP_TUTOR_DNS_SERVER is not set: start it with eval \"$(tools/dns/start DIR)\" (as root)");
    }
}

void TestAuditRunnerDomain::everyMxHostIsAudited()
{
    // weak.test: MX 10 mx1.weak.test (127.0.0.1 in the test zone), MX 20 backup.elsewhere.test
    // (no address anywhere).
    PlainSmtpServer server;
    // The fake server accepts any recipient (an open relay, grade F); without the relay test
    // the grade shows what this test is about: the missing STARTTLS of the reached host.
    AuditOptions options = domainOptions(QStringLiteral("weak.test"), server.port());
    options.relayTest = false;
    AuditRunner runner(options);
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(runner.isDomainAudit());
    const DomainAuditReport &report = runner.domainReport();
    QCOMPARE(report.domain, QStringLiteral("weak.test"));
    QCOMPARE(report.dns.mx.size(), 2);
    QCOMPARE(report.hosts.size(), 2);
    QCOMPARE(report.hosts.at(0).host, QStringLiteral("mx1.weak.test"));
    QCOMPARE(report.hosts.at(0).dns.address, QStringLiteral("127.0.0.1"));
    QVERIFY(report.hosts.at(0).reached());
    QVERIFY(server.connections() >= 1);
    QCOMPARE(report.hosts.at(1).host, QStringLiteral("backup.elsewhere.test"));
    QVERIFY(!report.hosts.at(1).reached());
    QCOMPARE(report.hosts.at(1).error.kind, ClientErrorKind::HostNotFound);
    // One server could not be audited: the domain's grade is incomplete. The reached one has
    // no STARTTLS, which caps it (and so the domain) at C.
    QVERIFY(!report.grade.complete);
    QCOMPARE(report.grade.grade, Grade::C);
    QVERIFY(report.grade.cappedBy.contains(QStringLiteral("mx1.weak.test:tls.available")));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestAuditRunnerDomain::nullMxIsReportedNotAudited()
{
    PlainSmtpServer server;
    AuditRunner runner(domainOptions(QStringLiteral("nullmx.test"), server.port()));
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(runner.isDomainAudit());
    const DomainAuditReport &report = runner.domainReport();
    QVERIFY(report.dns.nullMx);
    QVERIFY(report.hosts.isEmpty());
    QCOMPARE(server.connections(), 0);
    QVERIFY(hasRow(report.checks, QStringLiteral("domain.mx")));
    const auto count = std::count_if(report.checks.cbegin(), report.checks.cend(),
                                     [](const AuditCheck &check) { return check.id == QLatin1String("domain.mx"); });
    QCOMPARE(count, 1); // said once, whether the domain check or the runner says it
}

void TestAuditRunnerDomain::cancelWhileHostsRunFinishesOnce()
{
    QTcpServer silent; // accepts and never greets
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    AuditRunner runner(domainOptions(QStringLiteral("good.test"), silent.serverPort()));
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QCOMPARE(runner.domainReport().hosts.size(), 1);
    QCOMPARE(runner.domainReport().hosts.first().error.kind, ClientErrorKind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestAuditRunnerDomain::cancelDuringTheMxLookupFinishesOnce()
{
    AuditRunner runner(domainOptions(QStringLiteral("good.test"), 25));
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    runner.cancel();
    QCOMPARE(finished.size(), 0); // said from the event loop, not inside cancel()
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QVERIFY(!runner.isRunning());
    QVERIFY(!runner.isDomainAudit());
    QCOMPARE(runner.hostReport().error.kind, ClientErrorKind::Cancelled);
    QVERIFY(!runner.hostReport().reached());
    QTest::qWait(300); // the MX answer arrives and is ignored
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditRunnerDomain)
#include "tst_auditrunner_domain.moc"
