// The probe against the real Postfix that tools/test (or tools/postfix/start) runs on 127.0.0.1:
// plain 25-style, 587-style submission (STARTTLS required, AUTH after TLS), 465-style implicit TLS.

#include "client/probe.h"
#include "proberun.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

class TestProbePostfix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainPortEnvelope();
    void submissionStartTlsAuth_data();
    void submissionStartTlsAuth();
    void implicitTls();
    void wrongPassword();
    void unknownRecipient();
    void relayDenied();
    void certificateFailsWithoutTestCa();
    void submissionWithoutTlsWithholdsCredentials();
    void sendLandsInMaildir();

private:
    ProbeOptions options(const QString &portVariable, TlsMode mode) const;
    QString m_ca;
    QString m_mailboxDir;
};

void TestProbePostfix::initTestCase()
{
    const QStringList needed{QStringLiteral("SMTP_TUTOR_POSTFIX_PLAIN_PORT"), QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"),
                             QStringLiteral("SMTP_TUTOR_POSTFIX_SMTPS_PORT"), QStringLiteral("SMTP_TUTOR_TEST_CA"),
                             QStringLiteral("SMTP_TUTOR_POSTFIX_MAILBOX_DIR")};
    for (const QString &name : needed) {
        if (qEnvironmentVariableIsEmpty(name.toLatin1().constData())) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(name + QStringLiteral(" is not set: the test Postfix is not running")));
            QSKIP(qPrintable(name + QStringLiteral(" is not set: run tools/test (it starts the test Postfix)")));
        }
    }
    m_ca = qEnvironmentVariable("SMTP_TUTOR_TEST_CA");
    m_mailboxDir = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_MAILBOX_DIR");
}



ProbeOptions TestProbePostfix::options(const QString &portVariable, TlsMode mode) const
{
    return loopbackProbeOptions(quint16(qEnvironmentVariable(portVariable.toLatin1().constData()).toUInt()), mode, m_ca);
}

void TestProbePostfix::plainPortEnvelope()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_PLAIN_PORT"), TlsMode::None);
    o.from = QStringLiteral("tester@example.org");
    o.to = {QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com")};
    QString transcript;
    const ProbeReport report = runProbe(o, &transcript);
    QVERIFY2(report.ok, qPrintable(report.error.message + QLatin1Char('\n') + transcript));
    QVERIFY(report.greeting.lines().first().contains(QLatin1String("ESMTP")));
    QVERIFY(report.capabilitiesBeforeTls.offersStartTls());
    QVERIFY(!report.tls.used);
    QCOMPARE(report.recipients.size(), 2);
    QVERIFY(transcript.contains(QLatin1String("RSET")));
    QVERIFY(!transcript.contains(QLatin1String("DATA")));
}

void TestProbePostfix::submissionStartTlsAuth_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("PLAIN") << QStringLiteral("PLAIN");
    QTest::newRow("LOGIN") << QStringLiteral("LOGIN");
    QTest::newRow("chosen by the probe") << QString();
}

void TestProbePostfix::submissionStartTlsAuth()
{
    QFETCH(QString, mechanism);
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"), TlsMode::StartTls);
    o.user = QStringLiteral("alice");
    o.secret = QStringLiteral("wonderland");
    o.authMechanism = mechanism;
    o.from = QStringLiteral("alice@example.com");
    o.to = {QStringLiteral("someone@elsewhere.example")}; // relaying is allowed once logged in
    QString transcript;
    const ProbeReport report = runProbe(o, &transcript);
    QVERIFY2(report.ok, qPrintable(report.error.message + QLatin1Char('\n') + transcript));
    QVERIFY(report.tls.used);
    QVERIFY(report.tls.verified);
    QVERIFY(report.authenticated);
    QVERIFY(report.capabilitiesBeforeTls.authMechanisms().isEmpty());
    QVERIFY(report.capabilitiesAfterTls.authMechanisms().contains(QStringLiteral("PLAIN")));
    QVERIFY(!transcript.contains(QLatin1String("wonderland")));
    QVERIFY(!transcript.contains(QString::fromLatin1(QByteArray("wonderland").toBase64())));
    QVERIFY(!transcript.contains(QString::fromLatin1(SaslClient::plainResponse(o.user, o.secret))));
    bool authOnlyAfterTls = false;
    for (const Verdict &verdict : report.verdicts)
        authOnlyAfterTls = authOnlyAfterTls || (verdict.level == Verdict::Level::Ok && verdict.text.contains(QLatin1String("only after TLS")));
    QVERIFY(authOnlyAfterTls);
}

void TestProbePostfix::implicitTls()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SMTPS_PORT"), TlsMode::Implicit);
    o.user = QStringLiteral("bob");
    o.secret = QStringLiteral("builder");
    const ProbeReport report = runProbe(o);
    QVERIFY2(report.ok, qPrintable(report.error.message));
    QCOMPARE(report.tlsUsed, TlsUsed::Implicit);
    QVERIFY(report.tls.verified);
    QVERIFY(!report.tls.chain.isEmpty());
    QVERIFY(report.tls.chain.first().subjectAlternativeNames.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(report.authenticated);
}

