// The practice server panel with an exam, offscreen: choose the exam, start on a free port, let
// scripted clients over a real socket pass and fail it, and check what the learner sees: one
// report card per attempt (verdict word, exam title, reason, the transcript lines as evidence,
// what a correct client does), the summary line, the session a card names selected with its
// transcript, INCOMPLETE for what still waits when the server stops, and the cards reachable
// from the keyboard.

#include "practice/examreportcard.h"
#include "practice/examreportcards.h"
#include "practice/practiceserver.h"
#include "practice/practiceserverwidget.h"
#include "tests/core/practicetestclient.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;

namespace {

QString cardText(const ExamReportCard *card, const char *name)
{
    const auto *label = card->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

// The colour the verdict word is drawn in (the role follows the card's Base background).
QColor wordColor(const ExamReportCard *card)
{
    const auto *label = card->findChild<QLabel *>(QStringLiteral("examVerdictWord"));
    return label ? label->palette().color(label->foregroundRole()) : QColor();
}

int sessionOfCurrentItem(const QTreeWidget *tree)
{
    return tree->currentItem() ? tree->currentItem()->text(0).toInt() : -1;
}

} // namespace

class TestPracticeExam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The widget, shown and active (keyboard focus needs an active window), with `exam` chosen
    // in the form and started on a free port.
    std::unique_ptr<PracticeServerWidget> startExam(const QString &exam, int greylistDelay = 0)
    {
        auto widget = std::make_unique<PracticeServerWidget>();
        widget->resize(1000, 700);
        widget->show();
        widget->activateWindow();
        if (!QTest::qWaitForWindowActive(widget.get()))
            qWarning("the window did not become active");
        widget->setCertificateDirectory(m_dir.path());
        widget->setPorts(0, 0);
        auto *exams = widget->findChild<QComboBox *>(QStringLiteral("practiceExamComboBox"));
        const int index = exams->findData(exam);
        if (index < 0)
            return nullptr;
        exams->setCurrentIndex(index);
        if (greylistDelay > 0)
            widget->findChild<QSpinBox *>(QStringLiteral("practiceGreylistDelaySpinBox"))->setValue(greylistDelay);
        QTest::mouseClick(
            widget->findChild<QPushButton *>(QStringLiteral("practiceStartStopButton")), Qt::LeftButton);
        return widget;
    }

