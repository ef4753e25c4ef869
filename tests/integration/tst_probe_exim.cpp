// The probe against the reference Exim that tools/test (or tools/exim/start) runs on 127.0.0.1:
// Exim 4.96 from Debian's packages with Exim's example configuration (tools/exim/make-config).
// A second real MTA that words every reply its own way and sends no enhanced status codes: the
// probe must read it as well as it reads Postfix.

#include "client/probe.h"
#include "proberun.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

class TestProbeExim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void greetingAndCapabilities();
    void startTlsAuthAndRelayWhenLoggedIn_data();
    void startTlsAuthAndRelayWhenLoggedIn();
    void wrongPassword();
    void unknownRecipient();
    void relayDeniedWithoutLogin();

private:
    ProbeOptions options(TlsMode mode) const;
    quint16 m_port = 0;
    QString m_ca;
};

void TestProbeExim::initTestCase()
{
    for (const char *name : { "SMTP_TUTOR_EXIM_PORT", "SMTP_TUTOR_EXIM_CA" }) {
        if (qEnvironmentVariableIsEmpty(name)) {
            const QString why = QString::fromLatin1(name) + QStringLiteral(" is not set: the test Exim is not running");
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why + QStringLiteral(" (run tools/test, or eval \"$(tools/exim/start DIR)\")")));
        }
    }
    m_port = quint16(qEnvironmentVariableIntValue("SMTP_TUTOR_EXIM_PORT"));
    m_ca = qEnvironmentVariable("SMTP_TUTOR_EXIM_CA");
}



ProbeOptions TestProbeExim::options(TlsMode mode) const
{
    return loopbackProbeOptions(m_port, mode, m_ca);
}

void TestProbeExim::greetingAndCapabilities()
{
    ProbeOptions o = options(TlsMode::StartTls);
    o.from = QStringLiteral("tester@example.org");
    o.to = { QStringLiteral("alice@example.com") };
    QString transcript;
    const ProbeReport report = runProbe(o, &transcript);
    QVERIFY2(report.ok, qPrintable(report.error.message + QLatin1Char('\n') + transcript));
    QVERIFY2(report.greeting.lines().first().startsWith(QLatin1String("mail.example.com ESMTP Exim 4.96")),
        qPrintable(report.greeting.lines().first()));
    QVERIFY(report.capabilitiesBeforeTls.offersStartTls());
    QVERIFY(report.capabilitiesBeforeTls.authMechanisms().isEmpty()); // AUTH only inside TLS
    QCOMPARE(report.capabilitiesAfterTls.authMechanisms(), QStringList({ QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }));
    QVERIFY(report.tls.used);
    QVERIFY(report.tls.verified);
    // Exim's own words, and no enhanced status codes (it does not offer ENHANCEDSTATUSCODES).
    QVERIFY2(transcript.contains(QLatin1String("220 TLS go ahead")), qPrintable(transcript));
    QVERIFY(!report.capabilitiesAfterTls.has(QStringLiteral("ENHANCEDSTATUSCODES")));
    QCOMPARE(report.recipients.size(), 1);
    QCOMPARE(report.recipients.first().reply.code(), 250);
    QVERIFY(!report.recipients.first().reply.enhancedStatus());
}

void TestProbeExim::startTlsAuthAndRelayWhenLoggedIn_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("PLAIN") << QStringLiteral("PLAIN");
    QTest::newRow("LOGIN") << QStringLiteral("LOGIN");
}

void TestProbeExim::startTlsAuthAndRelayWhenLoggedIn()
{
    QFETCH(QString, mechanism);
    ProbeOptions o = options(TlsMode::StartTls);
    o.user = QStringLiteral("bob");
    o.secret = QStringLiteral("builder");
    o.authMechanism = mechanism;
    o.from = QStringLiteral("bob@example.com");
    o.to = { QStringLiteral("carol@elsewhere.example") };
    QString transcript;
    const ProbeReport report = runProbe(o, &transcript);
    QVERIFY2(report.ok, qPrintable(report.error.message + QLatin1Char('\n') + transcript));
    QVERIFY(report.authenticated);
    QVERIFY2(transcript.contains(QLatin1String("235 Authentication succeeded")), qPrintable(transcript));
    QCOMPARE(report.recipients.first().reply.text(), QStringLiteral("Accepted"));
    QVERIFY(!transcript.contains(QLatin1String("builder")));
}

void TestProbeExim::wrongPassword()
{
    ProbeOptions o = options(TlsMode::StartTls);
    o.user = QStringLiteral("alice");
    o.secret = QStringLiteral("not-the-password");
    const ProbeReport report = runProbe(o);
    QVERIFY(!report.ok);
    QCOMPARE(report.stage, ProbeStage::Auth);
    QCOMPARE(report.error.reply.code(), 535);
    QCOMPARE(report.error.reply.text(), QStringLiteral("Incorrect authentication data"));
    QVERIFY(report.diagnosis.contains(QLatin1String("password")));
}

// Without an enhanced code the diagnosis still has to come out right, from the code and the
// stage (and for relaying, from Exim's words).
void TestProbeExim::unknownRecipient()
{
    ProbeOptions o = options(TlsMode::StartTls);
    o.from = QStringLiteral("tester@example.org");
    o.to = { QStringLiteral("nobody@example.com") };
    const ProbeReport report = runProbe(o);
    QVERIFY(!report.ok);
    QCOMPARE(report.stage, ProbeStage::Rcpt);
    QCOMPARE(report.error.reply.code(), 550);
    QCOMPARE(report.error.reply.text(), QStringLiteral("Unknown user"));
    QVERIFY(!report.error.reply.enhancedStatus());
    QVERIFY2(report.diagnosis.contains(QLatin1String("does not exist")), qPrintable(report.diagnosis));
}

void TestProbeExim::relayDeniedWithoutLogin()
{
    ProbeOptions o = options(TlsMode::StartTls);
    o.from = QStringLiteral("tester@example.org");
    o.to = { QStringLiteral("carol@elsewhere.example") };
    const ProbeReport report = runProbe(o);
    QVERIFY(!report.ok);
    QCOMPARE(report.stage, ProbeStage::Rcpt);
    QCOMPARE(report.error.reply.code(), 550);
    QCOMPARE(report.error.reply.text(), QStringLiteral("relay not permitted"));
    QVERIFY2(report.diagnosis.contains(QLatin1String("Relay denied")), qPrintable(report.diagnosis));
    QVERIFY2(!report.diagnosis.contains(QLatin1String("does not exist")), qPrintable(report.diagnosis));
}

QTEST_MAIN(TestProbeExim)
#include "tst_probe_exim.moc"
