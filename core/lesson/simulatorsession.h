#pragma once

#include "server/replayscenario.h"
#include "server/serverengine.h"
#include "session/transcript.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace SmtpTutor {

// One simulated connection as the console sees it: a responder (a ServerEngine playing a
// scenario, or a ReplayEngine playing a recorded real server back) and the Transcript of
// everything said. It handles the parts a real transport would: the greeting on
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
    // Replays a recorded real server (a probe's JSON report or an exported transcript) instead
    // of a scenario, like setScenario(). The recording speaks its own server's words, so the
    // personality does not apply until a scenario is set again.
    void setReplay(const ReplayScenario &replay);
    bool isReplaying() const { return m_replay.has_value(); }
    // The file the recording came from, or empty when a scenario plays.
    QString replaySource() const { return m_replay ? m_replay->source : QString(); }
    // Whose words the server speaks; every scenario set afterwards plays with it. Changing it
    // drops the connection like setScenario() (connect again to hear the new greeting).
    void setPersonality(PersonaId personality);
    PersonaId personality() const { return m_personality; }

    // Drops the connection and clears the transcript; the same server keeps playing (a
    // greylisting server still remembers the last attempt).
    void restart() { startOver(true); }
    // Opens a connection (new responder, greeting). An open connection is closed first.
    void connectToServer();

    // One line typed by the learner, without CRLF. "connect", "telnet HOST PORT" and
    // "openssl s_client ..." open the connection instead of going to the server.
    QList<ServerResponse> sendLine(const QByteArray &line);

    // True for the lines sendLine() treats as "open the connection".
    static bool isConnectCommand(QByteArrayView line);

    bool isConnected() const; // a responder exists and has not closed
    // Whoever answers the current connection; null before the first connect.
    const SmtpResponder *engine() const { return m_engine.get(); }
    Transcript *transcript() const { return m_transcript; }

Q_SIGNALS:
    // After every exchange (and on connect / disconnect): phase, TLS, AUTH, envelope may have moved.
    void stateChanged();
    // The learner's line and what came back (empty for local commands).
    void exchanged(const QByteArray &line, const QList<SmtpTutor::ServerResponse> &responses);

private:
    void record(const QList<ServerResponse> &responses, bool tls);
    void startOver(bool keepSharedState);

    Scenario m_scenario;
    std::optional<ReplayScenario> m_replay;
    PersonaId m_personality = PersonaId::Postfix;
    std::unique_ptr<SmtpResponder> m_engine;
    std::shared_ptr<SharedServerState> m_shared;
    Transcript *m_transcript;
};

} // namespace SmtpTutor
