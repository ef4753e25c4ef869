// ProbeDialog offscreen: the form, a live probe against in-process servers, cancel, the
// certificate question (answered by a hook), "Check all ports", and the password staying out
// of every view.

#include "client/probereport.h"
#include "probe/probedialog.h"
#include "probe/certificatepins.h"
#include "probe/portmatrixview.h"
#include "report/auditreportview.h"
#include "report/checklistview.h"
#include "probe/probedetailpages.h"
#include "probe/proberemedytext.h"
#include "probe/probesummarypage.h"
#include "report/timingwaterfall.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSpinBox>
#include <QSslKey>
#include <QSslSocket>
#include <QApplication>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;

namespace {

const QString kPassword = QStringLiteral("Dialog-Secret-42");

// Answers by command: greeting at once, then a reply chosen by the first word of each line.
// With a certificate it offers STARTTLS and upgrades after its 220.
class AnsweringServer : public QTcpServer
{
public:
    explicit AnsweringServer(bool speak = true) : m_speak(speak) { listen(QHostAddress::LocalHost, 0); }
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        if (!m_certificate.isNull()) {
            socket->setLocalCertificate(m_certificate);
            socket->setPrivateKey(m_key);
        }
        if (!m_speak)
            return;
        socket->write("220 dialog.example ESMTP\r\n");
        QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            const QByteArray data = socket->readAll();
            received += data;
            for (const QByteArray &line : data.split('\n')) {
                const QByteArray verb = line.trimmed().split(' ').first().toUpper();
                if (verb.isEmpty())
                    continue;
                if (verb == "EHLO")
                    socket->write(m_certificate.isNull() || socket->isEncrypted() ? "250-dialog.example\r\n250 AUTH PLAIN\r\n"
                                                                                 : "250-dialog.example\r\n250 STARTTLS\r\n");
                else if (verb == "STARTTLS") {
                    socket->write("220 go ahead\r\n");
                    socket->flush();
                    socket->startServerEncryption();
                } else if (verb == "QUIT") {
                    socket->write("221 bye\r\n");
                    socket->disconnectFromHost();
                } else
                    socket->write("250 ok\r\n");
            }
        });
    }

private:
    bool m_speak = true;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

// A self-signed EC certificate for not-this-host.example, made by openssl in `dir`.
bool makeCertificate(const QTemporaryDir &dir, QSslCertificate *certificate, QSslKey *key)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                              QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"), QStringLiteral("c.pem"),
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=not-this-host.example"),
                                              QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:not-this-host.example")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return false;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("c.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("k.pem")));
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *certificate = certificates.first();
    *key = QSslKey(&keyFile, QSsl::Ec);
    return !key->isNull();
}

} // namespace

class TestProbeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formIsComplete();
    void probeRunsLiveAndReports();
    void credentialsWithheldAndNeverShown();
    void emptyHostIsRefused();
    void injectedFromIsRefusedBeforeConnecting();
    void formProblemsNameAndFocusTheirField_data();
    void formProblemsNameAndFocusTheirField();
    void cancelStopsAtOnce();
    void certificateQuestionThenAcceptedRun();
    void checkAllPorts();
    void checkAllPortsRefusesWhatTheProbeRefuses();
    void diagnosesNameTheDialogsControlsNotFlags();
    void reportWaitsWhileTheQuestionIsOpen();
    void trustedCertificateIsAcceptedOnlyForItsHostAndPort();
    void checkAllPortsIncludesTheTypedPort();
    void auditRunsFromTheDialog();
    void reportIsUsableFromTheKeyboard();
    void auditCanBeCancelled();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_certificateDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    static void fill(ProbeDialog &dialog, quint16 port, int tlsIndex);
};

void TestProbeDialog::initTestCase()
{
    // The remembered certificates go to a settings file of this test's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    QVERIFY(makeCertificate(m_certificateDir, &m_certificate, &m_key));
}

