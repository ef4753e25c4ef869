// The main window at laptop sizes, offscreen: the real MainWindow resized to 1024x700 and
// 1366x768 keeps room for the transcript and the command line, the lesson's expected reply stays
// on screen, the docks rearrange and keep their share, and the reference tables show their text.
#include "commandlineedit.h"
#include "consolewidget.h"
#include "diagram/mailflowmap.h"
#include "docklayout.h"
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "mainwindow.h"
#include "reference/commandtextview.h"
#include "referencedock.h"
#include "transcriptpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

#include <memory>

using namespace SmtpTutor;

class TestWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void transcriptAndCommandLineKeepTheirRoom_data();
    void transcriptAndCommandLineKeepTheirRoom();
    void expectedReplyVisibleAtEveryStep_data();
    void expectedReplyVisibleAtEveryStep();
    void lessonCardIsNeverCutOff_data();
    void lessonCardIsNeverCutOff();
    void docksTabWhenNarrowAndSplitWhenWide();
    void docksKeepTheirShareOnResize();
    void compactLayoutIsRestored();
    void replyCodeRowsShowTheirMeaning();
    void portRowsShowUseAndWarnings();
    void terminalBreaksOnlyAtSpaces();
    void serverNamesDoNotRepeatThePort();
    void practiceServerLabelsAndPortNote();

private:
    void showAt(const QSize &size);
    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QDockWidget *dock(const char *name) const { return child<QDockWidget>(name); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-layout-test"));
}

void TestWindowLayout::init()
{
    QSettings().clear();
}

void TestWindowLayout::cleanup()
{
    m_window.reset();
}

// A first start (no saved layout) at the given size, settled.
void TestWindowLayout::showAt(const QSize &size)
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(100); // the dock arrangement runs after the first layout
}

void TestWindowLayout::transcriptAndCommandLineKeepTheirRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestWindowLayout::transcriptAndCommandLineKeepTheirRoom()
{
    QFETCH(QSize, size);
    showAt(size);
    QCOMPARE(m_window->size(), size);
    const auto *transcript = child<QTableView>("transcriptView");
    const auto *command = child<CommandLineEdit>("commandLineEdit");
    QVERIFY(transcript->isVisible());
    QVERIFY(command->isVisible());
    const QString widths = QStringLiteral("transcript %1, command line %2, lesson dock %3, reference dock %4")
                               .arg(transcript->width())
                               .arg(command->width())
                               .arg(dock("lessonDock")->width())
                               .arg(dock("referenceDock")->width());
    QVERIFY2(transcript->width() >= 0.45 * size.width(), qPrintable(widths));
    QVERIFY2(command->width() >= 300, qPrintable(widths));
    // The lesson is on screen too, not squeezed to nothing.
    QVERIFY2(dock("lessonDock")->isVisible() && dock("lessonDock")->width() >= 300, qPrintable(widths));
}

void TestWindowLayout::expectedReplyVisibleAtEveryStep_data()
{
    transcriptAndCommandLineKeepTheirRoom_data();
}

