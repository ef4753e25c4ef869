#pragma once

#include "auditoptions.h"
#include "auditreport.h"

#include <QObject>

namespace SmtpTutor {

class ConnectionLimiter;

// What every host check gets: the options, the per-host connection limiter, and what the first
// (baseline) session already learnt (greeting, EHLO keywords, how TLS was reached).
struct HostCheckContext
{
    AuditOptions options;
    QString host;  // the server being audited (one MX of a domain, or the target itself)
    quint16 port = 25;
    bool implicitTls = false; // TLS from the first byte (465), else STARTTLS
    ProbeReport baseline;     // the baseline session's report (quit after TLS)
    ConnectionLimiter *limiter = nullptr;
};

// One independent part of a host's audit (TLS versions, cipher suites, the certificate, STARTTLS
// injection, open relay, reverse DNS). It opens its own connections, each only when the limiter
// grants a slot, and reports once: finished(). Then contribute() writes its findings and its
// AuditCheck rows into the host's report. The runner starts every check at once; the limiter
// keeps the number of simultaneous connections to one server at or below the limit.
class HostCheck : public QObject
{
    Q_OBJECT
public:
    explicit HostCheck(const HostCheckContext &context, QObject *parent = nullptr)
        : QObject(parent), m_context(context) {}

    virtual QString name() const = 0; // "tls-versions": the step's name in the timings
    virtual void start() = 0;
    virtual void cancel() = 0; // ends every connection; finished() still comes, once
    virtual void contribute(HostAuditReport &report) const = 0;

Q_SIGNALS:
    void finished();

protected:
    const HostCheckContext &context() const { return m_context; }

private:
    HostCheckContext m_context;
};

} // namespace SmtpTutor
