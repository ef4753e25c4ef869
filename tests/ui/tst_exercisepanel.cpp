// The exercise panel, offscreen, driven from the keyboard the way a learner would: it opens on
// a question, digits and Enter answer and go on, a round ends with a score, the retry asks
// exactly the missed questions, a session is ordered with Alt+Up/Down, and a typed command is
// judged by the command parser.
#include "exercisepanel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SmtpTutor;
using Kind = ExerciseQuestion::Kind;

class TestExercisePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithAQuestion();
    void opensWithAQuestionInTheMainWindow();
    void digitsAnswerAndEnterGoesOn();
    void arrowsAndEnterAnswer();
    void roundEndsWithScoreAndRetryAsksTheMissed();
    void orderWithAltArrowsAndCheck();
    void wrongOrderShowsTheRightOne();
    void orderButtonsMoveTheSelectedCommand();
    void typedCommandIsJudgedByTheParser();
    void screenshots();

private:
    template<typename T> T *child(const char *name) const
    {
        T *w = m_root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    // A key as the learner presses it: to whatever has the focus.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void chooseKind(Kind kind);
    QString resultText() const { return child<QLabel>("exerciseResult")->text(); }
    QString progress() const { return child<QLabel>("exerciseProgressLabel")->text(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ExercisePanel> m_panel;
    QWidget *m_root = nullptr; // where child() looks: the panel, or a whole window
};

void TestExercisePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-exercise-test"));
}

void TestExercisePanel::init()
{
    m_panel = std::make_unique<ExercisePanel>();
    m_panel->resize(480, 860);
    m_panel->show();
    m_root = m_panel.get();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow(); // keys go to the focus widget of the active window
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestExercisePanel::cleanup()
{
    m_root = nullptr;
    m_panel.reset();
}

void TestExercisePanel::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
}

void TestExercisePanel::chooseKind(Kind kind)
{
    auto *combo = child<QComboBox>("exerciseKindComboBox");
    const int index = combo->findData(int(kind));
    QVERIFY(index > 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // what picking it from the popup does
}

void TestExercisePanel::opensWithAQuestion()
{
    QVERIFY(!m_panel->question().prompt.isEmpty());
    QVERIFY(child<QLabel>("exercisePrompt")->isVisible());
    QCOMPARE(child<QLabel>("exercisePrompt")->text(), m_panel->question().prompt);
    QCOMPARE(progress(), QStringLiteral("Question 1 of 10"));
    QVERIFY(child<QPushButton>("choiceButton0")->isVisible()); // a mixed round opens with a reply code
    // Each answer is as tall as its text, not stretched to the room a longer kind of question needs.
    for (int i = 0; i < m_panel->question().choices.size(); ++i) {
        const auto *button = child<QPushButton>(qPrintable(QStringLiteral("choiceButton%1").arg(i)));
        QVERIFY2(button->height() <= button->heightForWidth(button->width()) + 2,
                 qPrintable(QStringLiteral("%1 px high for %2").arg(button->height()).arg(button->heightForWidth(button->width()))));
    }
}

void TestExercisePanel::opensWithAQuestionInTheMainWindow()
{
    m_panel.reset();
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.isComplete());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("exerciseDock"));
    auto *prompt = window.findChild<QLabel *>(QStringLiteral("exercisePrompt"));
    QVERIFY(prompt);
    // Behind the Lesson tab the panel waits: nothing is drawn for someone who never looks.
    QVERIFY(prompt->visibleRegion().isEmpty());
    QVERIFY(prompt->text().isEmpty());
    dock->raise(); // the learner clicks the Exercises tab
    // The question is there the moment the panel is on screen, not a frame later.
    QTRY_VERIFY(!prompt->visibleRegion().isEmpty());
    QVERIFY(!prompt->text().isEmpty());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("choiceButton0"))->isVisible());
}

