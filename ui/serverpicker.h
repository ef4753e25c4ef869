#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QToolBar;
class QWidget;

namespace SmtpTutor {

class SimulatorSession;

// The toolbar's "Server:" and "Speaks as:" pickers: which server the console talks to (a
// built-in scenario, a scenario file, or a recorded real server played back) and whose words
// it uses (Postfix or Exim). It loads what is chosen into the session and remembers it;
// what happens around a change (the lesson stops, the console reconnects) is the window's.
class ServerPicker : public QObject
{
    Q_OBJECT
public:
    // Adds both pickers to `bar`. Error messages and the file dialog open over `dialogParent`.
    // The personality saved last time applies to the session at once.
    ServerPicker(SimulatorSession *session, QToolBar *bar, QWidget *dialogParent);

    // Plays a built-in scenario (by name), a scenario file, or a recording (a probe's JSON
    // report or an exported transcript). Says why in a message box when it cannot be loaded.
    bool select(const QString &nameOrFile);
    // Asks for a scenario file or a recording and plays it.
    void openFile();
    // Shows `nameOrFile` as the current choice (a lesson picked its own scenario), and lets the
    // personality be chosen unless a recording plays.
    void showChoice(const QString &nameOrFile);
    // The choice to restore next time: a built-in name or a file path.
    QString currentChoice() const;

Q_SIGNALS:
    // Just before the session gets a new server (the lesson must stop first).
    void aboutToChangeServer();
    // The session now plays `title`; it is not connected yet.
    void serverChanged(const QString &title);
    // The session now speaks as `displayName`; it is not connected yet.
    void personalityChanged(const QString &displayName);

private:
    void addScenarioPicker(QToolBar *bar);
    void addPersonalityPicker(QToolBar *bar);
    void onScenarioActivated(int index);
    void onPersonalityActivated(int index);
    bool playRecording(const QString &file);
    void updatePersonalityPicker();

    SimulatorSession *m_session;
    QWidget *m_dialogParent;
    QComboBox *m_scenarioCombo = nullptr;
    QComboBox *m_personalityCombo = nullptr;
};

} // namespace SmtpTutor
