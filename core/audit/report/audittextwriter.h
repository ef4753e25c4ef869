#pragma once

#include "audit/auditreport.h"

namespace SmtpTutor {

// The report for a terminal: the grade first with what capped it, then the rows grouped by
// area, each with its status as a word (a terminal may have no colour), title and detail.
// Verbose adds each row's rule and source, the explanation and what to do, and the timings.
class AuditTextWriter
{
public:
    static QString write(const HostAuditReport &report, bool verbose = false);
    static QString write(const DomainAuditReport &report, bool verbose = false);
};

} // namespace SmtpTutor
