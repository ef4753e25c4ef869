// DomainPolicyCheck against the test DNS server of tools/dns/start and an MTA-STS policy served
// by a local HTTPS server with the test CA: each test domain of tests/audit/data/dns-zone.conf
// gives the verdicts it was built for.
#include "dnstestenv.h"
#include "mtastsserver.h"

#include "audit/dns/domainpolicycheck.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

namespace {

struct Outcome
{
    DomainAuditReport report;
    DomainPolicyEvidence evidence;
    QMap<QString, AuditCheck> rows;
    CheckStatus status(const char *id) const { return rows.value(QLatin1String(id)).status; }
    std::optional<Grade> cap(const char *id) const { return rows.value(QLatin1String(id)).cap; }
};

const QByteArray kGoodPolicy = "version: STSv1\r\nmode: enforce\r\nmx: mx.good.test\r\nmax_age: 604800\r\n";

} // namespace

class TestDnsDomainPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodDomainPassesEverything();
    void weakDomain();
    void nullMx();
    void twoSpfRecordsAndBrokenDmarc();
    void spfLoopStops();
    void redirectIsNotFollowed();
    void untrustedCertificateRefused();
    void oversizedPolicyRefused();
    void runnerMxListIsUsed();
    void cancelFinishesOnce();
    void deadServerEndsAtTheDeadline();

private:
    Outcome run(const QString &domain, const QList<MxHost> &mx = {}, bool trustTestCa = true);
    Testing::MtaStsServer m_https;
};

void TestDnsDomainPolicy::initTestCase()
{
    SMTP_TUTOR_REQUIRE_TEST_DNS();
    QVERIFY2(QFile::exists(qEnvironmentVariable("SMTP_TUTOR_DNS_MTA_STS_CERT")),
        "SMTP_TUTOR_DNS_MTA_STS_CERT is missing");
    QVERIFY(m_https.listen());
}

Outcome TestDnsDomainPolicy::run(const QString &domain, const QList<MxHost> &mx, bool trustTestCa)
{
    AuditOptions options;
    options.target = domain;
    options.nameserver = Testing::testDnsServer();
    options.mtaStsEndpoint = m_https.endpoint();
    if (trustTestCa)
        options.mtaStsCaCertificates = QSslCertificate::fromPath(qEnvironmentVariable("SMTP_TUTOR_DNS_CA"));
    options.timeouts.overallMs = 20000;
    DomainPolicyCheck check(options, mx);
    QSignalSpy finished(&check, &DomainCheck::finished);
    check.start();
    if (finished.isEmpty())
        finished.wait(25000);
    Outcome outcome;
    outcome.evidence = check.evidence();
    outcome.report.domain = domain;
    outcome.report.dns.mx = mx;
    check.contribute(outcome.report);
    for (const AuditCheck &row : std::as_const(outcome.report.checks))
        outcome.rows.insert(row.id, row);
    [&] { QCOMPARE(finished.size(), 1); }();
    return outcome;
}

void TestDnsDomainPolicy::goodDomainPassesEverything()
{
    m_https.setPolicy(kGoodPolicy);
    const Outcome o = run(QStringLiteral("good.test"));
    QCOMPARE(o.report.dns.mx, QList<MxHost> { (MxHost { QStringLiteral("mx.good.test"), 10 }) });
    QCOMPARE(o.status("domain.mx"), CheckStatus::Pass);
    QCOMPARE(o.status("domain.spf"), CheckStatus::Pass);
    QCOMPARE(o.report.dns.spfLookups, 3); // mx, include, and a: inside _spf.good.test
    QCOMPARE(o.status("domain.spf.lookups"), CheckStatus::Pass);
    QCOMPARE(o.status("domain.dmarc"), CheckStatus::Pass);
    QCOMPARE(o.report.dns.dmarcPolicy, QStringLiteral("reject"));
    QCOMPARE(o.status("domain.mta_sts"), CheckStatus::Pass);
    QCOMPARE(o.report.dns.mtaStsMode, QStringLiteral("enforce"));
    QCOMPARE(o.report.dns.mtaStsMx, QStringList { QStringLiteral("mx.good.test") });
    QCOMPARE(o.status("domain.mta_sts.mx"), CheckStatus::Pass);
    QCOMPARE(o.status("domain.tls_rpt"), CheckStatus::Pass);
    // The TLSA record is there; the test zone is unsigned and no trust anchor is loaded when a
    // nameserver is given, so DNSSEC is reported as not checked, and says why.
    QCOMPARE(o.report.dns.tlsa.value(QStringLiteral("mx.good.test")),
        QStringList {
            QStringLiteral("3 1 1 8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1") });
    QCOMPARE(o.report.dns.dnssecValidated, std::nullopt);
    QCOMPARE(o.status("domain.dane"), CheckStatus::Info);
    QVERIFY(o.rows.value(QStringLiteral("domain.dane")).detail.contains(QLatin1String("trust anchor")));
    for (const AuditCheck &row : o.report.checks)
        QVERIFY2(!row.cap, qPrintable(row.id));
    QVERIFY(m_https.requests().last().startsWith("GET /.well-known/mta-sts.txt HTTP/1.1"));
}

