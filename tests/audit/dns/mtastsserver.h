#pragma once

// A small HTTPS server for the MTA-STS tests: QSslServer on 127.0.0.1, port 0, with the
// mta-sts.good.test certificate of tools/dns/start. It reads one request head (bounded) and
// sends the configured answer, then closes. It records the requests it saw.

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace SmtpTutor::Testing {

class MtaStsServer : public QObject
{
public:
    MtaStsServer()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(
            QSslCertificate::fromPath(qEnvironmentVariable("SMTP_TUTOR_DNS_MTA_STS_CERT")));
        QFile keyFile(qEnvironmentVariable("SMTP_TUTOR_DNS_MTA_STS_KEY"));
        if (keyFile.open(QIODevice::ReadOnly))
            config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString endpoint() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }

    // The whole answer: "HTTP/1.1 200 OK\r\n..." head and body.
    void setAnswer(const QByteArray &answer) { m_answer = answer; }
    void setPolicy(const QByteArray &policy, const QByteArray &contentType = "text/plain")
    {
        m_answer = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
            + QByteArray::number(policy.size()) + "\r\nConnection: close\r\n\r\n" + policy;
    }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void serve(QSslSocket *socket)
    {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            QByteArray &head = m_heads[socket];
            head += socket->readAll();
            if (head.size() > 16384) {
                socket->abort();
                return;
            }
            if (!head.contains("\r\n\r\n"))
                return;
            m_requests.append(head.left(head.indexOf("\r\n")));
            m_heads.remove(socket);
            socket->write(m_answer);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    QByteArray m_answer;
    QHash<QSslSocket *, QByteArray> m_heads;
    QList<QByteArray> m_requests;
};

} // namespace SmtpTutor::Testing