// What the learner needs from a step: what to expect back, on screen without scrolling, and the
// step text not cut off. Checked at every step of the nine-step lesson.
void TestWindowLayout::expectedReplyVisibleAtEveryStep()
{
    QFETCH(QSize, size);
    showAt(size);
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    auto *scroll = child<QScrollArea>("lessonScrollArea");
    auto *body = child<QLabel>("lessonStepBody");
    QVERIFY(scroll);
    QVERIFY(body);
    for (int s = 0; s < lesson->steps.size(); ++s) {
        QTRY_COMPARE(m_window->lessonRunner()->currentStepIndex(), s);
        QTest::qWait(20); // the label's new height is laid out
        const QString where
            = QStringLiteral("step %1 at %2x%3").arg(s + 1).arg(size.width()).arg(size.height());
        QVERIFY2(body->isVisible(), qPrintable(where));
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        // Not clipped: the label is as tall as its wrapped text.
        QVERIFY2(body->height() >= body->heightForWidth(body->width()), qPrintable(where));
        // Where the "The server should answer" paragraph ends inside the label, laid out as the
        // label lays it out (same text, font and width).
        QTextDocument doc;
        doc.setDefaultFont(body->font());
        doc.setDocumentMargin(0);
        doc.setHtml(body->text());
        doc.setTextWidth(body->contentsRect().width());
        QTextBlock block = doc.begin();
        while (block.isValid() && !block.text().contains(QLatin1String("The server should answer")))
            block = block.next();
        QVERIFY2(block.isValid(), qPrintable(body->text()));
        const int bottom = body->mapTo(scroll->viewport(), body->contentsRect().topLeft()).y()
            + qCeil(doc.documentLayout()->blockBoundingRect(block).bottom());
        QVERIFY2(bottom <= scroll->viewport()->height(),
            qPrintable(where
                + QStringLiteral(": expected reply ends at %1, viewport %2")
                      .arg(bottom)
                      .arg(scroll->viewport()->height())));
        for (const QString &line : lesson->steps.at(s).fill)
            m_window->lessonRunner()->submit(line.toUtf8());
    }
}

void TestWindowLayout::lessonCardIsNeverCutOff_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1320x830") << QSize(1320, 830); // the first size on a 1440x900 screen
    QTest::newRow("1440x900") << QSize(1440, 900);
}

// Seen at 1440x900: the lesson dock, narrower there than at 1024x700 because the reference
// shares the row, cut off the map's "this session" tag and the "Fill it in for me" button.
// The card is at least as wide as it needs, at the default layout and when the learner drags
// the dock as narrow as it goes.
void TestWindowLayout::lessonCardIsNeverCutOff()
{
    QFETCH(QSize, size);
    showAt(size);
    auto *scroll = child<QScrollArea>("lessonScrollArea");
    auto *card = child<QWidget>("lessonPanel");
    auto *map = card->findChild<MailFlowMap *>();
    auto *fill = child<QPushButton>("fillButton");
    QVERIFY(scroll && card && map && fill);
    const auto check = [&](const char *when) {
        QTest::qWait(50);
        const QString where = QStringLiteral("%1 at %2x%3: card %4 (needs %5), map %6 (needs %7), viewport %8")
                                  .arg(QLatin1String(when))
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(card->width())
                                  .arg(card->minimumSizeHint().width())
                                  .arg(map->width())
                                  .arg(map->minimumSizeHint().width())
                                  .arg(scroll->viewport()->width());
        QVERIFY2(card->width() >= card->minimumSizeHint().width(), qPrintable(where));
        QVERIFY2(map->width() >= map->minimumSizeHint().width(), qPrintable(where));
        QVERIFY2(card->width() <= scroll->viewport()->width(), qPrintable(where)); // no sideways scrolling
        const int fillRight = fill->mapTo(scroll->viewport(), QPoint(fill->width(), 0)).x();
        QVERIFY2(fillRight <= scroll->viewport()->width(), qPrintable(where));
    };
    check("default layout");
    if (QTest::currentTestFailed())
        return;
    m_window->resizeDocks({ dock("lessonDock") }, { 100 }, Qt::Horizontal);
    check("dragged narrow");
}

void TestWindowLayout::docksTabWhenNarrowAndSplitWhenWide()
{
    showAt(QSize(1024, 700));
    QDockWidget *lesson = dock("lessonDock");
    QDockWidget *reference = dock("referenceDock");
    QVERIFY(m_window->tabifiedDockWidgets(lesson).contains(reference));
    QVERIFY(m_window->tabifiedDockWidgets(lesson).contains(dock("exerciseDock")));
    QVERIFY(lesson->isVisible()); // the lesson is the tab in front
    m_window->resize(1440, 900);
    QTRY_COMPARE(m_window->dockWidgetArea(reference), Qt::RightDockWidgetArea);
    QTRY_VERIFY(reference->isVisible() && lesson->isVisible());
    QVERIFY(!m_window->tabifiedDockWidgets(lesson).contains(reference));
    m_window->resize(1024, 700);
    QTRY_VERIFY(m_window->tabifiedDockWidgets(lesson).contains(reference));
}

