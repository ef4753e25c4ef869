// The real MainWindow, offscreen, driven by object names the way a learner would drive it.
#include "commandlineedit.h"
#include "consolewidget.h"
#include "exercisepanel.h"
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "reference/commandtextview.h"
#include "referencedock.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace SmtpTutor;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void structureAndNames();
    void walkNineStepsByTyping();
    void outOfOrderCommandShows503AndWhy();
    void messageModeIsVisible();
    void historyWalksWithUpAndDown();
    void detailPaneExplainsSelectedLine();
    void filterReplyCodeTable();
    void exportHasNoSecret();
    void switchScenarioChangesGreeting();
    void personalityChangesTheServersWords();
    void commandLineRecipesFollowSession();
    void explainTab();
    void exerciseScores();
    void settingsRestoredOnNewWindow();
    void lessonResumesOnNewWindow();
    void firstFrameFirstFillsInAfterTheFirstFrame();
    void closingBeforeCompletionKeepsTheSavedLesson();
    void fillButtonTypesTheStep();
    void copySelectedLinesIsMasked();
    void newSessionStartsOver();
    void guideShowsTakeawaysAndRecipes();
    void drillExplainsTheFault();
    void toolsMenuOpensProbeAndPracticeServer();

private:
    template<typename T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void type(const QString &line);
    QString lastTranscriptText() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-test"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::type(const QString &line)
{
    auto *edit = child<CommandLineEdit>("commandLineEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, line);
    // Inline completion may have selected a suggested tail; the learner's text is what counts.
    QCOMPARE(edit->text().left(line.size()), line);
    edit->setText(line);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString TestMainWindow::lastTranscriptText() const
{
    const auto &entries = m_window->session()->transcript()->entries();
    return entries.isEmpty() ? QString() : entries.constLast().text;
}

void TestMainWindow::structureAndNames()
{
    for (const char *name : {"commandLineEdit", "transcriptView", "transcriptDetail", "scenarioComboBox", "lessonPanel",
                             "referenceDock", "lessonDock", "exerciseDock", "lessonProgressBar", "fillButton",
                             "phaseLabel", "tlsLabel", "authLabel", "envelopeLabel", "modeLabel", "sendButton"}) {
        auto *w = m_window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
    auto *tools = m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    QVERIFY(tools);
    QCOMPARE(m_window->toolsMenu(), tools);
    auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    for (auto *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(view->actions().contains(dock->toggleViewAction()), qPrintable(dock->objectName()));
    // Every button in the window has an accessible name.
    for (auto *button : m_window->findChildren<QPushButton *>())
        QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(), qPrintable(button->objectName()));
    // First launch: the nine-step lesson waits for "connect".
    QCOMPARE(m_window->lessonRunner()->lesson().id, QStringLiteral("handshake"));
    QCOMPARE(child<QProgressBar>("lessonProgressBar")->maximum(), 9);
}

void TestMainWindow::walkNineStepsByTyping()
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

void TestMainWindow::outOfOrderCommandShows503AndWhy()
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

void TestMainWindow::messageModeIsVisible()
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

void TestMainWindow::historyWalksWithUpAndDown()
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

void TestMainWindow::detailPaneExplainsSelectedLine()
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

void TestMainWindow::filterReplyCodeTable()
{
    m_window->referenceDock()->showTab(ReferenceDock::ReplyCodesTab);
    auto *table = child<QTableView>("replyCodeTable");
    QVERIFY(table);
    auto *filter = child<QLineEdit>("replyCodeFilter");
    const int all = table->model()->rowCount();
    QVERIFY(all >= 19);
    QTest::keyClicks(filter, QStringLiteral("550"));
    const int some = table->model()->rowCount();
    QVERIFY2(some >= 1 && some < all, qPrintable(QString::number(some)));
    bool has550 = false;
    for (int r = 0; r < some; ++r)
        has550 = has550 || table->model()->index(r, 0).data().toString() == QLatin1String("550");
    QVERIFY(has550);
    // The clear button shows while there is text, and empties the search.
    auto *clear = filter->findChild<QAction *>(QStringLiteral("replyCodeFilterClearAction"));
    QVERIFY(clear);
    QVERIFY(clear->isVisible());
    clear->trigger();
    QVERIFY(filter->text().isEmpty());
    QVERIFY(!clear->isVisible());
    QCOMPARE(table->model()->rowCount(), all);
    QTest::keyClicks(filter, QStringLiteral("greylist"));
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < all);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), all);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(!child<QTextBrowser>("replyCodeDetail")->toPlainText().isEmpty());
}

