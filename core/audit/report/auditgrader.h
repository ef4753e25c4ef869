#pragma once

#include "audit/auditreport.h"

namespace SmtpTutor {

// The grade of an audit, from its rows alone (testssl.sh's style of caps): it starts at A and
// every row that found something serious caps it (AuditCheck::cap); the grade is the worst cap.
// A row that could not run (status error) caps nothing but makes the grade incomplete, because
// what it would have found is unknown. The README's "Audit" section states the same rules.
class AuditGrader
{
public:
    static AuditGradeResult grade(const QList<AuditCheck> &checks);
    // A host: its rows. A host that could not be reached gets no letter (isGraded() is false).
    static AuditGradeResult grade(const HostAuditReport &report);
    // A domain: the worst of its own rows and of every graded host's grade; cappedBy names a
    // host's row as "host:id". A host that could not be reached makes the grade incomplete.
    static AuditGradeResult grade(const DomainAuditReport &report);

    // Whether the report has a grade at all: a host that was reached; a domain with at least
    // one reached host, or with no host to reach (a Null MX).
    static bool isGraded(const HostAuditReport &report);
    static bool isGraded(const DomainAuditReport &report);
};

} // namespace SmtpTutor