void TestExercisePanel::digitsAnswerAndEnterGoesOn()
{
    m_panel->setSeed(11);
    child<QPushButton>("choiceButton0")->setFocus();
    const ExerciseQuestion first = m_panel->question();
    QVERIFY(first.isMultipleChoice());
    press(Qt::Key(Qt::Key_1 + first.answer));
    QCOMPARE(m_panel->score().answered, 1);
    QCOMPARE(m_panel->score().correct, 1);
    QVERIFY2(resultText().contains(QLatin1String("Right!")), qPrintable(resultText()));
    QCOMPARE(child<QLabel>("exerciseScoreLabel")->text(), QStringLiteral("Score: 1 of 1"));
    // A second digit does not change the answer.
    press(Qt::Key(Qt::Key_1 + (first.answer + 1) % int(first.choices.size())));
    QCOMPARE(m_panel->score().answered, 1);

    press(Qt::Key_Return);
    QCOMPARE(progress(), QStringLiteral("Question 2 of 10"));
    QVERIFY(m_panel->question().prompt != first.prompt);
    QVERIFY(resultText().isEmpty());

    // A wrong digit is marked wrong, and Enter still goes on.
    const ExerciseQuestion second = m_panel->question();
    QVERIFY(second.isMultipleChoice());
    press(Qt::Key(Qt::Key_1 + (second.answer + 1) % int(second.choices.size())));
    QVERIFY2(resultText().contains(QLatin1String("Not quite.")), qPrintable(resultText()));
    QCOMPARE(child<QLabel>("exerciseScoreLabel")->text(), QStringLiteral("Score: 1 of 2"));
    press(Qt::Key_Enter);
    QCOMPARE(progress(), QStringLiteral("Question 3 of 10"));
}

void TestExercisePanel::arrowsAndEnterAnswer()
{
    chooseKind(Kind::ReplyCodeMeaning);
    child<QPushButton>("choiceButton0")->setFocus();
    const ExerciseQuestion q = m_panel->question();
    for (int i = 0; i < q.answer; ++i)
        press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("choiceButton%1").arg(q.answer));
    press(Qt::Key_Return);
    QCOMPARE(m_panel->score().correct, 1);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nextQuestionButton"));
    press(Qt::Key_Return);
    QCOMPARE(progress(), QStringLiteral("Question 2 of 10"));
    // The new question's answers have the focus again: Up from the first stays there.
    press(Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("choiceButton0"));
}

void TestExercisePanel::roundEndsWithScoreAndRetryAsksTheMissed()
{
    chooseKind(Kind::ReplyCodeMeaning);
    child<QPushButton>("choiceButton0")->setFocus();
    QStringList missed;
    for (int i = 0; i < 10; ++i) {
        const ExerciseQuestion q = m_panel->question();
        const bool right = i % 3 == 0; // questions 1, 4, 7, 10 right; six wrong
        if (!right)
            missed << q.prompt;
        press(Qt::Key(Qt::Key_1 + (right ? q.answer : (q.answer + 1) % int(q.choices.size()))));
        press(Qt::Key_Return);
    }
    QVERIFY(m_panel->round().isFinished());
    QVERIFY(child<QWidget>("exerciseScorePage")->isVisible());
    QCOMPARE(child<QLabel>("exerciseFinalScoreLabel")->text(), QStringLiteral("4 of 10 right"));
    QCOMPARE(progress(), QStringLiteral("Round complete"));
    const QString missedText = child<QLabel>("exerciseMissedLabel")->text();
    for (const QString &prompt : std::as_const(missed))
        QVERIFY2(missedText.contains(prompt.toHtmlEscaped()), qPrintable(prompt));

    // Enter takes the focused "Retry the 6 missed".
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>("retryMissedButton"));
    QVERIFY(child<QPushButton>("retryMissedButton")->text().contains(QLatin1String("6")));
    press(Qt::Key_Return);
    QCOMPARE(m_panel->round().size(), 6);
    QCOMPARE(progress(), QStringLiteral("Question 1 of 6"));
    QStringList asked;
    for (int i = 0; i < 6; ++i) {
        asked << m_panel->question().prompt;
        press(Qt::Key(Qt::Key_1 + m_panel->question().answer));
        press(Qt::Key_Return);
    }
    QCOMPARE(asked, missed);
    QCOMPARE(child<QLabel>("exerciseFinalScoreLabel")->text(), QStringLiteral("6 of 6 right"));
    QVERIFY(child<QPushButton>("retryMissedButton")->isHidden()); // nothing left to retry
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>("newRoundButton"));
    press(Qt::Key_Return);
    QCOMPARE(progress(), QStringLiteral("Question 1 of 10"));
}

