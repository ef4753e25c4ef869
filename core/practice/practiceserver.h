#pragma once

#include "memorybudget.h"
#include "practicelimits.h"
#include "responderfactory.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QSslServer;
class QTcpServer;

namespace SmtpTutor {

class PracticeConnection;

// A message the practice server accepted, kept for the learner to look at.
struct PracticeMessage
{
    int connectionId = 0;
    ReceivedMessage message;

    // The raw message split at its first empty line (RFC 5322 s.2.1).
    QByteArray headers() const;
    QByteArray body() const;
};

// The simulated server on a real socket, so a real mail client, swaks or telnet can talk to it.
// Each connection gets its own responder (a ServerEngine playing the chosen scenario, or a
// recorded server played back); all share one SharedServerState. Everything runs on the event
// loop, no thread per client. Two listeners: one for plain connections that may upgrade with
// STARTTLS (RFC 3207), one for implicit TLS (RFC 8314, the 465 style).
class PracticeServer : public QObject
{
    Q_OBJECT
public:
    struct Statistics
    {
        quint64 connectionsAccepted = 0;
        quint64 connectionsRefused = 0; // too many at once
        quint64 timeouts = 0;
        quint64 messagesAccepted = 0;
        quint64 messagesDropped = 0; // kept messages forgotten to make room
        int peakConnections = 0;
    };

    explicit PracticeServer(ResponderFactory factory, QObject *parent = nullptr);
    // Convenience: the simulated server playing `scenario`.
    explicit PracticeServer(const Scenario &scenario, QObject *parent = nullptr);
    ~PracticeServer() override;

    void setLimits(const PracticeLimits &limits);
    const PracticeLimits &limits() const { return m_limits; }
    // The certificate and key for STARTTLS and the implicit-TLS listener.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool hasTlsConfiguration() const { return m_tls.has_value(); }

    // Port 0 picks a free port. 127.0.0.1 unless the caller asks otherwise.
    bool listen(
        const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 2525, QString *error = nullptr);
    bool listenImplicitTls(
        const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 4650, QString *error = nullptr);
    bool isListening() const;
    quint16 port() const; // 0 when not listening
    quint16 implicitTlsPort() const; // 0 when not listening
    QHostAddress address() const;
    QHostAddress implicitTlsAddress() const;

    // Stops listening; open sessions get "421 4.3.2 Service shutting down" and are closed.
    void stop();

    // Sessions by id, open ones and the most recent closed ones.
    QList<int> connectionIds() const { return m_connections.keys(); }
    PracticeConnection *connection(int id) const { return m_connections.value(id); }
    int openConnectionCount() const { return m_openCount; }

    const QList<PracticeMessage> &messages() const { return m_messages; }
    const Statistics &statistics() const { return m_statistics; }
    const MemoryBudget &memoryBudget() const { return m_budget; }

Q_SIGNALS:
    void connectionAdded(int id);
    void connectionStateChanged(int id, SmtpTutor::SessionPhase phase);
    void connectionClosed(int id);
    void connectionForgotten(int id); // an old closed session was dropped from the list
    void messageReceived(int index); // index into messages()
    void messagesDropped(int count); // the oldest `count` kept messages were forgotten

private:
    void onPlainConnection();
    void onImplicitTlsConnection();
    void adopt(class QSslSocket *socket, bool implicitTls);
    void collectMessages(int connectionId);
    void onConnectionFinished(int id);
    qint64 makeRoom(qint64 bytes);

    ResponderFactory m_factory;
    std::shared_ptr<SharedServerState> m_shared;
    PracticeLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QTcpServer *m_plainServer = nullptr;
    QSslServer *m_implicitServer = nullptr;
    QMap<int, PracticeConnection *> m_connections;
    QList<int> m_closedOrder;
    QList<PracticeMessage> m_messages;
    MemoryBudget m_budget;
    Statistics m_statistics;
    int m_nextId = 1;
    int m_openCount = 0;
};

} // namespace SmtpTutor
