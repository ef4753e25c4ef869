// The map of where mail travels: the hop each port and scenario plays, the highlight drawn on
// that hop only (light and dark palettes), picking a hop by mouse and keyboard, and the map in
// the lesson's introduction, the F1 guide and the reference's Ports tab.

#include "diagram/mailflowmap.h"
#include "helpdialog.h"
#include "lesson/simulatorsession.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "referencedock.h"
#include "server/scenario.h"

#include <QAction>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using Hop = MailFlowMap::Hop;

class TestMailFlowMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hopForPortAndScenario_data();
    void hopForPortAndScenario();
    void highlightIsDrawnOnTheSessionHopOnly_data();
    void highlightIsDrawnOnTheSessionHopOnly();
    void mouseAndKeyboardPickAHop();
    void lessonIntroductionShowsTheLessonsHop();
    void guideAndPortsTabFollowTheSession();

private:
    static int highlightPixels(const QImage &image, const QRect &rect, const QColor &highlight);
    QTemporaryDir m_settingsDir;
};

void TestMailFlowMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorMapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-test"));
}

void TestMailFlowMap::hopForPortAndScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("port");
    QTest::addColumn<Hop>("hop");
    QTest::newRow("submission") << QStringLiteral("submission") << 587 << Hop::Submission;
    QTest::newRow("implicit TLS") << QStringLiteral("smtps") << 465 << Hop::Submission;
    QTest::newRow("relay") << QStringLiteral("relay") << 25 << Hop::Relay;
    QTest::newRow("greylisting MX") << QStringLiteral("greylist") << 25 << Hop::Relay;
    QTest::newRow("auth required") << QStringLiteral("auth-required") << 587 << Hop::Submission;
    QTest::newRow("probe on 2525") << QString() << 2525 << Hop::Submission;
    QTest::newRow("probe on 110") << QString() << 110 << Hop::None;
}

void TestMailFlowMap::hopForPortAndScenario()
{
    QFETCH(QString, scenario);
    QFETCH(int, port);
    QFETCH(Hop, hop);
    QCOMPARE(MailFlowMap::hopForPort(port), hop);
    if (scenario.isEmpty())
        return;
    const auto loaded = Scenario::load(scenario);
    QVERIFY(loaded);
    QCOMPARE(loaded->port, port);
    QCOMPARE(MailFlowMap::hopForScenario(*loaded), hop);
}

int TestMailFlowMap::highlightPixels(const QImage &image, const QRect &rect, const QColor &highlight)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixelColor(x, y).rgb() == highlight.rgb())
                ++count;
    return count;
}

void TestMailFlowMap::highlightIsDrawnOnTheSessionHopOnly_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("width"); // wide: a row of boxes; a dock: dots on a line; narrow: a line map
    QTest::newRow("light, wide") << false << 900;
    QTest::newRow("dark, wide") << true << 900;
    QTest::newRow("light, dock") << false << 380;
    QTest::newRow("dark, dock") << true << 380;
    QTest::newRow("light, narrow") << false << 0; // 0: the map's minimum width
    QTest::newRow("dark, narrow") << true << 0;
}

void TestMailFlowMap::highlightIsDrawnOnTheSessionHopOnly()
{
    QFETCH(bool, dark);
    QFETCH(int, width);
    MailFlowMap map;
    QPalette palette = map.palette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    } else {
        palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    }
    map.setPalette(palette);
    if (width == 0)
        width = map.minimumSizeHint().width();
    map.resize(width, map.heightForWidth(width));
    for (const Hop session : {Hop::Submission, Hop::Relay}) {
        map.setSessionHop(session);
        const QImage image = map.grab().toImage();
        for (int hop = 0; hop < MailFlowMap::HopCount; ++hop) {
            const int pixels = highlightPixels(image, map.hopRect(Hop(hop)).toAlignedRect(), palette.color(QPalette::Highlight));
            if (Hop(hop) == session)
                QVERIFY2(pixels > 50, qPrintable(QStringLiteral("hop %1: %2 pixels").arg(hop).arg(pixels)));
            else
                QCOMPARE(pixels, 0);
        }
    }
    // Everything fits: the caption is inside the widget's height.
    QCOMPARE(map.height(), map.heightForWidth(width));
}

void TestMailFlowMap::mouseAndKeyboardPickAHop()
{
    MailFlowMap map;
    map.resize(900, map.heightForWidth(900));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.setSessionHop(Hop::Submission);
    QCOMPARE(map.currentHop(), Hop::Submission);
    QVERIFY(map.accessibleDescription().contains(MailFlowMap::hopTitle(Hop::Submission)));
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.hopRect(Hop::Relay).center().toPoint());
    QCOMPARE(map.currentHop(), Hop::Relay);
    QVERIFY(map.accessibleDescription().contains(MailFlowMap::hopExplanation(Hop::Relay)));
    QTest::keyClick(&map, Qt::Key_Right);
    QCOMPARE(map.currentHop(), Hop::Delivery);
    QTest::keyClick(&map, Qt::Key_Right); // stays on the last hop
    QCOMPARE(map.currentHop(), Hop::Delivery);
    QTest::keyClick(&map, Qt::Key_Home);
    QCOMPARE(map.currentHop(), Hop::Submission);
    QTest::keyClick(&map, Qt::Key_Down);
    QCOMPARE(map.currentHop(), Hop::Handoff);
    // The session's hop stays highlighted whatever the learner reads about.
    QCOMPARE(map.sessionHop(), Hop::Submission);
}

void TestMailFlowMap::lessonIntroductionShowsTheLessonsHop()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *map = window.lessonPanel()->findChild<MailFlowMap *>();
    QVERIFY(map);
    QVERIFY(map->isVisible()); // step 1 of the handshake lesson: the introduction
    QCOMPARE(map->sessionHop(), Hop::Submission);
    QVERIFY(window.lessonPanel()->startLesson(QStringLiteral("drill-greylist")));
    QCOMPARE(map->sessionHop(), Hop::Relay);
    // Once the lesson is under way the map gives its room back.
    QVERIFY(window.lessonPanel()->startLesson(QStringLiteral("handshake")));
    window.lessonRunner()->submit(window.lessonRunner()->suggestedLine().toUtf8());
    QTRY_VERIFY(!map->isVisible());
}

void TestMailFlowMap::guideAndPortsTabFollowTheSession()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectScenario(QStringLiteral("relay")));
    window.referenceDock()->showTab(ReferenceDock::PortsTab);
    auto *portsMap = window.referenceDock()->tabs()->currentWidget()->findChild<MailFlowMap *>();
    QVERIFY(portsMap);
    QCOMPARE(portsMap->sessionHop(), Hop::Relay);
    QVERIFY(window.selectScenario(QStringLiteral("smtps")));
    QCOMPARE(portsMap->sessionHop(), Hop::Submission);

    auto *guideAction = window.findChild<QAction *>(QStringLiteral("guideAction"));
    guideAction->trigger();
    auto *guide = window.findChild<HelpDialog *>();
    QVERIFY(guide);
    QCOMPARE(guide->mailFlowMap()->sessionHop(), Hop::Submission);
    guide->close();
    QVERIFY(window.selectScenario(QStringLiteral("greylist")));
    guideAction->trigger();
    QCOMPARE(guide->mailFlowMap()->sessionHop(), Hop::Relay);
}

QTEST_MAIN(TestMailFlowMap)
#include "tst_mailflowmap.moc"
