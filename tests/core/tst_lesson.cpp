// Lessons are data: every built-in lesson must be walkable with its own model answers against
// the real ServerEngine, and the runner must explain what a wrong command earned.
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "reference/referencecatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

class TestLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLessonsLoad();
    void walkEveryLesson_data();
    void walkEveryLesson();
    void handshakeHasNineStepsAndMasksSecrets();
    void wrongOrderExplainsThe503();
    void refusedStepStartsOver();
    void resumeReplaysToTheSavedStep();
    void rejectsBrokenLessons();
};

void TestLesson::builtInLessonsLoad()
{
    const QStringList ids = Lesson::builtInIds();
    QVERIFY(ids.contains(QStringLiteral("handshake")));
    QCOMPARE(ids.first(), QStringLiteral("handshake")); // tutorials first
    QVERIFY2(ids.size() >= 10, qPrintable(ids.join(u',')));
    for (const char *drill : {"drill-greylist", "drill-mailbox-full", "drill-unknown-user", "drill-relay-denied",
                                 "drill-auth-required", "drill-auth-failed", "drill-size-limit", "drill-shutting-down",
                                 "drill-blacklisted"})
        QVERIFY2(ids.contains(QString::fromLatin1(drill)), drill);
}

void TestLesson::walkEveryLesson_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : Lesson::builtInIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestLesson::walkEveryLesson()
{
    QFETCH(QString, id);
    QString error;
    auto lesson = Lesson::load(id, &error);
    QVERIFY2(lesson, qPrintable(error));
    SimulatorSession session;
    LessonRunner runner(&session);
    QSignalSpy finished(&runner, &LessonRunner::finished);
    QVERIFY2(runner.start(*lesson, &error), qPrintable(error));
    int lines = 0;
    while (!runner.isFinished() && lines < 100) {
        const int step = runner.currentStepIndex();
        const QString line = runner.suggestedLine();
        const auto fb = runner.submit(line.toUtf8());
        ++lines;
        QVERIFY2(fb.verdict == LessonRunner::Verdict::StepDone || fb.verdict == LessonRunner::Verdict::Progress,
                 qPrintable(QStringLiteral("step %1 (%2), line \"%3\": %4")
                                .arg(step + 1).arg(lesson->steps.at(step).id, line, fb.message)));
        if (fb.verdict == LessonRunner::Verdict::StepDone)
            QCOMPARE(fb.replyCode, lesson->steps.at(step).doneCode);
    }
    QVERIFY(runner.isFinished());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.completedSteps(), lesson->steps.size());
}

void TestLesson::handshakeHasNineStepsAndMasksSecrets()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    QCOMPARE(lesson->steps.size(), 9);
    QCOMPARE(lesson->scenario, QStringLiteral("submission"));
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    QVERIFY(!session.isConnected()); // step 1 is "connect"
    while (!runner.isFinished())
        runner.submit(runner.suggestedLine().toUtf8());
    const QString text = session.transcript()->toText();
    QVERIFY(!text.contains(QLatin1String("d29uZGVybGFuZA==")));
    QVERIFY(!text.contains(QLatin1String("YWxpY2U=")));
    QVERIFY(text.contains(QLatin1String("235")));
    QVERIFY(text.contains(QLatin1String("221")));
    // The TLS boundary is in the transcript and later lines are marked as inside TLS.
    bool boundary = false;
    for (const TranscriptEntry &e : session.transcript()->entries())
        boundary = boundary || (e.direction == Direction::Info && e.tls && e.text.startsWith(QLatin1String("TLS started")));
    QVERIFY(boundary);
    QVERIFY(session.transcript()->entries().constLast().tls);
}

void TestLesson::wrongOrderExplainsThe503()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    // Walk to the MAIL FROM step (index 4).
    while (runner.currentStepIndex() < 4)
        runner.submit(runner.suggestedLine().toUtf8());
    const auto fb = runner.submit("RCPT TO:<bob@example.com>");
    QCOMPARE(fb.verdict, LessonRunner::Verdict::WrongLine);
    QCOMPARE(fb.replyCode, 503);
    QCOMPARE(fb.enhancedStatus, QStringLiteral("5.5.1"));
    QVERIFY2(fb.message.contains(QLatin1String("MAIL FROM")), qPrintable(fb.message));
    QCOMPARE(runner.currentStepIndex(), 4); // still on MAIL FROM
    QCOMPARE(session.transcript()->entries().constLast().replyCode, 503);
}

void TestLesson::refusedStepStartsOver()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    while (runner.currentStepIndex() < 3)
        runner.submit(runner.suggestedLine().toUtf8());
    runner.submit("EHLO laptop.example.org");
    QCOMPARE(runner.submit("AUTH LOGIN").replyCode, 334);
    runner.submit("YWxpY2U=");
    const auto fb = runner.submit("d3Jvbmc="); // "wrong"
    QCOMPARE(fb.verdict, LessonRunner::Verdict::Refused);
    QCOMPARE(fb.replyCode, 535);
    QCOMPARE(runner.suggestedLine(), QStringLiteral("EHLO laptop.example.org"));
}

void TestLesson::resumeReplaysToTheSavedStep()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    SimulatorSession session;
    LessonRunner runner(&session);
    QVERIFY(runner.resume(*lesson, 6));
    QCOMPARE(runner.currentStepIndex(), 6);
    QVERIFY(session.engine()->isAuthenticated());
    QCOMPARE(session.engine()->phase(), SessionPhase::HaveRecipients);
}

void TestLesson::rejectsBrokenLessons()
{
    QString error;
    QVERIFY(!Lesson::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}, &error));
    QVERIFY(!error.isEmpty());
    const QJsonObject bad{{QStringLiteral("title"), QStringLiteral("x")},
                          {QStringLiteral("scenario"), QStringLiteral("relay")},
                          {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("s")},
                                                                            {QStringLiteral("kind"), QStringLiteral("dance")},
                                                                            {QStringLiteral("fill"), QStringLiteral("NOOP")}}}}};
    QVERIFY(!Lesson::fromJson(bad, &error));
    QVERIFY(error.contains(QLatin1String("dance")));
    QVERIFY(!Lesson::load(QStringLiteral("/nonexistent/lesson.json"), &error));
}

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