void TestProbeDialog::fill(ProbeDialog &dialog, quint16 port, int tlsIndex)
{
    child<QLineEdit>(dialog, "hostLineEdit")->setText(QStringLiteral("localhost"));
    child<QComboBox>(dialog, "portComboBox")->setEditText(QString::number(port));
    child<QComboBox>(dialog, "tlsComboBox")->setCurrentIndex(tlsIndex);
    child<QLineEdit>(dialog, "ehloLineEdit")->setText(QStringLiteral("tester.example"));
    child<QSpinBox>(dialog, "timeoutSpinBox")->setValue(5);
}

void TestProbeDialog::formIsComplete()
{
    ProbeDialog dialog;
    for (const char *name : {"hostLineEdit", "ehloLineEdit", "userLineEdit", "passwordLineEdit", "fromLineEdit", "toLineEdit"})
        QVERIFY2(child<QLineEdit>(dialog, name), name);
    for (const char *name : {"portComboBox", "tlsComboBox", "authComboBox"})
        QVERIFY2(child<QComboBox>(dialog, name), name);
    for (const char *name : {"probeButton", "portsButton", "cancelButton"})
        QVERIFY2(child<QPushButton>(dialog, name), name);
    QVERIFY(child<QCheckBox>(dialog, "sendCheckBox"));
    QVERIFY(child<QTabWidget>(dialog, "reportTabs"));
    QCOMPARE(child<QLineEdit>(dialog, "passwordLineEdit")->echoMode(), QLineEdit::Password);
    // Choosing the 465 preset switches to implicit TLS.
    QComboBox *ports = child<QComboBox>(dialog, "portComboBox");
    ports->setCurrentIndex(ports->findData(465));
    QCOMPARE(child<QComboBox>(dialog, "tlsComboBox")->currentData().toInt(), int(TlsMode::Implicit));
    QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isEnabled());
}

void TestProbeDialog::probeRunsLiveAndReports()
{
    AnsweringServer server;
    ProbeDialog dialog;
    dialog.show();
    fill(dialog, server.serverPort(), 3); // None
    child<QLineEdit>(dialog, "fromLineEdit")->setText(QStringLiteral("a@example.com"));
    child<QLineEdit>(dialog, "toLineEdit")->setText(QStringLiteral("b@example.com, c@example.com"));
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "probeButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>(dialog, "cancelButton")->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString transcript = child<QPlainTextEdit>(dialog, "transcriptView")->toPlainText();
    QVERIFY(transcript.contains(QLatin1String("<- 220 dialog.example ESMTP")));
    QVERIFY(transcript.contains(QLatin1String("-> RCPT TO:<c@example.com>")));
    QVERIFY(transcript.contains(QLatin1String("-> RSET")));
    QVERIFY(child<ProbeSummaryPage>(dialog, "summaryView")->toPlainText().contains(QLatin1String("Result: OK")));
    QVERIFY(child<CapabilitiesTable>(dialog, "capabilitiesView")->toPlainText().contains(QLatin1String("AUTH PLAIN")));
    QVERIFY(child<ProbeTimingsPage>(dialog, "timingsView")->toPlainText().contains(QLatin1String("In total")));
    QVERIFY(child<TimingWaterfall>(dialog, "timingWaterfall")->barCount() >= 4); // connect, greeting, EHLO, MAIL ...
    QVERIFY(child<QPushButton>(dialog, "probeButton")->isEnabled());
    QVERIFY(!server.received.contains("DATA"));
}

