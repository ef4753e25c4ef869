// The verdicts of DomainPolicyRows for evidence the test DNS zone does not hold (an SPF +all,
// no records at all, a bogus DNSSEC answer, a policy with the wrong media type ...), and the
// TLSA text form. Pure functions, no network.
#include "audit/dns/domainpolicyrows.h"

#include <QTest>

using namespace SmtpTutor;

namespace {

DomainPolicyEvidence base()
{
    DomainPolicyEvidence e;
    e.domain = QStringLiteral("example.test");
    e.mx = { MxHost { QStringLiteral("mx.example.test"), 10 } };
    e.spf.records = { QStringLiteral("v=spf1 mx -all") };
    e.spf.effectiveAll = QStringLiteral("-all");
    e.spf.lookups = 1;
    e.dmarcRecords = { QStringLiteral("v=DMARC1; p=reject") };
    return e;
}

AuditCheck rowOf(const DomainPolicyEvidence &e, const QString &id)
{
    for (const AuditCheck &row : DomainPolicyRows::rows(e)) {
        if (row.id == id)
            return row;
    }
    return AuditCheck {};
}

} // namespace

class TestDomainPolicyRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRowHasRuleAndSource()
    {
        const QList<AuditCheck> rows = DomainPolicyRows::rows(base());
        QCOMPARE(rows.size(), 7); // no domain.mta_sts.mx without a policy
        for (const AuditCheck &row : rows) {
            QVERIFY2(!row.title.isEmpty() && !row.rule.isEmpty() && !row.source.isEmpty()
                    && !row.explanation.isEmpty(),
                qPrintable(row.id));
        }
    }

    void spfEndings_data()
    {
        QTest::addColumn<QString>("all");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("capped");
        QTest::newRow("-all") << "-all" << int(CheckStatus::Pass) << false;
        QTest::newRow("~all") << "~all" << int(CheckStatus::Pass) << false;
        QTest::newRow("?all") << "?all" << int(CheckStatus::Warn) << false;
        QTest::newRow("none") << "" << int(CheckStatus::Warn) << false;
        QTest::newRow("+all") << "+all" << int(CheckStatus::Fail) << true;
    }
    void spfEndings()
    {
        QFETCH(QString, all);
        QFETCH(int, status);
        QFETCH(bool, capped);
        DomainPolicyEvidence e = base();
        e.spf.effectiveAll = all;
        const AuditCheck row = rowOf(e, QStringLiteral("domain.spf"));
        QCOMPARE(int(row.status), status);
        QCOMPARE(row.cap.has_value(), capped);
    }

    void missingPoliciesCapAtB()
    {
        DomainPolicyEvidence e = base();
        e.spf = SpfEvaluation {};
        e.dmarcRecords.clear();
        QCOMPARE(rowOf(e, QStringLiteral("domain.spf")).cap, std::optional<Grade>(Grade::B));
        QCOMPARE(rowOf(e, QStringLiteral("domain.spf.lookups")).status, CheckStatus::Info);
        QCOMPARE(rowOf(e, QStringLiteral("domain.dmarc")).status, CheckStatus::Warn);
        QCOMPARE(rowOf(e, QStringLiteral("domain.dmarc")).cap, std::optional<Grade>(Grade::B));
    }

    void lookupLimit()
    {
        DomainPolicyEvidence e = base();
        e.spf.lookups = 10;
        QCOMPARE(rowOf(e, QStringLiteral("domain.spf.lookups")).status, CheckStatus::Pass);
        e.spf.lookups = 11;
        QCOMPARE(rowOf(e, QStringLiteral("domain.spf.lookups")).status, CheckStatus::Fail);
        QCOMPARE(rowOf(e, QStringLiteral("domain.spf.lookups")).cap, std::optional<Grade>(Grade::C));
    }

    void lookupErrorsAreErrors()
    {
        DomainPolicyEvidence e = base();
        e.spf.lookupError = QStringLiteral("Server failure");
        e.dmarcError = QStringLiteral("Server failure");
        QCOMPARE(rowOf(e, QStringLiteral("domain.spf")).status, CheckStatus::Error);
        QCOMPARE(rowOf(e, QStringLiteral("domain.dmarc")).status, CheckStatus::Error);
        QVERIFY(!rowOf(e, QStringLiteral("domain.dmarc")).cap);
    }

    void mtaStsMediaType()
    {
        DomainPolicyEvidence e = base();
        e.mtaStsRecords = { QStringLiteral("v=STSv1; id=1") };
        e.mtaStsFetched = true;
        e.mtaStsFetch.ok = true;
        e.mtaStsFetch.text
            = QStringLiteral("version: STSv1\nmode: enforce\nmx: *.example.test\nmax_age: 86400\n");
        e.mtaStsFetch.contentType = QStringLiteral("text/plain; charset=utf-8");
        QCOMPARE(rowOf(e, QStringLiteral("domain.mta_sts")).status, CheckStatus::Pass);
        QCOMPARE(
            rowOf(e, QStringLiteral("domain.mta_sts.mx")).status, CheckStatus::Pass); // wildcard covers mx.
        e.mtaStsFetch.contentType = QStringLiteral("text/html");
        QCOMPARE(rowOf(e, QStringLiteral("domain.mta_sts")).status, CheckStatus::Warn);
        const DomainDnsFindings f = DomainPolicyRows::findings(e);
        QCOMPARE(f.mtaStsMode, QStringLiteral("enforce"));
        QCOMPARE(f.mtaStsMx, QStringList { QStringLiteral("*.example.test") });
    }

    void malformedMtaStsRecordIsNotFetched()
    {
        DomainPolicyEvidence e = base();
        e.mtaStsRecords = { QStringLiteral("v=STSv1; id=not-valid!") };
        const AuditCheck row = rowOf(e, QStringLiteral("domain.mta_sts"));
        QCOMPARE(row.status, CheckStatus::Fail);
        QVERIFY(row.detail.contains(QLatin1String("id=")));
    }

    void dane_data()
    {
        QTest::addColumn<bool>("records");
        QTest::addColumn<bool>("secure");
        QTest::addColumn<bool>("bogus");
        QTest::addColumn<bool>("anchor");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << false << false << false << true << int(CheckStatus::Info);
        QTest::newRow("unsigned") << true << false << false << true << int(CheckStatus::Warn);
        QTest::newRow("no trust anchor") << true << false << false << false << int(CheckStatus::Info);
        QTest::newRow("validated") << true << true << false << true << int(CheckStatus::Pass);
        QTest::newRow("bogus") << true << false << true << true << int(CheckStatus::Fail);
    }
    void dane()
    {
        QFETCH(bool, records);
        QFETCH(bool, secure);
        QFETCH(bool, bogus);
        QFETCH(bool, anchor);
        QFETCH(int, status);
        DomainPolicyEvidence e = base();
        TlsaAnswer answer;
        answer.name = QStringLiteral("_25._tcp.mx.example.test");
        if (records)
            answer.records = { QStringLiteral("3 1 1 abcd") };
        answer.secure = secure;
        answer.bogus = bogus;
        e.tlsa = { answer };
        e.daneTrustAnchor = anchor;
        QCOMPARE(int(rowOf(e, QStringLiteral("domain.dane")).status), status);
        const DomainDnsFindings f = DomainPolicyRows::findings(e);
        QCOMPARE(f.tlsa.value(QStringLiteral("mx.example.test")), answer.records);
        QCOMPARE(f.dnssecValidated, anchor ? std::optional<bool>(records && secure) : std::nullopt);
    }

    void daneNotCheckedSaysWhy()
    {
        DomainPolicyEvidence e = base();
        e.daneNotChecked = QStringLiteral("libunbound could not be set up");
        const AuditCheck row = rowOf(e, QStringLiteral("domain.dane"));
        QCOMPARE(row.status, CheckStatus::Info);
        QCOMPARE(row.detail, e.daneNotChecked);
        QCOMPARE(DomainPolicyRows::findings(e).dnssecValidated, std::nullopt);
    }

    void tlsaText()
    {
        QCOMPARE(TlsaResolver::tlsaText(QByteArray::fromHex("030101abcdef")), QStringLiteral("3 1 1 abcdef"));
        QCOMPARE(TlsaResolver::tlsaText(QByteArray::fromHex("0301")), QString());
    }
};

QTEST_APPLESS_MAIN(TestDomainPolicyRows)
#include "tst_domainpolicyrows.moc"
