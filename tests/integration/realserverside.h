#pragma once

#include "protocol/replyparser.h"

#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <optional>

namespace SmtpTutor::Testing {

// "550 5.1.1" or "550": a reply's code and enhanced code, as the differential tests compare them.
inline QString describe(const Reply &reply)
{
    QString text = QString::number(reply.code());
    if (const auto status = reply.enhancedStatus())
        text += u' ' + status->toString();
    return text;
}

// One side of a differential comparison: a real server (Postfix, Exim) over TCP, and TLS with
// STARTTLS or from the first byte, trusting only the test CA.
class RealServerSide
{
public:
    explicit RealServerSide(const QString &caFile)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_socket.setSslConfiguration(config);
        m_socket.setPeerVerifyName(QStringLiteral("localhost"));
    }

    bool connect(quint16 port, bool implicitTls, QString *error)
    {
        if (implicitTls)
            m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
        else
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        const bool ok = implicitTls ? m_socket.waitForEncrypted(10000) : m_socket.waitForConnected(10000);
        if (!ok)
            *error = m_socket.errorString();
        return ok;
    }

    bool startTls(QString *error)
    {
        m_socket.startClientEncryption();
        if (!m_socket.waitForEncrypted(10000)) {
            *error = m_socket.errorString();
            return false;
        }
        m_parser.reset();
        return true;
    }

    void send(const QString &line)
    {
        m_socket.write(line.toUtf8() + "\r\n");
        m_socket.flush();
    }

    // The next reply, or nullopt when the server closed or was silent for 10 s.
    std::optional<Reply> reply()
    {
        QDeadlineTimer deadline(10000);
        while (!m_parser.hasReply()) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(deadline.remainingTime())))
                return std::nullopt;
            if (!m_parser.feed(m_socket.readAll()))
                return std::nullopt;
        }
        return m_parser.takeReply();
    }

    void close() { m_socket.abort(); }

private:
    QSslSocket m_socket;
    ReplyParser m_parser;
};

} // namespace SmtpTutor::Testing