void TestProbeDialog::credentialsWithheldAndNeverShown()
{
    AnsweringServer server;
    ProbeDialog dialog;
    fill(dialog, server.serverPort(), 0); // Auto: no STARTTLS offered
    child<QLineEdit>(dialog, "userLineEdit")->setText(QStringLiteral("alice"));
    child<QLineEdit>(dialog, "passwordLineEdit")->setText(kPassword);
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    child<QPushButton>(dialog, "probeButton")->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(child<ProbeSummaryPage>(dialog, "summaryView")->toPlainText().contains(QLatin1String("NOT sent")));
    for (QPlainTextEdit *view : dialog.findChildren<QPlainTextEdit *>()) {
        QVERIFY(!view->toPlainText().contains(kPassword));
        QVERIFY(!view->toPlainText().contains(QString::fromLatin1(kPassword.toUtf8().toBase64())));
    }
    QVERIFY(!server.received.contains("AUTH"));
    dialog.close();
    QVERIFY(child<QLineEdit>(dialog, "passwordLineEdit")->text().isEmpty()); // not kept after closing
}

void TestProbeDialog::emptyHostIsRefused()
{
    ProbeDialog dialog;
    child<QPushButton>(dialog, "probeButton")->click();
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("host")));
}

void TestProbeDialog::injectedFromIsRefusedBeforeConnecting()
{
    // A From address pasted with a line break and a second command in it: the dialog names the
    // field, puts the cursor there, and nothing connects.
    AnsweringServer server;
    ProbeDialog dialog;
    dialog.show();
    fill(dialog, server.serverPort(), 0);
    child<QLineEdit>(dialog, "fromLineEdit")->setText(QStringLiteral("a@example.com>\r\nVRFY bob\r\nMAIL FROM:<b@example.com"));
    child<QLineEdit>(dialog, "toLineEdit")->setText(QStringLiteral("bob@example.com"));
    QTest::mouseClick(child<QPushButton>(dialog, "probeButton"), Qt::LeftButton);
    const QString status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(status.startsWith(QLatin1String("From:")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("carriage return")), qPrintable(status));
    QTRY_VERIFY(child<QLineEdit>(dialog, "fromLineEdit")->hasFocus());
    QVERIFY(child<QPushButton>(dialog, "probeButton")->isEnabled()); // not busy: no probe started
    QTest::qWait(200);
    QVERIFY(server.received.isEmpty());
}

// The dialog words ProbeOptions::validate()'s problems with its own labels and puts the cursor
// in the field to fix; nothing connects.
void TestProbeDialog::formProblemsNameAndFocusTheirField_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("tlsIndex");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("focused");
    QTest::newRow("port out of range") << "70000" << 0 << "" << "" << "Port:" << "portComboBox";
    QTest::newRow("port that is no number") << "smtp" << 0 << "" << "" << "Port:" << "portComboBox";
    // Encryption "None" with a password and the clear-text box unticked (issue 14: the CLI's rule).
    QTest::newRow("password in clear, not allowed") << "" << 3 << "alice" << kPassword << "Encryption:" << "tlsComboBox";
    // A password and no user: the user name is what is missing (issue 14: the CLI's rule).
    QTest::newRow("password without user") << "" << 0 << "" << kPassword << "User:" << "userLineEdit";
    QTest::newRow("user with a line feed") << "" << 0 << "alice\nbob" << kPassword << "User:" << "userLineEdit";
}

void TestProbeDialog::formProblemsNameAndFocusTheirField()
{
    QFETCH(QString, port);
    QFETCH(int, tlsIndex);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, label);
    QFETCH(QString, focused);
    AnsweringServer server;
    ProbeDialog dialog;
    dialog.show();
    fill(dialog, server.serverPort(), tlsIndex);
    if (!port.isEmpty())
        child<QComboBox>(dialog, "portComboBox")->setEditText(port);
    child<QLineEdit>(dialog, "userLineEdit")->setText(user);
    child<QLineEdit>(dialog, "passwordLineEdit")->setText(password);
    QTest::mouseClick(child<QPushButton>(dialog, "probeButton"), Qt::LeftButton);
    const QString status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(status.startsWith(label), qPrintable(status));
    QVERIFY2(!status.contains(QLatin1String("--")), qPrintable(status)); // no command-line flag
    QVERIFY(!status.contains(kPassword));
    QTRY_VERIFY(dialog.findChild<QWidget *>(focused)->hasFocus());
    QVERIFY(!dialog.isBusy());
    QTest::qWait(100);
    QVERIFY(server.received.isEmpty());
}

