// The lesson's flow and the explanations where the learner looks, on the real main window
// offscreen: the end of a lesson (panel and status bar), Next lesson, progress per lesson across a
// switch and a restart, the lesson browser, the transcript's detail for EHLO lines and sent
// commands, the Time column, and lists as lists.
#include "commandlineedit.h"
#include "consolewidget.h"
#include "lesson/lesson.h"
#include "lesson/lessonprogress.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "lessonbrowser.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "reference/referencecatalog.h"
#include "referencedock.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace SmtpTutor;

class TestLessonFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void endOfLessonSaysCompleteAndNotConnected();
    void nextLessonFollowsAFinishedLesson();
    void progressIsKeptPerLessonAcrossASwitchAndARestart();
    void startOverAndCancelAreAsked();
    void resumeReturnsToTheFurthestStep();
    void lessonBrowserListsEveryLessonWithDoneMarks();
    void ehloLinesAreExplainedByTheirExtension();
    void sentCommandIsExplainedFromTheCommandsTab();
    void nearMissAndEmptyLineGetFeedback();
    void greetingTimeIsNearZero();
    void commonCausesAreAList();

private:
    template<typename T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void newWindow();
    void type(const QString &line);
    void walkSteps(int count);
    QString detailFor(const std::function<bool(const TranscriptEntry &)> &match);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    QList<std::pair<QString, int>> m_asked; // the resume question: lesson title, step
    LessonPanel::ResumeChoice m_answer = LessonPanel::ResumeChoice::Resume;
};

void TestLessonFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst-lessonflow"));
}

void TestLessonFlow::init()
{
    QSettings().clear();
    m_asked.clear();
    m_answer = LessonPanel::ResumeChoice::Resume;
    newWindow();
}

void TestLessonFlow::cleanup()
{
    m_window.reset();
}

void TestLessonFlow::newWindow()
{
    if (m_window)
        m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->lessonPanel()->setResumeQuestion([this](const QString &title, int step, int) {
        m_asked.append({title, step});
        return m_answer;
    });
}

void TestLessonFlow::type(const QString &line)
{
    auto *edit = child<CommandLineEdit>("commandLineEdit");
    edit->setFocus();
    edit->setText(line);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestLessonFlow::walkSteps(int count)
{
    LessonRunner *runner = m_window->lessonRunner();
    const int target = runner->currentStepIndex() + count;
    while (runner->currentStepIndex() < target && !runner->isFinished())
        type(runner->suggestedLine());
    QCOMPARE(runner->currentStepIndex(), target);
}

QString TestLessonFlow::detailFor(const std::function<bool(const TranscriptEntry &)> &match)
{
    TranscriptPanel *panel = m_window->console()->transcriptPanel();
    const QList<TranscriptEntry> &entries = m_window->session()->transcript()->entries();
    // The model takes new lines in on the next turn of the event loop.
    if (!QTest::qWaitFor([&] { return panel->model()->rowCount() == int(entries.size()); }))
        return QStringLiteral("(the transcript view did not catch up)");
    for (int row = 0; row < entries.size(); ++row) {
        if (match(entries.at(row))) {
            panel->view()->setCurrentIndex(panel->model()->index(row, TranscriptModel::TextColumn));
            return child<QTextBrowser>("transcriptDetail")->toPlainText();
        }
    }
    return QStringLiteral("(no such line)");
}

void TestLessonFlow::endOfLessonSaysCompleteAndNotConnected()
{
    QCOMPARE(m_window->lessonRunner()->lesson().id, QStringLiteral("handshake"));
    walkSteps(8);
    QCOMPARE(child<QLabel>("tlsLabel")->text(), QStringLiteral("TLS on"));
    QVERIFY(child<QLabel>("authLabel")->text().startsWith(QLatin1String("Logged in as")));
    type(QStringLiteral("QUIT"));
    QVERIFY(m_window->lessonRunner()->isFinished());
    QCOMPARE(child<QLabel>("lessonStepTitle")->text(), QStringLiteral("Lesson complete"));
    const QString command = child<QLabel>("lessonCommand")->text();
    QVERIFY2(!command.contains(QLatin1String("still listening")), qPrintable(command));
    QVERIFY2(command.contains(QLatin1String("connection is closed")), qPrintable(command));
    QVERIFY(child<QLabel>("lessonStepBody")->text().contains(QLatin1String("You finished")));
    QCOMPARE(child<QLabel>("phaseLabel")->text(), QStringLiteral("Phase: not connected"));
    QCOMPARE(child<QLabel>("tlsLabel")->text(), QStringLiteral("TLS off"));
    QCOMPARE(child<QLabel>("authLabel")->text(), QStringLiteral("Not logged in"));
    QVERIFY(LessonProgress::isDone(QStringLiteral("handshake")));
    // Connecting again: the panel follows the session.
    type(QStringLiteral("connect"));
    QVERIFY(child<QLabel>("lessonCommand")->text().contains(QLatin1String("still listening")));
    QCOMPARE(child<QLabel>("phaseLabel")->text(), QStringLiteral("Phase: greeted"));
}

void TestLessonFlow::nextLessonFollowsAFinishedLesson()
{
    auto *next = child<QPushButton>("nextLessonButton");
    QVERIFY(next->isHidden());
    walkSteps(9);
    QVERIFY(next->isVisible());
    const QStringList ids = Lesson::builtInIds();
    const QString nextTitle = Lesson::load(ids.at(1))->title;
    QVERIFY2(next->text().contains(nextTitle), qPrintable(next->text()));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_window->lessonRunner()->lesson().id, ids.at(1));
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 0);
    QVERIFY(next->isHidden());
}

