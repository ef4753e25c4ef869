// The audit's TLS checks against the deliberately weak private Postfix
// (SMTP_TUTOR_POSTFIX_PROFILE=lax in tools/postfix/start): TLS 1.0 and 1.1 accepted, OpenSSL at
// security level 0 with Postfix's "medium" suites. The version verdicts must equal those of
// openssl s_client and of testssl.sh, and the weak suites must be graded as such.

#include "audit/tls/cipherclass.h"
#include "audit/tls/ciphersuitescheck.h"
#include "audit/tls/tlsversionscheck.h"
#include "support/hostcheckrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

class TestAuditTlsLaxPostfix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionsMatchOpensslAndTestssl();
    void weakSuitesAreGraded();

private:
    QMap<QString, bool> testsslVerdicts();
    quint16 m_port = 0;
};

void TestAuditTlsLaxPostfix::initTestCase()
{
    const char *name = "SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT";
    if (qEnvironmentVariableIsEmpty(name)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT is not set: the lax test Postfix is not running");
        QSKIP("SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT is not set: run tools/test (it starts the lax test Postfix)");
    }
    m_port = quint16(qEnvironmentVariableIntValue(name));
}

// testssl.sh's protocol findings, from its JSON: {"id": "TLS1", "finding": "offered (deprecated)"}.
QMap<QString, bool> TestAuditTlsLaxPostfix::testsslVerdicts()
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("testssl"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("testssl.sh"));
    if (program.isEmpty())
        return {};
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("testssl.json"));
    QProcess process;
    process.start(program, {QStringLiteral("--quiet"), QStringLiteral("--warnings"), QStringLiteral("batch"),
                            QStringLiteral("--starttls"), QStringLiteral("smtp"), QStringLiteral("-p"),
                            QStringLiteral("--jsonfile"), json, QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!process.waitForFinished(120000))
        return {};
    QFile file(json);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QMap<QString, QString> names{{QStringLiteral("TLS1"), QStringLiteral("TLSv1.0")},
                                       {QStringLiteral("TLS1_1"), QStringLiteral("TLSv1.1")},
                                       {QStringLiteral("TLS1_2"), QStringLiteral("TLSv1.2")},
                                       {QStringLiteral("TLS1_3"), QStringLiteral("TLSv1.3")}};
    QMap<QString, bool> verdicts;
    const QJsonArray findings = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        const QString id = finding.value(QStringLiteral("id")).toString();
        if (names.contains(id))
            verdicts.insert(names.value(id), finding.value(QStringLiteral("finding")).toString().startsWith(u"offered"));
    }
    return verdicts;
}

void TestAuditTlsLaxPostfix::versionsMatchOpensslAndTestssl()
{
    ConnectionLimiter limiter(4);
    TlsVersionsCheck check(loopbackContext(m_port, false, &limiter), nullptr);
    const HostAuditReport report = runHostCheck(check);
    QVERIFY2(!report.checks.isEmpty(), "the versions check never finished");
    const QMap<QString, bool> everything{{QStringLiteral("TLSv1.0"), true}, {QStringLiteral("TLSv1.1"), true},
                                         {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
    QCOMPARE(report.tls.protocols, everything);
    for (const char *id : {"tls.version.tls1_0", "tls.version.tls1_1"}) {
        const AuditCheck *row = findRow(report, QString::fromLatin1(id));
        QVERIFY2(row, id);
        QCOMPARE(row->status, CheckStatus::Fail);
        QCOMPARE(row->cap, std::optional<Grade>(Grade::B));
    }

    const QMap<QString, QString> flags{{QStringLiteral("TLSv1.0"), QStringLiteral("-tls1")},
                                       {QStringLiteral("TLSv1.1"), QStringLiteral("-tls1_1")},
                                       {QStringLiteral("TLSv1.2"), QStringLiteral("-tls1_2")},
                                       {QStringLiteral("TLSv1.3"), QStringLiteral("-tls1_3")}};
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        const std::optional<bool> openssl = opensslAccepts(m_port, false, it.value());
        QVERIFY2(openssl.has_value(), "openssl s_client did not run");
        QCOMPARE(report.tls.protocols.value(it.key()), *openssl);
    }

    const QMap<QString, bool> testssl = testsslVerdicts();
    QVERIFY2(!testssl.isEmpty(), "testssl.sh did not run or wrote no JSON (package testssl.sh)");
    QCOMPARE(report.tls.protocols, testssl);
}

void TestAuditTlsLaxPostfix::weakSuitesAreGraded()
{
    ConnectionLimiter limiter(4);
    CipherSuitesCheck check(loopbackContext(m_port, false, &limiter), nullptr);
    const HostAuditReport report = runHostCheck(check, 120000);
    QVERIFY2(!report.checks.isEmpty(), "the cipher check never finished");
    qInfo("cipher check: %d handshakes", check.handshakeCount());
    for (const AuditCheck &row : report.checks)
        qInfo("%s %s: %s", qPrintable(row.id), qPrintable(checkStatusName(row.status)), qPrintable(row.detail));
    QCOMPARE(report.tls.ciphers.size(), 4);
    // RSA key exchange without forward secrecy (phase out) in TLS 1.0, as "medium" allows it.
    const QStringList tls10 = report.tls.ciphers.value(QStringLiteral("TLSv1.0"));
    QVERIFY2(tls10.contains(QStringLiteral("AES128-SHA")), qPrintable(tls10.join(u' ')));
    QCOMPARE(classifyCipherSuite(QStringLiteral("AES128-SHA")), CipherClass::PhaseOut);
    for (const char *id : {"tls.ciphers.tls1_0", "tls.ciphers.tls1_1", "tls.ciphers.tls1_2"}) {
        const AuditCheck *row = findRow(report, QString::fromLatin1(id));
        QVERIFY2(row, id);
        QVERIFY2(row->status == CheckStatus::Warn || row->status == CheckStatus::Fail, id);
        QVERIFY2(row->cap.has_value(), id);
        QVERIFY(row->detail.contains(QStringLiteral("AES128-SHA")));
    }
    // Anonymous key exchange (no certificate, so anyone in the middle can pose as the server):
    // the lax cipher list lets them in, and they are insufficient.
    const AuditCheck *tls12 = findRow(report, QStringLiteral("tls.ciphers.tls1_2"));
    QCOMPARE(tls12->status, CheckStatus::Fail);
    QCOMPARE(tls12->cap, std::optional<Grade>(Grade::C));
    QVERIFY2(tls12->todo.contains(QStringLiteral("ADH-AES128-GCM-SHA256")), qPrintable(tls12->todo));
}

QTEST_MAIN(TestAuditTlsLaxPostfix)
#include "tst_audit_tls_lax_postfix.moc"