// QMainWindow alone gives every pixel of a resize to the centre; the docks keep their share,
// except that the lesson dock never gets narrower than its card needs.
void TestWindowLayout::docksKeepTheirShareOnResize()
{
    showAt(QSize(1440, 900));
    QDockWidget *lesson = dock("lessonDock");
    const double share = double(lesson->width()) / m_window->width();
    for (const int width : { 1800, 1300 }) {
        m_window->resize(width, 900);
        const int expected = qMax(qRound(share * width), lesson->minimumSizeHint().width());
        QTRY_VERIFY2(qAbs(lesson->width() - expected) <= 0.02 * width,
            qPrintable(QStringLiteral("%1 of %2, expected %3 (share %4, minimum %5)")
                           .arg(lesson->width())
                           .arg(m_window->width())
                           .arg(expected)
                           .arg(share)
                           .arg(lesson->minimumSizeHint().width())));
        // The centre (on a wide window the transcript and the diagram side by side).
        const int centre = m_window->centralWidget()->width();
        QVERIFY2(centre >= 0.45 * m_window->width(),
            qPrintable(QStringLiteral("centre %1 of %2, lesson %3, reference %4")
                           .arg(centre)
                           .arg(width)
                           .arg(lesson->width())
                           .arg(dock("referenceDock")->width())));
    }
}

void TestWindowLayout::compactLayoutIsRestored()
{
    showAt(QSize(1024, 700));
    QVERIFY(m_window->dockLayout()->isCompact());
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1024, 700));
    QVERIFY(m_window->dockLayout()->isCompact());
    QVERIFY(m_window->tabifiedDockWidgets(dock("lessonDock")).contains(dock("referenceDock")));
    // Widening the window still undoes the move the layout made.
    m_window->resize(1440, 900);
    QTRY_COMPARE(m_window->dockWidgetArea(dock("referenceDock")), Qt::RightDockWidgetArea);
}

void TestWindowLayout::replyCodeRowsShowTheirMeaning()
{
    showAt(QSize(1366, 768));
    m_window->referenceDock()->showTab(ReferenceDock::ReplyCodesTab);
    auto *table = child<QTableView>("replyCodeTable");
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QVERIFY(table->wordWrap());
    const int meaning = 1; // ReplyCodeModel::MeaningColumn
    QVERIFY(!table->isColumnHidden(meaning));
    QVERIFY(
        table->columnViewportPosition(meaning) + table->columnWidth(meaning) <= table->viewport()->width());
    int wrapped = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, meaning);
        const QString text = index.data().toString();
        const QRect needed = table->fontMetrics().boundingRect(
            QRect(0, 0, table->columnWidth(meaning) - 8, 10000), Qt::TextWordWrap, text);
        QVERIFY2(table->rowHeight(row) >= needed.height(), qPrintable(text));
        wrapped += needed.height() > table->fontMetrics().height() ? 1 : 0;
    }
    QVERIFY(wrapped > 0); // the dock is narrow enough that some meanings take two lines
}

