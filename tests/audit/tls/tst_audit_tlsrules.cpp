// The TLS rules of the audit without a server: the NCSC-NL v2.1 class of each cipher suite,
// the rows made from accepted suites, and the rows made from the version handshakes.

#include "audit/tls/cipherclass.h"
#include "audit/tls/tlsoffer.h"
#include "audit/tls/tlsrows.h"

#include <QTest>

using namespace SmtpTutor;

Q_DECLARE_METATYPE(SmtpTutor::CipherClass)

class TestAuditTlsRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesSuites_data();
    void classifiesSuites();
    void candidatesFitTheirVersion();
    void suiteRowTakesTheWorstClass();
    void suiteRowWithoutSuitesIsAnError();
    void versionRows_data();
    void versionRows();
    void serverOrderRow();
};

void TestAuditTlsRules::classifiesSuites_data()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<CipherClass>("expected");
    // TLS 1.3
    QTest::newRow("1.3 AES-256-GCM") << "TLS_AES_256_GCM_SHA384" << CipherClass::Good;
    QTest::newRow("1.3 CHACHA20") << "TLS_CHACHA20_POLY1305_SHA256" << CipherClass::Good;
    QTest::newRow("1.3 AES-128-CCM") << "TLS_AES_128_CCM_SHA256" << CipherClass::Good;
    QTest::newRow("1.3 AES-128-CCM-8") << "TLS_AES_128_CCM_8_SHA256" << CipherClass::Sufficient;
    // ECDHE
    QTest::newRow("ECDHE-RSA GCM") << "ECDHE-RSA-AES256-GCM-SHA384" << CipherClass::Good;
    QTest::newRow("ECDHE-ECDSA CHACHA") << "ECDHE-ECDSA-CHACHA20-POLY1305" << CipherClass::Good;
    QTest::newRow("ECDHE-RSA CBC") << "ECDHE-RSA-AES128-SHA" << CipherClass::Sufficient;
    QTest::newRow("ECDHE-ECDSA CBC SHA384") << "ECDHE-ECDSA-AES256-SHA384" << CipherClass::Sufficient;
    QTest::newRow("ECDHE 3DES") << "ECDHE-RSA-DES-CBC3-SHA" << CipherClass::PhaseOut;
    QTest::newRow("ECDHE CAMELLIA") << "ECDHE-RSA-CAMELLIA128-SHA256" << CipherClass::Insufficient;
    QTest::newRow("ECDHE NULL") << "ECDHE-RSA-NULL-SHA" << CipherClass::Insufficient;
    QTest::newRow("ECDHE-PSK") << "ECDHE-PSK-AES128-CBC-SHA" << CipherClass::Insufficient;
    // DHE
    QTest::newRow("DHE GCM") << "DHE-RSA-AES128-GCM-SHA256" << CipherClass::Sufficient;
    QTest::newRow("DHE CHACHA") << "DHE-RSA-CHACHA20-POLY1305" << CipherClass::Sufficient;
    QTest::newRow("DHE CBC") << "DHE-RSA-AES256-SHA" << CipherClass::Sufficient;
    QTest::newRow("EDH 3DES") << "EDH-RSA-DES-CBC3-SHA" << CipherClass::PhaseOut;
    QTest::newRow("DHE ARIA") << "DHE-RSA-ARIA128-GCM-SHA256" << CipherClass::Insufficient;
    // RSA key exchange
    QTest::newRow("RSA GCM") << "AES128-GCM-SHA256" << CipherClass::PhaseOut;
    QTest::newRow("RSA CBC") << "AES256-SHA" << CipherClass::PhaseOut;
    QTest::newRow("RSA 3DES") << "DES-CBC3-SHA" << CipherClass::PhaseOut;
    QTest::newRow("RSA CAMELLIA") << "CAMELLIA128-SHA" << CipherClass::Insufficient;
    QTest::newRow("RSA RC4") << "RC4-SHA" << CipherClass::Insufficient;
    QTest::newRow("RSA RC4 MD5") << "RC4-MD5" << CipherClass::Insufficient;
    QTest::newRow("RSA DES") << "DES-CBC-SHA" << CipherClass::Insufficient;
    QTest::newRow("RSA NULL") << "NULL-SHA256" << CipherClass::Insufficient;
    QTest::newRow("RSA-PSK") << "RSA-PSK-AES128-GCM-SHA256" << CipherClass::Insufficient;
    // Anonymous and export
    QTest::newRow("anonymous DH") << "ADH-AES128-GCM-SHA256" << CipherClass::Insufficient;
    QTest::newRow("anonymous ECDH") << "AECDH-AES256-SHA" << CipherClass::Insufficient;
    QTest::newRow("anonymous 3DES") << "ADH-DES-CBC3-SHA" << CipherClass::Insufficient;
    QTest::newRow("export") << "EXP-RC4-MD5" << CipherClass::Insufficient;
    QTest::newRow("unknown") << "SOMETHING-NEW" << CipherClass::Insufficient;
}

