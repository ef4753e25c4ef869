// The certificate judgement of the audit without a server: certificates made here with the
// openssl command line (a root, an intermediate, and leaves of several kinds), fed to
// inspectCertificate() and certificateRows() as a handshake would deliver them.

#include "audit/tls/certificatedetails.h"
#include "audit/tls/certificatejudge.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;

class TestAuditCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysAndSignatures_data();
    void keysAndSignatures();
    void chainOrder();
    void chainAndNameDependOnThePort_data();
    void chainAndNameDependOnThePort();
    void expiry();
    void nothingSeen();

private:
    bool openssl(const QStringList &arguments);
    QSslCertificate makeLeaf(const QString &name, const QStringList &keySpec, const QString &digest);
    TlsHandshakeResult handshake(const QList<QSslCertificate> &chain, const QList<QSslError> &errors = {}) const;
    // A copy, not a reference: callers pass temporary lists (a reference into one was a
    // use-after-free, found by ASan).
    static AuditCheck row(const QList<AuditCheck> &rows, const QString &id);

    QTemporaryDir m_dir;
    QSslCertificate m_root;
    QSslCertificate m_intermediate;
    QSslCertificate m_leaf; // RSA 3072, SHA-256, issued by the intermediate
};

bool TestAuditCertificate::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestAuditCertificate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile ca(m_dir.filePath(QStringLiteral("ca.ext")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n");
    ca.close();
    QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "root.key", "-out", "root.pem",
                     "-days", "30", "-subj", "/CN=Audit Test Root", "-addext", "basicConstraints=critical,CA:TRUE",
                     "-addext", "keyUsage=critical,keyCertSign,cRLSign"}));
    QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "int.key", "-out", "int.csr", "-subj",
                     "/CN=Audit Test Intermediate"}));
    QVERIFY(openssl({"x509", "-req", "-in", "int.csr", "-CA", "root.pem", "-CAkey", "root.key", "-CAcreateserial",
                     "-out", "int.pem", "-days", "30", "-sha256", "-extfile", "ca.ext"}));
    m_root = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("root.pem"))).value(0);
    m_intermediate = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("int.pem"))).value(0);
    m_leaf = makeLeaf(QStringLiteral("rsa3072"), {"-newkey", "rsa:3072"}, QStringLiteral("-sha256"));
    QVERIFY(!m_root.isNull() && !m_intermediate.isNull() && !m_leaf.isNull());
}

