// The record parsers of the audit's DNS policy check: SPF terms, DMARC, MTA-STS (record and
// policy file), TLS-RPT, and the mx: pattern rule. Pure functions, no network.
#include "audit/dns/mtastspolicy.h"
#include "audit/dns/spfrecord.h"
#include "audit/dns/tagrecords.h"

#include <QTest>

using namespace SmtpTutor;

class TestDnsParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spfLookupTerms_data();
    void spfLookupTerms();
    void spfIncludesAndRedirect();
    void spfErrors_data();
    void spfErrors();
    void dmarc_data();
    void dmarc();
    void mtaStsRecord_data();
    void mtaStsRecord();
    void tlsRpt_data();
    void tlsRpt();
    void policyParses();
    void policyErrors_data();
    void policyErrors();
    void mxPattern_data();
    void mxPattern();
};

void TestDnsParsers::spfLookupTerms_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("all");
    QTest::newRow("none") << "v=spf1 ip4:192.0.2.1 ip6:2001:db8::/32 -all" << 0 << "-all";
    QTest::newRow("every kind") << "v=spf1 a mx ptr exists:%{i}.x.test include:a.test ~all" << 5 << "~all";
    QTest::newRow("cidr forms") << "v=spf1 a/24 mx:m.test/24 a:b.test//64 ?all" << 3 << "?all";
    QTest::newRow("case") << "V=SPF1 MX Include:a.test -ALL" << 2 << "-all";
    QTest::newRow("extra spaces") << "  v=spf1   mx    -all  " << 1 << "-all";
    QTest::newRow("redirect counts") << "v=spf1 mx redirect=b.test" << 2 << "";
    QTest::newRow("redirect ignored with all") << "v=spf1 mx redirect=b.test -all" << 1 << "-all";
    QTest::newRow("plus all") << "v=spf1 +all" << 0 << "+all";
    QTest::newRow("no all") << "v=spf1 mx" << 1 << "";
}

void TestDnsParsers::spfLookupTerms()
{
    QFETCH(QString, record);
    QFETCH(int, lookups);
    QFETCH(QString, all);
    const SpfRecord spf = parseSpf(record);
    QVERIFY2(spf.errors.isEmpty(), qPrintable(spf.errors.join(u'|')));
    QCOMPARE(spf.lookupTerms, lookups);
    QCOMPARE(spf.allTerm(), all);
}

void TestDnsParsers::spfIncludesAndRedirect()
{
    const SpfRecord spf = parseSpf(QStringLiteral("v=spf1 include:a.test -include:b.test redirect=c.test"));
    QCOMPARE(spf.includes, QStringList({ QStringLiteral("a.test"), QStringLiteral("b.test") }));
    QCOMPARE(spf.redirect, QStringLiteral("c.test"));
    QVERIFY(spfDomainHasMacro(QStringLiteral("%{d}.spf.test")));
    QVERIFY(!spfDomainHasMacro(QStringLiteral("spf.test")));
}

void TestDnsParsers::spfErrors_data()
{
    QTest::addColumn<QString>("record");
    QTest::newRow("not spf") << "v=spf10 -all";
    QTest::newRow("unknown mechanism") << "v=spf1 ipv4:192.0.2.1 -all";
    QTest::newRow("two redirects") << "v=spf1 redirect=a.test redirect=b.test";
    QTest::newRow("two exp") << "v=spf1 exp=a.test exp=b.test -all";
    QTest::newRow("include without domain") << "v=spf1 include -all";
}

void TestDnsParsers::spfErrors()
{
    QFETCH(QString, record);
    QVERIFY(!parseSpf(record).errors.isEmpty());
}

void TestDnsParsers::dmarc_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("warned");
    QTest::newRow("reject") << "v=DMARC1; p=reject; rua=mailto:d@example.test"
                            << "reject" << true << false;
    QTest::newRow("trailing semicolon and spaces") << "v=DMARC1 ;  p=quarantine ; "
                                                   << "quarantine" << true << false;
    QTest::newRow("policy case") << "v=DMARC1; p=Reject"
                                 << "reject" << true << false;
    QTest::newRow("none") << "v=DMARC1; p=none"
                          << "none" << true << false;
    QTest::newRow("p later") << "v=DMARC1; rua=mailto:d@example.test; p=reject"
                             << "reject" << true << true;
    QTest::newRow("v not first") << "p=reject; v=DMARC1"
                                 << "" << false << false;
    QTest::newRow("no p") << "v=DMARC1; rua=mailto:d@example.test"
                          << "" << false << false;
    QTest::newRow("bad p") << "v=DMARC1; p=block"
                           << "" << false << false;
    QTest::newRow("duplicate p") << "v=DMARC1; p=reject; p=none"
                                 << "" << false << false;
    QTest::newRow("bad sp") << "v=DMARC1; p=reject; sp=maybe"
                            << "" << false << false;
    QTest::newRow("bad pct") << "v=DMARC1; p=reject; pct=150"
                             << "" << false << false;
    QTest::newRow("lower-case version") << "v=dmarc1; p=reject"
                                        << "" << false << false;
    QTest::newRow("double semicolon") << "v=DMARC1;; p=reject"
                                      << "" << false << false;
}

void TestDnsParsers::dmarc()
{
    QFETCH(QString, record);
    QFETCH(QString, policy);
    QFETCH(bool, valid);
    QFETCH(bool, warned);
    const DmarcRecord dmarc = parseDmarc(record);
    QCOMPARE(dmarc.errors.isEmpty(), valid);
    QCOMPARE(dmarc.policy, policy);
    QCOMPARE(!dmarc.warnings.isEmpty(), warned);
    // Every row says v=DMARC1 somewhere, so each is reported as a (possibly broken) DMARC record.
    QVERIFY(looksLikeDmarc(record));
    QVERIFY(!looksLikeDmarc(QStringLiteral("v=spf1 -all")));
}

