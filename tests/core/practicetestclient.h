#pragma once

// A small SMTP client for the practice server's tests: it reads replies without blocking the
// event loop (the server under test runs on the same loop), so it works in-process.

#include "protocol/reply.h"
#include "protocol/replyparser.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <optional>

namespace SmtpTutor::Testing {

class PracticeTestClient
{
public:
    explicit PracticeTestClient(QList<QSslCertificate> trusted = {})
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(trusted);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(configuration);
        m_socket.setPeerVerifyName(QStringLiteral("localhost"));
    }

    QSslSocket &socket() { return m_socket; }

    bool connectPlain(quint16 port, int timeoutMs = 5000)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    bool connectImplicitTls(quint16 port, int timeoutMs = 10000)
    {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
        return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState; },
                               timeoutMs)
            && m_socket.isEncrypted();
    }

    // After the 220 to STARTTLS (RFC 3207 s.4.2: the parser must be idle then).
    bool startTls(int timeoutMs = 10000)
    {
        if (!m_parser.isIdle())
            return false;
        m_parser.reset();
        m_socket.startClientEncryption();
        return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState; },
                               timeoutMs)
            && m_socket.isEncrypted();
    }

    void send(const QByteArray &line) { m_socket.write(line + "\r\n"); }
    void sendRaw(const QByteArray &bytes) { m_socket.write(bytes); }

    std::optional<Reply> readReply(int timeoutMs = 5000)
    {
        const bool got = QTest::qWaitFor([this] {
            if (m_socket.bytesAvailable() > 0)
                m_parser.feed(m_socket.readAll());
            return m_parser.hasReply() || m_parser.hasError() || m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
        if (m_socket.bytesAvailable() > 0)
            m_parser.feed(m_socket.readAll());
        if (!got || !m_parser.hasReply())
            return std::nullopt;
        return m_parser.takeReply();
    }

    // Sends a line and returns the code of its reply (0 when none came).
    int command(const QByteArray &line, Reply *reply = nullptr, int timeoutMs = 5000)
    {
        send(line);
        const std::optional<Reply> got = readReply(timeoutMs);
        if (reply && got)
            *reply = *got;
        return got ? got->code() : 0;
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] {
            if (m_socket.bytesAvailable() > 0)
                m_parser.feed(m_socket.readAll());
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
    }

private:
    QSslSocket m_socket;
    ReplyParser m_parser;
};

} // namespace SmtpTutor::Testing
