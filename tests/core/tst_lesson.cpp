// Lessons are data: every built-in lesson must be walkable with its own model answers against
// the real ServerEngine, and the runner must explain what a wrong command earned.
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "reference/referencecatalog.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

Q_DECLARE_METATYPE(SmtpTutor::PersonaId)

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
    void eximCardsShowEximsWords();
};

void TestLesson::eximCardsShowEximsWords()
{
    auto lesson = Lesson::load(QStringLiteral("drill-relay-denied"));
    QVERIFY(lesson);
    const Lesson exim = lesson->wordedBy(PersonaId::Exim, QStringLiteral("mail.example.com"));
    const auto step = [](const Lesson &l, const char *id) {
        for (const LessonStep &s : l.steps) {
            if (s.id == QLatin1String(id))
                return s;
        }
        return LessonStep();
    };
    QCOMPARE(step(*lesson, "rcpt-foreign").doneCode, 554);
    QCOMPARE(step(exim, "rcpt-foreign").doneCode, 550);
    QCOMPARE(step(exim, "rcpt-foreign").expectText, QStringLiteral("550 relay not permitted"));
    QCOMPARE(step(exim, "quit").expectText, QStringLiteral("221 mail.example.com closing connection"));
    QCOMPARE(step(exim, "ehlo").expectText, step(*lesson, "ehlo").expectText); // no situation: as written
    // Postfix's lesson is the lesson as written.
    QCOMPARE(lesson->wordedBy(PersonaId::Postfix, QStringLiteral("x")).steps.at(2).expectText, lesson->steps.at(2).expectText);
    auto blacklisted = Lesson::load(QStringLiteral("drill-blacklisted"));
    QVERIFY(blacklisted);
    QCOMPARE(blacklisted->wordedBy(PersonaId::Exim, QStringLiteral("h")).steps.first().expectText,
        QStringLiteral("554 ... client blocked"));
}

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
    QTest::addColumn<PersonaId>("personality");
    // Every lesson and drill works with both personalities: the codes that complete a step and the
    // reply the step card promises follow the server that speaks.
    for (const QString &id : Lesson::builtInIds()) {
        QTest::newRow(qPrintable(id)) << id << PersonaId::Postfix;
        QTest::newRow(qPrintable(id + QStringLiteral(" (Exim)"))) << id << PersonaId::Exim;
    }
}

void TestLesson::walkEveryLesson()
{
    QFETCH(QString, id);
    QFETCH(PersonaId, personality);
    QString error;
    auto lesson = Lesson::load(id, &error);
    QVERIFY2(lesson, qPrintable(error));
    SimulatorSession session;
    session.setPersonality(personality);
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
        const LessonStep &worded = runner.lesson().steps.at(step);
        if (fb.verdict == LessonRunner::Verdict::StepDone)
            QCOMPARE(fb.replyCode, worded.doneCode);
        // The card promises what this server says: its code, and no enhanced code from Exim.
        QVERIFY2(worded.expectText.startsWith(QString::number(worded.doneCode)) || worded.kind != LessonStep::Kind::Command
                     || worded.id == QLatin1String("auth"),
                 qPrintable(worded.expectText));
        if (personality == PersonaId::Exim)
            QVERIFY2(!worded.expectText.contains(QRegularExpression(QStringLiteral("^\\d{3} [245]\\.\\d"))),
                     qPrintable(worded.expectText));
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