void TestDnsDomainPolicy::weakDomain()
{
    m_https.setPolicy("version: STSv1\nmode: testing\nmx: mx1.weak.test\nmax_age: 86400\n");
    const Outcome o = run(QStringLiteral("weak.test"));
    QCOMPARE(o.status("domain.spf"), CheckStatus::Warn); // ?all
    QCOMPARE(o.report.dns.spfLookups, 14);
    QCOMPARE(o.status("domain.spf.lookups"), CheckStatus::Fail);
    QCOMPARE(o.cap("domain.spf.lookups"), std::optional<Grade>(Grade::C));
    QVERIFY(o.rows.value(QStringLiteral("domain.spf.lookups")).detail.startsWith(QLatin1String("14 ")));
    QCOMPARE(o.status("domain.dmarc"), CheckStatus::Warn);
    QCOMPARE(o.cap("domain.dmarc"), std::optional<Grade>(Grade::B));
    QCOMPARE(o.status("domain.mta_sts"), CheckStatus::Warn); // testing mode
    QCOMPARE(o.status("domain.mta_sts.mx"), CheckStatus::Fail);
    QCOMPARE(o.cap("domain.mta_sts.mx"), std::optional<Grade>(Grade::C));
    QVERIFY(o.rows.value(QStringLiteral("domain.mta_sts.mx"))
                .detail.contains(QLatin1String("backup.elsewhere.test")));
    QCOMPARE(o.status("domain.tls_rpt"), CheckStatus::Info);
    QCOMPARE(o.status("domain.dane"), CheckStatus::Info);
    QCOMPARE(o.rows.value(QStringLiteral("domain.dane")).title, QStringLiteral("No TLSA records (no DANE)"));
}

void TestDnsDomainPolicy::nullMx()
{
    const Outcome o = run(QStringLiteral("nullmx.test"));
    QVERIFY(o.report.dns.nullMx);
    QCOMPARE(o.status("domain.mx"), CheckStatus::Info);
    QVERIFY(o.rows.value(QStringLiteral("domain.mx")).explanation.contains(QLatin1String("no mail")));
    QCOMPARE(o.status("domain.spf"), CheckStatus::Pass);
    QCOMPARE(o.report.dns.spfLookups, 0);
    QCOMPARE(o.status("domain.dmarc"), CheckStatus::Pass);
    QCOMPARE(o.status("domain.mta_sts"), CheckStatus::Info);
    QVERIFY(!o.rows.contains(QStringLiteral("domain.mta_sts.mx")));
    QCOMPARE(o.status("domain.dane"), CheckStatus::Info);
    QCOMPARE(o.report.dns.dnssecValidated, std::nullopt);
}

void TestDnsDomainPolicy::twoSpfRecordsAndBrokenDmarc()
{
    const Outcome o = run(QStringLiteral("twospf.test"));
    QCOMPARE(o.report.dns.spf.size(), 2);
    QCOMPARE(o.status("domain.spf"), CheckStatus::Fail);
    QCOMPARE(o.cap("domain.spf"), std::optional<Grade>(Grade::C));
    QCOMPARE(o.status("domain.spf.lookups"), CheckStatus::Info);
    // "p=reject; v=DMARC1": receivers ignore it, the audit says why.
    QCOMPARE(o.status("domain.dmarc"), CheckStatus::Fail);
    QVERIFY(o.rows.value(QStringLiteral("domain.dmarc")).detail.contains(QLatin1String("v=DMARC1")));
    QCOMPARE(o.report.dns.dmarcPolicy, QString());
}

void TestDnsDomainPolicy::spfLoopStops()
{
    const Outcome o = run(QStringLiteral("loop.test"));
    QVERIFY(o.evidence.spf.loop);
    QCOMPARE(o.status("domain.spf.lookups"), CheckStatus::Fail);
    QVERIFY(o.rows.value(QStringLiteral("domain.spf.lookups"))
                .detail.contains(QLatin1String("loop.test -> loop.test")));
}

