// MainWindow, continued: what helps the learner read and move around the window. The Edit menu's
// select, find and clear; the View menu's dock toggles, line wrapping, zoom and keyboard travel;
// the window's first size. (mainwindow.cpp builds the window and runs the session.)
#include "mainwindow.h"

#include "commandlineedit.h"
#include "consolewidget.h"
#include "docklayout.h"
#include "findbar.h"
#include "lesson/simulatorsession.h"
#include "panenavigator.h"
#include "practice/practiceserverdock.h"
#include "referencedock.h"
#include "transcriptpanel.h"
#include "translation.h"
#include "uihelpers.h"
#include "zoomcontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>

namespace SmtpTutor {

namespace {
const QString WrapKey = QStringLiteral("transcript/wrapLines");

QAction *makeAction(QObject *parent, const char *name, const QString &text, const QList<QKeySequence> &keys,
    const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    action->setStatusTip(tip);
    return action;
}

// Select All works on whatever has the focus; the transcript when nothing selectable does.
bool selectAllIn(QWidget *focus)
{
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        line->selectAll();
    else if (auto *text = qobject_cast<QTextEdit *>(focus))
        text->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        plain->selectAll();
    else if (auto *view = qobject_cast<QAbstractItemView *>(focus))
        view->selectAll();
    else
        return false;
    return true;
}

// Menus whose items come from elsewhere (the language names) get a mnemonic on the first letter
// no other item of the menu uses, so every item can be reached with Alt and a letter.
void addMissingMnemonics(QMenu *menu)
{
    QSet<QChar> used;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < action->text().size())
            used.insert(action->text().at(amp + 1).toLower());
    }
    for (QAction *action : actions) {
        QString text = action->text();
        if (action->isSeparator() || text.contains(QLatin1Char('&')))
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isLetter() && !used.contains(text.at(i).toLower())) {
                used.insert(text.at(i).toLower());
                action->setText(text.insert(i, QLatin1Char('&')));
                break;
            }
        }
    }
}
} // namespace

void MainWindow::createReadingActions()
{
    m_zoom = new ZoomController(this);
    m_panes = new PaneNavigator(this);
    m_panes->setHome([this]() -> QWidget * { return m_console ? m_console->commandLine() : nullptr; });
    m_panes->addPane(
        [this]() -> QWidget * { return m_console ? m_console->transcriptPanel()->view() : nullptr; });
    m_panes->addPane([this]() -> QWidget * { return m_lessonDock; });
    m_panes->addPane([this]() -> QWidget * { return m_exerciseDock; });
    m_panes->addPane([this]() -> QWidget * { return m_referenceDock; });
    m_panes->addPane([this]() -> QWidget * { return m_practiceDock; });

    m_selectAllAct = makeAction(this, "selectAllAction", tr("Select &All"),
        QKeySequence::keyBindings(QKeySequence::SelectAll),
        tr("Select all the text or lines where the cursor is (the transcript otherwise)"));
    connect(m_selectAllAct, &QAction::triggered, this, [this] {
        if (!selectAllIn(QApplication::focusWidget()) && m_console)
            m_console->transcriptPanel()->view()->selectAll();
    });
    m_findAct = makeAction(this, "findAction", tr("&Find in Transcript..."),
        QKeySequence::keyBindings(QKeySequence::Find),
        tr("Search the transcript for a code, a command or a word"));
    m_findAct->setIcon(Ui::themeIcon(QStringLiteral("edit-find")));
    m_findNextAct = makeAction(this, "findNextAction", tr("Find &Next"),
        QKeySequence::keyBindings(QKeySequence::FindNext), tr("Go to the next transcript line that matches"));
    m_findPreviousAct = makeAction(this, "findPreviousAction", tr("Find &Previous"),
        QKeySequence::keyBindings(QKeySequence::FindPrevious),
        tr("Go to the previous transcript line that matches"));
    m_clearTranscriptAct = makeAction(this, "clearTranscriptAction", tr("C&lear Transcript"), {},
        tr("Empty the transcript; the connection and the lesson go on"));
    m_clearTranscriptAct->setIcon(Ui::themeIcon(QStringLiteral("edit-clear")));
    connect(
        m_clearTranscriptAct, &QAction::triggered, m_session, [this] { m_session->transcript()->clear(); });

    m_wrapAct = makeAction(this, "wrapLinesAction", tr("&Wrap Long Lines"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W) },
        tr("Show long replies on several lines instead of cutting them off"));
    m_wrapAct->setCheckable(true);
    m_wrapAct->setChecked(QSettings().value(WrapKey, true).toBool());
    connect(m_wrapAct, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(WrapKey, on);
        if (m_console)
            m_console->setLineWrapping(on);
    });
    m_zoomInAct = makeAction(this, "zoomInAction", tr("Zoom &In"),
        { QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal) },
        tr("Larger text in the transcript, the lesson and the reference"));
    m_zoomOutAct = makeAction(this, "zoomOutAction", tr("Zoom &Out"), { QKeySequence(QKeySequence::ZoomOut) },
        tr("Smaller text in the transcript, the lesson and the reference"));
    m_zoomResetAct = makeAction(this, "zoomResetAction", tr("Reset &Zoom"),
        { QKeySequence(Qt::CTRL | Qt::Key_0) }, tr("The usual text size again"));
    connect(m_zoomInAct, &QAction::triggered, m_zoom, &ZoomController::zoomIn);
    connect(m_zoomOutAct, &QAction::triggered, m_zoom, &ZoomController::zoomOut);
    connect(m_zoomResetAct, &QAction::triggered, m_zoom, &ZoomController::resetZoom);
    const auto updateZoomActions = [this](int step) {
        m_zoomInAct->setEnabled(step < ZoomController::MaximumStep);
        m_zoomOutAct->setEnabled(step > ZoomController::MinimumStep);
    };
    connect(m_zoom, &ZoomController::zoomChanged, this, updateZoomActions);
    updateZoomActions(m_zoom->step());

    m_focusCommandAct = makeAction(this, "focusCommandLineAction", tr("&Command Line"),
        { QKeySequence(Qt::CTRL | Qt::Key_L) },
        tr("Put the cursor in the command line (Esc in a table or pane does too)"));
    m_nextPaneAct = makeAction(this, "nextPaneAction", tr("Next &Pane"), { QKeySequence(Qt::Key_F6) },
        tr("Move the focus to the next pane: command line, transcript, lesson, reference"));
    m_previousPaneAct = makeAction(this, "previousPaneAction", tr("Pre&vious Pane"),
        { QKeySequence(Qt::SHIFT | Qt::Key_F6) }, tr("Move the focus to the previous pane"));
    connect(m_focusCommandAct, &QAction::triggered, m_panes, &PaneNavigator::focusHome);
    connect(m_nextPaneAct, &QAction::triggered, m_panes, &PaneNavigator::nextPane);
    connect(m_previousPaneAct, &QAction::triggered, m_panes, &PaneNavigator::previousPane);
}

