// The sequence diagram offscreen: linked to the transcript both ways, the keyboard, folded
// replies, the view switch kept for the next start, the lesson's faint next step (masked during
// AUTH), the probe's Diagram tab, and File > Export Diagram in its three formats.

#include "consolewidget.h"
#include "diagram/consolediagramlink.h"
#include "diagram/diagramexport.h"
#include "diagram/sequencediagramview.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "mainwindow.h"
#include "probe/probedialog.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"
#include "uihelpers.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace SmtpTutor;

class TestSequenceDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void growsLiveWithTheSession();
    void clickingAnArrowSelectsItsTranscriptLines();
    void selectingATranscriptLineHighlightsItsArrow();
    void keyboardMovesBetweenArrows();
    void screenReadersSeeEveryRowAsANamedListItem();
    void foldedReplyOpensOnClickAndEnter();
    void viewModeAndSplitterAreRestored();
    void lessonShowsTheNextStepMaskedDuringAuth();
    void darkPaletteGetsTheLightClassColours();
    void probeDialogHasADiagramWithTimes();
    void exportWritesThreeFormats();

private:
    // Rows of the diagram whose arrow label starts with text (after the class mark).
    qsizetype rowOfArrow(const SequenceDiagramView &view, const QString &text) const;
    void send(const QByteArray &line) { m_session->sendLine(line); }

    QTemporaryDir m_settingsDir;
    SimulatorSession *m_session = nullptr;
    TranscriptPanel *m_panel = nullptr;
};

void TestSequenceDiagram::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorDiagramTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-test"));
}

void TestSequenceDiagram::init()
{
    QSettings().clear();
    m_session = new SimulatorSession;
    const auto scenario = Scenario::load(QStringLiteral("submission"));
    QVERIFY(scenario);
    m_session->setScenario(*scenario);
    m_panel = new TranscriptPanel;
    m_panel->setTranscript(m_session->transcript());
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_session->connectToServer();
    send("EHLO laptop.example.org");
    send("STARTTLS");
    send("EHLO laptop.example.org");
    // The submission port takes mail for its own users only after they log in (Postfix's
    // smtpd_client_restrictions = permit_sasl_authenticated, reject).
    send("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    send("MAIL FROM:<alice@example.com>");
}

void TestSequenceDiagram::cleanup()
{
    delete m_panel;
    delete m_session;
}

qsizetype TestSequenceDiagram::rowOfArrow(const SequenceDiagramView &view, const QString &text) const
{
    const DiagramLayout &layout = view.layout();
    for (qsizetype row = 0; row < layout.rows().size(); ++row) {
        const DiagramRow &r = layout.rows().at(row);
        if (r.type == DiagramRow::Type::Arrow && layout.arrows().at(r.index).label.startsWith(text))
            return row;
    }
    return -1;
}

void TestSequenceDiagram::growsLiveWithTheSession()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    QTRY_VERIFY(rowOfArrow(*diagram, QStringLiteral("MAIL FROM")) >= 0);
    const qsizetype rows = diagram->layout().rows().size();
    send("RCPT TO:<bob@example.com>");
    // The diagram reads the transcript on the next turn of the event loop, by itself.
    QTRY_COMPARE(diagram->layout().rows().size(), rows + 2);
    QVERIFY(rowOfArrow(*diagram, QStringLiteral("250 2.1.5")) >= 0);
    // The TLS band starts after the 220 to STARTTLS and is still open.
    QCOMPARE(diagram->layout().tlsBands().size(), 1);
    QCOMPARE(diagram->layout().tlsBands().first().lastRow, -1);
    QVERIFY(diagram->layout().tlsBands().first().firstRow > rowOfArrow(*diagram, QStringLiteral("220 2.0.0")));
}

void TestSequenceDiagram::clickingAnArrowSelectsItsTranscriptLines()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    diagram->flushPending();
    const qsizetype row = rowOfArrow(*diagram, QStringLiteral("250 2.1.0"));
    QVERIFY(row >= 0);
    const DiagramArrow &arrow = diagram->layout().arrows().at(diagram->layout().rows().at(row).index);
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, diagram->rowRect(row).center());
    QCOMPARE(diagram->currentRow(), row);
    QTableView *table = m_panel->view();
    QVERIFY(table->selectionModel()->isRowSelected(int(arrow.firstEntry), {}));
    QCOMPARE(table->currentIndex().row(), int(arrow.lastEntry));
    // The panel explains the reply (why it came is kept on its last line), as for a line picked
    // in the table.
    const QString why = m_session->transcript()->entries().at(arrow.lastEntry).explanation;
    QVERIFY(!why.isEmpty());
    const QString detail = m_panel->findChild<QTextBrowser *>(QStringLiteral("transcriptDetail"))->toPlainText();
    QVERIFY2(detail.contains(QLatin1String("250")) && detail.contains(why), qPrintable(detail));
    QCOMPARE(diagram->accessibleDescription(), QStringLiteral("server reply 250 2.1.0 Ok"));
}