void TestAuditTlsRules::classifiesSuites()
{
    QFETCH(QString, suite);
    QFETCH(CipherClass, expected);
    QCOMPARE(cipherClassName(classifyCipherSuite(suite)), cipherClassName(expected));
}

void TestAuditTlsRules::candidatesFitTheirVersion()
{
    // What this computer's OpenSSL can offer: TLS 1.3 suites only in TLS 1.3, none of them
    // in TLS 1.2, and no suite that needs a pre-shared key.
    const QStringList tls13 = cipherSuitesFor(TlsVersion::Tls1_3);
    const QStringList tls12 = cipherSuitesFor(TlsVersion::Tls1_2);
    const QStringList tls10 = cipherSuitesFor(TlsVersion::Tls1_0);
    QVERIFY(tls13.contains(QStringLiteral("TLS_AES_128_GCM_SHA256")));
    QVERIFY(tls12.contains(QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")));
    QVERIFY(tls12.contains(QStringLiteral("AES128-SHA")));
    QVERIFY(tls10.contains(QStringLiteral("ECDHE-RSA-AES128-SHA")));
    QVERIFY(!tls10.contains(QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"))); // GCM came with TLS 1.2
    for (const QString &suite : tls13)
        QVERIFY2(suite.startsWith(u"TLS_"), qPrintable(suite));
    for (const QString &suite : tls12) {
        QVERIFY2(!suite.startsWith(u"TLS_"), qPrintable(suite));
        QVERIFY2(!suite.contains(u"PSK") && !suite.contains(u"SRP"), qPrintable(suite));
    }
}

void TestAuditTlsRules::suiteRowTakesTheWorstClass()
{
    const AuditCheck good = cipherSuiteRow(TlsVersion::Tls1_2, {QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
                                                                QStringLiteral("DHE-RSA-AES128-SHA")}, 0);
    QCOMPARE(good.id, QStringLiteral("tls.ciphers.tls1_2"));
    QCOMPARE(good.status, CheckStatus::Pass);
    QVERIFY(!good.cap);
    QVERIFY(good.detail.contains(u"ECDHE-RSA-AES128-GCM-SHA256"));
    QVERIFY(!good.source.isEmpty() && !good.rule.isEmpty());

    const AuditCheck phaseOut = cipherSuiteRow(TlsVersion::Tls1_2, {QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
                                                                    QStringLiteral("AES128-SHA")}, 0);
    QCOMPARE(phaseOut.status, CheckStatus::Warn);
    QCOMPARE(phaseOut.cap, std::optional<Grade>(Grade::B));
    QVERIFY(phaseOut.todo.contains(u"AES128-SHA"));

    const AuditCheck insufficient = cipherSuiteRow(TlsVersion::Tls1_0, {QStringLiteral("AES128-SHA"),
                                                                        QStringLiteral("AECDH-AES256-SHA")}, 0);
    QCOMPARE(insufficient.id, QStringLiteral("tls.ciphers.tls1_0"));
    QCOMPARE(insufficient.status, CheckStatus::Fail);
    QCOMPARE(insufficient.cap, std::optional<Grade>(Grade::C));
    QVERIFY(insufficient.todo.contains(u"AECDH-AES256-SHA"));
    QVERIFY(!insufficient.todo.contains(u"AES128-SHA,"));
}

void TestAuditTlsRules::suiteRowWithoutSuitesIsAnError()
{
    const AuditCheck row = cipherSuiteRow(TlsVersion::Tls1_3, {}, 5);
    QCOMPARE(row.status, CheckStatus::Error);
    QVERIFY(!row.cap);
}

namespace {
TlsHandshakeResult outcome(TlsHandshakeResult::Outcome value)
{
    TlsHandshakeResult result;
    result.outcome = value;
    result.cipher = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256");
    result.detail = QStringLiteral("seen");
    return result;
}
} // namespace

void TestAuditTlsRules::versionRows_data()
{
    // Each character is one version, 1.0 to 1.3: a accepted, r refused, f failed, n not offered locally.
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<QString>("caps");
    QTest::newRow("modern") << "rraa" << "pass,pass,pass,pass" << "-,-,-,-";
    QTest::newRow("everything") << "aaaa" << "fail,fail,pass,pass" << "B,B,-,-";
    QTest::newRow("no 1.3") << "rrar" << "pass,pass,pass,warn" << "-,-,-,-";
    QTest::newRow("only 1.3") << "rrra" << "pass,pass,pass,pass" << "-,-,-,-";
    QTest::newRow("only old") << "aarr" << "fail,fail,fail,warn" << "B,B,C,-";
    QTest::newRow("untestable 1.0") << "nraa" << "error,pass,pass,pass" << "-,-,-,-";
    QTest::newRow("failed 1.1") << "rfaa" << "pass,error,pass,pass" << "-,-,-,-";
}

void TestAuditTlsRules::versionRows()
{
    QFETCH(QString, outcomes);
    QFETCH(QString, statuses);
    QFETCH(QString, caps);
    QMap<TlsVersion, TlsHandshakeResult> results;
    QList<TlsVersion> notOffered;
    for (int i = 0; i < 4; ++i) {
        const TlsVersion version = allTlsVersions().at(i);
        switch (outcomes.at(i).toLatin1()) {
        case 'a': results.insert(version, outcome(TlsHandshakeResult::Outcome::Completed)); break;
        case 'r': results.insert(version, outcome(TlsHandshakeResult::Outcome::Refused)); break;
        case 'f': results.insert(version, outcome(TlsHandshakeResult::Outcome::Failed)); break;
        default: notOffered.append(version); break;
        }
    }
    const QList<AuditCheck> rows = tlsVersionRows(results, notOffered);
    QCOMPARE(rows.size(), 4);
    QStringList seenStatuses;
    QStringList seenCaps;
    for (const AuditCheck &row : rows) {
        seenStatuses.append(checkStatusName(row.status));
        seenCaps.append(row.cap ? gradeName(*row.cap) : QStringLiteral("-"));
        QVERIFY(!row.title.isEmpty() && !row.rule.isEmpty() && !row.source.isEmpty() && !row.explanation.isEmpty());
        QVERIFY2(!row.title.contains(u'\n'), qPrintable(row.title));
    }
    QCOMPARE(rows.at(0).id, QStringLiteral("tls.version.tls1_0"));
    QCOMPARE(rows.at(3).id, QStringLiteral("tls.version.tls1_3"));
    QCOMPARE(seenStatuses.join(u','), statuses);
    QCOMPARE(seenCaps.join(u','), caps);
}

void TestAuditTlsRules::serverOrderRow()
{
    QCOMPARE(SmtpTutor::serverOrderRow(true, {}).status, CheckStatus::Pass);
    const AuditCheck clientOrder = SmtpTutor::serverOrderRow(false, QStringLiteral("x"));
    QCOMPARE(clientOrder.status, CheckStatus::Warn);
    QVERIFY(!clientOrder.cap);
    QCOMPARE(SmtpTutor::serverOrderRow(std::nullopt, {}).status, CheckStatus::Info);
    QCOMPARE(clientOrder.id, QStringLiteral("tls.server_order"));
}

QTEST_MAIN(TestAuditTlsRules)
#include "tst_audit_tlsrules.moc"