void TestProbeDialog::cancelStopsAtOnce()
{
    AnsweringServer silent(false);
    ProbeDialog dialog;
    fill(dialog, silent.serverPort(), 3);
    child<QSpinBox>(dialog, "timeoutSpinBox")->setValue(60);
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    child<QPushButton>(dialog, "probeButton")->click();
    QTest::qWait(200);
    QVERIFY(dialog.isBusy());
    QElapsedTimer clock;
    clock.start();
    child<QPushButton>(dialog, "cancelButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<ProbeSummaryPage>(dialog, "summaryView")->toPlainText().contains(QLatin1String("cancelled")));
}

void TestProbeDialog::certificateQuestionThenAcceptedRun()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                              QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"), QStringLiteral("c.pem"),
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=not-this-host.example"),
                                              QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:not-this-host.example")});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("c.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("k.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    AnsweringServer server;
    server.setCertificate(certificates.first(), QSslKey(&keyFile, QSsl::Ec));

    ProbeDialog dialog;
    dialog.setCaCertificates(certificates); // trusted, but for another name
    fill(dialog, server.serverPort(), 1); // STARTTLS
    QStringList asked;
    dialog.setCertificateQuestion([&asked](const CertificateQuestionInfo &info) {
        asked.append(info.explanation);
        return CertificateAnswer::ThisRunOnly;
    });
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    child<QPushButton>(dialog, "probeButton")->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QLatin1String("localhost")), qPrintable(asked.first()));
    QCOMPARE(finished.first().first().toBool(), true); // the second run, with the errors accepted
    const QString certificate = child<ProbeTlsPage>(dialog, "certificateView")->toPlainText();
    QVERIFY2(certificate.contains(QLatin1String("accepted this for this run only")), qPrintable(certificate));
    QVERIFY(certificate.contains(QLatin1String("not-this-host.example")));
}

void TestProbeDialog::checkAllPorts()
{
    AnsweringServer open;
    quint16 closed = 0;
    {
        QTcpServer temporary;
        QVERIFY(temporary.listen(QHostAddress::LocalHost, 0));
        closed = temporary.serverPort();
    }
    ProbeDialog dialog;
    dialog.setPortCheckPorts({open.serverPort(), closed});
    fill(dialog, 25, 0);
    QSignalSpy finished(&dialog, &ProbeDialog::portCheckFinished);
    child<QPushButton>(dialog, "portsButton")->click();
    QVERIFY(finished.wait(15000));
    const QString ports = child<PortMatrixView>(dialog, "portsView")->toPlainText();
    QVERIFY2(ports.contains(QLatin1String("open")), qPrintable(ports));
    QVERIFY(ports.contains(QLatin1String("closed")));
    QVERIFY(ports.contains(QLatin1String("220 dialog.example")));
    QVERIFY(!dialog.isBusy());
}

// "Check all ports" sends EHLO as well: a host or EHLO name the probe refuses is refused here too
// (the CLI's ports command refuses such a host), and nothing connects.
void TestProbeDialog::checkAllPortsRefusesWhatTheProbeRefuses()
{
    AnsweringServer server;
    ProbeDialog dialog;
    dialog.show();
    dialog.setPortCheckPorts({server.serverPort()});
    fill(dialog, server.serverPort(), 0);
    child<QLineEdit>(dialog, "ehloLineEdit")->setText(QStringLiteral("me\rQUIT"));
    child<QPushButton>(dialog, "portsButton")->click();
    QString status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(status.startsWith(QLatin1String("EHLO name:")), qPrintable(status));
    QTRY_VERIFY(child<QLineEdit>(dialog, "ehloLineEdit")->hasFocus());
    QVERIFY(!dialog.isBusy());

    child<QLineEdit>(dialog, "ehloLineEdit")->setText(QStringLiteral("tester.example"));
    child<QLineEdit>(dialog, "hostLineEdit")->clear();
    child<QPushButton>(dialog, "portsButton")->click();
    status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(status.startsWith(QLatin1String("Host:")), qPrintable(status));
    QVERIFY(!dialog.isBusy());
    QTest::qWait(100);
    QVERIFY(server.received.isEmpty());
}