void TestExercisePanel::orderWithAltArrowsAndCheck()
{
    m_panel->setSeed(5);
    chooseKind(Kind::CommandOrder);
    auto *list = child<QListWidget>("exerciseOrderList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove); // the mouse way
    const ExerciseQuestion q = m_panel->question();
    QCOMPARE(q.kind, Kind::CommandOrder);
    list->setFocus();
    // Sort by keyboard only: walk to each command with Up/Down, lift it with Alt+Up.
    for (int target = 0; target < q.correctOrder.size(); ++target) {
        int source = target;
        while (list->item(source)->text() != q.correctOrder.at(target))
            ++source;
        while (list->currentRow() < source)
            press(Qt::Key_Down);
        while (list->currentRow() > source)
            press(Qt::Key_Up);
        for (int i = source; i > target; --i)
            press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(list->item(target)->text(), q.correctOrder.at(target));
    }
    QCOMPARE(m_panel->score().answered, 0); // moving is not answering
    press(Qt::Key_Return);
    QCOMPARE(m_panel->score().answered, 1);
    QCOMPARE(m_panel->score().correct, 1);
    QVERIFY2(resultText().contains(QLatin1String("Right!")), qPrintable(resultText()));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("✓")));
    press(Qt::Key_Return);
    QCOMPARE(progress(), QStringLiteral("Question 2 of %1").arg(m_panel->round().size()));
}

void TestExercisePanel::wrongOrderShowsTheRightOne()
{
    chooseKind(Kind::CommandOrder);
    const ExerciseQuestion q = m_panel->question();
    auto *list = child<QListWidget>("exerciseOrderList");
    list->setFocus();
    press(Qt::Key_Down, Qt::AltModifier); // still not the right order? check as it stands
    const ExerciseAnswer asShown = ExerciseAnswer::ordering([&] {
        QStringList rows;
        for (int row = 0; row < list->count(); ++row)
            rows << list->item(row)->text();
        return rows;
    }());
    const bool expectRight = q.check(asShown).correct;
    QTest::mouseClick(child<QPushButton>("checkOrderButton"), Qt::LeftButton);
    QCOMPARE(m_panel->score().correct, expectRight ? 1 : 0);
    if (expectRight)
        QSKIP("one move happened to solve it; the other order tests cover the wrong case");
    const QString result = resultText();
    QVERIFY2(result.contains(QLatin1String("Not quite.")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("The right order:")), qPrintable(result));
    qsizetype at = 0;
    for (const QString &command : q.correctOrder) { // listed, in order
        at = result.indexOf(command.toHtmlEscaped(), at);
        QVERIFY2(at >= 0, qPrintable(command));
    }
    // The learner's rows stay, each marked; the list is locked now.
    int marked = 0;
    for (int row = 0; row < list->count(); ++row)
        marked += list->item(row)->text().startsWith(QStringLiteral("✗")) ? 1 : 0;
    QVERIFY(marked >= 2);
    QCOMPARE(list->dragDropMode(), QAbstractItemView::NoDragDrop);
    QVERIFY(!child<QPushButton>("moveUpButton")->isEnabled());
}

void TestExercisePanel::orderButtonsMoveTheSelectedCommand()
{
    chooseKind(Kind::CommandOrder);
    auto *list = child<QListWidget>("exerciseOrderList");
    list->setCurrentRow(1);
    const QString second = list->item(1)->text();
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton);
    QCOMPARE(list->item(0)->text(), second);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(!child<QPushButton>("moveUpButton")->isEnabled()); // at the top
    QTest::mouseClick(child<QPushButton>("moveDownButton"), Qt::LeftButton);
    QCOMPARE(list->item(1)->text(), second);
}

void TestExercisePanel::typedCommandIsJudgedByTheParser()
{
    m_panel->setSeed(2);
    chooseKind(Kind::TypeCommand);
    auto *edit = child<QLineEdit>("exerciseCommandEdit");
    QVERIFY(edit->isVisible());
    QCOMPARE(QApplication::focusWidget(), edit); // the panel had the focus: the line gets it
    // Enter on an empty line is no answer.
    press(Qt::Key_Return);
    QCOMPARE(m_panel->score().answered, 0);
    QVERIFY2(resultText().contains(QLatin1String("Type the command first")), qPrintable(resultText()));

    bool sawAlice = false;
    const int size = m_panel->round().size();
    for (int i = 0; i < size; ++i) {
        const QString expected = m_panel->question().expectedCommand;
        QCOMPARE(QApplication::focusWidget(), edit);
        if (expected == QLatin1String("MAIL FROM:<alice@example.com>")) {
            sawAlice = true;
            QTest::keyClicks(edit, QStringLiteral("mail from:<alice@example.com>"));
            press(Qt::Key_Return);
            QVERIFY2(resultText().contains(QLatin1String("Right!")), qPrintable(resultText()));
        } else {
            // Wrong for every task: the parser's own reply and reason come back.
            QTest::keyClicks(edit, QStringLiteral("MAIL FROM alice@example.com"));
            press(Qt::Key_Return);
            const QString result = resultText();
            QVERIFY2(result.contains(QLatin1String("Not quite.")), qPrintable(result));
            QVERIFY2(result.contains(QStringLiteral("501 5.5.4 Syntax: MAIL FROM:&lt;address&gt;")), qPrintable(result));
            QVERIFY2(result.contains(QLatin1String("FROM:")), qPrintable(result));
            QVERIFY2(result.contains(expected.toHtmlEscaped()), qPrintable(result)); // the right answer shown
        }
        QVERIFY(edit->isReadOnly());
        press(Qt::Key_Return); // Enter goes on
    }
    QVERIFY2(sawAlice, "seed 2 should draw the MAIL FROM task; pick another seed if the data changed");
    QCOMPARE(m_panel->score().answered, size);
    QCOMPARE(m_panel->score().correct, 1);
    QVERIFY(m_panel->round().isFinished());
}

