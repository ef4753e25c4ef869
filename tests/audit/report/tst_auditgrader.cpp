// The grade: the worst cap over the rows, the rows that set it, incomplete when a row could not
// run; a domain's grade over its own rows and every host's.

#include "samplereports.h"

#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

class TestAuditGrader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCapIsA();
    void worstCapWins();
    void equalCapsAreAllNamed();
    void errorRowMakesIncompleteWithoutCapping();
    void unreachedHostIsNotGraded();
    void domainTakesWorstHostAndNamesIt();
    void domainOwnRowsCap();
    void domainWithUnreachedHostIsIncomplete();
    void nullMxDomainIsGraded();
};

void TestAuditGrader::noCapIsA()
{
    const AuditGradeResult result = AuditGrader::grade({row(QStringLiteral("a"), CheckStatus::Pass),
                                                        row(QStringLiteral("b"), CheckStatus::Warn)});
    QCOMPARE(result.grade, Grade::A);
    QVERIFY(result.cappedBy.isEmpty());
    QVERIFY(result.complete);
}

void TestAuditGrader::worstCapWins()
{
    const AuditGradeResult result = AuditGrader::grade(sampleHost());
    QCOMPARE(result.grade, Grade::C);
    QCOMPARE(result.cappedBy, QStringList{QStringLiteral("tls.ciphers.TLSv1.2")});
    QVERIFY(result.complete);
}

void TestAuditGrader::equalCapsAreAllNamed()
{
    const AuditGradeResult result = AuditGrader::grade({row(QStringLiteral("tls.version.tls1_0"), CheckStatus::Fail, Grade::B),
                                                        row(QStringLiteral("domain.spf"), CheckStatus::Warn, Grade::B),
                                                        row(QStringLiteral("x"), CheckStatus::Pass)});
    QCOMPARE(result.grade, Grade::B);
    QCOMPARE(result.cappedBy, (QStringList{QStringLiteral("tls.version.tls1_0"), QStringLiteral("domain.spf")}));
}

void TestAuditGrader::errorRowMakesIncompleteWithoutCapping()
{
    // A row that could not run caps nothing, even if a cap was left on it by mistake.
    const AuditGradeResult result = AuditGrader::grade({row(QStringLiteral("relay.open"), CheckStatus::Error, Grade::F),
                                                        row(QStringLiteral("tls.version.tls1_1"), CheckStatus::Fail, Grade::B)});
    QCOMPARE(result.grade, Grade::B);
    QCOMPARE(result.cappedBy, QStringList{QStringLiteral("tls.version.tls1_1")});
    QVERIFY(!result.complete);
}

void TestAuditGrader::unreachedHostIsNotGraded()
{
    const HostAuditReport report = unreachedHost(QStringLiteral("down.example.net"));
    QVERIFY(!AuditGrader::isGraded(report));
    QVERIFY(!report.grade.complete);
    QVERIFY(AuditGrader::isGraded(sampleHost()));
}

void TestAuditGrader::domainTakesWorstHostAndNamesIt()
{
    DomainAuditReport domain;
    domain.domain = QStringLiteral("example.net");
    HostAuditReport good = sampleHost(QStringLiteral("mx2.example.net"));
    good.checks = {row(QStringLiteral("tls.version.tls1_1"), CheckStatus::Fail, Grade::B)};
    good.grade = AuditGrader::grade(good);
    domain.hosts = {sampleHost(), good};
    domain.checks = {row(QStringLiteral("domain.spf"), CheckStatus::Pass)};
    const AuditGradeResult result = AuditGrader::grade(domain);
    QCOMPARE(result.grade, Grade::C);
    QCOMPARE(result.cappedBy, QStringList{QStringLiteral("mx1.example.net:tls.ciphers.TLSv1.2")});
    QVERIFY(result.complete);
}

void TestAuditGrader::domainOwnRowsCap()
{
    DomainAuditReport domain;
    domain.hosts = {sampleHost()};
    domain.checks = {row(QStringLiteral("domain.spf.lookups"), CheckStatus::Fail, Grade::C),
                     row(QStringLiteral("domain.dmarc"), CheckStatus::Warn, Grade::B)};
    const AuditGradeResult result = AuditGrader::grade(domain);
    QCOMPARE(result.grade, Grade::C);
    QCOMPARE(result.cappedBy, (QStringList{QStringLiteral("domain.spf.lookups"), QStringLiteral("mx1.example.net:tls.ciphers.TLSv1.2")}));
}

void TestAuditGrader::domainWithUnreachedHostIsIncomplete()
{
    DomainAuditReport domain;
    domain.hosts = {unreachedHost(QStringLiteral("mx0.example.net")), sampleHost()};
    const AuditGradeResult result = AuditGrader::grade(domain);
    QCOMPARE(result.grade, Grade::C);
    QVERIFY(!result.complete);
    QVERIFY(AuditGrader::isGraded(domain));
    domain.hosts = {unreachedHost(QStringLiteral("mx0.example.net"))};
    QVERIFY(!AuditGrader::isGraded(domain));
}

void TestAuditGrader::nullMxDomainIsGraded()
{
    DomainAuditReport domain;
    domain.dns.nullMx = true;
    domain.checks = {row(QStringLiteral("domain.mx"), CheckStatus::Info)};
    QVERIFY(AuditGrader::isGraded(domain));
    QCOMPARE(AuditGrader::grade(domain).grade, Grade::A);
}

QTEST_GUILESS_MAIN(TestAuditGrader)
#include "tst_auditgrader.moc"
