// The real MainWindow's console, offscreen, driven the way a learner would: message mode,
// history, the detail pane, scenario and personality switches, and no secret in an export or
// a copy.
#include "mainwindowfixture.h"
#include "consolewidget.h"
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

using namespace SmtpTutor;

class TestMainWindowConsole : public QObject, private MainWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initTestCase(); }
    void init() { MainWindowFixture::init(); }
    void cleanup() { MainWindowFixture::cleanup(); }

    void messageModeIsVisible();
    void historyWalksWithUpAndDown();
    void detailPaneExplainsSelectedLine();
    void exportHasNoSecret();
    void switchScenarioChangesGreeting();
    void personalityChangesTheServersWords();
    void copySelectedLinesIsMasked();
};

void TestMainWindowConsole::messageModeIsVisible()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("relay")));
    auto *edit = child<CommandLineEdit>("commandLineEdit");
    auto *mode = child<QLabel>("modeLabel");
    QVERIFY(mode->text().contains(QLatin1String("Command")));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("MAIL FROM:<carol@example.net>"));
    type(QStringLiteral("RCPT TO:<bob@example.com>"));
    type(QStringLiteral("DATA"));
    QTRY_VERIFY(edit->isMessageMode());
    QVERIFY(mode->text().contains(QLatin1String("Message")));
    QVERIFY(edit->placeholderText().contains(QLatin1String("\".\"")));
    QCOMPARE(edit->completer()->model()->rowCount(), 0); // nothing to complete in a message
    type(QStringLiteral("Subject: hi"));
    QTest::keyClick(edit, Qt::Key_Return); // an empty line is part of the message
    type(QStringLiteral("body"));
    type(QStringLiteral("."));
    QTRY_VERIFY(!edit->isMessageMode());
    QVERIFY(lastTranscriptText().startsWith(QLatin1String("250")));
    QVERIFY(mode->text().contains(QLatin1String("Command")));
}

void TestMainWindowConsole::historyWalksWithUpAndDown()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("relay")));
    type(QStringLiteral("EHLO one.example"));
    type(QStringLiteral("NOOP"));
    auto *edit = child<CommandLineEdit>("commandLineEdit");
    QTest::keyClicks(edit, QStringLiteral("dra"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("NOOP"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("EHLO one.example"));
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("dra"));
}

void TestMainWindowConsole::detailPaneExplainsSelectedLine()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("relay")));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("RCPT TO:<bob@example.com>"));
    auto *view = child<QTableView>("transcriptView");
    auto *model = m_window->console()->transcriptPanel()->model();
    QTRY_COMPARE(model->rowCount(), int(m_window->session()->transcript()->size()));
    view->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    const QString detail = child<QTextBrowser>("transcriptDetail")->toPlainText();
    QVERIFY2(detail.contains(QLatin1String("503")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("5.5.1")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("RFC")), qPrintable(detail));
}

void TestMainWindowConsole::exportHasNoSecret()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    for (int s = 0; s < 5; ++s)
        for (const QString &line : lesson->steps.at(s).fill)
            type(line);
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 5);
    QVERIFY(m_window->session()->engine()->isAuthenticated());
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("session.txt"), QStringLiteral("session.json")}) {
        const QString path = dir.filePath(name);
        QVERIFY(m_window->exportTranscript(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.contains("AUTH LOGIN"));
        QVERIFY(data.contains("235"));
        for (const char *secret : {"wonderland", "d29uZGVybGFuZA", "YWxpY2U="})
            QVERIFY2(!data.contains(secret), secret);
    }
    // Nor on screen.
    auto *model = m_window->console()->transcriptPanel()->model();
    QTRY_COMPARE(model->rowCount(), int(m_window->session()->transcript()->size()));
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!model->index(r, 2).data().toString().contains(QLatin1String("d29uZGVybGFuZA")));
}

void TestMainWindowConsole::switchScenarioChangesGreeting()
{
    auto *combo = child<QComboBox>("scenarioComboBox");
    const int blacklisted = combo->findData(QStringLiteral("blacklisted"));
    QVERIFY(blacklisted >= 0);
    combo->setCurrentIndex(blacklisted);
    Q_EMIT combo->activated(blacklisted);
    QTRY_VERIFY(lastTranscriptText().startsWith(QLatin1String("554")));
    QVERIFY(!m_window->lessonRunner()->isActive());
    const int relay = combo->findData(QStringLiteral("relay"));
    combo->setCurrentIndex(relay);
    Q_EMIT combo->activated(relay);
    QTRY_VERIFY(lastTranscriptText().startsWith(QLatin1String("220")));
    QCOMPARE(m_window->session()->scenario().name, QStringLiteral("relay"));
    QCOMPARE(m_window->session()->transcript()->size(), 2); // "connected" + greeting: a fresh transcript
}

void TestMainWindowConsole::personalityChangesTheServersWords()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("relay")));
    auto *combo = child<QComboBox>("personalityComboBox");
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Postfix 3.7"));
    const int exim = combo->findData(QStringLiteral("exim"));
    combo->setCurrentIndex(exim);
    Q_EMIT combo->activated(exim);
    QTRY_VERIFY(lastTranscriptText().contains(QLatin1String("Exim 4.96")));
    QCOMPARE(m_window->session()->scenario().name, QStringLiteral("relay")); // the scenario stays
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("MAIL FROM:<a@example.org>"));
    type(QStringLiteral("RCPT TO:<x@foreign.org>"));
    QTRY_COMPARE(lastTranscriptText(), QStringLiteral("550 relay not permitted"));
    QCOMPARE(QSettings().value(QStringLiteral("simulator/personality")).toString(), QStringLiteral("exim"));
    // Back to Postfix: its own words again.
    const int postfix = combo->findData(QStringLiteral("postfix"));
    combo->setCurrentIndex(postfix);
    Q_EMIT combo->activated(postfix);
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("MAIL FROM:<a@example.org>"));
    type(QStringLiteral("RCPT TO:<x@foreign.org>"));
    QTRY_VERIFY(lastTranscriptText().startsWith(QLatin1String("554 5.7.1")));
}

void TestMainWindowConsole::copySelectedLinesIsMasked()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("auth-required")));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ="));
    auto *view = child<QTableView>("transcriptView");
    auto *model = m_window->console()->transcriptPanel()->model();
    QTRY_COMPARE(model->rowCount(), int(m_window->session()->transcript()->size()));
    view->selectAll();
    m_window->findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("AUTH PLAIN")), qPrintable(copied));
    QVERIFY2(copied.contains(QLatin1String("235")), qPrintable(copied));
    QVERIFY(!copied.contains(QLatin1String("AGFsaWNl")));
    QCOMPARE(copied.count(u'\n') + 1, model->rowCount());
}

QTEST_MAIN(TestMainWindowConsole)
#include "tst_mainwindow_console.moc"
