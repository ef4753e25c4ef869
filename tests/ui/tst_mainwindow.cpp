// The real MainWindow, offscreen, driven by object names the way a learner would drive it: the
// frame (names, menus, the Tools dialogs, the guide), a new session, and what a new window
// restores or builds after its first frame. The console: tst_mainwindow_console; the lesson and
// exercises: tst_mainwindow_lesson; the reference dock: tst_mainwindow_reference.
#include "mainwindowfixture.h"
#include "consolewidget.h"
#include "lessonpanel.h"
#include "lesson/lessonrunner.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTest>

using namespace SmtpTutor;

class TestMainWindow : public QObject, private MainWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initTestCase(); }
    void init() { MainWindowFixture::init(); }
    void cleanup() { MainWindowFixture::cleanup(); }

    void structureAndNames();
    void settingsRestoredOnNewWindow();
    void lessonResumesOnNewWindow();
    void firstFrameFirstFillsInAfterTheFirstFrame();
    void closingBeforeCompletionKeepsTheSavedLesson();
    void newSessionStartsOver();
    void guideShowsTakeawaysAndRecipes();
    void toolsMenuOpensProbeAndPracticeServer();
};

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
