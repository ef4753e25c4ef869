#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

namespace SmtpTutor::Test {

// A scripted SMTP server for tests, in-process on the main event loop, listening on
// 127.0.0.1 port 0. One line per step:
//   "S: text"     write text + CRLF
//   "R: bytes"    write raw bytes; \r \n \t \\ and \xNN escapes, no CRLF added
//   "C: text"     expect this client line exactly
//   "C~ prefix"   expect a client line starting with prefix
//   "C*"          expect any client line
//   "T:"          start TLS (server side) and wait for the handshake
//   "W: ms"       pause
//   "DATA:"       read client lines up to the lone "."
//   "DRIP: text"  write text one byte at a time, every dripIntervalMs, forever
//   "BIG: n"      write n bytes of 'A' with no line end
//   "FLOOD: text" write "text\r\n" again and again until the client goes away
//   "X:"          close the connection
// When the script ends the connection stays open and silent. Mismatches are recorded in
// failures(), not asserted here: the test function checks them.
class FakeSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FakeSmtpServer(const QStringList &script, QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    bool listenLocal(); // 127.0.0.1, port 0
    quint16 port() const { return serverPort(); }

    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setImplicitTls(bool on) { m_implicitTls = on; }
    // Restricts the server side of TLS to one version and OpenSSL cipher string (at security
    // level 0 so that old suites are really offered), e.g. TLS 1.2 with "AES128-SHA".
    void setTlsOffer(QSsl::SslProtocol protocol, const QByteArray &cipherString)
    {
        m_tlsProtocol = protocol;
        m_cipherString = cipherString;
    }
    void setDripIntervalMs(int ms) { m_dripIntervalMs = ms; }

    const QByteArray &received() const { return m_received; } // every byte from the client, clear and decrypted
    const QList<QByteArray> &clientLines() const { return m_lines; }
    const QStringList &failures() const { return m_failures; }
    bool scriptFinished() const { return m_step >= m_script.size(); }
    bool clientDisconnected() const { return m_clientGone; }
    bool tlsStarted() const { return m_tlsStarted; }
    int connections() const { return m_connections; }

    static QByteArray unescape(const QString &text);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void run();
    void onReadyRead();
    void writeBytes(const QByteArray &bytes);

    QStringList m_script;
    qsizetype m_step = 0;
    QPointer<QSslSocket> m_socket;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_implicitTls = false;
    QSsl::SslProtocol m_tlsProtocol = QSsl::SecureProtocols;
    QByteArray m_cipherString;
    bool m_waitingForTls = false;
    bool m_inData = false;
    bool m_paused = false;
    bool m_tlsStarted = false;
    bool m_clientGone = false;
    int m_dripIntervalMs = 50;
    int m_connections = 0;
    QByteArray m_buffer;
    QByteArray m_received;
    QList<QByteArray> m_lines;
    QStringList m_failures;
    QTimer m_pump; // drip and flood
    QByteArray m_pumpBytes;
    qsizetype m_pumpOffset = 0;
    bool m_flood = false;
};

} // namespace SmtpTutor::Test