// Only when SMTP_TUTOR_SCREENSHOT_DIR names a folder: the main window at 1440x900 with an
// ordering question half solved (exercise-order.png) and the score page of a mixed round with
// some misses (exercise.png). Captured from the X server under xvfb-run, else grabbed.
void TestExercisePanel::screenshots()
{
    const QString folder = qEnvironmentVariable("SMTP_TUTOR_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set SMTP_TUTOR_SCREENSHOT_DIR=folder to take the screenshots");
    m_panel.reset();
    QSettings().clear();
    MainWindow window;
    window.resize(1440, 900);
    window.move(0, 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.isComplete());
    // A session under way in the console, as a learner would have it.
    auto *command = window.findChild<QLineEdit *>(QStringLiteral("commandLineEdit"));
    QVERIFY(command);
    for (const QString &line : {QStringLiteral("connect"), QStringLiteral("EHLO laptop.example.org"), QStringLiteral("STARTTLS"),
                                QStringLiteral("EHLO laptop.example.org")}) {
        command->setText(line);
        QTest::keyClick(command, Qt::Key_Return);
        QTest::qWait(100);
    }
    window.findChild<QDockWidget *>(QStringLiteral("exerciseDock"))->raise();
    auto *panel = window.findChild<ExercisePanel *>(QStringLiteral("exercisePanel"));
    QTRY_VERIFY(!panel->question().prompt.isEmpty());
    const auto capture = [&](const QString &name) {
        QTest::qWait(400);
        const QString target = QDir(folder).filePath(name);
        if (QGuiApplication::platformName() == QLatin1String("xcb")) {
            QProcess import;
            import.start(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), target});
            QVERIFY(import.waitForFinished(30000));
            QCOMPARE(import.exitCode(), 0);
        } else {
            QVERIFY(window.grab().save(target));
        }
        qInfo().noquote() << "screenshot:" << target;
    };

    m_root = &window;
    panel->setSeed(qEnvironmentVariableIntValue("SMTP_TUTOR_EXERCISE_SEED"));
    chooseKind(Kind::CommandOrder);
    auto *list = child<QListWidget>("exerciseOrderList");
    const ExerciseQuestion q = panel->question();
    qInfo().noquote() << "ordering:" << q.prompt.section(u'\n', 0, 0);
    // Half solved: the first two commands in place, by keyboard.
    for (int target = 0; target < 2; ++target) {
        int source = target;
        while (list->item(source)->text() != q.correctOrder.at(target))
            ++source;
        list->setCurrentRow(source);
        for (int i = source; i > target; --i)
            press(Qt::Key_Up, Qt::AltModifier);
    }
    capture(QStringLiteral("exercise-order.png"));
    press(Qt::Key_Return);
    capture(QStringLiteral("exercise-order-checked.png"));

    // A mixed round, some right and some wrong, up to the score page.
    auto *combo = child<QComboBox>("exerciseKindComboBox");
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    for (int i = 0; !panel->round().isFinished(); ++i) {
        const ExerciseQuestion current = panel->question();
        const bool right = i % 4 != 1;
        if (current.kind == Kind::CommandOrder)
            panel->submitAnswer(ExerciseAnswer::ordering(right ? current.correctOrder : current.items));
        else if (current.kind == Kind::TypeCommand)
            panel->submitAnswer(ExerciseAnswer::typing(right ? current.expectedCommand : QStringLiteral("MAIL FROM alice@example.com")));
        else
            panel->answer(right ? current.answer : (current.answer + 1) % int(current.choices.size()));
        panel->nextQuestion();
    }
    capture(QStringLiteral("exercise.png"));
}

QTEST_MAIN(TestExercisePanel)
#include "tst_exercisepanel.moc"
