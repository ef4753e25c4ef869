#include "simulatorsession.h"

namespace SmtpTutor {

SimulatorSession::SimulatorSession(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<SharedServerState>())
    , m_transcript(new Transcript(this))
{
}

SimulatorSession::~SimulatorSession() = default;

void SimulatorSession::setScenario(const Scenario &scenario)
{
    const bool same = !m_replay && scenario.name == m_scenario.name;
    m_replay.reset();
    m_scenario = scenario;
    m_scenario.personality = m_personality;
    startOver(same);
}

void SimulatorSession::setReplay(const ReplayScenario &replay)
{
    const bool same = m_replay && m_replay->source == replay.source;
    m_replay = replay;
    m_scenario = replay.scenario;
    startOver(same);
}

void SimulatorSession::setPersonality(PersonaId personality)
{
    m_personality = personality;
    if (!m_replay)
        setScenario(m_scenario);
}

// Drops the connection and the transcript. Greylisting memory (the shared state) survives only
// while the same server keeps playing, so a learner's retry can pass.
void SimulatorSession::startOver(bool keepSharedState)
{
    if (!keepSharedState)
        m_shared = std::make_shared<SharedServerState>();
    m_engine.reset();
    m_transcript->clear();
    Q_EMIT stateChanged();
}

void SimulatorSession::connectToServer()
{
    if (m_engine && !m_engine->isClosed())
        m_transcript->addInfo(tr("Connection dropped"), m_engine->isTlsActive());
    if (m_replay)
        m_engine = std::make_unique<ReplayEngine>(*m_replay, m_shared);
    else
        m_engine = std::make_unique<ServerEngine>(m_scenario, m_shared);
    m_transcript->markConnected(); // the Time column counts from here: the greeting is at ~0
    if (m_replay)
        m_transcript->addInfo(tr("Connected to %1 port %2 (a recorded session played back)")
                                  .arg(m_scenario.hostname)
                                  .arg(m_scenario.port));
    else
        m_transcript->addInfo(tr("Connected to %1 port %2 (simulated)").arg(m_scenario.hostname).arg(m_scenario.port));
    if (m_scenario.implicitTls) {
        // RFC 8314 s.3: on an implicit-TLS port the handshake comes before the greeting.
        m_engine->setTlsFromStart();
        m_transcript->addInfo(tr("TLS started (implicit TLS, before the greeting)"), true);
    }
    record(m_engine->connect(), m_engine->isTlsActive());
    Q_EMIT exchanged({}, {});
    Q_EMIT stateChanged();
}

bool SimulatorSession::isConnectCommand(QByteArrayView line)
{
    const QByteArray l = line.toByteArray().trimmed().toLower();
    return l == "connect" || l.startsWith("connect ") || l.startsWith("telnet ") || l.startsWith("nc ")
        || l.startsWith("openssl s_client");
}

bool SimulatorSession::isConnected() const
{
    return m_engine && !m_engine->isClosed();
}

QList<ServerResponse> SimulatorSession::sendLine(const QByteArray &line)
{
    const bool inData = m_engine && m_engine->isInData();
    if (!inData && isConnectCommand(line)) {
        connectToServer();
        return {};
    }
    if (!isConnected()) {
        m_transcript->addError(m_engine ? tr("The connection is closed. Type \"connect\" to open a new one.")
                                        : tr("Not connected yet. Type \"connect\" to reach the server."));
        Q_EMIT exchanged(line, {});
        Q_EMIT stateChanged();
        return {};
    }

    const bool tls = m_engine->isTlsActive();
    Secrecy secrecy = Secrecy::None;
    if (m_engine->isAwaitingAuthResponse())
        secrecy = Secrecy::AuthResponse; // an answer to 334: user name, password or token
    else if (!inData && line.trimmed().toUpper().startsWith("AUTH "))
        secrecy = Secrecy::AuthCommand; // may carry an initial response (RFC 4954 s.4)
    m_transcript->addClientLine(line, tls, secrecy);

    const QList<ServerResponse> responses = m_engine->receiveLine(line);
    record(responses, tls);

    if (m_engine->isTlsRequested()) {
        // RFC 3207 s.4.2: after the 220 the handshake starts; both sides forget the session so far.
        m_engine->tlsStarted();
        m_transcript->addInfo(tr("TLS started: from here on everything is encrypted; say EHLO again"), true);
    }
    if (m_engine->isClosed())
        m_transcript->addInfo(tr("Connection closed by the server"), m_engine->isTlsActive());
    Q_EMIT exchanged(line, responses);
    Q_EMIT stateChanged();
    return responses;
}

void SimulatorSession::record(const QList<ServerResponse> &responses, bool tls)
{
    for (const ServerResponse &response : responses)
        m_transcript->addReply(response.reply, tls, response.explanation, response.rfcSection);
}

} // namespace SmtpTutor
