#pragma once

#include "auditoptions.h"
#include "auditreport.h"
#include "hostcheck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace SmtpTutor {

class ConnectionLimiter;
class Probe;

// The audit of one server (host and port): the baseline session, then every check at once
// within the per-host connection limit, then the grade. AuditRunner runs one per MX host.
// Ends with finished() exactly once; cancel() works at every moment after start().
class HostAuditor : public QObject
{
    Q_OBJECT
public:
    // Makes the checks for a reached host (createHostChecks(); tests give their own).
    using CheckFactory = std::function<QList<HostCheck *>(const HostCheckContext &, QObject *)>;

    HostAuditor(const AuditOptions &options, const QString &host, CheckFactory factory, QObject *parent = nullptr);
    ~HostAuditor() override;

    // Connect to this address instead of looking the host name up with the system's resolver:
    // set when the audit asks its own DNS server (AuditOptions::nameserver), whose names the
    // system may not know. The report keeps the name; the checks connect to the address.
    void setAddress(const QString &address);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const HostAuditReport &report() const { return m_report; }
    const ConnectionLimiter *limiter() const { return m_limiter; } // nullptr until the checks start

Q_SIGNALS:
    void progress(const QString &host, const QString &step);
    void finished();

private:
    void onBaseline(const ProbeReport &baseline);
    void recordBaseline(const ProbeReport &baseline);
    void startChecks(const ProbeReport &baseline);
    void onCheckFinished(HostCheck *check);
    void finish();
    qint64 now() const { return m_clock.elapsed(); }

    QString connectHost() const { return m_address.isEmpty() ? m_report.host : m_address; }

    AuditOptions m_options;
    CheckFactory m_factory;
    QString m_address;
    HostAuditReport m_report;
    Probe *m_probe = nullptr;
    ConnectionLimiter *m_limiter = nullptr;
    QList<QPointer<HostCheck>> m_checks;
    QHash<HostCheck *, qint64> m_started; // check -> its start on m_clock; removed when it ends
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace SmtpTutor