void TestLessonFlow::progressIsKeptPerLessonAcrossASwitchAndARestart()
{
    walkSteps(3); // handshake: connect, EHLO, STARTTLS
    LessonPanel *panel = m_window->lessonPanel();
    QVERIFY(panel->openLesson(QStringLiteral("drill-greylist")));
    QVERIFY(m_asked.isEmpty()); // nothing to resume there
    walkSteps(1);
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 3); // not thrown away by the switch

    QVERIFY(panel->openLesson(QStringLiteral("handshake")));
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().second, 3);
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 3);
    QVERIFY(m_window->session()->engine()->isTlsActive());

    // A restart of the program comes back to the lesson and step it left, and keeps the drill's.
    newWindow();
    QCOMPARE(m_window->lessonRunner()->lesson().id, QStringLiteral("handshake"));
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 3);
    QCOMPARE(child<QProgressBar>("lessonProgressBar")->value(), 3);
    QCOMPARE(LessonProgress::step(QStringLiteral("drill-greylist")), 1);
    QVERIFY(m_window->lessonPanel()->openLesson(QStringLiteral("drill-greylist")));
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 1);
}

void TestLessonFlow::startOverAndCancelAreAsked()
{
    walkSteps(2);
    LessonPanel *panel = m_window->lessonPanel();
    QVERIFY(panel->openLesson(QStringLiteral("drill-greylist")));
    m_answer = LessonPanel::ResumeChoice::Cancel;
    QVERIFY(!panel->openLesson(QStringLiteral("handshake")));
    QCOMPARE(m_window->lessonRunner()->lesson().id, QStringLiteral("drill-greylist")); // nothing changed
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 2);
    m_answer = LessonPanel::ResumeChoice::StartOver;
    QVERIFY(panel->openLesson(QStringLiteral("handshake")));
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 0);
    QCOMPARE(LessonProgress::step(QStringLiteral("handshake")), 0); // the learner said so
}

