#pragma once

#include "auditoptions.h"
#include "auditreport.h"

#include <QObject>

namespace SmtpTutor {

// The domain-level part of an audit (the mail policy in DNS: Null MX, SPF, DMARC, MTA-STS,
// TLS-RPT, DANE). Same life as a HostCheck: start(), finished() once, then contribute().
class DomainCheck : public QObject
{
    Q_OBJECT
public:
    explicit DomainCheck(const AuditOptions &options, QObject *parent = nullptr)
        : QObject(parent), m_options(options) {}

    virtual void start() = 0;
    virtual void cancel() = 0;
    // Writes report.dns and appends the domain's AuditCheck rows. The MX hosts are already in
    // report.dns.mx when the runner calls this (the MTA-STS mx: patterns must cover them).
    virtual void contribute(DomainAuditReport &report) const = 0;

Q_SIGNALS:
    void finished();

protected:
    const AuditOptions &options() const { return m_options; }

private:
    AuditOptions m_options;
};

} // namespace SmtpTutor
