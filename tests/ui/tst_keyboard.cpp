// The main window from the keyboard alone, offscreen: Tab completes in the command line and keeps
// the focus there, Ctrl+L and Esc come back to it, F6 visits the panes, tables let Tab through,
// Ctrl+F finds transcript lines, Ctrl++ zooms, every menu item has a mnemonic, and the whole
// nine-step lesson can be done by typing.
#include "commandlineedit.h"
#include "consolewidget.h"
#include "findbar.h"
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "lessonbrowser.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "referencedock.h"
#include "transcriptitemdelegate.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"
#include "zoomcontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace SmtpTutor;

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabCompletesAndKeepsTheFocus();
    void tabOnAnEmptyLineMovesOn();
    void ctrlLAndEscComeBackToTheCommandLine();
    void tablesDoNotTrapTab();
    void f6VisitsThePanes();
    void findFindsALine();
    void zoomGrowsTheReadingAreasAndIsRemembered();
    void wrapToggleIsRemembered();
    void everyMenuItemHasAMnemonicAndTheViewAndToolsItemsShortcuts();
    void lessonBrowserFromTheMenuAndItsShortcut();
    void copyShowsCtrlCAndCtrlCCopiesInTheTranscript();
    void wholeLessonByKeyboardOnly();

private:
    void newWindow();
    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    CommandLineEdit *commandLine() const { return child<CommandLineEdit>("commandLineEdit"); }
    QWidget *focus() const { return QApplication::focusWidget(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-keyboard-test"));
}

void TestKeyboard::init()
{
    QSettings().clear();
    newWindow();
}

void TestKeyboard::cleanup()
{
    m_window.reset();
}

// Shortcuts of the window only work while it is the active window.
void TestKeyboard::newWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(focus(), commandLine());
}

