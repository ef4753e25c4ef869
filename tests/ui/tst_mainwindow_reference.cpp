// The real MainWindow's reference dock, offscreen: filtering the reply code table, command-line
// recipes that follow the session, and the Explain tab.
#include "mainwindowfixture.h"
#include "reference/commandtextview.h"
#include "referencedock.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace SmtpTutor;

class TestMainWindowReference : public QObject, private MainWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initTestCase(); }
    void init() { MainWindowFixture::init(); }
    void cleanup() { MainWindowFixture::cleanup(); }

    void filterReplyCodeTable();
    void commandLineRecipesFollowSession();
    void explainTab();
};

void TestMainWindowReference::filterReplyCodeTable()
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

void TestMainWindowReference::commandLineRecipesFollowSession()
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

void TestMainWindowReference::explainTab()
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

QTEST_MAIN(TestMainWindowReference)
#include "tst_mainwindow_reference.moc"