void TestSequenceDiagram::selectingATranscriptLineHighlightsItsArrow()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    TranscriptModel *model = m_panel->model();
    QTRY_COMPARE(model->rowCount(), int(m_session->transcript()->size()));
    // A middle line of the second EHLO reply: the whole reply is one arrow.
    const auto &entries = m_session->transcript()->entries();
    qsizetype entry = -1;
    for (qsizetype i = entries.size() - 1; i >= 0 && entry < 0; --i)
        if (entries.at(i).text.startsWith(QLatin1String("250-PIPELINING")))
            entry = i;
    QVERIFY(entry > 0);
    m_panel->view()->setCurrentIndex(model->index(int(entry), 0));
    const qsizetype row = diagram->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(row, diagram->layout().rowForEntry(entry));
    const DiagramArrow &arrow = diagram->layout().arrows().at(diagram->currentArrow());
    QVERIFY(arrow.isMultiLineReply());
    QVERIFY(arrow.tls);
    QVERIFY(arrow.firstEntry < entry && entry < arrow.lastEntry);
    QVERIFY(diagram->viewport()->rect().intersects(diagram->rowRect(row)));
}

void TestSequenceDiagram::keyboardMovesBetweenArrows()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    diagram->flushPending();
    const DiagramLayout &layout = diagram->layout();
    diagram->setFocus();
    QTest::keyClick(diagram, Qt::Key_Home);
    // The first row is the "connected" note; Home goes to the first arrow, the greeting.
    QCOMPARE(layout.rows().first().type, DiagramRow::Type::Note);
    QCOMPARE(diagram->currentRow(), 1);
    QVERIFY(layout.arrows().at(diagram->currentArrow()).label.startsWith(QLatin1String("220 ")));
    QCOMPARE(m_panel->view()->currentIndex().row(), int(layout.arrows().at(diagram->currentArrow()).lastEntry));
    QTest::keyClick(diagram, Qt::Key_Down);
    QCOMPARE(layout.arrows().at(diagram->currentArrow()).label, QStringLiteral("EHLO laptop.example.org"));
    QCOMPARE(diagram->accessibleDescription(), QStringLiteral("client command EHLO laptop.example.org"));
    // Down skips the "TLS started" note: from the 220 to STARTTLS straight to the second EHLO.
    const qsizetype starttlsReply = rowOfArrow(*diagram, QStringLiteral("220 2.0.0"));
    diagram->setCurrentRow(starttlsReply);
    QTest::keyClick(diagram, Qt::Key_Down);
    QCOMPARE(layout.rows().at(starttlsReply + 1).type, DiagramRow::Type::Note);
    QCOMPARE(diagram->currentRow(), starttlsReply + 2);
    QTest::keyClick(diagram, Qt::Key_Up);
    QCOMPARE(diagram->currentRow(), starttlsReply);
    QTest::keyClick(diagram, Qt::Key_End);
    QCOMPARE(layout.arrows().at(diagram->currentArrow()).label, QStringLiteral("250 2.1.0 Ok"));
}