    static ExamReportCards *cardsOf(const PracticeServerWidget &widget)
    {
        return widget.findChild<ExamReportCards *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // An exam plays its own server: the scenario choice goes grey, the client settings name the
    // exam's users, and "No exam" gives the scenario back.
    void choosingAnExamDisablesTheScenario()
    {
        PracticeServerWidget widget;
        auto *exams = widget.findChild<QComboBox *>(QStringLiteral("practiceExamComboBox"));
        auto *scenarios = widget.findChild<QComboBox *>(QStringLiteral("practiceScenarioComboBox"));
        auto *delay = widget.findChild<QSpinBox *>(QStringLiteral("practiceGreylistDelaySpinBox"));
        QVERIFY(exams && scenarios && delay);
        QCOMPARE(exams->count(), int(ExamCatalog::all().size()) + 1); // "No exam" and the catalogue
        QVERIFY(scenarios->isEnabled());
        exams->setCurrentIndex(exams->findData(QStringLiteral("strip-starttls")));
        QCOMPARE(exams->currentText(), ExamCatalog::info(ExamId::StripStartTls).title);
        QCOMPARE(exams->toolTip(), ExamCatalog::info(ExamId::StripStartTls).serverDoes);
        QVERIFY(!scenarios->isEnabled());
        QVERIFY(delay->isHidden()); // only greylisting has a delay
        const QString settings = widget.clientSettingsText();
        QVERIFY2(settings.contains(QStringLiteral("User name: alice   Password: wonderland")), qPrintable(settings));
        QVERIFY(settings.contains(QStringLiteral("127.0.0.1")));
        exams->setCurrentIndex(exams->findData(QStringLiteral("greylist")));
        QVERIFY(!delay->isHidden());
        QCOMPARE(delay->value(), 60);
        exams->setCurrentIndex(0);
        QVERIFY(scenarios->isEnabled());
    }

    // strip-starttls: a client that sends MAIL FROM in clear fails, one that stops passes; both
    // get a card, the newest on top, and a card selects its session.
    void verdictsShowAsReportCards()
    {
        std::unique_ptr<PracticeServerWidget> widget = startExam(QStringLiteral("strip-starttls"));
        QVERIFY(widget);
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000); // openssl makes the certificate first
        QVERIFY(!widget->findChild<QComboBox *>(QStringLiteral("practiceScenarioComboBox"))->isEnabled());
        QVERIFY(!widget->findChild<QComboBox *>(QStringLiteral("practiceExamComboBox"))->isEnabled());
        const quint16 port = widget->server()->port();
        const QString settings
            = widget->findChild<QPlainTextEdit *>(QStringLiteral("practiceClientSettingsEdit"))->toPlainText();
        QVERIFY2(settings.contains(QStringLiteral("Port %1").arg(port)), qPrintable(settings));
        ExamReportCards *cards = cardsOf(*widget);
        QVERIFY(cards && cards->isVisible());
        QVERIFY(cards->cards().isEmpty());
        QVERIFY(cards->summaryText().startsWith(QStringLiteral("No verdict yet")));

        PracticeTestClient careless;
        QVERIFY(careless.connectPlain(port));
        QCOMPARE(careless.readReply()->code(), 220);
        Reply ehlo;
        QCOMPARE(careless.command("EHLO careless.example.org", &ehlo), 250);
        QVERIFY(!ehlo.lines().join(u' ').contains(QStringLiteral("STARTTLS"))); // the exam stripped it
        careless.command("MAIL FROM:<alice@example.com>");
        QTRY_COMPARE(cards->cards().size(), 1);
        ExamReportCard *fail = cards->cards().first();
        const QString title = ExamCatalog::info(ExamId::StripStartTls).title;
        QCOMPARE(cardText(fail, "examVerdictWord"), QStringLiteral("FAIL"));
        QCOMPARE(cardText(fail, "examCardTitle"), title);
        QVERIFY2(cardText(fail, "examCardReason").contains(QStringLiteral("MAIL FROM in clear text")),
            qPrintable(cardText(fail, "examCardReason")));
        QVERIFY2(cardText(fail, "examCardEvidence").contains(QStringLiteral("MAIL FROM:<alice@example.com>")),
            qPrintable(cardText(fail, "examCardEvidence")));
        QVERIFY(cardText(fail, "examCardCorrectClient").contains(QStringLiteral("What a correct client does")));
        QVERIFY(cardText(fail, "examCardRfc").contains(QStringLiteral("RFC 3207")));
        QVERIFY(fail->accessibleName().startsWith(QStringLiteral("FAIL: ") + title));
        QCOMPARE(cards->summaryText(), QStringLiteral("0 PASS, 1 FAIL, 0 INCOMPLETE"));
        careless.command("QUIT");

        PracticeTestClient careful;
        QVERIFY(careful.connectPlain(port));
        QCOMPARE(careful.readReply()->code(), 220);
        QCOMPARE(careful.command("EHLO careful.example.org"), 250);
        QCOMPARE(careful.command("QUIT"), 221);
        QVERIFY(careful.waitClosed());
        QTRY_COMPARE(cards->cards().size(), 2);
        ExamReportCard *pass = cards->cards().first(); // the newest on top
        QCOMPARE(cardText(pass, "examVerdictWord"), QStringLiteral("PASS"));
        QCOMPARE(cardText(pass, "examCardTitle"), title);
        QVERIFY(cardText(pass, "examCardEvidence").contains(QStringLiteral("QUIT")));
        QCOMPARE(cards->summaryText(), QStringLiteral("1 PASS, 1 FAIL, 0 INCOMPLETE"));
        // The colour repeats the word: green and red, not the card's plain text colour.
        QCOMPARE(wordColor(pass), ExamReportCard::resultColor(ExamResult::Pass, pass->palette()));
        QCOMPARE(wordColor(fail), ExamReportCard::resultColor(ExamResult::Fail, fail->palette()));
        QVERIFY(wordColor(pass) != wordColor(fail));

        // A card names its session: choosing it selects that session, whose transcript shows.
        auto *tree = widget->findChild<QTreeWidget *>(QStringLiteral("practiceConnectionsTree"));
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        fail->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(sessionOfCurrentItem(tree), fail->verdict().sessions.first());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up); // to the newer card, above
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pass));
        QCOMPARE(sessionOfCurrentItem(tree), pass->verdict().sessions.first());
        QVERIFY(fail->verdict().sessions.first() != pass->verdict().sessions.first());
        // A click on a card's text (where the mouse mostly lands) chooses the card too.
        auto *reason = fail->findChild<QLabel *>(QStringLiteral("examCardReason"));
        QTest::mouseClick(reason, Qt::LeftButton, {}, QPoint(4, 4));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(fail));
        QCOMPARE(sessionOfCurrentItem(tree), fail->verdict().sessions.first());

        widget->stop();
        QCOMPARE(cards->cards().size(), 2); // the careless client closed after QUIT: no more cards

        // A new run starts with no cards.
        widget->start();
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000);
        QVERIFY(cards->cards().isEmpty());
        widget->stop();
    }

    // greylist: the client got its 450 and is still connected when the server stops; the exam
    // could not see it come back, so the card says INCOMPLETE. The delay chosen in the form is
    // the one the server asks for.
    void stopLeavesPendingAttemptsIncomplete()
    {
        std::unique_ptr<PracticeServerWidget> widget = startExam(QStringLiteral("greylist"), 120);
        QVERIFY(widget);
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(widget->server()->port()));
        QCOMPARE(client.readReply()->code(), 220);
        QCOMPARE(client.command("EHLO retry.example.org"), 250);
        QCOMPARE(client.command("MAIL FROM:<alice@example.com>"), 250);
        Reply refusal;
        QCOMPARE(client.command("RCPT TO:<bob@example.com>", &refusal), 450);
        QVERIFY2(refusal.text().contains(QStringLiteral("120 seconds")), qPrintable(refusal.text()));
        ExamReportCards *cards = cardsOf(*widget);
        QTest::qWait(50); // the proctor reads the 450 as it is written: still no verdict
        QVERIFY(cards->cards().isEmpty());

        QTest::mouseClick(
            widget->findChild<QPushButton *>(QStringLiteral("practiceStartStopButton")), Qt::LeftButton);
        QTRY_COMPARE(cards->cards().size(), 1);
        const ExamReportCard *card = cards->cards().first();
        QCOMPARE(cardText(card, "examVerdictWord"), QStringLiteral("INCOMPLETE"));
        QCOMPARE(cardText(card, "examCardTitle"), ExamCatalog::info(ExamId::Greylist).title);
        QVERIFY(cardText(card, "examCardEvidence").contains(QStringLiteral("450")));
        QCOMPARE(cards->summaryText(), QStringLiteral("0 PASS, 0 FAIL, 1 INCOMPLETE"));
    }

    // Tab from the start button reaches the cards; they have accessible names.
    // A client looping at the server (hundreds of sessions) must not leave hundreds of
    // widgets: the newest cards stay, and the summary still counts every verdict.
    void cardsAreBoundedButAllAreCounted()
    {
        ExamReportCards cards;
        cards.begin(ExamId::StripStartTls);
        const qsizetype total = ExamReportCards::MaxCards + 5;
        for (qsizetype i = 1; i <= total; ++i) {
            ExamVerdict verdict;
            verdict.exam = ExamId::StripStartTls;
            verdict.result = i == 1 ? ExamResult::Pass : ExamResult::Fail;
            verdict.reason = QStringLiteral("attempt %1").arg(i);
            verdict.sessions = { int(i) };
            cards.addVerdict(verdict);
        }
        QCOMPARE(cards.cards().size(), ExamReportCards::MaxCards);
        QCOMPARE(cards.cards().first()->verdict().sessions, QList<int> { int(total) }); // newest on top
        QCOMPARE(cards.cards().last()->verdict().sessions, QList<int> { 6 }); // the five oldest went
        QVERIFY2(cards.summaryText().startsWith(QStringLiteral("1 PASS, %1 FAIL, 0 INCOMPLETE").arg(total - 1)),
            qPrintable(cards.summaryText()));
        QVERIFY(cards.summaryText().contains(QStringLiteral("newest %1").arg(ExamReportCards::MaxCards)));
        cards.begin(ExamId::StripStartTls);
        QVERIFY(cards.cards().isEmpty());
        QVERIFY(!cards.summaryText().contains(QStringLiteral("PASS")));
    }

    void keyboardReachesTheCards()
    {
        std::unique_ptr<PracticeServerWidget> widget = startExam(QStringLiteral("strip-starttls"));
        QVERIFY(widget);
        QTRY_VERIFY_WITH_TIMEOUT(widget->isRunning(), 30000);
        PracticeTestClient client;
        QVERIFY(client.connectPlain(widget->server()->port()));
        QCOMPARE(client.readReply()->code(), 220);
        QCOMPARE(client.command("EHLO keys.example.org"), 250);
        QCOMPARE(client.command("QUIT"), 221);
        ExamReportCards *cards = cardsOf(*widget);
        QTRY_COMPARE(cards->cards().size(), 1);
        QVERIFY(!cards->cards().first()->accessibleName().isEmpty());

        auto *button = widget->findChild<QPushButton *>(QStringLiteral("practiceStartStopButton"));
        button->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(button->hasFocus());
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = qobject_cast<ExamReportCard *>(QApplication::focusWidget()) != nullptr;
        }
        QVERIFY2(reached, "Tab never reached a report card");
        // ... and goes on round the whole panel back to the button: no table keeps Tab for its
        // cells (the transcript table once did, a trap for keyboard users).
        bool backAtButton = false;
        for (int i = 0; i < 40 && !backAtButton; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            backAtButton = QApplication::focusWidget() == button;
        }
        QVERIFY2(backAtButton, "Tab did not come back round to the Start/Stop button");
        widget->stop();
    }
};

QTEST_MAIN(TestPracticeExam)
#include "tst_practiceexam.moc"
