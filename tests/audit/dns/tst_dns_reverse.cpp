// ReverseDnsCheck against the test DNS server of tools/dns/start: the PTR of 127.0.0.1 is
// mail.example.com, which leads back to 127.0.0.1 (the private Postfix's banner name); the PTR
// of 127.0.0.2 leads elsewhere; 127.0.0.3 has none.
#include "dnstestenv.h"

#include "audit/dns/reversednscheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

namespace {

struct Outcome
{
    HostAuditReport report;
    QMap<QString, CheckStatus> status;
};

Outcome runCheck(
    const QString &host, const QString &greeting, const QHostAddress &nameserver = Testing::testDnsServer())
{
    HostCheckContext context;
    context.host = host;
    context.options.nameserver = nameserver;
    context.baseline.greeting = Reply(220, { greeting });
    ReverseDnsCheck check(context);
    QSignalSpy finished(&check, &HostCheck::finished);
    check.start();
    if (finished.isEmpty())
        finished.wait(20000);
    Outcome outcome;
    outcome.report.host = host;
    check.contribute(outcome.report);
    for (const AuditCheck &row : std::as_const(outcome.report.checks))
        outcome.status.insert(row.id, row.status);
    return outcome;
}

} // namespace

class TestDnsReverse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { SMTP_TUTOR_REQUIRE_TEST_DNS(); }

    void confirmedAndMatchingBanner()
    {
        const Outcome o = runCheck(
            QStringLiteral("127.0.0.1"), QStringLiteral("mail.example.com ESMTP Postfix (Debian/GNU)"));
        QCOMPARE(o.report.dns.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.report.dns.ptrNames, QStringList { QStringLiteral("mail.example.com") });
        QCOMPARE(o.report.dns.forwardConfirmed, std::optional<bool>(true));
        QCOMPARE(o.report.dns.bannerName, QStringLiteral("mail.example.com"));
        QCOMPARE(o.report.dns.bannerMatches, std::optional<bool>(true));
        QCOMPARE(o.status.value(QStringLiteral("dns.ptr")), CheckStatus::Pass);
        QCOMPARE(o.status.value(QStringLiteral("dns.fcrdns")), CheckStatus::Pass);
        QCOMPARE(o.status.value(QStringLiteral("dns.banner")), CheckStatus::Pass);
    }

    void aHostNameIsResolvedFirst()
    {
        // mx.good.test is 127.0.0.1; the banner's case does not matter.
        const Outcome o = runCheck(QStringLiteral("mx.good.test"), QStringLiteral("MAIL.Example.COM ESMTP"));
        QCOMPARE(o.report.dns.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.status.value(QStringLiteral("dns.fcrdns")), CheckStatus::Pass);
        QCOMPARE(o.status.value(QStringLiteral("dns.banner")), CheckStatus::Pass);
    }

    void notForwardConfirmed()
    {
        const Outcome o = runCheck(QStringLiteral("127.0.0.2"), QStringLiteral("mail.example.com ESMTP"));
        QCOMPARE(o.report.dns.ptrNames, QStringList { QStringLiteral("unconfirmed.test") });
        QCOMPARE(o.report.dns.forwardConfirmed, std::optional<bool>(false));
        QCOMPARE(o.status.value(QStringLiteral("dns.ptr")), CheckStatus::Pass);
        QCOMPARE(o.status.value(QStringLiteral("dns.fcrdns")), CheckStatus::Warn);
        QCOMPARE(o.status.value(QStringLiteral("dns.banner")), CheckStatus::Info); // mismatch: information
        QCOMPARE(o.report.dns.bannerMatches, std::optional<bool>(false));
    }

    void noPtr()
    {
        const Outcome o = runCheck(QStringLiteral("127.0.0.3"), QStringLiteral("mail.example.com ESMTP"));
        QVERIFY(o.report.dns.ptrNames.isEmpty());
        QCOMPARE(o.report.dns.forwardConfirmed, std::nullopt);
        QCOMPARE(o.status.value(QStringLiteral("dns.ptr")), CheckStatus::Warn);
        QCOMPARE(o.status.value(QStringLiteral("dns.fcrdns")), CheckStatus::Info);
        QVERIFY(std::none_of(
            o.report.checks.begin(), o.report.checks.end(), [](const AuditCheck &c) { return c.cap; }));
    }

    void deadServerIsAnErrorNotAMissingRecord()
    {
        // Nothing listens on 127.0.0.199:53. "No PTR" would be a verdict about the server; this
        // is only a failed lookup, reported as an error (which never caps the grade).
        const Outcome o = runCheck(QStringLiteral("127.0.0.1"), QStringLiteral("mail.example.com ESMTP"),
            QHostAddress(QStringLiteral("127.0.0.199")));
        QCOMPARE(o.status.value(QStringLiteral("dns.ptr")), CheckStatus::Error);
        QVERIFY(!o.status.contains(QStringLiteral("dns.fcrdns")));
    }

    void cancelEndsOnce()
    {
        HostCheckContext context;
        context.host = QStringLiteral("127.0.0.1");
        context.options.nameserver = Testing::testDnsServer();
        ReverseDnsCheck check(context);
        QSignalSpy finished(&check, &HostCheck::finished);
        check.start();
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(200); // a late answer must not finish it twice
        QCOMPARE(finished.size(), 1);
        HostAuditReport report;
        check.contribute(report);
        QCOMPARE(report.checks.first().status, CheckStatus::Error);
    }
};

QTEST_GUILESS_MAIN(TestDnsReverse)
#include "tst_dns_reverse.moc"
