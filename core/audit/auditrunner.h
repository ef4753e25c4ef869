#pragma once

#include "auditoptions.h"
#include "auditreport.h"

#include <QObject>

namespace SmtpTutor {

// Runs a whole audit. Given a host (or an address), it audits that server; given a mail domain
// (a name with MX records), it audits every MX host in parallel and then the domain's DNS
// policy. It ends with finished() exactly once.
//   1. A baseline session (a Probe that quits after TLS, certificate problems recorded, not
//      fatal) learns the greeting, the EHLO keywords and how TLS is reached. When the server
//      cannot be reached or talked to, the host's report carries the error and no check runs.
//   2. Every HostCheck from createHostChecks() starts at once; a ConnectionLimiter per host
//      keeps the connections to one server at or below options.maxConnectionsPerHost.
//   3. Each check contributes its findings; the grade is computed (AuditGrader).
class AuditRunner : public QObject
{
    Q_OBJECT
public:
    explicit AuditRunner(const AuditOptions &options, QObject *parent = nullptr);
    ~AuditRunner() override;

    void start();
    void cancel(); // finished() still comes, once, with what was learnt so far
    bool isRunning() const;

    // True when the target was audited as a mail domain (its MX hosts), false for one server.
    bool isDomainAudit() const;
    const HostAuditReport &hostReport() const;     // when !isDomainAudit()
    const DomainAuditReport &domainReport() const; // when isDomainAudit()

Q_SIGNALS:
    void progress(const QString &host, const QString &step); // a check started or ended
    void finished();

private:
    class Private;
    Private *d;
};

} // namespace SmtpTutor
