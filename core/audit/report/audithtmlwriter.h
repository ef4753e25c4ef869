#pragma once

#include "audit/auditreport.h"

namespace SmtpTutor {

// The report as one self-contained HTML file: inline CSS only, no script, nothing loaded from
// anywhere (a Content-Security-Policy says so too), every value from the report escaped. Each
// row shows its status as a word, a symbol and a colour, its explanation and what to do, so the
// page reads the same printed in black and white.
class AuditHtmlWriter
{
public:
    static QString write(const HostAuditReport &report);
    static QString write(const DomainAuditReport &report);
};

} // namespace SmtpTutor
