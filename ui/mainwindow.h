#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace SmtpTutor {

class ConsoleWidget;
class DockLayout;
class ExercisePanel;
class LessonPanel;
class LessonRunner;
class PaneNavigator;
class PracticeServerDock;
class ProbeDialog;
class ReferenceDock;
class ServerPicker;
class SessionStatusWidget;
class SimulatorSession;
class ZoomController;

// The window a learner sees: the simulator console in the centre, the lesson, the exercises and
// the reference in docks, the session state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // How the window comes up. Complete builds everything in the constructor (tests, scripts).
    // FirstFrameFirst shows the frame (menus, toolbar, status bar, dock titles, the reference
    // tabs) first, and builds the console, the lesson and the exercises and starts the session
    // right after that first frame is on screen: the window appears about as fast as a bare Qt
    // window, its content one frame later.
    enum class Start { Complete, FirstFrameFirst };

    explicit MainWindow(QWidget *parent = nullptr, Start start = Start::Complete);
    ~MainWindow() override;

    // True once the console, the lesson and the exercises exist and the session has started
    // (startupCompleted was emitted). Before that, console() and lessonPanel() are null.
    bool isComplete() const { return m_complete; }
    // Builds whatever FirstFrameFirst left for later, now. Does nothing the second time.
    void completeStartup();

    // Explain a reply, Probe real server..., Practice server (objectName "toolsMenu").
    QMenu *toolsMenu() const { return m_toolsMenu; }
    SimulatorSession *session() const { return m_session; }
    LessonRunner *lessonRunner() const { return m_runner; }
    ConsoleWidget *console() const { return m_console; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    ReferenceDock *referenceDock() const { return m_referenceDock; }
    ZoomController *zoom() const { return m_zoom; }
    PaneNavigator *panes() const { return m_panes; }
    DockLayout *dockLayout() const { return m_dockLayout; }

    // Plays a built-in scenario (by name), a scenario file or a recorded session in free mode;
    // the lesson stops.
    bool selectScenario(const QString &nameOrFile);
    // Writes the transcript as JSON (".json") or text (anything else). False on a write error.
    bool exportTranscript(const QString &path) const;
    // Writes the sequence diagram: PNG, SVG or Mermaid by the file's suffix. False on an error.
    bool exportDiagram(const QString &path, QString *error = nullptr);
    // Shows the practice server panel and starts the server on 127.0.0.1.
    void startPracticeServer();

Q_SIGNALS:
    // The console, the lesson and the exercises are built and the session has started.
    void startupCompleted();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void createToolActions();
    void createReadingActions(); // mainwindowview.cpp: find, zoom, wrap, keyboard travel
    void connectReadingActions(); // once the console exists
    QSize defaultSize() const;
    void createMenus();
    void populateViewMenu(); // mainwindowview.cpp
    void createToolBars();
    void createDockWindows();
    void createDockContents();
    void createStatusBar();
    void restoreWindowLayout();
    void restoreSession();
    void writeSettings() const;

    void submit(const QByteArray &line);
    void onServerChanged(const QString &title);
    void onPersonalityChanged(const QString &displayName);
    void newSession();
    void exportWithDialog();
    void exportDiagramWithDialog();
    void showGuide();
    void about();
    void showProbeDialog();
    void showPracticeServer();

    SimulatorSession *m_session;
    LessonRunner *m_runner;
    ConsoleWidget *m_console = nullptr;
    bool m_complete = false;
    SessionStatusWidget *m_status = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    ReferenceDock *m_referenceDock = nullptr;
    ExercisePanel *m_exercisePanel = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_exerciseDock = nullptr;
    ServerPicker *m_serverPicker = nullptr;

    QAction *m_newSessionAct = nullptr;
    QAction *m_openScenarioAct = nullptr;
    QAction *m_exportAct = nullptr;
    QAction *m_exportDiagramAct = nullptr;
    QAction *m_copyAct = nullptr;
    QAction *m_selectAllAct = nullptr;
    QAction *m_findAct = nullptr;
    QAction *m_findNextAct = nullptr;
    QAction *m_findPreviousAct = nullptr;
    QAction *m_clearTranscriptAct = nullptr;
    QAction *m_wrapAct = nullptr;
    QAction *m_zoomInAct = nullptr;
    QAction *m_zoomOutAct = nullptr;
    QAction *m_zoomResetAct = nullptr;
    QAction *m_focusCommandAct = nullptr;
    QAction *m_nextPaneAct = nullptr;
    QAction *m_previousPaneAct = nullptr;
    QAction *m_quitAct = nullptr;
    QAction *m_guideAct = nullptr;
    QAction *m_lessonsAct = nullptr;
    QAction *m_explainAct = nullptr;
    QAction *m_probeAct = nullptr;
    QAction *m_practiceAct = nullptr;
    QAction *m_aboutAct = nullptr;
    QAction *m_aboutQtAct = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_viewMenuDockEnd = nullptr; // separator after the dock toggles
    ProbeDialog *m_probeDialog = nullptr;
    PracticeServerDock *m_practiceDock = nullptr;
    DockLayout *m_dockLayout = nullptr;
    ZoomController *m_zoom = nullptr;
    PaneNavigator *m_panes = nullptr;
};

} // namespace SmtpTutor