void TestDnsParsers::mtaStsRecord_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << "v=STSv1; id=20261204T000000;"
                           << "20261204T000000";
    QTest::newRow("no trailing") << "v=STSv1;id=abc"
                                 << "abc";
    QTest::newRow("spaces") << "v=STSv1 ;  id=abc  "
                            << "abc";
    QTest::newRow("id too long") << "v=STSv1; id=" + QString(33, u'a') << "";
    QTest::newRow("id with dash") << "v=STSv1; id=2026-12-04"
                                  << "";
    QTest::newRow("no id") << "v=STSv1;"
                           << "";
    QTest::newRow("wrong version") << "v=STSv2; id=abc"
                                   << "";
    QTest::newRow("version second") << "id=abc; v=STSv1"
                                    << "";
}

void TestDnsParsers::mtaStsRecord()
{
    QFETCH(QString, record);
    QFETCH(QString, id);
    const MtaStsRecord sts = parseMtaStsRecord(record);
    QCOMPARE(sts.id, id);
    QCOMPARE(sts.errors.isEmpty(), !id.isEmpty());
}

void TestDnsParsers::tlsRpt_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("uris");
    QTest::addColumn<bool>("valid");
    QTest::newRow("mailto") << "v=TLSRPTv1; rua=mailto:tls@example.test" << 1 << true;
    QTest::newRow("two, trailing ;") << "v=TLSRPTv1;rua=mailto:a@example.test,https://r.example.test/tls;"
                                     << 2 << true;
    QTest::newRow("http refused") << "v=TLSRPTv1; rua=http://r.example.test/" << 0 << false;
    QTest::newRow("no rua") << "v=TLSRPTv1;" << 0 << false;
    QTest::newRow("wrong version") << "v=TLSRPT1; rua=mailto:a@example.test" << 1 << false;
}

void TestDnsParsers::tlsRpt()
{
    QFETCH(QString, record);
    QFETCH(int, uris);
    QFETCH(bool, valid);
    const TlsRptRecord rpt = parseTlsRpt(record);
    QCOMPARE(rpt.rua.size(), uris);
    QCOMPARE(rpt.errors.isEmpty(), valid);
}

void TestDnsParsers::policyParses()
{
    // CRLF line ends, white space, an unknown key and a blank line are all fine (s.3.2).
    const MtaStsPolicy policy
        = parseMtaStsPolicy(QStringLiteral("version: STSv1\r\nmode:enforce\r\nmx: mx1.example.test\r\n  mx : "
                                           "*.example.test  \r\nextension: x\r\n\r\nmax_age: 604800\r\n"));
    QVERIFY2(policy.errors.isEmpty(), qPrintable(policy.errors.join(u'|')));
    QCOMPARE(policy.version, QStringLiteral("STSv1"));
    QCOMPARE(policy.mode, QStringLiteral("enforce"));
    QCOMPARE(policy.maxAge, 604800);
    QCOMPARE(
        policy.mx, QStringList({ QStringLiteral("mx1.example.test"), QStringLiteral("*.example.test") }));
    // mode none needs no mx: line.
    QVERIFY(parseMtaStsPolicy(QStringLiteral("version: STSv1\nmode: none\nmax_age: 0\n")).errors.isEmpty());
}

void TestDnsParsers::policyErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no version") << "mode: enforce\nmx: a.test\nmax_age: 1\n";
    QTest::newRow("wrong version") << "version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 1\n";
    QTest::newRow("bad mode") << "version: STSv1\nmode: strict\nmx: a.test\nmax_age: 1\n";
    QTest::newRow("two modes") << "version: STSv1\nmode: enforce\nmode: none\nmx: a.test\nmax_age: 1\n";
    QTest::newRow("max_age too big") << "version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 31557601\n";
    QTest::newRow("max_age not a number") << "version: STSv1\nmode: enforce\nmx: a.test\nmax_age: -5\n";
    QTest::newRow("no mx in enforce") << "version: STSv1\nmode: enforce\nmax_age: 1\n";
    QTest::newRow("not key value") << "version: STSv1\nmode: enforce\nmx a.test\nmax_age: 1\n";
    QTest::newRow("key case") << "Version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 1\n";
}

void TestDnsParsers::policyErrors()
{
    QFETCH(QString, text);
    QVERIFY(!parseMtaStsPolicy(text).errors.isEmpty());
}

void TestDnsParsers::mxPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "mx.example.test"
                           << "mx.example.test" << true;
    QTest::newRow("case and dot") << "MX.Example.test"
                                  << "mx.example.test." << true;
    QTest::newRow("other host") << "mx.example.test"
                                << "mx2.example.test" << false;
    QTest::newRow("wildcard one label") << "*.example.test"
                                        << "mx.example.test" << true;
    QTest::newRow("wildcard two labels") << "*.example.test"
                                         << "a.mx.example.test" << false;
    QTest::newRow("wildcard not the base") << "*.example.test"
                                           << "example.test" << false;
    QTest::newRow("wildcard elsewhere") << "mx.*.test"
                                        << "mx.example.test" << false;
    QTest::newRow("suffix is not a label") << "*.example.test"
                                           << "mxexample.test" << false;
}

void TestDnsParsers::mxPattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(mtaStsPatternMatches(pattern, host), matches);
    QCOMPARE(mtaStsUncoveredMx({ pattern }, { host }).isEmpty(), matches);
}

QTEST_APPLESS_MAIN(TestDnsParsers)
#include "tst_dnsparsers.moc"