// The GUI never tells its user to type a command-line flag: a diagnosis says what is wrong, and
// what to change names the dialog's own control (issue 12).
void TestProbeDialog::diagnosesNameTheDialogsControlsNotFlags()
{
    const QRegularExpression flag(QStringLiteral("(^|\\s|\\()--[a-z]"));
    // (1) Credentials withheld: no STARTTLS offered, a user given.
    {
        AnsweringServer server;
        ProbeDialog dialog;
        fill(dialog, server.serverPort(), 0);
        child<QLineEdit>(dialog, "userLineEdit")->setText(QStringLiteral("alice"));
        child<QLineEdit>(dialog, "passwordLineEdit")->setText(kPassword);
        QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
        child<QPushButton>(dialog, "probeButton")->click();
        QVERIFY(finished.wait(10000));
        const QString summary = child<ProbeSummaryPage>(dialog, "summaryView")->toPlainText();
        QVERIFY2(!summary.contains(flag), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("What to change")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("\"Allow the password without TLS\"")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("\"STARTTLS (required)\"")), qPrintable(summary));
    }
    // (2) A silent port: no greeting; TLS from the first byte may be what it wants.
    {
        AnsweringServer silent(false);
        ProbeDialog dialog;
        fill(dialog, silent.serverPort(), 3);
        child<QSpinBox>(dialog, "timeoutSpinBox")->setValue(1);
        QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
        child<QPushButton>(dialog, "probeButton")->click();
        QVERIFY(finished.wait(15000));
        const QString summary = child<ProbeSummaryPage>(dialog, "summaryView")->toPlainText();
        QVERIFY2(!summary.contains(flag), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("\"Implicit TLS\"")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("\"Timeout\"")), qPrintable(summary));
    }
    // (3) Every diagnosis core can give and every remedy the dialog can word.
    ProbeOptions options;
    options.host = QStringLiteral("mail.example.com");
    options.port = 25;
    for (int kind = int(ClientErrorKind::None); kind <= int(ClientErrorKind::UnsafeCommand); ++kind) {
        for (ProbeStage stage : {ProbeStage::Greeting, ProbeStage::Ehlo, ProbeStage::Mail, ProbeStage::Rcpt}) {
            ClientError error;
            error.kind = ClientErrorKind(kind);
            error.stage = stage;
            error.reply = Reply(530, { QStringLiteral("5.7.0 Authentication required") });
            const QString text = diagnose(error, options);
            QVERIFY2(!text.contains(flag), qPrintable(text));
        }
    }
    for (ProbeRemedy remedy : { ProbeRemedy::SetEhloName, ProbeRemedy::GiveCredentials, ProbeRemedy::UseStartTls,
                                ProbeRemedy::UseImplicitTls, ProbeRemedy::RaiseTimeout, ProbeRemedy::TrustCertificate,
                                ProbeRemedy::AllowPlaintextAuth, ProbeRemedy::ResolveMx }) {
        const QString text = ProbeRemedyText::forDialog(remedy);
        QVERIFY2(!text.isEmpty() && !text.contains(flag), qPrintable(text));
    }
    for (QSslError::SslError kind : { QSslError::SelfSignedCertificate, QSslError::CertificateExpired,
                                      QSslError::HostNameMismatch, QSslError::CertificateUntrusted }) {
        const QString text = explainCertificateError(QSslError(kind), QStringLiteral("mail.example.com"));
        QVERIFY2(!text.contains(flag), qPrintable(text));
    }
}

