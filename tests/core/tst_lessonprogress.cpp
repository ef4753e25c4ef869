// Progress kept per lesson (QSettings), and the lesson runner's words for a near miss and for an
// empty line.
#include "lesson/lesson.h"
#include "lesson/lessonprogress.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;

class TestLessonProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void progressIsKeptPerLesson();
    void doneMarkOutlivesStartingOver();
    void oldSingleStepKeyIsStillRead();
    void nearMissVerbGetsASuggestion();
    void misspeltMailFromGetsASuggestion();
    void emptyLineGetsFeedback();

private:
    QTemporaryDir m_settingsDir;
};

void TestLessonProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst-lessonprogress"));
}

void TestLessonProgress::init()
{
    QSettings().clear();
}

void TestLessonProgress::progressIsKeptPerLesson()
{
    LessonProgress::setCurrentId(QStringLiteral("handshake"));
    LessonProgress::record(QStringLiteral("handshake"), 4, 9);
    LessonProgress::setCurrentId(QStringLiteral("drill-greylist"));
    LessonProgress::record(QStringLiteral("drill-greylist"), 2, 5);
    // Switching did not touch the other lesson.
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 4);
    QCOMPARE(LessonProgress::step(QStringLiteral("drill-greylist")), 2);
    QCOMPARE(LessonProgress::currentId(), QStringLiteral("drill-greylist"));
    // A restart of the lesson (step 0 again) keeps the furthest step for Resume.
    LessonProgress::record(QStringLiteral("handshake"), 0, 9);
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 4);
    QVERIFY(!LessonProgress::isDone(QStringLiteral("handshake")));
    QCOMPARE(LessonProgress::step(QStringLiteral("drill-unknown-user")), 0);
}

void TestLessonProgress::doneMarkOutlivesStartingOver()
{
    LessonProgress::record(QStringLiteral("handshake"), 9, 9);
    QVERIFY(LessonProgress::isDone(QStringLiteral("handshake")));
    LessonProgress::forgetStep(QStringLiteral("handshake"));
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 0);
    QVERIFY(LessonProgress::isDone(QStringLiteral("handshake")));
}

void TestLessonProgress::oldSingleStepKeyIsStillRead()
{
    // Settings written before progress was kept per lesson.
    QSettings().setValue(QStringLiteral("lesson/id"), QStringLiteral("handshake"));
    QSettings().setValue(QStringLiteral("lesson/step"), 3);
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 3);
    QCOMPARE(LessonProgress::step(QStringLiteral("drill-greylist")), 0);
}

void TestLessonProgress::nearMissVerbGetsASuggestion()
{
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.start(*Lesson::load(QStringLiteral("handshake"))));
    runner.submit("connect");
    const LessonRunner::Feedback fb = runner.submit("EHOL laptop.example.org");
    QCOMPARE(fb.verdict, LessonRunner::Verdict::WrongLine);
    QCOMPARE(fb.suggestion, QStringLiteral("EHLO laptop.example.org"));
    QVERIFY2(fb.message.contains(QLatin1String("Did you mean \"EHLO laptop.example.org\"?")), qPrintable(fb.message));
    QCOMPARE(fb.replyCode, 500); // the server still answered, as a real one would
}

void TestLessonProgress::misspeltMailFromGetsASuggestion()
{
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.start(*Lesson::load(QStringLiteral("drill-unknown-user"))));
    runner.submit("EHLO laptop.example.org");
    const LessonRunner::Feedback fb = runner.submit("MAIL FORM:<alice@example.com>");
    QVERIFY(fb.replyCode >= 500);
    QVERIFY2(fb.message.contains(QLatin1String("Did you mean \"MAIL FROM:<alice@example.com>\"?")), qPrintable(fb.message));
    // A line that is right gets no guess.
    const LessonRunner::Feedback right = runner.submit("MAIL FROM:<alice@example.com>");
    QVERIFY(right.suggestion.isNull());
    QVERIFY(!right.message.contains(QLatin1String("Did you mean")));
}

void TestLessonProgress::emptyLineGetsFeedback()
{
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.start(*Lesson::load(QStringLiteral("handshake"))));
    runner.submit("connect");
    const LessonRunner::Feedback fb = runner.submit("");
    QCOMPARE(fb.verdict, LessonRunner::Verdict::WrongLine);
    QVERIFY2(fb.message.contains(QLatin1String("empty")), qPrintable(fb.message));
    QCOMPARE(fb.replyCode, 500); // what Postfix says to an empty line
    QCOMPARE(runner.currentStepIndex(), 1);
}

QTEST_GUILESS_MAIN(TestLessonProgress)
#include "tst_lessonprogress.moc"
