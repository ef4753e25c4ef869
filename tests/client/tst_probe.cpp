// Conversations between Probe and scripted fake servers: happy paths and hostile ones.
// One row per conversation; every row must end with the expected result, within its
// deadline, and (unless the row allows it) without the password having left the client.

#include "client/probe.h"
#include "support/fakesmtpserver.h"
#include "support/testcertificates.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

namespace {
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("S3cret-Wonderland!");

enum CertificateChoice { NoCert, ValidCert, ExpiredCert, WrongHostCert, UntrustedCert };
enum Flags {
    None = 0,
    WithUser = 1,
    AllowPlaintext = 2,
    Insecure = 4,
    Envelope = 8,   // MAIL FROM a@example.com, RCPT TO b@example.com
    Send = 16,
    SecretMaySend = 32, // the row's server legitimately received the password
    ImplicitServer = 64,
    QuitConnect = 128,
    SlowReplyFastOverall = 256,
    ShortReply = 512, // the row waits for a reply that never comes
};
} // namespace

class TestProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void conversation_data();
    void conversation();
    void connectionRefused();
    void tlsVersionIsTheSessionsNotTheSuites();
    void acceptedCertificateErrorsRerun();
    void sendDotStuffsAndHasHeaders();

private:
    ProbeReport runProbe(Probe &probe, int limitMs, qint64 *elapsed);
    TestCertificates::Pair certificateFor(int certificate) const;
    ProbeOptions optionsFor(quint16 port, TlsMode tlsMode, int certificate, const TestCertificates::Pair &pair,
                            int flags, const QString &mechanism) const;
    static void verifyPasswordStayedHome(const QString &transcript, const FakeSmtpServer &server, int flags);
    static void verifyRowSpecifics(const ProbeReport &report, const QString &transcript, const FakeSmtpServer &server,
                                   const QString &errorKind, int flags);
    TestCertificates m_certificates;
    bool m_haveCertificates = false;
};

void TestProbe::initTestCase()
{
    m_haveCertificates = m_certificates.generate();
    QVERIFY2(m_haveCertificates, qPrintable(m_certificates.error()));
}

