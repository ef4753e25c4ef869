#pragma once

// A small SMTP client for the practice server's tests: it reads replies without blocking the
// event loop (the server under test runs on the same loop), so it works in-process.

#include "protocol/reply.h"
#include "protocol/replyparser.h"

#include <QJsonArray>
#include <QJsonObject>
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
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    bool connectImplicitTls(quint16 port, int timeoutMs = 10000)
    {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
        return QTest::qWaitFor(
                   [this] {
                       return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
                   },
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
        return QTest::qWaitFor(
                   [this] {
                       return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
                   },
                   timeoutMs)
            && m_socket.isEncrypted();
    }

    void send(const QByteArray &line) { m_socket.write(line + "\r\n"); }
    void sendRaw(const QByteArray &bytes) { m_socket.write(bytes); }

    std::optional<Reply> readReply(int timeoutMs = 5000)
    {
        const bool got = QTest::qWaitFor(
            [this] {
                if (m_socket.bytesAvailable() > 0)
                    m_parser.feed(m_socket.readAll());
                return m_parser.hasReply() || m_parser.hasError()
                    || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
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
        return QTest::qWaitFor(
            [this] {
                if (m_socket.bytesAvailable() > 0)
                    m_parser.feed(m_socket.readAll());
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

private:
    QSslSocket m_socket;
    ReplyParser m_parser;
};

// Plays the client side of a recorded session ({dir, text, tls} entries with wire lines) against
// a server and compares every reply with the recorded one. Returns the differences (empty when
// the server answered exactly as recorded). Commands are sent one at a time.
inline QStringList replayClientSide(const QJsonArray &transcript, quint16 port,
    const QList<QSslCertificate> &trusted, bool implicitTls = false)
{
    QStringList problems;
    QList<Reply> recorded;
    QList<QByteArray> sent; // the client line each recorded reply answered ("" for the greeting)
    {
        ReplyParser parser;
        QList<QByteArray> waiting { QByteArray() };
        bool inData = false;
        for (const QJsonValue &value : transcript) {
            const QJsonObject entry = value.toObject();
            const QString dir = entry.value(QLatin1String("dir")).toString();
            const QByteArray text = entry.value(QLatin1String("text")).toString().toUtf8();
            if (dir == QLatin1String("client")) {
                if (inData && text != ".")
                    continue;
                inData = false;
                waiting.append(text);
            } else if (dir == QLatin1String("server")) {
                parser.feed(text + "\r\n");
                while (std::optional<Reply> reply = parser.takeReply()) {
                    recorded.append(*reply);
                    sent.append(waiting.isEmpty() ? QByteArray() : waiting.takeFirst());
                    if (reply->code() == 354)
                        inData = true;
                }
            }
        }
    }
    PracticeTestClient client(trusted);
    if (!(implicitTls ? client.connectImplicitTls(port) : client.connectPlain(port)))
        return { QStringLiteral("cannot connect: %1").arg(client.socket().errorString()) };
    auto compare = [&](int index, const std::optional<Reply> &got) {
        if (!got)
            problems.append(QStringLiteral("no reply to '%1'").arg(QString::fromUtf8(sent.at(index))));
        else if (!(*got == recorded.at(index)))
            problems.append(QStringLiteral("'%1': got %2 %3, recorded %4 %5")
                                .arg(QString::fromUtf8(sent.at(index)))
                                .arg(got->code())
                                .arg(got->text())
                                .arg(recorded.at(index).code())
                                .arg(recorded.at(index).text()));
    };
    compare(0, client.readReply());
    bool inData = false;
    int next = 1;
    for (const QJsonValue &value : transcript) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("dir")).toString() != QLatin1String("client"))
            continue;
        const QByteArray text = entry.value(QLatin1String("text")).toString().toUtf8();
        client.send(text);
        if (inData && text != ".")
            continue;
        inData = false;
        if (next >= recorded.size()) {
            problems.append(QStringLiteral("the recording ends before '%1'").arg(QString::fromUtf8(text)));
            break;
        }
        const std::optional<Reply> got = client.readReply();
        compare(next, got);
        ++next;
        if (got && got->code() == 354)
            inData = true;
        if (got && got->code() == 220 && text.toUpper() == "STARTTLS" && !client.startTls())
            problems.append(QStringLiteral("TLS did not start: %1").arg(client.socket().errorString()));
    }
    return problems;
}

} // namespace SmtpTutor::Testing
