// The "Practice server" dock, offscreen: start it on a free port, let a real socket client send
// a message, and check what the learner sees: the session with its state and transcript, the
// received message split into headers and body, the client settings; then stop it.

#include "practice/practiceserver.h"
#include "practice/practiceserverdock.h"
#include "practice/practiceserverwidget.h"
#include "tests/core/practicetestclient.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;

class TestPracticeServerDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static PracticeServerWidget *startedWidget(
        PracticeServerDock &dock, const QString &scenario, const QString &certDir)
    {
        PracticeServerWidget *widget = dock.practiceWidget();
        widget->setCertificateDirectory(certDir);
        widget->setPorts(0, 0);
        auto *scenarioBox = widget->findChild<QComboBox *>(QStringLiteral("practiceScenarioComboBox"));
        scenarioBox->setCurrentIndex(scenarioBox->findData(scenario));
        QTest::mouseClick(
            widget->findChild<QPushButton *>(QStringLiteral("practiceStartStopButton")), Qt::LeftButton);
        return widget;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionTranscriptAndMessageAreShown()
    {
        PracticeServerDock dock;
        QCOMPARE(dock.objectName(), QStringLiteral("practiceServerDock"));
        dock.show();
        PracticeServerWidget *widget = startedWidget(dock, QStringLiteral("relay"), m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000); // openssl makes the certificate first
        auto *button = widget->findChild<QPushButton *>(QStringLiteral("practiceStartStopButton"));
        QCOMPARE(button->text(), QStringLiteral("Stop"));
        QVERIFY(!widget->findChild<QComboBox *>(QStringLiteral("practiceScenarioComboBox"))->isEnabled());

        const quint16 port = widget->server()->port();
        QVERIFY(port != 0);
        const QString settings
            = widget->findChild<QPlainTextEdit *>(QStringLiteral("practiceClientSettingsEdit"))
                  ->toPlainText();
        QVERIFY2(settings.contains(QStringLiteral("127.0.0.1")), qPrintable(settings));
        QVERIFY(settings.contains(QStringLiteral("Port %1, security: STARTTLS").arg(port)));
        QVERIFY(settings.contains(QStringLiteral("alice at example.com"))
            || settings.contains(QStringLiteral("alice, bob")));
        QVERIFY(settings.contains(m_dir.path())); // where the certificate to trust is
        QTest::mouseClick(
            widget->findChild<QPushButton *>(QStringLiteral("practiceCopySettingsButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), settings);

        PracticeTestClient client;
        QVERIFY(client.connectPlain(port));
        QCOMPARE(client.readReply()->code(), 220);
        auto *connections = widget->findChild<QTreeWidget *>(QStringLiteral("practiceConnectionsTree"));
        QTRY_COMPARE(connections->topLevelItemCount(), 1);
        QTRY_VERIFY(connections->topLevelItem(0)->text(2).contains(QStringLiteral("EHLO")));
        QCOMPARE(client.command("EHLO gui.example.org"), 250);
        QTRY_VERIFY(connections->topLevelItem(0)->text(2).contains(QStringLiteral("introduced")));
        QCOMPARE(client.command("MAIL FROM:<bob@example.com>"), 250);
        QCOMPARE(client.command("RCPT TO:<alice@example.com>"), 250);
        QCOMPARE(client.command("DATA"), 354);
        client.send("Subject: from the dock test\r\n\r\nBody text.\r\n.");
        QCOMPARE(client.readReply()->code(), 250);
        QCOMPARE(client.command("QUIT"), 221);
        QVERIFY(client.waitClosed());
        QTRY_VERIFY(connections->topLevelItem(0)->text(2).startsWith(QStringLiteral("closed")));

        // The live transcript of the selected session.
        connections->setCurrentItem(connections->topLevelItem(0));
        auto *panel = widget->findChild<TranscriptPanel *>(QStringLiteral("practiceTranscriptPanel"));
        panel->model()->flushPending();
        QVERIFY(panel->model()->rowCount() > 10);
        bool sawMail = false;
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            sawMail = sawMail
                || panel->model()->entry(row)->text == QStringLiteral("MAIL FROM:<bob@example.com>");
        QVERIFY(sawMail);

        // The message, split.
        auto *messages = widget->findChild<QTreeWidget *>(QStringLiteral("practiceMessagesTree"));
        QTRY_COMPARE(messages->topLevelItemCount(), 1);
        messages->setCurrentItem(messages->topLevelItem(0));
        QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("alice@example.com"));
        QCOMPARE(widget->findChild<QPlainTextEdit *>(QStringLiteral("practiceHeadersEdit"))->toPlainText(),
            QStringLiteral("Subject: from the dock test\n"));
        QCOMPARE(widget->findChild<QPlainTextEdit *>(QStringLiteral("practiceBodyEdit"))->toPlainText(),
            QStringLiteral("Body text.\n"));
        QVERIFY(widget->findChild<QPlainTextEdit *>(QStringLiteral("practiceRawEdit"))
                    ->toPlainText()
                    .startsWith(QStringLiteral("Subject: from the dock test\u21b5\n\u21b5\nBody text.")));

        QSignalSpy running(widget, &PracticeServerWidget::runningChanged);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().at(0).toBool(), false);
        QCOMPARE(button->text(), QStringLiteral("Start"));
        // What happened stays readable after the stop.
        QCOMPARE(connections->topLevelItemCount(), 1);
        QCOMPARE(messages->topLevelItemCount(), 1);
    }

    void implicitTlsListenerAndReplay()
    {
        PracticeServerDock dock;
        PracticeServerWidget *widget = dock.practiceWidget();
        QString error;
        QVERIFY2(widget->setRecording(QStringLiteral(SMTP_TUTOR_SOURCE_DIR
                                          "/tests/integration/data/postfix-plain-session.json"),
                     &error),
            qPrintable(error));
        widget->setCertificateDirectory(m_dir.path());
        widget->setPorts(0, 0);
        widget->findChild<QCheckBox *>(QStringLiteral("practiceImplicitTlsCheckBox"))->setChecked(true);
        widget->start();
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000);
        QVERIFY(widget->server()->implicitTlsPort() != 0);
        PracticeTestClient client(
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("localhost-cert.pem"))));
        QVERIFY(client.connectImplicitTls(widget->server()->implicitTlsPort()));
        const std::optional<Reply> greeting = client.readReply();
        QVERIFY(greeting);
        QCOMPARE(greeting->text(),
            QStringLiteral("mail.example.com ESMTP Postfix (Debian/GNU)")); // the recorded one
        QCOMPARE(client.command("QUIT"), 221);
        widget->stop();
        QVERIFY(!widget->isRunning());
    }

    // An implicit-TLS scenario already speaks TLS on its one port: the second port is not opened.
    void implicitScenarioIgnoresTheSecondPort()
    {
        PracticeServerDock dock;
        PracticeServerWidget *widget = dock.practiceWidget();
        auto *scenarios = widget->findChild<QComboBox *>(QStringLiteral("practiceScenarioComboBox"));
        scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("smtps")));
        QVERIFY(scenarios->currentIndex() >= 0);
        widget->setCertificateDirectory(m_dir.path());
        widget->setPorts(0, 0);
        widget->findChild<QCheckBox *>(QStringLiteral("practiceImplicitTlsCheckBox"))->setChecked(true);
        widget->start();
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000);
        QCOMPARE(widget->server()->port(), quint16(0));
        QVERIFY(widget->server()->implicitTlsPort() != 0);
        QVERIFY(!widget->clientSettingsText().contains(QStringLiteral("(chosen at start)")));
        widget->stop();
    }

    void busyPortIsReportedNotHung()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        PracticeServerDock dock;
        PracticeServerWidget *widget = dock.practiceWidget();
        widget->setCertificateDirectory(m_dir.path());
        widget->setPorts(squatter.serverPort(), 0);
        QSignalSpy failed(widget, &PracticeServerWidget::startFailed);
        widget->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        // The set-up's typed error, worded for the form: which port could not be opened.
        const QString error = failed.first().first().toString();
        QVERIFY2(error.startsWith(QStringLiteral("Cannot listen on 127.0.0.1 port %1: ").arg(squatter.serverPort())),
            qPrintable(error));
        QVERIFY(!widget->isRunning());
        QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("practiceStartStopButton"))->isEnabled());
    }
};

QTEST_MAIN(TestPracticeServerDock)
#include "tst_practiceserverdock.moc"