ProbeReport TestProbe::runProbe(Probe &probe, int limitMs, qint64 *elapsed)
{
    QSignalSpy finished(&probe, &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    if (finished.isEmpty())
        finished.wait(limitMs);
    *elapsed = clock.elapsed();
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<ProbeReport>();
}

void TestProbe::conversation_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("tlsMode");
    QTest::addColumn<int>("certificate");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<QString>("stage");

    const QStringList ehloPlain{QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-mail.example.com"),
                                QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250 SIZE 10240000")};
    const QStringList ehloStartTls{QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-mail.example.com"),
                                   QStringLiteral("S: 250-SIZE 10240000"), QStringLiteral("S: 250 STARTTLS")};
    const QStringList ehloAuth{QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-mail.example.com"),
                               QStringLiteral("S: 250 AUTH PLAIN LOGIN CRAM-MD5")};
    const QStringList startTls{QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 2.0.0 Ready to start TLS"), QStringLiteral("T:")};
    const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X:")};
    const QString greet = QStringLiteral("S: 220 mail.example.com ESMTP");
    const QStringList envelopeOk{QStringLiteral("C: MAIL FROM:<a@example.com>"), QStringLiteral("S: 250 2.1.0 Ok"),
                                 QStringLiteral("C: RCPT TO:<b@example.com>"), QStringLiteral("S: 250 2.1.5 Ok"),
                                 QStringLiteral("C: RSET"), QStringLiteral("S: 250 2.0.0 Ok")};
    const int none = int(TlsMode::None), starttls = int(TlsMode::StartTls), implicit = int(TlsMode::Implicit), autoMode = int(TlsMode::Auto);

    // --- happy paths
    QTest::newRow("plain envelope test") << (QStringList{greet} + ehloPlain + envelopeOk + quit)
        << none << int(NoCert) << int(Envelope) << QString() << true << "none" << "done";
    QTest::newRow("HELO fallback after 502") << (QStringList{greet, QStringLiteral("C~ EHLO "), QStringLiteral("S: 502 5.5.2 Error: command not recognized"),
                                                            QStringLiteral("C~ HELO "), QStringLiteral("S: 250 mail.example.com")} + quit)
        << autoMode << int(NoCert) << int(None) << QString() << true << "none" << "done";
    QTest::newRow("quit after connect") << (QStringList{greet} + quit)
        << none << int(NoCert) << int(QuitConnect) << QString() << true << "none" << "done";
    QTest::newRow("STARTTLS + AUTH PLAIN") << (QStringList{greet} + ehloStartTls + startTls + ehloAuth
            + QStringList{QStringLiteral("C~ AUTH PLAIN "), QStringLiteral("S: 235 2.7.0 Authentication successful")} + quit)
        << starttls << int(ValidCert) << int(WithUser | SecretMaySend) << QStringLiteral("PLAIN") << true << "none" << "done";
    QTest::newRow("STARTTLS + AUTH LOGIN") << (QStringList{greet} + ehloStartTls + startTls + ehloAuth
            + QStringList{QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: YWxpY2U="),
                          QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C*"), QStringLiteral("S: 235 2.7.0 Authentication successful")} + quit)
        << starttls << int(ValidCert) << int(WithUser | SecretMaySend) << QStringLiteral("LOGIN") << true << "none" << "done";
    QTest::newRow("implicit TLS + CRAM-MD5") << (QStringList{greet} + ehloAuth
            + QStringList{QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"),
                          QStringLiteral("C*"), QStringLiteral("S: 235 2.7.0 Authentication successful")} + quit)
        << implicit << int(ValidCert) << int(WithUser | ImplicitServer) << QStringLiteral("CRAM-MD5") << true << "none" << "done";
    QTest::newRow("auto picks STARTTLS") << (QStringList{greet} + ehloStartTls + startTls + ehloPlain + quit)
        << autoMode << int(ValidCert) << int(None) << QString() << true << "none" << "done";

    // --- refusals the server states properly
    QTest::newRow("greeting 554") << QStringList{QStringLiteral("S: 554 5.7.1 No SMTP service here"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")}
        << none << int(NoCert) << int(None) << QString() << false << "rejected" << "greeting";
    QTest::newRow("greeting 421") << QStringList{QStringLiteral("S: 421 4.3.2 Service shutting down"), QStringLiteral("X:")}
        << none << int(NoCert) << int(None) << QString() << false << "rejected" << "greeting";
    QTest::newRow("535 wrong password (plaintext allowed)") << (QStringList{greet} + ehloAuth
            + QStringList{QStringLiteral("C~ AUTH PLAIN "), QStringLiteral("S: 535 5.7.8 Error: authentication failed")} + quit)
        << none << int(NoCert) << int(WithUser | AllowPlaintext | SecretMaySend) << QStringLiteral("PLAIN") << false << "rejected" << "auth";
    QTest::newRow("550 5.1.1 unknown user") << (QStringList{greet} + ehloPlain
            + QStringList{QStringLiteral("C: MAIL FROM:<a@example.com>"), QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("C: RCPT TO:<b@example.com>"),
                          QStringLiteral("S: 550 5.1.1 <b@example.com>: Recipient address rejected: User unknown")} + quit)
        << none << int(NoCert) << int(Envelope) << QString() << false << "rejected" << "rcpt";
    QTest::newRow("554 5.7.1 relay denied") << (QStringList{greet} + ehloPlain
            + QStringList{QStringLiteral("C: MAIL FROM:<a@example.com>"), QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("C: RCPT TO:<b@example.com>"),
                          QStringLiteral("S: 554 5.7.1 <b@example.com>: Relay access denied")} + quit)
        << none << int(NoCert) << int(Envelope) << QString() << false << "rejected" << "rcpt";
    QTest::newRow("450 greylisting") << (QStringList{greet} + ehloPlain
            + QStringList{QStringLiteral("C: MAIL FROM:<a@example.com>"), QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("C: RCPT TO:<b@example.com>"),
                          QStringLiteral("S: 450 4.7.1 <b@example.com>: Recipient address rejected: Greylisted, try again later")} + quit)
        << none << int(NoCert) << int(Envelope) << QString() << false << "rejected" << "rcpt";

    // --- hostile or broken servers
    QTest::newRow("injection after STARTTLS") << (QStringList{greet} + ehloStartTls
            + QStringList{QStringLiteral("C: STARTTLS"), QStringLiteral("R: 220 2.0.0 Ready\\r\\n250-injected\\r\\n250 AUTH PLAIN\\r\\n")})
        << starttls << int(ValidCert) << int(WithUser) << QString() << false << "plaintext-injection" << "tls";
    QTest::newRow("partial line injected after STARTTLS") << (QStringList{greet} + ehloStartTls
            + QStringList{QStringLiteral("C: STARTTLS"), QStringLiteral("R: 220 2.0.0 Ready\\r\\n250 AU")})
        << starttls << int(ValidCert) << int(WithUser) << QString() << false << "plaintext-injection" << "tls";
    QTest::newRow("STARTTLS missing, AUTH offered, TLS required") << (QStringList{greet} + ehloAuth + quit)
        << starttls << int(NoCert) << int(WithUser) << QString() << false << "starttls-not-offered" << "starttls";
    QTest::newRow("STARTTLS missing, AUTH offered, auto mode") << (QStringList{greet} + ehloAuth + quit)
        << autoMode << int(NoCert) << int(WithUser) << QString() << false << "credentials-withheld" << "starttls";
    QTest::newRow("454 to STARTTLS") << (QStringList{greet} + ehloStartTls
            + QStringList{QStringLiteral("C: STARTTLS"), QStringLiteral("S: 454 4.7.0 TLS not available due to local problem")} + quit)
        << autoMode << int(NoCert) << int(WithUser) << QString() << false << "starttls-refused" << "starttls";
    QTest::newRow("garbage instead of TLS handshake") << QStringList{QStringLiteral("S: 220 I do not speak TLS at all"), QStringLiteral("W: 3000")}
        << implicit << int(NoCert) << int(WithUser) << QString() << false << "tls-handshake-failed" << "tls";
    QTest::newRow("expired certificate") << (QStringList{greet} + ehloStartTls + startTls + ehloAuth)
        << starttls << int(ExpiredCert) << int(WithUser) << QString() << false << "certificate-rejected" << "tls";
    QTest::newRow("wrong-host certificate") << (QStringList{greet} + ehloStartTls + startTls + ehloAuth)
        << starttls << int(WrongHostCert) << int(WithUser) << QString() << false << "certificate-rejected" << "tls";
    QTest::newRow("self-signed untrusted certificate, implicit") << (QStringList{greet} + ehloAuth)
        << implicit << int(UntrustedCert) << int(WithUser | ImplicitServer) << QString() << false << "certificate-rejected" << "tls";
    QTest::newRow("expired certificate accepted with --insecure") << (QStringList{greet} + ehloStartTls + startTls + ehloPlain + quit)
        << starttls << int(ExpiredCert) << int(Insecure) << QString() << true << "none" << "done";
    QTest::newRow("server never speaks") << QStringList{}
        << none << int(NoCert) << int(ShortReply) << QString() << false << "reply-timeout" << "greeting";
    QTest::newRow("server drips one byte at a time") << QStringList{QStringLiteral("DRIP: 220-slow")}
        << none << int(NoCert) << int(SlowReplyFastOverall) << QString() << false << "overall-timeout" << "greeting";
    QTest::newRow("20 MB line without CRLF") << QStringList{QStringLiteral("BIG: 20000000")}
        << none << int(NoCert) << int(None) << QString() << false << "protocol-violation" << "greeting";
    QTest::newRow("endless multi-line reply") << (QStringList{greet, QStringLiteral("C~ EHLO "), QStringLiteral("FLOOD: 250-MORE")})
        << none << int(NoCert) << int(None) << QString() << false << "protocol-violation" << "ehlo";
    QTest::newRow("malformed code") << QStringList{QStringLiteral("S: 2x0 hello")}
        << none << int(NoCert) << int(None) << QString() << false << "protocol-violation" << "greeting";
    QTest::newRow("control bytes and invalid UTF-8 shown escaped") << (QStringList{QStringLiteral("R: 220 hi\\x01\\x1b[31m \\xff\\xfe there\\r\\n")} + ehloPlain + quit)
        << none << int(NoCert) << int(None) << QString() << true << "none" << "done";
    QTest::newRow("disconnect mid-reply") << QStringList{greet, QStringLiteral("C~ EHLO "), QStringLiteral("R: 250-mail.example.com\\r\\n250-PIPEL"), QStringLiteral("X:")}
        << none << int(NoCert) << int(None) << QString() << false << "disconnected" << "ehlo";
    QTest::newRow("endless AUTH challenges") << (QStringList{greet} + ehloStartTls + startTls + ehloAuth
            + QStringList{QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C*"), QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                          QStringLiteral("C*"), QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C*"), QStringLiteral("S: 334 UGFzc3dvcmQ6")})
        << starttls << int(ValidCert) << int(WithUser | SecretMaySend) << QStringLiteral("LOGIN") << false << "auth-challenge-loop" << "auth";
    QTest::newRow("endless CRAM-MD5 challenges") << (QStringList{greet} + ehloAuth
            + QStringList{QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: 334 PDEyMzQ+"), QStringLiteral("C*"), QStringLiteral("S: 334 PDEyMzQ+"), QStringLiteral("C*")})
        << none << int(NoCert) << int(WithUser | AllowPlaintext) << QStringLiteral("CRAM-MD5") << false << "auth-challenge-loop" << "auth";
}

void TestProbe::conversation()
{
    QFETCH(QStringList, script);
    QFETCH(int, tlsMode);
    QFETCH(int, certificate);
    QFETCH(int, flags);
    QFETCH(QString, mechanism);
    QFETCH(bool, ok);
    QFETCH(QString, errorKind);
    QFETCH(QString, stage);

    FakeSmtpServer server(script);
    const TestCertificates::Pair pair = certificateFor(certificate);
    server.setCertificate(pair.certificate, pair.key);
    server.setImplicitTls(flags & ImplicitServer);
    server.setDripIntervalMs(100);
    QVERIFY(server.listenLocal());

    const ProbeOptions options = optionsFor(server.port(), TlsMode(tlsMode), certificate, pair, flags, mechanism);
    Probe probe(options);
    qint64 elapsed = 0;
    const ProbeReport report = runProbe(probe, 15000, &elapsed);
    const QString transcript = probe.transcript()->toText();
    QVERIFY2(probe.report().stage == report.stage, "finished() was not emitted");
    QVERIFY2(elapsed <= options.timeouts.overallMs + 1500, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    if (flags & (ShortReply | SlowReplyFastOverall)) // ended by its own deadline, not a later one
        QVERIFY2(elapsed <= (flags & ShortReply ? options.timeouts.replyMs : options.timeouts.overallMs) + 1500,
                 qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    QCOMPARE(errorKindName(report.error.kind), errorKind);
    QCOMPARE(report.ok, ok);
    QCOMPARE(stageName(report.stage), stage);
    if (!ok) {
        QVERIFY(!report.diagnosis.isEmpty());
        QVERIFY(transcript.contains(Transcript::mark(Direction::Error, false))
                || transcript.contains(Transcript::mark(Direction::Error, true)));
    }
    if (ok)
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(QLatin1Char('\n'))));

    verifyPasswordStayedHome(transcript, server, flags);
    if (QTest::currentTestFailed())
        return;
    verifyRowSpecifics(report, transcript, server, errorKind, flags);
}

// ECDHE-ECDSA-AES128-SHA was defined before TLS 1.2 and is still used under it: the report must name the
// version the session runs (TLSv1.2), not the oldest one the suite belongs to (it said "SSLv3").
void TestProbe::tlsVersionIsTheSessionsNotTheSuites()
{
    FakeSmtpServer server({QStringLiteral("S: 220 mail.example.com ESMTP"), QStringLiteral("C~ EHLO "), QStringLiteral("S: 250 mail.example.com"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
    server.setCertificate(m_certificates.valid.certificate, m_certificates.valid.key);
    server.setImplicitTls(true);
    server.setTlsOffer(QSsl::TlsV1_2, QByteArrayLiteral("ECDHE-ECDSA-AES128-SHA"));
    QVERIFY(server.listenLocal());

    ProbeOptions options;
    options.host = QStringLiteral("localhost");
    options.port = server.port();
    options.tlsMode = TlsMode::Implicit;
    options.ehloName = QStringLiteral("client.example");
    options.caCertificates = {m_certificates.valid.certificate};
    Probe probe(options);
    qint64 elapsed = 0;
    const ProbeReport report = runProbe(probe, 15000, &elapsed);
    QVERIFY2(report.ok, qPrintable(report.diagnosis));
    QCOMPARE(report.tls.cipher, QStringLiteral("ECDHE-ECDSA-AES128-SHA"));
    QCOMPARE(report.tls.protocol, QStringLiteral("TLSv1.2"));
}

TestCertificates::Pair TestProbe::certificateFor(int certificate) const
{
    switch (certificate) {
    case ValidCert: return m_certificates.valid;
    case ExpiredCert: return m_certificates.expired;
    case WrongHostCert: return m_certificates.wrongHost;
    case UntrustedCert: return m_certificates.untrusted;
    default: return m_certificates.valid;
    }
}

ProbeOptions TestProbe::optionsFor(quint16 port, TlsMode tlsMode, int certificate, const TestCertificates::Pair &pair,
                                   int flags, const QString &mechanism) const
{
    ProbeOptions options;
    options.host = QStringLiteral("localhost");
    options.port = port;
    options.tlsMode = tlsMode;
    options.ehloName = QStringLiteral("client.example");
    // The trusted CA of each row is the certificate the server presents, except for the
    // untrusted one: then the client trusts another certificate entirely.
    options.caCertificates = {certificate == UntrustedCert ? m_certificates.valid.certificate : pair.certificate};
    if (flags & WithUser) {
        options.user = kUser;
        options.secret = kPassword;
        options.authMechanism = mechanism;
    }
    options.allowPlaintextAuth = flags & AllowPlaintext;
    options.acceptAllCertificateErrors = flags & Insecure;
    if (flags & Envelope) {
        options.from = QStringLiteral("a@example.com");
        options.to = {QStringLiteral("b@example.com")};
    }
    if (flags & QuitConnect)
        options.quitAfter = QuitAfter::Connect;
    // Generous for rows that should succeed (the suites run in parallel on small machines);
    // the rows about deadlines set their own.
    options.timeouts.connectMs = 5000;
    options.timeouts.replyMs = 5000;
    options.timeouts.overallMs = 15000;
    if (flags & ShortReply)
        options.timeouts.replyMs = 800;
    if (flags & SlowReplyFastOverall) {
        options.timeouts.replyMs = 20000;
        options.timeouts.overallMs = 1500;
    }
    return options;
}

// The password never appears in the transcript, whatever happened; nor does it reach the server
// unless the row says the server legitimately received it.
void TestProbe::verifyPasswordStayedHome(const QString &transcript, const FakeSmtpServer &server, int flags)
{
    const QByteArray b64 = kPassword.toUtf8().toBase64();
    QVERIFY(!transcript.contains(kPassword));
    QVERIFY(!transcript.contains(QString::fromLatin1(b64)));
    QVERIFY(!transcript.contains(QString::fromLatin1(SaslClient::plainResponse(kUser, kPassword))));
    if (!(flags & SecretMaySend)) {
        QVERIFY(!server.received().contains(kPassword.toUtf8()));
        QVERIFY(!server.received().contains(b64));
        QVERIFY(!server.received().contains(SaslClient::plainResponse(kUser, kPassword)));
    }
}

// Checks that only some rows need, chosen by the row's name.
void TestProbe::verifyRowSpecifics(const ProbeReport &report, const QString &transcript, const FakeSmtpServer &server,
                                   const QString &errorKind, int flags)
{
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (errorKind == QLatin1String("certificate-rejected")) {
        // Nothing at all went over the rejected TLS session.
        QVERIFY2(!server.clientLines().contains("EHLO client.example") || server.clientLines().count("EHLO client.example") <= (flags & ImplicitServer ? 0 : 1),
                 "EHLO was sent over a rejected TLS session");
        QVERIFY(!report.tls.verified);
        QVERIFY(!report.tls.explanations.isEmpty());
        QVERIFY(!report.tls.chain.isEmpty());
    }
    if (row.startsWith(QLatin1String("expired")))
        QVERIFY2(report.tls.verdict().contains(QLatin1String("expired")), qPrintable(report.tls.verdict()));
    if (row.startsWith(QLatin1String("wrong-host")))
        QVERIFY2(report.tls.verdict().contains(QLatin1String("localhost")), qPrintable(report.tls.verdict()));
    if (row.contains(QLatin1String("--insecure")))
        QVERIFY(report.tls.acceptedByUser);
    if (row.contains(QLatin1String("injection"))) {
        QVERIFY(report.injectionSeen);
        QVERIFY(!transcript.contains(QLatin1String("injected")));
        QVERIFY(!transcript.contains(QLatin1String("250 AUTH PLAIN")));
        QVERIFY(!server.tlsStarted());
    }
    if (row == QLatin1String("STARTTLS + AUTH PLAIN")) {
        QVERIFY(report.tls.used);
        QVERIFY(report.tls.verified);
        QVERIFY(report.capabilitiesBeforeTls.offersStartTls());
        QVERIFY(report.capabilitiesBeforeTls.authMechanisms().isEmpty());
        QCOMPARE(report.capabilitiesAfterTls.authMechanisms(), (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
        QVERIFY(report.authenticated);
        QVERIFY(transcript.contains(QLatin1String("AUTH PLAIN ")));
        QVERIFY(report.timing(QStringLiteral("tls")) >= 0);
        QVERIFY(report.timing(QStringLiteral("ehlo_tls")) >= 0);
    }
    if (row == QLatin1String("STARTTLS + AUTH LOGIN"))
        QVERIFY(server.clientLines().contains(kPassword.toUtf8().toBase64())); // the fake saw it, over TLS
    if (row.startsWith(QLatin1String("HELO")))
        QVERIFY(report.usedHelo);
    if (row.startsWith(QLatin1String("control bytes"))) {
        QVERIFY2(transcript.contains(QLatin1String("\\x01")), qPrintable(transcript));
        QVERIFY(!transcript.contains(QChar(0x01)));
        QVERIFY(!transcript.contains(QChar(0x1b)));
    }
    if (row.startsWith(QLatin1String("550")))
        QVERIFY(report.diagnosis.contains(QLatin1String("does not exist")));
    if (row.startsWith(QLatin1String("554 5.7.1")))
        QVERIFY(report.diagnosis.contains(QLatin1String("Relay denied")));
    if (row.startsWith(QLatin1String("450")))
        QVERIFY(report.diagnosis.contains(QLatin1String("greylisting")));
    if (row.startsWith(QLatin1String("plain envelope"))) {
        QVERIFY(server.clientLines().contains("RSET"));
        QVERIFY(!server.clientLines().contains("DATA"));
    }
}

void TestProbe::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probeForPort;
        QVERIFY(probeForPort.listen(QHostAddress::LocalHost, 0));
        port = probeForPort.serverPort();
    }
    ProbeOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.tlsMode = TlsMode::None;
    Probe probe(options);
    qint64 elapsed = 0;
    const ProbeReport report = runProbe(probe, 5000, &elapsed);
    QCOMPARE(report.error.kind, ClientErrorKind::ConnectionRefused);
    QCOMPARE(report.stage, ProbeStage::Connect);
    QVERIFY(report.diagnosis.contains(QLatin1String("refused")));
}

void TestProbe::acceptedCertificateErrorsRerun()
{
    // The dialog's flow: a first run stops at the certificate; the user says yes to exactly
    // those errors; a second run accepts them and goes on.
    const QStringList script{QStringLiteral("S: 220 mail.example.com ESMTP"), QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-mail.example.com"), QStringLiteral("S: 250 STARTTLS"),
                             QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 Go ahead"), QStringLiteral("T:"), QStringLiteral("C~ EHLO "),
                             QStringLiteral("S: 250 mail.example.com"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")};
    QList<QSslError> errors;
    for (int run = 0; run < 2; ++run) {
        FakeSmtpServer server(script);
        server.setCertificate(m_certificates.wrongHost.certificate, m_certificates.wrongHost.key);
        QVERIFY(server.listenLocal());
        ProbeOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = server.port();
        options.tlsMode = TlsMode::StartTls;
        options.caCertificates = {m_certificates.wrongHost.certificate};
        options.acceptedCertificateErrors = errors;
        options.timeouts.replyMs = 2000;
        Probe probe(options);
        QSignalSpy problem(&probe, &Probe::certificateProblem);
        qint64 elapsed = 0;
        const ProbeReport report = runProbe(probe, 10000, &elapsed);
        if (run == 0) {
            QCOMPARE(report.error.kind, ClientErrorKind::CertificateRejected);
            QCOMPARE(problem.size(), 1);
            errors = problem.first().first().value<QList<QSslError>>();
            QVERIFY(!errors.isEmpty());
        } else {
            QVERIFY2(report.ok, qPrintable(report.error.message));
            QVERIFY(report.tls.acceptedByUser);
        }
    }
}

void TestProbe::sendDotStuffsAndHasHeaders()
{
    const QStringList script{QStringLiteral("S: 220 mail.example.com ESMTP"), QStringLiteral("C~ EHLO "), QStringLiteral("S: 250 mail.example.com"),
                             QStringLiteral("C: MAIL FROM:<a@example.com>"), QStringLiteral("S: 250 2.1.0 Ok"),
                             QStringLiteral("C: RCPT TO:<b@example.com>"), QStringLiteral("S: 250 2.1.5 Ok"),
                             QStringLiteral("C: RCPT TO:<c@example.com>"), QStringLiteral("S: 250 2.1.5 Ok"),
                             QStringLiteral("C: DATA"), QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>"), QStringLiteral("DATA:"),
                             QStringLiteral("S: 250 2.0.0 Ok: queued as 1234"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")};
    FakeSmtpServer server(script);
    QVERIFY(server.listenLocal());
    ProbeOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.tlsMode = TlsMode::None;
    options.from = QStringLiteral("a@example.com");
    options.to = {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")};
    options.send = true;
    Probe probe(options);
    qint64 elapsed = 0;
    const ProbeReport report = runProbe(probe, 10000, &elapsed);
    QVERIFY2(report.ok, qPrintable(report.error.message));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(QLatin1Char('\n'))));
    const QByteArray received = server.received();
    for (const char *header : {"\r\nDate: ", "\r\nFrom: <a@example.com>\r\n", "\r\nTo: <b@example.com>, <c@example.com>\r\n",
                               "\r\nSubject: ", "\r\nMessage-ID: <"})
        QVERIFY2(received.contains(header), header);
    QVERIFY(received.contains("\r\n..A line that starts with a dot"));
    QVERIFY(received.contains("\r\n.\r\nQUIT\r\n"));
    QCOMPARE(report.recipients.size(), 2);
    QVERIFY(report.timing(QStringLiteral("data")) >= 0);
}

QTEST_MAIN(TestProbe)
#include "tst_probe.moc"