QSslCertificate TestAuditCertificate::makeLeaf(const QString &name, const QStringList &keySpec, const QString &digest)
{
    QFile ext(m_dir.filePath(QStringLiteral("leaf.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return QSslCertificate();
    ext.write("subjectAltName=DNS:mail.example.org\n");
    ext.close();
    QStringList request{"req", "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=mail.example.org"};
    request.append(keySpec);
    if (!openssl(request))
        return QSslCertificate();
    if (!openssl({"x509", "-req", "-in", name + ".csr", "-CA", "int.pem", "-CAkey", "int.key", "-CAcreateserial",
                  "-out", name + ".pem", "-days", "30", digest, "-extfile", "leaf.ext"}))
        return QSslCertificate();
    return QSslCertificate::fromPath(m_dir.filePath(name + QStringLiteral(".pem"))).value(0);
}

TlsHandshakeResult TestAuditCertificate::handshake(const QList<QSslCertificate> &chain, const QList<QSslError> &errors) const
{
    TlsHandshakeResult result;
    result.outcome = TlsHandshakeResult::Outcome::Completed;
    result.chain = chain;
    result.certificateErrors = errors;
    result.tls.used = true;
    result.tls.peerName = QStringLiteral("mail.example.org");
    result.tls.verified = errors.isEmpty();
    for (const QSslError &error : errors) {
        result.tls.errors.append(error.errorString());
        result.tls.errorKinds.append(error.error());
        result.tls.explanations.append(explainCertificateError(error, result.tls.peerName));
    }
    for (const QSslCertificate &certificate : chain)
        result.tls.chain.append(describeCertificate(certificate));
    return result;
}

AuditCheck TestAuditCertificate::row(const QList<AuditCheck> &rows, const QString &id)
{
    for (const AuditCheck &check : rows) {
        if (check.id == id)
            return check;
    }
    return {};
}

void TestAuditCertificate::keysAndSignatures_data()
{
    QTest::addColumn<QStringList>("keySpec");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("keyStatus");
    QTest::addColumn<QString>("signatureStatus");
    QTest::newRow("RSA 2048, SHA-256") << QStringList{"-newkey", "rsa:2048"} << "-sha256" << "RSA" << 2048 << ""
                                       << "sha256WithRSAEncryption" << "warn" << "pass";
    QTest::newRow("EC P-256, SHA-384") << QStringList{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"}
                                       << "-sha384" << "EC" << 256 << "prime256v1" << "sha384WithRSAEncryption"
                                       << "pass" << "pass";
    QTest::newRow("RSA 1024, SHA-1") << QStringList{"-newkey", "rsa:1024"} << "-sha1" << "RSA" << 1024 << ""
                                     << "sha1WithRSAEncryption" << "fail" << "fail";
}

void TestAuditCertificate::keysAndSignatures()
{
    QFETCH(QStringList, keySpec);
    QFETCH(QString, digest);
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(QString, signature);
    QFETCH(QString, keyStatus);
    QFETCH(QString, signatureStatus);
    const QSslCertificate leaf = makeLeaf(QString::fromLatin1(QTest::currentDataTag()).remove(u' ').remove(u','),
                                          keySpec, digest);
    QVERIFY(!leaf.isNull());
    const CertificateFindings findings = inspectCertificate(handshake({leaf, m_intermediate}));
    QVERIFY(findings.seen);
    QCOMPARE(findings.keyAlgorithm, algorithm);
    QCOMPARE(findings.keyBits, bits);
    QCOMPARE(findings.curve, curve);
    // The leaf is signed by the intermediate's RSA key: the algorithm names that key's type.
    QCOMPARE(findings.signatureAlgorithm, signature);
    const QList<AuditCheck> rows = certificateRows(findings, true);
    QCOMPARE(checkStatusName(row(rows, QStringLiteral("cert.key")).status), keyStatus);
    QCOMPARE(checkStatusName(row(rows, QStringLiteral("cert.signature")).status), signatureStatus);
    if (keyStatus == u"fail")
        QCOMPARE(row(rows, QStringLiteral("cert.key")).cap, std::optional<Grade>(Grade::C));
    if (signatureStatus == u"fail")
        QCOMPARE(row(rows, QStringLiteral("cert.signature")).cap, std::optional<Grade>(Grade::C));
}

void TestAuditCertificate::chainOrder()
{
    QVERIFY(isIssuedBy(m_leaf, m_intermediate));
    QVERIFY(!isIssuedBy(m_leaf, m_root));
    QVERIFY(chainInOrder({m_leaf, m_intermediate, m_root}));
    QVERIFY(!chainInOrder({m_leaf, m_root, m_intermediate}));

    const QList<AuditCheck> inOrder = certificateRows(inspectCertificate(handshake({m_leaf, m_intermediate})), true);
    QCOMPARE(row(inOrder, QStringLiteral("cert.chain")).status, CheckStatus::Pass);
    QCOMPARE(row(inOrder, QStringLiteral("cert.key")).status, CheckStatus::Pass); // RSA 3072
    QCOMPARE(row(inOrder, QStringLiteral("cert.name")).status, CheckStatus::Pass);

    const CertificateFindings jumbled = inspectCertificate(handshake({m_leaf, m_root, m_intermediate}));
    QVERIFY(jumbled.chainComplete);
    QVERIFY(!jumbled.chainInOrder);
    const AuditCheck chain = row(certificateRows(jumbled, true), QStringLiteral("cert.chain"));
    QCOMPARE(chain.status, CheckStatus::Warn);
    QVERIFY(!chain.cap);
}

void TestAuditCertificate::chainAndNameDependOnThePort_data()
{
    QTest::addColumn<bool>("clientsVerify");
    QTest::addColumn<CheckStatus>("expected");
    QTest::newRow("465/587: a fail") << true << CheckStatus::Fail;
    QTest::newRow("25: information") << false << CheckStatus::Info;
}

void TestAuditCertificate::chainAndNameDependOnThePort()
{
    QFETCH(bool, clientsVerify);
    QFETCH(CheckStatus, expected);
    const QList<QSslError> errors{QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_leaf),
                                  QSslError(QSslError::HostNameMismatch, m_leaf)};
    const CertificateFindings findings = inspectCertificate(handshake({m_leaf}, errors));
    QVERIFY(!findings.chainComplete);
    QVERIFY(!findings.nameMatches);
    const QList<AuditCheck> rows = certificateRows(findings, clientsVerify);
    for (const QString &id : {QStringLiteral("cert.chain"), QStringLiteral("cert.name")}) {
        const AuditCheck &check = row(rows, id);
        QCOMPARE(check.status, expected);
        QCOMPARE(check.cap.has_value(), clientsVerify);
        QVERIFY(!check.todo.isEmpty() && !check.rule.isEmpty() && !check.source.isEmpty());
        QCOMPARE(check.explanation.contains(QStringLiteral("RFC 7672 s.1.3")), !clientsVerify);
    }
}

void TestAuditCertificate::expiry()
{
    const QDateTime end = m_leaf.expiryDate();
    const TlsHandshakeResult result = handshake({m_leaf, m_intermediate});
    const QList<AuditCheck> soon = certificateRows(inspectCertificate(result, end.addDays(-5)), true);
    QCOMPARE(row(soon, QStringLiteral("cert.expiry")).status, CheckStatus::Warn);

    const CertificateFindings expired = inspectCertificate(result, end.addSecs(3600));
    QVERIFY(expired.daysLeft < 0);
    const AuditCheck strict = row(certificateRows(expired, true), QStringLiteral("cert.expiry"));
    QCOMPARE(strict.status, CheckStatus::Fail);
    QCOMPARE(strict.cap, std::optional<Grade>(Grade::C));
    QCOMPARE(row(certificateRows(expired, false), QStringLiteral("cert.expiry")).status, CheckStatus::Info);

    const QList<AuditCheck> fresh = certificateRows(inspectCertificate(result, end.addDays(-29)), true);
    QCOMPARE(row(fresh, QStringLiteral("cert.expiry")).status, CheckStatus::Pass);
}

void TestAuditCertificate::nothingSeen()
{
    TlsHandshakeResult failed;
    failed.detail = QStringLiteral("no route");
    const CertificateFindings findings = inspectCertificate(failed);
    QVERIFY(!findings.seen);
    const QList<AuditCheck> rows = certificateRows(findings, true, failed.detail);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, CheckStatus::Error);
    QCOMPARE(rows.first().detail, QStringLiteral("no route"));
    QCOMPARE(certificateRows(findings, true, failed.detail, true).first().status, CheckStatus::Info);
}

QTEST_MAIN(TestAuditCertificate)
#include "tst_audit_certificate.moc"
