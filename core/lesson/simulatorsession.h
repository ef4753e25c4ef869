#pragma once

#include "server/serverengine.h"
#include "session/transcript.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace SmtpTutor {

// One simulated connection as the console sees it: a ServerEngine playing a scenario and the
// Transcript of everything said. It handles the parts a real transport would: the greeting on
// connect, the TLS switch after a 220 to STARTTLS, and masking AUTH lines before they are recorded.
// Qt Core only, so the GUI, the lesson runner and the tests all share it.
class SimulatorSession : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorSession(QObject *parent = nullptr);
    ~SimulatorSession() override;

    // Plays a new scenario; the previous connection is dropped. The transcript is cleared.
    // Greylisting memory is kept while the scenario stays the same (a retry must pass).
    void setScenario(const Scenario &scenario);
    const Scenario &scenario() const { return m_scenario; }
    // Whose words the server speaks; every scenario set afterwards plays with it. Changing it
    // drops the connection like setScenario() (connect again to hear the new greeting).
    void setPersonality(PersonaId personality);
    PersonaId personality() const { return m_personality; }

    // Opens a connection (new engine, greeting). An open connection is closed first.
    void connectToServer();
    // Drops the connection without QUIT (the learner's "New session").

    // One line typed by the learner, without CRLF. "connect", "telnet HOST PORT" and
    // "openssl s_client ..." open the connection instead of going to the server.
    QList<ServerResponse> sendLine(const QByteArray &line);

    // True for the lines sendLine() treats as "open the connection".
    static bool isConnectCommand(QByteArrayView line);

    bool isConnected() const; // an engine exists and has not closed
    const ServerEngine *engine() const { return m_engine.get(); }
    Transcript *transcript() const { return m_transcript; }

Q_SIGNALS:
    // After every exchange (and on connect / disconnect): phase, TLS, AUTH, envelope may have moved.
    void stateChanged();
    // The learner's line and what came back (empty for local commands).
    void exchanged(const QByteArray &line, const QList<SmtpTutor::ServerResponse> &responses);

private:
    void record(const QList<ServerResponse> &responses, bool tls);

    Scenario m_scenario;
    PersonaId m_personality = PersonaId::Postfix;
    std::unique_ptr<ServerEngine> m_engine;
    std::shared_ptr<SharedServerState> m_shared;
    Transcript *m_transcript;
};

} // namespace SmtpTutor