// While the certificate question is open, the report behind it waits; it says FAILED only
// after a "Cancel".
void TestProbeDialog::reportWaitsWhileTheQuestionIsOpen()
{
    AnsweringServer server;
    server.setCertificate(m_certificate, m_key);
    ProbeDialog dialog;
    dialog.setCaCertificates({m_certificate}); // trusted, but for another name
    fill(dialog, server.serverPort(), 1);
    QString headlineWhileAsked;
    QString summaryWhileAsked;
    QString fingerprint;
    dialog.setCertificateQuestion([&](const CertificateQuestionInfo &info) {
        headlineWhileAsked = child<ProbeSummaryPage>(dialog, "summaryView")->headline();
        summaryWhileAsked = child<ProbeSummaryPage>(dialog, "summaryView")->toPlainText();
        fingerprint = info.leaf.sha256;
        return CertificateAnswer::Cancel;
    });
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    child<QPushButton>(dialog, "probeButton")->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(!headlineWhileAsked.isEmpty() && !headlineWhileAsked.contains(QLatin1String("FAILED")), qPrintable(headlineWhileAsked));
    QVERIFY(headlineWhileAsked.contains(QLatin1String("Waiting")));
    QVERIFY2(!summaryWhileAsked.contains(QLatin1String("FAILED")) && !summaryWhileAsked.contains(QLatin1String("not encrypted")),
             qPrintable(summaryWhileAsked));
    QCOMPARE(fingerprint, describeCertificate(m_certificate).sha256);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(child<ProbeSummaryPage>(dialog, "summaryView")->headline().contains(QLatin1String("FAILED")));
    QVERIFY(CertificatePins::all().isEmpty()); // a cancel remembers nothing
}

// "Trust this certificate for this host": the next probe of that host and port goes on without
// asking; the same certificate on another port is asked about again.
void TestProbeDialog::trustedCertificateIsAcceptedOnlyForItsHostAndPort()
{
    QSettings().clear();
    AnsweringServer server;
    server.setCertificate(m_certificate, m_key);
    AnsweringServer otherPort;
    otherPort.setCertificate(m_certificate, m_key);
    ProbeDialog dialog;
    dialog.setCaCertificates({m_certificate});
    int asked = 0;
    dialog.setCertificateQuestion([&asked](const CertificateQuestionInfo &) {
        ++asked;
        return CertificateAnswer::TrustForThisHost;
    });
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    fill(dialog, server.serverPort(), 1);
    child<QPushButton>(dialog, "probeButton")->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(asked, 1);
    QVERIFY(finished.last().first().toBool());
    QVERIFY(CertificatePins::isPinned(QStringLiteral("localhost"), server.serverPort(), describeCertificate(m_certificate).sha256));

    child<QPushButton>(dialog, "probeButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QCOMPARE(asked, 1); // not asked again
    QVERIFY(finished.last().first().toBool());

    fill(dialog, otherPort.serverPort(), 1);
    child<QPushButton>(dialog, "probeButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
    QCOMPARE(asked, 2); // another port: asked
    QCOMPARE(CertificatePins::all().size(), 2);
    QSettings().clear();
}

void TestProbeDialog::checkAllPortsIncludesTheTypedPort()
{
    AnsweringServer typed;
    quint16 closed = 0;
    {
        QTcpServer temporary;
        QVERIFY(temporary.listen(QHostAddress::LocalHost, 0));
        closed = temporary.serverPort();
    }
    ProbeDialog dialog;
    dialog.setPortCheckPorts({closed});
    fill(dialog, typed.serverPort(), 0);
    QSignalSpy finished(&dialog, &ProbeDialog::portCheckFinished);
    child<QPushButton>(dialog, "portsButton")->click();
    QVERIFY(finished.wait(15000));
    auto *matrix = child<PortMatrixView>(dialog, "portsView");
    QVERIFY(matrix->ports().contains(typed.serverPort()));
    QVERIFY(matrix->ports().contains(closed));
    QVERIFY2(matrix->toPlainText().contains(QStringLiteral("%1\topen").arg(typed.serverPort())), qPrintable(matrix->toPlainText()));
}

void TestProbeDialog::auditRunsFromTheDialog()
{
    AnsweringServer server;
    ProbeDialog dialog;
    fill(dialog, server.serverPort(), 0);
    QSignalSpy finished(&dialog, &ProbeDialog::auditFinished);
    child<QPushButton>(dialog, "auditButton")->click();
    QVERIFY(dialog.isBusy());
    QVERIFY(finished.wait(30000));
    QVERIFY(!dialog.isBusy());
    AuditReportView *view = dialog.auditView();
    QVERIFY(view->hasReport());
    QCOMPARE(child<QTabWidget>(dialog, "reportTabs")->currentWidget(), view);
    QVERIFY(!view->gradeText().isEmpty());
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("Audit finished")));
    QVERIFY(!server.received.contains("AUTH"));
}