void TestDnsDomainPolicy::redirectIsNotFollowed()
{
    m_https.setAnswer(
        "HTTP/1.1 301 Moved Permanently\r\nLocation: https://mta-sts.good.test/elsewhere.txt\r\n"
        "Content-Length: 0\r\nConnection: close\r\n\r\n");
    const qsizetype before = m_https.requests().size();
    const Outcome o = run(QStringLiteral("good.test"));
    QCOMPARE(m_https.requests().size(), before + 1); // one request: the redirect was not followed
    QVERIFY(!o.evidence.mtaStsFetch.ok);
    QCOMPARE(o.evidence.mtaStsFetch.httpStatus, 301);
    QCOMPARE(o.evidence.mtaStsFetch.redirectTo, QStringLiteral("https://mta-sts.good.test/elsewhere.txt"));
    QCOMPARE(o.status("domain.mta_sts"), CheckStatus::Fail);
    QVERIFY(!o.rows.contains(QStringLiteral("domain.mta_sts.mx")));
}

void TestDnsDomainPolicy::untrustedCertificateRefused()
{
    // Without the test CA the certificate chains to nothing the system trusts.
    m_https.setPolicy(kGoodPolicy);
    const Outcome o = run(QStringLiteral("good.test"), {}, false);
    QVERIFY(!o.evidence.mtaStsFetch.ok);
    QVERIFY2(o.evidence.mtaStsFetch.error.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
        qPrintable(o.evidence.mtaStsFetch.error));
    QCOMPARE(o.status("domain.mta_sts"), CheckStatus::Fail);
}

void TestDnsDomainPolicy::oversizedPolicyRefused()
{
    QByteArray policy = kGoodPolicy;
    policy += QByteArray(70 * 1024, 'x') + "\r\n";
    m_https.setPolicy(policy);
    const Outcome o = run(QStringLiteral("good.test"));
    QVERIFY(!o.evidence.mtaStsFetch.ok);
    QVERIFY(o.evidence.mtaStsFetch.error.contains(QLatin1String("65536")));
    QCOMPARE(o.status("domain.mta_sts"), CheckStatus::Fail);
}

void TestDnsDomainPolicy::runnerMxListIsUsed()
{
    // The runner's MX list decides coverage: a host the policy does not name fails it.
    m_https.setPolicy(kGoodPolicy);
    const Outcome o = run(QStringLiteral("good.test"),
        { MxHost { QStringLiteral("mx.good.test"), 10 }, MxHost { QStringLiteral("mx2.other.test"), 20 } });
    QCOMPARE(o.status("domain.mta_sts.mx"), CheckStatus::Fail);
    QCOMPARE(o.report.dns.tlsa.size(), 2);
}

void TestDnsDomainPolicy::cancelFinishesOnce()
{
    AuditOptions options;
    options.target = QStringLiteral("good.test");
    options.nameserver = Testing::testDnsServer();
    DomainPolicyCheck check(options, {});
    QSignalSpy finished(&check, &DomainCheck::finished);
    check.start();
    check.cancel();
    QCOMPARE(finished.size(), 1);
    QTest::qWait(300); // answers still on their way must not finish it again
    QCOMPARE(finished.size(), 1);
    DomainAuditReport report;
    check.contribute(report);
    QVERIFY(!report.checks.isEmpty());
}

void TestDnsDomainPolicy::deadServerEndsAtTheDeadline()
{
    // Nothing listens on 127.0.0.199:53: every lookup fails or never answers; the check still
    // ends, by its deadline at the latest, with errors rather than verdicts.
    AuditOptions options;
    options.target = QStringLiteral("good.test");
    options.nameserver = QHostAddress(QStringLiteral("127.0.0.199"));
    options.timeouts.overallMs = 3000;
    DomainPolicyCheck check(options, { MxHost { QStringLiteral("mx.good.test"), 10 } });
    QSignalSpy finished(&check, &DomainCheck::finished);
    QElapsedTimer clock;
    clock.start();
    check.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    DomainAuditReport report;
    report.dns.mx = { MxHost { QStringLiteral("mx.good.test"), 10 } };
    check.contribute(report);
    QMap<QString, CheckStatus> status;
    for (const AuditCheck &row : std::as_const(report.checks))
        status.insert(row.id, row.status);
    QCOMPARE(status.value(QStringLiteral("domain.spf")), CheckStatus::Error);
    QCOMPARE(status.value(QStringLiteral("domain.dmarc")), CheckStatus::Error);
    QVERIFY(status.value(QStringLiteral("domain.dane")) == CheckStatus::Info
        || status.value(QStringLiteral("domain.dane")) == CheckStatus::Error);
    QVERIFY(
        std::none_of(report.checks.begin(), report.checks.end(), [](const AuditCheck &c) { return c.cap; }));
}

QTEST_GUILESS_MAIN(TestDnsDomainPolicy)
#include "tst_dns_domainpolicy.moc"