void TestMainWindow::exportHasNoSecret()
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

void TestMainWindow::switchScenarioChangesGreeting()
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

void TestMainWindow::personalityChangesTheServersWords()
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

void TestMainWindow::commandLineRecipesFollowSession()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("submission")));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("STARTTLS"));
    m_window->referenceDock()->showTab(ReferenceDock::CommandLineTab);
    auto *recipes = child<CommandTextView>("commandLineRecipes");
    QVERIFY(recipes);
    const QString text = recipes->commands(); // what Copy gives (the view shows non-breaking hyphens)
    QVERIFY2(text.contains(QLatin1String("openssl s_client -starttls smtp -connect mail.example.com:587")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("telnet mail.example.com 587")));
    QVERIFY(text.contains(QLatin1String("swaks --server mail.example.com --port 587")));
    QVERIFY(text.contains(QLatin1String("--tls")));
}

void TestMainWindow::explainTab()
{
    m_window->referenceDock()->showExplainTab();
    auto *input = child<QPlainTextEdit>("explainInput");
    QVERIFY(input);
    input->setPlainText(QStringLiteral("550 5.1.1 <nobody@example.com>: Recipient address rejected"));
    QTest::mouseClick(child<QPushButton>("explainButton"), Qt::LeftButton);
    const QString out = child<QTextBrowser>("explainOutput")->toPlainText();
    QVERIFY2(out.contains(QLatin1String("5.1.1")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("550")), qPrintable(out));
}

void TestMainWindow::exerciseScores()
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

void TestMainWindow::settingsRestoredOnNewWindow()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("greylist")));
    m_window->resize(1111, 777);
    m_window->findChild<QDockWidget *>(QStringLiteral("exerciseDock"))->hide();
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(child<QComboBox>("scenarioComboBox")->currentData().toString(), QStringLiteral("greylist"));
    QCOMPARE(m_window->session()->scenario().name, QStringLiteral("greylist"));
    QCOMPARE(m_window->size(), QSize(1111, 777));
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("exerciseDock"))->isVisible());
    QVERIFY(!m_window->lessonRunner()->isActive());
}

void TestMainWindow::lessonResumesOnNewWindow()
{
    type(QStringLiteral("connect"));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("STARTTLS"));
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 3);
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 3);
    QCOMPARE(child<QProgressBar>("lessonProgressBar")->value(), 3);
    QVERIFY(m_window->session()->engine()->isTlsActive());
    QVERIFY(child<QLabel>("lessonStepTitle")->text().contains(QLatin1String("AUTH LOGIN")));
}

// How smtp-tutor starts: the frame (menus, toolbar, dock titles) is on screen first; the console,
// the lesson, the exercises and the session come right after, in the state a complete start has.
void TestMainWindow::firstFrameFirstFillsInAfterTheFirstFrame()
{
    type(QStringLiteral("connect"));
    type(QStringLiteral("EHLO laptop.example.org"));
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 2);
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(nullptr, MainWindow::Start::FirstFrameFirst);
    QSignalSpy completed(m_window.get(), &MainWindow::startupCompleted);
    QVERIFY(!m_window->isComplete());
    QVERIFY(!m_window->console());
    QVERIFY(!m_window->lessonPanel());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("lessonDock")));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("referenceDock")));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("fileMenu")));
    QVERIFY(m_window->session()->transcript()->entries().isEmpty()); // nothing runs before the frame

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(completed.count(), 1);
    QVERIFY(m_window->isComplete());
    QVERIFY(m_window->console());
    QVERIFY(m_window->console()->isVisible());
    QTest::qWait(50); // let the layout settle
    // The console gets the room between the docks, not just its minimum width (as it did when
    // the central widget was swapped and the docks took the widths afresh).
    const int consoleWidth = m_window->console()->width();
    const int consoleMinimum = m_window->console()->minimumSizeHint().width();
    QVERIFY2(consoleWidth > consoleMinimum + 100, qPrintable(QStringLiteral("%1 vs minimum %2").arg(consoleWidth).arg(consoleMinimum)));
    // The lesson panel sits in the lesson dock, inside the scroll area that lets it scroll.
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("lessonDock"))->widget()->isAncestorOf(m_window->lessonPanel()));
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 2);
    QCOMPARE(child<QProgressBar>("lessonProgressBar")->value(), 2);
    QVERIFY(child<QLabel>("lessonStepTitle")->text().contains(QLatin1String("STARTTLS")));
    QVERIFY(!m_window->session()->transcript()->entries().isEmpty());
    QTRY_VERIFY(child<CommandLineEdit>("commandLineEdit")->hasFocus());

    m_window->completeStartup(); // a second call changes nothing
    QCOMPARE(completed.count(), 1);
    type(QStringLiteral("STARTTLS"));
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 3);
}

