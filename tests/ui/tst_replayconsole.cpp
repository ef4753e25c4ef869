// The window's server picker replays a recorded real server in the console: the recording is
// opened like a scenario file, the console hears the recorded words, the personality picker
// rests (a recording speaks as the server it came from), and New Session keeps replaying.

#include "lesson/simulatorsession.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "session/transcript.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace SmtpTutor;

namespace {
QString recordingFile()
{
    return QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/postfix-plain-session.json");
}

bool transcriptHas(const SimulatorSession &session, const QString &text)
{
    for (const TranscriptEntry &entry : session.transcript()->entries()) {
        if (entry.text == text)
            return true;
    }
    return false;
}
} // namespace

class TestReplayConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordingPlaysInTheConsole();
    void aScenarioAfterwardsWakesThePersonalityPicker();
    void aLessonEndsTheReplay();
    void theRecordingIsRestoredNextTime();
    void aBrokenRecordingKeepsTheCurrentServer();

private:
    QTemporaryDir m_settingsDir;
};

void TestReplayConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorReplayConsoleTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-test"));
}

void TestReplayConsole::recordingPlaysInTheConsole()
{
    MainWindow window;
    QVERIFY(window.selectScenario(recordingFile()));
    SimulatorSession *session = window.session();
    QVERIFY(session->isReplaying());
    QVERIFY(session->isConnected());
    QVERIFY(transcriptHas(*session, QStringLiteral("220 mail.example.com ESMTP Postfix (Debian/GNU)")));

    auto *scenarios = window.findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
    auto *personality = window.findChild<QComboBox *>(QStringLiteral("personalityComboBox"));
    QVERIFY(scenarios && personality);
    QCOMPARE(scenarios->currentText(), QStringLiteral("postfix-plain-session.json"));
    QVERIFY(!personality->isEnabled());
    QVERIFY(personality->toolTip().contains(QStringLiteral("recorded")));

    // New Session drops the connection and connects to the same recording again.
    window.findChild<QAction *>(QStringLiteral("newSessionAction"))->trigger();
    QVERIFY(session->isReplaying());
    QVERIFY(session->isConnected());
    QVERIFY(transcriptHas(*session, QStringLiteral("220 mail.example.com ESMTP Postfix (Debian/GNU)")));
}

void TestReplayConsole::aScenarioAfterwardsWakesThePersonalityPicker()
{
    MainWindow window;
    QVERIFY(window.selectScenario(recordingFile()));
    QVERIFY(window.selectScenario(QStringLiteral("relay")));
    QVERIFY(!window.session()->isReplaying());
    auto *personality = window.findChild<QComboBox *>(QStringLiteral("personalityComboBox"));
    QVERIFY(personality->isEnabled());
    QVERIFY(!transcriptHas(*window.session(), QStringLiteral("220 mail.example.com ESMTP Postfix (Debian/GNU)")));
}

void TestReplayConsole::aLessonEndsTheReplay()
{
    MainWindow window;
    QVERIFY(window.selectScenario(recordingFile()));
    QVERIFY(window.lessonPanel()->startLesson(QStringLiteral("handshake")));
    QVERIFY(!window.session()->isReplaying());
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("personalityComboBox"))->isEnabled());
}

void TestReplayConsole::theRecordingIsRestoredNextTime()
{
    {
        MainWindow window;
        QVERIFY(window.selectScenario(recordingFile()));
        window.close(); // writes the settings
    }
    QSettings().setValue(QStringLiteral("lesson/active"), false);
    MainWindow again;
    QVERIFY(again.session()->isReplaying());
    QCOMPARE(again.session()->replaySource(), recordingFile());
}

void TestReplayConsole::aBrokenRecordingKeepsTheCurrentServer()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // It looks like a recording (a transcript array) but has no server line to replay.
    file.write(R"({"transcript": [{"dir": "client", "text": "EHLO x"}]})");
    file.close();
    MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("relay")));
    // A modal message box would block the test: close it as soon as it shows.
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!window.selectScenario(broken));
    QVERIFY(!window.session()->isReplaying());
    QCOMPARE(window.session()->scenario().name, QStringLiteral("relay"));
}

QTEST_MAIN(TestReplayConsole)
#include "tst_replayconsole.moc"
