// The real MainWindow's lesson, drills and exercises, offscreen: the nine steps typed one by
// one, an out-of-order command, the Fill button, a drill's explanation and the exercise score.
#include "mainwindowfixture.h"
#include "consolewidget.h"
#include "exercisepanel.h"
#include "lesson/lesson.h"
#include "lessonpanel.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace SmtpTutor;

class TestMainWindowLesson : public QObject, private MainWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initTestCase(); }
    void init() { MainWindowFixture::init(); }
    void cleanup() { MainWindowFixture::cleanup(); }

    void walkNineStepsByTyping();
    void outOfOrderCommandShows503AndWhy();
    void fillButtonTypesTheStep();
    void drillExplainsTheFault();
    void exerciseScores();
};

void TestMainWindowLesson::walkNineStepsByTyping()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    auto *progress = child<QProgressBar>("lessonProgressBar");
    auto *phase = child<QLabel>("phaseLabel");
    auto *tls = child<QLabel>("tlsLabel");
    auto *auth = child<QLabel>("authLabel");
    auto *envelope = child<QLabel>("envelopeLabel");
    auto *model = m_window->console()->transcriptPanel()->model();
    QCOMPARE(progress->value(), 0);
    QCOMPARE(phase->text(), QStringLiteral("Phase: not connected"));

    for (int s = 0; s < lesson->steps.size(); ++s) {
        const LessonStep &step = lesson->steps.at(s);
        const int rowsBefore = model->rowCount();
        for (const QString &line : step.fill)
            type(line);
        QTRY_COMPARE(progress->value(), s + 1);
        QTRY_VERIFY(model->rowCount() > rowsBefore);
        // The reply that finished the step is in the model, with the step's code.
        bool found = false;
        for (int r = model->rowCount() - 1; r >= rowsBefore && !found; --r)
            found = model->index(r, 0).data(TranscriptModel::ReplyCodeRole).toInt() == step.doneCode;
        QVERIFY2(found, qPrintable(step.id));

        switch (s) {
        case 0: QCOMPARE(phase->text(), QStringLiteral("Phase: greeted")); break;
        case 1: QCOMPARE(phase->text(), QStringLiteral("Phase: after EHLO")); QCOMPARE(tls->text(), QStringLiteral("TLS off")); break;
        case 2: QCOMPARE(tls->text(), QStringLiteral("TLS on")); break;
        case 3: QCOMPARE(auth->text(), QStringLiteral("Logged in as alice")); break;
        case 4: QCOMPARE(phase->text(), QStringLiteral("Phase: in transaction"));
                QVERIFY(envelope->text().contains(QLatin1String("<alice@example.com>"))); break;
        case 5: QVERIFY(envelope->text().contains(QLatin1String("<bob@example.com>"))); break;
        case 6: QCOMPARE(phase->text(), QStringLiteral("Phase: in DATA")); break;
        case 7: QCOMPARE(phase->text(), QStringLiteral("Phase: after EHLO")); break;
        case 8: QCOMPARE(phase->text(), QStringLiteral("Phase: not connected")); break;
        }
    }
    QCOMPARE(progress->value(), 9);
    QCOMPARE(child<QLabel>("lessonStepTitle")->text(), QStringLiteral("Lesson complete"));
    // The TLS boundary is a row of its own.
    bool boundary = false;
    for (int r = 0; r < model->rowCount(); ++r)
        boundary = boundary || model->index(r, 0).data(TranscriptModel::IsTlsBoundaryRole).toBool();
    QVERIFY(boundary);
}

void TestMainWindowLesson::outOfOrderCommandShows503AndWhy()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    for (int s = 0; s < 4; ++s)
        for (const QString &line : lesson->steps.at(s).fill)
            type(line);
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 4);
    type(QStringLiteral("RCPT TO:<bob@example.com>")); // the step wants MAIL FROM first
    auto *model = m_window->console()->transcriptPanel()->model();
    QTRY_COMPARE(model->rowCount(), int(m_window->session()->transcript()->size()));
    const QModelIndex last = model->index(model->rowCount() - 1, TranscriptModel::TextColumn);
    QCOMPARE(last.data(TranscriptModel::ReplyCodeRole).toInt(), 503);
    QVERIFY(last.data().toString().startsWith(QLatin1String("503")));
    const QString feedback = child<QLabel>("lessonFeedback")->text();
    QVERIFY2(feedback.contains(QLatin1String("503")), qPrintable(feedback));
    QVERIFY2(feedback.contains(QLatin1String("5.5.1")), qPrintable(feedback));
    QVERIFY2(feedback.contains(QLatin1String("MAIL FROM")), qPrintable(feedback)); // what the step wanted, and why
    QCOMPARE(child<QProgressBar>("lessonProgressBar")->value(), 4);
}

void TestMainWindowLesson::fillButtonTypesTheStep()
{
    auto *fill = child<QPushButton>("fillButton");
    auto *edit = child<CommandLineEdit>("commandLineEdit");
    QTest::mouseClick(fill, Qt::LeftButton);
    QCOMPARE(edit->text(), QStringLiteral("telnet mail.example.com 587"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 1);
    QTest::mouseClick(fill, Qt::LeftButton);
    QCOMPARE(edit->text(), QStringLiteral("EHLO laptop.example.org"));
}

void TestMainWindowLesson::drillExplainsTheFault()
{
    QVERIFY(m_window->lessonPanel()->startLesson(QStringLiteral("drill-unknown-user")));
    QCOMPARE(m_window->session()->scenario().name, QStringLiteral("unknown-user"));
    QCOMPARE(child<QComboBox>("scenarioComboBox")->currentData().toString(), QStringLiteral("unknown-user"));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("MAIL FROM:<alice@example.com>"));
    type(QStringLiteral("RCPT TO:<nobody@example.com>"));
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 3);
    QVERIFY(lastTranscriptText().startsWith(QLatin1String("550 5.1.1")));
    QVERIFY(child<QLabel>("lessonFeedback")->text().contains(QLatin1String("550 5.1.1")));
}

void TestMainWindowLesson::exerciseScores()
{
    auto *panel = child<ExercisePanel>("exercisePanel");
    panel->setSeed(1234);
    const ExerciseQuestion first = panel->question();
    QVERIFY(!first.prompt.isEmpty());
    QTest::mouseClick(child<QPushButton>(qPrintable(QStringLiteral("choiceButton%1").arg(first.answer))), Qt::LeftButton);
    QCOMPARE(panel->score().correct, 1);
    QCOMPARE(child<QLabel>("exerciseScoreLabel")->text(), QStringLiteral("Score: 1 of 1"));
    QTest::mouseClick(child<QPushButton>("nextQuestionButton"), Qt::LeftButton);
    const ExerciseQuestion second = panel->question();
    const int wrong = (second.answer + 1) % second.choices.size();
    QTest::mouseClick(child<QPushButton>(qPrintable(QStringLiteral("choiceButton%1").arg(wrong))), Qt::LeftButton);
    QCOMPARE(child<QLabel>("exerciseScoreLabel")->text(), QStringLiteral("Score: 1 of 2"));
    // Same seed, same questions.
    panel->setSeed(1234);
    QCOMPARE(panel->question().prompt, first.prompt);
}

QTEST_MAIN(TestMainWindowLesson)
#include "tst_mainwindow_lesson.moc"
