#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

namespace SmtpTutor::Test {

// A small SMTP server on 127.0.0.1 port 0 that shows each way a server can treat a command the
// client sent in the same segment as STARTTLS. It reads everything the client sends itself (no
// script), so that "what was still in the buffer at STARTTLS" is exact.
class InjectionFakeServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Behaviour {
        AnswersBuffered,  // keeps the bytes after STARTTLS and answers them inside TLS (CVE-2011-0411)
        DiscardsBuffered, // throws them away at the switch, as RFC 3207 s.4.2 asks
        AnswersInClear,   // answers them in clear text right after its 220, before any handshake
        NoStartTls,       // does not offer STARTTLS at all
    };

    InjectionFakeServer(Behaviour behaviour, const QSslCertificate &certificate, const QSslKey &key,
                        QObject *parent = nullptr);

    bool listenLocal() { return listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return serverPort(); }

    int connections() const { return m_connections; }
    bool tlsStarted() const { return m_tlsStarted; }
    // What was left in the buffer after the STARTTLS line, from the same read (the injected part).
    const QByteArray &bufferedAfterStartTls() const { return m_bufferedAfterStartTls; }
    const QList<QByteArray> &linesInClear() const { return m_clearLines; }
    // Lines handled once TLS was up (with AnswersBuffered, the injected one among them).
    const QList<QByteArray> &linesInsideTls() const { return m_tlsLines; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead();
    void onLine(const QByteArray &line);
    void onEncrypted();

    Behaviour m_behaviour;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    QByteArray m_bufferedAfterStartTls;
    QList<QByteArray> m_clearLines;
    QList<QByteArray> m_tlsLines;
    int m_connections = 0;
    bool m_switching = false;
    bool m_tlsStarted = false;
};

} // namespace SmtpTutor::Test
