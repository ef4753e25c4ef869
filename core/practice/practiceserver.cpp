#include "practiceserver.h"

#include "practiceconnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

namespace SmtpTutor {

namespace {

// A plain listener whose sockets are QSslSockets, so that STARTTLS can turn a session into
// a TLS one in place (QSslSocket::startServerEncryption). QSslServer would start TLS at once.
class StartTlsListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};

// The handshake of the implicit-TLS listener must finish within this time (a half-open
// handshake holds a socket but is not yet a session).
constexpr int ImplicitHandshakeTimeoutMs = 10'000;
constexpr int ListenBacklog = 1024;

} // namespace

QByteArray PracticeMessage::headers() const
{
    const QByteArray &raw = message.raw;
    if (raw.startsWith("\r\n"))
        return {};
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? raw : raw.left(end + 2);
}

QByteArray PracticeMessage::body() const
{
    const QByteArray &raw = message.raw;
    if (raw.startsWith("\r\n"))
        return raw.mid(2);
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : raw.mid(end + 4);
}

PracticeServer::PracticeServer(ResponderFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_shared(std::make_shared<SharedServerState>())
{
    m_budget.setLimit(m_limits.maxMemoryBytes);
    m_budget.setMakeRoom([this](qint64 bytes) { return makeRoom(bytes); });
}

PracticeServer::PracticeServer(const Scenario &scenario, QObject *parent)
    : PracticeServer(engineResponderFactory(scenario), parent)
{
}

PracticeServer::~PracticeServer()
{
    // The connections hold pointers to m_budget: delete them while it still exists.
    const auto connections = m_connections;
    m_connections.clear();
    for (PracticeConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void PracticeServer::setLimits(const PracticeLimits &limits)
{
    m_limits = limits;
    m_budget.setLimit(limits.maxMemoryBytes);
}

void PracticeServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    if (m_implicitServer)
        m_implicitServer->setSslConfiguration(configuration);
}

bool PracticeServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_plainServer) {
        m_plainServer = new StartTlsListener(this);
        m_plainServer->setMaxPendingConnections(1000);
        connect(
            m_plainServer, &QTcpServer::pendingConnectionAvailable, this, &PracticeServer::onPlainConnection);
    }
    // Qt's default backlog of 50 drops connections when a burst of clients arrives at once
    // (the client then believes it is connected and waits for a greeting that comes late).
    m_plainServer->setListenBacklogSize(ListenBacklog);
    if (m_plainServer->listen(address, port))
        return true;
    if (error)
        *error = m_plainServer->errorString();
    return false;
}

bool PracticeServer::listenImplicitTls(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_tls) {
        if (error)
            *error = tr("an implicit-TLS listener needs a certificate and key");
        return false;
    }
    if (!m_implicitServer) {
        m_implicitServer = new QSslServer(this);
        m_implicitServer->setMaxPendingConnections(1000);
        m_implicitServer->setHandshakeTimeout(ImplicitHandshakeTimeoutMs);
        m_implicitServer->setSslConfiguration(*m_tls);
        // QSslServer emits newConnection when the TCP connection arrives, but hands the socket
        // out only after the handshake, announced by pendingConnectionAvailable (Qt 6.4).
        connect(m_implicitServer, &QTcpServer::pendingConnectionAvailable, this,
            &PracticeServer::onImplicitTlsConnection);
    }
    m_implicitServer->setListenBacklogSize(ListenBacklog);
    if (m_implicitServer->listen(address, port))
        return true;
    if (error)
        *error = m_implicitServer->errorString();
    return false;
}

bool PracticeServer::isListening() const
{
    return (m_plainServer && m_plainServer->isListening())
        || (m_implicitServer && m_implicitServer->isListening());
}

quint16 PracticeServer::port() const
{
    return m_plainServer && m_plainServer->isListening() ? m_plainServer->serverPort() : 0;
}

quint16 PracticeServer::implicitTlsPort() const
{
    return m_implicitServer && m_implicitServer->isListening() ? m_implicitServer->serverPort() : 0;
}

