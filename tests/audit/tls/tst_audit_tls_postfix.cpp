// The audit's TLS checks against the real Postfix that tools/test (or tools/postfix/start)
// runs on 127.0.0.1. It accepts TLS 1.2 and 1.3 only; the certificate is the self-signed one in
// SMTP_TUTOR_TEST_CA (RSA 2048, SHA-256, names localhost and 127.0.0.1).

#include "audit/tls/certificatecheck.h"
#include "audit/tls/ciphersuitescheck.h"
#include "audit/tls/cipherclass.h"
#include "audit/tls/tlsversionscheck.h"
#include "support/hostcheckrun.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

class TestAuditTlsPostfix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionsMatchOpenssl_data();
    void versionsMatchOpenssl();
    void cipherSuites();
    void certificateWithTestCaOnImplicitTls();
    void certificateWithoutCa_data();
    void certificateWithoutCa();
    void allTogetherWithinTheLimit();

private:
    quint16 port(const char *variable) const { return quint16(qEnvironmentVariableIntValue(variable)); }
    QString m_ca;
};

void TestAuditTlsPostfix::initTestCase()
{
    for (const char *name : {"SMTP_TUTOR_POSTFIX_PLAIN_PORT", "SMTP_TUTOR_POSTFIX_SMTPS_PORT", "SMTP_TUTOR_TEST_CA"}) {
        if (qEnvironmentVariableIsEmpty(name)) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(QString::fromLatin1(name) + QStringLiteral(" is not set: the test Postfix is not running")));
            QSKIP(qPrintable(QString::fromLatin1(name) + QStringLiteral(" is not set: run tools/test (it starts the test Postfix)")));
        }
    }
    m_ca = qEnvironmentVariable("SMTP_TUTOR_TEST_CA");
}

void TestAuditTlsPostfix::versionsMatchOpenssl_data()
{
    QTest::addColumn<QByteArray>("portVariable");
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("STARTTLS, 25-style") << QByteArray("SMTP_TUTOR_POSTFIX_PLAIN_PORT") << false;
    QTest::newRow("implicit TLS, 465-style") << QByteArray("SMTP_TUTOR_POSTFIX_SMTPS_PORT") << true;
}