void TestWindowLayout::portRowsShowUseAndWarnings()
{
    showAt(QSize(1366, 768));
    m_window->referenceDock()->showTab(ReferenceDock::PortsTab);
    auto *tree = child<QTreeWidget>("portTable");
    QVERIFY(tree);
    QTRY_VERIFY(tree->isVisible());
    QTest::qWait(50); // rows are measured again once the columns have their widths
    QVERIFY(tree->topLevelItemCount() >= 4);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *port = tree->topLevelItem(i);
        QVERIFY(port->isExpanded());
        QVERIFY(port->childCount() >= 2);
        QVERIFY(port->child(0)->text(0).contains(QLatin1String("Use")));
        for (int c = 0; c < port->childCount(); ++c) {
            QTreeWidgetItem *row = port->child(c);
            // The sentence reads across the row, in the first column, and the row is tall enough
            // for all of it.
            QVERIFY(!row->text(0).isEmpty());
            QVERIFY(row->isFirstColumnSpanned());
            const QRect rect = tree->visualItemRect(row);
            // The cell's text area: the row less two indentation levels and the style's margins.
            const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
            const int textWidth = tree->viewport()->width() - 2 * tree->indentation() - 2 * margin;
            const QRect needed = tree->fontMetrics().boundingRect(
                QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, row->text(0));
            QVERIFY2(rect.height() >= needed.height(),
                qPrintable(QStringLiteral("%1 < %2, viewport %3: %4")
                               .arg(rect.height())
                               .arg(needed.height())
                               .arg(tree->viewport()->width())
                               .arg(row->text(0))));
        }
    }
}

// Every visual line break of the Terminal tab falls after a space, at every width.
void TestWindowLayout::terminalBreaksOnlyAtSpaces()
{
    showAt(QSize(1366, 768));
    m_window->lessonRunner()->submit("telnet mail.example.com 587");
    m_window->lessonRunner()->submit("EHLO laptop.example.org");
    m_window->referenceDock()->showTab(ReferenceDock::CommandLineTab);
    auto *recipes = child<CommandTextView>("commandLineRecipes");
    QVERIFY(recipes);
    QVERIFY(recipes->commands().contains(QLatin1String("-starttls")));
    for (int width : { 180, 240, 300, 420 }) {
        recipes->setFixedWidth(width);
        QTest::qWait(10);
        int breaks = 0;
        for (QTextBlock block = recipes->document()->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int l = 0; l + 1 < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                const QString text = block.text();
                const int end = line.textStart() + line.textLength();
                ++breaks;
                QVERIFY2(text.at(end - 1).isSpace(),
                    qPrintable(QStringLiteral("width %1: \"%2\" | \"%3\"")
                                   .arg(width)
                                   .arg(text.left(end), text.mid(end))));
            }
        }
        if (width <= 240)
            QVERIFY(breaks > 0); // narrow enough to wrap at all
    }
}

void TestWindowLayout::serverNamesDoNotRepeatThePort()
{
    showAt(QSize(1024, 700));
    auto *combo = child<QComboBox>("scenarioComboBox");
    static const QRegularExpression port(QStringLiteral("\\b(25|465|587|2525)\\b"));
    for (int i = 0; i < combo->count(); ++i) {
        const QString text = combo->itemText(i);
        QVERIFY2(text.count(port) <= 1, qPrintable(text)); // "Port 587: ... (port 587)" said it twice
    }
    QVERIFY(combo->findText(QStringLiteral("Port 587"), Qt::MatchStartsWith) >= 0);
}

// "&Scenario:" and "&Port:" showed their ampersands: QFormLayout gives a label made from text
// beside a layout no buddy. The "Port 25" server listens on 2525, and the panel says why.
void TestWindowLayout::practiceServerLabelsAndPortNote()
{
    showAt(QSize(1366, 768));
    m_window->findChild<QAction *>(QStringLiteral("practiceAction"))->trigger();
    auto *practice = dock("practiceServerDock");
    QVERIFY(practice);
    QTRY_VERIFY(practice->isVisible());
    for (const QLabel *label : practice->findChildren<QLabel *>()) {
        if (label->isVisible() && label->textFormat() != Qt::RichText
            && label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text())); // else the "&" is printed
    }
    auto *scenario = practice->findChild<QComboBox *>(QStringLiteral("practiceScenarioComboBox"));
    scenario->setCurrentIndex(scenario->findData(QStringLiteral("relay")));
    auto *note = practice->findChild<QLabel *>(QStringLiteral("practicePortNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("2525")) && note->text().contains(QLatin1String("1024")),
        qPrintable(note->text()));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