QHostAddress PracticeServer::address() const
{
    return m_plainServer ? m_plainServer->serverAddress() : QHostAddress();
}

QHostAddress PracticeServer::implicitTlsAddress() const
{
    return m_implicitServer ? m_implicitServer->serverAddress() : QHostAddress();
}

void PracticeServer::stop()
{
    if (m_plainServer)
        m_plainServer->close();
    if (m_implicitServer)
        m_implicitServer->close();
    const auto connections = m_connections;
    for (PracticeConnection *connection : connections)
        connection->shutDown();
}

void PracticeServer::onPlainConnection()
{
    while (QTcpSocket *socket = m_plainServer->nextPendingConnection())
        adopt(static_cast<QSslSocket *>(socket), false); // StartTlsListener makes only QSslSockets
}

void PracticeServer::onImplicitTlsConnection()
{
    while (QTcpSocket *socket = m_implicitServer->nextPendingConnection())
        adopt(static_cast<QSslSocket *>(socket), true); // QSslServer hands out QSslSockets
}

void PracticeServer::adopt(QSslSocket *socket, bool implicitTls)
{
    const int id = m_nextId++;
    auto *connection = new PracticeConnection(
        id, socket, m_factory(m_shared), m_limits, &m_budget, m_tls, implicitTls, this);
    m_connections.insert(id, connection);
    const bool refused = m_openCount >= m_limits.maxConnections;
    if (!refused) {
        ++m_openCount;
        ++m_statistics.connectionsAccepted;
        m_statistics.peakConnections = qMax(m_statistics.peakConnections, m_openCount);
    } else {
        ++m_statistics.connectionsRefused;
    }
    connect(connection, &PracticeConnection::phaseChanged, this,
        [this, id](SessionPhase phase) { Q_EMIT connectionStateChanged(id, phase); });
    connect(connection, &PracticeConnection::messageFinished, this, [this, id] { collectMessages(id); });
    connect(connection, &PracticeConnection::finished, this, [this, id, refused] {
        if (!refused)
            --m_openCount;
        onConnectionFinished(id);
    });
    Q_EMIT connectionAdded(id);
    if (refused) {
        // Postfix refuses a client over its connection limits (anvil) with 421 4.7.0.
        connection->refuse(
            tr("the practice server already has %1 sessions open").arg(m_limits.maxConnections));
        return;
    }
    connection->start();
}

void PracticeServer::collectMessages(int connectionId)
{
    while (!m_shared->received.isEmpty()) {
        ReceivedMessage message = m_shared->received.takeFirst();
        ++m_statistics.messagesAccepted;
        if (!m_budget.reserve(message.raw.size())) {
            ++m_statistics.messagesDropped; // larger than all the room there is: counted, not kept
            continue;
        }
        m_messages.append(PracticeMessage { connectionId, std::move(message) });
        Q_EMIT messageReceived(int(m_messages.size() - 1));
    }
}

qint64 PracticeServer::makeRoom(qint64 bytes)
{
    qint64 freed = 0;
    int dropped = 0;
    while (freed < bytes && dropped < m_messages.size()) {
        freed += m_messages.at(dropped).message.raw.size();
        ++dropped;
    }
    if (dropped == 0)
        return 0;
    m_messages.remove(0, dropped);
    m_budget.release(freed);
    m_statistics.messagesDropped += dropped;
    Q_EMIT messagesDropped(dropped);
    return freed;
}

void PracticeServer::onConnectionFinished(int id)
{
    if (PracticeConnection *connection = m_connections.value(id); connection && connection->wasTimedOut())
        ++m_statistics.timeouts;
    m_closedOrder.append(id);
    Q_EMIT connectionClosed(id);
    while (m_closedOrder.size() > qMax(0, m_limits.keptClosedConnections)) {
        const int oldest = m_closedOrder.takeFirst();
        if (PracticeConnection *old = m_connections.take(oldest)) {
            old->disconnect(this);
            old->deleteLater();
        }
        Q_EMIT connectionForgotten(oldest);
    }
}

} // namespace SmtpTutor