void TestLessonFlow::resumeReturnsToTheFurthestStep()
{
    walkSteps(4);
    auto *resume = child<QPushButton>("resumeLessonButton");
    QVERIFY(!resume->isEnabled());
    QTest::mouseClick(child<QPushButton>("restartLessonButton"), Qt::LeftButton);
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 0);
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(m_window->lessonRunner()->currentStepIndex(), 4);
    QVERIFY(m_window->session()->engine()->isAuthenticated());
    QVERIFY(!resume->isEnabled());
}

void TestLessonFlow::lessonBrowserListsEveryLessonWithDoneMarks()
{
    LessonProgress::record(QStringLiteral("drill-greylist"), 5, 5);
    LessonProgress::record(QStringLiteral("drill-mailbox-full"), 2, 5);
    QTest::mouseClick(child<QPushButton>("browseLessonsButton"), Qt::LeftButton);
    LessonBrowser *browser = nullptr;
    QTRY_VERIFY((browser = m_window->findChild<LessonBrowser *>()) && browser->isVisible());
    QTreeWidget *list = browser->list();
    const QList<Lesson::Summary> lessons = Lesson::builtInSummaries();
    QCOMPARE(list->topLevelItemCount(), int(lessons.size()));
    for (int i = 0; i < lessons.size(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QCOMPARE(item->data(LessonBrowser::TitleColumn, LessonBrowser::IdRole).toString(), lessons.at(i).id);
        QVERIFY(item->text(LessonBrowser::TitleColumn).contains(lessons.at(i).title));
        QVERIFY(!item->text(LessonBrowser::AboutColumn).isEmpty());
        const bool done = lessons.at(i).id == QLatin1String("drill-greylist");
        QCOMPARE(item->data(LessonBrowser::TitleColumn, LessonBrowser::DoneRole).toBool(), done);
        QCOMPARE(item->text(LessonBrowser::ProgressColumn).contains(QLatin1String("done")), done);
        if (lessons.at(i).id == QLatin1String("drill-mailbox-full"))
            QVERIFY(item->text(LessonBrowser::ProgressColumn).contains(QLatin1String("2 of")));
    }
    // Keyboard only: the list has the focus on the current lesson; Down then Enter opens the next.
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(browser->selectedId(), QStringLiteral("handshake"));
    QTest::keyClick(list, Qt::Key_Down);
    const QString chosen = browser->selectedId();
    QCOMPARE(chosen, lessons.at(1).id);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(m_window->lessonRunner()->lesson().id, chosen);
}

void TestLessonFlow::ehloLinesAreExplainedByTheirExtension()
{
    walkSteps(2); // connect, EHLO on the submission server
    const QString size = detailFor([](const TranscriptEntry &e) { return e.text.startsWith(QLatin1String("250-SIZE")); });
    QVERIFY2(size.contains(QLatin1String("RFC 1870")), qPrintable(size));
    QVERIFY2(size.contains(QLatin1String("bytes")), qPrintable(size));
    // Not the generic meaning of 250, which says nothing about SIZE.
    QVERIFY2(!size.contains(ReferenceCatalog::instance().replyCode(250)->meaning), qPrintable(size));
    const QString tls = detailFor([](const TranscriptEntry &e) { return e.text.startsWith(QLatin1String("250-STARTTLS")); });
    QVERIFY2(tls.contains(QLatin1String("RFC 3207")), qPrintable(tls));
    walkSteps(2); // STARTTLS, then EHLO again and AUTH: the submission server offers AUTH inside TLS only
    const QString auth = detailFor([](const TranscriptEntry &e) { return e.text.mid(4).startsWith(QLatin1String("AUTH ")); });
    QVERIFY2(auth.contains(QLatin1String("RFC 4954")), qPrintable(auth));
    QVERIFY2(auth.contains(QLatin1String("RFC 4616")), qPrintable(auth)); // PLAIN, named
}

void TestLessonFlow::sentCommandIsExplainedFromTheCommandsTab()
{
    walkSteps(2);
    const QString detail = detailFor([](const TranscriptEntry &e) {
        return e.direction == Direction::Client && e.text.startsWith(QLatin1String("EHLO"));
    });
    const CommandInfo *ehlo = ReferenceCatalog::instance().command(QStringView(u"EHLO"));
    QVERIFY(ehlo);
    QVERIFY2(detail.contains(ehlo->purpose), qPrintable(detail));
    QVERIFY(detail.contains(ehlo->syntax));
    for (const TypicalReply &reply : ehlo->typicalReplies)
        QVERIFY2(detail.contains(reply.when), qPrintable(reply.when));
    // The Commands tab shows the same text.
    m_window->findChild<ReferenceDock *>()->showTab(ReferenceDock::CommandsTab);
    auto *tree = child<QTreeWidget>("commandTable");
    QVERIFY(tree);
    tree->setCurrentItem(tree->findItems(QStringLiteral("EHLO"), Qt::MatchExactly).value(0));
    const QString tab = child<QTextBrowser>("commandDetail")->toPlainText();
    QVERIFY2(detail.contains(tab.trimmed()), qPrintable(detail + QStringLiteral("\n----\n") + tab));
}

void TestLessonFlow::nearMissAndEmptyLineGetFeedback()
{
    walkSteps(1);
    type(QStringLiteral("EHOL laptop.example.org"));
    const QString feedback = child<QLabel>("lessonFeedback")->text();
    QVERIFY2(feedback.contains(QLatin1String("Did you mean")), qPrintable(feedback));
    QVERIFY2(feedback.contains(QLatin1String("EHLO laptop.example.org")), qPrintable(feedback));
    const QString detail = detailFor([](const TranscriptEntry &e) { return e.text == QLatin1String("EHOL laptop.example.org"); });
    QVERIFY2(detail.contains(QLatin1String("Did you mean EHLO laptop.example.org")), qPrintable(detail));

    const qsizetype before = m_window->session()->transcript()->size();
    type(QString()); // Enter on an empty command line
    QVERIFY(m_window->session()->transcript()->size() > before); // not silence
    QCOMPARE(m_window->session()->transcript()->entries().constLast().replyCode, 500);
    QVERIFY(child<QLabel>("lessonFeedback")->text().contains(QLatin1String("empty")));
}

void TestLessonFlow::greetingTimeIsNearZero()
{
    QTest::qWait(600); // the learner reads the lesson before connecting
    type(QStringLiteral("connect"));
    TranscriptModel *model = m_window->console()->transcriptPanel()->model();
    QTRY_VERIFY(model->rowCount() >= 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TranscriptModel::ReplyCodeRole).toInt() != 220)
            continue;
        const QString time = model->index(row, TranscriptModel::TimeColumn).data().toString();
        QVERIFY2(time.startsWith(QLatin1String("+0.0")) || time.startsWith(QLatin1String("+0.1")), qPrintable(time));
        return;
    }
    QFAIL("no greeting");
}

void TestLessonFlow::commonCausesAreAList()
{
    m_window->findChild<ReferenceDock *>()->showTab(ReferenceDock::ReplyCodesTab);
    auto *table = child<QTableView>("replyCodeTable");
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString().contains(QLatin1String("550"))) {
            table->setCurrentIndex(table->model()->index(row, 0));
            break;
        }
    }
    auto *detail = child<QTextBrowser>("replyCodeDetail");
    const QString html = detail->toHtml();
    const QString plain = detail->toPlainText();
    const ReplyCodeInfo *info = ReferenceCatalog::instance().replyCode(550);
    QVERIFY(info && info->causes.size() > 1);
    QVERIFY2(plain.contains(QLatin1String("Common causes")), qPrintable(plain));
    QVERIFY2(html.contains(QLatin1String("<li")), qPrintable(html));
    for (const QString &cause : info->causes)
        QVERIFY(plain.contains(cause));
    QVERIFY(!plain.contains(info->causes.join(QLatin1String("; ")))); // not one run-on sentence
}

QTEST_MAIN(TestLessonFlow)
#include "tst_lessonflow.moc"
