// TlsHandshake, the one-connection helper of the audit's TLS checks, against scripted servers on
// 127.0.0.1: what counts as "refused by the server" (a verdict) and what only as "failed"
// (no verdict: no STARTTLS, nothing listening, a limit of this computer's library).

#include "audit/tls/tlshandshake.h"
#include "audit/tls/tlsoffer.h"
#include "support/fakesmtpserver.h"
#include "support/testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;
using Outcome = TlsHandshakeResult::Outcome;

class TestAuditTlsHandshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void completesAndRecordsCertificateErrors();
    void refusedVersionIsRefused();
    void hangUpInHandshakeIsRefused();
    void noStartTlsIsNotAVerdict();
    void nothingListeningIsNotAVerdict();
    void localConfigurationProblemIsNotAVerdict();

private:
    TlsHandshakeResult run(quint16 port, const QSslConfiguration &configuration);
    QStringList upToTls() const;
    TestCertificates m_certificates;
};

void TestAuditTlsHandshake::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

QStringList TestAuditTlsHandshake::upToTls() const
{
    return {QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C~ EHLO "),
            QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 STARTTLS"),
            QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 2.0.0 Go ahead")};
}

TlsHandshakeResult TestAuditTlsHandshake::run(quint16 port, const QSslConfiguration &configuration)
{
    TlsHandshakeRequest request;
    request.host = QStringLiteral("localhost");
    request.port = port;
    request.ehloName = QStringLiteral("audit.example.org");
    request.configuration = configuration;
    request.timeouts = {3000, 5000, 10000};
    TlsHandshake handshake(request);
    QSignalSpy finished(&handshake, &TlsHandshake::finished);
    handshake.start();
    if (!finished.wait(15000))
        return {};
    [&] { QCOMPARE(finished.size(), 1); }();
    return handshake.result();
}

void TestAuditTlsHandshake::completesAndRecordsCertificateErrors()
{
    FakeSmtpServer server(upToTls() + QStringList{QStringLiteral("T:")});
    server.setCertificate(m_certificates.untrusted.certificate, m_certificates.untrusted.key);
    QVERIFY(server.listenLocal());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const TlsHandshakeResult result = run(server.port(), configuration);
    QCOMPARE(result.outcome, Outcome::Completed);
    QVERIFY(result.protocol == u"TLSv1.2" || result.protocol == u"TLSv1.3");
    QVERIFY(!result.cipher.isEmpty());
    QCOMPARE(result.chain.size(), 1);
    // An untrusted certificate did not stop the handshake; it was recorded for the certificate check.
    QVERIFY(!result.certificateErrors.isEmpty());
    QVERIFY(!result.tls.verified);
    QVERIFY(server.failures().isEmpty());
}

void TestAuditTlsHandshake::refusedVersionIsRefused()
{
    // The fake server speaks TLS 1.2 and newer (Qt's default); TLS 1.0 alone gets a protocol_version alert.
    FakeSmtpServer server(upToTls() + QStringList{QStringLiteral("T:")});
    server.setCertificate(m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const TlsHandshakeResult result = run(server.port(), offerConfiguration(TlsVersion::Tls1_0));
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY(!result.detail.isEmpty());

    FakeSmtpServer modern(upToTls() + QStringList{QStringLiteral("T:")});
    modern.setCertificate(m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(modern.listenLocal());
    const TlsHandshakeResult accepted = run(modern.port(), offerConfiguration(TlsVersion::Tls1_2));
    QCOMPARE(accepted.outcome, Outcome::Completed);
    QCOMPARE(accepted.protocol, QStringLiteral("TLSv1.2"));
}

void TestAuditTlsHandshake::hangUpInHandshakeIsRefused()
{
    FakeSmtpServer server(upToTls() + QStringList{QStringLiteral("C*"), QStringLiteral("X:")});
    QVERIFY(server.listenLocal());
    const TlsHandshakeResult result = run(server.port(), offerConfiguration(TlsVersion::Tls1_2));
    QVERIFY2(result.outcome == Outcome::Refused, qPrintable(result.detail));
}

void TestAuditTlsHandshake::noStartTlsIsNotAVerdict()
{
    FakeSmtpServer server({QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C~ EHLO "),
                           QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 8BITMIME"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X:")});
    QVERIFY(server.listenLocal());
    const TlsHandshakeResult result = run(server.port(), offerConfiguration(TlsVersion::Tls1_2));
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY(result.tlsNotOffered);
}

void TestAuditTlsHandshake::nothingListeningIsNotAVerdict()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    const TlsHandshakeResult result = run(port, offerConfiguration(TlsVersion::Tls1_2));
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY(!result.tlsNotOffered);
}

void TestAuditTlsHandshake::localConfigurationProblemIsNotAVerdict()
{
    // A suite this library does not know: the handshake cannot even begin, which says
    // nothing about the server.
    FakeSmtpServer server(upToTls() + QStringList{QStringLiteral("T:")});
    server.setCertificate(m_certificates.valid.certificate, m_certificates.valid.key);
    QVERIFY(server.listenLocal());
    const TlsHandshakeResult result = run(server.port(), offerConfiguration(TlsVersion::Tls1_2, {QStringLiteral("NO-SUCH-SUITE")}));
    QCOMPARE(result.outcome, Outcome::Failed);
}

QTEST_MAIN(TestAuditTlsHandshake)
#include "tst_audit_tlshandshake.moc"
