#include "mainwindow.h"

#include "commandlineedit.h"
#include "consolewidget.h"
#include "diagram/consolediagramlink.h"
#include "diagram/diagramexport.h"
#include "diagram/sequencediagramview.h"
#include "cardscrollarea.h"
#include "docklayout.h"
#include "exercisepanel.h"
#include "helpdialog.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "lessonpanel.h"
#include "panenavigator.h"
#include "practice/practiceserverdock.h"
#include "practice/practiceserverwidget.h"
#include "probe/probedialog.h"
#include "referencedock.h"
#include "serverpicker.h"
#include "sessionstatuswidget.h"
#include "transcriptpanel.h"
#include "translation.h"
#include "uihelpers.h"
#include "zoomcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
const QString ScenarioKey = QStringLiteral("simulator/scenario");
const QString LessonActiveKey = QStringLiteral("lesson/active");
} // namespace

MainWindow::MainWindow(QWidget *parent, Start start)
    : QMainWindow(parent)
    , m_session(new SimulatorSession(this))
    , m_runner(new LessonRunner(m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SMTP Tutor"));
    setWindowIcon(Ui::themeIcon(QStringLiteral("smtp-tutor")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The console's place: it moves in with completeStartup(). The central widget itself stays,
    // so the docks keep the widths they have in the first frame.
    auto *centre = new QWidget(this);
    centre->setObjectName(QStringLiteral("centre"));
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    setCentralWidget(centre);

    createActions();
    createToolBars();
    createDockWindows();
    createMenus();
    createStatusBar();
    restoreWindowLayout();
    if (start == Start::Complete)
        completeStartup();
}

// The heavy half of start-up: the console and the text-rich lesson and exercise panels (their
// layout, fonts and glyphs cost more than the whole frame around them), and the session.
// FirstFrameFirst runs it once the first frame has been painted (see event()).
void MainWindow::completeStartup()
{
    if (isComplete())
        return;
    m_complete = true;
    m_console = new ConsoleWidget(m_session, centralWidget());
    m_console->setSubmitter([this](const QByteArray &line) { submit(line); });
    centralWidget()->layout()->addWidget(m_console);
    m_console->show(); // at once, not with the layout's queued show: the focus goes to it below
    createDockContents();
    connectReadingActions();
    restoreSession();
    m_console->commandLine()->setFocus();
    Q_EMIT startupCompleted();
}

bool MainWindow::event(QEvent *event)
{
    // The window's own paint event comes first in a frame; the queued call runs after the
    // whole frame (children included) has been flushed to the screen. A second paint before it
    // runs queues a call that finds the window complete.
    if (event->type() == QEvent::Paint && !isComplete())
        QMetaObject::invokeMethod(this, &MainWindow::completeStartup, Qt::QueuedConnection);
    return QMainWindow::event(event);
}

MainWindow::~MainWindow() = default;

namespace {
// An action with its object name (tests and the keyboard map find it by that), the status bar's
// line, a shortcut and a theme icon when given.
QAction *newAction(QObject *parent, const QString &text, const char *objectName, const QString &statusTip,
    const QKeySequence &shortcut = {}, const char *icon = nullptr)
{
    auto *action = icon ? new QAction(Ui::themeIcon(QLatin1String(icon)), text, parent) : new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setStatusTip(statusTip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    m_newSessionAct = newAction(this, tr("&New Session"), "newSessionAction",
        tr("Drop the connection, clear the transcript and connect again"), QKeySequence::New, "document-new");
    connect(m_newSessionAct, &QAction::triggered, this, &MainWindow::newSession);
    m_openScenarioAct = newAction(this, tr("&Open Scenario or Recording..."), "openScenarioAction",
        tr("Play a server profile from a JSON file, or replay a recorded session (a probe report or an exported transcript)"),
        QKeySequence::Open, "document-open");
    connect(m_openScenarioAct, &QAction::triggered, this, [this] {
        completeStartup();
        m_serverPicker->openFile();
    });
    m_exportAct = newAction(this, tr("&Export Transcript..."), "exportAction",
        tr("Save the transcript as text or JSON (passwords are never included)"), QKeySequence::SaveAs,
        "document-save-as");
    connect(m_exportAct, &QAction::triggered, this, &MainWindow::exportWithDialog);
    m_exportDiagramAct = newAction(this, tr("Export &Diagram..."), "exportDiagramAction",
        tr("Save the sequence diagram as a PNG or SVG picture or as Mermaid text"));
    connect(m_exportDiagramAct, &QAction::triggered, this, &MainWindow::exportDiagramWithDialog);
    m_copyAct = newAction(this, tr("&Copy Selected Lines"), "copyAction",
        tr("Copy the selected transcript lines to the clipboard"), QKeySequence::Copy, "edit-copy");
    // The menu shows Ctrl+C; the key itself belongs to the focused widget (the transcript's own
    // copy action, the command line, a text pane), so a window-wide shortcut would only make
    // the key ambiguous there. A widget shortcut on a menu action never fires by itself.
    m_copyAct->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAct, &QAction::triggered, this, [this] {
        if (isComplete())
            m_console->transcriptPanel()->copySelection();
    });
    m_quitAct = newAction(this, tr("&Quit"), "quitAction", tr("Close SMTP Tutor"), QKeySequence::Quit);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);
    createToolActions();
    createReadingActions();
}

// The Tools and Help menus' actions.
void MainWindow::createToolActions()
{
    m_guideAct = newAction(this, tr("SMTP &Guide"), "guideAction",
        tr("Key takeaways, questions and answers, common errors and command-line recipes"),
        QKeySequence::HelpContents, "help-contents");
    connect(m_guideAct, &QAction::triggered, this, &MainWindow::showGuide);
    m_explainAct = newAction(this, tr("&Explain a Reply..."), "explainAction",
        tr("Paste any server reply and read what it means"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        "edit-find");
    m_probeAct = newAction(this, tr("&Probe Real Server..."), "probeAction",
        tr("Connect to a real mail server: TLS, certificate, capabilities and a diagnosis"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "network-server");
    connect(m_probeAct, &QAction::triggered, this, &MainWindow::showProbeDialog);
    m_practiceAct = newAction(this, tr("P&ractice Server"), "practiceAction",
        tr("Run the simulated server on 127.0.0.1 so your own mail client can talk to it"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "network-wired");
    connect(m_practiceAct, &QAction::triggered, this, &MainWindow::showPracticeServer);
    m_lessonsAct = newAction(this, tr("&Lessons and Drills..."), "lessonsAction",
        tr("All lessons and drills, with what each teaches and how far you got"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_aboutAct = newAction(this, tr("&About SMTP Tutor"), "aboutAction", tr("Version and licence"), {}, "help-about");
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAct = newAction(this, tr("About &Qt"), "aboutQtAction", QString());
    connect(m_aboutQtAct, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBars()
{
    auto *bar = addToolBar(tr("Session"));
    bar->setObjectName(QStringLiteral("sessionToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_serverPicker = new ServerPicker(m_session, bar, this);
    connect(m_serverPicker, &ServerPicker::aboutToChangeServer, this, [this] {
        completeStartup();
        m_runner->stop();
        QSettings().setValue(LessonActiveKey, false);
    });
    connect(m_serverPicker, &ServerPicker::serverChanged, this, &MainWindow::onServerChanged);
    connect(m_serverPicker, &ServerPicker::personalityChanged, this, &MainWindow::onPersonalityChanged);
    bar->addAction(m_newSessionAct);
    bar->addSeparator();
    bar->addAction(m_exportAct);
}

// The dock frames exist from the start, so the saved dock layout applies to the first frame;
// their contents come with completeStartup().
void MainWindow::createDockWindows()
{
    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    Ui::name(m_lessonDock, QStringLiteral("lessonDock"), tr("Lesson"));
    m_lessonDock->setWidget(new QWidget(m_lessonDock));
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);

    m_exerciseDock = new QDockWidget(tr("Exercises"), this);
    Ui::name(m_exerciseDock, QStringLiteral("exerciseDock"), tr("Exercises"));
    m_exerciseDock->setWidget(new QWidget(m_exerciseDock));
    addDockWidget(Qt::LeftDockWidgetArea, m_exerciseDock);
    tabifyDockWidget(m_lessonDock, m_exerciseDock);
    m_lessonDock->raise();

    m_referenceDock = new ReferenceDock(m_session, this);
    addDockWidget(Qt::RightDockWidgetArea, m_referenceDock);
    connect(m_explainAct, &QAction::triggered, m_referenceDock, &ReferenceDock::showExplainTab);
    m_zoom->addWidget(m_referenceDock->widget());
    m_dockLayout = new DockLayout(this, m_lessonDock, m_exerciseDock, m_referenceDock);
}

void MainWindow::createDockContents()
{
    // The lesson card scrolls rather than cuts when the dock is short or the text is zoomed.
    auto *lessonScroll = new CardScrollArea(m_lessonDock);
    lessonScroll->setObjectName(QStringLiteral("lessonScrollArea"));
    m_lessonPanel = new LessonPanel(m_runner, lessonScroll);
    lessonScroll->setCard(m_lessonPanel);
    delete m_lessonDock->widget();
    m_lessonDock->setWidget(lessonScroll);
    m_zoom->addWidget(m_lessonPanel);
    connect(m_lessonPanel, &LessonPanel::fillRequested, m_console, &ConsoleWidget::setCommandText);
    connect(m_lessonPanel, &LessonPanel::lessonStarted, m_serverPicker, &ServerPicker::showChoice);
    connect(m_lessonsAct, &QAction::triggered, this, [this] {
        m_lessonDock->show();
        m_lessonDock->raise();
        m_lessonPanel->showLessonBrowser();
    });

    m_exercisePanel = new ExercisePanel(m_exerciseDock);
    delete m_exerciseDock->widget();
    m_exerciseDock->setWidget(m_exercisePanel);

    m_console->transcriptPanel()->setLookups(&ReferenceDock::enhancedMeaning, &ReferenceDock::replyMeaning);
    new ConsoleDiagramLink(m_session, m_runner, m_console->transcriptPanel()->diagram(), this);
    m_lessonPanel->setEnhancedLookup(&ReferenceDock::enhancedMeaning);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newSessionAct);
    file->addAction(m_openScenarioAct);
    file->addSeparator();
    file->addAction(m_exportAct);
    file->addAction(m_exportDiagramAct);
    file->addSeparator();
    file->addAction(m_quitAct);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyAct);
    edit->addAction(m_selectAllAct);
    edit->addSeparator();
    edit->addActions({m_findAct, m_findNextAct, m_findPreviousAct});
    edit->addSeparator();
    edit->addAction(m_clearTranscriptAct);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    populateViewMenu();

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_lessonsAct);
    m_toolsMenu->addAction(m_explainAct);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_probeAct);
    m_toolsMenu->addAction(m_practiceAct);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_guideAct);
    help->addSeparator();
    help->addAction(m_aboutAct);
    help->addAction(m_aboutQtAct);
}

// The probe dialog and the practice server are made on first use: most sessions never open
// them, and start-up stays as light as the lesson needs.
void MainWindow::showProbeDialog()
{
    if (!m_probeDialog) {
        m_probeDialog = new ProbeDialog(this);
        m_probeDialog->setObjectName(QStringLiteral("probeDialog"));
    }
    m_probeDialog->show();
    m_probeDialog->raise();
    m_probeDialog->activateWindow();
}

void MainWindow::showPracticeServer()
{
    if (!m_practiceDock) {
        m_practiceDock = new PracticeServerDock(this);
        addDockWidget(Qt::BottomDockWidgetArea, m_practiceDock);
        // Sessions, their transcripts and the messages need more room than a docked strip
        // leaves the console: it opens as its own window over the main one (and can be docked).
        m_practiceDock->setFloating(true);
        // As big as the screen allows (up to 1280x860): with an exam the report cards take a
        // column of their own beside the sessions and the transcript.
        const QRect screenArea = screen()->availableGeometry();
        const QSize size(qMin(1280, screenArea.width() - 40), qMin(860, screenArea.height() - 60));
        m_practiceDock->resize(size);
        m_practiceDock->move(screenArea.center() - QPoint(size.width() / 2, size.height() / 2));
        QAction *toggle = m_practiceDock->toggleViewAction();
        toggle->setText(tr("Practice &Server"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(m_practiceDock->windowTitle()));
        m_viewMenu->insertAction(m_viewMenuDockEnd, toggle);
    }
    m_practiceDock->show();
    m_practiceDock->raise();
}

void MainWindow::startPracticeServer()
{
    showPracticeServer();
    m_practiceDock->practiceWidget()->start();
}

void MainWindow::createStatusBar()
{
    m_status = new SessionStatusWidget(m_session, statusBar());
    statusBar()->addPermanentWidget(m_status, 1);
}

void MainWindow::submit(const QByteArray &line)
{
    if (m_runner->isActive() && !m_runner->isFinished())
        m_runner->submit(line);
    else
        m_session->sendLine(line);
}

bool MainWindow::selectScenario(const QString &nameOrFile)
{
    completeStartup();
    return m_serverPicker->select(nameOrFile);
}

void MainWindow::onServerChanged(const QString &title)
{
    m_session->connectToServer();
    statusBar()->showMessage(tr("Now playing: %1").arg(title), 4000);
    m_lessonPanel->refresh(); // shows "no lesson running"
}

void MainWindow::onPersonalityChanged(const QString &displayName)
{
    completeStartup();
    statusBar()->showMessage(tr("The server now speaks as %1").arg(displayName), 4000);
    // A lesson starts over, so its cards promise the new server's words; free play reconnects.
    if (m_runner->isActive() && !m_runner->isFinished())
        m_lessonPanel->startLesson(m_runner->lesson().id);
    else
        m_session->connectToServer();
}

void MainWindow::newSession()
{
    completeStartup();
    if (m_runner->isActive() && !m_runner->isFinished()) {
        m_lessonPanel->startLesson(m_runner->lesson().id);
        return;
    }
    m_session->restart();
    m_session->connectToServer();
}

bool MainWindow::exportTranscript(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const Transcript *transcript = m_session->transcript();
    // Both forms come from the Transcript, where secrets were masked on the way in.
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        file.write(QJsonDocument(transcript->toJson()).toJson(QJsonDocument::Indented));
    else
        file.write(transcript->toText().toUtf8());
    return file.commit();
}

void MainWindow::exportWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transcript"), QStringLiteral("smtp-session.txt"),
                                                      tr("Text (*.txt);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    if (exportTranscript(path))
        statusBar()->showMessage(tr("Transcript saved to %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export Transcript"), tr("Could not write %1.").arg(path));
}

bool MainWindow::exportDiagram(const QString &path, QString *error)
{
    completeStartup();
    SequenceDiagramView *diagram = m_console->transcriptPanel()->diagram();
    return DiagramExport::write(*diagram, path, DiagramExport::formatFor(path), error);
}

void MainWindow::exportDiagramWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), QStringLiteral("smtp-session.png"),
                                                      DiagramExport::fileFilter(), &filter);
    if (path.isEmpty())
        return;
    completeStartup();
    QString error;
    const auto format = DiagramExport::formatFor(path, filter);
    if (DiagramExport::write(*m_console->transcriptPanel()->diagram(), path, format, &error))
        statusBar()->showMessage(tr("Diagram saved to %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export Diagram"), tr("Could not write %1: %2").arg(path, error));
}

void MainWindow::showGuide()
{
    auto *dialog = findChild<HelpDialog *>();
    if (!dialog)
        dialog = new HelpDialog(this);
    dialog->setSessionPort(m_session->scenario().port);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SMTP Tutor"),
                       tr("<h3>SMTP Tutor %1</h3>"
                          "<p>Learn how mail servers talk, one command at a time: a simulated server to "
                          "practise on, guided lessons and drills, and a reference of reply codes, ports "
                          "and commands.</p>"
                          "<p>Released under the MIT licence.</p>")
                           .arg(QStringLiteral(SMTP_TUTOR_VERSION)));
}

// The lesson in progress, or else the last scenario, or else the relay server.
void MainWindow::restoreSession()
{
    const QSettings settings;
    const QString savedLesson = LessonPanel::savedLessonId();
    const bool lessonActive = settings.value(LessonActiveKey, true).toBool();
    if (lessonActive && m_lessonPanel->startLesson(savedLesson.isEmpty() ? QStringLiteral("handshake") : savedLesson,
                                                   !savedLesson.isEmpty()))
        return;
    const QString scenario = settings.value(ScenarioKey).toString();
    const QStringList builtIn = Scenario::builtInNames();
    if (!(scenario.isEmpty() || !selectScenario(scenario)))
        return;
    selectScenario(builtIn.contains(QStringLiteral("relay")) ? QStringLiteral("relay") : builtIn.value(0));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/compactDocks"), m_dockLayout->isCompact());
    if (!isComplete())
        return; // closed before the session was restored: what was saved still stands
    settings.setValue(LessonActiveKey, m_runner->isActive());
    if (!m_session->scenario().name.isEmpty() && !m_runner->isActive())
        settings.setValue(ScenarioKey, m_serverPicker->currentChoice());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace SmtpTutor
