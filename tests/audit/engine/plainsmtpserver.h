#pragma once

// A reachable SMTP server without TLS, for any number of connections at once (an audit opens
// several): greets, answers EHLO without STARTTLS, QUIT with 221, anything else with 250.

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace SmtpTutor::Test {

class PlainSmtpServer
{
public:
    PlainSmtpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->write("220 mail.example.com ESMTP\r\n");
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] { answer(socket, *buffer); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    static void answer(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        while (buffer.contains('\n')) {
            const qsizetype end = buffer.indexOf('\n') + 1;
            const QByteArray line = buffer.left(end).trimmed().toUpper();
            buffer.remove(0, end);
            if (line.startsWith("EHLO")) {
                socket->write("250-mail.example.com\r\n250 8BITMIME\r\n");
            } else if (line.startsWith("QUIT")) {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("250 ok\r\n");
            }
        }
    }

    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace SmtpTutor::Test
