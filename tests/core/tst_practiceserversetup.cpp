// PracticeServerSetup, the practice server's set-up shared by `serve` and the GUI: each option
// that is wrong comes back as its own typed error (never worded for one front end), and a good
// set of options gives a server that a client can talk to.

#include "core/practicetestclient.h"
#include "practice/practicecertificate.h"
#include "practice/practiceserversetup.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;
using Kind = PracticeSetupError::Kind;

Q_DECLARE_METATYPE(SmtpTutor::PracticeServerOptions)
Q_DECLARE_METATYPE(SmtpTutor::PracticeSetupError::Kind)

namespace {

const QString RecordingFile
    = QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/postfix-plain-session.json");

PracticeServerOptions onPortZero()
{
    PracticeServerOptions options;
    options.plain.port = 0;
    return options;
}

} // namespace

class TestPracticeServerSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The relay scenario with STARTTLS switched off: nothing in it needs a certificate.
    QString plainScenarioFile()
    {
        QFile relay(QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/resources/scenarios/relay.json"));
        if (!relay.open(QIODevice::ReadOnly))
            qFatal("relay.json");
        QJsonObject object = QJsonDocument::fromJson(relay.readAll()).object();
        object.insert(QStringLiteral("name"), QStringLiteral("plain-only"));
        object.insert(QStringLiteral("offersStartTls"), false);
        object.insert(QStringLiteral("requiresTlsForAuth"), false);
        return writeFile(QStringLiteral("plain-only.json"), QJsonDocument(object).toJson());
    }

    PracticeServerOptions withCertificates(PracticeServerOptions options) const
    {
        options.certificateDirectory = m_dir.filePath(QStringLiteral("certs"));
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultsPlayPostfixOrTheReferenceExim()
    {
        PracticeSetupError error;
        const std::optional<PracticeServerSetup> postfix = PracticeServerSetup::prepare({}, &error);
        QVERIFY(postfix);
        QCOMPARE(postfix->scenario().name, QStringLiteral("relay"));
        QCOMPARE(postfix->scenario().personality, PersonaId::Postfix);
        QVERIFY(!postfix->isReplay());
        QVERIFY(postfix->needsTls()); // relay offers STARTTLS

        PracticeServerOptions options;
        options.personality = PersonaId::Exim;
        const std::optional<PracticeServerSetup> exim = PracticeServerSetup::prepare(options, &error);
        QVERIFY(exim);
        QCOMPARE(exim->scenario().name, QStringLiteral("one-port"));
        QCOMPARE(exim->scenario().personality, PersonaId::Exim);
    }

    void personalityCombinesWithAnyScenario()
    {
        PracticeServerOptions options;
        options.scenario = QStringLiteral("greylist");
        options.personality = PersonaId::Exim;
        PracticeSetupError error;
        const std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY(setup);
        QCOMPARE(setup->scenario().name, QStringLiteral("greylist"));
        QCOMPARE(setup->scenario().personality, PersonaId::Exim);
    }

    void recordingFileIsReplayed()
    {
        PracticeServerOptions options;
        options.scenario = RecordingFile;
        PracticeSetupError error;
        const std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY2(setup, qPrintable(error.detail));
        QVERIFY(setup->isReplay());
        QCOMPARE(setup->scenario().hostname, QStringLiteral("mail.example.com"));
    }

    void badOptionsAreTypedErrors_data()
    {
        QTest::addColumn<PracticeServerOptions>("options");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("hasDetail");

        PracticeServerOptions options;
        options.limits.maxConnections = 0;
        QTest::newRow("no connections") << options << Kind::MaxConnectionsOutOfRange << false;
        options = {};
        options.limits.maxConnections = PracticeServerSetup::MaxConnections + 1;
        QTest::newRow("too many connections") << options << Kind::MaxConnectionsOutOfRange << false;
        options = {};
        options.limits.idleTimeoutMs = PracticeServerSetup::MinIdleTimeoutMs - 1;
        QTest::newRow("idle too short") << options << Kind::IdleTimeoutOutOfRange << false;
        options = {};
        options.limits.idleTimeoutMs = PracticeServerSetup::MaxIdleTimeoutMs + 1;
        QTest::newRow("idle too long") << options << Kind::IdleTimeoutOutOfRange << false;
        options = {};
        options.certificateFile = QStringLiteral("/tmp/cert.pem");
        QTest::newRow("certificate without key") << options << Kind::CertificateWithoutKey << false;
        options = {};
        options.keyFile = QStringLiteral("/tmp/key.pem");
        QTest::newRow("key without certificate") << options << Kind::CertificateWithoutKey << false;
        options = {};
        options.scenario = QStringLiteral("no-such-scenario");
        QTest::newRow("unknown scenario") << options << Kind::ScenarioNotLoaded << true;
        options.scenario = writeFile(QStringLiteral("broken.json"), "{ \"name\": ");
        QTest::newRow("scenario file not JSON") << options << Kind::ScenarioNotLoaded << true;
        // It looks like a recording (entries with "dir" and "text") but the server never spoke.
        options.scenario = writeFile(
            QStringLiteral("no-greeting.json"), R"([{"dir": "client", "text": "EHLO client.example.org"}])");
        QTest::newRow("recording without a greeting") << options << Kind::RecordingNotLoaded << true;
        options.scenario = RecordingFile;
        options.personality = PersonaId::Exim;
        QTest::newRow("personality for a recording file")
            << options << Kind::PersonalityForRecording << false;
        options = {};
        options.recording = ReplayScenario::load(RecordingFile);
        options.personality = PersonaId::Postfix;
        QTest::newRow("personality for a loaded recording")
            << options << Kind::PersonalityForRecording << false;
        // An exam brings its own scenario; another one beside it would be silently ignored.
        options = {};
        options.exam = ExamOptions { ExamId::Greylist };
        options.scenario = QStringLiteral("relay");
        QTest::newRow("exam with a scenario") << options << Kind::ExamWithScenario << false;
        options = {};
        options.exam = ExamOptions { ExamId::Greylist };
        options.recording = ReplayScenario::load(RecordingFile);
        QTest::newRow("exam with a recording") << options << Kind::ExamWithScenario << false;
    }

    void examPlaysItsOwnScenario()
    {
        PracticeServerOptions options;
        options.exam = ExamOptions { ExamId::StripStartTls };
        options.personality = PersonaId::Exim;
        PracticeSetupError error;
        const std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY2(setup, qPrintable(error.detail));
        QVERIFY(!setup->isReplay());
        QCOMPARE(setup->scenario().hostname, QStringLiteral("mail.example.com"));
        QCOMPARE(setup->scenario().personality, PersonaId::Exim);
        QVERIFY(!setup->scenario().offersStartTls);
    }

    void badOptionsAreTypedErrors()
    {
        QFETCH(PracticeServerOptions, options);
        QFETCH(Kind, kind);
        QFETCH(bool, hasDetail);
        PracticeSetupError error;
        QVERIFY(!PracticeServerSetup::prepare(options, &error));
        QCOMPARE(error.kind, kind);
        QCOMPARE(!error.detail.isEmpty(), hasDetail);
    }

    void limitsAtTheirBoundsAreAccepted()
    {
        PracticeServerOptions options;
        options.limits.maxConnections = PracticeServerSetup::MinConnections;
        options.limits.idleTimeoutMs = PracticeServerSetup::MaxIdleTimeoutMs;
        PracticeSetupError error;
        QVERIFY(PracticeServerSetup::prepare(options, &error));
        options.limits.maxConnections = PracticeServerSetup::MaxConnections;
        options.limits.idleTimeoutMs = PracticeServerSetup::MinIdleTimeoutMs;
        QVERIFY(PracticeServerSetup::prepare(options, &error));
    }

    void ownCertificateThatDoesNotLoad()
    {
        PracticeServerOptions options;
        options.certificateFile = writeFile(QStringLiteral("not-a-cert.pem"), "hello");
        options.keyFile = writeFile(QStringLiteral("not-a-key.pem"), "hello");
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY(setup);
        QVERIFY(!setup->loadCertificateBlocking(&error));
        QCOMPARE(error.kind, Kind::CertificateNotLoaded);
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(setup->certificateSource(), PracticeServerSetup::CertificateSource::None);
    }

    void selfSignedCertificateThatCannotBeMade()
    {
        PracticeServerOptions options;
        // A folder cannot be made below a plain file.
        options.certificateDirectory = writeFile(QStringLiteral("a-file"), "x") + QStringLiteral("/certs");
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY(setup);
        QVERIFY(!setup->loadCertificateBlocking(&error));
        QCOMPARE(error.kind, Kind::CertificateNotMade);
        QVERIFY(!error.detail.isEmpty());
    }

    void noCertificateIsMadeWithoutTls()
    {
        PracticeServerOptions options = withCertificates(onPortZero());
        options.certificateDirectory = m_dir.filePath(QStringLiteral("unused-certs"));
        options.scenario = plainScenarioFile();
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY2(setup, qPrintable(error.detail));
        QVERIFY(!setup->needsTls());
        QVERIFY(setup->loadCertificateBlocking(&error));
        QCOMPARE(setup->certificateSource(), PracticeServerSetup::CertificateSource::None);
        QVERIFY(!QFile::exists(PracticeCertificate::certificatePath(options.certificateDirectory)));
        const std::unique_ptr<PracticeServer> server = setup->listen(&error);
        QVERIFY(server);
        QVERIFY(!server->hasTlsConfiguration());
    }

    void startTlsServerGreetsAndUpgrades()
    {
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup
            = PracticeServerSetup::prepare(withCertificates(onPortZero()), &error);
        QVERIFY(setup);
        QVERIFY2(setup->loadCertificateBlocking(&error), qPrintable(error.detail));
        QCOMPARE(setup->certificateSource(), PracticeServerSetup::CertificateSource::SelfSigned);
        QCOMPARE(setup->certificateFile(),
            PracticeCertificate::certificatePath(setup->options().certificateDirectory));
        const std::unique_ptr<PracticeServer> server = setup->listen(&error);
        QVERIFY2(server, qPrintable(error.detail));
        QCOMPARE(server->address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(server->implicitTlsPort(), quint16(0));

        PracticeTestClient client(QSslCertificate::fromPath(setup->certificateFile()));
        QVERIFY(client.connectPlain(server->port()));
        QVERIFY(client.readReply());
        QCOMPARE(client.command("EHLO client.example.org"), 250);
        QCOMPARE(client.command("STARTTLS"), 220);
        QVERIFY(client.startTls());
        QCOMPARE(client.command("EHLO client.example.org"), 250);
    }

    void implicitScenarioMakesTheOneListenerSpeakTls()
    {
        PracticeServerOptions options = withCertificates(onPortZero());
        options.scenario = QStringLiteral("smtps");
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY(setup);
        QVERIFY(setup->plainListenerSpeaksTls());
        QVERIFY2(setup->loadCertificateBlocking(&error), qPrintable(error.detail));
        const std::unique_ptr<PracticeServer> server = setup->listen(&error);
        QVERIFY2(server, qPrintable(error.detail));
        QCOMPARE(server->port(), quint16(0)); // no plain listener
        PracticeTestClient client(QSslCertificate::fromPath(setup->certificateFile()));
        QVERIFY(client.connectImplicitTls(server->implicitTlsPort()));
        const std::optional<Reply> greeting = client.readReply();
        QVERIFY(greeting);
        QCOMPARE(greeting->code(), 220);
    }

    void portInUseIsReportedWithItsListener()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        PracticeServerOptions options = withCertificates({});
        options.plain.port = squatter.serverPort();
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY(setup);
        QVERIFY(!setup->listen(&error));
        QCOMPARE(error.kind, Kind::ListenFailed);
        QCOMPARE(error.listener, PracticeSetupError::Listener::Plain);
        QCOMPARE(error.port, squatter.serverPort());
        QCOMPARE(error.address, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!error.detail.isEmpty());
    }

    void implicitPortInUseClosesThePlainListenerAgain()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        quint16 freePort = 0;
        {
            QTcpServer probe; // a port that was free a moment ago
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            freePort = probe.serverPort();
        }
        PracticeServerOptions options = withCertificates({});
        options.plain.port = freePort;
        options.implicitTls
            = PracticeListenAddress { QHostAddress(QHostAddress::LocalHost), squatter.serverPort() };
        PracticeSetupError error;
        std::optional<PracticeServerSetup> setup = PracticeServerSetup::prepare(options, &error);
        QVERIFY(setup);
        QVERIFY2(setup->loadCertificateBlocking(&error), qPrintable(error.detail));
        QVERIFY(!setup->listen(&error));
        QCOMPARE(error.kind, Kind::ListenFailed);
        QCOMPARE(error.listener, PracticeSetupError::Listener::ImplicitTls);
        QCOMPARE(error.port, squatter.serverPort());
        // Nothing stays listening: the plain port is free again.
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, freePort));
    }
};

QTEST_MAIN(TestPracticeServerSetup)
#include "tst_practiceserversetup.moc"