// To assistive technology the diagram is a list of its rows: each one named as the arrow or
// note it shows, placed where it is drawn, and the current one focused as the keyboard moves.
// (The Focus event itself reaches only a running screen reader: QAccessible::isActive() cannot
// be switched on offscreen without Qt's private headers, so the test reads the states an AT
// reads after the event.)
void TestSequenceDiagram::screenReadersSeeEveryRowAsANamedListItem()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    diagram->flushPending();
    const DiagramLayout &layout = diagram->layout();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(diagram);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->childCount(), int(layout.rows().size()));
    QStringList names;
    for (int row = 0; row < list->childCount(); ++row) {
        QAccessibleInterface *item = list->child(row);
        QVERIFY(item && item->isValid());
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), list);
        QCOMPARE(list->indexOfChild(item), row);
        QVERIFY2(!item->text(QAccessible::Name).isEmpty(), qPrintable(QString::number(row)));
        names << item->text(QAccessible::Name);
    }
    QVERIFY2(names.contains(QStringLiteral("client command EHLO laptop.example.org")), qPrintable(names.join(u'|')));
    QVERIFY2(std::any_of(names.cbegin(), names.cend(),
                 [](const QString &n) { return n.startsWith(QLatin1String("server reply 250 2.1.0")); }),
        qPrintable(names.join(u'|')));
    QVERIFY(names.first().startsWith(QLatin1String("note: "))); // "connected"
    // Where it is drawn, so a screen magnifier or a click by an AT lands on it.
    const qsizetype ehlo = rowOfArrow(*diagram, QStringLiteral("EHLO"));
    const QRect drawn = diagram->rowRect(ehlo);
    const QRect onScreen = list->child(int(ehlo))->rect();
    QCOMPARE(onScreen.size(), drawn.size());
    QCOMPARE(onScreen.topLeft(), diagram->viewport()->mapToGlobal(drawn.topLeft()));
    QCOMPARE(list->childAt(onScreen.center().x(), onScreen.center().y()), list->child(int(ehlo)));

    // The keyboard moves the focus item.
    diagram->setFocus();
    QTRY_VERIFY(diagram->hasFocus());
    diagram->setCurrentRow(ehlo);
    QVERIFY(list->child(int(ehlo))->state().focused);
    QTest::keyClick(diagram, Qt::Key_Down);
    const int now = int(diagram->currentRow());
    QVERIFY(now > ehlo);
    QVERIFY(list->child(now)->state().focused);
    QVERIFY(list->child(now)->state().selected);
    QVERIFY(!list->child(int(ehlo))->state().selected);
    QCOMPARE(list->focusChild(), list->child(now));
}

void TestSequenceDiagram::foldedReplyOpensOnClickAndEnter()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    diagram->flushPending();
    const qsizetype row = rowOfArrow(*diagram, QStringLiteral("250-"));
    QVERIFY(row >= 0);
    const qsizetype arrow = diagram->layout().rows().at(row).index;
    QVERIFY(diagram->layout().arrows().at(arrow).foldedLines.size() > 3);
    const int closedHeight = diagram->rowRect(row).height();
    QVERIFY(!diagram->isExpanded(arrow));
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, diagram->rowRect(row).center());
    QVERIFY(diagram->isExpanded(arrow));
    const int openHeight = diagram->rowRect(row).height();
    QVERIFY2(openHeight > closedHeight + 3 * diagram->fontMetrics().height(),
             qPrintable(QStringLiteral("%1 -> %2").arg(closedHeight).arg(openHeight)));
    QTest::keyClick(diagram, Qt::Key_Return);
    QVERIFY(!diagram->isExpanded(arrow));
    QCOMPARE(diagram->rowRect(row).height(), closedHeight);
    QTest::keyClick(diagram, Qt::Key_Space);
    QVERIFY(diagram->isExpanded(arrow));
}

void TestSequenceDiagram::viewModeAndSplitterAreRestored()
{
    QVERIFY(m_panel->view()->isVisible() && m_panel->diagram()->isVisible());
    auto *diagramOnly = m_panel->findChild<QAbstractButton *>(QStringLiteral("showDiagramButton"));
    QVERIFY(diagramOnly);
    QTest::mouseClick(diagramOnly, Qt::LeftButton);
    QCOMPARE(m_panel->viewMode(), TranscriptPanel::ViewMode::DiagramOnly);
    QVERIFY(!m_panel->view()->isVisible());
    QVERIFY(m_panel->diagram()->isVisible());

    TranscriptPanel next; // the next start
    next.show();
    QCOMPARE(next.viewMode(), TranscriptPanel::ViewMode::DiagramOnly);
    QVERIFY(!next.view()->isVisible());
    // Another place keeps its own choice.
    TranscriptPanel practice;
    practice.setSettingsKey(QStringLiteral("practiceTranscriptPanel"));
    QCOMPARE(practice.viewMode(), TranscriptPanel::ViewMode::Both);
}