// A server that never greets: Cancel ends the audit at once, and the report says it could not
// be audited rather than giving it a grade.
void TestProbeDialog::auditCanBeCancelled()
{
    AnsweringServer silent(false);
    ProbeDialog dialog;
    fill(dialog, silent.serverPort(), 1);
    child<QSpinBox>(dialog, "timeoutSpinBox")->setValue(60);
    QSignalSpy finished(&dialog, &ProbeDialog::auditFinished);
    child<QPushButton>(dialog, "auditButton")->click();
    QTest::qWait(300);
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QPushButton>(dialog, "cancelButton")->isEnabled());
    QElapsedTimer clock;
    clock.start();
    child<QPushButton>(dialog, "cancelButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<QPushButton>(dialog, "auditButton")->isEnabled());
    QVERIFY(dialog.auditView()->hasReport());
    QVERIFY2(dialog.auditView()->gradeText() != QLatin1String("A"), qPrintable(dialog.auditView()->gradeText()));
}

// Without a mouse: Tab reaches the check rows and Space opens one; the waterfall takes focus and
// Down picks the next bar; Alt+D starts the audit.
void TestProbeDialog::reportIsUsableFromTheKeyboard()
{
    AnsweringServer server;
    ProbeDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fill(dialog, server.serverPort(), 3);
    QSignalSpy finished(&dialog, &ProbeDialog::probeFinished);
    QTest::keyClick(child<QLineEdit>(dialog, "hostLineEdit"), Qt::Key_Return); // the default button: Probe
    QVERIFY(finished.wait(10000));
    auto *tabs = child<QTabWidget>(dialog, "reportTabs");
    const auto tabUntil = [&dialog](const std::function<bool(QWidget *)> &found) {
        for (int i = 0; i < 60; ++i) {
            if (QApplication::focusWidget() && found(QApplication::focusWidget()))
                return true;
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Tab);
        }
        return false;
    };
    tabs->setCurrentIndex(tabs->indexOf(child<QWidget>(dialog, "summaryScrollArea")));
    tabs->tabBar()->setFocus();
    QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == QLatin1String("checkRowToggle"); }));
    auto *row = qobject_cast<CheckRowWidget *>(QApplication::focusWidget()->parentWidget());
    QVERIFY(row);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(row->isExpanded());

    tabs->setCurrentWidget(child<QWidget>(dialog, "timingsView"));
    tabs->tabBar()->setFocus();
    QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == QLatin1String("timingWaterfall"); }));
    auto *waterfall = child<TimingWaterfall>(dialog, "timingWaterfall");
    QTest::keyClick(waterfall, Qt::Key_Down);
    QCOMPARE(waterfall->currentBar(), 1);

    QSignalSpy audited(&dialog, &ProbeDialog::auditFinished);
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QVERIFY(audited.wait(30000));
    QCOMPARE(tabs->currentWidget(), dialog.auditView());
}

QTEST_MAIN(TestProbeDialog)
#include "tst_probedialog.moc"
