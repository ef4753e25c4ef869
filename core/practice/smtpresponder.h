#pragma once

#include "server/replayscenario.h"
#include "server/serverengine.h"

#include <QByteArrayView>
#include <QList>

#include <functional>
#include <memory>
#include <utility>

namespace SmtpTutor {

// What the practice server needs from whatever answers a connection: the simulated server
// (ServerEngine) or a recorded real server played back (ReplayEngine). Both have the same
// member names, so one adapter template wraps either.
class SmtpResponder
{
public:
    virtual ~SmtpResponder() = default;
    virtual QList<ServerResponse> connect() = 0;
    virtual QList<ServerResponse> receiveLine(QByteArrayView line) = 0;
    // The transport never words a reply itself: it reports the fault and sends this answer.
    virtual QList<ServerResponse> transportFault(TransportFault fault) = 0;
    virtual void setClientAddress(const QString &address) = 0;
    virtual bool isTlsRequested() const = 0;
    virtual void tlsStarted() = 0;
    virtual void setTlsFromStart() = 0;
    virtual SessionPhase phase() const = 0;
    virtual bool isClosed() const = 0;
    virtual bool isInData() const = 0;
    virtual bool isAwaitingAuthResponse() const = 0;
    virtual bool isTlsActive() const = 0;
    virtual QString authenticatedUser() const = 0;
    virtual QString hostname() const = 0;
    virtual qint64 maxMessageSize() const = 0;
};

template <typename Engine> class ResponderAdapter final : public SmtpResponder
{
public:
    explicit ResponderAdapter(Engine engine)
        : m_engine(std::move(engine))
    {
    }
    QList<ServerResponse> connect() override { return m_engine.connect(); }
    QList<ServerResponse> receiveLine(QByteArrayView line) override { return m_engine.receiveLine(line); }
    QList<ServerResponse> transportFault(TransportFault fault) override
    {
        return m_engine.transportFault(fault);
    }
    void setClientAddress(const QString &address) override { m_engine.setClientAddress(address); }
    bool isTlsRequested() const override { return m_engine.isTlsRequested(); }
    void tlsStarted() override { m_engine.tlsStarted(); }
    void setTlsFromStart() override { m_engine.setTlsFromStart(); }
    SessionPhase phase() const override { return m_engine.phase(); }
    bool isClosed() const override { return m_engine.isClosed(); }
    bool isInData() const override { return m_engine.isInData(); }
    bool isAwaitingAuthResponse() const override { return m_engine.isAwaitingAuthResponse(); }
    bool isTlsActive() const override { return m_engine.isTlsActive(); }
    QString authenticatedUser() const override { return m_engine.authenticatedUser(); }
    QString hostname() const override { return m_engine.scenario().hostname; }
    qint64 maxMessageSize() const override { return m_engine.scenario().maxMessageSize; }

private:
    Engine m_engine;
};

// Makes the responder for one new connection; every connection of a server shares one state.
using ResponderFactory
    = std::function<std::unique_ptr<SmtpResponder>(const std::shared_ptr<SharedServerState> &shared)>;

// The factory for the simulated server playing `scenario`.
ResponderFactory engineResponderFactory(const Scenario &scenario);
// The factory for a recorded server played back.
ResponderFactory replayResponderFactory(const ReplayScenario &replay);

} // namespace SmtpTutor
