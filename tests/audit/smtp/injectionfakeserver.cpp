#include "injectionfakeserver.h"

namespace SmtpTutor::Test {

InjectionFakeServer::InjectionFakeServer(Behaviour behaviour, const QSslCertificate &certificate,
                                         const QSslKey &key, QObject *parent)
    : QTcpServer(parent), m_behaviour(behaviour), m_certificate(certificate), m_key(key)
{
}

void InjectionFakeServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (m_socket || !socket->setSocketDescriptor(descriptor)) {
        delete socket; // one conversation per server
        return;
    }
    m_socket = socket;
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::readyRead, this, &InjectionFakeServer::onReadyRead);
    connect(socket, &QSslSocket::encrypted, this, &InjectionFakeServer::onEncrypted);
    socket->write("220 fake.example ESMTP\r\n");
}

void InjectionFakeServer::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype newline;
    while (!m_switching && (newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        onLine(line);
    }
}

void InjectionFakeServer::onLine(const QByteArray &line)
{
    (m_socket->isEncrypted() ? m_tlsLines : m_clearLines).append(line);
    const QByteArray verb = line.left(4).toUpper();
    if (verb == "EHLO") {
        m_socket->write(m_behaviour == Behaviour::NoStartTls ? "250-fake.example\r\n250 PIPELINING\r\n"
                                                             : "250-fake.example\r\n250-PIPELINING\r\n250 STARTTLS\r\n");
    } else if (verb == "STAR" && !m_socket->isEncrypted()) {
        m_bufferedAfterStartTls = m_buffer;
        m_socket->write("220 2.0.0 Ready to start TLS\r\n");
        if (m_behaviour == Behaviour::AnswersInClear) {
            m_socket->write("250 2.0.0 Ok\r\n"); // the RSET, answered before any handshake
            m_buffer.clear();
            return;
        }
        if (m_behaviour == Behaviour::DiscardsBuffered)
            m_buffer.clear(); // the fix for CVE-2011-0411
        m_switching = true;   // what is left in m_buffer waits for the handshake
        m_socket->startServerEncryption();
    } else if (verb == "QUIT") {
        m_socket->write("221 2.0.0 Bye\r\n");
        m_socket->disconnectFromHost();
    } else {
        m_socket->write("250 2.0.0 Ok\r\n");
    }
}

void InjectionFakeServer::onEncrypted()
{
    m_tlsStarted = true;
    m_switching = false;
    // The flaw: lines read before the handshake are handled as if they came inside it.
    onReadyRead();
}

} // namespace SmtpTutor::Test
