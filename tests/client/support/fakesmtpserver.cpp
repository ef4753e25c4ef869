#include "fakesmtpserver.h"

#include <QSslConfiguration>

#include <QHostAddress>

namespace SmtpTutor::Test {

FakeSmtpServer::FakeSmtpServer(const QStringList &script, QObject *parent)
    : QTcpServer(parent), m_script(script)
{
    connect(&m_pump, &QTimer::timeout, this, [this] {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_pump.stop();
            return;
        }
        if (m_flood) {
            // Keep the socket's buffer topped up without letting it grow in the test itself.
            if (m_socket->bytesToWrite() < 256 * 1024) {
                QByteArray chunk;
                for (int i = 0; i < 512; ++i)
                    chunk += m_pumpBytes;
                m_socket->write(chunk);
            }
            return;
        }
        m_socket->write(m_pumpBytes.mid(m_pumpOffset % m_pumpBytes.size(), 1));
        ++m_pumpOffset;
    });
}

FakeSmtpServer::~FakeSmtpServer()
{
    if (m_socket)
        m_socket->abort();
}

bool FakeSmtpServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

void FakeSmtpServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

QByteArray FakeSmtpServer::unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char next = in.at(++i);
        switch (next) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case 'x':
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            break;
        default: out += next; break;
        }
    }
    return out;
}

void FakeSmtpServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    if (m_socket) {
        // One conversation per server: a second connection is closed at once.
        QTcpSocket extra;
        extra.setSocketDescriptor(descriptor);
        extra.abort();
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_socket = socket;
    if (!m_certificate.isNull()) {
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
    }
    if (!m_cipherString.isEmpty()) {
        QSslConfiguration configuration = socket->sslConfiguration();
        configuration.setProtocol(m_tlsProtocol);
        configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"), m_cipherString + ":@SECLEVEL=0");
        socket->setSslConfiguration(configuration);
    }
    connect(socket, &QSslSocket::readyRead, this, &FakeSmtpServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        m_clientGone = true;
        m_pump.stop();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_tlsStarted = true;
        if (m_waitingForTls) {
            m_waitingForTls = false;
            ++m_step;
            run();
        }
    });
    connect(socket, &QSslSocket::sslErrors, this, [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
    if (m_implicitTls) {
        m_waitingForTls = true;
        m_script.prepend(QStringLiteral("T:"));
        socket->startServerEncryption();
        return;
    }
    run();
}

void FakeSmtpServer::writeBytes(const QByteArray &bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void FakeSmtpServer::run()
{
    while (m_socket && !m_paused && !m_waitingForTls && m_step < m_script.size()) {
        const QString step = m_script.at(m_step);
        const QString arg = step.mid(3);
        if (step.startsWith(QLatin1String("S: "))) {
            writeBytes(arg.toUtf8() + "\r\n");
        } else if (step.startsWith(QLatin1String("R: "))) {
            writeBytes(unescape(arg));
        } else if (step.startsWith(QLatin1String("C"))) {
            // Wait for a line; onReadyRead advances.
            if (m_buffer.contains('\n')) {
                onReadyRead();
            }
            return;
        } else if (step.startsWith(QLatin1String("DATA:"))) {
            m_inData = true;
            return;
        } else if (step.startsWith(QLatin1String("T:"))) {
            if (m_tlsStarted) {
                ++m_step;
                continue;
            }
            m_waitingForTls = true;
            if (!m_buffer.isEmpty())
                m_failures.append(QStringLiteral("client sent data before the TLS handshake"));
            m_socket->startServerEncryption();
            return;
        } else if (step.startsWith(QLatin1String("W: "))) {
            m_paused = true;
            ++m_step;
            QTimer::singleShot(arg.toInt(), this, [this] {
                m_paused = false;
                run();
            });
            return;
        } else if (step.startsWith(QLatin1String("DRIP: "))) {
            m_pumpBytes = unescape(step.mid(6));
            m_flood = false;
            m_pump.start(m_dripIntervalMs);
            ++m_step;
            return;
        } else if (step.startsWith(QLatin1String("FLOOD: "))) {
            m_pumpBytes = step.mid(7).toUtf8() + "\r\n";
            m_flood = true;
            m_pump.start(1);
            ++m_step;
            return;
        } else if (step.startsWith(QLatin1String("BIG: "))) {
            writeBytes(QByteArray(step.mid(5).toLongLong(), 'A'));
        } else if (step.startsWith(QLatin1String("X:"))) {
            m_socket->disconnectFromHost();
            ++m_step;
            return;
        } else {
            m_failures.append(QStringLiteral("bad script step: ") + step);
        }
        ++m_step;
    }
}

void FakeSmtpServer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    m_received += data;
    m_buffer += data;
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        m_buffer.remove(0, newline + 1);
        m_lines.append(line);
        if (m_inData) {
            if (line == ".") {
                m_inData = false;
                ++m_step;
                run();
            }
            continue;
        }
        if (m_step >= m_script.size() || !m_script.at(m_step).startsWith(QLatin1Char('C'))) {
            if (!m_waitingForTls && !m_paused)
                m_failures.append(QStringLiteral("unexpected client line: ") + QString::fromUtf8(line));
            continue;
        }
        const QString step = m_script.at(m_step);
        const QByteArray expected = step.mid(3).toUtf8();
        bool ok = true;
        if (step.startsWith(QLatin1String("C: ")))
            ok = line == expected;
        else if (step.startsWith(QLatin1String("C~ ")))
            ok = line.startsWith(expected);
        if (!ok) {
            m_failures.append(QStringLiteral("expected \"%1\", got \"%2\"").arg(QString::fromUtf8(expected), QString::fromUtf8(line)));
        }
        ++m_step;
        run();
        if (m_waitingForTls)
            return; // the rest of the buffer (if any) is the client's handshake, not lines
    }
}

} // namespace SmtpTutor::Test