void TestProbePostfix::wrongPassword()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"), TlsMode::StartTls);
    o.user = QStringLiteral("alice");
    o.secret = QStringLiteral("not-the-password");
    const ProbeReport report = runProbe(o);
    QVERIFY(!report.ok);
    QCOMPARE(report.stage, ProbeStage::Auth);
    QCOMPARE(report.error.reply.code(), 535);
    QVERIFY(report.diagnosis.contains(QLatin1String("password")));
}

void TestProbePostfix::unknownRecipient()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_PLAIN_PORT"), TlsMode::StartTls);
    o.from = QStringLiteral("tester@example.org");
    o.to = {QStringLiteral("nobody@example.com")};
    const ProbeReport report = runProbe(o);
    QVERIFY(!report.ok);
    QCOMPARE(report.stage, ProbeStage::Rcpt);
    QCOMPARE(report.error.reply.code(), 550);
    QCOMPARE(report.error.reply.enhancedStatus()->toString(), QStringLiteral("5.1.1"));
    QVERIFY(report.diagnosis.contains(QLatin1String("does not exist")));
}

void TestProbePostfix::relayDenied()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_PLAIN_PORT"), TlsMode::Auto);
    o.from = QStringLiteral("tester@example.org");
    o.to = {QStringLiteral("someone@elsewhere.example")};
    const ProbeReport report = runProbe(o);
    QVERIFY(!report.ok);
    QCOMPARE(report.stage, ProbeStage::Rcpt);
    QCOMPARE(report.error.reply.code(), 554);
    QCOMPARE(report.error.reply.enhancedStatus()->toString(), QStringLiteral("5.7.1"));
    QVERIFY(report.diagnosis.contains(QLatin1String("Relay denied")));
}

void TestProbePostfix::certificateFailsWithoutTestCa()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"), TlsMode::StartTls);
    o.caCertificates.clear(); // the system store does not know the test certificate
    o.user = QStringLiteral("alice");
    o.secret = QStringLiteral("wonderland");
    QString transcript;
    const ProbeReport report = runProbe(o, &transcript);
    QVERIFY(!report.ok);
    QCOMPARE(report.error.kind, ClientErrorKind::CertificateRejected);
    QCOMPARE(report.stage, ProbeStage::Tls);
    QVERIFY(!report.tls.verified);
    QVERIFY(!report.tls.chain.isEmpty());
    QVERIFY(!transcript.contains(QLatin1String("~> ")));
    QVERIFY(!transcript.contains(QLatin1String("AUTH")));
}

void TestProbePostfix::submissionWithoutTlsWithholdsCredentials()
{
    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"), TlsMode::None);
    o.user = QStringLiteral("alice");
    o.secret = QStringLiteral("wonderland");
    QString transcript;
    const ProbeReport report = runProbe(o, &transcript);
    QCOMPARE(report.error.kind, ClientErrorKind::CredentialsWithheld);
    QVERIFY(!transcript.contains(QLatin1String("AUTH")));

    // And without credentials the envelope shows Postfix's own demand for TLS.
    ProbeOptions envelope = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"), TlsMode::None);
    envelope.from = QStringLiteral("alice@example.com");
    envelope.to = {QStringLiteral("bob@example.com")};
    const ProbeReport second = runProbe(envelope);
    QCOMPARE(second.stage, ProbeStage::Mail);
    QCOMPARE(second.error.reply.code(), 530);
}

void TestProbePostfix::sendLandsInMaildir()
{
    const QString maildir = m_mailboxDir + QStringLiteral("/example.com/bob/new");
    const auto countFiles = [&maildir] { return QDir(maildir).entryList(QDir::Files).size(); };
    const qsizetype before = countFiles();

    ProbeOptions o = options(QStringLiteral("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT"), TlsMode::StartTls);
    o.user = QStringLiteral("alice");
    o.secret = QStringLiteral("wonderland");
    o.from = QStringLiteral("alice@example.com");
    o.to = {QStringLiteral("bob@example.com")};
    o.send = true;
    const ProbeReport report = runProbe(o);
    QVERIFY2(report.ok, qPrintable(report.error.message));
    QVERIFY(report.dataReply.text().contains(QLatin1String("queued as")));
    const QString queueId = report.dataReply.text().section(QLatin1String("queued as "), 1).trimmed();

    QTRY_VERIFY_WITH_TIMEOUT(countFiles() > before, 15000);
    bool found = false;
    for (const QString &name : QDir(maildir).entryList(QDir::Files)) {
        QFile file(maildir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray message = file.readAll();
        if (!message.contains(queueId.toLatin1()))
            continue;
        found = true;
        QVERIFY(message.contains("Subject: SMTP Tutor test message"));
        QVERIFY(message.contains("Message-ID: <"));
        QVERIFY(message.contains("\n.A line that starts with a dot")); // the server removed the stuffing
        QVERIFY(!message.contains("\n..A line"));
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no message with queue id %1 in %2").arg(queueId, maildir)));
}

QTEST_MAIN(TestProbePostfix)
#include "tst_probe_postfix.moc"