void TestAuditTlsPostfix::versionsMatchOpenssl()
{
    QFETCH(QByteArray, portVariable);
    QFETCH(bool, implicitTls);
    ConnectionLimiter limiter(4);
    TlsVersionsCheck check(loopbackContext(port(portVariable), implicitTls, &limiter), nullptr);
    const HostAuditReport report = runHostCheck(check);
    QVERIFY2(!report.checks.isEmpty(), "the versions check never finished");

    // Exactly TLS 1.2 and 1.3, every version with a verdict.
    const QMap<QString, bool> expected{{QStringLiteral("TLSv1.0"), false}, {QStringLiteral("TLSv1.1"), false},
                                       {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
    QCOMPARE(report.tls.protocols, expected);
    QVERIFY(limiter.highWater() <= 4);
    QCOMPARE(limiter.inUse(), 0);

    // The same verdicts as openssl s_client.
    const QMap<QString, QString> flags{{QStringLiteral("TLSv1.0"), QStringLiteral("-tls1")},
                                       {QStringLiteral("TLSv1.1"), QStringLiteral("-tls1_1")},
                                       {QStringLiteral("TLSv1.2"), QStringLiteral("-tls1_2")},
                                       {QStringLiteral("TLSv1.3"), QStringLiteral("-tls1_3")}};
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        const std::optional<bool> openssl = opensslAccepts(port(portVariable), implicitTls, it.value());
        QVERIFY2(openssl.has_value(), "openssl s_client did not run");
        QCOMPARE(report.tls.protocols.value(it.key()), *openssl);
    }

    // The rows: old versions refused (pass), TLS 1.2 sufficient, TLS 1.3 good.
    for (const char *id : {"tls.version.tls1_0", "tls.version.tls1_1", "tls.version.tls1_2", "tls.version.tls1_3"}) {
        const AuditCheck *row = findRow(report, QString::fromLatin1(id));
        QVERIFY2(row, id);
        QCOMPARE(row->status, CheckStatus::Pass);
    }
}

void TestAuditTlsPostfix::cipherSuites()
{
    ConnectionLimiter limiter(4);
    CipherSuitesCheck check(loopbackContext(port("SMTP_TUTOR_POSTFIX_PLAIN_PORT"), false, &limiter), nullptr);
    QElapsedTimer clock;
    clock.start();
    const HostAuditReport report = runHostCheck(check);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(!report.checks.isEmpty(), "the cipher check never finished");
    qInfo("cipher check: %d handshakes in %lld ms", check.handshakeCount(), elapsed);
    QVERIFY(limiter.highWater() <= 4);

    // Only the versions the server speaks, each with suites.
    QCOMPARE(report.tls.ciphers.keys(), QStringList({QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    const QStringList tls13 = report.tls.ciphers.value(QStringLiteral("TLSv1.3"));
    QVERIFY(tls13.contains(QStringLiteral("TLS_AES_256_GCM_SHA384")));
    const QStringList tls12 = report.tls.ciphers.value(QStringLiteral("TLSv1.2"));
    QVERIFY2(tls12.contains(QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384")), qPrintable(tls12.join(u' ')));
    // The certificate is RSA: no ECDSA suite can have been agreed.
    for (const QString &suite : tls12)
        QVERIFY2(!suite.contains(u"ECDSA"), qPrintable(suite));
    // Postfix's default cipher list ("medium") accepts RSA key exchange with AES: phase out.
    QVERIFY2(tls12.contains(QStringLiteral("AES128-SHA")), qPrintable(tls12.join(u' ')));
    const AuditCheck *row12 = findRow(report, QStringLiteral("tls.ciphers.tls1_2"));
    QVERIFY(row12);
    QVERIFY(row12->status == CheckStatus::Warn || row12->status == CheckStatus::Fail);
    const AuditCheck *row13 = findRow(report, QStringLiteral("tls.ciphers.tls1_3"));
    QVERIFY(row13);
    QCOMPARE(row13->status, CheckStatus::Pass);

    // Postfix follows the client's order unless tls_preempt_cipherlist = yes (the default is no).
    QCOMPARE(report.tls.serverOrder, std::optional<bool>(false));
    const AuditCheck *order = findRow(report, QStringLiteral("tls.server_order"));
    QVERIFY(order);
    QCOMPARE(order->status, CheckStatus::Warn);
}

void TestAuditTlsPostfix::certificateWithTestCaOnImplicitTls()
{
    ConnectionLimiter limiter(4);
    CertificateCheck check(loopbackContext(port("SMTP_TUTOR_POSTFIX_SMTPS_PORT"), true, &limiter, m_ca), nullptr);
    const HostAuditReport report = runHostCheck(check);
    QVERIFY2(report.certificate.seen, "no certificate was seen");
    QCOMPARE(report.certificate.keyAlgorithm, QStringLiteral("RSA"));
    QCOMPARE(report.certificate.keyBits, 2048);
    QCOMPARE(report.certificate.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
    QVERIFY(report.certificate.chainComplete);
    QVERIFY(report.certificate.chainInOrder);
    QVERIFY(report.certificate.nameMatches);
    QVERIFY(report.certificate.daysLeft >= 28 && report.certificate.daysLeft <= 30);
    QCOMPARE(findRow(report, QStringLiteral("cert.chain"))->status, CheckStatus::Pass);
    QCOMPARE(findRow(report, QStringLiteral("cert.name"))->status, CheckStatus::Pass);
    QCOMPARE(findRow(report, QStringLiteral("cert.signature"))->status, CheckStatus::Pass);
    QCOMPARE(findRow(report, QStringLiteral("cert.expiry"))->status, CheckStatus::Pass);
    QCOMPARE(findRow(report, QStringLiteral("cert.key"))->status, CheckStatus::Warn); // 2048 bits
    QCOMPARE(report.certificate.tls.chain.size(), 1);
}

void TestAuditTlsPostfix::certificateWithoutCa_data()
{
    QTest::addColumn<QByteArray>("portVariable");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<CheckStatus>("expected");
    QTest::newRow("465-style: clients verify") << QByteArray("SMTP_TUTOR_POSTFIX_SMTPS_PORT") << true << CheckStatus::Fail;
    QTest::newRow("25-style: information only") << QByteArray("SMTP_TUTOR_POSTFIX_PLAIN_PORT") << false << CheckStatus::Info;
}

void TestAuditTlsPostfix::certificateWithoutCa()
{
    QFETCH(QByteArray, portVariable);
    QFETCH(bool, implicitTls);
    QFETCH(CheckStatus, expected);
    ConnectionLimiter limiter(4);
    // The system's store: nobody there vouches for the test's self-signed certificate.
    CertificateCheck check(loopbackContext(port(portVariable), implicitTls, &limiter), nullptr);
    const HostAuditReport report = runHostCheck(check);
    QVERIFY2(report.certificate.seen, "no certificate was seen");
    QVERIFY(!report.certificate.chainComplete);
    QVERIFY(report.certificate.nameMatches);
    const AuditCheck *chain = findRow(report, QStringLiteral("cert.chain"));
    QVERIFY(chain);
    QCOMPARE(chain->status, expected);
    QCOMPARE(chain->cap.has_value(), expected == CheckStatus::Fail);
    QCOMPARE(findRow(report, QStringLiteral("cert.name"))->status, CheckStatus::Pass);
    if (expected == CheckStatus::Info)
        QVERIFY(chain->explanation.contains(QStringLiteral("RFC 7672")));
}

void TestAuditTlsPostfix::allTogetherWithinTheLimit()
{
    // As the runner starts them: all three at once, one limiter of 4 for the host.
    ConnectionLimiter limiter(4);
    const HostCheckContext context = loopbackContext(port("SMTP_TUTOR_POSTFIX_PLAIN_PORT"), false, &limiter, m_ca);
    TlsVersionsCheck versions(context);
    CipherSuitesCheck ciphers(context);
    CertificateCheck certificate(context);
    QList<HostCheck *> checks{&versions, &ciphers, &certificate};
    QList<QSignalSpy *> spies;
    QElapsedTimer clock;
    clock.start();
    for (HostCheck *check : checks) {
        spies.append(new QSignalSpy(check, &HostCheck::finished));
        check->start();
    }
    for (QSignalSpy *spy : spies)
        QVERIFY(spy->size() == 1 || spy->wait(60000));
    const qint64 elapsed = clock.elapsed();
    qDeleteAll(spies);
    HostAuditReport report;
    for (HostCheck *check : checks)
        check->contribute(report);
    qInfo("versions, suites and certificate together: %lld ms, %d handshakes for the suites, at most %d connections",
          elapsed, ciphers.handshakeCount(), limiter.highWater());
    for (const AuditCheck &row : std::as_const(report.checks))
        qInfo("%s %s: %s", qPrintable(row.id), qPrintable(checkStatusName(row.status)), qPrintable(row.detail));
    QCOMPARE(limiter.highWater(), 4);
    QCOMPARE(limiter.inUse(), 0);
    for (const AuditCheck &row : std::as_const(report.checks)) {
        QVERIFY2(row.status != CheckStatus::Error, qPrintable(row.id + u' ' + row.detail));
        QVERIFY(!row.title.isEmpty() && !row.rule.isEmpty() && !row.source.isEmpty() && !row.explanation.isEmpty());
    }
}

QTEST_MAIN(TestAuditTlsPostfix)
#include "tst_audit_tls_postfix.moc"