// Closing the window before its content was built must not overwrite the saved lesson.
void TestMainWindow::closingBeforeCompletionKeepsTheSavedLesson()
{
    type(QStringLiteral("connect"));
    type(QStringLiteral("EHLO laptop.example.org"));
    QTRY_COMPARE(child<QProgressBar>("lessonProgressBar")->value(), 2);
    m_window->close();
    m_window.reset();

    {
        MainWindow unfinished(nullptr, MainWindow::Start::FirstFrameFirst);
        QVERIFY(!unfinished.isComplete());
        unfinished.close();
    }

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->lessonRunner()->isActive());
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 2);
}

void TestMainWindow::fillButtonTypesTheStep()
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

void TestMainWindow::copySelectedLinesIsMasked()
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

void TestMainWindow::newSessionStartsOver()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("relay")));
    type(QStringLiteral("EHLO laptop.example.org"));
    type(QStringLiteral("QUIT"));
    QCOMPARE(child<QLabel>("phaseLabel")->text(), QStringLiteral("Phase: not connected"));
    m_window->findChild<QAction *>(QStringLiteral("newSessionAction"))->trigger();
    QCOMPARE(child<QLabel>("phaseLabel")->text(), QStringLiteral("Phase: greeted"));
    QCOMPARE(m_window->session()->transcript()->size(), 2);
    QTRY_COMPARE(m_window->console()->transcriptPanel()->model()->rowCount(), 2);
}

void TestMainWindow::guideShowsTakeawaysAndRecipes()
{
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("guideAction"))->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QTest::keyClick(child<CommandLineEdit>("commandLineEdit"), Qt::Key_F1);
    auto *browser = m_window->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    const QString text = browser->toPlainText();
    QVERIFY(text.contains(QLatin1String("Key takeaways")));
    QVERIFY(text.contains(QLatin1String("openssl s_client")));
    QVERIFY(text.contains(QLatin1String("550 5.1.1")));
    QVERIFY(text.contains(u'?')); // the questions of the FAQ
}

void TestMainWindow::drillExplainsTheFault()
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

void TestMainWindow::toolsMenuOpensProbeAndPracticeServer()
{
    auto *tools = m_window->toolsMenu();
    auto *probeAction = tools->findChild<QAction *>(QStringLiteral("probeAction"), Qt::FindDirectChildrenOnly);
    if (!probeAction)
        probeAction = m_window->findChild<QAction *>(QStringLiteral("probeAction"));
    auto *practiceAction = m_window->findChild<QAction *>(QStringLiteral("practiceAction"));
    QVERIFY(probeAction);
    QVERIFY(practiceAction);
    QVERIFY(tools->actions().contains(probeAction));
    QVERIFY(tools->actions().contains(practiceAction));

    // Nothing network-related exists until the learner asks for it.
    QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("probeDialog")));
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("practiceServerDock")));

    probeAction->trigger();
    auto *probe = m_window->findChild<QDialog *>(QStringLiteral("probeDialog"));
    QVERIFY(probe);
    QTRY_VERIFY(probe->isVisible());
    probe->close();
    probeAction->trigger(); // the same dialog comes back, with what was typed
    QCOMPARE(m_window->findChildren<QDialog *>(QStringLiteral("probeDialog")).size(), 1);
    probe->close();

    practiceAction->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("practiceServerDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view->actions().contains(dock->toggleViewAction()));
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
    practiceAction->trigger();
    QTRY_VERIFY(dock->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