// "EH", Tab, space (a shell habit) sent a bare EHLO: Tab took the completion and moved the focus
// to Send, and the space pressed it.
void TestKeyboard::tabCompletesAndKeepsTheFocus()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("relay")));
    const qsizetype before = m_window->session()->transcript()->size();
    CommandLineEdit *edit = commandLine();
    QTest::keyClicks(edit, QStringLiteral("EH"));
    QTest::keyClick(focus(), Qt::Key_Tab);
    QCOMPARE(focus(), edit);
    QCOMPARE(edit->text(), QStringLiteral("EHLO "));
    QTest::keyClick(focus(), Qt::Key_Space); // the completion already ended with the space
    QCOMPARE(edit->text(), QStringLiteral("EHLO "));
    QCOMPARE(m_window->session()->transcript()->size(), before); // nothing was sent
    QTest::keyClicks(focus(), QStringLiteral("laptop.example.org"));
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_VERIFY(m_window->session()->transcript()->size() > before);
    const auto &entries = m_window->session()->transcript()->entries();
    QCOMPARE(entries.at(before).text, QStringLiteral("EHLO laptop.example.org"));

    // A prefix typed after a recalled line completes as far as the verbs agree.
    QTest::keyClicks(edit, QStringLiteral("ma"));
    edit->deselect();
    edit->setText(QStringLiteral("ma"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(focus(), edit);
    QCOMPARE(edit->text(), QStringLiteral("MAIL FROM:<"));
}

void TestKeyboard::tabOnAnEmptyLineMovesOn()
{
    QVERIFY(commandLine()->text().isEmpty());
    QTest::keyClick(commandLine(), Qt::Key_Tab);
    QVERIFY(focus() != commandLine()); // Tab still travels when there is nothing to complete
}

void TestKeyboard::ctrlLAndEscComeBackToTheCommandLine()
{
    m_window->referenceDock()->showTab(ReferenceDock::ReplyCodesTab);
    auto *table = child<QTableView>("replyCodeTable");
    QVERIFY(table);
    table->setFocus();
    QTRY_COMPARE(focus(), table);
    QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(focus(), commandLine());

    table->setFocus();
    QTRY_COMPARE(focus(), table);
    QTest::keyClick(table, Qt::Key_Escape);
    QCOMPARE(focus(), commandLine());

    auto *filter = child<QLineEdit>("replyCodeFilter");
    filter->setFocus();
    QTRY_COMPARE(focus(), filter);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(focus(), commandLine());
}

// 20 presses of Tab in the Codes table never left it.
void TestKeyboard::tablesDoNotTrapTab()
{
    m_window->referenceDock()->showTab(ReferenceDock::ReplyCodesTab);
    auto *codes = child<QTableView>("replyCodeTable");
    auto *transcript = child<QTableView>("transcriptView");
    for (QTableView *table : { codes, transcript }) {
        QVERIFY(!table->tabKeyNavigation());
        table->setFocus();
        QTRY_COMPARE(focus(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY2(focus() != table, qPrintable(table->objectName()));
    }
}

void TestKeyboard::f6VisitsThePanes()
{
    QCOMPARE(focus(), commandLine());
    QTest::keyClick(focus(), Qt::Key_F6);
    QCOMPARE(focus(), child<QTableView>("transcriptView"));
    QTest::keyClick(focus(), Qt::Key_F6);
    QVERIFY2(child<QDockWidget>("lessonDock")->isAncestorOf(focus()), qPrintable(focus()->objectName()));
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focus(), child<QTableView>("transcriptView"));
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focus(), commandLine());
}

void TestKeyboard::findFindsALine()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("greylist")));
    for (const char *line :
        { "EHLO laptop.example.org", "MAIL FROM:<alice@example.org>", "RCPT TO:<bob@example.com>" })
        m_window->session()->sendLine(line);
    auto *view = child<QTableView>("transcriptView");
    auto *model = m_window->console()->transcriptPanel()->model();
    QTRY_COMPARE(model->rowCount(), int(m_window->session()->transcript()->size()));

    QTest::keyClick(commandLine(), Qt::Key_F, Qt::ControlModifier);
    auto *bar = child<FindBar>("findBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(focus(), child<QLineEdit>("findLineEdit"));
    QTest::keyClicks(focus(), QStringLiteral("greylisted"));
    const int found = view->currentIndex().row();
    QVERIFY(found >= 0);
    QVERIFY(
        model->index(found, TranscriptModel::TextColumn).data().toString().startsWith(QLatin1String("450")));
    QCOMPARE(child<QLabel>("findCountLabel")->text(), QStringLiteral("1 of 1"));
    // Every match is marked in the view.
    auto *delegate = qobject_cast<TranscriptItemDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->highlight(), QStringLiteral("greylisted"));

    // F3 and Shift+F3 walk the matches of "250", wrapping at the ends.
    QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), QStringLiteral("250"));
    const int first = view->currentIndex().row();
    QVERIFY(
        model->index(first, TranscriptModel::TextColumn).data().toString().startsWith(QLatin1String("250")));
    QTest::keyClick(focus(), Qt::Key_F3);
    const int second = view->currentIndex().row();
    QVERIFY(second > first);
    QTest::keyClick(focus(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), first);
    QTest::keyClick(focus(), Qt::Key_Return); // Enter in the field is "next" too
    QCOMPARE(view->currentIndex().row(), second);

    QTest::keyClicks(focus(), QStringLiteral("nothing like this"));
    QCOMPARE(child<QLabel>("findCountLabel")->text(), QStringLiteral("No match"));
    QTest::keyClick(focus(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(delegate->highlight().isEmpty());
    QCOMPARE(focus(), commandLine());
}

void TestKeyboard::zoomGrowsTheReadingAreasAndIsRemembered()
{
    auto *transcript = child<QTableView>("transcriptView");
    auto *title = child<QLabel>("lessonStepTitle"); // a size of its own (bold, larger)
    auto *tabs = child<QTabWidget>("referenceTabs");
    const qreal transcriptSize = transcript->font().pointSizeF();
    const qreal titleSize = title->font().pointSizeF();
    const qreal tabsSize = tabs->font().pointSizeF();
    const qreal commandSize = commandLine()->font().pointSizeF();
    QTest::keyClick(commandLine(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(commandLine(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->zoom()->step(), 2);
    QVERIFY(transcript->font().pointSizeF() > transcriptSize);
    QCOMPARE(title->font().pointSizeF(), titleSize * 1.2);
    QVERIFY(tabs->font().pointSizeF() > tabsSize);
    QCOMPARE(commandLine()->font().pointSizeF(), commandSize); // the command line is not a reading area
    // The transcript's own (monospaced) cell font grows with it.
    QVERIFY(TranscriptItemDelegate::zoomFactor(transcript) > 1.1);
    // A reference tab built after the zoom has the zoomed size, and grows once (not twice) with
    // the next step.
    m_window->referenceDock()->showTab(ReferenceDock::CommandLineTab);
    auto *recipes = child<QWidget>("commandLineRecipes");
    QVERIFY(recipes);
    QCOMPARE(recipes->font().pointSizeF(), tabs->font().pointSizeF());
    QTest::keyClick(commandLine(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(recipes->font().pointSizeF(), tabs->font().pointSizeF());
    QTest::keyClick(commandLine(), Qt::Key_Minus, Qt::ControlModifier);

    m_window->close();
    newWindow();
    QCOMPARE(m_window->zoom()->step(), 2);
    QCOMPARE(child<QLabel>("lessonStepTitle")->font().pointSizeF(), titleSize * 1.2);
    QTest::keyClick(commandLine(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->zoom()->step(), 0);
    QCOMPARE(child<QLabel>("lessonStepTitle")->font().pointSizeF(), titleSize);
    QCOMPARE(child<QTableView>("transcriptView")->font().pointSizeF(), transcriptSize);
    QTest::keyClick(commandLine(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->zoom()->step(), -1);
}

// The 450 greylisting reply is longer than the transcript is wide at 1024 px.
void TestKeyboard::wrapToggleIsRemembered()
{
    QVERIFY(m_window->selectScenario(QStringLiteral("greylist")));
    for (const char *line :
        { "EHLO laptop.example.org", "MAIL FROM:<alice@example.org>", "RCPT TO:<bob@example.com>" })
        m_window->session()->sendLine(line);
    auto *view = child<QTableView>("transcriptView");
    auto *model = m_window->console()->transcriptPanel()->model();
    QTRY_COMPARE(model->rowCount(), int(m_window->session()->transcript()->size()));
    const int last = model->rowCount() - 1;
    QVERIFY(
        model->index(last, TranscriptModel::TextColumn).data().toString().startsWith(QLatin1String("450")));
    const int oneLine = view->rowHeight(0);
    auto *wrap = m_window->findChild<QAction *>(QStringLiteral("wrapLinesAction"));
    QVERIFY(wrap->isChecked()); // on by default
    QTRY_VERIFY(view->rowHeight(last) >= 2 * oneLine - 4);
    QTest::keyClick(commandLine(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!wrap->isChecked());
    QCOMPARE(view->rowHeight(last), oneLine);
    m_window->close();
    newWindow();
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("wrapLinesAction"))->isChecked());
}

void TestKeyboard::everyMenuItemHasAMnemonicAndTheViewAndToolsItemsShortcuts()
{
    m_window->startPracticeServer(); // its dock adds a View item
    m_window->findChild<QDockWidget *>(QStringLiteral("practiceServerDock"))->hide();
    const auto mnemonic = [](const QString &text) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
    };
    QSet<QChar> bar;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QVERIFY2(!mnemonic(menuAction->text()).isNull(), qPrintable(menuAction->text()));
        QVERIFY2(!bar.contains(mnemonic(menuAction->text())), qPrintable(menuAction->text()));
        bar.insert(mnemonic(menuAction->text()));
        QList<QMenu *> menus { menuAction->menu() };
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            QSet<QChar> used;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                const QString where = menu->title() + QStringLiteral(" > ") + action->text();
                QVERIFY2(!mnemonic(action->text()).isNull(), qPrintable(where));
                QVERIFY2(!used.contains(mnemonic(action->text())),
                    qPrintable(where + QStringLiteral(": letter used twice")));
                used.insert(mnemonic(action->text()));
                if (action->menu())
                    menus << action->menu();
                else if (menu->objectName() == QLatin1String("viewMenu")
                    || menu->objectName() == QLatin1String("toolsMenu"))
                    QVERIFY2(
                        !action->shortcut().isEmpty(), qPrintable(where + QStringLiteral(": no shortcut")));
            }
        }
    }
}

// Lessons and drills were found only through a button in the lesson card.
void TestKeyboard::lessonBrowserFromTheMenuAndItsShortcut()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("lessonsAction"));
    QVERIFY(action);
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"))->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    QTest::keyClick(commandLine(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    LessonBrowser *browser = nullptr;
    QTRY_VERIFY((browser = m_window->findChild<LessonBrowser *>()) && browser->isVisible());
    QTest::keyClick(browser, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<LessonBrowser *>() || !browser->isVisible());
}

// The Edit menu shows Ctrl+C next to Copy, and the key still copies in the transcript (a
// second, window-wide Ctrl+C would make the key ambiguous there and copy nothing).
void TestKeyboard::copyShowsCtrlCAndCtrlCCopiesInTheTranscript()
{
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QVERIFY(m_window->selectScenario(QStringLiteral("relay"))); // connected, no lesson running
    QTest::keyClicks(commandLine(), QStringLiteral("NOOP"));
    QTest::keyClick(commandLine(), Qt::Key_Return);
    auto *view = child<QTableView>("transcriptView");
    QTRY_VERIFY(view->model()->rowCount() >= 3);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("NOOP")), qPrintable(copied));
    QVERIFY2(copied.contains(QLatin1String("250")), qPrintable(copied));
}

// The nine steps, typed key by key with Enter, never the mouse: inline completion, message mode
// and the login's base64 lines included.
void TestKeyboard::wholeLessonByKeyboardOnly()
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    auto *progress = child<QProgressBar>("lessonProgressBar");
    QCOMPARE(progress->value(), 0);
    for (int s = 0; s < lesson->steps.size(); ++s) {
        for (const QString &line : lesson->steps.at(s).fill) {
            QCOMPARE(focus(), commandLine());
            QTest::keyClicks(focus(), line);
            // What the learner typed is what is there (a completion never adds to a typed line).
            QCOMPARE(commandLine()->text(), line);
            QTest::keyClick(focus(), Qt::Key_Return);
        }
        QTRY_COMPARE(progress->value(), s + 1);
    }
    QCOMPARE(child<QLabel>("lessonStepTitle")->text(), QStringLiteral("Lesson complete"));
    const auto &entries = m_window->session()->transcript()->entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
        [](const TranscriptEntry &e) { return e.text.startsWith(QLatin1String("221")); }));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
