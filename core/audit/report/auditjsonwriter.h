#pragma once

#include "audit/auditreport.h"

#include <QJsonObject>

namespace SmtpTutor {

// The report for scripts. The keys the issue names are stable and never renamed:
//   host, port, grade, checks[{id, status, title, detail, rule, source}], tls{protocols,
//   ciphers, server_order}, certificate, starttls_injection, open_relay, dns;
//   a domain: domain, dns, hosts[...], grade.
// Added keys: explanation, todo, cap (per row); complete, capped_by, reached, error, tls_used,
// timings, total_ms. A value not known is null (grade of a server that could not be reached,
// a TLS version that could not be tried, open_relay when not tested).
class AuditJsonWriter
{
public:
    static QJsonObject write(const HostAuditReport &report);
    static QJsonObject write(const DomainAuditReport &report);
};

} // namespace SmtpTutor