// The console's half of the reading actions: it exists only after completeStartup().
void MainWindow::connectReadingActions()
{
    FindBar *find = m_console->findBar();
    connect(m_findAct, &QAction::triggered, find, &FindBar::open);
    connect(m_findNextAct, &QAction::triggered, find, &FindBar::findNext);
    connect(m_findPreviousAct, &QAction::triggered, find, &FindBar::findPrevious);
    connect(find, &FindBar::closed, m_panes, &PaneNavigator::focusHome);
    m_console->setLineWrapping(m_wrapAct->isChecked());
    m_zoom->addWidget(m_console->transcriptPanel());
}

void MainWindow::populateViewMenu()
{
    const QList<QPair<QDockWidget *, QString>> docks = { { m_lessonDock, tr("Lesso&n") },
        { m_exerciseDock, tr("E&xercises") }, { m_referenceDock, tr("&Reference") } };
    for (int i = 0; i < docks.size(); ++i) {
        QAction *toggle = docks.at(i).first->toggleViewAction();
        toggle->setText(docks.at(i).second);
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(docks.at(i).first->windowTitle()));
        m_viewMenu->addAction(toggle);
    }
    m_viewMenuDockEnd = m_viewMenu->addSeparator();
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        bar->toggleViewAction()->setText(tr("Session &Toolbar"));
        bar->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        bar->toggleViewAction()->setStatusTip(tr("Show or hide the toolbar with the server choice"));
        m_viewMenu->addAction(bar->toggleViewAction());
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({ m_wrapAct, m_zoomInAct, m_zoomOutAct, m_zoomResetAct });
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({ m_focusCommandAct, m_nextPaneAct, m_previousPaneAct });
    m_viewMenu->addSeparator();
    QMenu *language = Translation::createLanguageMenu(m_viewMenu);
    addMissingMnemonics(language);
    m_viewMenu->addMenu(language);
}

// The first start's size: most of the screen, up to what the lesson, the console and the
// reference use comfortably side by side.
QSize MainWindow::defaultSize() const
{
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize available = where ? where->availableGeometry().size() : QSize(1320, 860);
    return QSize(qMin(1320, int(available.width() * 0.92)), qMin(860, int(available.height() * 0.92)));
}

void MainWindow::restoreWindowLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultSize());
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        m_dockLayout->restoredCompact(settings.value(QStringLiteral("window/compactDocks")).toBool());
    else
        m_dockLayout->applyDefaults();
}

} // namespace SmtpTutor