void TestSequenceDiagram::lessonShowsTheNextStepMaskedDuringAuth()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SequenceDiagramView *diagram = window.console()->transcriptPanel()->diagram();
    QVERIFY(window.lessonRunner()->isActive()); // the first start opens the handshake lesson
    const auto lastArrow = [diagram]() -> DiagramArrow {
        diagram->flushPending();
        return diagram->layout().arrows().value(diagram->layout().arrows().size() - 1);
    };
    QCOMPARE(lastArrow().kind, DiagramArrow::Kind::Expected);
    QCOMPARE(lastArrow().label, QStringLiteral("your turn: telnet mail.example.com 587"));
    QCOMPARE(diagram->layout().clientLane, QStringLiteral("you"));
    QCOMPARE(diagram->layout().serverLane, window.session()->scenario().hostname);
    LessonRunner *runner = window.lessonRunner();
    for (int i = 0; i < 4 && !runner->suggestedLine().startsWith(QLatin1String("AUTH")); ++i)
        runner->submit(runner->suggestedLine().toUtf8());
    QCOMPARE(lastArrow().label, QStringLiteral("your turn: AUTH LOGIN"));
    runner->submit("AUTH LOGIN");
    // The next line is the base64 user name: the faint arrow hides it as the transcript will.
    QVERIFY(!runner->suggestedLine().contains(QLatin1String("****")));
    QCOMPARE(lastArrow().label, QStringLiteral("your turn: ****"));
    for (const DiagramArrow &arrow : diagram->layout().arrows())
        QVERIFY2(!arrow.label.contains(QLatin1String("YWxpY2U")), qPrintable(arrow.label));
    runner->stop();
    window.selectScenario(QStringLiteral("relay"));
    QVERIFY(lastArrow().kind != DiagramArrow::Kind::Expected);
}

// With a dark palette the reply arrows take the lighter tones of their class colours (the
// transcript's choice for dark backgrounds), never the dark ones meant for a light base.
void TestSequenceDiagram::darkPaletteGetsTheLightClassColours()
{
    SequenceDiagramView *diagram = m_panel->diagram();
    QPalette dark = diagram->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    diagram->setPalette(dark);
    diagram->flushPending();
    const QImage image = diagram->renderImage(700);
    const QString dir = qEnvironmentVariable("SMTP_TUTOR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + QStringLiteral("/diagram-dark.png"));
    const auto count = [&image](const QColor &color) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y).rgb() == color.rgb();
        return n;
    };
    QPalette light = dark;
    light.setColor(QPalette::Base, Qt::white);
    QVERIFY(Ui::isDarkPalette(dark) && !Ui::isDarkPalette(light));
    QVERIFY(count(Ui::replyClassColor(250, dark)) > 100);
    QCOMPARE(count(Ui::replyClassColor(250, light)), 0);
    QVERIFY(count(QColor(0xee, 0xee, 0xee)) > 100); // the commands in the palette's text colour
}

void TestSequenceDiagram::probeDialogHasADiagramWithTimes()
{
    ProbeDialog dialog;
    auto *diagram = dialog.findChild<SequenceDiagramView *>(QStringLiteral("probeDiagramView"));
    QVERIFY(diagram);
    QVERIFY(diagram->showTimes());
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    QVERIFY(tabs->indexOf(diagram) >= 0);
}

void TestSequenceDiagram::exportWritesThreeFormats()
{
    MainWindow window;
    window.show();
    QVERIFY(window.selectScenario(QStringLiteral("submission")));
    window.lessonRunner()->stop();
    window.session()->sendLine("EHLO laptop.example.org");
    window.session()->sendLine("STARTTLS");
    window.session()->sendLine("EHLO laptop.example.org");
    window.session()->sendLine("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("session.png"));
    QVERIFY2(window.exportDiagram(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    const int rows = int(window.console()->transcriptPanel()->diagram()->layout().rows().size());
    QVERIFY2(image.width() >= 640 && image.height() > rows * 20, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));

    const QString svg = dir.filePath(QStringLiteral("session.svg"));
    QVERIFY2(window.exportDiagram(svg, &error), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QXmlStreamReader xml(svgBytes);
    int texts = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > rows / 2);
    QVERIFY(svgBytes.contains("AUTH PLAIN ****"));

    const QString mermaid = dir.filePath(QStringLiteral("session.mmd"));
    QVERIFY2(window.exportDiagram(mermaid, &error), qPrintable(error));
    QFile mermaidFile(mermaid);
    QVERIFY(mermaidFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray mermaidBytes = mermaidFile.readAll();
    QVERIFY2(mermaidBytes.startsWith("sequenceDiagram"), mermaidBytes.left(80).constData());
    QVERIFY(mermaidBytes.contains("AUTH PLAIN ****"));
    // The credential (base64 of "alice", NUL, "wonderland") is in none of the three files.
    for (const QByteArray &bytes : {svgBytes, mermaidBytes})
        QVERIFY(!bytes.contains("AGFsaWNl") && !bytes.contains("wonderland"));
    QCOMPARE(DiagramExport::formatFor(QStringLiteral("x"), DiagramExport::fileFilter().split(QStringLiteral(";;")).at(1)),
             DiagramExport::Format::Svg);
}

QTEST_MAIN(TestSequenceDiagram)
#include "tst_sequencediagram.moc"
