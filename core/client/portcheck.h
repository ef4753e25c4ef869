#pragma once

#include "certificatereport.h"
#include "clienterror.h"
#include "probereport.h"
#include "smtpconnection.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

namespace SmtpTutor {

class Probe;
struct ProbeReport;

struct PortResult
{
    quint16 port = 0;
    bool open = false;
    QString banner;
    TlsUsed tls = TlsUsed::None;
    QStringList authBeforeTls;
    QStringList authAfterTls;
    TlsReport tlsReport;
    qint64 ms = 0;
    ClientError error;
    QString diagnosis;
    QJsonObject toJson() const;
};

// Looks at several ports of one host at once (25, 465, 587, 2525 by default): each one a short
// probe that stops after TLS, so nothing is sent but EHLO and STARTTLS. Certificate problems
// are recorded, not fatal: the check wants to see what the port offers after TLS.
class PortCheck : public QObject
{
    Q_OBJECT
public:
    static QList<quint16> defaultPorts() { return {25, 465, 587, 2525}; }
    // On a port of unknown kind, how long the SMTP-first attempt may wait for a greeting before
    // a TLS-first attempt joins it.
    static constexpr int kTlsFirstDelayMs = 150;

    PortCheck(const QString &host, const QList<quint16> &ports, QObject *parent = nullptr);
    void setTimeouts(const SmtpConnection::Timeouts &timeouts) { m_timeouts = timeouts; }
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    void setEhloName(const QString &name) { m_ehloName = name; }
    void start();
    void cancel();

    const QList<PortResult> &results() const { return m_results; } // in the order of the ports
    qint64 totalMs() const { return m_totalMs; }
    QJsonObject toJson() const;
    QString toText() const;

Q_SIGNALS:
    void portFinished(const SmtpTutor::PortResult &result);
    void finished();

private:
    QString m_host;
    QList<quint16> m_ports;
    SmtpConnection::Timeouts m_timeouts;
    QList<QSslCertificate> m_caCertificates;
    QString m_ehloName;
    QList<Probe *> m_probes;
    static PortResult resultFrom(const ProbeReport &report);

    QList<PortResult> m_results;
    QList<bool> m_done;
    int m_pending = 0;
    qint64 m_totalMs = 0;
    QElapsedTimer m_clock;
};

} // namespace SmtpTutor
